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
