"""Session 40's mender 97: regressions a review found in the session's commits, each test names a way of asking that a
commit over-reached on, and what the bot does now."""
from __future__ import annotations

import pytest

from . import lead

ARMBANDS = "who had to wear the infected armbands?"


@pytest.mark.parametrize("q", ["where does the blogger take this from?", "does the writer make that up?", "did he see a medic?"])
def test_take_make_or_see_with_no_of_on_or_how_is_not_the_authors_view(bot, q):
    # viewoflast (e97aec8): a bare "take", "make" or "see" after the author or "he" read a source asked for, a doubt or a
    # question about a soldier as the author's view of the armbands (expendable-opinion)
    assert lead(bot, ARMBANDS, q) != "expendable-opinion"


@pytest.mark.parametrize("q", ["how does the writer see that?", "what does the blogger make of it?", "what's the author's take on that?"])
def test_make_of_take_on_and_how_does_he_see_still_ask_the_view(bot, q):
    assert lead(bot, ARMBANDS, q) == "expendable-opinion"


@pytest.mark.parametrize("q", ["why did they fall ill?", "why did they get infected?", "why were they sick then?"])
def test_why_the_men_were_ill_is_not_a_why_of_the_deed(bot, q):
    # WHY_DONE (e97aec8): the last answer holds "sick", so "why were they sick?" passed the half-held test and took the view
    # of why Russia sent them; neither article says why they were ill
    assert lead(bot, ARMBANDS, q) != "expendable-opinion"


@pytest.mark.parametrize("q", ["why would they make sick men fight?", "why did they put armbands on them?"])
def test_a_why_of_what_was_done_to_the_sick_men_is_still_the_view(bot, q):
    assert lead(bot, ARMBANDS, q) == "expendable-opinion"


ILLNESSES = "which diseases did the captured russians have?"


@pytest.mark.parametrize("first, q", [
    (None, "are prisoners with hiv treated?"),
    (None, "do wounded pows get treated?"),
    (None, "are the ill captives being treated for it?"),
    (ILLNESSES, "are they treated ok?"),
    (ILLNESSES, "and are those men treated?"),
    (ILLNESSES, "do they get any treatment over there?"),
])
def test_medical_treatment_of_sick_prisoners_is_the_guarantee_not_the_armys_view(bot, first, q):
    # the lexicon's treatment/illness groups (119fb41, 46dc051): "treated" with sick men named took expendable-opinion, whose
    # statement says Russia's military TREATED sick soldiers as expendable; whether prisoners get medical care is the
    # guarantee of medical care
    asked = (first, q) if first else (q,)
    assert lead(bot, *asked) == "geneva-treatment-guarantee"


@pytest.mark.parametrize("q", ["how does the russian army treat its sick soldiers?", "were the sick men treated as expendable?"])
def test_how_russias_army_treated_its_sick_is_still_the_view(bot, q):
    assert lead(bot, q) == "expendable-opinion"


@pytest.mark.parametrize("first, q", [
    ("what proportion were officers?", "were many of them generals?"),
    ("how many russians were captured?", "are most of them generals?"),
])
def test_lots_of_them_of_a_kind_no_fact_counts_is_refused_not_found_in_a_name(bot, first, q):
    # followups.WH_OWN (7f52bf0) reads "are lots of them …?" on its own, and "generals" alone found the General Staff's
    # estimate of casualties (or Russia's generals pushing for a breakthrough): of them is of the prisoners, whom no fact
    # counts by generals
    assert lead(bot, first, q) is None


@pytest.mark.parametrize("first, q, facts", [
    ("how many were captured?", "were many of them contract soldiers?", {"contract-share-news", "contract-share-blog"}),
    ("how old are the prisoners?", "are many of them over 50?", {"prisoner-age-range"}),
])
def test_lots_of_them_of_a_kind_the_facts_count_is_still_answered(bot, first, q, facts):
    assert lead(bot, first, q) in facts


COUNT = "how many russian soldiers had ukraine captured by the end of 2025?"


@pytest.mark.parametrize("q", ["is it true the figure is padded?", "is it true that they're exaggerated?",
                               "is it true that the total is fabricated?"])
def test_a_doubt_of_the_last_answers_own_number_is_the_last_answer_with_its_claimant(bot, q):
    # lastanswer.checks_its_own (6705a79) counted 'inflated', 'padded' (words no fact holds) as a claim of the doubt's own,
    # and refused; the doubt is of the last answer's 10,000, answered by it with its claimant
    assert lead(bot, COUNT, q) == "captured-by-end-2025"


def test_a_doubt_stating_a_claim_of_its_own_is_still_refused(bot):
    assert lead(bot, COUNT, "is it true that they get beaten in the camps?") is None


@pytest.mark.parametrize("q, fact", [
    ("my mum asked whether the blog post gives its sources", "source:blog-mass-surrenders"),
    ("my lecturer asked if the news report names anyone as its source", "source:news-record-surrenders"),
    ("my nephew wants to know if the captured men get to see a doctor", "geneva-treatment-guarantee"),
])
def test_a_statement_reported_with_if_or_whether_is_asked_as_a_question(bot, q, fact):
    # leadins (0d14940) cut "…asked if" off and left a statement ("the news report names its sources"), which the article
    # checks (reading the question as typed) never saw and the lookup answered with an illness fact; the clause is now put as
    # a claim to check ("is it true that…"), for the lookup and the article records alike
    assert lead(bot, q) == fact


def test_a_reported_question_of_its_own_after_if_is_unchanged(bot):
    assert lead(bot, "my son asked if soldiers from other countries fight for Russia too. Do they?") in {"foreign-fighters-blog", "mercenaries-news"}


IWTL = "what's the I Want to Live project?"


@pytest.mark.parametrize("q", ["how does the writer see the project?", "and how does he regard the project?"])
def test_how_someone_sees_the_project_takes_no_means_bonus(bot, q):
    # retrieve's means bonus for a how follow-up (e3608da) went to any how, so "how does he see the project?" led with the
    # channels (messengers, chatbots); a how of seeing or judging asks no means
    assert lead(bot, IWTL, q) != "iwtl-channels"


@pytest.mark.parametrize("q", ["isn't the blog post just a propaganda tool?", "is the news report a propaganda tool?"])
def test_an_article_called_a_propaganda_tool_is_asked_of_its_record(bot, q):
    # bba9bbd put "propaganda tool" in the propaganda group; said of an article, "tool" was still a subject word, so the
    # question was read as propaganda in general (Putin's); a verdict on the article is its record, as "is the blog propaganda?"
    assert lead(bot, q) in {"source:blog-mass-surrenders", "source:news-record-surrenders"}


def test_a_project_called_a_propaganda_tool_is_still_the_analysts(bot):
    assert lead(bot, "isn't the hotline just another propaganda tool?") == "psychological-warfare-analysts"


@pytest.mark.parametrize("q", ["how many missing persons are there?", "how many russian soldiers are listed as missing?"])
def test_missing_people_are_no_count_the_articles_give(bot, q):
    # 99e5b4a made "persons" a stopword, and "missing" alone matched the rank breakdown's unexplained share ("what is missing
    # from the breakdown by rank?"); no article counts the missing
    assert lead(bot, q) is None


def test_the_missing_share_of_the_rank_breakdown_is_still_answered(bot):
    assert lead(bot, "what's missing from the breakdown by rank?") == "rank-breakdown-sum"
