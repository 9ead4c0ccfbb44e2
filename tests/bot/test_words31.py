"""Session 31's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", ["how many contract soldiers were captured?", "how many contract soldiers?",
                               "how many contract soldiers surrendered?", "how many contract troops were taken prisoner?"])
def test_a_count_of_men_of_one_kind_is_their_share(bot, q):
    # "contract SOLDIERS": the men counted are soldiers of a kind. "soldiers" is a stopword, so the phrase had ended at
    # "contract", a count of contracts, which no share of men answers: it was refused with the share only offered
    assert lead(bot, q) in {"contract-share-news", "contract-share-blog"}


def test_a_count_of_things_named_before_men_is_still_no_count_of_men(bot):
    # the word for men ends the phrase only after a noun: "how many prisoner exchanges" still counts exchanges, which no
    # count of men answers
    assert lead(bot, "how many prisoner exchanges have there been?") is None


@pytest.mark.parametrize("first", ["what share of prisoners were officers?", "how many were ncos?", "what share were rank and file?"])
@pytest.mark.parametrize("q", ["does that add up to 100?", "do they all add up?", "what do the shares sum to?"])
def test_whether_one_share_adds_up_is_the_sum_computed_from_it(bot, first, q):
    # after the officers' share, whose words hold none of the sum's, "does that add up to 100?" had led with an unrelated
    # claim (what surrenders cost Russia); the sum Sourced computed from the three shares answers it, its arithmetic shown
    assert lead(bot, first, q) == "rank-breakdown-sum"


CAPTURED = "how many russians have been captured?"


@pytest.mark.parametrize("q", ["how many went home?", "how many went back home?"])
def test_going_home_in_the_past_tense_is_the_exchanges(bot, q):
    # "went home", "gone home": the lexicon had only "go/going/get home", so the only fact holding "home" (the Ukrainians
    # the blog says came home) had led after the count of Russian prisoners
    assert lead(bot, CAPTURED, q) == "pows-returned-in-exchanges"


@pytest.mark.parametrize("q", ["what happens to them?", "what becomes of them?", "what happened to them?"])
def test_their_fate_after_a_count_is_what_is_done_to_them(bot, q):
    # after the count of prisoners, the claims it links to (more gave up in 2025 than before) had led, as a "how" question
    # favours linked claims; they say nothing done to the prisoners afterwards. The Geneva guarantee does
    assert lead(bot, CAPTURED, q) == "geneva-treatment-guarantee"

