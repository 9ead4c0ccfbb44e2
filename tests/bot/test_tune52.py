"""Session 29 tuner 52's wordings (tuning set AK, personas 4 to 6): each test names a way of asking that the bot once
read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q, facts", [
    ("funny how the two articles can't even agree where most prisoners come from, huh?",
     {"most-captured-in-donetsk", "surrender-hotspots-blog"}),
    ("where were most of them supposedly captured?", {"most-captured-in-donetsk", "surrender-hotspots-blog"}),
    ("so where were most prisoners allegedly taken, huh?", {"most-captured-in-donetsk", "surrender-hotspots-blog"}),
])
def test_a_sceptics_asides_carry_no_subject(bot, q, facts):
    # "funny how…, huh?", "supposedly", "allegedly": a sceptic's register around the question, not what is asked
    # (they had been read as subjects no fact holds, and the question refused)
    assert lead(bot, q) in facts
