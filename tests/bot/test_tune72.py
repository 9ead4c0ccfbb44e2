"""Session 72's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q, fact", [
    ("For the affirmative case: how many Russian soldiers have been killed or injured?", "casualties-general-staff"),
    ("for the rebuttal - what share of the prisoners were officers?", "officers-share-news"),
])
def test_a_debaters_side_before_a_colon_is_not_what_is_asked(bot, q, fact):
    # "for the opposition side:", "for the rebuttal -": the part of the round the answer is for, like "for the intro:"; its
    # word ("affirmative", "rebuttal") was read as the subject no fact holds, and a short question refused
    assert lead(bot, q) == fact


def test_the_opposition_as_a_subject_is_still_refused(bot):
    # no colon: the Russian opposition is what is asked about, and no article reports on it
    assert lead(bot, "what does the Russian opposition say about the surrenders?") is None
    assert lead(bot, "For the opposition: who leads the Russian opposition?") is None
