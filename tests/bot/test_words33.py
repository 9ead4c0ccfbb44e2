"""Session 33's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", ["what's the number?", "and the figure?", "so what is the count?", "the number?"])
def test_the_number_asked_after_a_figure_in_words_is_that_figure(bot, q):
    # after the Ukrainians brought home in exchanges ("hundreds", the blog's words), "what's the number?" was looked up
    # afresh and answered with the more than 6,000 Russians handed back: a figure for the other side's men. Nothing else
    # named, it asks the last answer's own figure, which says no exact count is given
    assert lead(bot, "How many Ukrainians came home in the exchanges?", q) == "ukrainians-home-in-exchanges"


def test_the_number_asked_after_a_fact_with_no_figure_is_still_looked_up(bot):
    assert lead(bot, "why do Russian soldiers surrender?", "what's the number?") != "surrender-as-survival"


@pytest.mark.parametrize("q", ["Ukraine army still is in Kursk today or they went out?", "the ukrainians still are there in kursk?",
                               "ukrainian troops still are in kursk region now?"])
def test_still_before_its_verb_asks_how_things_stand_now(bot, q):
    # "still is in Kursk": a learner's word order for "is still in Kursk", how things stand now, which no article reports
    # (as "are they still in Kursk?" was refused); it was answered with the prisoners taken in Kursk
    assert lead(bot, "Where were most Russian soldiers captured?", q) is None


@pytest.mark.parametrize("q", ["and how many officers were killed, not captured?", "how many officers died, not surrendered?",
                               "and officers killed in action, not taken prisoner?"])
def test_what_a_question_sets_aside_after_not_is_no_part_of_it(bot, q):
    # "…killed, NOT CAPTURED": the capture is what the visitor sets aside; read as asked, it made the officers' share of
    # the prisoners fit, and that was the answer. Officers killed are in no article
    assert lead(bot, "what share of prisoners were officers?", q) is None


def test_a_figure_refused_after_not_is_still_what_is_asked_about(bot):
    # "an exact number, not 'hundreds'?": the words after "not" are the figure the visitor will not take, kept
    assert lead(bot, "how many Ukrainians came home in the swaps?", "an exact number, not 'hundreds'?") is None


@pytest.mark.parametrize("q", ["how do you get 5000 sq km out of 0.8 percent", "how did they get 5,000 square kilometres from 0.8%?",
                               "how would you arrive at 5000 km2 from 0.8 percent of Ukraine?"])
def test_how_a_computed_figure_was_arrived_at_is_its_computation(bot, q):
    # both numbers named, the article's 0.8 percent matched the army chief's fact literally and led; the question asks how
    # Sourced's 5,000 was reached, which the computed fact shows with its arithmetic
    assert lead(bot, q) == "territory-taken-2025-area"


@pytest.mark.parametrize("q", ["how do they get the land?", "how do they get 0.8 percent?"])
def test_how_something_is_got_without_the_computed_figure_is_not_the_computation(bot, q):
    assert lead(bot, q) != "territory-taken-2025-area"


@pytest.mark.parametrize("q", ["is that km figure actually in the article", "does the article give that?", "is that in the report?"])
def test_whether_an_article_gives_a_figure_shown_in_other_units_is_answered_by_its_computation(bot, q):
    # after "in square km?" turned the 0.8 percent into Sourced's 5,000 square kilometres, "is that km figure in the article?"
    # was read as a fresh question and answered with the 2025 losses; the computed fact says the article gives only the share
    assert lead(bot, "how much territory did russia gain in 2025", "in square km?", q) == "territory-taken-2025-area"


def test_the_turn_after_a_figure_in_other_units_keeps_the_year_of_the_figure_converted(bot):
    assert lead(bot, "How much land did Russia gain in 2025?", "In square kilometres?", "and at what cost in men?") == "casualties-2025"


# The review of this session's changes (/work/notes/s33/review.md) found four misreadings they brought; each is held here.
@pytest.mark.parametrize("turns, fact", [
    (("What share were officers?", "no, not that. how many NCOs?"), "nco-share-news"),
    (("Thanks, not bad. And how many officers were captured?",), "officers-share-news"),
])
def test_a_reaction_starting_with_not_before_the_question_leaves_the_question(bot, turns, fact):
    # ", not …" is set aside only within its clause: "no, not that. how many NCOs?" lost its question to it
    assert lead(bot, *turns) in {fact, fact.replace("-news", "-blog")}


@pytest.mark.parametrize("turns", [("Which year had the most surrenders?", "what's the number?"),
                                   ("Since when have more Russians than Ukrainians been taken prisoner?", "what's the number?"),
                                   ("what share of prisoners were officers?", "what's the count?")])
def test_the_number_asked_after_a_year_a_date_or_a_share_is_not_that_again(bot, turns):
    # the last answer's own figure is its count: a year, a date or a share repeated as "the number" answers nothing
    assert lead(bot, *turns) != lead(bot, turns[0])


def test_the_figure_asked_after_the_share_of_ukraine_is_still_the_computed_area(bot):
    assert lead(bot, "What share of Ukraine did Russia take in 2025?", "so what is the figure?") == "territory-taken-2025-area"


@pytest.mark.parametrize("q, fact", [("Can prisoners still be in touch with their families?", "geneva-treatment-guarantee"),
                                     ("how can soldiers still be in touch with the project from the front?", "iwtl-channels")])
def test_what_can_still_be_done_is_not_how_things_stand_now(bot, q, fact):
    assert lead(bot, q) == fact
