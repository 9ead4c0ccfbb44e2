"""Tuner 38's wordings: classes of words visitors use that no fact or lexicon group held, and what the bot does now."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("q", [
    "Does questioning the prisoners yield usable intel?",
    "Do the prisoners yield any intel worth having?",
])
def test_what_intelligence_is_worth_said_as_yield_or_usable(bot, q):
    # "yield", "usable", "valuable", "actionable": what prisoners are good for, in a soldier's or analyst's words
    # (they were words no fact holds, so the subject read as unknown and the question was refused)
    reply, _ = bot.answer(q, None)
    assert reply.answered
    assert reply.statements[0].fact_id == "surrender-effects"
