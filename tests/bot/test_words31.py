"""Session 31's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", ["how many contract soldiers were captured?", "how many contract soldiers surrendered?",
                               "how many contract troops were taken prisoner?"])
def test_a_count_of_men_of_one_kind_is_their_share(bot, q):
    # "contract SOLDIERS": the men counted are soldiers of a kind. "soldiers" is a stopword, so the phrase had ended at
    # "contract", a count of contracts, which no share of men answers: it was refused with the share only offered
    assert lead(bot, q) in {"contract-share-news", "contract-share-blog"}


@pytest.mark.parametrize("q", ["how many contract soldiers does russia have?", "how many contract soldiers has russia recruited?",
                               "how many prison soldiers are there?"])
def test_men_of_a_kind_counted_in_the_army_are_no_share_of_the_captured(bot, q):
    # the shares are of the men captured: a count of Russia's soldiers of a kind is no question about captives (a review
    # found these answered with the share once the word for men ended the phrase whatever was asked)
    assert lead(bot, q) is None


def test_a_count_of_things_named_before_men_is_still_no_count_of_men(bot):
    # the word for men ends the phrase only after a noun: "how many prisoner exchanges" still counts exchanges, which no
    # count of men answers
    assert lead(bot, "how many prisoner exchanges have there been?") is None


@pytest.mark.parametrize("first", ["what share of prisoners were officers?", "how many were ncos?", "what share were rank and file?"])
@pytest.mark.parametrize("q", ["does that add up to 100?", "do they all add up?", "what do the shares sum to?"])
def test_whether_one_share_adds_up_is_the_sum_computed_from_it(bot, first, q):
    # after the officers' share, whose words hold none of the sum's, "does that add up to 100?" had led with an unrelated
    # claim (what surrenders cost Russia); the sum Sourced computed from the three shares answers it, its arithmetic shown
    assert lead(bot, first, q) == "rank-breakdown-sum"


CAPTURED = "how many russians have been captured?"


@pytest.mark.parametrize("q", ["how many went home?", "how many of them have gone home?", "how many went back home?"])
def test_going_home_in_the_past_tense_is_the_exchanges(bot, q):
    # "went home", "gone home": the lexicon had only "go/going/get home", so the only fact holding "home" (the Ukrainians
    # the blog says came home) had led after the count of Russian prisoners
    assert lead(bot, CAPTURED, q) == "pows-returned-in-exchanges"


@pytest.mark.parametrize("q", ["what happens to them?", "what becomes of them?", "what happened to them?",
                               "and then what happens to them?"])
def test_their_fate_after_a_count_is_what_is_done_to_them(bot, q):
    # after the count of prisoners, the claims it links to (more gave up in 2025 than before) had led, as a "how" question
    # favours linked claims; they say nothing done to the prisoners afterwards. The Geneva guarantee does ("and then …"
    # had also been read as "tell me more" and given the next linked claim)
    assert lead(bot, CAPTURED, q) == "geneva-treatment-guarantee"


def test_and_then_what_happened_still_takes_a_linked_fact_on_what_was_done_to_them(bot):
    # the recruits who say they were tricked: what was done to them next is the linked claim that they were sent to the front
    assert lead(bot, "how many prisoners say they were tricked into joining?", "and then what happened to them") \
        == "sent-untrained-into-drone-zones"


@pytest.mark.parametrize("first", ["when did the war begin?", "when did the war start?"])
@pytest.mark.parametrize("q", ["I would very much like to know how long this war has been going on.", "I am asking how long it has lasted."])
def test_how_long_asked_inside_a_request_is_a_length_not_the_last_date(bot, first, q):
    # "how long" inside a request ("I would like to know how long…") had kept the last question's type (when), so the war's
    # length, which gives no date, was refused as no answer to a date question (or the last date was given again)
    assert lead(bot, first, q) in {"war-almost-four-years", "war-in-fourth-year"}


@pytest.mark.parametrize("q", ["what about before?", "how was it before?", "what was it like before?", "before?"])
def test_before_a_change_is_the_change_itself(bot, q):
    # the fact on captures since June 2023 says what it was before (the reverse); "before" asked without "that" or "then"
    # had been looked up as a word and answered with unrelated facts (what recruits were before they signed up)
    assert lead(bot, "since when do more russians get captured than ukrainians?", q) == "captures-reversed-since-june-2023"


@pytest.mark.parametrize("conv", [("how do soldiers surrender?", "how many use it?"), ("what is i want to live?", "how many use it?"),
                                  ("how many soldiers have used i want to live?",)])
def test_how_many_use_the_project_is_no_count_the_articles_give(bot, conv):
    # those who take the project up are counted by no article: "how many use it?" had been given the war's total of
    # prisoners or the weekly pace, and "how many soldiers have used I Want to Live?" the officers' share of its breakdown
    assert lead(bot, *conv) is None


@pytest.mark.parametrize("first,q,led", [
    ("how many russians surrender each week?", "since when?", None),  # the pace says not: refused, it offered (had been the record week)
    ("what share were officers?", "from when?", None),  # (had been the invasion's date)
    ("since when do more russians get captured than ukrainians?", "since when?", "captures-reversed-since-june-2023"),
    ("how many russian casualties?", "since when?", "casualties-general-staff"),  # since the war began
])
def test_since_when_is_when_the_last_answers_state_began(bot, first, q, led):
    assert lead(bot, first, q) == led


def test_a_name_holding_treatment_is_nothing_done_to_the_men(bot):
    # "…the Coordination Headquarters for the Treatment of Prisoners of War counts…": an office's name, not treatment (a
    # review found the lower-cased statement read as saying something done to the prisoners afterwards)
    from webapp.bot.followups import done_afterwards
    assert not done_afterwards(bot.store.facts["captured-by-end-2025"])
    assert done_afterwards(bot.store.facts["geneva-treatment-guarantee"])


@pytest.mark.parametrize("q", ["for how long?", "and for how long has it gone on?"])
def test_for_how_long_is_a_length_too(bot, q):
    assert lead(bot, "when did the war start?", q) in {"war-almost-four-years", "war-in-fourth-year"}


@pytest.mark.parametrize("q", ["how many of the soldiers use it?", "how many russian soldiers actually use it?"])
def test_how_many_use_it_with_more_words_between_is_still_no_count_given(bot, q):
    assert lead(bot, "what is i want to live?", q) is None
