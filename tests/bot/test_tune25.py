"""Session 25's tuner round on tuning-v, -w, -x, -y and -z (TUNER25): one test per cause tuned, each in a wording of its own."""
from __future__ import annotations

import pytest

from . import lead


def test_opinion_or_fact_in_either_order_is_asked_of_the_last_answer(bot):
    """"is that opinion or fact?" asks the kind of the answer just shown, as "is that fact or opinion?" does, not the
    article's kind; naming the article still asks about the article."""
    assert lead(bot, "what does the blog say about low morale", "is this opinion or fact") == "morale-advantage-opinion"
    assert lead(bot, "how many officers were captured", "is the blog opinion or fact?") == "source:blog-mass-surrenders"


@pytest.mark.parametrize("question, facts", [
    ("mostly officers or privates?", {"officers-share-blog", "officers-share-news", "rank-and-file-share-blog", "rank-and-file-share-news"}),
    ("are most of them from donetsk or kharkiv", {"most-captured-in-donetsk", "surrender-hotspots-blog"}),
])
def test_two_groups_offered_to_choose_the_larger_are_either_one(bot, question, facts):
    """"mostly A or B?": either group's share answers; the two alternatives are not two ideas one fact must hold."""
    assert lead(bot, question) in facts


def test_reaching_the_soldiers_is_said_with_any_word_for_them(bot):
    """"reach the russian troops", "speak to the men themselves": Ukraine reaching the soldiers directly, however they
    are named; a count of men reaching a place is not it."""
    assert lead(bot, "how does kyiv reach ordinary soldiers") == "reaches-soldiers-directly"
    assert lead(bot, "does ukraine speak to the men themselves") == "reaches-soldiers-directly"
    assert lead(bot, "how many soldiers reach the front") is None


def test_asking_for_the_last_answer_in_plainer_words_shows_it_again(bot):
    """"could you explain that more simply?": the last answer again (the bot has no words of its own for a fact), not a
    refusal of 'simply' as a subject; "in other words" with a claim of its own is still read as any question."""
    assert lead(bot, "how many officers were captured", "could you put that in plain english please") == "officers-share-news"
    assert lead(bot, "how many officers were captured", "in other words they are mostly privates?") is None


@pytest.mark.parametrize("question, fact", [
    ("task 2: why do they surrender", {"surrender-as-survival"}),
    ("homework question 7 - what is i want to live", {"iwtl-what-it-is"}),
])
def test_a_worksheet_item_label_before_the_question_is_no_part_of_it(bot, question, fact):
    """A student's "q3:" or "homework question 7 -" labels the question; its words are not a subject no fact holds."""
    assert lead(bot, question) in fact


def test_tell_me_about_a_thing_asks_what_it_is(bot):
    """"tell me about I Want to Live": what the project is, not a share of the prisoners its data gives (its name is in
    those facts as their source); a group asked about the same way still gets its count."""
    assert lead(bot, "tell us a little about i want to live") == "iwtl-what-it-is"
    assert lead(bot, "what do we know about the i want to live project") == "iwtl-what-it-is"
    assert lead(bot, "tell me about the mercenaries") in {"mercenaries-news", "foreign-fighters-blog"}


def test_whom_the_answer_is_for_before_a_comma_is_no_part_of_the_question(bot):
    """"for viewers who just joined us, …": the audience the answer is for, not a subject; "for people who got called up,"
    names whom the question counts and stays."""
    assert lead(bot, "for viewers who have just joined us, what is the i want to live project?") == "iwtl-what-it-is"
    assert lead(bot, "for people who got called up, what share were captured") in {"mobilised-share-blog", "mobilised-share-news"}
