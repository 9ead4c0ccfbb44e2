"""Session 10's general mechanisms, each on questions of its own (not the tuning sets' items): questions about the
articles themselves ('and the other one?', where an article's figures come from, which came out first, what is known
about an author), small talk that asks leave to ask, the other article's version of a figure, arithmetic the articles
do not do, and follow-ups that change side or unit."""
from __future__ import annotations

import pytest

from . import reply_to as ask

BLOG, NEWS = "source:blog-mass-surrenders", "source:news-record-surrenders"


@pytest.mark.parametrize("first, then, other", [
    ("Who wrote the blog post?", "and the other one?", NEWS),
    ("what is the title of the news report?", "what about the other article?", BLOG),
])
def test_the_other_one_after_a_reply_about_an_article_is_the_other_articles_record(bot, first, then, other):
    reply = ask(bot, then, after=first)
    assert reply.answered and [s.fact_id for s in reply.statements][:1] == [other]


@pytest.mark.parametrize("question, source", [
    ("Where does the blog get its 83% and 76% figures from?", BLOG),
    ("where does the news report get its numbers", NEWS),
])
def test_where_an_article_gets_its_figures_is_answered_from_its_record(bot, question, source):
    reply = ask(bot, question)
    assert reply.answered and {s.fact_id for s in reply.statements} == {source}


@pytest.mark.parametrize("question", ["Which one came out first?", "Is either of these an opinion piece?",
                                      "what articles do your answers come from?"])
def test_questions_about_both_articles_are_answered_from_both_records(bot, question):
    reply = ask(bot, question)
    assert reply.answered and {s.fact_id for s in reply.statements} == {BLOG, NEWS}


def test_an_authors_nationality_is_not_in_the_record_which_is_offered(bot):
    reply = ask(bot, "is the blog author ukrainian or american?")
    assert not reply.answered and [s.fact_id for s in reply.related] == [BLOG]


def test_an_outside_fact_check_of_an_article_is_reported_by_neither(bot):
    assert ask(bot, "Has the blog post been fact-checked by anyone?").reason == "not-covered"
    # "has that been confirmed by anyone?" after an answer still asks who stands behind that answer
    reply = ask(bot, "has that been confirmed by anyone?", after="Were sick soldiers made to wear armbands?")
    assert reply.answered and reply.statements[0].fact_id == "infected-armbands"


@pytest.mark.parametrize("question, kind", [
    ("hello. can I ask you something about this article", "smalltalk"),
    ("can i ask you a question?", "smalltalk"),
    ("thanks, very helpful!", "smalltalk"),
    ("are you a real person or a bot?", "smalltalk"),
])
def test_small_talk_is_not_read_as_a_question_about_the_articles(bot, question, kind):
    reply = ask(bot, question)
    assert reply.reason == kind and not reply.statements


def test_ok_then_a_question_is_still_a_question(bot):
    reply = ask(bot, "ok what about officers then", after="how many generals got captured")
    assert reply.reason != "smalltalk"


def test_after_a_figure_the_other_article_without_one_is_refused(bot):
    reply = ask(bot, "and the news one?", after="what share of captured soldiers have criminal records?")
    assert not reply.answered and [s.fact_id for s in reply.related] == ["criminal-records"]
    # asked what it SAYS on the point, the news report's word on prisons answers
    reply = ask(bot, "does the news one say that too", after="how many have criminal records")
    assert reply.answered and reply.statements[0].fact_id == "contract-share-news"


@pytest.mark.parametrize("question", [
    "So 10,000 captured and 6,000 handed back - that leaves about 4,000 in Ukraine's camps?",
    "what is 7% of 10,000?",
    "how much is 603,550 square kilometres in square miles?",
])
def test_arithmetic_on_the_articles_figures_is_refused_offering_the_figures(bot, question):
    reply = ask(bot, question)
    assert not reply.answered and "don't work out sums of my own" in reply.message
    assert reply.related  # the facts that give the figures the visitor used


def test_a_range_or_a_count_of_times_is_not_arithmetic(bot):
    assert ask(bot, "who says 60-90 a week").answered
    assert ask(bot, "were some soldiers captured two times?").answered


def test_a_sum_sourced_worked_out_answers_arithmetic_on_its_own_numbers(bot):
    reply = ask(bot, "83 + 13 + 3 doesn't make 100, so who are the missing ones?")
    assert reply.answered and reply.statements[0].fact_id == "rank-breakdown-sum"
    reply = ask(bot, "and the rest?", after="what share were contract soldiers?")
    assert reply.answered and reply.statements[0].fact_id == "conscripts-rest-blog"


@pytest.mark.parametrize("first, then", [
    ("How much land did Russia take in 2025?", "and in square miles?"),
    ("How many new foreign fighters turn up each week?", "so how many is that per year?"),
    ("what share of the prisoners are officers?", "in numbers, not percent?"),
])
def test_the_last_figure_in_a_unit_or_period_no_fact_gives_is_refused(bot, first, then):
    reply = ask(bot, then, after=first)
    assert not reply.answered and "don't work out sums" in reply.message and reply.related


