"""Session 30's tuning on set AL's gamer, conscript's relative and radio host: each test names a way of asking the bot
once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead


@pytest.mark.parametrize("q, fact", [
    ("If he is in plen, will Ukraine feed him and look after him?", "geneva-treatment-guarantee"),
    ("Will the Ukrainians give a man in plen lechenie?", "geneva-treatment-guarantee"),
    ("Is it safe to sdat'sya v plen with the I Want to Live project? How?", "iwtl-channels"),
    ("How many Russians have gone back in the obmeny?", "pows-returned-in-exchanges"),
    ("Is it true many of them come from the zona?", "contract-share-news"),
])
def test_transliterated_words_for_captivity_swaps_and_prison_are_read_in_english(bot, q, fact):
    # a relative writing Russian words in Latin letters: plen (captivity), sdat'sya v plen (to surrender), obmen/obmeny
    # (exchange/s), lechenie (medical care), zona (prison) had no fact and the question was refused as an unknown subject
    assert lead(bot, q) in {fact, fact.replace("-news", "-blog")}


@pytest.mark.parametrize("q", ["how many russians got deleted or hurt total", "how many russians got unalived or wounded",
                               "how many russians got fragged or hurt since it started"])
def test_a_gamers_words_for_killed_count_the_killed_and_wounded(bot, q):
    # "deleted", "unalived", "fragged": a gamer's words for killed, asked with the wounded, are the combined count
    # (they had been an unknown subject, refused)
    assert lead(bot, q) == "casualties-general-staff"


def test_a_gamers_word_for_killed_alone_is_told_the_count_is_combined(bot):
    reply = conversation(bot, "how many got deleted")
    assert not reply.answered and reply.reason == "not-covered" and "killed alone" in reply.message


@pytest.mark.parametrize("q, fact", [
    ("ok what about the sergeant tier", "nco-share-news"),
    ("what share is the sergeant level", "nco-share-news"),
    ("whats the officer tier share", "officers-share-news"),
])
def test_a_rank_named_as_a_tier_or_level_is_that_rank(bot, q, fact):
    # "the sergeant tier", "the officer level": a gamer's (or a chart's) way of naming a rank; the extra word covered
    # nothing and the question was refused
    assert lead(bot, q) in {fact, fact.replace("-news", "-blog")}


@pytest.mark.parametrize("q", ["What's the headline figure for total Russian prisoners that we can read out on air?",
                               "What's the single headline number of Russian prisoners, on air?"])
def test_a_broadcasters_headline_figure_for_a_thing_is_its_main_figure(bot, q):
    # "the headline figure FOR total prisoners", "…that I can read out on air": a radio host's words for the main figure
    # and its use, not the report's headline (which a bare "the headline number?" still asks about)
    assert lead(bot, q) == "captured-by-end-2025"


@pytest.mark.parametrize("then", ["Who do I cite for that?", "Who do I credit?", "who can we credit on air for that"])
def test_who_the_visitor_should_credit_is_who_gives_the_figure(bot, then):
    # "who do I credit?": the claimant of the last figure, as "who does the blog credit?" is (it had been an unknown
    # subject, or read against the wrong fact)
    assert lead(bot, "How many Russian prisoners are there in total?", then) == "captured-by-end-2025"


@pytest.mark.parametrize("q", ["Can you give me a direct quote from a Russian POW that I could read out on air?",
                               "Give me a quote from a prisoner for the show"])
def test_a_prisoners_own_words_are_refused(bot, q):
    # no article quotes a captured soldier: asked for a quote, the bot refuses rather than offer a neighbouring fact
    assert lead(bot, q) is None


@pytest.mark.parametrize("q, fact", [
    ("What's a good line on psychological warfare?", "psychological-warfare-analysts"),
    ("Give me a good line on how Ukraine gets intel out of the prisoners", "surrender-effects"),
    ("switch to the casualty toll for 2025", "casualties-2025"),
    ("Now switch to the record week for surrenders", "record-week-august-2024"),
])
def test_a_hosts_asking_for_a_good_line_or_switching_topic_names_no_subject(bot, q, fact):
    # "a GOOD line on…", "now SWITCH to…": how a radio host asks, no part of what is asked (the words covered nothing
    # and the question was refused)
    assert lead(bot, q) == fact


@pytest.mark.parametrize("q", ["Give me the blog post's argument in one line.", "Give me the blog post's argument in a sentence.",
                               "Give me the blog post's argument in a few words!"])
def test_how_long_an_answer_is_wanted_is_set_aside_before_a_full_stop_too(bot, q):
    # "…in one line." with a full stop (as a request is typed) had kept "in one line" and read "line" as a subject
    assert lead(bot, q) == "belief-wins-wars-opinion"
