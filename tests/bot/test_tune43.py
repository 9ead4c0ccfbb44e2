"""Tuner 43's follow-up wordings: each test names a way of pointing back at the last answer that the bot once read wrong."""
from __future__ import annotations

import pytest

from . import conversation


@pytest.mark.parametrize("then", ["so the blogger reckons Russia just treats them as throwaway? is that his opinion?",
                                  "so the writer says Russia treats them as throwaway? is that the author's own view?"])
def test_a_tag_after_a_question_of_its_own_points_at_that_question(bot, then):
    # "…? is that his opinion?": the "that" is the question just put, not the last answer, so a question of its own,
    # refused against the armbands, is read afresh (the armbands had been given again)
    reply = conversation(bot, "some sick soldiers were made to wear 'infected' armbands", then)
    assert reply.answered and reply.statements[0].fact_id == "expendable-opinion"


@pytest.mark.parametrize("turns, fact", [
    (("hundreds of them are chronically ill, apparently", "says who? does either article name a source for that?"), "chronic-illness-"),
    (("76% contract", "who gives that", "so in the blog who is the source"), "contract-share-blog"),
])
def test_the_source_of_that_is_the_last_answers_claimant(bot, turns, fact):
    # "says who? … a source for that?", "who is the source": who makes the last answer's claim, not the articles' own
    # records (the two records had been given)
    reply = conversation(bot, *turns)
    assert reply.answered and reply.statements[0].fact_id.startswith(fact)


@pytest.mark.parametrize("then, fact", [
    ("And generals? Is there any figure for those?", None),
    ("and generals? are there numbers for them?", None),
    ("And NCOs? Is there any figure for those?", "nco-share-news"),
])
def test_a_figure_asked_of_the_thing_just_named_is_that_things(bot, then, fact):
    # "and generals? is there any figure for those?": "those" are the generals, so it is "and generals?" (refused: no article
    # counts them), not the officers' share again
    reply = conversation(bot, "What share of prisoners were officers?", then)
    assert (reply.statements[0].fact_id if reply.answered else None) == fact
