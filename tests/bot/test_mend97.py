"""Session 40's mender 97: regressions a review found in the session's commits, each test names a way of asking that a
commit over-reached on, and what the bot does now."""
from __future__ import annotations

import pytest

from . import lead

ARMBANDS = "who had to wear the infected armbands?"


@pytest.mark.parametrize("q", ["where does the blogger take this from?", "does the writer make that up?", "did he see a medic?"])
def test_take_make_or_see_with_no_of_on_or_how_is_not_the_authors_view(bot, q):
    # viewoflast (e97aec8): a bare "take", "make" or "see" after the author or "he" read a source asked for, a doubt or a
    # question about a soldier as the author's view of the armbands (expendable-opinion)
    assert lead(bot, ARMBANDS, q) != "expendable-opinion"


@pytest.mark.parametrize("q", ["how does the writer see that?", "what does the blogger make of it?", "what's the author's take on that?"])
def test_make_of_take_on_and_how_does_he_see_still_ask_the_view(bot, q):
    assert lead(bot, ARMBANDS, q) == "expendable-opinion"


@pytest.mark.parametrize("q", ["why did they fall ill?", "why did they get infected?", "why were they sick then?"])
def test_why_the_men_were_ill_is_not_a_why_of_the_deed(bot, q):
    # WHY_DONE (e97aec8): the last answer holds "sick", so "why were they sick?" passed the half-held test and took the view
    # of why Russia sent them; neither article says why they were ill
    assert lead(bot, ARMBANDS, q) != "expendable-opinion"


@pytest.mark.parametrize("q", ["why would they make sick men fight?", "why did they put armbands on them?"])
def test_a_why_of_what_was_done_to_the_sick_men_is_still_the_view(bot, q):
    assert lead(bot, ARMBANDS, q) == "expendable-opinion"
