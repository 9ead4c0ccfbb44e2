"""Tuner 63's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q, fact", [
    ("a man on the wireless said the russians get taken prisoner more than the ukrainians nowadays, since when is that",
     "captures-reversed-since-june-2023"),
    ("a lady on the wireless said most of them were caught in Donetsk, where was that", "most-captured-in-donetsk"),
    ("the man on the wireless said the russians get captured more than the ukrainians now, since when",
     "captures-reversed-since-june-2023"),
    ("someone on the wireless said they are mostly contract soldiers, what share is that", "contract-share-blog"),
])
def test_the_wireless_is_the_radio_a_claim_was_heard_on(bot, q, fact):
    # "a man on the wireless said…", "I heard on the wireless that…": where an older reader heard a claim, as "on the
    # radio" already read (they had been refused: "wireless" was read as a word of the question)
    assert lead(bot, q) == fact
