"""Session 74's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q, fact", [
    ("does the blog agree on the share of officers?", "officers-share-blog"),
    ("does the news piece agree about the places?", "most-captured-in-donetsk"),
])
def test_one_article_asked_whether_it_agrees_leads_with_its_own_facts(bot, q, fact):
    # "does the blog agree on…": the article asked about is the one named, but a comparison ignored the article it
    # names and led with the other one's fact whenever that scored a little higher
    assert lead(bot, q) == fact


def test_both_articles_asked_whether_they_agree_keep_their_order(bot):
    # "do the two articles agree…" names neither one as the one asked about: the best match still leads
    assert lead(bot, "do the two articles agree about the places?") == "surrender-hotspots-blog"
