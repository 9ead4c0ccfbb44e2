"""Session 28's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead

TOTAL, WEEKLY, FOREIGN = ("How many Russians were captured by the end of 2025?", "What's the weekly average?",
                          "What about foreign fighters?")


@pytest.mark.parametrize("q", ["OK never mind.", "nvm", "forget it", "no worries"])
def test_never_mind_is_not_thanked(bot, q):
    # "You're welcome" had answered "OK never mind": it is a visitor dropping a question, not thanking
    reply = conversation(bot, "how many russians surrender each week?", q)
    assert not reply.answered and "welcome" not in reply.message.lower()
    assert reply.reason == "smalltalk"


def test_never_mind_keeps_the_conversation(bot):
    assert lead(bot, "Tell me about the 'I Want to Live' project.", "What's the weather in Kyiv today?", "OK never mind.",
                "how does it reach soldiers?") == "iwtl-channels"


def test_thanks_is_still_thanked(bot):
    assert "welcome" in conversation(bot, "thanks").message.lower()
