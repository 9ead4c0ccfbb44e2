"""Session 81's mends: rules of the session before that over-reached (a reviewer's probes), narrowed so that the
questions they were made for still get their answers."""
from __future__ import annotations

import pytest

from . import lead

RANKS = ("rank-and-file-share-news", "rank-and-file-share-blog")


@pytest.mark.parametrize("q, fact", [
    ("who are the soldiers that got captured a second time, twice?", "exchange-priorities"),
    ("who gets captured more often, the Russians or the Ukrainians?", "captures-reversed-since-june-2023"),
    ("who were the men who surrendered with HIV?", "chronic-illness-blog"),
    ("who were the soldiers who got captured in Donetsk?", "most-captured-in-donetsk"),
])
def test_who_was_caught_going_on_to_ask_more_is_not_the_rank_breakdown(bot, q, fact):
    assert lead(bot, q) in (fact, fact.replace("-blog", "-news"), "surrender-hotspots-blog")


@pytest.mark.parametrize("q", ["who gets caught?", "who were the troops that surrendered?", "so who gets captured? officers or privates?"])
def test_who_was_caught_alone_is_still_the_rank_breakdown(bot, q):
    assert lead(bot, q) in RANKS


@pytest.mark.parametrize("q, fact", [
    ("on the Ukrainian side, how many Russian soldiers have been killed or wounded?", "casualties-general-staff"),
    ("for the Ukrainian side, who estimates the Russian losses?", "casualties-general-staff"),
])
def test_russias_losses_asked_from_ukraines_side_are_answered(bot, q, fact):
    assert lead(bot, q) == fact


def test_ukraines_own_losses_said_apart_are_still_refused(bot):
    assert lead(bot, "how many Russian casualties were there in 2025?", "and on the ukrainian side, how many casualties?") is None


@pytest.mark.parametrize("q", ["what time zone is Kyiv in?", "are the POWs held in a special zone?", "is Pokrovsk inside the combat zone?",
                               "which zone of Ukraine did Russia take in 2025?"])
def test_a_zone_alone_is_no_place_word(bot, q):
    # no article gives time zones, where prisoners are held, combat zones or which part Russia took
    assert lead(bot, q) is None


def test_a_zone_where_men_are_taken_still_asks_where(bot):
    assert lead(bot, "in which zone of Ukraine did most Russian soldiers surrender?") in ("most-captured-in-donetsk", "surrender-hotspots-blog")


@pytest.mark.parametrize("qs", [
    ("what share of the prisoners had a criminal record?", "and what about the mobilised and the conscripts?"),
    ("how many Russians give up every week?", "what about the foreigners and the officers?"),
])
def test_two_kinds_after_another_measure_are_refused(bot, qs):
    # the last answer's measure (a record, a weekly count) for each kind: no fact gives it; their shares of all prisoners are not it
    assert lead(bot, *qs) is None


def test_two_kinds_after_a_kinds_share_are_still_each_given(bot):
    assert lead(bot, "what share were contract soldiers?", "and what about the mobilised ones and the conscripts?") == "mobilised-share-blog"


@pytest.mark.parametrize("q", ["how is the handover of the bodies done?", "when is the handover of the Ukrainian POWs?",
                               "what does a handover mean?", "is the handover of prisoners in a swap done at the border?"])
def test_a_handover_of_bodies_or_in_a_swap_is_no_surrender(bot, q):
    # no article tells when or where prisoners or bodies are handed over, or defines a handover
    assert lead(bot, q) is None


@pytest.mark.parametrize("q", ["how does the hotline arrange the handover? which comms does it use?",
                               "how does the handover work for soldiers who want to surrender?"])
def test_the_handover_the_project_arranges_is_still_a_surrender(bot, q):
    assert lead(bot, q) in ("iwtl-channels", "iwtl-path-to-surrender")


@pytest.mark.parametrize("q, fact", [
    ("how old is every prisoner?", "prisoner-age-range"),
    ("does each prisoner have a criminal record?", "criminal-records"),
    ("does every POW get exchanged?", "exchange-priorities"),
])
def test_each_prisoner_asked_of_is_the_prisoners(bot, q, fact):
    assert lead(bot, q) == fact


