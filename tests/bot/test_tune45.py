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


@pytest.mark.parametrize("q, fact", [
    ("Will they hurt him if he surrenders?", "geneva-treatment-guarantee"),
    ("If he is wounded and exchanged, will they send him back to fight again?", "exchange-priorities"),
])
def test_what_befalls_a_man_who_surrenders_asked_ahead_is_not_a_forecast(bot, q, fact):
    # a relative asks what will happen to one man if he gives himself up: what the articles say happens to such men
    # (these had been refused as forecasts)
    assert lead(bot, q) == fact


def test_hurt_and_fed_asked_together_after_how_to_surrender(bot):
    reply = conversation(bot, "How can a soldier give himself up safely?",
                         "Will they hurt him if he surrenders? Will he be fed and looked after?")
    assert reply.answered and reply.statements[0].fact_id == "geneva-treatment-guarantee"


@pytest.mark.parametrize("q", ["can prisoners call us?", "Will he be allowed to call me from captivity?",
                               "can he phone me once he's a prisoner?"])
def test_calling_the_asker_is_contact_with_family(bot, q):
    # "call me", "phone us": the family contact the Geneva guarantee promises (it had been answered with the headline)
    assert lead(bot, q) == "geneva-treatment-guarantee"


@pytest.mark.parametrize("q", ["They told him he would be a driver far behind the lines. Does this happen to others?",
                               "My son was told he would be in a support role. Does this happen to others?"])
def test_a_promise_told_to_one_man_and_checked_as_common(bot, q):
    # "they told him he would…" is a promise made to him; "does this happen to others?" asks whether the story before it is
    # common (had been answered with the record year, or refused)
    assert lead(bot, q) in ("coerced-or-misled", "sent-untrained-into-drone-zones")


@pytest.mark.parametrize("q", ["They told him he would be a driver far behind the lines. Does this happen to others?",
                               "They told him he would be a cook behind the lines. Does this happen to others?"])
def test_jobs_in_the_rear_in_everyday_words(bot, q):
    # "driver", "cook", "behind the lines": the rear-area or non-combat posts recruits were promised, so the fact naming
    # those posts leads (it had come second, after what became of such recruits)
    assert lead(bot, q) == "coerced-or-misled"
