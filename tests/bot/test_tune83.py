"""Session 83's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", [
    "Is it true some had to wear a band on their arm?",
    "what were the bands around their arms about",
    "Why were the sick ones given an arm band?",
])
def test_a_band_on_the_arm_is_the_armband(bot, q):
    # "a band on the arm", "arm band": the armbands labelling sick soldiers "infected", said in two or three words
    assert lead(bot, q) == "infected-armbands"


def test_a_band_without_the_arm_stays_refused(bot):
    assert lead(bot, "Was there a band playing at the exchange?") is None
