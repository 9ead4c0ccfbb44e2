"""Session 14's second, short tuner round (TUNER16) on the tuning sets, W and X first: each rule checked on questions of our own, not the
sets' wording. What a visitor sees: the lead fact, or a refusal."""
from __future__ import annotations

import pytest

from . import conversation as reply_to, lead  # reply_to here: the last reply after all the turns


# "what do they mean by X": a definition asked round about, answered only by a fact that explains X (define.py)
@pytest.mark.parametrize("question, expected", [
    ("what does the blog mean by psychological warfare?", "psychological-warfare-analysts"),
    ("so what does the author mean by loyalty unto death", "loyalty-and-money-opinion"),
    ("what do they actually mean by psychological warfare", "psychological-warfare-analysts"),
    ("what does the news report mean by conscripts?", None),  # the facts use the word, none says what it is
])
def test_what_do_they_mean_by_a_term(bot, question, expected):
    assert lead(bot, question) == expected


# a word a fact quotes, asked about by the word: the fact that quotes it leads
@pytest.mark.parametrize("question, expected", [
    ("is 'staggering' the author's opinion?", "fundamental-shift-opinion"),
    ("who called the number of prisoners staggering", "fundamental-shift-opinion"),
    ('is "infected" their word or the blog\'s?', "infected-armbands"),
    ("whose words are loyalty unto death", "loyalty-and-money-opinion"),
])
def test_a_quoted_word_asked_about_finds_the_fact_quoting_it(bot, question, expected):
    assert lead(bot, question) == expected


def test_a_quoted_word_asked_for_its_meaning_is_still_a_definition(bot):
    reply = reply_to(bot, "what does 'staggering' mean?")
    assert not reply.answered and [s.fact_id for s in reply.related] == ["fundamental-shift-opinion"]


# "is it true that …" stating a subject of its own that the last answer lacks: a check of that claim, not a doubt of the last answer
@pytest.mark.parametrize("turns, expected", [
    (("What illnesses do the prisoners have?", "is it true that some of them had to wear armbands?"), "infected-armbands"),
    (("how many prisoners had chronic illnesses", "is it true they wore armbands saying infected"), "infected-armbands"),
    (("how many had criminal records?", "really? and they were paid well to join?"), "recruitment-incentives"),
])
def test_a_doubt_naming_its_own_subject_checks_that_subject(bot, turns, expected):
    assert lead(bot, *turns) == expected


@pytest.mark.parametrize("turns", [
    ("how many prisoners had chronic illnesses", "is that true?"),
    ("how many prisoners had chronic illnesses", "is it true that so many were ill?"),
])
def test_a_plain_doubt_still_shows_the_last_answers_source(bot, turns):
    assert lead(bot, *turns) in {"chronic-illness-blog", "chronic-illness-news"}


# a refusal of something no article reports ("tortured", "mistreated"): its suggestions are on the subject the articles do
# report (how prisoners are treated), from the lexicon's refusal_topics
@pytest.mark.parametrize("question", [
    "are the russian prisoners tortured?",
    "do ukrainian guards abuse the captured russians",
    "were any POWs executed",
])
def test_a_refusal_of_ill_treatment_suggests_questions_on_treatment(bot, question):
    reply = reply_to(bot, question)
    assert not reply.answered
    assert any("treat" in q.lower() for q in reply.suggestions)


# a worksheet answer put to the bot ("q2 we put …", "I wrote that …", "our answer was …"): the figure it states, checked
@pytest.mark.parametrize("question, expected", [
    ("q3 we put officers were 13%", {"officers-share-blog", "officers-share-news"}),
    ("i wrote that officers were 13%", {"officers-share-blog", "officers-share-news"}),
    ("for question 4 our answer was 6,000 exchanged", {"pows-returned-in-exchanges"}),
])
def test_a_worksheet_answer_is_checked_like_hearsay(bot, question, expected):
    assert lead(bot, question) in expected


def test_a_worksheet_frame_without_a_figure_is_not_stripped(bot):
    assert lead(bot, "i said why") is None
