"""Session 18: visitors' questions of my own that the bot got wrong, one test per cause, each failing before its fix."""
from __future__ import annotations

import pytest

from . import lead, reply_to


@pytest.mark.parametrize("question, fact", [
    ("what does the 1.2 million figure refer to?", "casualties-general-staff"),
    ("What does 'I Want to Live' refer to?", "iwtl-what-it-is"),
    ("the 0.8 percent, what is it referring to", "territory-taken-2025"),
])
def test_refer_to_is_how_the_question_asks_not_what_it_asks_about(bot, question, fact):
    """"what does X refer to" asks what X is, like "what does X mean"; "refer" is no subject a fact could lack."""
    assert lead(bot, question) == fact


@pytest.mark.parametrize("question, fact", [
    ("what does the 83% represent?", "rank-and-file-share-blog"),
    ("the 13% denotes what?", "nco-share-news"),
    ("what does the 0.8 percent figure signify?", "territory-taken-2025"),
])
def test_a_figure_a_fact_carries_is_what_the_question_is_about(bot, question, fact):
    """A figure stated, asked about with no subject word of its own ("signify", "denotes"), is looked up by the figure."""
    assert lead(bot, question) in {fact, fact.replace("-blog", "-news")}


@pytest.mark.parametrize("question", [
    "what about the 10,000 tanks?",
    "what is 350 penguins?",
    "what do the 6,000 pilots do?",
    "how many are older than 65?",
])
def test_a_figure_of_something_no_fact_counts_is_still_refused(bot, question):
    assert lead(bot, question) is None


@pytest.mark.parametrize("question, fact", [
    ("how would a soldier go about handing himself in?", "iwtl-path-to-surrender"),
    ("how many surrendered here last year?", "captured-by-end-2025"),
])
def test_a_pronoun_or_here_is_no_subject_and_handing_himself_in_is_surrender(bot, question, fact):
    """"himself", "myself", "here" name nothing a fact could lack; "hand himself in" is to surrender."""
    assert lead(bot, question) == fact


@pytest.mark.parametrize("question, fact", [
    ("waht share of them were officers?", "officers-share-news"),
    ("hwat is the I Want to Live project?", "iwtl-what-it-is"),
])
def test_two_letters_typed_the_wrong_way_round_in_a_short_word(bot, question, fact):
    """"waht", "wehn": a four-letter slip too short for the edit-distance correction, read as the word meant."""
    assert lead(bot, question) == fact


def test_a_real_four_letter_word_is_not_swapped_into_another(bot):
    from webapp.bot.normalize import Lexicon
    lex = Lexicon.build([], ["the form of the report"])
    assert lex.correct("from") == "from" and lex.correct("fomr") == "form"


@pytest.mark.parametrize("question", ["how many were captured", "how many men were captured", "how many guys got caught"])
def test_a_bare_how_many_captured_is_the_whole_count_not_the_ill_among_them(bot, question):
    """With nothing but 'captured' to go on, the count of all prisoners answers, not the chronically ill among them
    (whose example question, 'do many of the captured have chronic illnesses?', shares the words)."""
    assert lead(bot, question) == "captured-by-end-2025"


@pytest.mark.parametrize("question", ["350 a day?", "350 surrendered in a single day?"])
def test_a_figure_said_back_for_another_period_gets_the_fact_and_says_so(bot, question):
    """A figure said back with the wrong period and no "is it true" before it: the week's record, marked as another period."""
    reply = reply_to(bot, question)
    assert reply.answered and reply.statements[0].fact_id == "record-week-august-2024"
    assert "different period" in reply.message


def test_a_figure_said_back_of_something_no_fact_counts_is_refused(bot):
    assert lead(bot, "350 penguins a day?") is None