def test_the_last_figure_in_a_unit_it_has_or_sourced_computed_is_given(bot):
    assert ask(bot, "as a percentage?", after="what share of the prisoners are officers?").statements[0].fact_id.startswith("officers-share")
    assert ask(bot, "in km?", after="How much land did Russia take in 2025?").statements[0].fact_id == "territory-taken-2025-area"


def test_how_many_of_them_were_a_thing_no_fact_names_is_refused(bot):
    assert not ask(bot, "how many of the prisoners were generals?").answered
    assert not ask(bot, "How many of the captured officers were lieutenants?").answered


@pytest.mark.parametrize("then", ["how many of those were killed rather than wounded?", "dead only?", "just the wounded, not the dead?"])
def test_one_half_of_the_combined_losses_asked_after_them_is_refused(bot, then):
    assert not ask(bot, then, after="How many Russian soldiers have been killed or wounded in the war?").answered


def test_the_other_sides_losses_are_not_covered(bot):
    reply = ask(bot, "and ukraine?", after="How many Russian soldiers have been killed or wounded in the war?")
    assert not reply.answered and reply.reason == "out-of-scope"
    assert ask(bot, "what does the General Staff say about Ukrainian casualties?").reason == "out-of-scope"
    # Ukraine's own soldiers brought home are covered
    reply = ask(bot, "and ukrainians", after="how many russian pows went home in swaps")
    assert reply.answered and reply.statements[0].fact_id == "ukrainians-home-in-exchanges"


def test_a_count_over_the_whole_of_a_year_is_not_the_running_total(bot):
    reply = ask(bot, "How many Russians gave up over the whole of 2025?")
    assert not reply.answered and "captured-by-end-2025" in [s.fact_id for s in reply.related]


def test_a_sum_of_pay_named_outright_is_refused_though_pay_in_words_exists(bot):
    assert not ask(bot, "what is the average salary in Russia?").answered
    reply = ask(bot, "What's the typical Russian wage?")
    assert not reply.answered and [s.fact_id for s in reply.related][:1] == ["recruitment-incentives"]
    assert ask(bot, "how much money were recruits offered to join up").answered


def test_a_remark_calling_the_articles_propaganda_gets_no_view_back(bot):
    reply = ask(bot, "this is all ukrainian propaganda lol")
    assert not reply.answered and "I have no views of my own" in reply.message
    assert ask(bot, "is the news report propaganda?").answered  # asked, it is about the article's record


@pytest.mark.parametrize("first, lead", [
    ("how many russians were captured by the end of 2025", "fundamental-shift-opinion"),  # a linked view: "staggering"
    ("how many russians killed and wounded in 2025", "casualties-2025"),  # its own words: "a high human price"
])
def test_is_that_a_lot_is_answered_by_the_articles_own_judgement_of_the_figure(bot, first, lead):
    reply = ask(bot, "is that a lot?", after=first)
    assert reply.answered and reply.statements[0].fact_id == lead


@pytest.mark.parametrize("then", ["since when?", "and before that?", "what was it like before that"])
def test_before_that_after_a_change_is_the_change_itself(bot, then):
    reply = ask(bot, then, after="Are Russians now being captured more often than Ukrainians?")
    assert reply.answered and reply.statements[0].fact_id == "captures-reversed-since-june-2023"


def test_why_would_they_do_that_is_a_reason_linked_to_the_last_answer(bot):
    reply = ask(bot, "why would they do that to their own men?", after="were sick soldiers made to wear armbands?")
    assert reply.answered and reply.statements[0].fact_id == "expendable-opinion"


def test_the_average_of_a_figure_given_as_a_range_is_refused(bot):
    reply = ask(bot, "what's the average?", after="How old are the Russian prisoners?")
    assert not reply.answered and [s.fact_id for s in reply.related] == ["prisoner-age-range"]


def test_the_year_before_the_last_answers_year_is_that_year(bot):
    reply = ask(bot, "what about the year before?", after="How many Russians were killed or wounded in 2025 alone?")
    assert not reply.answered and "for that year" in reply.message
    # compared with the year before: not a question about that year alone
    assert ask(bot, "is that more than the year before?", after="How many Russian soldiers had been captured by the end of 2025?").answered


def test_a_why_or_how_question_not_asking_for_a_view_gets_the_reported_claim_first(bot):
    reply = ask(bot, "Why is it good for Ukraine to hold so many Russian prisoners?")
    assert reply.answered and reply.statements[0].kind == "claim"
    reply = ask(bot, "why not", after="is the rate of russian casualties slowing down")
    assert reply.answered and reply.statements[0].fact_id == "casualty-rate-not-slowing"


def test_a_sum_refusal_offers_the_facts_giving_its_numbers_or_ends_without_a_lead_in(bot):
    reply = ask(bot, "so 10,000 captured minus 6,000 sent home leaves 4,000?")
    assert not reply.answered and {"captured-by-end-2025", "pows-returned-in-exchanges"} & {s.fact_id for s in reply.related}
    reply = ask(bot, "that leaves about 4,000, right? 10,000 minus 6,000")  # (what follows the "?" is a remark)
    assert not reply.answered and (reply.related or not reply.message.endswith(":"))
    reply = ask(bot, "what is 12 times 7?")
    assert not reply.answered and (reply.related or not reply.message.endswith(":"))
