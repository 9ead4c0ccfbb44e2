"""TUNER67's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", ["And the 420,000 for last year — is that the General Staff too?",
                               "the 420,000 for 2025: is that the General Staff's figure as well?",
                               "And the 420,000 - is it from the General Staff too?"])
def test_a_stated_figure_said_first_then_whose_it_is(bot, q):
    # the figure said first, then "is that the General Staff too?" of a pronoun pointing back at it: it was read as a
    # question about the General Staff in that year, and refused ("no figure for that year"); it is now read as
    # "is the 420,000 … from the General Staff?", which the fact carrying the figure answers with its own claimant
    assert lead(bot, "Can I quote 1.2 million Russian casualties? Who says that?", q) == "casualties-2025"


@pytest.mark.parametrize("q", ["and 2025 - is that the record year?", "the 350 - is that the record week?"])
def test_a_year_or_a_figure_then_a_thing_no_body_is_no_source_check(bot, q):
    # a year said first ("and 2025 - is that the record year?") or a thing that is no institution nor article is no
    # source check: read as before
    from webapp.bot.fronted import fronted
    assert fronted(q) == q
