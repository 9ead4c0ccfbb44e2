"""Tuner 37's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead


@pytest.mark.parametrize("q", [
    "Which article of the Geneva Conventions covers what prisoners must be fed?",
    "which article of the geneva convention covers POWs",
    "What clause of international law protects prisoners of war?",
    "which section of the third Geneva Convention is about food?",
])
def test_a_numbered_part_of_a_law_is_refused(bot, q):
    # no article cites an article or clause of the Geneva Conventions (the blog names the Conventions only); these had been
    # answered with the blog's guarantee of treatment under them
    reply, _ = bot.answer(q, None)
    assert not reply.answered


def test_what_the_conventions_guarantee_is_still_answered(bot):
    assert lead(bot, "what does the Geneva Convention guarantee prisoners?") == "geneva-treatment-guarantee"


@pytest.mark.parametrize("q", [
    "Does the blog give a percentage for conscripts the way the news report does?",
    "does the blog post give a share for conscripts, like the news report does?",
    "Does the blog put a figure on conscripts as the news report does?",
])
def test_the_article_named_to_compare_with_is_not_the_one_asked_about(bot, q):
    # "the way the news report does" names the article to compare with: the blog's own (no share) leads, as it does when
    # the blog alone is named; both had named two articles, so neither led and the news report's 5% came first
    assert lead(bot, q) == "conscripts-rest-blog"


@pytest.mark.parametrize("q", [
    "Which hospital in Ukraine treats these sick prisoners?",
    "what court in Kyiv tries the captured officers?",
    "what charity from Britain looks after the prisoners?",
])
def test_a_which_noun_no_fact_holds_is_refused_with_a_place_beside_it(bot, q):
    # "which HOSPITAL treats them?" was already refused (no fact names a hospital); with a place between the noun and the
    # verb ("which hospital IN UKRAINE treats…") the noun was not read as the thing asked for, and the sick prisoners' fact answered
    reply, _ = bot.answer(q, None)
    assert not reply.answered


def test_a_which_noun_a_fact_holds_is_still_answered_with_a_place_beside_it(bot):
    assert lead(bot, "which body in Ukraine counts the prisoners?") == "captured-by-end-2025"


@pytest.mark.parametrize("q", [
    "Does either piece name the countries the foreign fighters come from?",
    "what are the names of the countries the foreign fighters come from?",
    "Do the articles list the top five countries the mercenaries come from?",
])
def test_the_members_of_a_group_asked_by_name_are_refused_in_any_question_type(bot, q):
    # "which countries?" was refused (a count of countries names none); asked as a yes/no "does it NAME the countries?" or
    # "the NAMES OF the countries" the count of 40 countries answered as if it named them
    reply, _ = bot.answer(q, None)
    assert not reply.answered


def test_how_many_countries_is_still_answered(bot):
    assert lead(bot, "How many countries do the foreign fighters come from?") in ("mercenaries-news", "foreign-fighters-blog")


@pytest.mark.parametrize("then", ["how many casualties?", "and at what cost in men?"])
def test_a_count_asked_after_one_years_events_is_that_years(bot, then):
    # after Russia's land taken DURING 2025, "how many casualties?" asks for 2025's losses, not the whole war's (it had
    # been answered with the General Staff's total since 2022)
    assert lead(bot, "How much land did Russia gain in 2025?", then) == "casualties-2025"


@pytest.mark.parametrize("then", ["and the overall casualty total?", "how many casualties since 2022?"])
def test_a_total_asked_after_one_years_events_is_still_the_total(bot, then):
    assert lead(bot, "How much land did Russia gain in 2025?", then) == "casualties-general-staff"


@pytest.mark.parametrize("then", ["When did he take up that post?", "when did he become army chief?",
                                  "when was he appointed to the job?"])
def test_when_a_named_man_took_office_is_refused(bot, then):
    # no article says when Syrskii became army chief; "when did he take up that post?" had been answered with what he
    # said of 2025's land (the 'since which year is he chief?' wording was already refused)
    reply = conversation(bot, "The news report names Oleksandr Syrskii as Kyiv's army chief.", then)
    assert not reply.answered


def test_when_he_said_it_is_still_answered(bot):
    assert lead(bot, "The news report names Oleksandr Syrskii as Kyiv's army chief.", "when did he say that?") == "territory-taken-2025"
