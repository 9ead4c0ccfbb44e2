"""Session 40's tuner 93 wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", ["so since when?", "when did that start?", "since when has that been the case?"])
def test_since_when_after_an_undated_view_is_the_linked_fact_that_dates_it(bot, q):
    # "since when?" after the author's view that defenders now take more prisoners: the view gives no date, the news
    # report's claim it links to does (since June 2023); it was refused, or led by the invasion's date
    assert lead(bot, "do defenders now take more prisoners than attackers?", q) == "captures-reversed-since-june-2023"


def test_since_when_after_a_pace_no_linked_fact_dates_stays_refused(bot):
    # the weekly pace says nothing of when it began, and no fact it links to does
    assert lead(bot, "how many surrender each week?", "since when?") is None


@pytest.mark.parametrize("q", ["do the Ukrainians patch them up?", "does Ukraine patch them up once they're caught?",
                               "will Ukraine feed a prisoner and patch him up?"])
def test_patch_them_up_asks_for_medical_care(bot, q):
    # "patch them up" is medical care for the wounded; "patch" alone was read as the armbands sewn on, and the turn refused
    assert lead(bot, q) == "geneva-treatment-guarantee"


def test_how_many_were_patched_up_stays_refused(bot):
    # no article counts the prisoners given medical care
    assert lead(bot, "how many prisoners were patched up?") is None


@pytest.mark.parametrize("q", ["Why so few? They stay well behind the lines, don't they?",
                               "why are there so few? it's because they hide in the rear, isn't it?",
                               "how come so few? they never go near the front, do they?"])
def test_an_answer_guessed_with_a_question_tag_leaves_the_why_asked(bot, q):
    # "why so few? they sit back in the bunkers, don't they?" after the officers' share: the guess (its words a subject
    # no fact holds) drew the turn onto another answer; the why-question is what is asked, the guess its answer
    assert lead(bot, "How many of the prisoners are officers?", q) == "commanders-avoid-danger-opinion"


def test_a_tagged_guess_does_not_make_an_unreported_why_answered(bot):
    # no article says when in the year more give up
    assert lead(bot, "why do more give up in winter? it's the cold, isn't it?") is None


@pytest.mark.parametrize("q, fact", [("what happened in feb 2022", "full-scale-invasion-february-2022"),
                                     ("the record week in aug 2024?", "record-week-august-2024"),
                                     ("how long has the war lasted? >> since feb 2022?", None)])
def test_a_month_written_short_is_read_as_the_month(bot, q, fact):
    # "feb 2022?": the short month was a word no fact holds, and the turn refused
    *before, last = [t.strip() for t in q.split(">>")]
    got = lead(bot, *before, last)
    assert got == fact if fact else got is not None


def test_a_short_month_no_fact_dates_stays_refused(bot):
    # no article gives a count for October 2024
    assert lead(bot, "how many surrendered in oct 2024?") is None


@pytest.mark.parametrize("q", ["how much training do these recruits get before they're sent to the front?",
                               "are these recruits trained at all before they go?"])
def test_these_and_a_noun_of_its_own_is_read_afresh_when_the_conversation_cannot_answer(bot, q):
    # "these recruits" after the food in Russia's army names its own subject; the last answer's ideas carried into it
    # left it refused, and a "these" kept it from being read on its own
    assert lead(bot, "what's the food like in the russian army?", q) == "sent-untrained-into-drone-zones"


def test_these_and_a_noun_no_fact_counts_stays_refused(bot):
    assert lead(bot, "how many are officers?", "how many of these generals were caught?") is None


@pytest.mark.parametrize("q", ["does Moscow try to get its mercenaries back?",
                               "and does russia care about its foreign fighters once they're caught?"])
def test_its_after_a_country_named_is_that_country_s(bot, q):
    # "does russia bother getting ITS foreign guys back": "its" is Russia's, named just before, not the last answer's
    # subject (the foreigners' countries), which drew the turn onto the count of foreigners
    assert lead(bot, "how many foreign fighters are there?", q) == "foreign-fighters-abandoned"


@pytest.mark.parametrize("q", ["how much of the captured soldiers are ill with tuberculosis?",
                               "How much of the prisoners are sick? I read about HIV."])
def test_how_much_of_the_men_is_a_count_asked(bot, q):
    # a learner's "how much of the prisoners": how many, which the officials' "hundreds" answers; it was read as a
    # share only, which no fact gives, and refused
    assert lead(bot, q) in ("chronic-illness-news", "chronic-illness-blog")


@pytest.mark.parametrize("q", ["what share of the prisoners are ill?", "how much of the prisoners are over sixty?"])
def test_a_share_or_an_age_count_no_fact_gives_stays_refused(bot, q):
    assert lead(bot, q) is None


def test_the_biggest_one_after_a_request_is_not_read_alone(bot):
    # "when was the biggest one" asks of the swaps named before it; read alone it was the record week of surrenders
    assert lead(bot, "name one swap with a date. when was the biggest one") is None


@pytest.mark.parametrize("q", ["ukraine sits on 10,000 prisoners, right?", "is kyiv really sitting on 10k russians or is that made up"])
def test_sitting_on_men_is_holding_them(bot, q):
    # "ukraine is sitting on like 10k POWs": held; "sitting" was a word no fact holds and the turn refused
    assert lead(bot, q) == "captured-by-end-2025"


def test_sitting_on_the_fence_is_no_count(bot):
    assert lead(bot, "is the blog sitting on the fence?") is None


@pytest.mark.parametrize("q", ["were many captured in Saporoschje?", "and in Zaporijjia?"])
def test_zaporizhzhia_as_german_and_french_speakers_spell_it(bot, q):
    assert lead(bot, "In which region are most Russians captured?", q) == "captured-zaporizhzhia-kursk"


@pytest.mark.parametrize("q, source", [
    ("whom does the blog credit for its figures?", "source:blog-mass-surrenders"),
    ("which organisations does the news report credit for its numbers?", "source:news-record-surrenders"),
    ("which of the two cites more of its numbers?", "source:blog-mass-surrenders")])
def test_whom_an_article_credits_for_its_figures_is_its_record(bot, q, source):
    # a librarian's "which bodies does it credit for its numbers?": whom the figures are put down to, which each article's
    # record says; the words "bodies", "credit" were read as a subject no fact holds and the turn refused
    assert lead(bot, q) == source


def test_an_article_with_more_figures_is_no_record_question(bot):
    assert lead(bot, "which article has more figures?") is None


@pytest.mark.parametrize("q", ["how many officers were captured, in absolute numbers?",
                               "how many foreigners, as numbers not shares?"])
def test_a_count_asked_in_numbers_not_percent_is_not_answered_by_a_share(bot, q):
    # "how many foreigners in numbers, not in percent?": the articles give only their share (and the count of their
    # countries), which was given as if it answered
    assert lead(bot, q) is None


@pytest.mark.parametrize("q, fact", [("how many were captured in absolute numbers?", "captured-by-end-2025"),
                                     ("what were the losses in 2025 in absolute numbers?", "casualties-2025")])
def test_a_count_asked_in_numbers_that_a_fact_gives_is_answered(bot, q, fact):
    assert lead(bot, q) == fact


@pytest.mark.parametrize("q", ["has the news report ever been updated?", "was the blog revised after it was published?",
                               "did the news outlet issue any corrections?"])
def test_an_article_s_later_changes_are_in_no_record(bot, q):
    # "has the blog post been edited since it first went up?": the record (author, date) was given as if it answered
    assert lead(bot, q) is None


def test_when_an_article_was_published_is_still_its_record(bot):
    assert lead(bot, "when was the blog post published?") == "source:blog-mass-surrenders"
