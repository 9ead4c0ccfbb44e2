"""The tuner round of TUNER28 on tuning-p, -u, -r, -o, -j, -h, -k and -l: one test per cause tuned, each in a wording of its own."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("question", ["how did they get men from abroad to go and fight",
                                      "how do they get foreigners to sign up for russia"])
def test_getting_someone_to_fight_is_recruiting_them(bot, question):
    """"Get X to fight / to join": how they were brought in, not the getting back of prisoners (another fact's "getting
    them back")."""
    assert lead(bot, question) == "foreign-fighters-blog"


def test_getting_them_back_is_still_the_exchange_question(bot):
    assert lead(bot, "does russia bother getting its foreign fighters back") == "foreign-fighters-abandoned"