def test_what_each_prisoner_brings_is_still_what_each_surrender_brings(bot):
    assert lead(bot, "what does Ukraine gain from each captive it takes?") == "surrender-effects"


@pytest.mark.parametrize("q, fact", [
    ("are injured soldiers left until the last exchange?", "exchange-priorities"),
    ("what's the latest exchange figure?", "pows-returned-in-exchanges"),
])
def test_the_last_exchange_as_a_time_or_a_total_is_answered(bot, q, fact):
    assert lead(bot, q) == fact


def test_one_particular_swap_is_still_refused(bot):
    assert lead(bot, "how many were handed back in swaps?", "when was the most recent swap, and who was in it?") is None


def test_targeting_its_own_people_for_recruitment_is_whom_it_recruits(bot):
    assert lead(bot, "does Moscow target its own people with recruitment drives?") == "recruitment-incentives"


@pytest.mark.parametrize("q", ["do the officers shoot their own men?", "do commanders target their own troops with drones?"])
def test_harm_by_ones_own_side_is_still_refused(bot, q):
    assert lead(bot, q) is None


@pytest.mark.parametrize("q", ["can Russia recuperate the land it has lost?", "does Ukraine try to recuperate its soldiers?"])
def test_recuperating_land_or_ukraines_soldiers_is_not_russia_getting_its_men_back(bot, q):
    assert lead(bot, q) is None


def test_russia_recuperating_its_men_is_still_getting_them_back(bot):
    assert lead(bot, "does the Kremlin want to recuperate its prisoners?") == "exchange-priorities"


def test_soldiers_comms_with_home_are_not_the_projects_channels(bot):
    assert lead(bot, "do the Russian troops have comms with their homes?") is None


def test_the_comms_the_hotline_uses_are_still_its_channels(bot):
    assert lead(bot, "what comms does the I Want to Live project use?") == "iwtl-channels"


@pytest.mark.parametrize("q", ["is morbidity high among Ukrainian POWs?", "is sickness more common in Russia's army than in the Ukrainian army?"])
def test_the_health_of_ukraines_men_is_refused(bot, q):
    # the articles tell the health of the Russians Ukraine holds only
    assert lead(bot, q) is None


def test_morbidity_among_the_prisoners_is_still_the_illness_share(bot):
    assert lead(bot, "is morbidity high among the prisoners?") in ("chronic-illness-news", "chronic-illness-blog")


def test_the_nationalities_of_ukraines_soldiers_are_not_the_foreign_fighters_countries(bot):
    assert lead(bot, "how many nationalities serve among Ukraine's troops?") is None


def test_how_many_nationalities_is_still_the_foreign_fighters_countries(bot):
    assert lead(bot, "how many nationalities are among the foreign fighters?") in ("mercenaries-news", "foreign-fighters-blog")


@pytest.mark.parametrize("q, fact", [
    ("how many have surrendered, I want to leave this war", "captured-by-end-2025"),
    ("where were the most captured, I want to live far from it?", "most-captured-in-donetsk"),
])
def test_a_visitors_own_afterthought_is_still_left_out(bot, q, fact):
    assert lead(bot, q) == fact


def test_the_projects_name_after_a_comma_is_still_the_project(bot):
    assert lead(bot, "what's that, I Want to Live?") == "iwtl-what-it-is"


@pytest.mark.parametrize("q", ["is that figure shared by Moscow?", "was the data shared by the Kremlin with Kyiv?"])
def test_a_figure_shared_by_someone_is_whose_figure_not_the_topic(bot, q):
    assert lead(bot, q) is None


def test_whether_a_figure_is_offered_is_still_answered(bot):
    assert lead(bot, "What did the exchanges do for Ukraine's own soldiers?",
                "Is an exact figure given for the Ukrainian soldiers who got home?") == "ukrainians-home-in-exchanges"
