"""Session 17: visitors' questions of my own that the bot got wrong, one test per cause, each failing before its fix."""
from __future__ import annotations

import pytest

from . import lead, reply_to


@pytest.mark.parametrize("question", [
    "did Ukraine invade Russia?",
    "has the Ukrainian army ever gone into Russia",
    "when did Kyiv's forces enter Kursk?",
    "did ukraine take territory in russia",
])
def test_ukraine_moving_into_russia_is_kyivs_incursion(bot, question):
    """Ukraine the one moving and Russia's soil the place: the Kursk incursion, not Russia's invasion nor the land Russia took."""
    assert lead(bot, question) == "captured-zaporizhzhia-kursk"


def test_russia_moving_into_ukraine_is_still_the_war(bot):
    assert lead(bot, "when did Russia invade Ukraine?") == "full-scale-invasion-february-2022"
    assert lead(bot, "how much land did Russia take last year?") == "territory-taken-2025"
