"""Session 40's mender 98: regressions a review found in this session's changes, each narrowed so the commit's own case stays
fixed and the wordings it over-reached on get their earlier (right) reply back."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("first, q", [
    ("how many russian troops have been killed or wounded?", "and when did all this start?"),
    ("how many soldiers have been taken prisoner by the end of 2025?", "when did that begin?"),
    ("what were the casualties in 2025?", "so when did that start?"),
])
def test_when_did_that_start_after_a_count_is_when_the_war_began(bot, first, q):
    # "when did that start?" after a count: when the counting began, the full-scale invasion (February 2022); the count
    # was repeated because its statement holds a year or "since", which dates nothing (05cf58b)
    assert lead(bot, first, q) == "full-scale-invasion-february-2022"


def test_since_when_after_a_count_that_says_since_the_war_began_is_still_that_count(bot):
    # bare "since when?" after the casualty count: its own statement says since the war began
    assert lead(bot, "how many russian troops have been killed or wounded?", "since when?") == "casualties-general-staff"
