"""Session 49's wordings (tuner 49): each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead


@pytest.mark.parametrize("q", ["Are detainees able to reach their relatives?", "Can prisoners reach their next of kin?", "Do POWs get to reach their kin?"])
def test_kin_in_an_aid_workers_words_are_the_family(bot, q):
    # "relatives", "next of kin", "kin": the families the Geneva guarantee lets prisoners reach (refused: no fact held the word)
    reply = conversation(bot, "What treatment is promised to those who surrender?", q)
    assert reply.answered and reply.statements[0].fact_id == "geneva-treatment-guarantee"


@pytest.mark.parametrize("q", ["How many prisoners have underlying health conditions?", "Do many captives have pre-existing conditions?",
                               "How many POWs live with long-term medical conditions?"])
def test_long_term_conditions_are_the_chronic_illnesses(bot, q):
    # "long-term / underlying / pre-existing conditions": the chronic illnesses both articles report (had been refused or
    # answered with the Russian army's conditions)
    assert lead(bot, q) in ("chronic-illness-blog", "chronic-illness-news")


@pytest.mark.parametrize("first, then", [
    ("We're planning medical support for detainees.", "How many of them have long-term medical conditions we'd need to plan for?"),
    ("We are preparing medical support for detainees.", "How many of them are chronically ill, which we will need to prepare for?"),
])
def test_an_aid_workers_own_planning_is_no_part_of_what_is_asked(bot, first, then):
    # "we're planning…", "…we'd need to plan for": the visitor's own work around the question; the planning had been
    # carried as a subject and the question refused
    assert lead(bot, first, then) in ("chronic-illness-blog", "chronic-illness-news")


@pytest.mark.parametrize("q", ["What were living conditions like for these men in their own units before capture?",
                               "What were living conditions like for the soldiers in their own units?"])
def test_living_conditions_in_their_units_are_the_russian_armys(bot, q):
    # "living conditions", "in their (own) units": life in the Russian army the prisoners describe (had led with what
    # each surrender costs Russia, or with the conditions Ukraine promises)
    assert lead(bot, q) == "conditions-in-russian-army"


@pytest.mark.parametrize("q", ["what tools does the project use to reach soldiers?", "Which platforms does I Want to Live use to reach soldiers?"])
def test_the_projects_tools_are_its_channels(bot, q):
    # "tools", "platforms": the messengers, chatbots and contact lines soldiers reach it through (refused: the central subject unknown)
    assert lead(bot, q) in ("iwtl-channels", "reaches-soldiers-directly", "psychological-warfare-analysts")


@pytest.mark.parametrize("q", ["Is the revolt in the headline actually backed up in the body text?",
                               "is the headline borne out by the rest of the article?"])
def test_a_headline_checked_against_the_body_text(bot, q):
    # "the body text", "the rest of the article": the report's own paragraphs, which give no account of a revolt (refused)
    assert lead(bot, q) == "headline-revolt"
