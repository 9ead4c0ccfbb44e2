"""Session 87's mends: wrong answers a reviewer's probes found in TUNER84's round, each read the way visitors ask it."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", ["why did Russia go to the war?", "why did Ukraine go to the war?", "why did my cousin go to the war?",
                               "who went to the war?", "how many went to the war?", "who agreed to go to the war?"])
def test_going_to_the_war_without_men_asking_why_is_no_recruitment(bot, q):
    # review 2 §1: "go to the war" was any recruitment idea, and these led with reaches-soldiers-directly or a share
    assert lead(bot, q) is None


def test_the_age_of_the_men_who_went_to_the_war_is_still_the_age_range(bot):
    assert lead(bot, "how old were the men who went to the war?") == "prisoner-age-range"


@pytest.mark.parametrize("q", ["why do young men go to the war?", "why would anyone agree to go to the war?",
                               "why would they agree to go to the war?", "why do so many agree to go to the war?",
                               "ok, but why so many people accept to go to the war then?",
                               "why would so many men agree to go to the war?", "why did they went off to war at all?"])
def test_why_men_go_to_the_war_is_why_they_join(bot, q):
    assert lead(bot, q) == "recruitment-incentives"


@pytest.mark.parametrize("q", ["how should I explain to my class what a prisoner of war is?", "how do I explain to my class what a POW is?",
                               "how do I explain to my class what casualties means?", "how do I explain to my class what a mercenary is?",
                               "how do I explain to my pupils what a contract soldier is?", "how do I explain what I Want to Live does?",
                               "how should I explain why I want to surrender?", "how do I put across why the numbers matter?"])
def test_how_to_explain_a_definition_or_ones_own_case_stays_out_of_scope(bot, q):
    # review 2 §2: the teacher's lead-in was left out of the scope check, and "what a POW is" led with a count or a share
    assert lead(bot, q) is None


def test_how_to_explain_to_a_class_what_the_articles_say_is_still_answered(bot):
    assert lead(bot, "how do I explain to my class what I Want to Live is?") == "iwtl-what-it-is"
    assert lead(bot, "how do I explain to my class where most were captured?") in ("most-captured-in-donetsk", "surrender-hotspots-blog")
    assert lead(bot, "how can we explain to a Year 9 class why men out of prison ended up fighting?") == "recruitment-incentives"


@pytest.mark.parametrize("q", ["which numbers should I quote?", "what should I quote from the blog?", "should I point out that the blog gives no sources?",
                               "should I stress that the numbers are estimates?", "should I mention the casualties?",
                               "which figure should we highlight?"])
def test_what_to_quote_or_stress_is_advice(bot, q):
    # review 2 §3: "should I quote/stress/mention" was dropped before the scope check, and a random fact led
    assert lead(bot, q) is None


def test_what_to_point_to_where_most_gave_up_is_still_answered(bot):
    assert lead(bot, "what towns should I point to on the map where most Russians gave up?") in ("most-captured-in-donetsk", "surrender-hotspots-blog")


@pytest.mark.parametrize("q", ["anything surprising about what the prisoners said?", "anything surprising about what captured soldiers say?",
                               "anything striking about what the captives told them?"])
def test_anything_surprising_in_what_prisoners_said_is_not_a_count(bot, q):
    # review 2 §4: NOTABLE left an embedded "what the prisoners said", read as the count of prisoners or the swap priorities
    assert lead(bot, q) not in ("captured-by-end-2025", "exchange-priorities")


def test_anything_notable_about_a_thing_is_still_the_thing(bot):
    assert lead(bot, "is there anything interesting about the swaps?") in ("pows-returned-in-exchanges", "exchange-priorities")


@pytest.mark.parametrize("first, q, want", [
    ("how many surrendered?", "who cownted the officers?", ("officers-share-news", "officers-share-blog")),
    ("how many surrendered?", "who cownted the land taken?", ("territory-taken-2025", "territory-taken-2025-area")),
    ("how many casualties?", "who cownted the surrenders?", ("captured-by-end-2025", "surrenders-2025-exceed-2022-2023", "surrenders-unprecedented")),
])
def test_who_counted_a_thing_named_in_the_follow_up_is_a_fresh_question(bot, first, q, want):
    # review 2 §5: the misspelt who-counted follow-up answered who gave the PREVIOUS figure, whatever it named
    assert lead(bot, first, q) in want


def test_who_counted_them_with_a_slip_is_still_the_last_figure(bot):
    assert lead(bot, "how many surrendered?", "who cownted them?") == "captured-by-end-2025"
    assert lead(bot, "how many surrendered?", "who cownted that?") == "captured-by-end-2025"


@pytest.mark.parametrize("q", ["is the report safe enough to show my kids?", "is the blog safe to show my class?",
                               "is the blog appropriate enough to show my class?"])
def test_whether_an_article_suits_children_is_advice(bot, q):
    # review 2 §8: the audience was dropped, and "is the report safe enough to show?" led with how soldiers reach the hotline
    assert lead(bot, q) is None


def test_whether_an_article_is_neutral_enough_for_students_is_still_its_kind(bot):
    assert lead(bot, "is the blog neutral enough to hand to students?") == "source:blog-mass-surrenders"


@pytest.mark.parametrize("q, want", [
    ("the bit about the record week - what does it mean?", "record-week-august-2024"),
    ("the part about the headline - what's the point?", "headline-revolt"),
    ("the part about the age of prisoners - what's the point?", "prisoner-age-range"),
    ("the line about Kursk - what does it mean?", "captured-zaporizhzhia-kursk"),
])
def test_a_passage_named_without_its_article_may_be_the_news_reports(bot, q, want):
    # review 2 §7: the passage was pinned to the blog, and the news report's facts were only related after a refusal
    assert lead(bot, q) == want


def test_the_bit_at_the_end_about_belief_is_still_the_authors_view(bot):
    assert lead(bot, "the bit at the end about belief - what's the idea there?") == "putin-losing-belief-opinion"
