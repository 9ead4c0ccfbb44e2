"""Session 16's tuner round on tuning-y (TUNER18): one test per cause tuned, each in a wording of its own."""
from __future__ import annotations

import pytest

from . import lead, reply_to, conversation


@pytest.mark.parametrize("question, fact", [
    ("what do the arm bands on some captives say", "infected-armbands"),
    ("what did the army chief sir ski say about land taken", "territory-taken-2025"),
])
def test_a_word_dictated_in_two_halves_is_read_as_one(bot, question, fact):
    assert lead(bot, question) == fact


def test_what_an_article_calls_a_thing_is_how_it_describes_it(bot):
    """"the blog calls X unprecedented": the words it uses, not the men called up in the mobilisation."""
    assert lead(bot, "the blog post calls the numbers of russians giving up unprecedented, on what basis") == "surrenders-unprecedented"


def test_the_date_of_one_event_needs_a_fact_dated_for_that_event(bot):
    """"when did the latest swap take place?": no fact dates an exchange; a dated fact on something else is no answer."""
    assert not reply_to(bot, "when did the latest swap of prisoners take place").answered


def test_the_families_themselves_are_not_reported_on(bot):
    """What becomes of the soldiers' relatives is refused; the prisoners' reaching their families is still answered."""
    assert not reply_to(bot, "do the families of prisoners get into trouble in russia").answered
    assert lead(bot, "can the captured men phone their families") == "geneva-treatment-guarantee"
