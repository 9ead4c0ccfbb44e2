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


@pytest.mark.parametrize("q", ["That Russian hotline, 'I want to survive' or whatever it's called, what is it?",
                               "the project or whatever it's called, what is it?"])
def test_a_name_hedged_with_or_whatever_its_called_is_the_thing_named(bot, q):
    # "…or whatever it's called": a hedge on the name, naming nothing asked about ("called" had matched the analysts who
    # "call" the project psychological warfare)
    assert lead_of(bot, q) == "iwtl-what-it-is"
