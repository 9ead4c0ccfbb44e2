"""The tuner round of TUNER27 on tuning-y, -z, -w, -v, -x, -s and -m: one test per cause tuned, each in a wording of its own."""
from __future__ import annotations

import pytest

from . import lead, reply_to


@pytest.mark.parametrize("typed, spelled", [
    ("havent they counted how many prisoners there are", "haven't they counted how many prisoners there are"),
    ("does the blogger reckon russia cant win", "does the blogger reckon russia can't win"),
])
def test_a_negative_typed_without_its_apostrophe_is_the_same_word(bot, typed, spelled):
    """"cant", "havent", "didnt": a chat box's spelling of a negative, no subject word no fact holds."""
    assert lead(bot, typed) is not None
    assert lead(bot, typed) == lead(bot, spelled)


def test_a_negative_without_its_apostrophe_does_not_answer_what_no_article_covers(bot):
    assert not reply_to(bot, "didnt they capture any tanks").answered


@pytest.mark.parametrize("question", ["do the ukrainians abide by the geneva conventions",
                                      "does kyiv really respect the conventions with its captives",
                                      "is ukraine sticking to the geneva rules or not"])
def test_keeping_to_a_convention_is_following_it(bot, question):
    """"Stick to", "abide by", "respect", "honour", "comply with" the conventions: whether they are kept, as "follow"
    asks, not a verb no fact holds."""
    assert lead(bot, question) == "geneva-treatment-guarantee"


@pytest.mark.parametrize("question", ["do the prisoners stick to their story", "do russian soldiers respect their commanders"])
def test_sticking_to_or_respecting_something_else_is_still_not_covered(bot, question):
    assert not reply_to(bot, question).answered


@pytest.mark.parametrize("question, facts", [
    ("whats the deal with the hotline then", {"iwtl-channels", "iwtl-what-it-is"}),
    ("so what is the big deal about the armbands", {"infected-armbands"}),
])
def test_whats_the_deal_with_is_a_way_of_asking(bot, question, facts):
    """"What's the deal with X?": what there is to know about X, as "what's the story with X?" asks, not a deal
    (an agreement) that no fact reports."""
    assert lead(bot, question) in facts


def test_a_deal_asked_about_for_itself_is_still_not_covered(bot):
    assert not reply_to(bot, "what deal did moscow and kyiv sign").answered


MORALE = {"morale-advantage-opinion", "surrenders-unprecedented", "conditions-in-russian-army", "belief-wins-wars-opinion",
          "putin-losing-belief-opinion", "surrender-as-survival"}


@pytest.mark.parametrize("question", ["is the russian army demoralized", "why are so many of russia's troops miserable",
                                      "have the russian soldiers lost heart"])
def test_words_for_low_spirits_are_morale(bot, question):
    """"Demoralised", "miserable", "fed up", "lost heart": the army's low morale the facts speak of, not words no fact holds."""
    assert lead(bot, question) in MORALE


def test_unhappiness_of_someone_no_article_reports_on_is_still_refused(bot):
    assert not reply_to(bot, "are the soldiers' wives unhappy").answered


@pytest.mark.parametrize("question", ["what does the headline say", "so what did the headline claim exactly"])
def test_the_headline_asked_what_it_says_is_the_fact_on_the_headline(bot, question):
    """"What does the headline say?": the headline is what the fact on it reports, not a claimant whose claims answer
    ("what does the General Staff say" asks a speaker; no fact is claimed by a headline)."""
    assert lead(bot, question) == "headline-revolt"


def test_what_a_headline_says_of_what_no_article_covers_is_still_refused(bot):
    assert not reply_to(bot, "what does the headline say about tanks").answered


@pytest.mark.parametrize("question", ["isn't the news headline a bit misleading", "does the report really bear out its headline",
                                      "is that headline fair or clickbait"])
def test_whether_a_headline_is_borne_out_is_asked_of_the_fact_on_it(bot, question):
    """"Is the headline misleading?", "does the text back up the headline?": whether the headline is borne out, which the
    fact on the headline answers; the verdict word names no subject ('misleading' is no soldier misled)."""
    assert lead(bot, question) == "headline-revolt"


def test_a_verdict_on_something_other_than_a_headline_keeps_its_word(bot):
    assert lead(bot, "were the recruits misled") != "headline-revolt"


@pytest.mark.parametrize("question, fact", [
    ("that's 2 to 3 foreign fighters a day?", "new-foreign-fighters-weekly"),
    ("so it's 350 a day?", "record-week-august-2024"),
])
def test_a_figure_said_back_after_its_or_thats_is_checked_for_its_own_period(bot, question, fact):
    """"It's 350 a day?": a figure said back, as "350 a day?" is (the reading spells "it's" out as "it is", which the
    said-back pattern missed); the fact carrying it answers, said to be for another period."""
    reply = reply_to(bot, question)
    assert reply.answered and reply.statements[0].fact_id == fact
    assert reply.message.startswith("The articles give that figure for a different period")


def test_a_figure_said_back_that_no_fact_carries_is_still_refused(bot):
    assert not reply_to(bot, "it's 1.2 million tanks?").answered


@pytest.mark.parametrize("question, fact", [
    ("hang on, it's 350 a day??", "record-week-august-2024"),
    ("whoa, that's 2 to 3 foreign fighters every day?", "new-foreign-fighters-weekly"),
])
def test_an_interjection_before_a_figure_said_back_names_nothing(bot, question, fact):
    """"Wait, it's…", "whoa, that's…": surprise before a figure said back, as before a wh-question, not a subject word."""
    assert lead(bot, question) == fact


def test_wait_as_a_word_of_its_own_is_still_read(bot):
    assert not reply_to(bot, "how long is the wait for a prisoner exchange").answered


@pytest.mark.parametrize("question, fact", [
    ("sixty to ninety give up every day?", "weekly-surrender-average"),
    ("so three hundred and fifty in a day?", "record-week-august-2024"),
])
def test_a_figure_said_back_in_words_is_checked_for_its_own_period(bot, question, fact):
    """"Sixty to ninety every day?": a figure said back in words, as "60 to 90 every day?" is; the fact carrying it
    answers, said to be for another period."""
    reply = reply_to(bot, question)
    assert reply.answered and reply.statements[0].fact_id == fact
    assert reply.message.startswith("The articles give that figure for a different period")


def test_a_figure_said_back_in_words_that_no_fact_carries_is_still_refused(bot):
    assert not reply_to(bot, "ten thousand tanks a day?").answered


@pytest.mark.parametrize("question", ["how far have the russians advanced in 2025", "is russia's army still gaining ground"])
def test_advancing_is_taking_territory(bot, question):
    """"Advance", "gaining ground": the land an army takes, which the facts on territory give, not a word no fact
    holds (nor "gain" read as Ukraine's gain from the surrenders)."""
    assert lead(bot, question) in {"territory-taken-2025", "territory-taken-2025-area"}


def test_an_advance_no_article_reports_is_still_refused(bot):
    assert not reply_to(bot, "how fast are russian tanks advancing on kharkiv").answered


@pytest.mark.parametrize("question", ["can ukraine talk to the russian troops behind their superiors' backs",
                                      "does ukraine go around the russian soldiers' bosses"])
def test_the_soldiers_bosses_are_their_commanders(bot, question):
    """"Their bosses", "the soldiers' superiors": the men's own commanders, whom Ukraine goes around."""
    assert lead(bot, question) == "reaches-soldiers-directly"


def test_the_boss_of_something_else_is_not_a_commander(bot):
    assert not reply_to(bot, "who is the boss of the i want to live hotline").answered
