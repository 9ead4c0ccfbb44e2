"""Session 18: visitors' questions of my own that the bot got wrong, one test per cause, each failing before its fix."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("question, fact", [
    ("what does the 1.2 million figure refer to?", "casualties-general-staff"),
    ("What does 'I Want to Live' refer to?", "iwtl-what-it-is"),
    ("the 0.8 percent, what is it referring to", "territory-taken-2025"),
])
def test_refer_to_is_how_the_question_asks_not_what_it_asks_about(bot, question, fact):
    """"what does X refer to" asks what X is, like "what does X mean"; "refer" is no subject a fact could lack."""
    assert lead(bot, question) == fact
