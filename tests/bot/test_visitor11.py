"""Session 11: conversations that move on, and what a visitor's browser walk (WALK-12) hit. A question about "they" after a
refused question, or one with subjects of its own after another subject, is read on its own (the soldiers are what every
question here is about), while "it" still needs the thing the last question named; irregular past forms find their
verb; "the two articles" and "one of them" are no figure to correct; whether the articles agree is answered first."""
from __future__ import annotations

import re

import pytest

from webapp.bot.normalize import stem
from webapp.bot.reply import NOT_AS_STATED

from . import conversation


def test_they_after_a_refused_sum_is_read_on_its_own(bot):
    reply = conversation(bot, "how many were officers and NCOs combined", "how old were they")
    assert reply.answered and reply.statements[0].fact_id == "prisoner-age-range"


def test_it_after_a_refused_question_still_needs_what_it_named(bot):
    reply = conversation(bot, "When was the I Want to Live project first set up?", "and who is in charge of it?")
    assert not reply.answered


def test_a_whole_question_after_another_subject_is_read_on_its_own(bot):
    # WALK-12: both were refused, the conversation narrowed to the last subject (Syrskii's territory figure; the
    # weekly count of new foreign fighters, then a refused question about North Korea)
    reply = conversation(bot, "Who is Oleksandr Syrskii?", "Do prisoners get to call their families?")
    assert reply.answered and reply.statements[0].fact_id == "geneva-treatment-guarantee"
    reply = conversation(bot, "How many new foreign fighters turn up each week?", "Do North Korean soldiers fight for Russia?",
                         "Were the prisoners unemployed before they joined?")
    assert reply.answered and reply.statements[0].fact_id == "criminal-records"


def test_two_years_compared_after_a_total_are_answered_by_the_fact_comparing_them(bot):
    reply = conversation(bot, "How many Russians had been taken prisoner by the end of 2025?",
                         "and was that more than in 2022 and 2023?")
    assert reply.answered and reply.statements[0].fact_id == "surrenders-2025-exceed-2022-2023"


@pytest.mark.parametrize("question", ["is it true some wore armbands?", "did they wear armbands", "were any paid to join?"])
def test_irregular_past_forms_find_their_verb(bot, question):
    # Snowball leaves "wore" apart from "wear" and "paid" apart from "pay": the lemma joins them
    reply = conversation(bot, question)
    assert reply.answered and reply.statements[0].fact_id in ("infected-armbands", "recruitment-incentives")


@pytest.mark.parametrize("words", ["wound", "left", "found", "saw"])
def test_a_past_form_that_is_also_a_noun_stays_itself(words):
    assert stem(words) != stem({"wound": "wind", "left": "leave", "found": "find", "saw": "see"}[words])


@pytest.mark.parametrize("first, question", [
    ("how many were conscripts?", "do the two articles agree on that?"),
    ("where were contract soldiers recruited from?", "was Wagner one of them?"),
    (None, "Do the two articles agree on the share of foreign fighters?"),
])
def test_a_counting_word_is_no_figure_to_correct(bot, first, question):
    reply = conversation(bot, *filter(None, (first, question)))
    assert not reply.message.startswith(NOT_AS_STATED)


def test_whether_the_articles_agree_is_answered_first_by_how_they_compare(bot):
    reply = conversation(bot, "Do the two articles agree on the share of foreign fighters?")
    assert reply.message.startswith("Both give the same share; on the number of countries")
    assert {s.fact_id for s in reply.statements} >= {"foreign-fighters-blog", "mercenaries-news"}
    assert not re.search(r"\d", reply.message)  # the figures are in the statements, never in the bot's own words
    reply = conversation(bot, "how many were conscripts?", "do the two articles agree on that?")
    assert reply.message.startswith("The news report gives a share; the blog only says conscripts are the rest.")


def test_why_would_that_be_asks_for_the_reason_linked_to_the_last_answer(bot):
    reply = conversation(bot, "Since when have Russians been captured more often than Ukrainians?", "why would that be?")
    assert reply.answered and reply.statements[0].fact_id == "attackers-become-trapped"


def test_the_panel_form_swapped_in_after_an_answer_still_links_back_to_its_page(client):
    data = {"question": "how many surrender each week?", "back": "/modules/scale-and-pace", "about": "module:scale-and-pace"}
    html = client.post("/ask", data=data, headers={"HX-Request": "true", "HX-Target": "panel-log"}).get_data(as_text=True)
    assert '<input type="hidden" name="back" value="/modules/scale-and-pace">' in html
    # a back value naming another host is dropped, and the form falls back to where it was posted
    data["back"] = "//evil.example/x"
    html = client.post("/ask", data=data, headers={"HX-Request": "true", "HX-Target": "panel-log"}).get_data(as_text=True)
    assert "evil.example" not in html


def test_who_says_that_right_after_a_refusal_is_about_what_was_refused(bot):
    # WALK-12: it named the claimant of the answer before the refusal, as if the refused thing were claimed by them
    reply = conversation(bot, "What illnesses did the prisoners have?", "how many had HIV?", "who says that?")
    assert not reply.answered and "name nobody who says it" in reply.message
    # once something is answered again, "who says that?" is about that answer
    reply = conversation(bot, "What illnesses did the prisoners have?", "how many had HIV?", "what illnesses again?", "who says that?")
    assert reply.answered and reply.statements[0].fact_id.startswith("chronic-illness")


def test_who_says_that_after_a_refused_new_subject_names_nobody(bot):
    reply = conversation(bot, "When was the I Want to Live project first set up?", "who says that?")
    assert not reply.answered and "name nobody who says it" in reply.message
