"""Session 74's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q, fact", [
    ("does the blog agree on the share of officers?", "officers-share-blog"),
    ("does the news piece agree about the places?", "most-captured-in-donetsk"),
])
def test_one_article_asked_whether_it_agrees_leads_with_its_own_facts(bot, q, fact):
    # "does the blog agree on…": the article asked about is the one named, but a comparison ignored the article it
    # names and led with the other one's fact whenever that scored a little higher
    assert lead(bot, q) == fact


def test_both_articles_asked_whether_they_agree_keep_their_order(bot):
    # "do the two articles agree…" names neither one as the one asked about: the best match still leads
    assert lead(bot, "do the two articles agree about the places?") == "surrender-hotspots-blog"


@pytest.mark.parametrize("q", ["where does the news report say most soldiers get captured?",
                               "so where does the news report say the most surrenders happen?"])
def test_a_place_asked_of_an_article_after_its_record_week_is_asked_afresh(bot, q):
    # after the record week (a news report fact), "where does the news report say…" named the article and shared the
    # word "captured" with the last answer, so it was read as "what does the news report say on that?" and the record
    # week came back; a where or when asked of an article is its own question
    assert lead(bot, "which week had the most surrenders?", q) == "most-captured-in-donetsk"


def test_what_an_article_says_after_its_record_week_is_still_that_fact(bot):
    # "and what does the news report say?" asks for that article's version of the last answer, as before
    assert lead(bot, "which week had the most surrenders?", "and what does the news report say?") == "record-week-august-2024"


@pytest.mark.parametrize("q", ["I'd like that in square kilometres, not as a percentage",
                               "how big exactly? I need the area in km2"])
def test_a_unit_wanted_as_a_wish_after_the_land_share_gives_its_area(bot, q):
    # "I want the number in km squared" after the 0.8% of Ukraine taken in 2025: the unit asked for as a wish (or as a
    # sentence after a bare "how big?", which was dropped as a remark) was not read as a conversion, and the share came back
    assert lead(bot, "how much ground did Russia gain in 2025?", q) == "territory-taken-2025-area"


def test_a_unit_no_fact_gives_asked_as_a_wish_stays_refused(bot):
    # no fact gives the area in miles, and the bot does no arithmetic of its own
    assert lead(bot, "how much ground did Russia gain in 2025?", "I'd like that in square miles") is None


@pytest.mark.parametrize("turns", [
    ("how would I explain I Want to Live to sixteen year olds in one sentence?",),
    ("I'm preparing a talk for my history club next week", "how can we describe 'I Want to Live'?"),
    ("I'm preparing a talk for my history club next week", "I Want to Live?"),
])
def test_a_teacher_asking_how_to_explain_a_named_thing_is_told_what_it_is(bot, turns):
    # "how would I explain 'I Want to Live' to fifteen-year-olds in a sentence?": the ages stopped at thirteen and the
    # audience was kept when "in a sentence" followed it, "how would I explain" was dropped only before a wh-word, and a
    # name asked bare after a refused remark took the remark's words (its "week") as the subject
    assert lead(bot, *turns) == "iwtl-what-it-is"


def test_how_many_of_an_age_among_the_prisoners_is_still_about_their_ages(bot):
    # "sixteen-year-olds" counted among the prisoners is an age asked, not an audience
    assert lead(bot, "were any of the prisoners sixteen year olds?") == "prisoner-age-range"


@pytest.mark.parametrize("q", ["and how would a soldier reach it?"])
def test_reaching_the_project_after_who_runs_it_asks_for_its_channels(bot, q):
    # "how do they reach it" after "who runs it": "reach" carries no topic, so the follow-up kept the last question's
    # "runs" and gave what the project is again; reaching it is contacting it (the lexicon's channels)
    assert lead(bot, "what is I Want to Live?", "who runs it?", q) == "iwtl-channels"


def test_the_project_reaching_the_soldiers_is_still_its_going_around_commanders(bot):
    # the other way round ("how does the project reach the soldiers past their officers?") is how it gets its message to them
    assert lead(bot, "how does the project reach the soldiers past their officers?") == "reaches-soldiers-directly"

