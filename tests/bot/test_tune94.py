"""Session 40's tuner 94 wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q, facts", [
    ("my nephew asked me if men from abroad fight on the Russian side. do they?", {"foreign-fighters-blog", "mercenaries-news"}),
    ("My daughter wants to know whether a lot of the prisoners are ill. Are they?", {"chronic-illness-news", "chronic-illness-blog"}),
    ("our kids were asking if the captured soldiers can see a doctor", {"geneva-treatment-guarantee"}),
])
def test_a_yes_no_question_reported_with_if_or_whether_is_asked(bot, q, facts):
    # "my son asked IF …. Do they?": the reported question was read with the child and the asking as its subject, and
    # refused; the clause after "if"/"whether" is what is asked
    assert lead(bot, q) in facts


def test_a_reported_if_clause_followed_by_a_question_of_its_own_keeps_that_question(bot):
    # "…asked if all of them are Russian. Are any from other countries?": the second question is what is asked
    assert lead(bot, "My son asked if all the men caught are Russian. Are any of them from other countries?") \
        in {"foreign-fighters-blog", "mercenaries-news"}


def test_a_reported_yes_no_question_on_what_no_article_reports_stays_refused(bot):
    assert lead(bot, "my granddaughter asked if any women were among the prisoners. were there?") is None
