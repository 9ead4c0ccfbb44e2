"""Session 85's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", [
    "is it true kyiv pays russian soldiers to give up?",
    "someone said the ukrainians are paying russians money to defect. real?",
    "are the ukrainians paying russian soldiers to give up?",
])
def test_a_ukrainian_payment_checked_is_no_fact_on_the_kremlins_pay(bot, q):
    # a claim that Ukraine pays surrendering Russians, checked ("is it true…", "…real?", "is Kyiv paying…"): no article
    # reports one; the author's view of Putin's higher pay for his own men answered it
    assert lead(bot, q) is None


@pytest.mark.parametrize("q", ["real?", "is this real?"])
def test_real_alone_asks_of_nothing(bot, q):
    # (the example question keeps "a real mutiny": rewording it cost a held-out set an answer; checked.as_check reads a
    # bare "real?" as a check of nothing said)
    # "real?" first, of nothing: an example question's "a real mutiny" made the headline's revolt its answer
    assert lead(bot, q) is None


def test_the_kremlins_deed_checked_still_answers(bot):
    assert lead(bot, "is it true the kremlin sends ill soldiers to fight wearing armbands?") == "infected-armbands"


@pytest.mark.parametrize("q", [
    "what was life like in the russian army that drove them to do it?",
    "how bad was the food and equipment which pushed the soldiers into it?",
])
def test_a_cause_clause_pointing_back_leaves_the_questions_own_subject(bot, q):
    # "…that pushed them to it" after the surrenders as survival: "it" is the deed just spoken of; the conditions asked of
    # are the question's own, not the last answer's subject again (nor "push" a word a fact must hold)
    assert lead(bot, "Why do captured Russians call surrendering staying alive?", q) == "conditions-in-russian-army"


def test_what_drove_them_to_it_alone_is_unchanged(bot):
    assert lead(bot, "Why do captured Russians call surrendering staying alive?", "what drove them to it?") is None


@pytest.mark.parametrize("q", [
    "can you turn that percent into a rough area in km?",
    "could you please convert that share into an estimated figure in square kilometers",
])
def test_converting_a_share_into_an_area_is_the_area_sourced_computed(bot, q):
    # "convert/turn that percentage into an area in km": the last share in another unit (otherunits.CONVERT), not the share
    # again
    assert lead(bot, "What share of Ukraine did Russia capture in 2025?", q) == "territory-taken-2025-area"


def test_converting_into_a_unit_no_fact_gives_stays_refused(bot):
    assert lead(bot, "What share of Ukraine did Russia capture in 2025?", "could you convert that into an area in acres?") is None


@pytest.mark.parametrize("q", ["ok what are drones, how do they work?", "so what's a drone, how does it work"])
def test_what_a_thing_is_and_how_it_works_is_a_definition(bot, q):
    # "what are drones and how do they work?": what a drone is, which no fact explains; "drones" is a verb too, so the bare
    # word was read as the drone-zone fact's subject
    assert lead(bot, q) is None


def test_what_the_project_is_and_how_it_works_still_answers(bot):
    assert lead(bot, "what is I Want to Live and how does it work?") == "iwtl-what-it-is"


@pytest.mark.parametrize("q", [
    "Is the share of officers stated anywhere in the blog?",
    "is the officers' share stated explicitly in the blog post, or must one infer it?",
])
def test_stated_is_said_and_explicitly_asks_nothing(bot, q):
    # "stated" is the reporting verb ("given"), not the state; "explicitly", "must" ask of no subject: the officers' share
    # was read as the state's, and the project reaching soldiers past state media answered
    assert lead(bot, q) in ("officers-share-blog", "officers-share-news")


def test_state_media_is_still_the_state(bot):
    assert lead(bot, "How does the project get round Russia's state media?") == "reaches-soldiers-directly"


@pytest.mark.parametrize("q", [
    "is that guarantee backed by any ukrainian law?",
    "was this pledge attributed to a named ministry or document?",
])
def test_whether_a_promise_is_backed_by_a_body_is_who_makes_it(bot, q):
    # "is that promise backed by/attributed to any body, law or document?": who stands behind the last answer, as "is
    # that from Ukrainian officials?" asks; the law and ministry were read as subjects no fact holds
    assert lead(bot, "What does Ukraine promise soldiers who give themselves up?", q) == "geneva-treatment-guarantee"


def test_a_promise_asked_of_a_body_first_stays_refused(bot):
    assert lead(bot, "is the promise of good treatment written into any ukrainian law?") is None
