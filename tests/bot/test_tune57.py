"""Tuner 57's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", [
    "What proportion were NCOs, i.e. sergeants and the like?",
    "How many ncos, ie sergeants, were caught?",
    "What share were non-commissioned officers, e.g. sergeants?",
])
def test_ie_and_eg_before_an_example_carry_no_topic(bot, q):
    # "i.e.", "e.g." before the visitor's own gloss: a way of writing, not a subject (they had been refused as a word
    # no fact holds); now the NCO share answers
    assert lead(bot, q) == "nco-share-news"
