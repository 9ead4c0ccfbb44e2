"""TUNER40's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead


@pytest.mark.parametrize("q", ["What percentage have a rap sheet?", "How many of the prisoners have previous convictions?",
                               "Have many of them done time before?", "what share have a police record"])
def test_a_criminal_record_in_slang_or_legal_words(bot, q):
    # "rap sheet", "previous convictions", "done time": the criminal-records share (these had been refused)
    assert lead(bot, q) == "criminal-records"
