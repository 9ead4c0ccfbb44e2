"""Reading a question: tidy text, numbers in any spelling, spelling slips, synonyms."""
from __future__ import annotations

import pytest

from webapp.bot.normalize import numbers_in, read, tidy, years_in


@pytest.fixture
def lex(app):
    return app.extensions["sourced"].bot.lex


@pytest.mark.parametrize("raw, tidied", [
    ("“Quotes”  and\u00a0spaces", '"quotes" and spaces'),
    ("  HOW   Many\tPOWs?\n", "how many pows?"),
    ("Russia’s – army", "russia's - army"),
    ("<b>bold</b> <script>alert(1)</script>officers", "bold officers"),
    ("ﬁve\u200bfold", "fivefold"),
])
def test_tidy_lowercases_and_plains_quotes_dashes_markup_and_whitespace(raw, tidied):
    assert tidy(raw) == tidied


@pytest.mark.parametrize("text, numbers", [
    ("ten thousand", [10000]),
    ("10 000 and 83 percent", [10000, 83]),
    ("10,000 soldiers", [10000]),
    ("three hundred and fifty", [350]),
    ("83%", [83]),
    ("2.5 and forty", [2.5, 40]),
    ("no numbers here", []),
])
def test_numbers_are_read_in_digits_words_and_grouped_forms(text, numbers):
    assert numbers_in(tidy(text)) == numbers


def test_years_are_told_apart_from_other_numbers():
    assert years_in("between 2022 and 2025, 350 a week") == {2022, 2025}


@pytest.mark.parametrize("typed, meant", [
    ("russains", {"russians"}), ("surrendred", {"surrendered"}), ("oficers", {"officers"}),
    ("mercenarys", {"mercenary", "mercenaries"}), ("conscirpts", {"conscripts"}), ("exchnaged", {"exchanged"}),
])
def test_spelling_slips_are_corrected_against_the_stores_words(lex, typed, meant):
    assert lex.correct(typed) in meant


@pytest.mark.parametrize("word", ["week", "share", "kursk", "tanks", "women"])
def test_real_words_are_not_corrected_away(lex, word):
    assert lex.correct(word) == word


def test_synonyms_make_one_idea(lex):
    pows, prisoners, captured = (read(q, lex).concepts for q in ("pows", "prisoners", "captured"))
    assert pows == prisoners == captured and len(pows) == 1
    assert read("mercenaries", lex).concepts == read("foreign fighters", lex).concepts


def test_a_phrase_of_the_lexicon_is_one_idea_and_question_words_are_none(lex):
    reading = read("How many soldiers gave up every week?", lex)
    assert len(reading.concepts) == 2  # giving up, and the week; "how many soldiers" carries no topic
