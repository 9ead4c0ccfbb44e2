"""Session 90's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q, fact", [
    ("abeg how many Russian soldiers don give up?", "captured-by-end-2025"),
    ("wetin be the weekly average wey dem dey surrender?", "weekly-surrender-average"),
    ("how many foreign fighters dey inside the prisoners?", "mercenaries-news"),
    ("abeg how much of Ukraine Russia don collect for 2025?", "territory-taken-2025"),
])
def test_pidgin_words_are_read_as_the_standard_ones(bot, q, fact):
    # "don" (have), "dey" (are), "wey dem" (that they), "wetin" (what), "abeg" (please), "collect" (take, of land) were
    # read as unknown topic words and the question refused
    assert lead(bot, q) == fact


def test_nko_asks_what_about_the_thing_before_it(bot):
    assert lead(bot, "how many Russians have been exchanged?", "and Ukraine soldiers nko?") == "ukrainians-home-in-exchanges"


@pytest.mark.parametrize("q", ["abeg you think say the war go end this year?", "abeg you think say Putin go lose?",
                               "how far is Pokrovsk from kyiv?", "abeg how many Russian soldiers don die?"])
def test_pidgin_forecasts_and_uncovered_questions_stay_refused(bot, q):
    # "go end" is "will end", a forecast; "how far" asking a distance is not the greeting; deaths alone are not given
    assert lead(bot, q) is None
