"""Tuner 42's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q, facts", [
    ("From a medical-ethics standpoint, which chronic conditions did the prisoners have?",
     {"chronic-illness-blog", "chronic-illness-news"}),
    ("From a historian's perspective, which chronic conditions did the prisoners have?",
     {"chronic-illness-blog", "chronic-illness-news"}),
    ("from an outsider's point of view, which chronic conditions did the prisoners have?",
     {"chronic-illness-blog", "chronic-illness-news"}),
])
def test_the_angle_asked_from_is_no_part_of_the_question(bot, q, facts):
    # "from a medical-ethics standpoint, …": the angle the visitor asks from, before a comma, is a lead-in (it had made the
    # question refused as a whole)
    assert lead(bot, q) in facts


@pytest.mark.parametrize("q", ["were sick men labelled before being deployed?",
                               "were ill soldiers labelled before they were deployed?",
                               "What is the evidential basis for saying sick soldiers were labelled before deployment?"])
def test_before_deployment_is_before_being_sent_to_fight(bot, q):
    # "labelled before deployment": an officer's or a reporter's word for being sent to fight (it had been refused: no fact
    # says "deployment")
    assert lead(bot, q) == "infected-armbands"


@pytest.mark.parametrize("q", ["Do the percentages by rank add to 100?",
                               "do the rank shares add to a hundred percent?",
                               "do the news report's shares by rank add to 100%?"])
def test_shares_asked_to_add_to_the_whole_get_the_computed_sum(bot, q):
    # "add to 100": the whole, not a sum the visitor asks the bot to work out (it had been refused as the bot's own arithmetic)
    assert lead(bot, q) == "rank-breakdown-sum"


@pytest.mark.parametrize("q", ["can you help me plan a lesson on the prisoners of war?",
                               "can you plan a lesson on russian pows for me",
                               "give me a lesson plan about the surrenders"])
def test_work_made_for_the_visitor_is_refused(bot, q):
    # a lesson plan, an essay, a quiz: the bot reports what the articles say and writes nothing of its own (they had been
    # answered with whichever fact shared a word)
    reply, _ = bot.answer(q, None)
    assert not reply.answered


@pytest.mark.parametrize("q", ["How exactly does a soldier let them know he wants to give himself up?",
                               "how does a soldier let the ukrainians know he wants to give up?",
                               "how exactly do they let ukraine know they want to surrender?"])
def test_letting_the_other_side_know_is_getting_in_touch(bot, q):
    # "let them know he wants to give himself up": the ways of getting in touch the blog names (it had been refused, or led
    # by the project's simple route)
    assert lead(bot, q) == "iwtl-channels"


@pytest.mark.parametrize("q", ["Isn't it just a PR stunt, or do they actually get anything useful out of the prisoners?",
                               "is it just propaganda, or does ukraine actually get intelligence from the prisoners?",
                               "Is it all a publicity stunt, or does each surrender really help Ukraine?"])
def test_a_verdict_put_first_then_the_other_side_asked(bot, q):
    # "isn't it just a PR stunt, or do they get anything useful…?": the verdict is refused, the other side of the choice is a
    # question of its own (the whole had been refused)
    assert lead(bot, q) == "surrender-effects"
