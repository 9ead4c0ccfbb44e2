"""Tuner 64's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q, source", [
    ("What is the exact title of the blog post?", "blog-mass-surrenders"),
    ("What is the exact title of the blog post, and its date of publication?", "blog-mass-surrenders"),
    ("what's the precise headline of the news report?", "news-record-surrenders"),
    ("What is the exact publication date of the blog?", "blog-mass-surrenders"),
])
def test_the_exact_title_or_date_of_an_article_is_its_record(bot, q, source):
    # "exact", "precise" asked of an article's title or date: its record, as without the word (they had been refused,
    # or answered with the headline's claim: "exact" was taken for a subject no fact holds)
    assert lead(bot, q) == "source:" + source
