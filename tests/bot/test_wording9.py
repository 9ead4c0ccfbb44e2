"""Session 9's wording, in questions of our own: a word whose neighbour says it is not the sense the lexicon gives it
("the OLD leaflets" is earlier, not an age)."""
from __future__ import annotations

import pytest

from . import reply_to as ask


@pytest.mark.parametrize("question", [
    "is the hotline any different from the old leaflets?",
    "does the hotline replace older methods like loudspeakers?",
])
def test_old_before_a_thing_means_earlier_not_an_age(bot, question):
    reply = ask(bot, question)
    assert reply.answered and reply.statements[0].fact_id == "psychological-warfare-analysts"


@pytest.mark.parametrize("question", ["how old are the prisoners?", "how old were the men who were captured?"])
def test_how_old_is_still_an_age(bot, question):
    reply = ask(bot, question)
    assert reply.answered and reply.statements[0].fact_id == "prisoner-age-range"
