"""Session 22: visitors' questions of my own that the bot got wrong, one test per cause, each failing before its fix."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("question", [
    "why are so many surrendering in those places",
    "how come so many soldiers give up in those particular places",
])
def test_why_the_surrenders_happen_in_those_places_gets_the_places_reason(bot, question):
    """Only the blog says why the surrenders cluster where they do (the places where Russian forces have lost most);
    an example question of the fact's finds it for a "why in those places", not the project's route to surrender."""
    assert lead(bot, question) == "surrender-hotspots-blog"
