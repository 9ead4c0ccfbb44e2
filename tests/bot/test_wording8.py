"""Session 8's wording mechanisms, in questions of our own: the names in the facts as visitors spell
them (lexicon groups), and a real word typed for another that sounds the same ("per weak")."""
from __future__ import annotations

import pytest


def lead(bot, question):
    reply, _ = bot.answer(question)
    return reply.statements[0].fact_id if reply.answered and reply.statements else None


@pytest.mark.parametrize("question, expected", [
    ("what did sirsky say about 2025", "territory-taken-2025"),
    ("were soldiers captured around zaporozhye", "captured-zaporizhzhia-kursk"),
    ("how many russians give up each weak on average", "weekly-surrender-average"),
    ("what is the weakly number of surrenders", "weekly-surrender-average"),
])
def test_a_name_or_word_spelt_another_way_finds_its_fact(bot, question, expected):
    assert lead(bot, question) == expected


def test_weak_as_a_word_of_its_own_is_left_alone(bot):
    # "weak" here is how the army is, not a week: no weekly count answers it
    assert lead(bot, "is the russian army weak") != "weekly-surrender-average"


@pytest.mark.parametrize("question", ["what's the gist of the blog post?", "sum up the author's key message"])
def test_the_main_argument_in_other_words_is_the_authors_main_argument(bot, question):
    assert lead(bot, question) in {"belief-wins-wars-opinion", "putin-losing-belief-opinion"}


@pytest.mark.parametrize("question", ["what is army life like for russian soldiers?",
                                      "how do prisoners describe everyday life in the russian ranks?"])
def test_life_in_the_army_is_the_conditions_not_the_treatment_of_prisoners_or_the_project(bot, question):
    assert lead(bot, question) == "conditions-in-russian-army"


def test_what_one_article_is_asked_to_think_is_not_answered_by_the_other(bot):
    # the view that Putin is losing is the blog's; the news report gives no such view
    assert lead(bot, "does the news report argue that putin is losing?") is None


def test_spoken_fillers_are_not_what_a_question_asks_about(bot):
    assert lead(bot, "umm okay so, how many russians has ukraine taken prisoner the other way round") == "captured-by-end-2025"


def test_switching_back_to_the_russians_keeps_what_the_last_question_asked(bot):
    _, ctx = bot.answer("What share of Ukrainian POWs in Russia are officers?")  # refused: Ukraine's own men
    reply, _ = bot.answer("yeah and for the russians ukraine has captured?", ctx)
    assert reply.answered and reply.statements[0].fact_id in {"officers-share-news", "officers-share-blog"}


@pytest.mark.parametrize("question, expected", [
    ("how much does the kremlin value its soldiers?", "kremlin-values-troops-little"),  # a degree, not an amount
    ("how much do russian commanders care for the men under them?", "full-scale-invasion-february-2022"),
    ("for my class - who runs the I Want to Live project?", "iwtl-what-it-is"),  # how to answer, not what
    ("in one sentence: what is the i want to live project", "iwtl-what-it-is"),
])
def test_how_a_question_is_framed_is_not_what_it_asks(bot, question, expected):
    assert lead(bot, question) == expected


@pytest.mark.parametrize("asked, granted", [
    ("why do men sign up for the russian army?", " if it's that awful"),
    ("why do people still join the army", " when things are so grim"),
])
def test_what_a_why_question_grants_is_not_what_it_asks(bot, asked, granted):
    # the clause is granted; the question is why they sign up, and it gets the same answer
    assert lead(bot, asked) is not None and lead(bot, asked.rstrip("?") + granted + "?") == lead(bot, asked)
