"""The tuner round of TUNER24 on tuning-s, -m, -l, -k and -v: one test per cause tuned, each in a wording of its own."""
from __future__ import annotations

import pytest

from . import lead, reply_to


@pytest.mark.parametrize("question", ["so what does the writer reckon", "what's the blog author's view?", "and what does the blogger think"])
def test_the_authors_view_of_nothing_in_particular_is_his_main_argument(bot, question):
    """Every word a frame of asking: the author's view overall, as "what is the author's main argument?" is answered."""
    assert lead(bot, question) == lead(bot, "what is the author's main argument")


def test_the_authors_view_of_a_subject_or_of_the_last_answer_stays_on_it(bot):
    assert lead(bot, "what does the writer think about putin's pay rises") == "putin-compensation-tactics"
    assert lead(bot, "what does the blogger conclude") == "putin-losing-belief-opinion"
    assert not reply_to(bot, "what does the news report think").answered


@pytest.mark.parametrize("question", ["what would a russian soldier receive for giving himself up",
                                      "what do the men get once they surrender to the ukrainians"])
def test_what_those_who_surrender_get_is_what_they_are_promised(bot, question):
    """"Get" is the frame of asking what is offered them: the guarantee, not the weekly count of surrenders."""
    assert lead(bot, question) == "geneva-treatment-guarantee"


def test_what_ukraine_gets_out_of_a_surrender_is_still_its_gain(bot):
    assert lead(bot, "what does ukraine get out of each soldier who surrenders") == lead(bot, "what does ukraine gain from each surrender")


def test_a_whole_war_figure_is_not_one_computed_from_a_single_years_share(bot):
    """"In total" asks for the whole war: the area Sourced computed from 2025's share is no more an answer than the share."""
    assert not reply_to(bot, "what area of ukraine has russia captured altogether").answered
    assert lead(bot, "how much ground did russia gain in 2025") in ("territory-taken-2025", "territory-taken-2025-area")


@pytest.mark.parametrize("question, fact", [
    ("how many russian troops have been taken prisoner since 2022", "captured-by-end-2025"),
    ("total russian dead and injured since february 2022", "casualties-general-staff"),
])
def test_since_the_first_year_reported_is_the_whole_span(bot, question, fact):
    """"Since 2022", the first year the articles report, is all along (as "last year" is the latest), not 2022 alone."""
    assert lead(bot, question) == fact


def test_since_a_later_year_still_asks_for_that_span(bot):
    assert not reply_to(bot, "how many russians surrendered since 2024").answered


@pytest.mark.parametrize("question, fact", [
    ("sorry, when did the full-scale invasion begin again?", "full-scale-invasion-february-2022"),
    ("who is the army chief again", "territory-taken-2025"),
])
def test_a_closing_again_asks_to_be_reminded(bot, question, fact):
    assert lead(bot, question) == fact


def test_a_thing_done_again_is_still_asked_about(bot):
    """"Captured again" is being caught a second time, which a fact reports; the 'again' stays."""
    assert lead(bot, "were some of them captured again") == lead(bot, "were some of them captured twice")


def test_a_figure_checked_for_the_wrong_year_is_answered_by_the_fact_giving_it(bot):
    """The 10,000 is a count by the end of 2025: checked for 2024, the fact giving it answers (with its own year), not a
    2024 fact on something else; a figure no fact carries, checked for the right year, is still that year's fact."""
    assert lead(bot, "did ukraine hold over 10k russian pows by the end of 2024?") == "captured-by-end-2025"
    assert lead(bot, "did russia take 8 percent of ukraine in 2025?") == "territory-taken-2025"


def test_the_kursk_operation_is_kyivs_incursion(bot):
    """"Operation", of Kursk or of Ukraine, is the incursion the news report dates; Russia's planned operations are not."""
    assert lead(bot, "what month was ukraine's kursk operation") == "captured-zaporizhzhia-kursk"
    assert lead(bot, "do captured officers give away russia's planned operations") == "surrender-effects"


def test_a_question_asked_again_is_asked_afresh(bot):
    """"Which diseases again?" after a refused count of one of them re-asks the diseases: a question of its own, not an
    ellipsis of the refused one (its 'again' is dropped as a word, but not what it says about the question)."""
    assert lead(bot, "which diseases did the captured men have?", "how many had tuberculosis?",
                "which diseases again?").startswith("chronic-illness")
