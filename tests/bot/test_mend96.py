"""Session 40's mends (MEND96): wordings an earlier review found read wrong, each with what the bot does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("after, q, facts", [
    ("how many were captured?", "who tallied the dead and wounded?", {"casualties-general-staff"}),
    ("How many Russians have surrendered so far?", "and who estimated the losses?", {"casualties-general-staff"}),
    ("how many surrendered?", "ok, who counted the mercenaries then?", {"mercenaries-news", "foreign-fighters-blog"}),
    ("how many POWs are there?", "who gave the figure for foreigners?", {"mercenaries-news", "foreign-fighters-blog"}),
])
def test_a_who_says_follow_up_naming_another_subject_looks_it_up(bot, after, q, facts):
    # "who counted the casualties?" after the prisoners' count gave the prisoners' counter again: a thing named after the
    # verb that the last answer does not hold is looked up (and a count is asked for: the fact with the figure leads)
    assert lead(bot, after, q) in facts


@pytest.mark.parametrize("q", ["who counted them?", "and who is doing the counting?", "who counted the prisoners?"])
def test_who_counted_the_last_answers_own_subject_stays_with_it(bot, q):
    assert lead(bot, "how many surrendered?", q) == "captured-by-end-2025"
