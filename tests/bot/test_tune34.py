"""The tuner round of TUNER34 on tuning-ab, -v, -y, -u, -r, -j, -ae and -ac: one test per cause tuned, each in a wording of its own."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("earlier, life", [
    ("who wrote the blog post?", "where did he grow up?"),
    ("who is the army chief the news report quotes?", "since which year has he been the commander in charge?"),
    ("who is oleksandr syrskii", "and he is army chief from which year?"),
])
def test_a_named_persons_own_life_or_time_in_office_is_refused(bot, earlier, life):
    """Where the author lives or grew up, since which year Syrskii has been chief: no article gives a named person's own life
    or time in office (beyond.HIS_LIFE); before, the words left ("live", "chief") led to a fact using them."""
    assert lead(bot, earlier, life) is None


def test_what_a_named_person_said_is_still_answered(bot):
    assert lead(bot, "who is oleksandr syrskii", "what does he say about the land russia took?") == "territory-taken-2025"

