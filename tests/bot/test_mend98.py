"""Session 40's mender 98: regressions a review found in this session's changes, each narrowed so the commit's own case stays
fixed and the wordings it over-reached on get their earlier (right) reply back."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("first, q", [
    ("how many russian troops have been killed or wounded?", "and when did all this start?"),
    ("how many soldiers have been taken prisoner by the end of 2025?", "when did that begin?"),
    ("what were the casualties in 2025?", "so when did that start?"),
])
def test_when_did_that_start_after_a_count_is_when_the_war_began(bot, first, q):
    # "when did that start?" after a count: when the counting began, the full-scale invasion (February 2022); the count
    # was repeated because its statement holds a year or "since", which dates nothing (05cf58b)
    assert lead(bot, first, q) == "full-scale-invasion-february-2022"


def test_since_when_after_a_count_that_says_since_the_war_began_is_still_that_count(bot):
    # bare "since when?" after the casualty count: its own statement says since the war began
    assert lead(bot, "how many russian troops have been killed or wounded?", "since when?") == "casualties-general-staff"


@pytest.mark.parametrize("qs", [
    ("do russian soldiers have any gear?",),
    ("what is life like in the russian army?", "do they have any equipment?"),
    ("do the russian troops have any kit?",),
])
def test_have_any_kit_asks_of_russias_army_not_of_what_a_prisoner_keeps(bot, qs):
    # "have" with kit, gear or equipment and no word of capture asks of Russia's army, whose equipment captured soldiers
    # call bad; BELONGINGS (what a man keeps when he gives up) took the bare 'have' and refused it (59908a4)
    assert lead(bot, *qs) == "conditions-in-russian-army"


@pytest.mark.parametrize("q", ["do the prisoners have their phones?", "do they still have their documents once captured?"])
def test_what_a_prisoner_has_with_him_stays_refused(bot, q):
    assert lead(bot, q) is None


@pytest.mark.parametrize("q", ["ukraine must be sitting on thousands of russian prisoners by now",
                               "how many russian soldiers is ukraine sitting on?",
                               "kyiv sits on over 10,000 of them, doesn't it?"])
def test_sitting_on_a_count_of_men_is_holding_them(bot, q):
    # "sitting on" men or a number of them is holding them (11ca6db), now read only there
    assert lead(bot, q) == "captured-by-end-2025"


@pytest.mark.parametrize("q", ["who sits on the coordination headquarters?", "is the kremlin sitting on the information?",
                               "what is moscow sitting on?"])
def test_sitting_on_with_no_men_counted_is_no_capture(bot, q):
    # members of a body, withholding news, an idiom: no count of men; they were read as capture and led with the neighbours
    assert lead(bot, q) is None


@pytest.mark.parametrize("q, facts", [
    ("were there lots of places where russians gave up?", {"most-captured-in-donetsk", "surrender-hotspots-blog", "captured-zaporizhzhia-kursk"}),
    ("are there many areas where they surrender?", {"most-captured-in-donetsk", "surrender-hotspots-blog"}),
    ("were there loads of surrenders in 2025?", {"record-year-2025", "captured-by-end-2025"}),
])
def test_many_of_something_not_men_is_not_forced_to_a_count(bot, q, facts):
    # "were there many <places>?" was read as how many and led with the area Russia took in km²; "many surrenders in 2025"
    # was refused for want of a 2025 count, though the record year answers it (35c0d98 took any noun)
    assert lead(bot, q) in facts


def test_many_men_asked_yes_or_no_is_still_the_count(bot):
    assert lead(bot, "are there a lot of convicts among the prisoners?") == "criminal-records"


@pytest.mark.parametrize("qs", [
    ("how many foreign fighters are there?", "does ukraine publish its own losses?"),
    ("does kyiv give a figure for its own dead?",),
    ("what share were officers?", "and does ukraine report its own casualties?"),
])
def test_ukraines_own_losses_named_by_its_own_are_the_other_side(bot, qs):
    # "its" after Ukraine is Ukraine's (1f11c1c), so "ukraine ... its own losses" are Ukraine's own, which no article gives;
    # they led with the reversal of who takes more prisoners, or with the General Staff's count of Russian losses
    assert lead(bot, *qs) is None


def test_russia_and_its_own_men_are_still_answered(bot):
    assert lead(bot, "does russia bother getting its foreign guys back?") == "foreign-fighters-abandoned"


@pytest.mark.parametrize("q", ["is the project genuine about its figures?", "is the hotline legit with the numbers it gives?",
                               "is I want to live real in what it claims?"])
def test_whether_the_project_is_genuine_in_something_is_not_whether_it_exists(bot, q):
    # real/genuine with an object after it asks of its figures or claims, which no fact judges; it was read as "is the
    # project real?" and led with what the project is (e2149d3)
    assert lead(bot, q) != "iwtl-what-it-is"


def test_whether_the_project_is_real_is_still_what_it_is(bot):
    assert lead(bot, "is the I want to live hotline genuine?") == "iwtl-what-it-is"


@pytest.mark.parametrize("q", ["nov 2025?", "what went on in april 2025?", "anything from sept 2024"])
def test_a_month_of_a_year_no_fact_dates_is_refused(bot, q):
    # the 2025 totals and the summer-2024 captures do not date one month of their year; a month written short made them
    # the answer (405a7e4), as the month written out already did
    assert lead(bot, q) is None


@pytest.mark.parametrize("q, fact", [("aug 2024?", "record-week-august-2024"), ("july 2024?", "captured-zaporizhzhia-kursk"),
                                     ("was the record week in july 2024?", "record-week-august-2024")])
def test_a_month_a_fact_dates_or_a_check_of_one_is_still_answered(bot, q, fact):
    assert lead(bot, q) == fact


@pytest.mark.parametrize("after, q", [("how many russians have been captured?", "and by age?"),
                                      ("how many POWs are there?", "what about by age?"),
                                      ("how many gave up?", "split by age?")])
def test_a_count_of_men_asked_by_age_is_the_age_range(bot, after, q):
    # the project's ages (most between 18 and 65) are the only age split; a follow-up carrying a count of men kept only
    # facts counting men (90f6bea), and years of age are not men, so it was refused
    assert lead(bot, after, q) == "prisoner-age-range"


def test_a_count_of_men_asked_by_area_is_still_no_area(bot):
    assert lead(bot, "how many russians have been captured?", "by area?") is None


@pytest.mark.parametrize("q", ["how much of the casualties died?", "how many of the losses were fatal deaths?",
                               "of all the casualties, how many were wounded?"])
def test_one_half_asked_of_the_casualties_is_not_the_combined_figure(bot, q):
    # the killed and wounded are one figure; "how much of the casualties" read as how many (cbef0b3) led with it, as
    # "how many of the casualties were killed?" already did ('casualties' named the two together and hid the half asked)
    assert lead(bot, q) is None


def test_the_casualties_asked_whole_are_still_the_combined_figure(bot):
    assert lead(bot, "how many casualties has russia taken, dead and wounded?") == "casualties-general-staff"


@pytest.mark.parametrize("qs", [("when did the surrenders begin?",),
                                ("when did russian soldiers start giving up?",),
                                ("how many russians were taken prisoner by the end of 2025?", "when did it start?")])
def test_when_something_began_is_not_a_record_year(bot, qs):
    # "2025 brought more surrenders than any other year" dates a record, not a beginning; no article says when the
    # surrenders began, and it led
    assert lead(bot, *qs) != "record-year-2025"


@pytest.mark.parametrize("q, fact", [("when did the full-scale invasion begin?", "full-scale-invasion-february-2022"),
                                     ("when did the reversal in who takes more prisoners start?", "captures-reversed-since-june-2023")])
def test_when_a_dated_beginning_began_is_still_answered(bot, q, fact):
    assert lead(bot, q) == fact
