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


@pytest.mark.parametrize("q", ["how'd Russians end up getting bagged on their own soil in Kursk?",
                               "how did russians get captured on their own soil?",
                               "were russians bagged in kursk?"])
def test_captured_as_bagged_and_russia_as_their_own_soil(bot, q):
    # soldiers' slang "bagged" is captured, and "their own soil" is Russia's: the Kursk captures (it had been refused)
    assert lead(bot, q) == "captured-zaporizhzhia-kursk"
