"""The tuner round of TUNER31 on tuning-ac, -ab, -y, -z, -aa, -w, -u and -v: one test per cause tuned, each in a wording of its own."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("asked, fact", [
    ("how does the writer interpret the rise in surrenders", "fundamental-shift-opinion"),
    ("is the bit about expendable men commentary or reporting", "expendable-opinion"),
])
def test_interpretation_and_commentary_are_the_authors_view(bot, asked, fact):
    """"How does the writer INTERPRET…", "is that COMMENTARY or reporting?": words for a writer's own reading of the facts, as
    "view" and "opinion" are (the lexicon's opinion group); read as subjects no fact holds, the questions were refused."""
    assert lead(bot, asked) == fact
