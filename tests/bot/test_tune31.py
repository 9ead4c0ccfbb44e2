"""The tuner round of TUNER31 on tuning-ac, -ab, -y, -z, -aa, -w, -u and -v: one test per cause tuned, each in a wording of its own."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("asked, fact", [
    ("how does the writer interpret the rise in surrenders", "fundamental-shift-opinion"),
    ("is the bit about expendable men commentary or reporting", "expendable-opinion"),
])
def test_interpretation_and_commentary_are_the_authors_view(bot, asked, fact):
    """"How does the writer INTERPRET…", "is that COMMENTARY or reporting?": words for a writer's own reading of the facts, as
    "view" and "opinion" are (the lexicon's opinion group); read as subjects no fact holds, the questions were refused."""
    assert lead(bot, asked) == fact


@pytest.mark.parametrize("asked, plain", [
    ("what share of the plennye were kontraktniki", "what share of the prisoners were contract soldiers"),
    ("were there many naemniki among those taken", "were there many mercenaries among those taken"),
    ("did any of the captured have tuberkuloz", "did any of the captured have tuberculosis"),
    ("which region gave the most prisoners, donbas?", "which region gave the most prisoners, donetsk?"),
])
def test_russian_and_ukrainian_words_in_latin_letters_are_read_in_english(bot, asked, plain):
    """"Kontraktniki", "naemniki", "tuberkuloz", "plennye": a Russian or Ukrainian speaker's own word for a kind of soldier,
    an illness, the prisoners (transliterated.py); read as it stood, it was a subject no fact holds and the question was refused."""
    assert lead(bot, asked) == lead(bot, plain) is not None


def test_a_transliterated_word_does_not_answer_for_ukraines_own_men(bot):
    assert lead(bot, "how many ukrainian srochniki died") is None


@pytest.mark.parametrize("asked, plain", [
    ("losses of the russians as counted by the GS", "losses of the russians as counted by the general staff"),
    ("how many POWs has the AFU taken", "how many POWs have ukrainian forces taken"),
])
def test_military_shorthand_for_the_general_staff_and_ukraines_forces(bot, asked, plain):
    """"The GS", "the AFU", "the ZSU": a military reader's shorthand for the General Staff and for Ukraine's armed forces
    (normalize.CHAT_SPELLINGS); read as words no fact holds, the questions were refused."""
    assert lead(bot, asked) == lead(bot, plain) is not None


def test_ukraines_forces_in_shorthand_still_ask_of_ukraines_own_men(bot):
    assert lead(bot, "how many ZSU soldiers were captured") is None


@pytest.mark.parametrize("asked", [
    "does the blogger say the Kremlin thinks its soldiers are disposable, and is that a fact or just opinion?",
    "the blog says the Kremlin sees its men as expendable: fact, or the writer's view?",
])
def test_fact_or_opinion_asks_the_kind_of_claim_not_a_subject(bot, asked):
    """"Is that a fact or just opinion?": which kind of claim it is, as "true or false?" asks (normalize.STOPWORDS, as 'claim'
    and 'true' are); read as a subject no fact holds, 'fact' had the question refused."""
    assert lead(bot, asked) in {"kremlin-values-troops-little", "expendable-opinion"}


@pytest.mark.parametrize("asked, plain", [
    ("why does the blog use the word expendable", "why does the blog call them expendable"),
    ("who uses the term rank-and-file", "who says rank-and-file"),
])
def test_the_word_named_is_what_is_asked_about(bot, asked, plain):
    """"Why does the blog use THE WORD expendable?", "who uses THE TERM rank-and-file?": the word named is the subject, the
    naming is none (sounds_like.SOUNDS_LIKE); read as a subject no fact holds, 'word' or 'term' had the question refused."""
    assert lead(bot, asked) == lead(bot, plain) is not None


def test_a_word_asked_for_in_another_language_is_still_refused(bot):
    assert lead(bot, "what is the russian word for surrender") is None


@pytest.mark.parametrize("asked", ["who is the source for that?", "and who did that come from?", "is there a citation for it?"])
def test_the_source_of_that_asked_in_a_longer_question_is_the_last_answers(bot, asked):
    """"Who is the source for that?", "and who did that come from?": where the last answer is from, as the bare "source
    for that?" already was (followups.WHO_SAYS); read as a new question, a neighbouring fact (the armbands) had led."""
    assert lead(bot, "how many prisoners have chronic illnesses", asked) in {"chronic-illness-blog", "chronic-illness-news"}


@pytest.mark.parametrize("asked, plain", [
    ("can prisoners msg their fam", "can prisoners message their family"),
    ("do they feed them or smth once they give up", "do they feed them or something once they give up"),
])
def test_chat_shorthand_for_family_message_and_something(bot, asked, plain):
    """"Fam", "msg", "smth", "sth": a chat box's shorthand (normalize.CHAT_SPELLINGS), read as the words they stand for; read as
    words no fact holds, they had such questions refused."""
    assert lead(bot, asked) == lead(bot, plain) is not None


@pytest.mark.parametrize("asked", ["how prevalent is hiv", "how widespread is sickness among them"])
def test_how_widespread_asks_how_many_not_a_subject(bot, asked):
    """"How widespread is HIV…?", "is TB prevalent…?": how many have it, a way of asking, not a subject (normalize.STOPWORDS);
    read as a word no fact holds, 'widespread' had the question refused."""
    assert lead(bot, asked) in {"chronic-illness-news", "chronic-illness-blog"}


@pytest.mark.parametrize("asked", ["who is he?", "and what's his role?", "what does he do?"])
def test_who_a_named_person_is_asked_after_his_figure(bot, asked):
    """"Who is he?", "what's his role?" after the figure Syrskii gives: who that person is, which the claim's own attribution
    says (lastanswer.NAMED_PERSON, followups.HIS_ROLE); read as a new question, 'job' or 'role' led to a neighbour or nothing."""
    assert lead(bot, "how much ground did russia gain in 2025", asked) == "territory-taken-2025"
