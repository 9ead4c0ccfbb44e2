"""The tuner round of TUNER26 on tuning-p, -u, -r, -o, -j and -h: one test per cause tuned, each in a wording of its own."""
from __future__ import annotations

import pytest

from . import lead, reply_to


@pytest.mark.parametrize("question, facts", [
    ("do the two texts both talk about tuberculosis", {"chronic-illness-news", "chronic-illness-blog"}),
    ("which text names pokrovsk", {"surrender-hotspots-blog"}),
])
def test_a_text_is_one_of_the_articles(bot, question, facts):
    """"Both texts", "the text": the articles, as a class calls what it reads, not a subject no fact holds."""
    assert lead(bot, question) in facts


def test_what_no_text_reports_is_still_refused(bot):
    assert not reply_to(bot, "does the text mention wagner").answered
