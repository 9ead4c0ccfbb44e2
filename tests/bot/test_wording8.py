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
