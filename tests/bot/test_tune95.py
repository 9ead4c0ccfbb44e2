"""Session 40's tuner 95: follow-ups, each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead

ARMBANDS = "were the sick men marked with armbands?"


@pytest.mark.parametrize("q", ["and how does the writer regard those men",
                               "so the author reckons they were seen as disposable?",
                               "why would they send ill men to the front"])
def test_the_authors_view_of_the_last_answer_asked_in_words_of_its_own_is_the_view_it_links_to(bot, q):
    # after the sick men sent to fight in armbands, the author's reading of it ("what does the writer make of…", "so the
    # author reckons…", "why would they send…?") led with the armbands again: the view the armbands link to answers it
    assert lead(bot, ARMBANDS, q) == "expendable-opinion"


@pytest.mark.parametrize("first, q, fact", [
    (ARMBANDS, "who reported that", "infected-armbands"),  # who says so: the claim again, no view
    ("What's life like in the Russian army according to the prisoners?", "why do they give up then", "surrender-as-survival"),
])
def test_a_why_of_the_articles_whole_subject_or_a_who_says_is_not_the_linked_view(bot, first, q, fact):
    # "why do they give up?" asks why they surrender (the articles' whole subject), not the author's view of the last answer
    assert lead(bot, first, q) == fact


def test_treatment_asked_after_the_illnesses_is_not_the_illnesses_again(bot):
    # "treated" read as "conditions" (one synonym group), and the illnesses are "chronic conditions": "do the ill ones get
    # treatment?" after the illnesses led with the illnesses again; it is how prisoners are treated, or nothing the facts give
    assert lead(bot, "were many prisoners ill?", "do the ill ones get treatment in captivity?") == "geneva-treatment-guarantee"
    for q in ("and are the sick ones treated properly after capture?", "do sick prisoners get proper treatment"):
        assert lead(bot, "what illnesses do the prisoners have", q) not in ("chronic-illness-news", "chronic-illness-blog")


@pytest.mark.parametrize("q, fact", [
    ("what health conditions did the prisoners have", ("chronic-illness-blog", "chronic-illness-news")),
    ("what are conditions like in the russian army", ("conditions-in-russian-army",)),
])
def test_conditions_of_health_or_of_army_life_are_still_read_so(bot, q, fact):
    assert lead(bot, q) in fact


@pytest.mark.parametrize("q", ["how does it help soldiers surrender?", "can soldiers surrender through it from anywhere on the front?"])
def test_what_the_project_does_for_the_surrenders_is_still_its_route(bot, q):
    assert lead(bot, "what is I Want to Live?", q) == "iwtl-path-to-surrender"


@pytest.mark.parametrize("q", ["is I Want to Live just one more propaganda tool?", "is the project seen as a propaganda tool, and by whom?",
                               "how does the blog compare I Want to Live with the propaganda tools of older wars?"])
def test_a_propaganda_tool_is_propaganda_not_the_projects_tools(bot, q):
    # "tool" is in the group of the ways soldiers get in touch (apps, tools, platforms), so "propaganda tool" led with the
    # messengers and chatbots; as one phrase it is propaganda, which the analysts' "psychological warfare" answers
    assert lead(bot, q) == "psychological-warfare-analysts"


def test_the_tools_the_project_uses_are_still_its_channels(bot):
    assert lead(bot, "what tools does I Want to Live use to reach soldiers?") == "iwtl-channels"


@pytest.mark.parametrize("first, q, fact", [
    ("what share of prisoners were contract soldiers", "and the mobilised persons?", ("mobilised-share-blog", "mobilised-share-news")),
    (None, "what share of the captured persons were officers", ("officers-share-news", "officers-share-blog")),
    (None, "how many persons did Ukraine capture by the end of 2025", ("captured-by-end-2025",)),
])
def test_persons_are_people_no_subject_of_their_own(bot, first, q, fact):
    # "persons" (an English learner's, an official's word) was a word no fact holds, read as the subject asked about,
    # so the question was refused; it names people, as "men" and "people" do
    assert lead(bot, *([first] if first else []), q) in fact


def test_persons_counted_in_russia_still_refused(bot):
    assert lead(bot, "how many persons live in russia") is None


def test_the_authors_view_asked_of_a_thing_of_its_own_is_not_the_last_answers_view(bot):
    # "does the writer think these surrenders are one-offs?" after how fast they rise: the one-offs are a subject of their
    # own (the author's view of them answers), not the view the pace links to
    assert lead(bot, "Are surrenders speeding up?", "does the writer think these surrenders are one-offs?") == "broader-failure-opinion"
