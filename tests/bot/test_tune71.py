"""Session 71's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("first, then", [
    ("did any of the prisoners have health problems", "what sickness do they have"),
    ("are some of the captured men unwell", "which kind of sickness did the prisoners have"),
])
def test_which_of_the_last_subject_they_had_is_the_fact_just_given(bot, first, then):
    # "what sickness did they have?" right after "were some of them sick?" asks which illnesses: the chronic-illness
    # figure just given names them; it lost to the armbands claim it links to (a linked fact's bonus, the shown one's penalty)
    assert lead(bot, first, then) in ("chronic-illness-news", "chronic-illness-blog")


def test_a_new_subject_after_the_illnesses_is_still_its_own(bot):
    # a follow-up naming a subject of its own keeps the follow-up reading: the armbands, not the illnesses again
    assert lead(bot, "were some of the prisoners sick", "were the sick ones marked with armbands") == "infected-armbands"


@pytest.mark.parametrize("q, fact", [
    ("is it possible that the troops are sick?", ("chronic-illness-blog", "chronic-illness-news")),
    ("is it possible that a lot of prisoners are officers?", ("officers-share-news", "officers-share-blog")),
    ("how is it possible for a russian to give himself up?", ("iwtl-path-to-surrender",)),
])
def test_is_it_possible_only_hedges_the_question(bot, q, fact):
    # "is (it) possible that …?" asks whether the rest is so: "possible" was read as a subject of its own, which the
    # 'not just possible' of the surrender-path claim and the linked facts matched before the question's own subject
    assert lead(bot, q) in fact


def test_a_possible_outcome_of_the_war_stays_a_view(bot):
    # the hedge dropped leaves "win the war": still the author's view on belief and wars, not a new reading
    assert lead(bot, "is it possible for russia to win the war?") in ("belief-wins-wars-opinion", None)


@pytest.mark.parametrize("q", ["did they go into the army for the pay?", "why do men go in the army, is it the money?"])
def test_going_into_the_army_is_joining_it(bot, q):
    # "go in(to) the army" is how many visitors say join: read as no idea, the money alone led to the author's view that
    # loyalty is bought (or the foreigners' pay), not the pay Russia offers recruits
    assert lead(bot, q) == "recruitment-incentives"


def test_going_into_captivity_is_not_joining(bot):
    # the phrase is the army's, not any "go into": going into captivity stays the surrender figures
    assert lead(bot, "how many went into captivity last year?") != "recruitment-incentives"


@pytest.mark.parametrize("q", ["Did Russia's own army feed its men properly?", "did their own side feed the troops properly?"])
def test_soldiers_underfed_by_their_own_army_are_the_army_conditions(bot, q):
    # food asked of the soldiers' own side tied with Ukraine's promise to prisoners (its "will they feed a prisoner"
    # example); the army's conditions (too little food) now have an example of their own
    assert lead(bot, q) == "conditions-in-russian-army"


def test_food_for_captives_is_still_the_guarantee(bot):
    assert lead(bot, "do the captives get fed?") == "geneva-treatment-guarantee"
