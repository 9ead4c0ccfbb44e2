"""Session 40's tuner 94 wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q, facts", [
    ("my nephew asked me if men from abroad fight on the Russian side. do they?", {"foreign-fighters-blog", "mercenaries-news"}),
    ("My daughter wants to know whether a lot of the prisoners are ill. Are they?", {"chronic-illness-news", "chronic-illness-blog"}),
    ("our kids were asking if the captured soldiers can see a doctor", {"geneva-treatment-guarantee"}),
])
def test_a_yes_no_question_reported_with_if_or_whether_is_asked(bot, q, facts):
    # "my son asked IF …. Do they?": the reported question was read with the child and the asking as its subject, and
    # refused; the clause after "if"/"whether" is what is asked
    assert lead(bot, q) in facts


def test_a_reported_if_clause_followed_by_a_question_of_its_own_keeps_that_question(bot):
    # "…asked if all of them are Russian. Are any from other countries?": the second question is what is asked
    assert lead(bot, "My son asked if all the men caught are Russian. Are any of them from other countries?") \
        in {"foreign-fighters-blog", "mercenaries-news"}


def test_a_reported_yes_no_question_on_what_no_article_reports_stays_refused(bot):
    assert lead(bot, "my granddaughter asked if any women were among the prisoners. were there?") is None


@pytest.mark.parametrize("q", ["do the captured russians ever go back home to their families?",
                               "will prisoners eventually make it home to their family?",
                               "are the men who surrendered sent back to their families in the end?"])
def test_going_home_to_their_families_asks_about_the_exchanges(bot, q):
    # "home to their families" was read as the families themselves (of whom no article reports), and "eventually" as a
    # subject no fact holds; a bare "do they go home?" led with the foreign fighters Russia does not want back
    assert lead(bot, q) in {"exchange-priorities", "pows-returned-in-exchanges"}


def test_the_families_themselves_stay_refused(bot):
    assert lead(bot, "how do their families back home feel about the surrenders?") is None


def test_a_fact_on_the_foreign_fighters_still_answers_a_follow_up_on_them(bot):
    assert lead(bot, "are there foreigners among the prisoners?", "does russia try to get them back?") == "foreign-fighters-abandoned"


@pytest.mark.parametrize("first, q", [
    ("how old are they?", "were lots of them unwell?"),
    ("how old are they then?", "and are most of them ill?"),
    ("how old are they?", "are a lot of them sick?"),
])
def test_a_yes_no_follow_up_on_many_of_them_is_read_on_its_own(bot, first, q):
    # "are lots of them sick?" after the ages: read with the ages it held nothing, and was refused; "many of them" are the
    # soldiers every question is about, so the question is read on its own
    assert lead(bot, first, q) in {"chronic-illness-news", "chronic-illness-blog"}


def test_any_of_them_of_a_kind_no_fact_counts_is_not_read_on_its_own(bot):
    # ("were any of them generals?" read afresh finds the General Staff's estimate)
    assert lead(bot, "what share were officers?", "were any of them generals?") is None


@pytest.mark.parametrize("first, q", [
    ("most were taken in donetsk, right?", "and they're held in a big camp near Odesa, right?"),
    ("were most captured in Donetsk?", "is it true there's a huge camp for them in Kharkiv?"),
    ("does the blogger think the surrenders are isolated?", "the writer is an academic, right?"),
])
def test_a_check_of_a_claim_of_its_own_no_fact_holds_is_refused(bot, first, q):
    # "is it true …" after an answer on a subject few facts hold: the check was taken as one of what that fact says because
    # the LAST question's idea was rare; only the turn's own ideas say so. And "this author is X, right?" doubted the last
    # answer (its view, again) when X is a word no fact holds
    assert lead(bot, first, q) is None


@pytest.mark.parametrize("first, q, fact", [
    ("how many Russians have been killed or hurt?", "that's just a rough guesstimate, isn't it?", "casualties-general-staff"),
    ("how many were officers?", "is it true the officers were only 3%?", "officers-share-news"),
])
def test_a_doubt_said_of_the_last_answer_still_gets_it(bot, first, q, fact):
    assert lead(bot, first, q) == fact


def test_after_the_foreign_fighters_a_man_brought_home_is_still_one_of_them(bot):
    # the foreign fighters' facts weigh less only when neither the question nor the last answer is on them, follow-up or not
    assert lead(bot, "how many of the POWs are foreigners?", "will russia try to bring him home if he is captured?") \
        == "foreign-fighters-abandoned"
