"""Session 31's speed mends: follow-up checks that look facts up by an index, never by walking the whole store."""
from __future__ import annotations

from dataclasses import replace


class Unwalkable(dict):
    """The store's facts, which may be looked up by id but not walked: a walk at 50,000 facts is what the bench times."""
    def items(self):
        raise AssertionError("walked the whole store")

    values = __iter__ = items


def test_another_years_figure_is_found_through_the_year_index(bot, monkeypatch):
    last = bot.store.facts["casualties-general-staff"]  # the war's total
    monkeypatch.setattr(bot, "store", replace(bot.store, facts=Unwalkable(bot.store.facts)))
    # "who gives the 2025 figure?" after the war's total: 2025's losses give one (found by year, not by a walk) …
    assert bot.year_figure_elsewhere("who gives the 2025 figure?", last)
    # … and no fact on its topic gives a 2019 figure
    assert not bot.year_figure_elsewhere("who gives the 2019 figure?", last)
