"""Session 101's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("turns", [
    ("how many officers were there, in numbers not percentages",),
    ("how many NCOs were captured as numbers rather than percent",),
    ("what percent were contract soldiers?", "and how many conscripts were there, in numbers and not percent?"),
])
def test_a_count_asked_with_the_share_turned_down_is_refused(bot, turns):
    # "in numbers, not percent": the word "percent" made it a share question, and a share answered it; the articles give
    # only shares of these groups, no count
    assert lead(bot, *turns) is None


def test_a_share_asked_plainly_is_still_answered(bot):
    assert lead(bot, "what percentage of the prisoners were conscripts?") == "conscripts-share-news"
