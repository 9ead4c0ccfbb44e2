"""Tuner 62's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("first, q", [
    ("did russia take a lot of land in 2025 or was it mid", "thats like how big in km"),
    ("How much territory did Russia take in 2025?", "so that's how much in square kilometres?"),
    ("How much land did Russia gain in 2025?", "that's roughly what in sq km?"),
])
def test_the_figure_named_first_then_the_unit_is_a_conversion(bot, first, q):
    # "that's (like) how big in km?": the last answer's figure named first, then the unit it is wanted in; it had been
    # read as a fresh question and repeated the share of Ukraine, now it gives Sourced's worked-out area
    assert lead(bot, first, q) == "territory-taken-2025-area"


@pytest.mark.parametrize("q, facts", [
    ("bro the officers just chilling in the back?? what % got caught", {"officers-share-blog", "officers-share-news"}),
    ("what share of the prisoners were officers chillin in the rear?", {"officers-share-blog", "officers-share-news"}),
    ("were the officers chilling at the rear while the privates got caught", {"commanders-avoid-danger-opinion"}),
])
def test_chilling_is_chat_not_a_subject(bot, q, facts):
    # "chilling", "chillin": chat for staying put, beside 'in the back' or 'at the rear' that say where; it had been an
    # unknown central word and refused the question, now it is read as 'lol' and 'bro' are
    assert lead(bot, q) in facts
