"""Session 8's refusals, each on its own, in questions of our own (not copies of a set's items): who won
or when the war ended (no article reports an end), whether anyone checked the articles from outside,
Ukraine's own men in new wordings, a place no fact names, and what those counted did."""
from __future__ import annotations

import pytest

from . import reply_to as ask


@pytest.mark.parametrize("question", ["who has won the war so far?", "is the war finished now", "has russia lost?"])
def test_who_won_is_answered_by_saying_the_articles_report_no_end(bot, question):
    reply = ask(bot, question)
    assert not reply.answered and "no winner" in reply.message and "still going on" in reply.message
    assert reply.related and all("year" in s.text for s in reply.related)  # how long it has lasted, not an opinion


def test_the_authors_view_on_who_is_winning_is_still_his_opinion(bot):
    reply = ask(bot, "who is winning, according to the blogger?")
    assert reply.answered and "opinion" in reply.message.lower()


@pytest.mark.parametrize("question", [
    "did any independent observers verify these figures?",
    "has somebody fact-checked the claims about the armbands?",
])
def test_an_outside_check_no_article_reports_is_refused(bot, question):
    reply = ask(bot, question)
    assert not reply.answered and "outside check" in reply.message


@pytest.mark.parametrize("question", [
    "in which month did the most ukrainians surrender?",  # Ukraine's own men giving up
    "is there a hotline for ukrainians who want to defect?",
    "can ukrainian troops who wish to desert use the project too?",
    "how many russians were taken prisoner near the sumy region?",  # a place no fact names
])
def test_what_no_fact_covers_in_new_words_is_refused(bot, question):
    assert not ask(bot, question).answered


def test_a_count_of_those_who_did_something_is_not_a_count_of_others(bot):
    # those who phoned the project are not the prisoners it counts by rank
    reply = ask(bot, "how many russians have phoned the i want to live line?")
    assert not reply.answered or not reply.statements[0].fact_id.endswith(("-share-news", "-share-blog"))


@pytest.mark.parametrize("question, expected", [
    ("the blog says the capture pattern reversed in june 2022, correct?", "captures-reversed-since-june-2023"),
    ("the news report has the record week in august 2023, yeah?", "record-week-august-2024"),
    ("I read that ukraine has swapped back over 6000 russian prisoners, right?", "pows-returned-in-exchanges"),
])
def test_a_statement_with_a_tag_is_checked_against_the_fact_that_gives_it(bot, question, expected):
    reply = ask(bot, question)  # a wrong year is corrected by the fact that gives the right one
    assert reply.answered and reply.statements[0].fact_id == expected


@pytest.mark.parametrize("question", [
    "how many russians surrender every day?",  # a daily rate: only a weekly one is given
    "what is the monthly number of surrenders",
    "which was the biggest month for surrenders",  # the record is a week's
])
def test_a_rate_or_record_for_a_period_no_fact_gives_is_refused(bot, question):
    assert not ask(bot, question).answered


def test_daily_life_is_no_daily_rate(bot):
    reply = ask(bot, "what is daily life like for russian soldiers, by the prisoners' accounts?")
    assert reply.answered and reply.statements[0].fact_id == "conditions-in-russian-army"


def test_the_other_articles_figure_is_for_the_same_thing_or_none(bot):
    none = ask(bot, "does the news article give the same figure?", after="what share of the prisoners had been convicted of crimes?")
    assert not none.answered  # the news report's contract-soldier share is a figure for something else
    same = ask(bot, "does the news report give that figure too?", after="what share were officers according to the blog?")
    assert same.answered and {s.fact_id for s in same.statements} == {"officers-share-news", "officers-share-blog"}


@pytest.mark.parametrize("question, after, expected", [
    ("what year and month was this?", "What is the largest number of Russians to surrender in a single week?", "record-week-august-2024"),
    ("whose figures is that resting on?", "Did more Russians give up in 2025 than in 2022 and 2023?", "surrenders-2025-exceed-2022-2023"),
    ("was that ever verified?", "Do prisoners say they were made to wear infected armbands?", "infected-armbands"),
])
def test_a_follow_up_on_the_last_answers_date_or_backing_gets_that_answer(bot, question, after, expected):
    reply = ask(bot, question, after)
    assert reply.answered and reply.statements[0].fact_id == expected


@pytest.mark.parametrize("question", ["how old was the oldest russian captured?", "who is the most senior officer ukraine has caught?"])
def test_one_person_at_an_extreme_is_not_answered_by_a_spread(bot, question):
    assert not ask(bot, question).answered  # "most were between 18 and 65" names no youngest or oldest


def test_whether_a_promise_is_kept_is_not_the_promise_again(bot):
    reply = ask(bot, "but do they really receive that in practice?", after="What does Ukraine guarantee Russians who surrender?")
    assert not reply.answered
