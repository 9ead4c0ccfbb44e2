"""Session 9's mechanisms, each on its own, in questions of our own (not copies of a set's items): a "which X?"
asks for the members of a group to be named, which a fact speaking of the group in general does not give; a
count of things (swaps, calls) is not answered by a count of men; a verb of willing ("dare", "risk")
before the act a why-question asks about is not its subject; one thing a fact lists without a figure is not
counted by its figure; the dead alone are not counted by a figure for the dead and wounded together; and one
particular week is not counted by a weekly rate."""
from __future__ import annotations

import pytest

from . import reply_to as ask


@pytest.mark.parametrize("question", [
    "which ukrainian officials said that?",
    "which operations did captured officers reveal?",
    "which units do the prisoners come from?",
])
def test_a_group_no_fact_names_is_not_answered_by_a_fact_that_mentions_it(bot, question):
    assert not ask(bot, question).answered


@pytest.mark.parametrize("question, lead", [
    ("which regions have the most surrenders?", "most-captured-in-donetsk"),  # places named
    ("which channels can soldiers use to reach the hotline?", "iwtl-channels"),
    ("which analysts call it psychological warfare?", "psychological-warfare-analysts"),  # "unnamed" says which
])
def test_a_group_a_fact_names_is_still_answered(bot, question, lead):
    reply = ask(bot, question)
    assert reply.answered and reply.statements[0].fact_id == lead


@pytest.mark.parametrize("question", [
    "how many prisoner swaps have there been?",
    "how many calls does the hotline get?",
])
def test_a_count_of_things_is_not_answered_by_a_count_or_share_of_men(bot, question):
    assert not ask(bot, question).answered  # a swap, a call: no fact counts them


@pytest.mark.parametrize("question, lead", [
    ("how many pows were returned in exchanges?", "pows-returned-in-exchanges"),
    ("how many captives does ukraine hold?", "captured-by-end-2025"),
    ("how many casualties did russia suffer in 2025?", "casualties-2025"),
])
def test_a_count_of_men_in_other_words_is_still_answered(bot, question, lead):
    reply = ask(bot, question)
    assert reply.answered and reply.statements[0].fact_id == lead


@pytest.mark.parametrize("question, lead", [
    ("why would a soldier dare to give himself up?", "surrender-as-survival"),
    ("why do russian soldiers risk surrendering?", "surrender-as-survival"),
    ("why would they even bother surrendering?", "surrender-as-survival"),
    ("why do soldiers want to join the army?", "recruitment-incentives"),
])
def test_a_verb_of_willing_before_the_act_is_how_a_why_question_asks_not_what(bot, question, lead):
    reply = ask(bot, question)  # "dare", "risk", "bother", "want": no fact needs to hold them
    assert reply.answered and reply.statements[0].fact_id == lead


@pytest.mark.parametrize("question", ["why do soldiers refuse to surrender?", "why would a soldier risk his career?"])
def test_a_verb_that_turns_the_act_round_or_a_new_object_is_still_refused(bot, question):
    assert not ask(bot, question).answered


@pytest.mark.parametrize("question", [
    "what share of the prisoners have diabetes?",
    "how many of the captured men were jobless?",
    "what percentage were recruited from private military companies?",
    "what share were out of work before the war?",  # "many were jobless": the lexicon's word for it, no figure
])
def test_one_thing_a_fact_lists_without_a_figure_is_not_counted_by_the_facts_figure(bot, question):
    assert not ask(bot, question).answered  # "hundreds … such as diabetes", "many were jobless", "many of them from PMCs"


@pytest.mark.parametrize("question, lead", [
    ("how many prisoners have chronic illnesses?", ("chronic-illness-blog", "chronic-illness-news")),
    ("how many of the captured men have a criminal record?", ("criminal-records",)),
    ("how many prisoners had diabetes or hiv?", ("chronic-illness-blog", "chronic-illness-news")),
    ("how many of them are sick?", ("chronic-illness-blog", "chronic-illness-news")),  # a word for the whole
])
def test_the_whole_a_figure_counts_is_still_answered(bot, question, lead):
    reply = ask(bot, question)
    assert reply.answered and reply.statements[0].fact_id in lead


@pytest.mark.parametrize("question", ["how many russians have been killed?", "how many russian soldiers have been wounded?"])
def test_the_dead_alone_are_not_counted_by_a_figure_for_the_dead_and_wounded_together(bot, question):
    reply = ask(bot, question)
    assert not reply.answered and "casualties-general-staff" in [s.fact_id for s in reply.related]  # offered, not led with


@pytest.mark.parametrize("question, lead", [
    ("how many russian losses so far?", "casualties-general-staff"),
    ("how many russian casualties were there in 2025?", "casualties-2025"),
    ("how many russians were killed or wounded?", "casualties-general-staff"),
])
def test_a_count_of_both_together_is_still_answered(bot, question, lead):
    reply = ask(bot, question)
    assert reply.answered and reply.statements[0].fact_id == lead


def test_one_particular_week_is_not_counted_by_a_weekly_rate(bot):
    reply = ask(bot, "how many soldiers gave themselves up in the opening week of the invasion?")
    assert not reply.answered


@pytest.mark.parametrize("question", ["how many russians surrender each week?", "what is the weekly surrender rate?"])
def test_a_rate_is_still_answered_by_the_rate(bot, question):
    reply = ask(bot, question)
    assert reply.answered and reply.statements[0].fact_id == "weekly-surrender-average"
