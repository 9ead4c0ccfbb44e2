"""Tuner 43's follow-up wordings: each test names a way of pointing back at the last answer that the bot once read wrong."""
from __future__ import annotations

import pytest

from . import conversation


@pytest.mark.parametrize("then", ["is that reporting or the writer's own view?", "is that a report or the author's opinion?",
                                  "so is that fact or his own view?"])
def test_reported_or_whose_view_asks_the_last_answers_kind(bot, then):
    # "reporting or the writer's own view?": the last answer's kind, with whose view it is named (the view again), not a
    # fact found for "reporting" (Putin's pay had led)
    reply = conversation(bot, "the blog says the surrenders are symptoms of a wider failure", then)
    assert reply.answered and reply.statements[0].fact_id == "broader-failure-opinion"
