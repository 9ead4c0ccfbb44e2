"""Tuner 57's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", [
    "What proportion were NCOs, i.e. sergeants and the like?",
    "How many ncos, ie sergeants, were caught?",
    "What share were non-commissioned officers, e.g. sergeants?",
])
def test_ie_and_eg_before_an_example_carry_no_topic(bot, q):
    # "i.e.", "e.g." before the visitor's own gloss: a way of writing, not a subject (they had been refused as a word
    # no fact holds); now the NCO share answers
    assert lead(bot, q) == "nco-share-news"


@pytest.mark.parametrize("q, fact", [
    ("Does the gentleman who wrote the blog take it to mean the commanders keep themselves out of harm's way?",
     "commanders-avoid-danger-opinion"),
    ("Does the man who wrote the blog take that to mean the officers stay away from danger?", "commanders-avoid-danger-opinion"),
    ("What does the lady who wrote the blog make of the small share of officers?", "commanders-avoid-danger-opinion"),
    ("Does the chap who writes the blog read it as a sign Putin is losing?", "putin-losing-belief-opinion"),
])
def test_the_writer_named_the_long_way_round_taking_it_to_mean(bot, q, fact):
    # "the gentleman who wrote the blog TAKE IT TO MEAN / MAKE OF / READ IT AS": the author's view asked, as "… thinks"
    # already read (they had been refused: "who wrote" read as asking who wrote the article)
    assert lead(bot, q) == fact


@pytest.mark.parametrize("questions, fact", [
    (("The blog calls the surrender numbers unprecedented.", "Whose dataset backs that claim, per the blog?"), "surrenders-unprecedented"),
    (("How many surrender each week?", "whose dataset is that, according to the news?"), "weekly-surrender-average"),
    (("How many Russians had been captured by the end of 2025?", "on whose dataset?"), "captured-by-end-2025"),
    (("How many Russians had been captured by the end of 2025?", "whose datasets are those from?"), "captured-by-end-2025"),
])
def test_whose_dataset_is_whose_data(bot, questions, fact):
    # "whose dataset …?" after an answer: who stands behind it, as "whose data" already read ("dataset" had been a
    # subject word no fact holds, or led to another fact); now the last answer, with its claimant
    assert lead(bot, *questions) == fact


@pytest.mark.parametrize("q", [
    "were sick soldiers packed off to the front?",
    "were the infected men shipped off to fight?",
    "were the ill ones bundled off to the front anyway?",
])
def test_packed_off_is_sent(bot, q):
    # "packed off", "shipped off", "bundled off" to the fighting: sent there, as "before deployment" is read "before being
    # sent to fight" (they had been refused, "packed" a subject word no fact holds); now the 'infected' armbands answer
    assert lead(bot, q) == "infected-armbands"


def test_packed_off_after_asking_about_the_sick(bot):
    assert lead(bot, "Were many of the captured ones poorly?",
                "Do they say whether the sick ones were packed off to the fighting?") == "infected-armbands"


@pytest.mark.parametrize("questions", [
    ("What % of prisoners are foreigners?", "How many countries is that spread across?"),
    ("How many mercenaries were captured?", "and how many countries is that spread over?"),
])
def test_spread_across_countries_is_where_they_are_from(bot, questions):
    # "how many countries is that SPREAD ACROSS?" after the foreigners' share: where they come from (they had been refused,
    # "spread" a word no fact holds beside only "countries" and "that"); now the share from 40 countries answers
    assert lead(bot, *questions) in {"mercenaries-news", "foreign-fighters-blog"}


@pytest.mark.parametrize("q", [
    "the 'mercenaries' label, who even decided they were mercs?",
    "who deemed them mercenaries?",
    "who designated them mercenaries?",
    "and who branded them mercs?",
])
def test_who_decided_they_were_mercenaries_is_who_identified_them(bot, q):
    # "who DECIDED THEY WERE mercs?", "deemed", "designated", "branded": who identified them as mercenaries, which the
    # report says it does not tell (they had been refused: "decided" a word no fact holds); now that fact answers
    assert lead(bot, "what share of the prisoners are foreigners?", q) == "mercenaries-news"
