"""TUNER40's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead


@pytest.mark.parametrize("q", ["What percentage have a rap sheet?", "How many of the prisoners have previous convictions?",
                               "Have many of them done time before?", "what share have a police record"])
def test_a_criminal_record_in_slang_or_legal_words(bot, q):
    # "rap sheet", "previous convictions", "done time": the criminal-records share (these had been refused)
    assert lead(bot, q) == "criminal-records"


@pytest.mark.parametrize("q", ["What legal framework does Ukraine commit to for Russian servicemen who surrender?",
                               "does ukraine respect international law for prisoners?",
                               "Does Ukraine follow the laws of war with captured Russians?"])
def test_the_geneva_conventions_asked_as_the_law(bot, q):
    # a law student's words for the Conventions ("legal framework", "international law", "laws of war"): what Ukraine
    # guarantees those who surrender (these had been refused: no fact says "law")
    assert lead(bot, q) == "geneva-treatment-guarantee"


@pytest.mark.parametrize("q", ["do any of the prisoners have long-standing illnesses?",
                               "Is it true that some of the captured soldiers are quite poorly, with long-standing illnesses?"])
def test_a_chronic_illness_in_everyday_words(bot, q):
    # a nurse's "long-standing illnesses": the chronic illnesses the articles report (these had been refused)
    assert lead(bot, q) in ("chronic-illness-blog", "chronic-illness-news")


def test_exchange_criteria_asked_as_selection(bot):
    # "on what criteria are prisoners selected for an exchange?": whom exchanges favour (it had been refused)
    reply = conversation(bot, "how many Russian prisoners have been exchanged?",
                         "On what criteria are prisoners selected for an exchange?")
    assert reply.statements[0].fact_id == "exchange-priorities"



@pytest.mark.parametrize("q", ["So Ukraine just hands them back so they can fight again?",
                               "Do the exchanged men go back to fighting?"])
def test_sent_to_fight_again_after_a_swap(bot, q):
    # "fight again", "back to the front": the blog's wounded men sent to the front again after exchanges (the first had been
    # answered with the foreign fighters Russia does not want back, the second refused)
    reply = conversation(bot, "how many Russian POWs went back in swaps?", q)
    assert reply.statements[0].fact_id == "exchange-priorities"


@pytest.mark.parametrize("q", ["Isn't that just propaganda dressed up as a helpline?", "isn't the hotline just propaganda?"])
def test_the_project_called_propaganda_gets_the_analysts_view(bot, q):
    # "propaganda" said of the project itself (a hotline, a helpline): the analysts who call it psychological warfare, as
    # for "is I Want to Live just propaganda?" (these had been refused as a verdict asked of the bot)
    reply = conversation(bot, "what's this I Want to Live thing?", q)
    assert reply.statements[0].fact_id == "psychological-warfare-analysts"


def test_propaganda_said_of_an_answer_is_still_no_view(bot):
    reply = conversation(bot, "why do russian soldiers surrender", "isn't that just kyiv propaganda though")
    assert not reply.answered


@pytest.mark.parametrize("q", ["which authority keeps the statistics on prisoners?",
                               "Which government agency counts the Russian prisoners?"])
def test_the_headquarters_asked_as_an_authority_or_agency(bot, q):
    # "which authority / agency": the Coordination Headquarters that counts the prisoners (these had been refused)
    assert lead(bot, q) == "captured-by-end-2025"


@pytest.mark.parametrize("q", ["are more giving up now than at the start?", "Do more Russians surrender now than at the start of the war?"])
def test_now_against_the_start_of_the_war_is_a_trend(bot, q):
    # "more now than at the start": the record year, not the capture pattern that turned in June 2023 ("start" had pulled
    # in the beginning of the invasion)
    assert lead(bot, q) == "record-year-2025"


@pytest.mark.parametrize("q", ["how many Russian soldiers have the Ukrainians taken prisoner?",
                               "How many Russians have Ukrainians taken prisoner so far?"])
def test_ukrainians_who_have_taken_prisoners_are_the_captors(bot, q):
    # "have the Ukrainians taken prisoner": the Ukrainians took the prisoners; it is no question about Ukrainians held by
    # Russia (it had been refused as the other side)
    assert lead(bot, q) == "captured-by-end-2025"


def test_ukrainians_taken_prisoner_are_still_the_other_side(bot):
    assert not bot.answer("how many ukrainians taken prisoner?", None)[0].answered


@pytest.mark.parametrize("q", ["Those are mostly North Koreans, aren't they?", "and were they mostly cubans?"])
def test_a_named_nationality_after_the_foreigners_is_still_unnamed(bot, q):
    # after the foreign fighters, "those are mostly North Koreans, aren't they?" names a nationality no article names:
    # refused as when asked first (it had been read as a check of the last answer, who makes the claim)
    reply = conversation(bot, "the blog talks about foreign mercenaries", q)
    assert not reply.answered
