"""Session 26's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead


@pytest.mark.parametrize("q", ["What's Ukraine's own death toll?", "what is ukraine's death toll", "ukraine's army deaths?"])
def test_ukraines_own_death_toll_is_the_other_side(bot, q):
    # Ukraine's own dead: no article counts them (it had been answered with Russia's casualties since the invasion)
    reply = conversation(bot, q)
    assert not reply.answered and reply.reason == "out-of-scope"


@pytest.mark.parametrize("q", ["What sort of jobs did they do before they joined up?", "what did they do for a living?",
                               "what work did the men have before the war?"])
def test_the_mens_working_lives_before_the_army_are_not_covered(bot, q):
    # no article says what the men did for a living (it had been answered with the recruits tricked about their jobs)
    assert not conversation(bot, q).answered


def test_jobs_the_recruits_were_promised_are_still_answered(bot):
    assert lead(bot, "Were soldiers lied to about their jobs?") == "coerced-or-misled"
