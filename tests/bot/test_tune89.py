"""Session 89's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("qs, fact", [
    (("hoo mony o' the Russian lads were lifted by the end o' 2025?",), "captured-by-end-2025"),
    (("whit's 'I Want tae Live' aboot?",), "iwtl-what-it-is"),
    (("y'all know how many of 'em are givin' up every week?",), "weekly-surrender-average"),
    (("where're most o' them bein' captured?",), "most-captured-in-donetsk"),
    (("is the Kremlin fixin' to bring its foreign fellers hame?",), "foreign-fighters-abandoned"),
    (("whit's the 1,213,460 aboot?", "an' jist fer 2025 on its ain?"), "casualties-2025"),
])
def test_scots_and_southern_words_are_read_as_the_standard_ones(bot, qs, fact):
    # "whit", "aboot", "mony", "deid", "an'", "'em", "y'all", a dropped g ("givin'"), "lifted" for men taken: none is a word any
    # fact holds, and the rules written for standard English did not read them; dialect.py reads them as the standard words first
    assert lead(bot, *qs) == fact


@pytest.mark.parametrize("qs", [
    ("were the sanctions on Russia lifted?",),
    ("whit's the 1,213,460 aboot?", "how mony o' them are actually deid, no countin the wounded?"),
])
def test_what_no_article_reports_stays_refused_in_dialect(bot, qs):
    # sanctions lifted are not men taken; Scots "no countin" is "not counting": the dead alone, which no article gives
    assert lead(bot, *qs) is None


@pytest.mark.parametrize("qs, fact", [
    (("my niece asks how many Russian troops were killed or wounded altogether",), "casualties-general-staff"),
    (("my nephew asks how many soldiers give up each week",), "weekly-surrender-average"),
    (("my girl asks why a soldier would want to be taken prisoner, isn't that scary",), "surrender-as-survival"),
    (("how big ukraine is, she's doing a project on it",), "territory-taken-2025"),
    (("were the sick ones made to wear armbands?", "how come the army would do that to them?"), "expendable-opinion"),
])
def test_a_childs_question_relayed_by_a_parent_is_asked_without_the_parents_words(bot, qs, fact):
    # "my kid ASKS …", "she WONDERS …" before the question, and the child's remark after it (", isn't that sad", ", she's doing
    # a project"), made the turn a refusal; "why would they do that TO THEM?" is the reason for what was just said
    assert lead(bot, *qs) == fact


@pytest.mark.parametrize("qs", [
    ("how many russians were killed or wounded?", "and how many ukraine soldiers were killed?"),
    ("how big russia is",),
])
def test_a_childs_question_on_what_no_article_reports_stays_refused(bot, qs):
    # "ukraine soldiers" are Ukraine's own, whose losses no article gives; Russia's size is in no article
    assert lead(bot, *qs) is None


@pytest.mark.parametrize("q, fact", [
    ("do the jenny va conventions protect the prisoners", "geneva-treatment-guarantee"),
    ("did any of them have two burka losis", "chronic-illness-news"),
    ("what does general seer ski say about the land russia took", "territory-taken-2025"),
])
def test_a_name_dictated_as_everyday_words_is_read_as_the_name(bot, q, fact):
    # a phone writes a name it does not know as words that sound like it ("jenny va", "seer ski", "two burka losis"); none of
    # them a word the bot knows, they were read as nothing; run together, they sound like the name (its sound key, phonetic.py)
    assert lead(bot, q) == fact


@pytest.mark.parametrize("q", ["how old is seer ski", "which article of the jenny va conventions covers letters home"])
def test_a_dictated_name_asked_what_no_article_reports_stays_refused(bot, q):
    assert lead(bot, q) is None


@pytest.mark.parametrize("qs, fact", [
    (("how many new foreign fighters turn up each week", "what diseases did the captured men have was it hiv"), "chronic-illness-blog"),
    (("which regions do most of them surrender in is it kharkiv or zaporizhzhia or where",), "most-captured-in-donetsk"),
    (("my daughter asks what 'i want to live' is. is it a game?",), "iwtl-what-it-is"),
])
def test_a_guess_run_on_after_the_question_is_not_what_is_asked(bot, qs, fact):
    # a voice note runs its guess on with no stop ("… was it hiv", "… is it kharkiv or … or where"); its "it" pointed back at
    # the last answer and its alternatives were read as the subject; and a kind guessed after a "what … is" asked inside a
    # sentence ("… is. is it a game?") was asked as a question of its own
    assert lead(bot, *qs) == fact


@pytest.mark.parametrize("q", ["what is the geneva convention and when was it signed", "how many surrendered in 2023 was it a lot"])
def test_a_second_question_or_a_count_no_article_gives_stays_refused(bot, q):
    assert lead(bot, q) is None


@pytest.mark.parametrize("q", ["what do you know about I Want to Live?", "what can you tell me about the I Want to Live project?"])
def test_what_do_you_know_about_a_thing_asks_what_it_is(bot, q):
    # read as "what about i want to live" with no type, it was answered with the officers' shares (a fact that names the
    # project); since dialect.py reads "whaddya know about …" as these words, the dialect wording met the same
    assert lead(bot, q) == "iwtl-what-it-is"


def test_what_do_you_know_about_a_thing_no_article_reports_stays_refused(bot):
    assert lead(bot, "what do you know about the weather in Kyiv") is None


@pytest.mark.parametrize("q", ["heard tell them fellers was sick as dogs, that true?",
                               "I heard tell a lot of the prisoners were sick as a dog. what did they have?"])
def test_southern_sayings_are_read_as_what_they_say(bot, q):
    # "heard tell" (heard) and "sick as a dog" (very sick): the dog was a word no fact holds, and the turn was refused
    assert lead(bot, q) in {"chronic-illness-news", "chronic-illness-blog"}


def test_a_southern_saying_on_what_no_article_reports_stays_refused(bot):
    assert lead(bot, "heard tell they was sick as a dog. how many died of it?") is None


@pytest.mark.parametrize("q, fact", [
    ("who runs the eye want to leave hotline", "iwtl-what-it-is"),
    ("eye heard most of them are conscripts, is that true?", "conscripts-rest-blog"),
])
def test_a_dictated_eye_before_a_verb_is_i(bot, q, fact):
    # a voice note writes "I" as "eye"; before "want to leave" the project's name was not known, before "heard" no lead-in
    assert lead(bot, q) in {fact, "conscripts-share-news"}


def test_an_eye_that_is_an_eye_stays(bot):
    assert lead(bot, "how many lost an eye") is None
