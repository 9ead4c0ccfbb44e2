"""Tuner 58's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", [
    "In square km, roughly how much is that, for listeners who can't picture percentages?",
    "in km, how much is that?",
    "in square kilometres, about how big is that?",
    "in km, how much is that, for readers who hate percentages?",
])
def test_the_unit_asked_first_then_how_much_is_that(bot, q):
    # "in square km, roughly how much is that?" after the 0.8% of Ukraine: the unit named before the question of what it
    # comes to, and what the answer is for named after ("for listeners who can't picture percentages" asks for no
    # percentage); answered by Sourced's area in square kilometres (it had repeated the 0.8%)
    assert lead(bot, "How much territory did Russia take in 2025?", q) == "territory-taken-2025-area"


@pytest.mark.parametrize("q, fact", [
    ("For the intro: the blog says surrenders are at levels never seen before. Does it back that with anyone's count?",
     "surrenders-unprecedented"),
    ("For the intro: whose count says surrenders are at levels never seen before?", "surrenders-unprecedented"),
    ("for the cold open - what was the biggest week?", "record-week-august-2024"),
    ("For the script: how many surrender in an average week?", "weekly-surrender-average"),
])
def test_the_part_of_a_script_an_answer_is_for_is_not_asked_about(bot, q, fact):
    # "for the intro:", "for the cold open -", "for the script:": where a podcast or a talk will use the answer, said before
    # it as "for my slides:" already was; "intro" had been read as a subject, and the question was answered by the
    # exchanges ("back" as in handed back) instead of the blog's unprecedented numbers
    assert lead(bot, q) == fact


@pytest.mark.parametrize("q", [
    "The blog said half of them had criminal records?",
    "the blog says most of them had a criminal past?",
    "And the blog said many had done time?",
])
def test_a_phrase_named_with_an_article_is_its_own_point(bot, q):
    # "the blog said … had criminal records?" after who Russia recruits: the lexicon's phrase ("criminal records", "criminal
    # past", "done time") is the point asked about, as a single word would be; it had been dropped, so the question was
    # read as what the blog says on the last answer's point and repeated the recruitment incentives
    assert lead(bot, "Who does Russia recruit?", q) == "criminal-records"
