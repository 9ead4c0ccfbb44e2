"""The tuner round of TUNER33 on tuning-p, -s, -u, -j, -h, -m, -ab and -v: one test per cause tuned, each in a wording of its own."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("earlier, why", [
    ("where do the russians give up most often", "how come there?"),
    ("which places does the blog say most surrenders happen", "why in those towns"),
])
def test_why_there_after_where_they_surrender_is_what_the_places_share(bot, earlier, why):
    """"Why there?" after where most soldiers surrender: the statement that says what the places share ("places where Russian
    forces have lost very heavily", lastanswer.WHY_THERE); read afresh, the Kursk fact led for its "after Kyiv's incursion"."""
    assert lead(bot, earlier, why) == "surrender-hotspots-blog"
