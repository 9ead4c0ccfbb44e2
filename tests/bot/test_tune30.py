"""The tuner round of TUNER30 on tuning-ab, -aa, -y, -z, -v, -r, -p and -u: one test per cause tuned, each in a wording of its own."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("short, full", [
    ("how many officers acc to the news report", "how many officers according to the news report"),
    ("main surrender places acc blog", "main surrender places according to the blog"),
])
def test_acc_is_a_chat_boxs_according_to(bot, short, full):
    """"Acc to the news report", "acc blog": a chat box's shorthand for "according to", which names the article (normalize's
    ATTRIBUTION); read as a word, 'acc' was a subject no fact holds, and the question was refused."""
    assert lead(bot, short) == lead(bot, full) is not None
