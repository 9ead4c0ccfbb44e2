"""Session 39's review, mended: each test names a way of asking a session-39 rule over-read, and what the bot does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q, fact", [
    ("how would Ukraine contact soldiers at the front?", "iwtl-channels"),
    ("the hotline, how does it contact troops?", "iwtl-channels"),
    ("can wives contact soldiers in captivity?", "geneva-treatment-guarantee"),
])
def test_contact_as_a_verb_before_soldiers_is_reaching_them_not_a_contract(bot, q, fact):
    # autocorrect read every "contact soldiers" as "contract soldiers"; with a subject, modal or "to" before it, it is the verb
    assert lead(bot, q) == fact


@pytest.mark.parametrize("q", ["which percent were contact troops?", "contact soldiers made up what share?"])
def test_contact_soldiers_as_a_kind_of_soldier_is_still_the_contract(bot, q):
    assert lead(bot, q) in {"contract-share-blog", "contract-share-news"}


@pytest.mark.parametrize("q", ["how many exchanged?", "how many exchanged up to now?", "the Russians, how many exchanged?"])
def test_how_many_exchanged_is_the_men_handed_back(bot, q):
    # "how many exchanged" with nothing after it, or a time, is the men exchanged, not a count of the exchanges
    assert lead(bot, q) == "pows-returned-in-exchanges"


def test_how_many_exchanged_took_place_is_still_the_exchanges_no_article_counts(bot):
    assert lead(bot, "how many exchanged have taken place?") is None


@pytest.mark.parametrize("q", ["has the hotline been active since the start?", "which brigades have been active near Kupiansk?"])
def test_been_active_is_not_captive(bot, q):
    # "been active" is not an autocorrected "been captive": nothing dates the project or places units, so refused
    assert lead(bot, q) is None


def test_held_active_is_still_captive(bot):
    assert lead(bot, "how many Russians are held active by Ukraine?") == "captured-by-end-2025"
