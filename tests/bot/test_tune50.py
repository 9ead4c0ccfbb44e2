"""Session 50's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest


def lead_of(bot, q):
    reply, _ = bot.answer(q, None)
    assert reply.answered, q
    return reply.statements[0].fact_id


@pytest.mark.parametrize("q", ["Were foreigners promised a Russian passport?",
                               "Did the foreign recruits get offered passports?",
                               "Hang on, wasn't it the foreign fighters who were promised passports?"])
def test_a_passport_is_the_citizenship_foreigners_were_promised(bot, q):
    # "passport(s)": the blog's "promises of money or citizenship" to foreign recruits (had been refused: no fact held the word)
    assert lead_of(bot, q) == "foreign-fighters-blog"


@pytest.mark.parametrize("q", ["What's the kicker at the end of the blog, its closing argument?",
                               "what's the blog's final point?",
                               "How does the blog end?"])
def test_how_the_blog_ends_is_its_conclusion(bot, q):
    # the ending of a piece in an editor's words ("kicker", "closing argument", "final point"): the author's conclusion
    # that Russia's military is broken (had been refused, or answered with the blog's opening argument)
    assert lead_of(bot, q) == "putin-losing-belief-opinion"


@pytest.mark.parametrize("q", ["That Russian hotline, 'I want to survive' or whatever it's called, what is it?",
                               "the project or whatever it's called, what is it?"])
def test_a_name_hedged_with_or_whatever_its_called_is_the_thing_named(bot, q):
    # "…or whatever it's called": a hedge on the name, naming nothing asked about ("called" had matched the analysts who
    # "call" the project psychological warfare)
    assert lead_of(bot, q) == "iwtl-what-it-is"
