"""Session 35's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from webapp.bot import clauses, phonetic

from . import lead


@pytest.mark.parametrize("q, fact", [
    ("Regarding territory, and I would appreciate the answer in plain words rather than a table: how much of Ukraine did "
     "Russia manage to take over the course of 2025, and who gave that estimate?", {"territory-taken-2025"}),
    ("Does the blog post offer any explanation, in the author's own terms, of why an attacking army would end up losing "
     "more prisoners than the defenders?", {"attackers-become-trapped"}),
    ("Do both texts agree on the conscript share, or does one of them only give it as a remainder?",
     {"conscripts-rest-blog", "conscripts-share-news"}),
])
def test_a_long_question_is_answered_without_the_clauses_that_ask_nothing(bot, q, fact):
    # a preamble before a colon, an aside between commas, a second question asking who gives the figure or the other way
    # of putting it ("…, or does one…?"): the whole turn was refused, its question lost among them
    assert lead(bot, q) in fact


@pytest.mark.parametrize("q", [
    "Of those contract soldiers, could you tell me how many, specifically, came out of prisons, as distinct from the "
    "private military companies, since the two are mentioned together?",
    "At the very bottom of the blog post my screen reader reads out a line about New York City and everyone being able "
    "to vote; what is that line, and is it connected to the article?",
    "Which Russian prisons were the convicts recruited from, and were they promised a full pardon in writing?",
])
def test_a_long_question_keeps_the_clauses_that_say_what_is_asked(bot, q):
    # "since the two are mentioned together" is no reason of the visitor's own; what precedes a semicolon is no preamble; a
    # second question joined by "and" asks something of its own: none of them comes off, and the refusal stands
    assert lead(bot, q) is None


def test_a_short_question_has_no_shorter_reading():
    assert clauses.shorter("How many officers were captured, and who says so?") == []
    assert clauses.shorter("Could you convert that percentage into an approximate area in square kilometres, since a "
                           "percentage is harder for me to picture?")[-1] == \
        "Could you convert that percentage into an approximate area in square kilometres?"


@pytest.mark.parametrize("typed, word", [("soljers", "soldiers"), ("capchured", "captured"), ("sinse", "since"),
                                         ("contrackt", "contract"), ("kersk", "kursk")])
def test_a_word_spelt_as_it_sounds_has_the_key_of_the_word_meant(typed, word):
    assert phonetic.key(typed) == phonetic.key(word)


@pytest.mark.parametrize("q, fact", [
    ("how many soljers were capchured by the end of 2025", "captured-by-end-2025"),
    ("wen was the news artical rittin", "source:news-record-surrenders"),
    ("wat share of the capchured wons were officers", "officers-share-news"),
])
def test_a_question_spelt_as_it_sounds_is_read(bot, q, fact):
    # a writer who spells by sound ("soljers", "capchured", "rittin") is too far from the words by letters for the
    # distance the spelling correction allows; the sound key finds them, and the question was refused
    assert lead(bot, q) in {fact, "officers-share-blog"}


def test_four_letters_are_too_few_to_say_which_word_is_meant(bot):
    # "wons" shares its sound key with "wins"; it is read as "ones", a spelling of its own, never by the key
    assert bot.lex.sounded("wons") == "wons"


@pytest.mark.parametrize("q", ["is Pokrovsk the same city they used to call Krasnoarmeisk?",
                               "what was Bakhmut's old name?", "was Bakhmut renamed after 2014?"])
def test_a_places_names_over_time_are_not_covered(bot, q):
    # the lexicon knows Bakhmut's old names so that a visitor who uses one finds the place; no article says what a place
    # was called, and the question was answered with where surrenders happen
    assert lead(bot, q) is None


def test_between_two_words_of_one_sound_the_commoner_is_meant(bot):
    # "sinse" is as near to "sense" as to "since" by letters and by sound; the commoner word is the one meant
    assert bot.lex.correct("sinse") == "since"


@pytest.mark.parametrize("q, fact", [
    ("sinse wen have more russans been capchured then ukranians", "captures-reversed-since-june-2023"),
    ("wat percent wer mobilised", "mobilised-share-news"),
    ("wat about kursk, wen did ukraine go in ther", "captured-zaporizhzhia-kursk"),
])
def test_short_words_spelt_as_they_sound_are_read(bot, q, fact):
    # "wer", "ther", "yeer": too short for the sound key, each read as the one word it spells; left alone, "wer" and "ther"
    # were taken for what the question is about, and it was refused
    assert lead(bot, q) in {fact, "mobilised-share-blog"}


@pytest.mark.parametrize("q, fact", [("what happens to him after he is captured?", "geneva-treatment-guarantee"),
                                     ("will they feed my brother and look after him?", "geneva-treatment-guarantee")])
def test_him_is_no_subject(bot, q, fact):
    # "him" was a word no fact holds, so a question about what becomes of a man was refused as being about something
    # the articles never mention ("his", "he" and "them" were already no subject); food asked for a man who gives himself
    # up is the treatment Ukraine promises, not the Russian army's rations
    assert lead(bot, q) == fact


def test_the_russian_armys_own_care_is_still_its_own(bot):
    assert lead(bot, "did the russian army give them proper medical care") == "conditions-in-russian-army"


@pytest.mark.parametrize("q, fact", [
    ("how many o' them lads gave themselves up each week?", {"weekly-surrender-average"}),
    ("ain't most of them conscripts?", {"conscripts-rest-blog", "conscripts-share-news"}),
    ("dinnae they say how many were officers?", {"officers-share-news", "officers-share-blog"}),
    ("whaddya know about I Want to Live?", {"iwtl-what-it-is"}),
    ("lemme see, how many casualties in 2025?", {"casualties-2025"}),
])
def test_words_as_said_in_dialect_are_read_as_the_standard_ones(bot, q, fact):
    # "o'", "ain't", "whaddya", "d'ya", Scots "-nae": words no fact holds, so the question was refused as being about them
    assert lead(bot, q) in fact


def test_a_letters_question_is_read_without_its_greeting_and_closing(bot):
    # the closing after the question ("With thanks, Margaret") kept the colon's question from being read alone
    assert lead(bot, "Dear Sir or Madam, I taught history for thirty years. I read both articles with interest. My question "
                     "is this: how many Russian soldiers had been taken prisoner by the end of 2025? With thanks, Margaret") \
        == "captured-by-end-2025"


@pytest.mark.parametrize("word", ["concur", "shelled", "hindered", "roubles", "munition"])
def test_a_word_english_uses_often_enough_is_no_spelling_by_sound(bot, word):
    # the sound key read "concur" as "conquer" (and the territory taken answered), "hindered" as "hundred"
    assert bot.lex.correct(word) == word


@pytest.mark.parametrize("q", [
    "Regarding the Storm-Z units made up of convicts from Russian prisons in 2023: how many of them surrendered to Ukraine?",
    "When it comes to Belarusian soldiers who crossed the border to fight alongside Russia: how many were captured?",
    "How many foreign fighters were captured by Ukraine in total, and which article says how many of them came from North Korea?",
])
def test_a_long_question_keeps_the_clause_that_names_its_group(bot, q):
    # a preamble naming a topic that the question points back to ("of them"), or a second question with a subject of its
    # own, is what is asked: read without it, the question was answered for all prisoners
    assert lead(bot, q) is None


@pytest.mark.parametrize("q, fact", [("how many soldiers were once called up in the mobilisation?", "mobilised-share-blog"),
                                     ("were most prisoners taken in the same place that the blog names?", "surrender-hotspots-blog")])
def test_called_up_and_the_same_place_are_no_question_of_names(bot, q, fact):
    assert lead(bot, q) in {fact, "mobilised-share-news", "most-captured-in-donetsk"}



@pytest.mark.parametrize("q", ["How many Russian soldiers are unaccounted for?",
                               "Are there any specialists in the I Want to Live team?", "Is this typically what happens in wars?",
                               "What is the total number of Ukrainians returned home?"])
def test_words_a_tuner_gave_a_sense_keep_their_others(bot, q):
    # (a second review, of the tuners' changes) "accounted for" is a share's residue only beside a share word, "specialists" the blog's analysts only as military specialists; "typically … in wars" asks what
    # is usual in wars; a total of Ukrainians home, given as hundreds, is not the 6,000 Russians handed back. Each was answered
    # with a fact on something else
    assert lead(bot, q) is None


def test_which_of_the_two_articles_says_a_new_thing_is_asked_of_that_thing(bot):
    assert lead(bot, "How many were captured by the end of 2025?",
                "Is it in the blog or the news report that sick soldiers wore armbands?") == "infected-armbands"
    assert lead(bot, "How many were captured by the end of 2025?", "is that the blog or the news one?") == "captured-by-end-2025"
