"""Session 23's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", ["is Russia losing?", "are the Russians losing the war", "is the Russian army losing?"])
def test_is_russia_losing_is_the_authors_view_not_a_casualty_count(bot, q):
    # "losing" is the lexicon's word for losses; asked of a side with nothing after it, it asks who is losing, and the one
    # answer the articles give is the blog author's view that Putin is losing on the front of belief
    assert lead(bot, q) == "putin-losing-belief-opinion"


def test_losing_men_is_still_a_count(bot):
    assert lead(bot, "is Russia losing many men?") == "casualties-general-staff"


def test_who_is_losing_more_men_is_not_who_is_losing_the_war(bot):
    # "who is losing MORE MEN" compares the sides' losses as prisoners; "who is losing?" alone is the war's outcome
    assert lead(bot, "who is losing more men?") == "captures-reversed-since-june-2023"
    assert lead(bot, "who is losing the war?") is None
