"""The tuner round of TUNER32 on tuning-y, -ab, -ac, -v, -z and -r: one test per cause tuned, each in a wording of its own."""
from __future__ import annotations

import pytest

from . import lead


def test_bosses_are_the_officers(bot):
    """"Were any of them bosses?": a soldier's everyday word for his officers and commanders (the lexicon's officers group);
    read as a subject no fact holds, 'bosses' had the question refused."""
    assert lead(bot, "how many of the captured were bosses") in {"officers-share-news", "officers-share-blog"}
