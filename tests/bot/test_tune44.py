"""Session 44's wordings (tuning set AI's first personas): each test names a way of asking that the bot once read wrong,
and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", ["what bait did the Kremlin use to draw in poor or jobless men?",
                               "what inducements did Russia offer recruits?"])
def test_what_was_offered_to_draw_recruits_in_is_the_recruits_incentives(bot, q):
    # "bait", "inducements", "sweeteners": what the Kremlin offered recruits (had been refused, or answered with the
    # captives' criminal records and joblessness)
    assert lead(bot, q) == "recruitment-incentives"
