"""Tuner 39's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation


@pytest.mark.parametrize("before, q", [
    ("Syrskii gives a share of Ukraine's territory for 2025.", "What area does the report give for Ukraine, in square kilometres?"),
    ("how much land did Russia take in 2025?", "how big is all Ukraine in square kilometres?"),
    ("who said 0.8%?", "what's ukraine's total area according to the article"),
])
def test_the_size_of_the_whole_country_is_the_articles_figure_not_the_computed_area(bot, before, q):
    # "how big is all Ukraine", "Ukraine's total area": the 603,550 sq km the report gives leads, not the 5,000 sq km
    # Sourced computed from 0.8 percent of it (the unit asked had put the computed area first)
    reply = conversation(bot, before, q)
    assert reply.answered and reply.statements[0].fact_id == "territory-taken-2025"


def test_a_since_when_question_naming_a_side_is_read_on_its_own_after_another_subject(bot):
    # "since when has Ukraine been taking more POWs than it loses?" after the attackers' opinion: a question of its own
    # (its "it" is Ukraine, not the last answer), answered by June 2023's reversal; it had been refused as a follow-up
    reply = conversation(bot, "Does the attacker usually take more prisoners?",
                         "Since when has Ukraine been taking more POWs than it loses?")
    assert reply.answered and reply.statements[0].fact_id == "captures-reversed-since-june-2023"


@pytest.mark.parametrize("q", ["Is I Want to Live basically a psyop, like the leaflet drops of WW2?",
                               "Is the project a kind of psyop, similar to the leaflets of the Second World War?"])
def test_a_likeness_to_another_war_beside_the_question_is_set_aside(bot, q):
    # ", like the leaflet drops of WW2": the question is about this war's project, answered by the analysts' view (it had
    # been refused as a question about other wars); a question about another war itself still is
    assert conversation(bot, q).statements[0].fact_id == "psychological-warfare-analysts"
    assert not conversation(bot, "how were prisoners treated in ww2").answered



def test_a_follow_up_setting_years_side_by_side_is_read_afresh_when_the_last_subject_lacks_them(bot):
    # "the claim that 2025 beat 2022 and 2023 combined - whose numbers?" after the 10,000's source: the blog's comparison
    # of those years, not the 10,000 again (the conversation had kept the last answer)
    reply = conversation(bot, "Source for the 10,000 figure?",
                         "And the claim that 2025 beat 2022 and 2023 combined - whose numbers is that based on?")
    assert reply.statements[0].fact_id == "surrenders-2025-exceed-2022-2023"


def test_that_approach_names_no_thing_of_its_own(bot):
    # "how do military analysts characterise that approach?" after how the project reaches troops: "approach" is a
    # way of doing something, as "way" is, not a subject no fact holds; the analysts' view answers (it had been refused)
    reply = conversation(bot, "How does the 'I Want to Live' project reach Russian troops?",
                         "How do military analysts characterise that approach?")
    assert reply.answered and reply.statements[0].fact_id == "psychological-warfare-analysts"


@pytest.mark.parametrize("q", ["what do they mean by the 'lightening raid', what raid",
                               "what does the report mean by the 'lightening raid'"])
def test_what_they_mean_by_a_phrase_is_a_what_is_question(bot, q):
    # "what do they mean by X" asks what X is, as "what does X mean" does: the Kursk incursion answers (it had been
    # refused: the phrase is in no fact, and read without the what-is type its odd word sank it)
    reply = conversation(bot, q)
    assert reply.answered and reply.statements[0].fact_id == "captured-zaporizhzhia-kursk"


def test_over_which_period_asks_when_not_about_a_subject_no_fact_holds(bot):
    # "…and over which period?": the span of time the figure covers, which the fact gives (2025), not a thing called a
    # "period" that no fact holds (the question had been refused on that word)
    reply = conversation(bot, "Syrskii's 0.8%: of what total area, and over which period?")
    assert reply.answered and reply.statements[0].fact_id == "territory-taken-2025"
