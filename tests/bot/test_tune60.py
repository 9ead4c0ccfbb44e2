"""Tuner 60's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", [
    "What's the headline stock of Russian POWs held by Ukraine as at end-2025, and whose tally is it?",
    "how big is the stock of prisoners",
    "How big is the stock of Russian POWs held by Ukraine at the end of 2025?",
    "how big a stock of prisoners does ukraine have",
])
def test_a_stock_of_prisoners_is_how_many_are_held(bot, q):
    # "the STOCK of POWs": an economist's word for how many are held at one time, a word like "tally" or "total"; answered by
    # the count captured (they had been refused as a question about the stock market)
    assert lead(bot, q) == "captured-by-end-2025"


@pytest.mark.parametrize("q", ["what is the stock market doing", "how are russian stocks doing", "what about the stock price of gazprom"])
def test_the_stock_market_is_still_no_subject_of_the_articles(bot, q):
    assert lead(bot, q) is None


@pytest.mark.parametrize("q", [
    "how many patients are we talking about roughly?",
    "were there patients among the captured?",
    "how many of the prisoners are patients with a long-term illness?",
])
def test_patients_are_the_sick_among_the_prisoners(bot, q):
    # "PATIENTS": a nurse's word for the sick men, answered by the chronic illnesses the articles report among the prisoners
    # (they had been refused: "patients" is a word no fact holds)
    assert lead(bot, "What chronic illnesses were found among the prisoners?", q) in ("chronic-illness-blog", "chronic-illness-news")


@pytest.mark.parametrize("q", [
    "The author of the blog, what thinks about the future of Putin in this war?",
    "What does the author think about Putin's future?",
    "what does the blogger say about putin's future",
])
def test_the_writers_view_of_the_future_is_where_the_author_comes_out(bot, q):
    # "what does the author think about the FUTURE of Putin?": the writer's view, which the blog gives (on the front of belief
    # Putin is losing); it had been refused, "future" a word no fact holds
    assert lead(bot, q) == "putin-losing-belief-opinion"


@pytest.mark.parametrize("q", [
    "what is the future of the war",
    "what is putin's future",
    "what future is there for the prisoners",
    "does the author think the war will end next year",
])
def test_a_future_asked_of_the_bot_or_a_forecast_of_the_writer_is_still_refused(bot, q):
    # the future asked bare, or a forecast asked of the writer: the articles forecast nothing, so these stay refused ("the future
    # of", "future for", "what future" are forecasts unless a writer's view is asked; with the example question about the author's
    # view naming the future, "what future is there for the prisoners" would otherwise be answered with the count captured)
    assert lead(bot, q) is None


@pytest.mark.parametrize("q, source", [
    ("did michael drooker right the blog", "source:blog-mass-surrenders"),
    ("did michael drucker write the blog", "source:blog-mass-surrenders"),
    ("Did Drucker write the article?", "source:blog-mass-surrenders"),
    ("so did he right the blog post", "source:blog-mass-surrenders"),
])
def test_an_author_named_to_check_is_answered_by_the_record(bot, q, source):
    # "did Michael Drucker WRITE the blog?": who wrote it, with a name put up to check, answered by the article's record (it had
    # been refused: only "who wrote …" was read as asking the author); "RIGHT the blog": a dictated "write", known by the article after it
    assert lead(bot, q) == source


def test_right_before_an_article_is_still_right_when_no_one_is_said_to_write(bot):
    assert lead(bot, "am i right the blog says 83%") != "source:blog-mass-surrenders"


@pytest.mark.parametrize("q, fact", [
    ("and for calendar 2025 on its own?", "casualties-2025"),
    ("what about calendar 2025 by itself?", "casualties-2025"),
    ("for calendar year 2025 on its own?", "casualties-2025"),
    ("And how many of those in calendar 2025 alone?", None),
])
def test_a_calendar_year_is_the_year_itself(bot, q, fact):
    # "CALENDAR 2025", "calendar year 2025": an accountant's way of naming the year, read as "2025" is (they had been
    # refused after the whole war's estimate: "calendar", a word no fact holds, was read as the subject asked); the year's own count, which the
    # articles do not give for the captured, is still refused
    after = "How many had been captured by end of 2025?" if fact is None else "What's the cumulative Russian casualty estimate?"
    assert lead(bot, after, q) == fact


@pytest.mark.parametrize("after, q, fact", [
    ("Let's talk about the cost side of the war for Russia.",
     "What's the cumulative Russian killed-and-wounded estimate and who produced it?", "casualties-general-staff"),
    ("How many prisoners are there?", "What's the cumulative Russian killed-and-wounded estimate and who produced it?", "casualties-general-staff"),
    ("Let's talk about prisoners.", "What's the Russian casualty estimate and whose estimate is it?", "casualties-general-staff"),
])
def test_whose_it_is_asked_after_a_subject_points_to_that_subject(bot, after, q, fact):
    # "what's the estimate AND WHO PRODUCED IT?": the "it" is the estimate just named, not the last question's subject (it had
    # been read as a follow-up, the last question's subject added, and refused or answered with the captures)
    assert lead(bot, after, q) == fact


@pytest.mark.parametrize("q, fact", [
    ("Many were deceived to enter in the army?", "coerced-or-misled"),
    ("were they tricked into entering the army?", "coerced-or-misled"),
    ("why did they enter the army", "recruitment-incentives"),
])
def test_entering_the_army_is_joining_it(bot, q, fact):
    # "ENTER (IN) THE ARMY": joining it, as a Spanish speaker says it ("entrar en el ejército"), answered as "join the army" is
    # (they had been refused, "enter" a word no fact holds)
    assert lead(bot, q) == fact


@pytest.mark.parametrize("q", [
    "what intel comes out of debriefing them?",
    "what information comes from questioning them?",
    "so what intelligence comes out of the interrogations?",
])
def test_what_comes_out_of_them_after_a_count_is_no_count(bot, q):
    # "WHAT INTEL COMES OUT OF debriefing them?" after "how many POWs total?": a thing asked, with a frame of its own, not the
    # last question's count (it had been refused: no figure for intelligence), answered by what each surrender gives Ukraine
    assert lead(bot, "how many POWs total?", q) == "surrender-effects"


@pytest.mark.parametrize("after, q, facts", [
    ("for the mobilised men, does the news piece really say 'only' 19 percent?", "and how does the blog word that same share?",
     ("mobilised-share-blog",)),
    (None, "how does the news report word the share of conscripts?", ("conscripts-share-news",)),
    ("What share of the captured were mobilised?", "and how did the news report word it?", ("mobilised-share-news",)),
])
def test_how_an_article_words_a_share_is_how_it_phrases_it(bot, after, q, facts):
    # "how does the blog WORD that share?": the verb, how the article phrases it, as "how does the blog phrase it?" is read (it
    # had been refused: "word" was read as the subject asked); "what is the Russian word for surrender?" stays refused
    assert (lead(bot, after, q) if after else lead(bot, q)) in facts


def test_a_word_in_another_language_is_still_no_subject(bot):
    assert lead(bot, "what is the russian word for surrender") is None
