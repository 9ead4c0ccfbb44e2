"""The tuner round of TUNER26 on tuning-p, -u, -r, -o, -j and -h: one test per cause tuned, each in a wording of its own."""
from __future__ import annotations

import pytest

from . import lead, reply_to


@pytest.mark.parametrize("question, facts", [
    ("do the two texts both talk about tuberculosis", {"chronic-illness-news", "chronic-illness-blog"}),
    ("which text names pokrovsk", {"surrender-hotspots-blog"}),
])
def test_a_text_is_one_of_the_articles(bot, question, facts):
    """"Both texts", "the text": the articles, as a class calls what it reads, not a subject no fact holds."""
    assert lead(bot, question) in facts


def test_what_no_text_reports_is_still_refused(bot):
    assert not reply_to(bot, "does the text mention wagner").answered


def test_a_running_total_checked_as_one_years_count_is_given_for_its_own_period(bot):
    """"Is it true ten thousand were taken prisoner in 2025 alone?": only the count by the end of 2025 carries the figure;
    it answers, said to be for a different period, rather than a refusal as if no fact gave the figure."""
    reply = reply_to(bot, "is it right that ten thousand were taken prisoner in 2025 alone")
    assert reply.answered and reply.statements[0].fact_id == "captured-by-end-2025"
    assert reply.message.startswith("The articles give that figure for a different period")


def test_a_one_year_count_asked_or_checked_with_a_figure_no_fact_carries_stays_refused(bot):
    assert not reply_to(bot, "how many were taken prisoner in 2025 alone").answered
    assert not reply_to(bot, "is it right that 5,000 were taken prisoner in 2025 alone").answered


@pytest.mark.parametrize("question, facts", [
    ("my worksheet says 20 percent of them were conscripts", {"conscripts-share-news", "conscripts-rest-blog"}),
    ("our textbook says 40% were mobilised is that right", {"mobilised-share-blog", "mobilised-share-news"}),
])
def test_a_class_sheet_making_a_claim_is_the_frame_of_a_check(bot, question, facts):
    """"Our sheet says…", "my worksheet says…": where the visitor read the claim checked, as "my notes say…" is, not a
    subject no fact holds."""
    assert lead(bot, question) in facts


def test_a_worksheet_asked_about_for_itself_is_still_not_covered(bot):
    assert not reply_to(bot, "what does our worksheet say about tanks").answered


@pytest.mark.parametrize("question, same_as", [
    ("has somebody counted the prisoners of war", "has someone counted the prisoners of war"),
    ("do soldiers contact anybody to give themselves up", "do soldiers contact anyone to give themselves up"),
])
def test_somebody_and_anybody_are_someone_and_anyone(bot, question, same_as):
    """"Somebody", "anybody", "everybody" name no subject, as "someone", "anyone", "everyone" do."""
    assert lead(bot, question) is not None
    assert lead(bot, question) == lead(bot, same_as)


@pytest.mark.parametrize("question", ["how many of them had a record", "were lots of the captured men ones with records?"])
def test_having_a_record_is_a_criminal_record(bot, question):
    """Of men, "had a record" is a criminal record, not the record week or record year."""
    assert lead(bot, question) == "criminal-records"


def test_a_year_or_week_having_a_record_is_still_the_record(bot):
    assert lead(bot, "did 2025 have a record") == "record-year-2025"
    assert lead(bot, "did 2025 have a record number of surrenders") == "record-year-2025"


@pytest.mark.parametrize("question", ["are the losses coming down", "have the russian losses gone down since"])
def test_going_down_is_a_fall_asked_as_a_trend(bot, question):
    """"Going down", "coming down", "tailing off": a fall in the pace, asked as a trend (as "slowing" is), not a count."""
    assert lead(bot, question) == "casualty-rate-not-slowing"


def test_a_count_of_losses_is_still_the_count(bot):
    assert lead(bot, "how many russian losses were there in 2025") == "casualties-2025"


@pytest.mark.parametrize("question, fact", [
    ("do they at least get training", "sent-untrained-into-drone-zones"),
    ("are the casualties easing at least, or still terrible", "casualty-rate-not-slowing"),
])
def test_at_least_as_a_hedge_is_no_subject(bot, question, fact):
    """"…at least?" hedges a question ("are they at least…"); it names nothing a fact must hold."""
    assert lead(bot, question) == fact


def test_at_least_before_a_figure_still_checks_it(bot):
    assert lead(bot, "is it at least 10,000 prisoners") == "captured-by-end-2025"


@pytest.mark.parametrize("question", ["is donetsk out east", "were most russians caught in the east of the country"])
def test_the_east_is_the_eastern_region(bot, question):
    """"East" is the "eastern" the news report calls Donetsk, not a word no fact holds."""
    assert lead(bot, question) in ("most-captured-in-donetsk", "surrender-hotspots-blog")


def test_a_count_for_the_east_is_still_not_given(bot):
    assert not reply_to(bot, "how many were captured in the east").answered


@pytest.mark.parametrize("question", ["can a russian soldier just ring them up to surrender", "do men ring the project to give up"])
def test_ringing_is_phoning(bot, question):
    """British "ring" is to phone: how soldiers reach the project, not a word no fact holds."""
    assert lead(bot, question) == "iwtl-channels"


def test_a_phone_number_is_still_not_given(bot):
    assert not reply_to(bot, "what number do they ring").answered
