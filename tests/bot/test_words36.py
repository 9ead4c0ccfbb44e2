"""Session 36's changes: each test names what a visitor, or the bench, would notice."""
from __future__ import annotations

import pytest

from webapp.bot.evaluate import load_items
from webapp.bot.normalize import tidy

from . import lead


def texts(bot):
    """Texts to look for phrases in: the evaluation set's questions, tidied, and each lexicon phrase inside a sentence."""
    yield from (tidy(i["q"]) for i in load_items())
    yield from (f"so they {p}, right?" for p, _ in bot.lex.phrases)
    yield from ("", "a", "ab")


def test_the_phrases_looked_for_in_a_question_are_every_phrase_it_holds_in_the_lexicons_order(bot):
    # phrases_in narrows the lexicon's thousands of phrases to those that could occur, before each is searched for: it
    # must never leave out one that occurs, nor change their order (the first phrase found wins in several readings)
    for text in texts(bot):
        held = [x for x in bot.lex.phrases if x[0] in text]
        assert [x for x in bot.lex.phrases_in(text) if x[0] in text] == held, text


def test_a_short_question_is_searched_for_a_few_phrases_not_all_of_them(bot):
    # the point of it: a question of a few words has a few dozen candidate phrases at most, not the lexicon's thousands
    candidates = bot.lex.phrases_in(tidy("How many prisoners were swapped?"))
    assert len(bot.lex.phrases) > 1000
    assert len(candidates) < len(bot.lex.phrases) / 10


@pytest.mark.parametrize("q, fact", [
    ("how many soldiers gave themselves up in total?", "captured-by-end-2025"),
    ("did most of them lay down their arms in donetsk?", "most-captured-in-donetsk"),
])
def test_questions_worded_with_a_lexicon_phrase_are_still_answered(bot, q, fact):
    assert lead(bot, q) == fact
