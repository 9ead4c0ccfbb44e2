"""Session 29's tuning on set AK's fact-checker, army veteran and non-native speaker: each test names a way of asking the
bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead


@pytest.mark.parametrize("then", ["does the blog name the same locations?", "which locations does the blog give?"])
def test_locations_are_places(bot, then):
    # "location(s)" is the visitor's word for the places where men were taken (it had been an unknown subject, refused)
    assert lead(bot, "the news story says most prisoners were taken in Donetsk", then) == "surrender-hotspots-blog"
