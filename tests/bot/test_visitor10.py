"""A second first-time visitor's walk (session 10), each reply as the visitor sees it: a whole new question after a
refusal about Ukraine's own soldiers is read on its own, a checked figure that is not the one reported is said to be
so (and is not taken for "who says so?" about the last answer), and how big Ukraine is finds the area the news
report gives."""
from __future__ import annotations

import pytest

from webapp.bot.reply import NOT_AS_STATED, WHO_FRAMING

from . import conversation, reply_to as ask



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


@pytest.mark.parametrize("question", ["how do you decide what to answer", "how does this bot work?", "how do you work"])
def test_asked_how_it_decides_the_bot_says_what_it_is(bot, question):
    reply = ask(bot, question)
    assert reply.answered and "explainer bot" in reply.message and "when they don't cover something I say so" in reply.message


def test_two_years_no_fact_compares_are_refused_with_the_facts_that_do_compare_years(bot):
    reply = ask(bot, "Did more Russians surrender in 2024 than in 2023?")
    assert not reply.answered
    assert {"record-year-2025", "surrenders-2025-exceed-2022-2023"} <= {s.fact_id for s in reply.related}


def test_a_year_compared_with_every_other_answers_a_comparison_with_one_of_them(bot):
    reply = ask(bot, "Did more Russians give up in 2025 than in 2024?")
    assert reply.answered and reply.statements[0].fact_id == "record-year-2025"


def test_a_checked_year_is_not_called_a_wrong_figure(bot):
    reply = ask(bot, "was the record week in 2023?")
    assert reply.answered and reply.statements[0].fact_id == "record-week-august-2024" and NOT_AS_STATED not in reply.message


@pytest.mark.parametrize("question, lead", [
    ("Can I trust the 1.2 million casualties figure?", "casualties-general-staff"),
    ("should I believe the casualty numbers", "casualties-general-staff"),
    ("is the 10,000 figure reliable?", "captured-by-end-2025"),
    ("how reliable is the weekly figure", "weekly-surrender-average"),
])
def test_whether_to_trust_a_figure_gets_who_makes_the_claim_not_a_verdict_nor_advice(bot, question, lead):
    from webapp.bot.reply import TRUST_FRAMING
    reply = ask(bot, question)
    assert reply.answered and reply.message == TRUST_FRAMING and reply.statements[0].fact_id == lead


def test_why_after_a_reported_reversal_gives_the_authors_view_of_why_labelled(bot):
    reply = ask(bot, "Why is that happening?", after="Since when have more Russians been captured than Ukrainians?")
    assert reply.answered and reply.statements[0].fact_id == "attackers-become-trapped"
    assert "opinion" in reply.message


def test_what_surrendering_soldiers_get_is_the_guarantee_not_how_to_reach_the_project(bot):
    reply = ask(bot, "what do they get if they surrender")
    assert reply.answered and reply.statements[0].fact_id == "geneva-treatment-guarantee"


def test_whether_the_project_pays_soldiers_is_not_answered_by_putins_pay(bot):
    reply = ask(bot, "Does the project pay Russian soldiers to surrender?")
    assert not reply.answered
    assert "putin-compensation-tactics" not in {s.fact_id for s in reply.statements}
    reply = ask(bot, "does the project give soldiers a way to surrender")
    assert reply.answered and reply.statements[0].fact_id == "iwtl-path-to-surrender"


def test_a_year_after_the_busiest_week_asks_for_that_years_busiest_week(bot):
    reply = ask(bot, "And in 2025?", after="What was the busiest week for surrenders?")
    assert not reply.answered and "record-year-2025" in {s.fact_id for s in reply.related}


def test_the_blog_post_is_an_article_named_not_a_subject(bot):
    """'post' in "the blog post" names the article; read as a subject, "does the blog post give the 6,000 figure?" got
    the officers' shares (a second visitor's walk)."""
    reply = ask(bot, "Does the blog post give the 6,000 figure?")
    assert reply.statements[0].fact_id == "pows-returned-in-exchanges"
    assert reply.message.startswith("The blog post does not report that")


@pytest.mark.parametrize("question, lead", [
    ("Which article calls I Want to Live a government initiative?", "iwtl-what-it-is"),
    ("which article describes the surrenders as unprecedented", "surrenders-unprecedented"),
])
def test_which_article_calls_it_so_asks_what_it_is_called_not_about_calling(bot, question, lead):
    reply = ask(bot, question)
    assert reply.answered and reply.statements[0].fact_id == lead
