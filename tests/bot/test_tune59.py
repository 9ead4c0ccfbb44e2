"""Tuner 59's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q, fact", [
    ("since when have more russians bean captured then ukrainians", "captures-reversed-since-june-2023"),
    ("how many have bin captured", "captured-by-end-2025"),
    ("how many russians have bin killed or wounded in the hole wore", "casualties-general-staff"),
    ("how many russians have been killed or wounded in the whole wore", "casualties-general-staff"),
])
def test_a_dictated_been_whole_and_war_are_read_as_meant(bot, q, fact):
    # "have … BEAN captured", "has BIN killed", "in the HOLE WORE": a dictating phone's "been", "whole" and "war", known by
    # their neighbours (they had been refused: "bean" is a word no fact holds, "the hole wore" was left as a subject)
    assert lead(bot, q) == fact


@pytest.mark.parametrize("q", [
    "is it cos theyre scared of dying",
    "is it because they are afraid to die",
    "are they just frightened of dying?",
    "is it fear of death?",
])
def test_fear_of_dying_offered_as_the_reason_is_surrender_to_survive(bot, q):
    # "scared of dying", "afraid to die", "fear of death" after "why do they give up?": the wish to survive, answered by the
    # officials' reading of surrender as survival (they had been refused: "scared", "afraid" and "fear" are words no fact holds)
    assert lead(bot, "why do the russian soldiers give up", q) == "surrender-as-survival"


@pytest.mark.parametrize("q", [
    "is it becuase the bosses hide at the back",
    "do the officers hide at the back?",
    "do they stay at the back",
])
def test_officers_at_the_back_is_the_blogs_rear_area_posts(bot, q):
    # "hide AT THE BACK", "at the rear": away from the fighting, as "in the back" already read, answered by the author's view
    # that commanders keep out of danger (they had been refused, "back" a word no fact holds)
    assert lead(bot, "why are so few officers captured?", q) == "commanders-avoid-danger-opinion"


@pytest.mark.parametrize("q, fact", [
    ("Dramatic beat I want: what was the single biggest week for surrenders?", "record-week-august-2024"),
    ("The stat I need - how many Russians were captured by the end of 2025?", "captured-by-end-2025"),
    ("Key detail we're after: what was the biggest week for surrenders?", "record-week-august-2024"),
])
def test_what_the_visitor_is_after_named_before_a_colon_is_no_subject(bot, q, fact):
    # "dramatic beat I want:", "the stat I need -", "key detail we're after:": what the visitor wants the answer for, said
    # before the question, as "for the cold open:" already was (they had been refused: "dramatic", "beat", "stat" are words no fact holds)
    assert lead(bot, q) == fact


@pytest.mark.parametrize("q, fact", [
    ("Are the wounded prioritised for exchange, like you'd expect on medical grounds?", "exchange-priorities"),
    ("Who gets picked first for the swaps, as you'd imagine on moral grounds?", "exchange-priorities"),
    ("Is the casualty rate coming down, as one might hope given the pressure?", "casualty-rate-not-slowing"),
])
def test_what_the_visitor_expects_said_after_a_comma_is_no_part_of_the_question(bot, q, fact):
    # ", like you'd expect on medical grounds", ", as one might hope …": the visitor's own expectation beside the question,
    # set aside as ", which sounds …" already was (they had been refused: "expect", "grounds", "hope" read as subjects)
    assert lead(bot, q) == fact


@pytest.mark.parametrize("q", [
    "Is it like the old leaflet drops from WW2?",
    "is it like leaflets in world war two",
    "Is it basically like the propaganda broadcasts of the Second World War?",
])
def test_this_wars_way_likened_to_an_old_wars_propaganda_is_asked_of_this_war(bot, q):
    # "is it like the leaflet drops FROM WW2?" after how Ukraine reaches Russian soldiers: a likeness asked of this war's way,
    # answered by the analysts' "psychological warfare" (it had been refused as a question on another war)
    assert lead(bot, "How does Ukraine get the message to Russian soldiers?", q) == "psychological-warfare-analysts"


@pytest.mark.parametrize("q", [
    "did german soldiers surrender like this at the end of world war two",
    "were there leaflet drops in WW2?",
])
def test_another_wars_own_events_stay_out_of_scope(bot, q):
    assert lead(bot, q) is None


@pytest.mark.parametrize("after, q", [
    ("what is eye want to live", "how do soldiers contact it is it buy phone"),
    ("what is aye want to live", "how do soldiers contact it is it buy text"),
    ("what is eye want to live", "how do soldiers get in touch with it"),
])
def test_the_projects_name_dictated_as_eye_want_to_live_is_the_project(bot, after, q):
    # "EYE want to live", "AYE want to live": the project's name as a phone dictates it; "eye" had stayed a subject word the
    # next question carried, and with "buy phone" it was refused; now the project's channels answer
    assert lead(bot, after, q) == "iwtl-channels"


@pytest.mark.parametrize("q, fact", [
    ("what percent were non commissioned offices", "nco-share-news"),
    ("what share were non-commissioned offices?", "nco-share-news"),
    ("how many commissioned offices were captured", "officers-share-news"),
])
def test_ranks_typed_as_offices_are_the_officers(bot, q, fact):
    # "non commissioned OFFICES": the rank, typed as a word for rooms, answered by its share (it had been refused)
    assert lead(bot, q) == fact


@pytest.mark.parametrize("questions", [
    ("what percent were non commissioned officers", "and regular officers"),
    ("how many NCOs were captured?", "what about regular officers?"),
    ("what share were regular officers?",),
])
def test_regular_officers_are_the_commissioned_officers(bot, questions):
    # "REGULAR officers" (after the NCOs): the commissioned officers, answered by their share ("regular" had been read as a
    # subject of its own beside the officers, and refused)
    assert lead(bot, *questions) in ("officers-share-news", "officers-share-blog")
