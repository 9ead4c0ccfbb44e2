"""Session 30's tuning on AL's first three visitors (a lawyer, a data journalist, an elderly reader): each test names a
way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead


@pytest.mark.parametrize("q, facts", [
    ("Whereabouts were most of the prisoners taken?", {"most-captured-in-donetsk", "surrender-hotspots-blog"}),
    ("Did many of the captured have consumption?", {"chronic-illness-blog", "chronic-illness-news"}),
])
def test_an_older_readers_word_for_a_place_or_an_illness_is_understood(bot, q, facts):
    # "whereabouts" asks where, "consumption" is the old name for tuberculosis (both had been refused: no fact holds
    # either word)
    assert lead(bot, q) in facts


@pytest.mark.parametrize("q, facts", [
    ("Did lots of them come straight out of prison?", {"criminal-records", "contract-share-blog", "contract-share-news"}),
    ("Did many go straight from prison into the army?", {"criminal-records", "contract-share-blog", "contract-share-news"}),
])
def test_straight_as_an_intensifier_carries_no_topic(bot, q, facts):
    # "came STRAIGHT out of prison": an intensifier, not a subject the facts lack (it had been refused)
    assert lead(bot, q) in facts


@pytest.mark.parametrize("q", ["Were the Russian troops not fed properly by their own side?",
                               "Do they say the men weren't being fed properly?"])
def test_fed_properly_asks_about_food(bot, q):
    # "fed properly" is one idea, food (it had been refused: "properly" is in no fact)
    assert lead(bot, q) == "conditions-in-russian-army"


@pytest.mark.parametrize("q", ["Does Kyiv undertake to hold captured Russians in conformity with the Geneva Conventions?",
                               "Is there a commitment to treat prisoners in accordance with international law?"])
def test_a_lawyers_undertaking_in_conformity_with_the_conventions_is_the_guarantee(bot, q):
    # "undertakes", "commitment" are a promise; "in conformity with", "in accordance with" the conventions are the
    # conventions' standard (such questions had been refused: too little of the fact covered)
    assert lead(bot, q) == "geneva-treatment-guarantee"


@pytest.mark.parametrize("first, then", [
    ("How many Russian POWs have been sent back in swaps?", "Which authority is the figure attributed to?"),
    ("How many Russians had been captured by the end of 2025?", "Name the organisation responsible for that figure."),
    ("Tell me about the infected armbands.", "Is that presented as established fact?"),
])
def test_a_lawyers_question_on_the_standing_of_the_last_answer_gets_its_claimant(bot, first, then):
    # "which authority…", "the body responsible for that count", "presented as established fact?": who stands behind
    # the last answer (they had been refused: "authority", "responsible", "established" name no fact)
    reply = conversation(bot, first, then)
    assert reply.answered and "who makes that claim" in reply.message


@pytest.mark.parametrize("q, fact", [
    ("What is the cumulative Russian casualty figure?", "casualties-general-staff"),
    ("Cumulatively, how many Russian troops have been killed or wounded?", "casualties-general-staff"),
])
def test_a_data_journalists_cumulative_is_a_total(bot, q, fact):
    # "cumulative" asks for the running total, like "overall" (it had been refused: no fact holds the word)
    assert lead(bot, q) == fact


def test_getting_them_home_is_a_return(bot):
    # "does anyone bother getting them home?" asks about their return (it had been refused after the foreigners came up)
    assert lead(bot, "Are there foreigners among the prisoners?",
                "What happens to the foreign ones, does anyone bother getting them home?") == "foreign-fighters-abandoned"
