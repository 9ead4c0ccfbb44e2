"""Session 9's over-answering, each on its own, in questions of our own (not copies of a set's items): a
"which X?" asks for the members of a group to be named, which a fact speaking of the group in general does
not give."""
from __future__ import annotations

import pytest

from . import reply_to as ask


@pytest.mark.parametrize("question", [
    "which ukrainian officials said that?",
    "which operations did captured officers reveal?",
    "which units do the prisoners come from?",
])
def test_a_group_no_fact_names_is_not_answered_by_a_fact_that_mentions_it(bot, question):
    assert not ask(bot, question).answered


@pytest.mark.parametrize("question, lead", [
    ("which regions have the most surrenders?", "most-captured-in-donetsk"),  # places named
    ("which channels can soldiers use to reach the hotline?", "iwtl-channels"),
    ("which analysts call it psychological warfare?", "psychological-warfare-analysts"),  # "unnamed" says which
])
def test_a_group_a_fact_names_is_still_answered(bot, question, lead):
    reply = ask(bot, question)
    assert reply.answered and reply.statements[0].fact_id == lead
