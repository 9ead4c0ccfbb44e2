"""Session 35's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from webapp.bot import clauses

from . import lead


@pytest.mark.parametrize("q, fact", [
    ("Regarding territory, and I would appreciate the answer in plain words rather than a table: how much of Ukraine did "
     "Russia manage to take over the course of 2025, and who gave that estimate?", {"territory-taken-2025"}),
    ("Does the blog post offer any explanation, in the author's own terms, of why an attacking army would end up losing "
     "more prisoners than the defenders?", {"attackers-become-trapped"}),
    ("Do both texts agree on the conscript share, or does one of them only give it as a remainder?",
     {"conscripts-rest-blog", "conscripts-share-news"}),
])
def test_a_long_question_is_answered_without_the_clauses_that_ask_nothing(bot, q, fact):
    # a preamble before a colon, an aside between commas, a second question asking who gives the figure or the other way
    # of putting it ("…, or does one…?"): the whole turn was refused, its question lost among them
    assert lead(bot, q) in fact


@pytest.mark.parametrize("q", [
    "Of those contract soldiers, could you tell me how many, specifically, came out of prisons, as distinct from the "
    "private military companies, since the two are mentioned together?",
    "At the very bottom of the blog post my screen reader reads out a line about New York City and everyone being able "
    "to vote; what is that line, and is it connected to the article?",
    "Which Russian prisons were the convicts recruited from, and were they promised a full pardon in writing?",
])
def test_a_long_question_keeps_the_clauses_that_say_what_is_asked(bot, q):
    # "since the two are mentioned together" is no reason of the visitor's own; what precedes a semicolon is no preamble; a
    # second question joined by "and" asks something of its own: none of them comes off, and the refusal stands
    assert lead(bot, q) is None


def test_a_short_question_has_no_shorter_reading():
    assert clauses.shorter("How many officers were captured, and who says so?") == []
    assert clauses.shorter("Could you convert that percentage into an approximate area in square kilometres, since a "
                           "percentage is harder for me to picture?")[-1] == \
        "Could you convert that percentage into an approximate area in square kilometres?"
