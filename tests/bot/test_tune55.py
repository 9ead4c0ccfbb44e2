"""Session 30's tuning on set AL's gamer, conscript's relative and radio host: each test names a way of asking the bot
once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead


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


@pytest.mark.parametrize("q", ["how many russians got deleted or hurt total", "how many russians got unalived or wounded",
                               "how many russians got fragged or hurt since it started"])
def test_a_gamers_words_for_killed_count_the_killed_and_wounded(bot, q):
    # "deleted", "unalived", "fragged": a gamer's words for killed, asked with the wounded, are the combined count
    # (they had been an unknown subject, refused)
    assert lead(bot, q) == "casualties-general-staff"


def test_a_gamers_word_for_killed_alone_is_told_the_count_is_combined(bot):
    reply = conversation(bot, "how many got deleted")
    assert not reply.answered and reply.reason == "not-covered" and "killed alone" in reply.message


@pytest.mark.parametrize("q, fact", [
    ("ok what about the sergeant tier", "nco-share-news"),
    ("what share is the sergeant level", "nco-share-news"),
    ("whats the officer tier share", "officers-share-news"),
])
def test_a_rank_named_as_a_tier_or_level_is_that_rank(bot, q, fact):
    # "the sergeant tier", "the officer level": a gamer's (or a chart's) way of naming a rank; the extra word covered
    # nothing and the question was refused
    assert lead(bot, q) in {fact, fact.replace("-news", "-blog")}
