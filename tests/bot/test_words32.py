"""Session 32's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", ["what is the number for 2024?", "give me the figure for 2024", "what's the total for 2024?",
                               "tell me the stats for 2024"])
def test_a_figure_asked_by_name_is_no_date(bot, q):
    # "what is the number for 2024?": no fact gives a figure for that year, only facts dated to it; the question was
    # answered with a capture in the summer of 2024 (a place and a date, no number). A figure named is answered by a
    # fact that gives one, or refused
    assert lead(bot, q) is None


@pytest.mark.parametrize("q, fact", [("what is the number of prisoners?", "captured-by-end-2025"),
                                     ("what's the figure for the record week?", "record-week-august-2024")])
def test_a_figure_asked_by_name_is_still_answered_by_a_fact_that_gives_it(bot, q, fact):
    assert lead(bot, q) == fact


@pytest.mark.parametrize("q", ["and 2024?", "whats the exact number for 2024", "what about 2024?"])
def test_a_year_asked_after_a_yearly_figure_is_not_answered_with_one_weeks(bot, q):
    # after the year with the most surrenders, "and 2024?" asks the same of 2024, which no article gives; it was answered
    # with the record week of August 2024, one week's count
    assert lead(bot, "which year had the most surrenders", q) is None


def test_one_weeks_figure_still_answers_a_week_asked_of_that_year(bot):
    assert lead(bot, "which year had the most surrenders", "and in 2024 how many in a week at most?") == "record-week-august-2024"


@pytest.mark.parametrize("q", ["which exact dates", "what are the exact dates?", "the precise dates?"])
def test_the_exact_dates_of_a_week_are_not_the_week_again(bot, q):
    # after the record week (a week of August 2024), "which exact dates" had the week repeated as if asked again in other
    # words; no article dates it more finely, so it is refused
    assert lead(bot, "what was the record week for surrenders", q) is None


def test_which_ones_still_has_the_last_answer_again(bot):
    assert lead(bot, "what was the record week for surrenders", "which ones?") == "record-week-august-2024"


@pytest.mark.parametrize("q", ["ok so whats the exact number for that year", "so whats the exact number in that year",
                               "so what is the number for that year?", "what's the actual figure for that year?"])
def test_the_number_for_a_year_is_not_that_years_date_again(bot, q):
    # after "which year had the most surrenders" (2025, in words), the question kept the last one's type, "when", and
    # "that year" with a date-word had the year's fact again; a figure asked by name needs a fact giving one, and no
    # article gives 2025's count (nor is the war's fourth year, a length of time, such a figure)
    assert lead(bot, "which year had the most surrenders", q) is None


def test_the_exact_number_after_a_count_is_still_that_count(bot):
    assert lead(bot, "how many russians surrendered by the end of 2025?", "what's the exact number?") == "captured-by-end-2025"


@pytest.mark.parametrize("q", ["how much of Ukraine did Russia occupy altogether by the end of 2025?",
                               "how much territory had russia taken by the end of 2025?"])
def test_a_running_total_to_a_year_is_not_that_years_share(bot, q):
    # "by the end of 2025" asks how much had been taken by then, all told; the army chief's 0.8 percent is what Russia
    # took during 2025 alone, and it had answered. No article gives the running total
    assert lead(bot, q) is None


def test_a_running_total_to_a_year_is_still_answered_by_one(bot):
    assert lead(bot, "how many russians had been captured by the end of 2025?") == "captured-by-end-2025"


@pytest.mark.parametrize("q", ["how many in that year?", "how many surrendered in that year?", "how many exactly in that year"])
def test_that_year_is_the_year_of_the_last_answer(bot, q):
    # after "which year had the most surrenders" (2025), "how many in that year?" asks how many surrendered in 2025, which
    # no article gives; "year" was read as the subject and the question answered with the land taken and the losses of 2025
    assert lead(bot, "which year had the most surrenders", q) is None


def test_that_year_after_a_years_figure_finds_that_years_other_figures(bot):
    assert lead(bot, "how much territory did russia take in 2025?",
                "how many russians were killed or wounded that same year?") == "casualties-2025"


@pytest.mark.parametrize("q", ["Hey! Doing an ep on Russian surrenders. So basically what's the headline number, how many Russians "
                               "have been captured in total so far?",
                               "Doing an episode on Russian surrenders. How many Russians have been captured in total?",
                               "Hi! Writing a piece on the war. How many Russians have been captured so far?"])
def test_what_the_visitor_is_doing_is_not_what_is_asked(bot, q):
    # a podcast host's "Doing an ep on Russian surrenders." before the question (no "I'm", after a greeting) was read as
    # part of it, and "what's the HEADLINE number" as a question about an article's headline: it was refused, then
    # answered with the conscripts' share. What the visitor is working on, said first, is set aside like "I'm a teacher."
    assert lead(bot, q) == "captured-by-end-2025"


def test_an_articles_headline_is_still_asked_about(bot):
    assert lead(bot, "what does the headline say?") == "headline-revolt"


# A review of this session's mends found these misreadings in them; each is mended.

@pytest.mark.parametrize("q, fact", [("How much territory has Russia gained since the start of 2025?", "territory-taken-2025"),
                                     ("How many Russian soldiers have been killed or wounded since January 2025?", "casualties-2025"),
                                     ("What share of Ukraine has Russia seized since 2025 began?", "territory-taken-2025")])
def test_since_the_start_of_a_year_is_that_year_not_a_running_total(bot, q, fact):
    # only "by (the end of) 2025" asks a running total; "since the start of 2025" covers 2025 itself
    assert lead(bot, q) == fact


@pytest.mark.parametrize("q, facts", [("What is the number of prisoners with chronic illnesses?", {"chronic-illness-news", "chronic-illness-blog"}),
                                      ("What's the number of Ukrainian soldiers brought home in exchanges?", {"ukrainians-home-in-exchanges"})])
def test_a_figure_asked_by_name_is_answered_by_one_given_in_words(bot, q, facts):
    # "hundreds" is the figure the articles give; only "the EXACT number" needs one in figures
    assert lead(bot, q) in facts


def test_a_question_about_a_figure_is_not_a_figure_asked_by_name(bot):
    reply, _ = bot.answer("what's the figure's source?", bot.answer("How many prisoners have chronic illnesses?")[1])
    assert reply.message != "The articles here do not give a figure for that."


def test_why_in_that_year_still_asks_why(bot):
    # "that year" is put as the year only for a figure; a reason asked of that year keeps the reasons
    assert lead(bot, "which year had the most surrenders", "why did so many give up in that year?") is not None


def test_that_year_after_a_refused_question_is_the_year_it_named(bot):
    ctx = bot.answer("When was the record week?")[1]
    ctx = bot.answer("How many Russians surrendered in 2023?", ctx)[1]
    reply, _ = bot.answer("and how many were captured that year?", ctx)
    # refused, offering what the articles say of 2023 (not read as the record week's 2024)
    assert not reply.answered and "captures-reversed-since-june-2023" in {s.fact_id for s in reply.related}


@pytest.mark.parametrize("q", ["what's the figure for russians captured?", "what's the tally of russians captured?",
                               "what is the count for russian prisoners?"])
def test_the_figure_for_something_asks_how_many(bot, q):
    # "the figure FOR russians captured" asks a count, as "the number of" does; it had been read as no count at all and
    # answered with the weekly pace
    assert lead(bot, q) == "captured-by-end-2025"
