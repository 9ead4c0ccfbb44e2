"""Session 37: the reading of words, tested directly and through the bot."""
from webapp.bot.dictation import joined

from . import lead


def _slip(table):
    return lambda w: table.get(w, w)


def test_two_unknown_pieces_that_run_together_into_a_slip_are_that_word():
    # voice dictation splits a name it does not know: "don yets" is Donetsk misheard
    assert joined(["was", "it", "don", "yets"], {"was", "it", "donetsk"}, correct=_slip({"donyets": "donetsk"})) == ["was", "it", "donetsk"]


def test_two_english_words_the_articles_do_not_use_stay_two_words():
    # each is a word of its own ("sea", "sons"), whatever their run-together form is near to
    assert joined(["sea", "sons"], {"reasons"}, correct=_slip({"seasons": "reasons"})) == ["sea", "sons"]


def test_the_dictated_place_is_answered(bot):
    assert lead(bot, "was it the don yets region where most were captured") == "most-captured-in-donetsk"
