"""Session 100's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q, fact", [("How many Russians were killed or wounded since the war has begun?", "casualties-general-staff"),
                                     ("How many Russian soldiers died or got injured since the war has begun?", "casualties-general-staff"),
                                     ("how many russians have surrendered since the invasion has begun", "captured-by-end-2025")])
def test_since_the_war_has_begun_is_the_whole_war_not_a_topic(bot, q, fact):
    # "since the war HAS begun" (the perfect, as a German or French speaker puts it) left "begun" a word to look up, and
    # the question was refused; "since the war began" was always read as the whole war
    assert lead(bot, q) == fact


def test_killed_alone_since_the_war_has_begun_stays_refused(bot):
    # the General Staff's figure counts killed and wounded together: the dead alone are still no figure of the articles
    assert lead(bot, "How many Russians have been killed since the war has begun?") is None


@pytest.mark.parametrize("q, source", [("who wrote the blog piece about the surrenders?", "source:blog-mass-surrenders"),
                                       ("Who is the author of the news story about the surrender?", "source:news-record-surrenders")])
def test_an_article_named_and_then_said_what_it_is_about_in_one_title_word_is_asked_of_its_record(bot, q, source):
    # "the blog piece about the surrenders": the article is named ("blog"), and the one word after "about" stands in its
    # title; it was read as a subject and the question refused as out of scope
    assert lead(bot, q) == source


def test_one_title_word_about_an_article_not_named_still_names_none(bot):
    # "the story about the surrenders" names no article of its own: one word is not enough to tell which
    assert lead(bot, "who wrote the story about the surrenders?") is None


@pytest.mark.parametrize("q, fact", [("who even wrote the news report, some random journalist?", "source:news-record-surrenders"),
                                     ("who wrote this blog, some random guy?", "source:blog-mass-surrenders"),
                                     ("where do most of them give up, maybe in the east?", "most-captured-in-donetsk")])
def test_a_guess_after_a_comma_is_answered_by_the_question_before_it(bot, q, fact):
    # "who wrote that blog, some random guy?": the guess after the comma ("some random guy") was read as part of what is
    # asked, and the question refused; the question before it answers the guess
    assert lead(bot, q) == fact


def test_a_figure_after_the_comma_is_no_guess_to_drop(bot):
    # a figure after the comma is what the question checks, and stays ("some 3%" is a share asked about)
    assert lead(bot, "what share were officers, some 3%?") in ("officers-share-blog", "officers-share-news")


@pytest.mark.parametrize("qs, fact", [
    (("based. putin is losing the war or is that copium",), "putin-losing-belief-opinion"),
    (("the 10k prisoners figure is kyiv cope. who came up with it",), "captured-by-end-2025"),
    (("what's the i want to live project?", "it's all for the money, cope harder. how much were the soldiers paid to sign up?"), "recruitment-incentives"),
])
def test_a_forum_commenters_verdict_is_no_part_of_the_question(bot, qs, fact):
    # "based.", "cope harder", "… is propaganda cope.", "or is that copium": a verdict on a claim in a forum's slang; its
    # words were read as subjects no fact holds and the question after it refused
    assert lead(bot, *qs) == fact


def test_cope_as_a_verb_stays_a_word_of_the_question(bot):
    # "how do they cope?" asks something no article reports; "cope" is only set aside as a commenter's verdict
    assert lead(bot, "how do the captured soldiers cope?") is None


@pytest.mark.parametrize("q", ["so putin's losing?", "putin's finished then?"])
def test_the_s_of_is_after_a_name_reads_how_the_war_goes_for_it(bot, q):
    # "putin's losing": "is", not a possessive (a possessive of Putin is Russia's side and was dropped with it)
    assert lead(bot, q) == "putin-losing-belief-opinion"


@pytest.mark.parametrize("q, facts", [
    ("In which paragraph does the blog give the number of captured Russians?", {"captured-by-end-2025"}),
    ("what paragraph of the news report has the 83 percent figure?", {"rank-and-file-share-news", "rank-and-file-share-blog"}),
    ("Which passage mentions the armbands?", {"infected-armbands"}),
])
def test_which_paragraph_gives_a_figure_is_what_the_article_says_of_it(bot, q, facts):
    # "which paragraph … gives X?": the paragraph is the cited one of X's fact; "paragraph" was read as a subject (the
    # headline checked against the body text) and the question refused or answered with the headline
    assert lead(bot, q) in facts


def test_which_paragraph_says_that_still_asks_of_the_last_answer(bot):
    assert lead(bot, "How many Russian soldiers were taken prisoner?", "which paragraph says that?") == "captured-by-end-2025"


@pytest.mark.parametrize("q, facts", [
    ("how many of them were mobilised, i.e. drafted from the reserve?", {"mobilised-share-blog", "mobilised-share-news"}),
    ("what share of POWs were conscripts (i.e. draftees)?", {"conscripts-share-news", "conscripts-rest-blog"}),
    ("What share were contract soldiers, aka the ones who signed for money?", {"contract-share-blog", "contract-share-news"}),
])
def test_a_restatement_after_ie_or_aka_does_not_stop_the_question_being_answered(bot, q, facts):
    # "…, i.e. drafted from the reserve": the words after "i.e." say again what is asked; a word of theirs no fact holds
    # ("reserve", "aka") made the whole turn a refusal
    assert lead(bot, q) in facts


def test_a_restatement_that_asks_what_no_fact_holds_stays_refused(bot):
    # the question before "i.e." asks for what no article gives: read without the restatement, it is still refused
    assert lead(bot, "How many generals were captured, i.e. the top brass?") is None


@pytest.mark.parametrize("qs, fact", [
    (("How many Russian soldiers were taken prisoner?", "what source does it cite for that?"), "captured-by-end-2025"),
    (("How many Russian soldiers were taken prisoner?", "and where does that number originally come from?"), "captured-by-end-2025"),
    (("How many Russians surrender in a normal week?", "where does that figure come from?"), "weekly-surrender-average"),
])
def test_the_source_an_article_cites_for_the_last_answer_is_asked_of_it(bot, qs, fact):
    # "what source does it cite for that?", "where does that figure come from?": whose the last answer's figure is; the first
    # was read as a new question (and answered with another fact), the second as where a dated event took place (refused)
    assert lead(bot, *qs) == fact


def test_where_a_dated_event_took_place_stays_refused(bot):
    # the record week is dated, but no article says where on the front it fell
    assert lead(bot, "What was the record week for surrenders?", "where was that?") is None


@pytest.mark.parametrize("q", ["what does the hotline cost?", "And what does the surrender project cost to operate?"])
def test_what_a_thing_costs_is_a_sum_no_article_gives(bot, q):
    # "what does X cost (to run)?" asks for a sum as "how much does X cost?" does; it was answered with the blog's words on
    # what surrenders cost Russia
    assert lead(bot, q) is None


def test_what_surrender_costs_russia_is_still_answered(bot):
    # a cost put on someone ("costs Russia manpower"), not a sum asked
    assert lead(bot, "what does surrender cost russia?") == "surrender-effects"


@pytest.mark.parametrize("q", ["Since how many years goes the war already?", "for how many years is the war going on now?",
                               "how many years does this war last already?"])
def test_how_many_years_the_war_goes_in_a_learners_word_order_is_its_length(bot, q):
    # "since how many years goes this war?" (German "seit wie vielen Jahren geht der Krieg"): how long the war has gone on;
    # "goes", "already" and "since" were read as subjects and the question refused
    assert lead(bot, q) == "war-almost-four-years"


def test_how_many_years_of_surrenders_is_no_length_of_the_war(bot):
    assert lead(bot, "since how many years are russians surrendering?") != "war-almost-four-years"
