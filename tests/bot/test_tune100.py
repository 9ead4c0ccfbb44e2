"""Session 100's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q, fact", [("How many Russians were killed or wounded since the war has begun?", "casualties-general-staff"),
                                     ("How many Russian soldiers died or got injured since the war has begun?", "casualties-general-staff"),
                                     ("how many russians have surrendered since the invasion has begun", "captured-by-end-2025")])
def test_since_the_war_has_begun_is_the_whole_war_not_a_topic(bot, q, fact):
    # "since the war HAS begun" (the perfect, as a German or French speaker puts it) left "begun" a word to look up, and
    # the question was refused; "since the war began" was always read as the whole war
    assert lead(bot, q) == fact


def test_killed_alone_since_the_war_has_begun_stays_refused(bot):
    # the General Staff's figure counts killed and wounded together: the dead alone are still no figure of the articles
    assert lead(bot, "How many Russians have been killed since the war has begun?") is None
