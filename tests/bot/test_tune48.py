"""Tuner 48's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead


@pytest.mark.parametrize("q", [
    "Which institution is credited with the tally of Russian POWs in Ukrainian hands at the close of 2025?",
    "Which body is credited with the count of Russian POWs in Kyiv's hands at the close of 2025?",
])
def test_held_in_ukrainian_hands_at_the_close_of_a_year(bot, q):
    # "in Ukrainian hands" is held by Ukraine and "at the close of 2025" its end; "hands" had been read as a handful
    # and "close" as a subject, and the question refused
    assert lead(bot, q) == "captured-by-end-2025"


@pytest.mark.parametrize("q", [
    "Does the blog assert that Ukraine sidesteps Russian commanders and state media when messaging troops, and what message does it push?",
    "So Kyiv goes over the heads of the officers?",
])
def test_going_around_the_commanders_said_as_sidestepping(bot, q):
    # "sidesteps", "circumvents", "goes over the heads of": the blog's "going around" commanders and state media
    assert lead(bot, q) == "reaches-soldiers-directly"


@pytest.mark.parametrize("then", ["Do the rank categories in that breakdown exhaust the sample, i.e. sum to a hundred?",
                                  "Do the categories exhaust the sample?"])
def test_shares_that_sum_to_a_hundred_or_exhaust_the_sample(bot, then):
    # "sum to a hundred", "total to 100", "exhaust the sample": the facts' "add up to", answered with the sum Sourced worked out
    reply = conversation(bot, "Give me the breakdown of the prisoners by rank.", then)
    assert reply.statements[0].fact_id == "rank-breakdown-sum"


@pytest.mark.parametrize("q", ["Do Ukrainian officials call surrendering treachery?", "Aren't these men turncoats?",
                               "Is giving up an act of treachery, according to officials?"])
def test_treason_in_other_words(bot, q):
    # "treachery", "turncoats", "sell-outs": the treason the officials say surrender looks less like than survival
    assert lead(bot, q) == "surrender-as-survival"


@pytest.mark.parametrize("q", ["What would a listener most likely get wrong from the news piece's headline?",
                               "Does the news headline exaggerate?", "Is the headline overblown?"])
def test_a_headline_asked_as_misleading(bot, q):
    # whether a headline misleads, overstates, or what a reader would take wrongly from it: the headline's revolt,
    # which the report's own paragraphs do not bear out
    assert lead(bot, q) == "headline-revolt"


@pytest.mark.parametrize("q", ["For the segment on sick soldiers: what's the armband detail people talk about?",
                               "For the segment on health: what's the armband detail people talk about?"])
def test_the_part_of_a_programme_the_answer_is_for(bot, q):
    # "for the segment on…:", "for the episode:": what the answer is for, said before a colon, is not what is asked
    # ("segment", "episode" had been read as subjects and the question refused)
    assert lead(bot, q) == "infected-armbands"


@pytest.mark.parametrize("q", ["How does the blogger open the piece: what does he say an army needs if it's going to win?",
                               "What does the blogger say an army needs if it is going to win?"])
def test_going_to_win_said_as_a_condition_is_no_forecast(bot, q):
    # "what does an army need IF IT'S GOING TO WIN?": a condition, read as "to win"; it had been refused as a forecast
    assert lead(bot, q) == "belief-wins-wars-opinion"
