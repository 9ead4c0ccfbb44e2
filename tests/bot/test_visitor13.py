"""Session 13: what a student's browser walk (WALK-14) hit. Chat abbreviations ("avg", "pct", "wk") are read as the
words they stand for."""
from __future__ import annotations

import pytest

from . import reply_to


@pytest.mark.parametrize("question, fact", [("whats the weekly avg", "weekly-surrender-average"),
                                            ("avg number giving up each wk?", "weekly-surrender-average"),
                                            ("what pct of the prisoners were officers", "officers-share-")])
def test_chat_abbreviations_are_read_as_their_words(bot, question, fact):
    reply = reply_to(bot, question)
    assert reply.answered and reply.statements[0].fact_id.startswith(fact)
