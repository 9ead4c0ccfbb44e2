"""Session 101's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("turns", [
    ("how many officers were there, in numbers not percentages",),
    ("how many NCOs were captured as numbers rather than percent",),
    ("what percent were contract soldiers?", "and how many conscripts were there, in numbers and not percent?"),
])
def test_a_count_asked_with_the_share_turned_down_is_refused(bot, turns):
    # "in numbers, not percent": the word "percent" made it a share question, and a share answered it; the articles give
    # only shares of these groups, no count
    assert lead(bot, *turns) is None


def test_a_share_asked_plainly_is_still_answered(bot):
    assert lead(bot, "what percentage of the prisoners were conscripts?") == "conscripts-share-news"


@pytest.mark.parametrize("turns", [
    ("are any of the POWs minors?",),
    ("how old are the prisoners?", "any minors among them?"),
])
def test_minors_are_children_not_a_small_share(bot, turns):
    # "minors" shared a stem with "minor" (few, small) and a small share (officers) answered it; no article says whether
    # any prisoner is under age
    assert lead(bot, *turns) is None


@pytest.mark.parametrize("turns", [
    ("how many captives have phoned home so far?",),
    ("what do prisoners get in Ukraine?", "how many of them have called their families by now?"),
])
def test_a_call_home_in_the_past_tense_is_the_family_not_the_call_up(bot, turns):
    # "called their family": the phrase was listed only as "call their family"; "called" alone read as the call-up, and the
    # mobilised share answered; no article counts the calls home
    assert lead(bot, *turns) is None


def test_whether_prisoners_may_call_home_is_still_the_guarantee(bot):
    assert lead(bot, "can the prisoners call their families?") == "geneva-treatment-guarantee"


@pytest.mark.parametrize("turns", [
    ("who published the news report?", "and who was its editor?"),
    ("who wrote the blog post?", "what page of the print edition was it on?"),
    ("who is paying the blogger to write this?",),
    ("who pays the journalist?",),
])
def test_an_editor_a_page_or_who_pays_the_writer_is_in_no_record(bot, turns):
    # after a reply about an article its record answered any question put to the article ("who edited it?" as who
    # published it), and "who pays the blogger?" read as the soldiers' pay; no record names an editor, a page or a paymaster
    assert lead(bot, *turns) is None


def test_who_pays_the_soldiers_is_still_their_pay(bot):
    assert lead(bot, "who pays the soldiers so well?") == "recruitment-incentives"


@pytest.mark.parametrize("turns", [
    ("What treatment does Ukraine promise Russian soldiers who surrender?", "do they have access to a lawyer?"),
    ("What treatment does Ukraine promise to Russian troops who surrender?", "will they have access to an attorney?"),
    ("what treatment does Ukraine promise the Russian soldiers that surrender?", "any access to legal advice?"),
])
def test_a_follow_up_whose_own_words_no_fact_holds_is_refused(bot, turns):
    # "access to lawyers" after the Geneva guarantee: neither word is in any fact, but "access" is an everyday word
    # (light), so the follow-up's own subject was not taken as unknown and the guarantee was given again
    assert lead(bot, *turns) is None


def test_a_follow_up_asking_for_what_the_guarantee_names_is_still_answered(bot):
    assert lead(bot, "what does Ukraine guarantee those who surrender?", "do they get medical care?") == "geneva-treatment-guarantee"


@pytest.mark.parametrize("turns", [
    ("how many new foreign fighters turn up each week?", "which countries are they from?"),
    ("how many foreigners are discovered every week?", "and which nations do they come from?"),
])
def test_which_members_after_an_answer_silent_on_them_is_refused(bot, turns):
    # "which countries?" after the weekly count of new foreigners: the carried subject ranked that count first, and it was
    # given again, though it names no country (and the articles name none: they count them)
    assert lead(bot, *turns) is None


def test_what_happens_to_some_of_them_is_still_answered(bot):
    assert lead(bot, "Which Russian soldiers are prioritised in prisoner exchanges?",
                "and what happens with the wounded ones?") == "exchange-priorities"


@pytest.mark.parametrize("q", ["which brigades were surrendering in the record week?", "Which units were giving up that week in August 2024?"])
def test_which_units_asked_first_are_in_no_fact(bot, q):
    # "which units were …?": the week's count answered, naming no unit; no article names a unit that gave up
    assert lead(bot, q) is None


def test_which_regions_asked_first_are_still_answered(bot):
    assert lead(bot, "which regions have the most surrenders?") in ("most-captured-in-donetsk", "surrender-hotspots-blog")


@pytest.mark.parametrize("q", ["is there a well-known commander among the POWs?", "were any prominent officers taken prisoner?",
                               "any high-profile names among the Russians captured?"])
def test_a_famous_man_among_the_prisoners_is_named_by_no_article(bot, q):
    # the officers' share answered "a well-known commander among them?"; the articles name no prisoner
    assert lead(bot, q) is None


def test_the_officers_share_is_still_answered(bot):
    assert lead(bot, "what share of the prisoners were officers?") in ("officers-share-news", "officers-share-blog")


@pytest.mark.parametrize("turns, fact", [
    (("how many of ours has Ukraine taken prisoner?",), "captured-by-end-2025"),
    (("and how many of ours were returned in swaps?",), "pows-returned-in-exchanges"),
    (("how many of ours were taken prisoner by Ukraine?", "and is that Kyiv's count only?"), "captured-by-end-2025"),
])
def test_ours_is_read_as_our_soldiers(bot, turns, fact):
    # "how many of ours …": the bare pronoun was a word no fact holds, and the turn was refused; "our soldiers" is answered
    assert lead(bot, *turns) == fact


def test_ours_held_by_russia_stays_refused(bot):
    assert lead(bot, "how many Russian prisoners does Ukraine hold?", "and how many of ours do the Russians hold?") is None
