"""The tuner round of TUNER32 on tuning-y, -ab, -ac, -v, -z and -r: one test per cause tuned, each in a wording of its own."""
from __future__ import annotations

import pytest

from . import lead


def test_bosses_are_the_officers(bot):
    """"Were any of them bosses?": a soldier's everyday word for his officers and commanders (the lexicon's officers group);
    read as a subject no fact holds, 'bosses' had the question refused."""
    assert lead(bot, "how many of the captured were bosses") in {"officers-share-news", "officers-share-blog"}


@pytest.mark.parametrize("earlier, echoed", [
    ("Does Ukraine talk to the soldiers directly?", "gets past whom?"),
])
def test_the_last_answers_words_echoed_with_a_question_word_ask_for_that_answer(bot, earlier, echoed):
    """"Bypassing who?", "gets past whom?": a few of the last answer's own words with a question word after them ask to hear
    that part again (followups.ECHO); read afresh, the last answer was marked down as already shown and a neighbouring claim led."""
    assert lead(bot, earlier, echoed) == lead(bot, earlier)
