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
