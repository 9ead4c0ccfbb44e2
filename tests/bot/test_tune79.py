"""Session 79's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", [
    "What incentives are they giving out?",
    "what incentives did russia give them",
])
def test_incentives_given_are_what_recruits_were_offered(bot, q):
    # "incentives … give": what the Kremlin offered recruits; the verb "give" matched the blog's "gives no share for
    # conscripts" (a fact on recruitment by its topic), which outranked the pay and promises
    assert lead(bot, q) == "recruitment-incentives"


def test_incentives_as_a_sum_are_still_refused(bot):
    assert lead(bot, "How many roubles of incentives does a recruit get?") is None
