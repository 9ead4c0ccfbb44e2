"""Session 49's wordings (tuner 49): each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation


@pytest.mark.parametrize("q", ["Are detainees able to reach their relatives?", "Can prisoners reach their next of kin?", "Do POWs get to reach their kin?"])
def test_kin_in_an_aid_workers_words_are_the_family(bot, q):
    # "relatives", "next of kin", "kin": the families the Geneva guarantee lets prisoners reach (refused: no fact held the word)
    reply = conversation(bot, "What treatment is promised to those who surrender?", q)
    assert reply.answered and reply.statements[0].fact_id == "geneva-treatment-guarantee"
