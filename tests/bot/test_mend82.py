"""Session 82's mends: known wrong answers a reviewer's probes found, each read the way visitors ask it."""
from __future__ import annotations

import pytest

from . import lead

RANKS = ("rank-and-file-share-news", "rank-and-file-share-blog")


@pytest.mark.parametrize("q", ["Who are the men who surrendered, mostly?", "Who gets captured, usually?", "who were the soldiers that gave up, exactly?"])
def test_who_was_caught_with_a_comma_before_how_often_is_the_rank_breakdown(bot, q):
    assert lead(bot, q) in RANKS


@pytest.mark.parametrize("q", ["Who gets captured usually in winter?", "who usually surrenders in winter?", "who gets captured, mostly at night?"])
def test_who_is_caught_at_a_time_no_fact_gives_is_refused(bot, q):
    # not how attacking armies usually fare (an opinion fact on what usually happens in wars)
    assert lead(bot, q) is None


def test_who_is_caught_usually_in_a_place_a_fact_gives_is_still_answered(bot):
    assert lead(bot, "who gets captured usually in Donetsk?") in ("most-captured-in-donetsk", "surrender-hotspots-blog")
    assert lead(bot, "Is it usually the side on the offensive that takes the most prisoners?") == "attackers-become-trapped"
