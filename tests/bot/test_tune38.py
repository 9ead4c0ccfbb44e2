"""Tuner 38's wordings: classes of words visitors use that no fact or lexicon group held, and what the bot does now."""
from __future__ import annotations

import pytest

from . import conversation


@pytest.mark.parametrize("q", [
    "Does questioning the prisoners yield usable intel?",
    "Do the prisoners yield any intel worth having?",
])
def test_what_intelligence_is_worth_said_as_yield_or_usable(bot, q):
    # "yield", "usable", "valuable", "actionable": what prisoners are good for, in a soldier's or analyst's words
    # (they were words no fact holds, so the subject read as unknown and the question was refused)
    reply, _ = bot.answer(q, None)
    assert reply.answered
    assert reply.statements[0].fact_id == "surrender-effects"


@pytest.mark.parametrize("q", [
    "Was there a coup against Putin?",
    "Are the troops trying to topple Putin?",
    "So did the soldiers march on Moscow?",
])
def test_an_armed_revolt_in_other_words_is_the_headline(bot, q):
    # a coup, toppling Putin, a march on Moscow: what the headline's "revolt" would mean, answered by the fact that
    # sets the headline beside the report's own paragraphs (these words had been held by no fact: refused)
    reply, _ = bot.answer(q, None)
    assert reply.answered
    assert reply.statements[0].fact_id == "headline-revolt"


@pytest.mark.parametrize("q", [
    "Does Ukraine still drop leaflets from planes?",
    "so they drop leaflets from the air?",
    "are they dropping leaflets from helicopters?",
])
def test_leaflets_dropped_from_the_air_are_the_old_psychological_warfare(bot, q):
    # how leaflets are delivered ("from planes", "from the air", "airdrops"): the old way the analysts say phones replace
    # (the plane was a word no fact holds, and it made the subject unknown: refused)
    reply, _ = bot.answer(q, None)
    assert reply.answered
    assert reply.statements[0].fact_id == "psychological-warfare-analysts"


@pytest.mark.parametrize("q", ["when did the invashun start", "when did russias invation begin?"])
def test_a_learner_spelling_of_invasion_is_the_invasion(bot, q):
    # "invashun", "invasian", "invation": invasion as a learner or a texter spells it (a word no fact held: refused)
    reply, _ = bot.answer(q, None)
    assert reply.answered
    assert reply.statements[0].fact_id == "full-scale-invasion-february-2022"



def test_in_that_manner_is_the_way_just_named(bot):
    # "in that manner": the way asked about before, like "that way", not a subject no fact holds (it had made the count refused)
    reply = conversation(bot, "What becomes of captives after they are swapped back to Russia?",
                         "And how many Russian prisoners have been returned in that manner, altogether?")
    assert reply.answered
    assert reply.statements[0].fact_id == "pows-returned-in-exchanges"


@pytest.mark.parametrize("q", ["is putin's army crumbling?", "Does the blog say Ukraine just watched Russia's army fall apart?"])
def test_an_army_falling_apart_is_the_blogs_collapse(bot, q):
    # "fall apart", "crumbling", "imploding", "disintegrating": the collapse the blog says Ukraine did not just watch
    # (words no fact held: the subject read as unknown and the question was refused)
    reply, _ = bot.answer(q, None)
    assert reply.answered
    assert reply.statements[0].fact_id == "kremlin-values-troops-little"


@pytest.mark.parametrize("q", ["were any russians captured near curse?", "were russian soldiers caught in zappa rizhia?"])
def test_a_place_name_as_a_dictating_phone_hears_it(bot, q):
    # "in CURSE" (Kursk) and "ZAP OR EASIER", "zappa rizhia" (Zaporizhzhia): the places as dictation writes them
    # (words no fact holds: refused)
    reply, _ = bot.answer(q, None)
    assert reply.answered
    assert reply.statements[0].fact_id == "captured-zaporizhzhia-kursk"


@pytest.mark.parametrize("q", ["how does ukraine get round their officers and state tv?", "does Kyiv go around the Kremlin media to talk to the troops?",
                               "does ukraine bypass russian television to reach the soldiers?"])
def test_russias_own_broadcasters_are_the_state_media(bot, q):
    # "state TV", "Russian television", "Kremlin media": the state media the blog says Ukraine goes around
    # (not words of any fact: the subject read as unknown and the question was refused)
    reply, _ = bot.answer(q, None)
    assert reply.answered
    assert reply.statements[0].fact_id == "reaches-soldiers-directly"


@pytest.mark.parametrize("q", ["can a soldier surrender through a bot?", "do they use a bot or something to surrender"])
def test_a_bot_soldiers_use_is_the_chatbot(bot, q):
    # a bot used to surrender is the project's chatbot ("use a bot", "via a bot"), not this bot (it was refused)
    reply, _ = bot.answer(q, None)
    assert reply.answered
    assert reply.statements[0].fact_id == "iwtl-channels"


def test_asking_whether_this_is_a_bot_is_still_not_about_the_chatbots(bot):
    reply, _ = bot.answer("are you a bot?", None)
    assert not reply.statements or reply.statements[0].fact_id != "iwtl-channels"


@pytest.mark.parametrize("q", ["are new recruits thrown into combat with no training?",
                               "do the grunts get any proper basic before being fed into the line?"])
def test_raw_troops_fed_into_the_line_are_sent_onto_the_battlefields(bot, q):
    # "fed into the line", "thrown into combat", "sent into battle": a soldier's words for the blog's battlefields
    # ("fed" had read as food, and the question was refused)
    reply, _ = bot.answer(q, None)
    assert reply.answered
    assert reply.statements[0].fact_id == "sent-untrained-into-drone-zones"
