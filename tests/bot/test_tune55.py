"""Session 30's tuning on set AL's gamer, conscript's relative and radio host: each test names a way of asking the bot
once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q, fact", [
    ("If he is in plen, will Ukraine feed him and look after him?", "geneva-treatment-guarantee"),
    ("Will the Ukrainians give a man in plen lechenie?", "geneva-treatment-guarantee"),
    ("Is it safe to sdat'sya v plen with the I Want to Live project? How?", "iwtl-channels"),
    ("How many Russians have gone back in the obmeny?", "pows-returned-in-exchanges"),
    ("Is it true many of them come from the zona?", "contract-share-news"),
])
def test_transliterated_words_for_captivity_swaps_and_prison_are_read_in_english(bot, q, fact):
    # a relative writing Russian words in Latin letters: plen (captivity), sdat'sya v plen (to surrender), obmen/obmeny
    # (exchange/s), lechenie (medical care), zona (prison) had no fact and the question was refused as an unknown subject
    assert lead(bot, q) in {fact, fact.replace("-news", "-blog")}
