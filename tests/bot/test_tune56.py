"""Tuner 56's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", [
    "What's the kicker at the end of the blog, its closing argument?",
    "what is the blog's last point?",
    "What is the final word of the blog post?",
])
def test_a_pieces_close_in_a_writers_words_is_what_the_author_concludes(bot, q):
    # "kicker", "closing argument", "last point", "final word": where the blog comes out, answered by what the
    # author concludes (they had been refused, or answered with the war's length)
    assert lead(bot, q) == "putin-losing-belief-opinion"


@pytest.mark.parametrize("q", [
    "can they surrender online?",
    "how do u dm them to give up",
    "can a soldier just text the ukrainians to give up?",
    "Can they send a direct message to surrender?",
])
def test_messaging_in_everyday_words_is_the_projects_channels(bot, q):
    # "online", "dm", "text", "direct message": the ways to reach the project, answered by its channels (messengers,
    # chatbots, contact lines); apps by name (Telegram, WhatsApp) stay unnamed in the articles and are not added
    assert lead(bot, q) == "iwtl-channels"


@pytest.mark.parametrize("q", [
    "What are the consequences of the exchange system for wounded Russian soldiers?",
    "What is the fate of wounded soldiers who are exchanged?",
])
def test_consequences_or_fate_asked_is_what_happens_to_them(bot, q):
    # "the consequences of X for Y", "the fate of Y": what happens to Y, as "what becomes of Y" already read
    # (they had been refused: no fact holds "consequences" or "fate")
    assert lead(bot, q) == "exchange-priorities"


@pytest.mark.parametrize("q", [
    "How does the news piece characterise the 'I Want to Live' operation institutionally: state-run, NGO, military?",
    "Is I Want to Live an NGO?",
    "Is the hotline a nonprofit?",
])
def test_a_kind_of_body_offered_is_what_the_project_is(bot, q):
    # "an NGO?", "a nonprofit?", "institutionally": what kind of body the project is, answered by the report's
    # "a Ukrainian government project" (they had been refused: no fact holds "NGO")
    assert lead(bot, q) == "iwtl-what-it-is"


@pytest.mark.parametrize("q, fact", [
    ("Didn't the news piece say thousands of them were chronically ill?", "chronic-illness-news"),
    ("And the blog said thousands of Ukrainians came home in return?", "ukrainians-home-in-exchanges"),
])
def test_thousands_checked_where_the_articles_say_hundreds(bot, q, fact):
    # "said thousands …?": a loose count checked against the articles' own loose count ("hundreds"), answered by the
    # fact that gives it (they had been refused, or answered with the 10,000 captured)
    reply, _ = bot.answer(q, None)
    assert reply.answered
    assert fact in {s.fact_id for s in reply.statements}


def test_an_exact_number_instead_of_hundreds_is_still_refused(bot):
    # "not 'hundreds'?" after the Ukrainians sent home: no article gives that count (a bare "thousands" in the group
    # had led it to the 10,000 captured)
    _, ctx = bot.answer("How many Ukrainian soldiers have come home in exchanges?", None)
    reply, _ = bot.answer("an exact number, not 'hundreds'?", ctx)
    assert not reply.answered
