"""Session 76's mends: wrong answers a reviewer found (a fact on a neighbouring subject given as the answer), and what
the bot does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("qs", [
    ("how many Russian troops have surrendered via the hotline?",),
    ("how many soldiers gave themselves up using I Want to Live",),
    ("what is I Want to Live?", "and how many have given up through it?"),
    ("how many of the prisoners came in through the I Want to Live line?",),
])
def test_a_count_of_those_who_gave_up_through_the_project_is_refused(bot, qs):
    # no article counts those the project brought in: not the officers' or rank-and-file shares of all prisoners
    assert lead(bot, *qs) is None


def test_a_weekly_rate_through_the_project_and_the_total_captured_stay_answered(bot):
    assert lead(bot, "how many surrender through the hotline each week?") == "weekly-surrender-average"
    assert lead(bot, "how many Russians have given up?") == "captured-by-end-2025"
