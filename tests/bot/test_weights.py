"""Session 6's general mechanisms, each on its own: word weights, real words, rounded figures,
scene-setting clauses, attributions, follow-ups that point back, questions about a verb or an average."""
from __future__ import annotations

import pytest

from webapp.bot.normalize import read
from webapp.bot.understand import understand
from webapp.bot.weights import commonness, coverage, needed, rounds_to


def test_everyday_words_weigh_less_than_subject_words():
    assert commonness("way") < 0.5 and commonness("end") < 0.5
    assert commonness("tanks") == 1.0 and commonness("asylum") == 1.0
    assert commonness("zzqxv") == 1.0  # a word no list knows (a name, slang) weighs fully


def test_a_missing_everyday_word_costs_less_than_a_missing_subject_word():
    # two ideas held, one missing: an everyday word missing keeps the fact above the line, a subject word does not
    assert coverage([True, True, False], [1.0, 1.0, 0.3]) > 0.6 > coverage([True, False, False], [1.0, 1.0, 1.0])
    assert needed(3, 0.6, [1.0, 1.0, 0.3]) == 2 and needed(3, 0.6) == 2


@pytest.mark.parametrize("stated, fact, same", [
    (1.2e6, 1_213_460, True), (10_000, 10_000, True), (10_000, 6_000, False), (50_000, 10_000, False),
    (0.25, 0.25, True), (420_000, 420_000, True),
])
def test_a_rounded_figure_matches_the_facts_figure_to_its_digits(stated, fact, same):
    assert rounds_to(stated, fact) is same


def test_a_real_word_is_never_corrected_into_a_word_of_the_articles(bot):
    assert "medals" in read("what medals do they get", bot.lex).text


def test_short_scales_and_fractions_are_numbers(bot):
    assert 50_000 in read("is it true 50k were captured", bot.lex).numbers
    assert 0.25 in read("the blog says one in four", bot.lex).numbers


def test_an_attribution_names_the_article_not_a_topic(bot):
    plain = read("where do most soldiers surrender", bot.lex).concepts
    assert read("where, according to the blogger, do most soldiers surrender", bot.lex).concepts == plain


def test_a_scene_setting_clause_is_not_the_question(bot):
    q = "When the two sides trade prisoners, which Russian soldiers does Moscow want back first?"
    assert understand(q, bot.lex, bot.scope).qtype != "when"


def test_a_question_that_points_back_is_a_follow_up(bot):
    _, ctx = bot.answer("How many prisoners were foreign mercenaries?")
    reply, _ = bot.answer("what happens to them after they are caught", ctx)
    assert reply.answered and reply.statements[0].fact_id == "foreign-fighters-abandoned"


@pytest.mark.parametrize("question", [
    "Does Russia punish the families of soldiers who surrender?",  # the verb asked about: no fact holds it
    "what is the average age of the prisoners",  # a range is no average
    "how many of the prisoners have hiv exactly",  # "hundreds" is no exact count
    "what medals do russian soldiers get",
])
def test_neighbouring_facts_do_not_answer_these(bot, question):
    assert not bot.answer(question)[0].answered


@pytest.mark.parametrize("question, lead", [
    ("I'm preparing a lesson: roughly how many Russian soldiers had Ukraine taken prisoner by the close of 2025?",
     "captured-by-end-2025"),
    ("Could you explain why so few officers end up among the prisoners compared with ordinary soldiers?",
     "commanders-avoid-danger-opinion"),
    ("What is the 40 per cent figure in the blog post about? I forgot what it referred to.", "criminal-records"),
    ("On an ordinary week, how many Russians are handing themselves over to the Ukrainians?", "weekly-surrender-average"),
])
def test_long_questions_find_their_subject(bot, question, lead):
    reply, _ = bot.answer(question)
    assert reply.answered and reply.statements[0].fact_id == lead
