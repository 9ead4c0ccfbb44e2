"""Session 50's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest


def lead_of(bot, q):
    reply, _ = bot.answer(q, None)
    assert reply.answered, q
    return reply.statements[0].fact_id


@pytest.mark.parametrize("q", ["Were foreigners promised a Russian passport?",
                               "Did the foreign recruits get offered passports?",
                               "Hang on, wasn't it the foreign fighters who were promised passports?"])
def test_a_passport_is_the_citizenship_foreigners_were_promised(bot, q):
    # "passport(s)": the blog's "promises of money or citizenship" to foreign recruits (had been refused: no fact held the word)
    assert lead_of(bot, q) == "foreign-fighters-blog"
