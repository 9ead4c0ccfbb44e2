"""MEND102's mends: each test names a way of asking that the bot read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead

GO_HOME = ("pows-returned-in-exchanges", "exchange-priorities")


@pytest.mark.parametrize("turns", [
    ("What becomes of the Russians Ukraine captures?", "Do they get freed eventually?"),
    ("What becomes of the Russians Ukraine captures?", "are they let go at some point?"),
    ("Are captured Russian soldiers released in the end?",),
    ("Does Kyiv ever release the prisoners it holds?",),
])
def test_captives_released_are_captives_sent_home(bot, turns):
    # "released", said of the captives, matched only the convicts' "release from prison" (recruitment-incentives);
    # for the men Ukraine holds it asks whether they go home, which the swaps answer
    assert lead(bot, *turns) in GO_HOME


@pytest.mark.parametrize("q, fact", [
    ("Were convicts promised release from prison if they signed up?", "recruitment-incentives"),
    ("when was the news report released?", "source:news-record-surrenders"),
])
def test_release_from_prison_and_a_release_date_are_not_a_swap(bot, q, fact):
    assert lead(bot, q) == fact


def test_others_working_to_get_them_released_stays_refused(bot):
    assert lead(bot, "Are foreign governments working to get their men released?") is None
