"""Session 18's tuner round on tuning-y and tuning-z (TUNER23): one test per cause tuned, each in a wording of its own."""
from __future__ import annotations

import pytest

from . import lead, reply_to


@pytest.mark.parametrize("question", [
    "what is pushing so many russian soldiers to surrender",
    "what's making them give up",
    "what drove these men to give themselves up",
])
def test_what_moves_someone_to_an_act_asks_why(bot, question):
    """"What is driving them to X" is "why do they X": the reasons given, not what the surrender project is."""
    assert lead(bot, question) == lead(bot, "why do russian soldiers surrender") == "surrender-as-survival"


@pytest.mark.parametrize("question, fact", [
    ("one more question, a quick one: when did the full-scale invasion begin?", "full-scale-invasion-february-2022"),
    ("for our parish newsletter - who runs the hotline the soldiers call?", "iwtl-what-it-is"),
])
def test_a_lead_in_before_a_colon_is_not_what_is_asked(bot, question, fact):
    """What the visitor says of the question itself, or of what the answer is for, is no subject to look up."""
    assert lead(bot, question) == fact


@pytest.mark.parametrize("question, asked", [
    ("I Want to Live - what's that?", "what is I Want to Live?"),
    ("donetsk where is it?", "where is donetsk?"),
])
def test_a_topic_said_first_and_asked_after_is_the_question(bot, question, asked):
    """"X, what is it?" asks what X is: not the last answer's "it", nor a statement checked by its "is it" tag."""
    assert lead(bot, question) == lead(bot, asked) is not None


def test_a_learners_what_mean_asks_a_definition(bot):
    """"What mean X?", as a learner of English asks it, is "what does X mean?": the fact that explains X leads, or none."""
    assert lead(bot, "what mean 'rank-and-file' exactly?") == lead(bot, "what does rank-and-file mean") == "rank-and-file-share-blog"
    assert not reply_to(bot, "what mean conscripts").answered  # no fact says what a conscript is


@pytest.mark.parametrize("question, asked", [
    ("where is donetsk? somewhere in the south or the north?", "where is donetsk?"),
    ("what is 'I Want to Live'? maybe some charity?", "what is 'I Want to Live'?"),
])
def test_a_guess_after_a_wh_question_is_not_asked(bot, question, asked):
    """The guess a visitor tacks on after the question is answered by the question's answer, not read as its subject."""
    assert lead(bot, question) == lead(bot, asked) is not None


def test_a_fragment_that_narrows_the_question_is_kept(bot):
    """A year after a count question narrows it ("in 2019?": a year no fact reports, refused): no guess."""
    assert not reply_to(bot, "how many surrendered? in 2019?").answered


def test_men_from_outside_russia_are_the_foreign_fighters(bot):
    """"From outside Russia", "not from Russia": the foreigners among the prisoners; where men were caught is another thing."""
    assert lead(bot, "roughly how many of the captives come from outside of russia") in ("mercenaries-news", "foreign-fighters-blog")
    assert lead(bot, "what part of the prisoners were not from russia at all") in ("mercenaries-news", "foreign-fighters-blog")


@pytest.mark.parametrize("question", [
    "what slice of all the prisoners were officers",
    "what chunk of the prisoners were officers",
])
def test_a_slice_or_a_chunk_of_the_prisoners_is_a_share(bot, question):
    """Everyday words for a share ("slice", "chunk", "portion") ask for a share, as "what share" does."""
    assert lead(bot, question) in ("officers-share-news", "officers-share-blog")
