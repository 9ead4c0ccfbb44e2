"""Session 88's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("after, q, fact", [
    ("how many officers were captured", "The age of the captured men, it goes from what to what?", "prisoner-age-range"),
    ("what share were officers", "The ages of the captured soldiers, they range between what?", "prisoner-age-range"),
    ("how many were captured in total", "The hotline of Ukraine, how does it function?", "iwtl-channels"),
    ("how many were captured in total", "The captured Russians, are they treated humanely?", "geneva-treatment-guarantee"),
])
def test_a_topic_said_first_then_asked_of_a_pronoun_is_the_topic(bot, after, q, fact):
    # "the age of the prisoners, it is between what?": a French speaker's word order, the topic said first and a pronoun
    # for it in the question after; the pronoun was taken for the last answer (the officers), or the topic left unread
    assert lead(bot, after, q) == fact


def test_a_remark_before_a_pronoun_question_is_no_topic(bot):
    # "thanks, is it…": no determiner, no topic; the pronoun still points back at the last answer
    assert lead(bot, "how many were captured in total", "thanks, is it a record?") == lead(bot, "how many were captured in total", "is it a record?")
