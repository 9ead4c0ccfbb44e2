"""Session 29's tuning on set AK's fact-checker, army veteran and non-native speaker: each test names a way of asking the
bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead


@pytest.mark.parametrize("then", ["does the blog name the same locations?", "which locations does the blog give?"])
def test_locations_are_places(bot, then):
    # "location(s)" is the visitor's word for the places where men were taken (it had been an unknown subject, refused)
    assert lead(bot, "the news story says most prisoners were taken in Donetsk", then) == "surrender-hotspots-blog"


@pytest.mark.parametrize("q", ["total Russian KIA plus WIA?", "russian killed plus wounded?"])
def test_plus_joins_two_counts_as_and_does(bot, q):
    # "KIA plus WIA": the killed and wounded together, the one figure the facts give ("plus" had been an unknown subject)
    assert lead(bot, "how long's this war been going?", q) == "casualties-general-staff"


@pytest.mark.parametrize("q", ["how much real estate did Ivan grab in '25?", "how much real estate did Russia take in 2025?",
                               "did Ivan take much ground in 2025?"])
def test_a_soldiers_slang_for_land_and_for_the_russians(bot, q):
    # "real estate" for the ground taken, "Ivan" for the Russians as "Ivans" already was (each had been an unknown subject)
    assert lead(bot, q) in ("territory-taken-2025", "territory-taken-2025-area")


@pytest.mark.parametrize("q", ["the blogger writes that something fundamental has shifted inside the Russian military",
                               "has something fundamental shifted in the Russian army?"])
def test_a_fundamental_shift_is_a_basic_change(bot, q):
    # "fundamental" and "shifted" are the visitor's words for the blog's "something basic has changed"; "writes" says
    # (each had been an unknown subject, refused)
    assert lead(bot, q) == "fundamental-shift-opinion"


def test_whether_the_shift_is_the_authors_own_take(bot):
    reply = conversation(bot, "the blogger writes that something fundamental has shifted inside the Russian military",
                         "is that his own take or is it attributed to someone?")
    assert reply.answered and reply.statements[0].fact_id == "fundamental-shift-opinion"


@pytest.mark.parametrize("q", ["which age have the prisoners? they are young?", "which ages are the POWs?",
                               "which age do the prisoners have?"])
def test_which_age_asks_for_the_ages_not_a_list(bot, q):
    # "which age" (a learner's "what age"): the age range answers it; it had been read as asking for members by name,
    # which a figure in years never gives, and refused
    assert lead(bot, q) == "prisoner-age-range"


@pytest.mark.parametrize("q", ["what think the Russian people about this surrenders, they are angry?",
                               "how do the Russian people feel about the surrenders?", "what do the Russian people think of it?"])
def test_what_the_russian_people_think_is_not_reported(bot, q):
    # no article polls Russians at home; asked in a learner's word order it had been answered with the blog's view
    assert not bot.answer(q)[0].answered


@pytest.mark.parametrize("first, then, fact", [
    ("where were most of the POWs taken?", "is the Donetsk claim pinned on any source, or is it the reporter's own line?",
     "most-captured-in-donetsk"),
    ("where were most of the POWs taken?", "is that figure pinned on any source?", "most-captured-in-donetsk"),
    ("the blog calls I Want to Live a kind of psychological warfare", "whose characterisation is that?",
     "psychological-warfare-analysts"),
    ("the blog calls I Want to Live a kind of psychological warfare", "whose description is that?",
     "psychological-warfare-analysts"),
    ("who is behind the 1.2 million casualty figure?", "who tallied that?", "casualties-general-staff"),
])
def test_a_fact_checkers_way_of_asking_whose_claim_it_is(bot, first, then, fact):
    # "pinned on any source", "whose characterisation", "who tallied": who stands behind the last answer
    # (each had been refused, or read as a new question)
    reply = conversation(bot, first, then)
    assert reply.answered and reply.statements[0].fact_id == fact


@pytest.mark.parametrize("q", ["how does a grunt on the line set up his surrender without catching a round?",
                               "how can a soldier organise his surrender without getting shot?"])
def test_setting_up_a_surrender_without_getting_shot_is_arranging_it_safely(bot, q):
    # "set up", "organise" are the blog's "arrange"; "without getting shot / catching a round" its "safely" (refused before)
    assert lead(bot, q) == "iwtl-channels"


@pytest.mark.parametrize("then", ["so the Ukrainians go around the chain of command to get at 'em?",
                                  "so they get past the chain of command?"])
def test_the_chain_of_command_is_the_commanders(bot, then):
    # a soldier's "chain of command" is the blog's "commanders" (it had been an unknown subject, refused)
    assert lead(bot, "how do they contact the Ukrainians?", then) == "reaches-soldiers-directly"
