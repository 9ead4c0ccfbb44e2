"""Session 89's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("qs, fact", [
    (("hoo mony o' the Russian lads were lifted by the end o' 2025?",), "captured-by-end-2025"),
    (("whit's 'I Want tae Live' aboot?",), "iwtl-what-it-is"),
    (("y'all know how many of 'em are givin' up every week?",), "weekly-surrender-average"),
    (("where're most o' them bein' captured?",), "most-captured-in-donetsk"),
    (("is the Kremlin fixin' to bring its foreign fellers hame?",), "foreign-fighters-abandoned"),
    (("whit's the 1,213,460 aboot?", "an' jist fer 2025 on its ain?"), "casualties-2025"),
])
def test_scots_and_southern_words_are_read_as_the_standard_ones(bot, qs, fact):
    # "whit", "aboot", "mony", "deid", "an'", "'em", "y'all", a dropped g ("givin'"), "lifted" for men taken: none is a word any
    # fact holds, and the rules written for standard English did not read them; dialect.py reads them as the standard words first
    assert lead(bot, *qs) == fact


@pytest.mark.parametrize("qs", [
    ("were the sanctions on Russia lifted?",),
    ("whit's the 1,213,460 aboot?", "how mony o' them are actually deid, no countin the wounded?"),
])
def test_what_no_article_reports_stays_refused_in_dialect(bot, qs):
    # sanctions lifted are not men taken; Scots "no countin" is "not counting": the dead alone, which no article gives
    assert lead(bot, *qs) is None
