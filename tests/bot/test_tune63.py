"""Tuner 63's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead


@pytest.mark.parametrize("q, fact", [
    ("a man on the wireless said the russians get taken prisoner more than the ukrainians nowadays, since when is that",
     "captures-reversed-since-june-2023"),
    ("a lady on the wireless said most of them were caught in Donetsk, where was that", "most-captured-in-donetsk"),
    ("the man on the wireless said the russians get captured more than the ukrainians now, since when",
     "captures-reversed-since-june-2023"),
    ("someone on the wireless said they are mostly contract soldiers, what share is that", "contract-share-blog"),
])
def test_the_wireless_is_the_radio_a_claim_was_heard_on(bot, q, fact):
    # "a man on the wireless said…", "I heard on the wireless that…": where an older reader heard a claim, as "on the
    # radio" already read (they had been refused: "wireless" was read as a word of the question)
    assert lead(bot, q) == fact


@pytest.mark.parametrize("q, fact", [
    ("does ukraine follow the genever conventions", "geneva-treatment-guarantee"),
    ("is the genever convention in one of the pieces", "geneva-treatment-guarantee"),
    ("how many were captured altogether, dear", "captured-by-end-2025"),
    ("what was the geneva convention about, my dear", "geneva-treatment-guarantee"),
    ("where were most of them caught dear", "most-captured-in-donetsk"),
])
def test_an_older_readers_genever_and_closing_dear(bot, q, fact):
    # "the genever convention" (the Geneva Convention as the ear hears it; a real word, so no slip was corrected) and a
    # closing "dear" or "my dear" to whoever answers: both had been read as words of the question, which was refused
    assert lead(bot, q) == fact


@pytest.mark.parametrize("first", [
    "Hello, I am not very good with computers so please bear with me",
    "Good afternoon, I'm not very good with computers",
    "Hi, I am hopeless with computers, bear with me",
])
def test_a_greeting_and_a_remark_on_the_visitor_leave_no_subject(bot, first):
    # "Hello, I am not very good with computers…": a remark on the visitor's own life, after a greeting; its words
    # had been kept as the subject the next question points back to ("what was that about" after it carried
    # "computers", whose stem "computed" facts hold, and was refused); now, as without the greeting, none is kept
    _, context = bot.answer(first, None)
    assert not context.get("concepts")
    assert lead(bot, first, "I read something about the geneva convention in one of these pieces, what was that about") \
        == "geneva-treatment-guarantee"


@pytest.mark.parametrize("q, fact", [
    ("when exactly did the big invasion start, was it the spring", "full-scale-invasion-february-2022"),
    ("when exactly did the big invasion begin, was it in the spring?", "full-scale-invasion-february-2022"),
    ("where were most captured, was it Bakhmut", "most-captured-in-donetsk"),
    ("why do they surrender, is it the food", "surrender-as-survival"),
])
def test_a_guess_after_a_comma_leaves_the_wh_question_asked(bot, q, fact):
    # "when did the big invasion start, WAS IT THE SPRING": the visitor's guess after a comma, as one after a question
    # mark already was, is set aside and the wh-question answered (it had been refused, or led by the guess's word);
    # choices offered ("…, is it Turkey or the UAE?") and guessed figures stay
    assert lead(bot, q) == fact


@pytest.mark.parametrize("q, fact", [
    ("do the Russians want all their men back in the swaps, I'd have thought so", "exchange-priorities"),
    ("are most of them contract soldiers, I imagine", "contract-share-blog"),
    ("were many of them ill, I should think", "chronic-illness-news"),
])
def test_the_visitors_own_guess_at_the_answer_is_set_aside(bot, q, fact):
    # "…, I would have thought so", "…, I imagine", "…, I should think": what the visitor expects the answer to be,
    # no part of what is asked (its words had led to another fact, or had the question refused)
    assert lead(bot, q) == fact


@pytest.mark.parametrize("q", [
    "in which oblast most of prisoners was taken?",
    "which oblast had the most surrenders?",
    "Which province were the most prisoners taken in?",
])
def test_which_oblast_asks_where_as_which_region_does(bot, q):
    # "in which oblast…", "which province…": a where-question, as "which region" already read (they had been read as
    # asking for a list, and led with the blog's list of hotspots over where most were taken)
    assert lead(bot, q) == "most-captured-in-donetsk"


@pytest.mark.parametrize("q", [
    "WERE SOME OF THEM POORLY, I THOUGHT I SAW TUBERCULOSIS MENTIONED",
    "were some of them poorly",
    "were many of them ill, I thought I read about hiv somewhere",
    "Were any of the prisoners poorly?",
])
def test_poorly_is_ill_and_where_the_word_was_seen_is_set_aside(bot, q):
    # "poorly": ill, as an older British reader says it (it had been read as poverty); "…, I thought I saw tuberculosis
    # mentioned": where the visitor met the word, set aside with the word kept (its "thought", "saw" had the question refused)
    assert lead(bot, q) in ("chronic-illness-news", "chronic-illness-blog")


@pytest.mark.parametrize("q, facts", [
    ("Service-type split in the news report: contract vs mobilised vs conscript, in %.",
     ["contract-share-news", "mobilised-share-news", "conscripts-share-news"]),
    ("breakdown in the blog: contract vs mobilised vs conscript", ["contract-share-blog", "mobilised-share-blog", "conscripts-rest-blog"]),
    ("officers vs NCOs, in %", ["officers-share-news", "nco-share-news"]),
])
def test_kinds_set_against_each_other_after_a_heading_or_before_a_unit(bot, q, facts):
    # "Service-type split in the news report: contract vs mobilised vs conscript, in %.": a heading naming the split (and
    # the article, asked of each part) before the kinds, and the unit after them; both had kept the kinds from being read
    # one by one, and the question was refused. Now each kind's share is given side by side
    reply = conversation(bot, q)
    assert reply.answered and [s.fact_id for s in reply.statements] == facts


@pytest.mark.parametrize("q, fact", [
    ("How many Russian POWs returned via exchanges, and is that a lower bound?", "pows-returned-in-exchanges"),
    ("how many russians were taken prisoner in total, and is that a lower bound?", "captured-by-end-2025"),
    ("What share of prisoners were officers, and is that a precise number?", "officers-share-news"),
])
def test_a_count_and_a_yes_no_question_on_it_joined_by_and(bot, q, fact):
    # "How many …, and is that a lower bound?": a count, then a yes/no question about its figure (how it is given:
    # "over", "about"); the count's answer tells both. The first of two questions joined by ", and" was read alone only when
    # the second was a wh-question, so the turn as a whole was refused
    assert lead(bot, q) == fact


@pytest.mark.parametrize("turns", [
    ("What incentives did recruits get?", "The pay is expressed relative to what baseline?"),
    ("What incentives did recruits get?", "and the pay is relative to what?"),
    ("recruits' pay is expressed relative to what baseline?",),
    ("the recruits' pay: what benchmark is it expressed against?",),
])
def test_pay_relative_to_a_baseline_is_pay_compared_with_normal_wages(bot, turns):
    # "relative to" (compared with, not the soldiers' relatives, read as family), "baseline", "benchmark", "expressed": an
    # analyst's words for what a figure is compared with, no topic of their own (the question had been refused); the
    # pay is answered by the blog's "several times the national average"
    assert lead(bot, *turns) == "recruitment-incentives"


@pytest.mark.parametrize("q", [
    "So casualties per square km gained, compute it.",
    "How many Russian casualties per square kilometre gained in 2025?",
    "how many soldiers did russia lose for each square kilometre it took?",
    "what were the losses per sq km of ground taken?",
])
def test_losses_per_square_kilometre_are_a_ratio_no_article_gives(bot, q):
    # "casualties per square km gained": a loss set against each square kilometre taken, a ratio neither article gives
    # (it had been answered with the 2025 losses or the area alone); refused, as out of what the articles cover
    assert lead(bot, q) is None
