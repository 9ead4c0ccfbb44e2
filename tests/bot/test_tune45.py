"""TUNER45's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead

SHARES = ("contract-share-blog", "contract-share-news", "mobilised-share-blog", "mobilised-share-news",
          "conscripts-share-news", "conscripts-rest-blog")


@pytest.mark.parametrize("q", ["breakdown of POWs by category: kontraktniki vs mobiks vs srochniki?",
                               "POW categories: contract vs mobilised vs conscripts?"])
def test_a_breakdown_asked_by_category_is_the_composition(bot, q):
    # "by category", "categories": the prisoners' make-up by kind of service (it had been refused as not covered)
    assert lead(bot, q) in SHARES
