"""Tuner 41's wordings: each test names a class of wording the bot once refused or read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead


@pytest.mark.parametrize("q, facts", [
    ("what share are simple soldiers?", {"rank-and-file-share-news", "rank-and-file-share-blog"}),
    ("which part of the captives were soldiers without rank?", {"rank-and-file-share-news", "rank-and-file-share-blog"}),
    ("how many sous-officiers were among the prisoners?", {"nco-share-news"}),
    ("what share were none commissioned officers", {"nco-share-news"}),
    ("what percent of the war prisoners were Zeitsoldaten?", {"contract-share-blog", "contract-share-news"}),
    ("how many of the captivated were officers?", {"officers-share-news", "officers-share-blog"}),
])
def test_ranks_and_service_named_in_a_visitors_own_language(bot, q, facts):
    # a German or French speaker's rank words ("simple soldiers", "without grade", "sous-officiers", "Zeitsoldaten"),
    # the false friend "captivated" and the dictated "none commissioned": the same groups as the English words
    # (they had been refused, no fact or lexicon group holding them)
    assert lead(bot, q) in facts


def test_officials_are_no_officers(bot):
    # "officials" stays apart from the officer words (a French "officiers" would have joined them)
    assert lead(bot, "Why do Ukrainian officials say these men choose to surrender rather than keep on fighting?") == "surrender-as-survival"


@pytest.mark.parametrize("q", ["Is the surrender curve trending upward or downward?", "are surrenders trending upward?",
                               "are surrenders climbing or dropping?", "which way is the surrender curve heading?",
                               "are surrenders on the way up?"])
def test_a_trend_asked_as_a_curve_or_a_direction(bot, q):
    # "trending", "upward", "downward", "climbing", "dropping", "curve": a numbers person's trend words, answered by the
    # record year as "going up or down?" is (they had been refused on "curve" or led by the blog's "surrender trend")
    assert lead(bot, q) in {"record-year-2025", "surrenders-2025-exceed-2022-2023", "surrenders-unprecedented"}


@pytest.mark.parametrize("q", ["Contract vs mobilised vs conscript split, please.", "please, officers vs NCOs vs privates",
                               "what share were officers and NCOs, thanks"])
def test_counts_set_side_by_side_with_a_courtesy_at_either_end(bot, q):
    # "…, please.", "please, …", "…, thanks": a courtesy is no part of the list of kinds, so each kind's share is given
    # side by side as without it (they had been refused, "please" read as one of the kinds)
    reply = conversation(bot, q)
    assert reply.answered and len({s.fact_id.rsplit("-", 1)[0] for s in reply.statements}) >= 2


@pytest.mark.parametrize("q, facts", [
    ("Does the blog's conscript figure match the news report's?", {"conscripts-rest-blog", "conscripts-share-news"}),
    ("does the officer share in the blog match the news report?", {"officers-share-news", "officers-share-blog"}),
    ("is the blog consistent with the news report on the contract share?", {"contract-share-news", "contract-share-blog"}),
])
def test_two_articles_figures_checked_as_matching_or_consistent(bot, q, facts):
    # "does X match Y?", "is X consistent with Y?": the articles compared as "do they agree?" compares them (they had been
    # refused, no fact holding "match" or "consistent")
    assert lead(bot, q) in facts



@pytest.mark.parametrize("q", ["It is from the state or a private initiative?", "is it run by the state or privately?",
                               "is I want to live a private initiative?"])
def test_who_runs_the_project_asked_as_state_or_private(bot, q):
    # "from the state", "state-run", "a private initiative", "privately": who runs the project, answered by what it is (a
    # government project); "private" had been read as the privates' share, the rank-and-file
    assert lead(bot, "what is the project I Want to Live?", q) == "iwtl-what-it-is"


@pytest.mark.parametrize("then, fact", [
    ("And this number, who has made it? Which Ukrainian Stelle?", "captured-by-end-2025"),
    ("who made this number?", "captured-by-end-2025"),
])
def test_a_figures_maker_asked_with_made(bot, then, fact):
    # "who has made this number?", "this number, who has made it?": a learner's "made" for who produced the last figure,
    # answered by its source (they had been refused, or answered with the record year on "made")
    assert lead(bot, "how many Russians are held by Ukraine?", then) == fact


def test_who_made_a_figure_of_losses(bot):
    assert lead(bot, "how many Russian casualties in the whole war?", "that figure, who made it?") == "casualties-general-staff"


@pytest.mark.parametrize("q", ["told they go to rear but sent to front", "were the recruits promised desk jobs?",
                               "were recruits told they would serve away from the front?",
                               "did the recruits get any formation before the front?"])
def test_a_post_away_from_the_fighting_in_a_visitors_words(bot, q):
    # "the rear", "desk jobs", "away from the front", and a French or German speaker's "formation" (training): the blog's "rear-area or non-combat posts" (they had been refused or
    # led by the prisoner exchanges)
    assert lead(bot, q) in {"coerced-or-misled", "sent-untrained-into-drone-zones"}


@pytest.mark.parametrize("q, fact", [
    ("going back to the hotline thing who runs it", "iwtl-what-it-is"),
    ("back to the armbands, why did they wear them?", "infected-armbands"),
    ("ok going back to the record week when was it", "record-week-august-2024"),
])
def test_a_topic_returned_to_then_asked_about_by_a_pronoun(bot, q, fact):
    # "going back to X thing who runs it": the topic returned to takes the pronoun's place ("who runs the hotline"), not
    # the last answer (they had been answered with the last answer's subject, the Geneva guarantee)
    assert lead(bot, "whats the i want to live thing", "what do they get if they surrender", q) == fact


@pytest.mark.parametrize("q", ["what's the breakdown of prisoners by year?", "how many surrendered each year?"])
def test_a_count_for_each_year_is_refused(bot, q):
    # "year-by-year", "by year", "each year": a count for each year, which no article gives (they had been answered with
    # the rank shares on "breakdown", or the prisoners' ages on "years old")
    assert not conversation(bot, q).answered


def test_a_year_by_year_breakdown_of_the_total_is_refused(bot):
    assert not conversation(bot, "how many prisoners by the end of 2025?", "What's the year-by-year breakdown of that total?").answered


def test_day_to_day_life_is_no_period(bot):
    # "day-to-day life" is army life, not a count for each day
    assert lead(bot, "What's day-to-day life like in the Russian army, going by what prisoners say?") == "conditions-in-russian-army"


@pytest.mark.parametrize("q, fact", [
    ("Total Russian casualties per the General Staff, and what fraction of that fell in 2025?", "casualties-general-staff"),
    ("Weekly surrender average, and who publishes that?", "weekly-surrender-average"),
])
def test_a_figure_asked_then_a_question_about_it_after_a_comma(bot, q, fact):
    # "X, and what fraction of that…?": two questions in one turn joined by a comma and "and", the second about the first's
    # figure; when the whole turn is refused the first is answered (they had been refused)
    assert lead(bot, q) == fact


def test_a_yes_no_question_joined_to_another_is_not_split(bot):
    # "do hospitals treat them for free, and who picks up that bill?" asks what no article gives, first part included
    assert not conversation(bot, "Do Ukrainian hospitals treat them for free, and who picks up that bill?").answered
