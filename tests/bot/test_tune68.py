"""Session 68's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q, fact", [
    ("What is the basis for the 40% criminal record figure? Does the blog name a source?", "criminal-records"),
    ("the blog says 'military analysts' call it psy-war. which analysts? names?", "psychological-warfare-analysts"),
])
def test_a_closing_press_for_the_source_or_names_is_answered_by_the_first_question(bot, q, fact):
    # a second question pressing for whose the figure is or who they are ("does the blog name a source?", "names?")
    # made the whole turn a refusal; the first question's answer tells it as far as the articles do, so it is answered
    assert lead(bot, q) == fact
