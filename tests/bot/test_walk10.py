"""A second first-time visitor's walk (session 10), each reply as the visitor sees it: a whole new question after a
refusal about Ukraine's own soldiers is read on its own, a checked figure that is not the one reported is said to be
so (and is not taken for "who says so?" about the last answer), and how big Ukraine is finds the area the news
report gives."""
from __future__ import annotations

import pytest

from webapp.bot.reply import NOT_AS_STATED, WHO_FRAMING

from . import reply_to as ask


def conversation(bot, *questions):
    context, reply = None, None
    for q in questions:
        reply, context = bot.answer(q, context)
    return reply


def test_a_whole_question_about_russia_after_an_other_side_refusal_is_answered(bot):
    reply = conversation(bot, "How many Ukrainian soldiers have died?", "How much land did Russia take in 2025?")
    assert reply.answered and reply.statements[0].fact_id == "territory-taken-2025"
    # while an ellipsis after it still asks about Ukraine's soldiers
    reply = conversation(bot, "How many Ukrainian soldiers have been captured?", "and officers?")
    assert not reply.answered


@pytest.mark.parametrize("question", ["How big is Ukraine?", "what is the size of ukraine"])
def test_how_big_ukraine_is_finds_the_area_the_news_report_gives(bot, question):
    reply = ask(bot, question)
    assert reply.answered and "603,550" in " ".join(s.text for s in reply.statements)


@pytest.mark.parametrize("question, lead", [
    ("Is it true that 500 Russians surrendered in a single week in August 2024?", "record-week-august-2024"),
    ("is it true 86% were contract soldiers?", "contract-share-blog"),
    ("Syrskii said Russia took 8% of Ukraine in 2025, right?", "territory-taken-2025"),
    ("were sixty thousand prisoners returned", "pows-returned-in-exchanges"),
])
def test_a_checked_figure_that_is_not_the_one_reported_is_said_to_be_so(bot, question, lead):
    for reply in (ask(bot, question), ask(bot, question, after="What was the busiest week for surrenders?")):
        assert reply.answered and reply.statements[0].fact_id == lead
        assert reply.message.startswith(NOT_AS_STATED) and reply.message != WHO_FRAMING


@pytest.mark.parametrize("question", ["was the record week 350", "is it true 40% had criminal records",
                                      "did over 10,000 russians end up as prisoners", "is it true 1 in 4 were forced to join"])
def test_a_checked_figure_that_is_reported_is_not_said_to_be_wrong(bot, question):
    reply = ask(bot, question)
    assert reply.answered and NOT_AS_STATED not in reply.message


def test_is_that_true_after_an_answer_still_shows_who_makes_the_claim(bot):
    reply = ask(bot, "is that true?", after="What was the busiest week for surrenders?")
    assert reply.message == WHO_FRAMING and reply.statements[0].fact_id == "record-week-august-2024"
