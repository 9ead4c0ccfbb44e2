"""Session 44's wordings (tuning set AI's first personas): each test names a way of asking that the bot once read wrong,
and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead


@pytest.mark.parametrize("q", ["what bait did the Kremlin use to draw in poor or jobless men?",
                               "what inducements did Russia offer recruits?"])
def test_what_was_offered_to_draw_recruits_in_is_the_recruits_incentives(bot, q):
    # "bait", "inducements", "sweeteners": what the Kremlin offered recruits (had been refused, or answered with the
    # captives' criminal records and joblessness)
    assert lead(bot, q) == "recruitment-incentives"


@pytest.mark.parametrize("q, facts", [
    ("how would I explain to pupils what 'I Want to Live' actually is?", {"iwtl-what-it-is", "iwtl-path-to-surrender"}),
    ("how would I explain what 'I Want to Live' is?", {"iwtl-what-it-is", "iwtl-path-to-surrender"}),
    ("in a nutshell, what is the blogger's central argument, in terms a Year 10 class would follow?",
     {"belief-wins-wars-opinion", "putin-losing-belief-opinion", "morale-advantage-opinion"}),
    ("what is the blogger's main point, in words my students would get?",
     {"belief-wins-wars-opinion", "putin-losing-belief-opinion", "morale-advantage-opinion"}),
])
def test_a_teachers_framing_for_the_class_is_not_what_is_asked(bot, q, facts):
    # "how would I explain to pupils what…", "…, in terms a Year 10 class would follow": how to put it to a class, as "in
    # words a child would understand" is (had been refused, or answered with how soldiers reach the project)
    assert lead(bot, q) in facts


@pytest.mark.parametrize("q, fact", [
    ("Ukraine now holds over 10,000 Russian POWs", "captured-by-end-2025"),
    ("I'm checking a line that says Ukraine now holds over 10,000 Russian POWs.", "captured-by-end-2025"),
    ("I'm verifying a claim that 350 surrendered in one week", "record-week-august-2024"),
])
def test_a_fact_checkers_line_under_check_is_the_claim_asked(bot, q, fact):
    # "I'm checking a line that says…": the claim is what is asked, as after "I have heard that…"; and "now" in a claim
    # ("Ukraine now holds…") is the time of the count, no topic (it had been answered with the Geneva guarantee, or an
    # opinion on the officers)
    assert lead(bot, q) == fact


def test_whose_tally_after_a_claim_under_check_is_the_counts_source(bot):
    reply = conversation(bot, "I'm checking a line that says Ukraine now holds over 10,000 Russian POWs.",
                         "which body is that tally credited to, and in which of the two pieces?")
    assert reply.statements[0].fact_id == "captured-by-end-2025"
