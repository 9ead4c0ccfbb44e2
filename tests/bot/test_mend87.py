"""Session 87's mends: wrong answers a reviewer's probes found in TUNER84's round, each read the way visitors ask it."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", ["why did Russia go to the war?", "why did Ukraine go to the war?", "why did my cousin go to the war?",
                               "who went to the war?", "how many went to the war?", "who agreed to go to the war?"])
def test_going_to_the_war_without_men_asking_why_is_no_recruitment(bot, q):
    # review 2 §1: "go to the war" was any recruitment idea, and these led with reaches-soldiers-directly or a share
    assert lead(bot, q) is None


def test_the_age_of_the_men_who_went_to_the_war_is_still_the_age_range(bot):
    assert lead(bot, "how old were the men who went to the war?") == "prisoner-age-range"


@pytest.mark.parametrize("q", ["why do young men go to the war?", "why would anyone agree to go to the war?",
                               "why would they agree to go to the war?", "why do so many agree to go to the war?",
                               "ok, but why so many people accept to go to the war then?",
                               "why would so many men agree to go to the war?", "why did they went off to war at all?"])
def test_why_men_go_to_the_war_is_why_they_join(bot, q):
    assert lead(bot, q) == "recruitment-incentives"
