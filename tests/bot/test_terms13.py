"""Session 13's general mechanisms, each on questions of its own (not the tuning sets' items).

- What a term means: "whats X mean" and "X means what" ask for a definition like "what does X mean"; a fact saying
  "conscripts WERE 5%" or "officers made up 3% of the prisoners IN THE breakdown" uses the term, it does not explain it.
"""
from __future__ import annotations

import pytest

from . import conversation, reply_to as ask


def lead(reply):
    return [s.fact_id for s in reply.statements][:1]


def related(reply):
    return [s.fact_id for s in reply.related]


@pytest.mark.parametrize("question, mentioned", [
    ("whats an officer", "officers-share-news"),
    ("whats conscripted mean", "conscripts-share-news"),
    ("mercenary means what", "mercenaries-news"),
    ("whats a chronic illness", "chronic-illness-blog"),
])
def test_a_term_only_used_by_the_facts_is_not_explained(bot, question, mentioned):
    reply = ask(bot, question)
    assert not reply.answered and mentioned in related(reply)


def test_a_term_a_fact_explains_is_answered_in_the_colloquial_form(bot):
    reply = ask(bot, "whats psychological warfare mean")
    assert reply.answered and lead(reply) == ["psychological-warfare-analysts"]
