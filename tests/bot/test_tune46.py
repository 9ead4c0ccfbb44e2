"""Tuner 46's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", ["ru army bleeding men how bad in 2025", "russian army bleeding men in 2025",
                               "losing men how bad in 2025"])
def test_losses_named_first_then_how_bad_asks_how_heavy(bot, q):
    # "bleeding men" is losses in everyday words; "how bad" after the losses asks how heavy they are, not about bad
    # conditions (they had been refused: "bleeding" no fact holds, then "bad" read as the army's conditions)
    assert lead(bot, q) == "casualties-2025"


@pytest.mark.parametrize("q, facts", [
    ("The blog says 'contract soldiers'. In German we say Zeitsoldaten. How big is their part?", {"contract-share-blog", "contract-share-news"}),
    ("in my language we say kontraktniki, how big is their part?", {"contract-share-blog", "contract-share-news"}),
])
def test_the_visitors_own_language_named_beside_a_word_is_no_subject(bot, q, facts):
    # "in German we say X": the language is said of the word, not asked about (it had been the question's unknown
    # subject, and the question refused)
    assert lead(bot, q) in facts


@pytest.mark.parametrize("q", ["Have whole units actually mutinied then?", "Have entire battalions mutinied?"])
def test_whole_units_are_soldiers_in_numbers(bot, q):
    # "whole units", "entire battalions": many soldiers at once, which the blog's "rather than one mutiny" answers (the
    # unit word had left the question too little of any fact, and it was refused)
    assert lead(bot, q) == "putin-losing-belief-opinion"


def test_which_units_named_is_still_refused(bot):
    # which units did it, by name, no article says
    assert lead(bot, "Which Russian units mutinied?") is None


@pytest.mark.parametrize("q", ["What does the man who wrote the blog think will happen in the end?",
                               "what does the blogger think will happen"])
def test_what_the_author_thinks_will_happen_is_his_conclusion(bot, q):
    # where the author's argument ends: his conclusion (it had been taken for a forecast asked, and refused)
    assert lead(bot, q) == "putin-losing-belief-opinion"


@pytest.mark.parametrize("q", ["Does the blogger predict when the war will end?", "what does the author think will happen next year?"])
def test_a_forecast_asked_of_the_author_stays_refused(bot, q):
    assert lead(bot, q) is None


@pytest.mark.parametrize("q, facts", [
    ("ngl the russian army sounds mid, do the captured guys get better loot in ukraine", {"treatment-an-upgrade"}),
    ("do pows get good loot in ukraine", {"geneva-treatment-guarantee", "treatment-an-upgrade"}),
])
def test_a_gamers_loot_got_is_treatment(bot, q, facts):
    # "get better loot", "sounds mid": what a captive gets is his treatment, and the army sounding mid is it being bad (they
    # had been refused: "loot" and "sounds" no fact holds)
    assert lead(bot, q) in facts


def test_looting_itself_stays_refused(bot):
    assert lead(bot, "did russian soldiers loot the towns") is None


@pytest.mark.parametrize("q", ["is russia op at taking prisoners or nah, who catches more", "is ukraine any good at catching pows?",
                               "are the russians better at taking prisoners?"])
def test_a_side_good_at_taking_prisoners_asks_who_takes_more(bot, q):
    # "op at", "any good at", "better at" taking prisoners: which side takes more of them (they had been refused: "op" and
    # "good" no fact holds)
    assert lead(bot, q) == "captures-reversed-since-june-2023"


@pytest.mark.parametrize("q", ["which AO produced the most POWs, per the news piece?", "most pows in which AO?"])
def test_a_soldiers_area_of_operations_is_the_region(bot, q):
    # "AO" (area of operations), a soldier's word for the region fought over (it had been refused: "ao" no fact holds)
    assert lead(bot, q) == "most-captured-in-donetsk"


@pytest.mark.parametrize("q, fact", [
    ("My dear, I keep hearing about a place called Donetsk on the wireless but I can never find it in my old atlas. "
     "Is that where most of the soldiers were taken?", "most-captured-in-donetsk"),
    ("I read about a town called Pokrovsk. Is that where many surrender?", "surrender-hotspots-blog"),
])
def test_a_place_named_in_a_remark_is_what_that_points_at(bot, q, fact):
    # "a place called X … . Is that where…?": the place the remark names is asked of (the remark dropped, "that" had
    # pointed at nothing and the question was refused)
    assert lead(bot, q) == fact


def test_they_want_to_live_is_survival_not_the_project(bot):
    # a learner's "because they want live": they want to survive, what officials say of surrender (it had been read as
    # the project "I Want to Live")
    assert lead(bot, "they give up because they want live not betray?") == "surrender-as-survival"


@pytest.mark.parametrize("q", ["Why would a man in prison agree to go and fight?",
                               "I have heard some of the Russian soldiers come straight from prison. Why would a man in prison agree to go and fight?"])
def test_agreeing_to_go_and_fight_is_signing_up(bot, q):
    # "agree to go and fight": why men sign up (it had been read as the two articles agreeing, led with the contract share)
    assert lead(bot, q) == "recruitment-incentives"
