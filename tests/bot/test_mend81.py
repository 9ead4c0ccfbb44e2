"""Session 81's mends: rules of the session before that over-reached (a reviewer's probes), narrowed so that the
questions they were made for still get their answers."""
from __future__ import annotations

import pytest

from . import lead

RANKS = ("rank-and-file-share-news", "rank-and-file-share-blog")


@pytest.mark.parametrize("q, fact", [
    ("who are the soldiers that got captured a second time, twice?", "exchange-priorities"),
    ("who gets captured more often, the Russians or the Ukrainians?", "captures-reversed-since-june-2023"),
    ("who were the men who surrendered with HIV?", "chronic-illness-blog"),
    ("who were the soldiers who got captured in Donetsk?", "most-captured-in-donetsk"),
])
def test_who_was_caught_going_on_to_ask_more_is_not_the_rank_breakdown(bot, q, fact):
    assert lead(bot, q) in (fact, fact.replace("-blog", "-news"), "surrender-hotspots-blog")


@pytest.mark.parametrize("q", ["who gets caught?", "who were the troops that surrendered?", "so who gets captured? officers or privates?"])
def test_who_was_caught_alone_is_still_the_rank_breakdown(bot, q):
    assert lead(bot, q) in RANKS
