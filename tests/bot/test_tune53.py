"""TUNER53's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead


@pytest.mark.parametrize("then", ["ukraine side?", "Ukraine's losses?", "kyiv side?"])
def test_the_other_side_named_bare_after_a_count_is_refused(bot, then):
    # "ukraine side?" after a Russian count asks for Ukraine's own figure, which no article gives (the bare "ukraine"
    # had matched "Ukraine's General Staff" and the last count came back)
    assert lead(bot, "dead+wounded total?", then) is None
    assert lead(bot, "how many surrender each week?", then) is None


@pytest.mark.parametrize("then", ["KIA alone?", "just the WIA?", "KIAs only?"])
def test_kia_or_wia_alone_is_one_half_of_a_joined_count(bot, then):
    # the jargon KIA / WIA is the killed / the wounded: asked alone it is one half of a count the articles give only
    # joined (it had been answered with the combined figure)
    assert lead(bot, "total Russian KIA plus WIA?", then) is None


def test_kia_plus_wia_is_still_the_joined_count(bot):
    assert lead(bot, "total Russian KIA plus WIA?") == "casualties-general-staff"


@pytest.mark.parametrize("q", ["every week how much Ukrainians is captured from the Russians?",
                               "how much ukrainians is captured by russia?"])
def test_how_much_ukrainians_captured_is_the_other_side(bot, q):
    # a learner's "how much" for "how many": Ukrainians captured is the other side's count, which no article gives
    # (it had been answered with the weekly rate of Russian surrenders)
    assert lead(bot, "what is this project 'I Want to Live'?", q) is None


def test_how_much_ukrainian_territory_is_still_answered(bot):
    assert lead(bot, "How much Ukrainian territory did Russia capture in 2025?") == "territory-taken-2025"


@pytest.mark.parametrize("q", ["and what do Russian officials say about these numbers?", "what does the Kremlin say about these numbers?",
                               "what does Moscow think about it?"])
def test_what_russia_says_after_a_figure_is_refused(bot, q):
    # Russia's own word on a figure is in no article; after a figure the question had read as "these numbers?" again
    # (the Russian speaker is no subject word) and the weekly rate came back
    assert lead(bot, "how many surrender each week?", q) is None


def test_what_russians_get_is_still_answered(bot):
    assert lead(bot, "what do russians get if they surrender to ukraine") == "geneva-treatment-guarantee"


@pytest.mark.parametrize("q", ["when was the last exchange, which date?", "when was the last big prisoner exchange, which date"])
def test_which_date_asks_when(bot, q):
    # "which date" asks for a date as "what date" does; no article dates an exchange (the tail had been read as a
    # second question choosing among facts, and the exchange facts came back)
    assert lead(bot, "how much Russian prisoners went back home with exchange?", q) is None
    assert lead(bot, q) is None


@pytest.mark.parametrize("q", ["bet Russia runs exactly the same kind of hotline for Ukrainians, what's theirs called?",
                               "does russia have a hotline for ukrainians?"])
def test_a_hotline_for_ukrainians_is_the_other_side(bot, q):
    # a hotline for Ukrainians (without "surrender" before it) is Russia's side of the project, which no article reports
    # (it had been answered with the analysts' psychological-warfare view of I Want to Live)
    assert lead(bot, q) is None


@pytest.mark.parametrize("q", ["What was the date of the last prisoner swap?", "what's the exact date of the latest prisoner swap?"])
def test_the_date_of_one_event_is_that_events_date(bot, q):
    # "the date of the last swap" asks for one event's date as "when was the last swap?" does; no article dates a swap
    # (it had been answered with the record year, a year any dated fact names)
    assert lead(bot, q) is None
