"""The tuner round of TUNER27 on tuning-y, -z, -w, -v, -x, -s and -m: one test per cause tuned, each in a wording of its own."""
from __future__ import annotations

import pytest

from . import lead, reply_to


@pytest.mark.parametrize("typed, spelled", [
    ("havent they counted how many prisoners there are", "haven't they counted how many prisoners there are"),
    ("does the blogger reckon russia cant win", "does the blogger reckon russia can't win"),
])
def test_a_negative_typed_without_its_apostrophe_is_the_same_word(bot, typed, spelled):
    """"cant", "havent", "didnt": a chat box's spelling of a negative, no subject word no fact holds."""
    assert lead(bot, typed) is not None
    assert lead(bot, typed) == lead(bot, spelled)


def test_a_negative_without_its_apostrophe_does_not_answer_what_no_article_covers(bot):
    assert not reply_to(bot, "didnt they capture any tanks").answered
