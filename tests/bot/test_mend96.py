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


@pytest.mark.parametrize("q, facts", [
    ("were there lots of mercenaries?", {"mercenaries-news", "foreign-fighters-blog"}),
    ("so were there many foreign fighters?", {"mercenaries-news", "foreign-fighters-blog"}),
    ("are there loads of officers among the prisoners?", {"officers-share-news", "officers-share-blog"}),
])
def test_plenty_of_asked_yes_or_no_is_answered_by_the_count(bot, q, facts):
    # "were there plenty of foreign fighters?" led with how Russia abandons them: "plenty of", "lots of", "many" after
    # "were there" asks how many, and the count answers it
    assert lead(bot, q) in facts


def test_a_lot_of_something_uncounted_is_not_read_as_a_count(bot):
    assert lead(bot, "is there a lot of propaganda?") == "putin-compensation-tactics"


@pytest.mark.parametrize("after, q", [
    ("how many were captured?", "per region?"),
    ("How many Russians have given up?", "and broken down by region?"),
    ("how many POWs does Ukraine hold?", "by area?"),
])
def test_a_count_of_men_asked_by_region_is_never_answered_by_an_area(bot, after, q):
    # "by region?" after the prisoners' count led with the square kilometres Russia took (a region word, a capture word): the
    # breakdown is of the men just counted, and a follow-up carrying that count is answered by a count of men, never an area
    assert lead(bot, after, q) in (None, "most-captured-in-donetsk")


@pytest.mark.parametrize("q, fact", [("by rank?", "rank-and-file-share-news"),
                                     ("and how much land did Russia take?", "territory-taken-2025"),
                                     ("how old are they?", "prisoner-age-range")])
def test_a_follow_up_asking_its_own_count_or_a_breakdown_given_is_answered(bot, q, fact):
    assert lead(bot, "how many surrendered?", q) == fact


@pytest.mark.parametrize("qs", [
    ("what was the busiest week?", "that busiest week, which town?"),
    ("in what region did the record week take place?",),
    ("what was the record week?", "where did the record week happen?"),
])
def test_a_place_asked_by_name_of_something_no_fact_places_is_refused(bot, qs):
    # "that record week, in which region?" gave the record week again (it holds "week" and "record"): a town, region or sector
    # asked by name, or where it happened, is given only by a fact on geography, and none places that week
    assert lead(bot, *qs) is None


@pytest.mark.parametrize("q, facts", [("which region has the most surrenders?", {"most-captured-in-donetsk"}),
                                      ("where do foreign fighters come from?", {"mercenaries-news", "foreign-fighters-blog"})])
def test_where_asked_of_what_the_facts_place_is_still_answered(bot, q, facts):
    assert lead(bot, q) in facts


@pytest.mark.parametrize("qs", [
    ("do Russians give up carrying their rifles?",),
    ("How does the hotline work?", "are they allowed to keep their mobiles?"),
    ("what happens to prisoners?", "do they hold on to their belongings?"),
])
def test_what_a_man_gives_up_with_or_keeps_is_refused(bot, qs):
    # "can soldiers surrender with their weapons?" led with the blog's view that belief wins wars (an example question on
    # weapons), "can they keep their phones?" with the analysts' phones-for-leaflets: no article says either
    assert lead(bot, *qs) is None


def test_phones_as_a_way_to_give_up_are_still_answered(bot):
    assert lead(bot, "can they use their phones to surrender?") == "iwtl-channels"


@pytest.mark.parametrize("q", ["what's the Kremlin's version of events?", "is there a Russian account of this?",
                               "what is Moscow's narrative on the surrenders?"])
def test_russias_own_account_is_refused(bot, q):
    # "what is Russia's side of the story?" led with the infected armbands: no article gives Russia's or the Kremlin's own
    # account, as none gives what its officials say
    assert lead(bot, q) is None


def test_a_count_on_russias_side_is_still_answered(bot):
    assert lead(bot, "how many on Russia's side were captured?") == "captured-by-end-2025"


@pytest.mark.parametrize("q", ["is I Want to Live a real thing?", "does the project actually exist?",
                               "is the I Want to Live programme genuine?"])
def test_whether_the_project_is_real_is_what_it_is(bot, q):
    # "is the project real?" led with the weekly average (figures the project published): whether it exists is what it
    # is, a Ukrainian government project
    assert lead(bot, q) == "iwtl-what-it-is"


def test_whether_a_figure_is_real_is_still_that_figure(bot):
    assert lead(bot, "is the 10,000 figure real?") == "captured-by-end-2025"


@pytest.mark.parametrize("qs", [
    ("How does the hotline work?", "could relatives contact it?"),
    ("could family members use the hotline?",),
    ("what is I Want to Live?", "do all soldiers who surrender get help from it?"),
    ("does the project help everyone who surrenders?",),
])
def test_who_may_use_the_project_and_whether_it_helps_everyone_is_refused(bot, qs):
    # "can parents call it for news?" led with the mobilised share (the "news" report, "called" up), "does every prisoner
    # get help from it?" with what surrenders cost Russia: no article says families may use it, or that it reaches every man
    assert lead(bot, *qs) is None


@pytest.mark.parametrize("q, fact", [("can prisoners reach their families?", "geneva-treatment-guarantee"),
                                     ("do all prisoners get Geneva treatment?", "geneva-treatment-guarantee")])
def test_prisoners_reaching_families_and_the_guarantee_are_still_answered(bot, q, fact):
    assert lead(bot, q) == fact
