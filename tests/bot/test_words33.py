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
