"""Session 11: conversations that move on. A question about "they" after a refused question is read on its own
(the soldiers are what every question here is about), while "it" still needs the thing the last question named."""
from __future__ import annotations


def conversation(bot, *questions):
    context, reply = None, None
    for q in questions:
        reply, context = bot.answer(q, context)
    return reply


def test_they_after_a_refused_sum_is_read_on_its_own(bot):
    reply = conversation(bot, "how many were officers and NCOs combined", "how old were they")
    assert reply.answered and reply.statements[0].fact_id == "prisoner-age-range"


def test_it_after_a_refused_question_still_needs_what_it_named(bot):
    reply = conversation(bot, "When was the I Want to Live project first set up?", "and who is in charge of it?")
    assert not reply.answered
