"""Session 20's tuner round on tuning-r, -w, -u and -p (TUNER20): one test per cause tuned, each in a wording of its own."""
from __future__ import annotations

from . import lead, reply_to


def test_a_passive_yes_no_question_asks_its_participle(bot):
    """"Are they PUNISHED once home?" asks what no fact reports, as "does Russia punish them?" does: not the swaps the
    other words name. A participle some fact holds still answers, and "is the figure attributed…" asks its source."""
    assert not reply_to(bot, "are the men russia gets back in swaps punished when they return").answered
    assert not reply_to(bot, "do captured russians get tortured by their guards").answered
    assert lead(bot, "were some of them tricked into signing up") == "coerced-or-misled"
    assert lead(bot, "is the weekly average of surrenders attributed to anyone") == "weekly-surrender-average"
