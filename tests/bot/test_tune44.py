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


@pytest.mark.parametrize("first, then, facts", [
    ("what's the worst single week for surrenders on record?", "does the report say who logged that 350?", {"record-week-august-2024"}),
    ("what's the worst single week for surrenders on record?", "who logged that 350?", {"record-week-august-2024"}),
    ("I've seen a claim that hundreds of POWs have TB or HIV.",
     "do both articles pin that on somebody, or is it unsourced in one of them?", {"chronic-illness-blog", "chronic-illness-news"}),
    ("I've seen a claim that hundreds of POWs have TB or HIV.", "is it unsourced in one of them?",
     {"chronic-illness-blog", "chronic-illness-news"}),
])
def test_a_fact_checkers_words_for_whose_claim_it_is(bot, first, then, facts):
    # "who logged…", "does the report say who…", "pin that on somebody", "is it unsourced": who makes the last claim
    # (they had been refused)
    reply = conversation(bot, first, then)
    assert reply.answered and reply.statements[0].fact_id in facts


def test_as_a_result_closing_a_question_names_nothing_asked(bot):
    # "…, as a result": the link to the turn before, as "in return" is, not a topic (it had been refused)
    assert lead(bot, "what does the blog say about Ukrainians coming home as a result?") == "ukrainians-home-in-exchanges"
    reply = conversation(bot, "over 6,000 Russian POWs went back in swaps, per the Coordination HQ",
                         "what does the blog say about Ukrainians coming home as a result?")
    assert reply.statements[0].fact_id == "ukrainians-home-in-exchanges"


@pytest.mark.parametrize("then", ["what does that percentage come to in square kilometers?", "what does that work out at in km?"])
def test_the_last_figure_named_and_asked_in_another_unit(bot, then):
    # "what does that percentage come to in…", "what does that work out at in…": the last figure in another unit, Sourced's
    # worked-out area (it had repeated the percentage)
    reply = conversation(bot, "how much of Ukraine did Russia capture in 2025?", then)
    assert reply.statements[0].fact_id == "territory-taken-2025-area"


def test_three_counts_listed_after_the_head_are_each_answered(bot):
    # "what shares were rank-and-file, NCOs and officers?": three counts asked at once, as two are (it had been refused,
    # and so had "do those percentages total a hundred?" after it)
    reply = conversation(bot, "what shares were rank-and-file, NCOs and officers?")
    assert reply.answered and {s.fact_id for s in reply.statements} >= {"rank-and-file-share-news", "nco-share-news"}
    assert lead(bot, "what shares were rank-and-file, NCOs and officers?", "do those percentages total a hundred?") == "rank-breakdown-sum"


def test_papering_over_losses_is_making_up_for_them(bot):
    # "paper over", "patch up", "plug the gap": the author's "make up for" failures (it had led with his view that Putin is
    # losing his soldiers' belief)
    assert lead(bot, "what is the blogger's central argument?",
                "what does he say Putin has tried in order to paper over his losses at the front?") == "putin-compensation-tactics"


@pytest.mark.parametrize("q", ["is the war gonna end soon or nah", "is russia gonna win"])
def test_a_forecast_asked_with_gonna_is_refused(bot, q):
    # "gonna end", "gonna win": the future, as "going to end" is (it had been answered with the exchanges' priorities)
    reply = bot.answer(q, None)[0]
    assert not reply.answered


@pytest.mark.parametrize("q", ["what reasons did Moscow give for invading in the first place?", "why did Moscow invade?",
                               "what was the pretext for the invasion?"])
def test_why_the_war_began_asked_of_moscow_or_as_a_pretext_is_refused(bot, q):
    # Moscow for Russia, "reasons for invading", "pretext", "justification": why the war began, which no article goes into
    # (it had been answered with the war's length and start)
    reply = bot.answer(q, None)[0]
    assert not reply.answered and reply.reason == "out-of-scope"


@pytest.mark.parametrize("q", ["what do ordinary Russians back home think about the surrenders? is there any polling?",
                               "what does the Russian public make of the war?"])
def test_what_people_in_russia_think_is_refused(bot, q):
    # polling, public opinion, what Russians at home think: no article reports it (it had been answered with the share of
    # "ordinary" rank-and-file soldiers)
    assert not bot.answer(q, None)[0].answered
