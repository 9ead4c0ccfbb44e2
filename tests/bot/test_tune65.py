"""Tuner 65's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q, fact", [
    ("Okay so for listeners who've never heard of it, what actually IS this 'I Want to Live' thing, like who runs it and what does it do?", "iwtl-what-it-is"),
    ("ok so for my class who never read it, how many Russians were captured by the end of 2025?", "captured-by-end-2025"),
    ("and for my students who don't know, what is I Want to Live?", "iwtl-what-it-is"),
])
def test_an_audience_named_before_the_question_is_not_a_closing_purpose(bot, q, fact):
    # "for listeners who've never heard of it, what is …": the audience named first, then the question after a comma;
    # it had been read as a purpose tacked on the end ("…, for listeners who can't picture percentages") reaching to the
    # question mark, which took the question with it (refused: nothing to look up). A purpose clause stops at a comma now
    assert lead(bot, q) == fact
