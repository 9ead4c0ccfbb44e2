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
