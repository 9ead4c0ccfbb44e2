"""Session 24's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead


@pytest.mark.parametrize("q", ["why would a man sign up to fight?", "why would a man join up?"])
def test_a_man_asked_about_is_people_asked_about(bot, q):
    # the example question says "why did PEOPLE sign up to fight?"; "a man" and "men" are the same weak word as "people",
    # so the example matches and the reasons for joining lead, not the author's view of Putin's forced recruitment
    assert lead(bot, q) == "recruitment-incentives"
