"""Session 80's mends: wrong answers a reviewer found (a fact on a neighbouring subject given as the answer), and what
the bot does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", [
    "how many Ukrainian soldiers have an illness?",
    "do Ukrainian troops carry HIV?",
    "what age are the Ukrainian troops?",
    "does Ukraine's army recruit from prisons?",
    "how many of Ukraine's soldiers are foreigners?",
    "how many soldiers in the Ukrainian army are mercenaries?",
])
def test_what_kind_of_men_ukraines_own_soldiers_are_is_refused(bot, q):
    # the illness, age, recruitment and foreigners facts are about the Russians Ukraine holds, though they name no side
    assert lead(bot, q) is None


def test_the_same_asked_of_the_russians_held_stays_answered(bot):
    assert lead(bot, "how many of the Russian soldiers held by Ukrainian forces are ill?") in ("chronic-illness-blog", "chronic-illness-news")
    assert lead(bot, "how old are the captured soldiers?") == "prisoner-age-range"


@pytest.mark.parametrize("q", [
    "who is the RF army chief?",
    "what's the name of the RF's chief of staff",
    "who heads the army of the Russian Federation?",
    "who is Russia's top general?",
    "who is the commander of the RF armed forces?",
])
def test_russias_army_chief_asked_as_the_rf_is_refused(bot, q):
    # no article names Russia's chief; the chief who speaks is Kyiv's (the land taken in 2025)
    assert lead(bot, q) is None


def test_kyivs_army_chief_and_the_rfs_soldiers_stay_answered(bot):
    assert lead(bot, "who is Ukraine's army chief?") == "territory-taken-2025"
    assert lead(bot, "how many RF soldiers were captured?") == "captured-by-end-2025"


@pytest.mark.parametrize("q", [
    "according to the news report, how many Russian soldiers have been taken prisoner?",
    "how many POWs does the news article count?",
    "what total does the news report give for prisoners?",
    "according to the blog post, how many surrender every week?",
])
def test_a_count_only_the_other_article_gives_is_refused_naming_it(bot, q):
    # the named article's facts only neighbour it (POWs handed back, a share of the prisoners): the other's count is shown
    reply, _ = bot.answer(q, None)
    assert not reply.answered and "does not report that" in reply.message


def test_a_count_the_named_article_gives_stays_answered(bot):
    assert lead(bot, "according to the blog, how many Russians have been captured?") == "captured-by-end-2025"
    assert lead(bot, "according to the news report, what share were officers?") == "officers-share-news"
    assert lead(bot, "according to the news report, how many POWs were handed back?") == "pows-returned-in-exchanges"


@pytest.mark.parametrize("q", [
    "did radio communications between units break down?",
    "was there a breakdown of comms between Russian units?",
    "did contact between units break down during the fighting?",
    "did communications break down?",
])
def test_something_breaking_down_is_not_the_breakdown_of_the_prisoners(bot, q):
    # "break down" with no object is a collapse; no article reports on communications between units
    assert lead(bot, q) is None


def test_the_prisoners_broken_down_by_rank_stay_answered(bot):
    assert lead(bot, "how do the prisoners break down by rank?") == "rank-and-file-share-news"
    assert lead(bot, "can you break down the prisoners by type?") == "rank-and-file-share-news"


@pytest.mark.parametrize("q", [
    "what's the point of this war?",
    "is there any point to the war?",
    "what are the aims of the invasion?",
    "what are Russia's war aims?",
])
def test_what_the_war_is_for_is_refused(bot, q):
    # no article gives the war's aims: not the June 2023 turn in captures (an example question's "at some point")
    assert lead(bot, q) is None


def test_when_the_captures_turned_stays_answered(bot):
    assert lead(bot, "at what point in the war did captures flip?") == "captures-reversed-since-june-2023"


@pytest.mark.parametrize("qs", [
    ("what is the blogger's view?", "has he looked at the news report?"),
    ("who wrote the blog post?", "did he read the article?"),
    ("did the blog's author ever visit the front?",),
    ("did the blogger interview any prisoners?",),
    ("did Drucker read the news report?",),
])
def test_what_the_writer_himself_did_is_refused(bot, qs):
    # no article says what its writer read, where he went or whom he spoke to: not an opinion, not the article's record
    assert lead(bot, *qs) is None


def test_how_the_author_reads_the_surrenders_stays_answered(bot):
    assert lead(bot, "what does the author read into the faster surrenders?") == "fundamental-shift-opinion"
    assert lead(bot, "who wrote the blog post?") == "source:blog-mass-surrenders"


@pytest.mark.parametrize("qs", [
    ("my uncle is a Russian soldier and wants to give up", "how would he reach the Ukrainians without his officers knowing?"),
    ("how could a soldier reach the Ukrainians without his superiors noticing?",),
])
def test_reaching_the_ukrainians_unnoticed_is_not_answered_with_the_commanders(bot, qs):
    # no article says who finds out; the way in touch is asked, which the facts give only for contacting or surrendering
    assert lead(bot, *qs) in (None, "iwtl-channels", "iwtl-path-to-surrender")


def test_surrendering_unnoticed_gets_the_ways_to_surrender(bot):
    assert lead(bot, "how can a soldier contact Ukraine without his commanders knowing?") == "iwtl-channels"
    assert lead(bot, "how could a Russian soldier give up without anyone noticing?") in ("iwtl-path-to-surrender", "iwtl-channels")
    # Ukraine going around the commanders stays its own answer
    assert lead(bot, "how does Ukraine get its message to Russian soldiers without their bosses knowing?") == "reaches-soldiers-directly"


@pytest.mark.parametrize("q", ["what's the point of giving up?", "is there any point in surrendering?"])
def test_the_point_of_surrendering_is_why_they_do_it(bot, q):
    # the point of it is why they surrender: not the June 2023 turn (an example question's "at some point")
    assert lead(bot, q) == "surrender-as-survival"


def test_the_point_of_the_war_stays_refused(bot):
    assert lead(bot, "what's the point of this war?") is None


@pytest.mark.parametrize("qs", [
    ("who is the author of the blog post?", "what's his profession?"),
    ("what is the blogger's view?", "what does he do for work?"),
    ("what is the blogger's view?", "has he ever served in the army?"),
])
def test_the_writers_working_life_is_refused(bot, qs):
    # not the recruits' promised posts, not an opinion
    assert lead(bot, *qs) is None


def test_the_posts_the_recruits_were_promised_stay_answered(bot):
    assert lead(bot, "what jobs were they promised?") == "coerced-or-misled"


@pytest.mark.parametrize("qs", [
    ("my friend is a Russian soldier who wants to give up", "and if his commander finds out?"),
    ("how do Russian soldiers hide their surrender from their commanders?",),
    ("how can a soldier avoid his officers while surrendering?",),
])
def test_being_found_out_by_ones_own_commanders_is_refused(bot, qs):
    # no article says what happens if they are found out, or how they hide it: not the commanders keeping from danger
    assert lead(bot, *qs) is None


def test_commanders_keeping_from_danger_stays_answered(bot):
    assert lead(bot, "do commanders avoid danger?") == "commanders-avoid-danger-opinion"


@pytest.mark.parametrize("q", [
    "did Russian units lose contact with each other?",
    "did communications between the units fail?",
    "was radio contact lost at the front?",
])
def test_how_units_keep_in_touch_is_refused(bot, q):
    # not the Russian units failing to cut off defenders, not the unit make-up prisoners describe
    assert lead(bot, q) is None


def test_a_soldiers_way_in_touch_with_ukraine_stays_answered(bot):
    assert lead(bot, "how do soldiers contact Ukraine?") == "iwtl-channels"


@pytest.mark.parametrize("q", [
    "were Ukraine's troops tricked into signing up?",
    "what proportion of the Ukrainian army are officers?",
    "how well are Ukrainian soldiers paid?",
    "how is the morale of the Ukrainian troops?",
])
def test_ukraines_own_soldiers_ranks_pay_and_morale_are_refused(bot, q):
    assert lead(bot, q) is None


def test_officers_captured_by_ukrainian_forces_stay_answered(bot):
    assert lead(bot, "what share of the Russians captured by Ukrainian forces were officers?") in ("officers-share-blog", "officers-share-news")


@pytest.mark.parametrize("q", ["what does the RF's army chief say about the losses?", "what do the Russian generals say?"])
def test_what_russias_army_chief_says_is_refused(bot, q):
    # no article gives Russia's word: the chief who speaks is Kyiv's
    assert lead(bot, q) is None


def test_what_the_army_chief_says_stays_answered(bot):
    assert lead(bot, "what does the army chief say?") == "territory-taken-2025"
