"""The tuner round of TUNER29 on tuning-aa, -y, -z, -v, -r, -p, -u and -w: one test per cause tuned, each in a wording of its own."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("question", ["did ukraine drop leaflets on them too", "is the project much like a leaflet drop"])
def test_dropping_leaflets_is_the_old_propaganda_the_analysts_name(bot, question):
    """"Drop leaflets", "leaflet drops": the leaflets the analysts say phones and social networks replace, not a drop of
    something no fact reports ('drop' was a subject word no fact holds, and the question was refused)."""
    assert lead(bot, question) == "psychological-warfare-analysts"


def test_a_count_of_leaflets_or_other_drops_stays_refused(bot):
    assert lead(bot, "how many leaflets did they drop") is None
    assert lead(bot, "do they drop bombs on the trenches") is None


@pytest.mark.parametrize("asked", ["according to who?", "acc to who", "and according to who exactly"])
def test_according_to_who_is_according_to_whom(bot, asked):
    """The everyday "according to WHO?" after an answer asks whose figure it is, as "according to whom?" does: read as a
    new question naming nothing, it had shown the record week after the weekly average."""
    assert lead(bot, "roughly how many soldiers give up per week", asked) == "weekly-surrender-average"


@pytest.mark.parametrize("question", ["whats the scheme called", "whats the name of the project then"])
def test_a_question_word_typed_without_its_apostrophe_meets_the_rules_written_for_it(bot, question):
    """"whats X called" is "what's X called": the chat spellings are read before the rules on a question's wording, which are
    written for "what's" / "what is"; 'called' had stayed a word, and the analysts who call the project psychological warfare led."""
    assert lead(bot, question) in {"iwtl-what-it-is", "iwtl-channels"}


@pytest.mark.parametrize("learner, standard", [
    ("what is happen to the prisoners after they give up", "what happens to the prisoners after they give up"),
    ("what happen to a foreign fighter when he is caught", "what happens to a foreign fighter when he is caught"),
])
def test_a_learners_what_happen_to_is_what_happens_to(bot, learner, standard):
    """"What is happen to…?", "what happen with…?", as learners of English ask it, is "what happens to…?": read as a
    what-is question (or with no frame), the project's description or the count of prisoners had led."""
    assert lead(bot, learner) == lead(bot, standard) is not None


def test_what_is_happening_somewhere_keeps_its_reading(bot):
    assert lead(bot, "what is happening in kursk") == "captured-zaporizhzhia-kursk"


@pytest.mark.parametrize("question, fact", [
    ("my daughter keeps asking how old the prisoners were", "prisoner-age-range"),
    ("my nephew wants to know where most of them were caught", "most-captured-in-donetsk"),
    ("help me understand what the i want to live project is", "iwtl-what-it-is"),
])
def test_who_wants_the_answer_said_before_the_question_is_no_subject(bot, question, fact):
    """"My nephew wants to know…", "I need to find out for my homework…", "help me understand…" before a question with no stop:
    who wants the answer and why (leadins.LEAD_IN), not what is asked; their words ('nephew', 'homework') were read as a
    subject no fact holds and the question refused, and a bare "help" opening was read as a request for help with the bot."""
    assert lead(bot, question) == fact


def test_wanting_to_know_asked_of_someone_else_is_still_the_question(bot):
    assert lead(bot, "does russia want to know where its soldiers are") is None
    assert lead(bot, "help") is None


@pytest.mark.parametrize("question, facts", [
    ("i bet most of them were contract soldiers", {"contract-share-blog", "contract-share-news"}),
    ("presumably most got caught in donetsk?", {"most-captured-in-donetsk"}),
    ("my guess is that roughly 7% were foreigners", {"foreign-fighters-blog", "mercenaries-news"}),
])
def test_the_visitors_own_guess_before_a_claim_is_read_as_i_think(bot, question, facts):
    """"I bet…", "presumably…", "my guess is that…", "I suppose…": the visitor's guess put up to be checked, read as "I think…"
    already was (leadins.LEAD_IN); 'bet', 'guess', 'presumably' were read as subject words no fact holds, and refused."""
    assert lead(bot, question) in facts


def test_a_guess_at_something_no_article_reports_is_still_refused(bot):
    assert lead(bot, "i bet the prisoners get tortured") is None
    assert lead(bot, "presumably most of them had tanks") is None


@pytest.mark.parametrize("question, plain", [
    ("explain like i'm 5 why the soldiers give up", "why do the soldiers give up"),
    ("what are the armbands about, in words a 10 year old would understand", "what are the armbands about"),
    ("can you explain what the i want to live project is to my 12-year-old", "what is the i want to live project"),
])
def test_whom_the_answer_must_suit_is_how_to_answer_not_what(bot, question, plain):
    """"Like I'm 5", "in words a 10 year old would understand", "for my 12-year-old": how to answer (leadins.FOR_A_CHILD), as
    "in a sentence" is; the 5 had been read as a figure (the conscripts' 5% led) and the child as a subject no fact holds."""
    assert lead(bot, question) == lead(bot, plain) is not None


def test_children_asked_about_are_still_a_subject(bot):
    assert lead(bot, "how many of the prisoners were children") is None
    assert lead(bot, "were any 18 year olds captured") == "prisoner-age-range"


@pytest.mark.parametrize("question, plain", [
    ("could you tell me briefly how many officers were captured", "how many officers were captured"),
    ("can you quickly explain who runs the hotline", "who runs the hotline"),
])
def test_a_manner_word_inside_the_polite_frame_is_part_of_the_frame(bot, question, plain):
    """"Can you tell me BRIEFLY…", "can you QUICKLY explain…": the adverb is how to answer, part of the polite frame that is taken
    off (wrapping.POLITE); left behind, it was a subject word no fact holds, and the question was refused or misread."""
    assert lead(bot, question) == lead(bot, plain) is not None


@pytest.mark.parametrize("question, facts", [
    ("what does the section on the swaps say", {"pows-returned-in-exchanges", "exchange-priorities"}),
    ("in which section does the blog bring up drones", {"sent-untrained-into-drone-zones"}),
])
def test_a_section_or_passage_of_an_article_names_where_not_what(bot, question, facts):
    """"The section on X", "the passage about X": where in an article, as "the bit about X" already was; X is what is asked.
    'section' was read as a subject word no fact holds, and the question refused."""
    assert lead(bot, question) in facts


def test_a_prison_sentence_is_still_a_subject(bot):
    assert lead(bot, "how long were their prison sentences") is None
