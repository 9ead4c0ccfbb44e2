"""Session 19: visitors' questions of my own that the bot got wrong, one test per cause, each failing before its fix."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("question", [
    "Who brokers the prisoner swaps?",
    "who mediates the exchanges between Kyiv and Moscow?",
    "who bankrolls the I Want to Live project?",
])
def test_a_who_question_whose_deed_no_fact_mentions_is_refused(bot, question):
    """"who MEDIATES the swaps?" asks the doer of a deed no article reports: not the body that counts the swaps."""
    assert lead(bot, question) is None


@pytest.mark.parametrize("question, fact", [
    ("who counts the killed and wounded?", "casualties-general-staff"),
    ("who captured them?", "captured-by-end-2025"),
])
def test_a_who_question_whose_deed_a_fact_reports_is_answered(bot, question, fact):
    assert lead(bot, question) == fact
