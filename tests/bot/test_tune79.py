"""Session 79's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", [
    "What incentives are they giving out?",
    "what incentives did russia give them",
])
def test_incentives_given_are_what_recruits_were_offered(bot, q):
    # "incentives … give": what the Kremlin offered recruits; the verb "give" matched the blog's "gives no share for
    # conscripts" (a fact on recruitment by its topic), which outranked the pay and promises
    assert lead(bot, q) == "recruitment-incentives"


def test_incentives_as_a_sum_are_still_refused(bot):
    assert lead(bot, "How many roubles of incentives does a recruit get?") is None


@pytest.mark.parametrize("q", [
    "What's that hotline called, 'I want to stay alive' or something?",
    "What is the 'I want to survive' hotline?",
    "what was the scheme called, I want to survive or something like that?",
])
def test_the_projects_name_half_remembered_is_the_project(bot, q):
    # "I want to survive" in quotes, after "called" or before "or something": the project's name ("I want to live") half
    # remembered, not soldiers' wish to survive; "called" was an idea, which the analysts' "call it psychological warfare" held
    assert lead(bot, q) == "iwtl-what-it-is"


def test_a_wish_to_survive_and_a_founder_guessed_stay_as_they_were(bot):
    assert lead(bot, "What is I Want to Live?", "Who set it up, was it Syrsky himself?") is None
    assert lead(bot, "What is I Want to Live?", "Who runs it, is it the army?") == "iwtl-what-it-is"


@pytest.mark.parametrize("q", [
    "What's the biggest figure I could quote for Russian surrenders?",
    "what is the largest number we can cite to show Russians are surrendering",
])
def test_the_biggest_number_to_quote_is_the_total(bot, q):
    # "the biggest number I can use/quote": the largest figure for the visitor's case, the total captured; "biggest" read as a
    # record, the busiest week
    assert lead(bot, q) == "captured-by-end-2025"


def test_the_biggest_number_in_a_week_is_still_the_record_week(bot):
    assert lead(bot, "What's the biggest number of Russians captured in a single week?") == "record-week-august-2024"


@pytest.mark.parametrize("q, source", [
    ("Is the blog proper journalism or just opinion?", "source:blog-mass-surrenders"),
    ("is the news report real journalism?", "source:news-record-surrenders"),
])
def test_journalism_or_opinion_is_the_kind_of_article(bot, q, source):
    # "journalism", "actual": words about an article, as "reporting" and "news" were; the question was read as a subject no
    # fact holds and refused, or after an answer as a follow-up on that answer
    assert lead(bot, q) == source


def test_journalism_as_a_subject_is_still_refused(bot):
    assert lead(bot, "What does journalism say about the prisoners?") is None


@pytest.mark.parametrize("last", [
    "that's cruel. why would the kremlin do that to its own soldiers?",
    "thats so wrong why would they even do that to their own guys",
])
def test_dismay_then_why_after_the_swap_priorities_is_the_authors_reading(bot, last):
    # "that's messed up/cruel", said before the why, and "even", "guys": why Russia treats its men so after who it takes back
    # first, which the author's view linked to that answer gives; the remark and "guys" kept the answer on the priorities
    assert lead(bot, "Do the two sides swap prisoners?", "Who gets chosen to go home first?", last) == "kremlin-values-troops-little"


def test_a_remark_on_a_figure_still_leaves_the_question(bot):
    assert lead(bot, "How many Russians have been captured?", "that's cruel. how many were officers?") in ("officers-share-news", "officers-share-blog")


@pytest.mark.parametrize("last", ["what did those armbands say?", "And what do the armbands say?"])
def test_what_a_thing_said_after_a_count_is_not_a_count(bot, last):
    # after how many prisoners are ill, "what did those armbands say?" kept the last question's count type, and no count
    # of armbands exists, so it was refused; a what-question with "say" has a frame of its own
    assert lead(bot, "How many of the prisoners are ill?", last) == "infected-armbands"


def test_what_the_articles_say_after_a_count_still_asks_the_count(bot):
    assert lead(bot, "How many of the prisoners are ill?", "what did the blog say?") in ("chronic-illness-blog", "chronic-illness-news")
