"""Session 76's mends: wrong answers a reviewer found (a fact on a neighbouring subject given as the answer), and what
the bot does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("qs", [
    ("how many Russian troops have surrendered via the hotline?",),
    ("how many soldiers gave themselves up using I Want to Live",),
    ("what is I Want to Live?", "and how many have given up through it?"),
    ("how many of the prisoners came in through the I Want to Live line?",),
])
def test_a_count_of_those_who_gave_up_through_the_project_is_refused(bot, qs):
    # no article counts those the project brought in: not the officers' or rank-and-file shares of all prisoners
    assert lead(bot, *qs) is None


def test_a_weekly_rate_through_the_project_and_the_total_captured_stay_answered(bot):
    assert lead(bot, "how many surrender through the hotline each week?") == "weekly-surrender-average"
    assert lead(bot, "how many Russians have given up?") == "captured-by-end-2025"


@pytest.mark.parametrize("q", [
    "do Russian drones kill their own men who try to surrender?",
    "are surrendering soldiers shot by their own side?",
    "are those who give up shot by their commanders?",
    "do commanders execute soldiers who try to defect?",
    "are Russians who try to desert killed by their own units?",
])
def test_harm_done_to_soldiers_for_giving_up_is_refused(bot, q):
    # no article reports soldiers killed by their own side for surrendering: not Putin's tactics or the headline
    assert lead(bot, q) is None


def test_reaching_the_ukrainians_without_being_shot_stays_answered(bot):
    assert lead(bot, "how can a soldier who wants to give up contact the Ukrainians without being shot?") == "iwtl-channels"


def test_ukraine_reaching_soldiers_past_their_commanders_stays_the_bypass(bot):
    assert lead(bot, "how does Ukraine reach the soldiers without their commanders knowing?") == "reaches-soldiers-directly"


def test_he_after_the_projects_own_figure_is_no_person_named_live(bot):
    # the weekly figure's claimant is the "I Want to Live" project: "he" then is the soldier, not a name "Live" to narrow to
    assert lead(bot, "my cousin is a Russian soldier who wants to surrender", "what channels could he use?") == "iwtl-channels"


def test_he_after_a_named_claimant_still_asks_of_that_person(bot):
    assert lead(bot, "how much land did Russia take in 2025?", "who is he?") == "territory-taken-2025"


@pytest.mark.parametrize("q", ["who are the soldiers who were caught?", "who were the men that got captured?",
                               "who are the ones who gave themselves up?", "who gets taken prisoner?"])
def test_who_those_caught_are_is_what_kind_of_men_they_are(bot, q):
    # the breakdown by rank: not the route to surrender or a yearly count, which only hold "caught"
    assert lead(bot, q) in ("rank-and-file-share-news", "rank-and-file-share-blog")


def test_who_did_the_capturing_is_not_read_as_who_the_prisoners_are(bot):
    assert lead(bot, "who captured them?") not in ("rank-and-file-share-news", "rank-and-file-share-blog")


@pytest.mark.parametrize("q", ["what's the writer's number on POWs?", "what number does the blogger give for captured soldiers?",
                               "what is the blog's number for surrendered soldiers?",
                               "the author's numbers on captured soldiers?"])
def test_a_writers_number_for_the_captured_is_the_count_of_them(bot, q):
    # a number for the captured is how many were taken: not the rank-and-file share of them
    assert lead(bot, q) == "captured-by-end-2025"


def test_a_writers_number_on_a_group_of_them_is_still_its_share(bot):
    assert lead(bot, "what's the blogger's number on officers?") in ("officers-share-blog", "officers-share-news")


@pytest.mark.parametrize("q", ["who is the reporter's source at the General Staff?", "who did the journalist talk to at the General Staff?",
                               "which official at the Coordination Headquarters gave that figure?",
                               "who at the General Staff did the news report speak to?"])
def test_a_person_inside_a_body_named_only_as_a_body_is_refused(bot, q):
    # no article names anyone at the General Staff or the Coordination Headquarters: not the body's casualty figure
    assert lead(bot, q) is None


def test_who_gave_the_figure_is_still_the_body_that_gave_it(bot):
    assert lead(bot, "who gave the news report the casualty figure?") == "casualties-general-staff"


@pytest.mark.parametrize("q", ["what do you mean, I Want to Live?", "what's that, I Want to Live?", "who runs it, I Want to Live?",
                               "what do you mean, i wanna live?"])
def test_the_projects_name_after_a_comma_is_what_is_asked_about(bot, q):
    # ", I Want to Live" is the project named, not the visitor's afterthought about himself ("…, I lose track")
    assert lead(bot, q) == "iwtl-what-it-is"


def test_an_afterthought_about_the_visitor_is_still_dropped(bot):
    assert lead(bot, "how many surrender each week, I wonder?") == "weekly-surrender-average"


@pytest.mark.parametrize("q", ["how many Russians have given up because of the hotline?", "how many soldiers messaged I Want to Live before giving up?",
                               "how many men did the project persuade to surrender?"])
def test_a_count_of_those_the_project_reached_or_brought_over_is_refused(bot, q):
    assert lead(bot, q) is None


def test_surrendering_to_ukraine_is_still_counted(bot):
    assert lead(bot, "how many Russian soldiers surrendered to Ukraine?") == "captured-by-end-2025"


def test_drones_attacking_their_own_surrendering_men_is_refused(bot):
    # not the blog's surrender effects, which weaken Russian attacks
    assert lead(bot, "are there reports of Russian drones attacking their own surrendering men?") is None


def test_what_surrenders_do_to_russian_attacks_stays_answered(bot):
    assert lead(bot, "how do the surrenders weaken Russian attacks?") == "surrender-effects"


@pytest.mark.parametrize("q", ["who in the General Staff came up with that number?", "who at the project gave the weekly figure?",
                               "which headquarters official counted the prisoners?", "who is the contact person for the hotline?"])
def test_a_person_inside_the_bodies_or_to_contact_is_refused(bot, q):
    assert lead(bot, q) is None


def test_who_runs_the_project_and_who_gives_its_figure_stay_answered(bot):
    assert lead(bot, "who runs the project?") == "iwtl-what-it-is"
    assert lead(bot, "who gives the weekly figure?") == "weekly-surrender-average"


@pytest.mark.parametrize("q", ["I Want to Live? what do you mean?", "sorry, I Want to Live?", "what do you mean by that, I Want to Live?"])
def test_the_projects_name_framed_by_a_puzzled_aside_is_what_it_is(bot, q):
    # asked bare, with "sorry" before it or "what do you mean" after it: not the officers' share (whose breakdown is the project's)
    assert lead(bot, q) == "iwtl-what-it-is"


def test_a_puzzled_aside_alone_still_names_nothing(bot):
    assert lead(bot, "sorry, what do you mean?") is None


@pytest.mark.parametrize("q", ["does the Russian army kill its own soldiers?", "do commanders shoot their own men?"])
def test_killing_ones_own_soldiers_is_refused(bot, q):
    # no article reports it: not the invasion fact on commanders who care little for their troops
    assert lead(bot, q) is None


def test_whether_the_kremlin_cares_for_its_own_troops_stays_answered(bot):
    assert lead(bot, "does the Kremlin care about its own troops?") == "kremlin-values-troops-little"
    assert lead(bot, "were sick soldiers made to wear infected armbands?", "why would they do that to their own men?") == "expendable-opinion"
