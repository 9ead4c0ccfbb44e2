"""Session 82's mends: known wrong answers a reviewer's probes found, each read the way visitors ask it."""
from __future__ import annotations

import pytest

from . import conversation, lead

RANKS = ("rank-and-file-share-news", "rank-and-file-share-blog")


@pytest.mark.parametrize("q", ["Who are the men who surrendered, mostly?", "Who gets captured, usually?", "who were the soldiers that gave up, exactly?"])
def test_who_was_caught_with_a_comma_before_how_often_is_the_rank_breakdown(bot, q):
    assert lead(bot, q) in RANKS


@pytest.mark.parametrize("q", ["Who gets captured usually in winter?", "who usually surrenders in winter?", "who gets captured, mostly at night?"])
def test_who_is_caught_at_a_time_no_fact_gives_is_refused(bot, q):
    # not how attacking armies usually fare (an opinion fact on what usually happens in wars)
    assert lead(bot, q) is None


def test_who_is_caught_usually_in_a_place_a_fact_gives_is_still_answered(bot):
    assert lead(bot, "who gets captured usually in Donetsk?") in ("most-captured-in-donetsk", "surrender-hotspots-blog")
    assert lead(bot, "Is it usually the side on the offensive that takes the most prisoners?") == "attackers-become-trapped"


@pytest.mark.parametrize("q", ["Which zones of the front line had the most fighting?", "which areas had the most fighting?",
                               "where did most of the fighting take place?", "which part of the front saw the heaviest fighting?",
                               "where is the fighting heaviest?"])
def test_where_the_fighting_was_hardest_is_refused(bot, q):
    # no article ranks places by fighting; the surrender hotspots are where most gave up, not that
    assert lead(bot, q) is None


@pytest.mark.parametrize("q", ["which zones of the front do most surrenders happen in?", "do most surrender where the fighting is fiercest?"])
def test_where_most_surrender_is_still_answered(bot, q):
    assert lead(bot, q) in ("surrender-hotspots-blog", "most-captured-in-donetsk")


def test_heavy_fighting_without_a_ranking_is_still_answered(bot):
    assert lead(bot, "where has there been heavy fighting?") == "war-almost-four-years"


@pytest.mark.parametrize("q", ["Does Ukraine recuperate its soldiers in the exchanges?", "Do the Ukrainians recuperate their men through swaps?"])
def test_ukraine_recuperating_its_men_in_a_swap_is_getting_them_home(bot, q):
    assert lead(bot, q) in ("ukrainians-home-in-exchanges", "pows-returned-in-exchanges")


@pytest.mark.parametrize("q", ["Does Russia try to recuperate its wounded?", "does Moscow recuperate its injured in exchanges?"])
def test_russia_recuperating_its_wounded_is_whom_it_wants_back(bot, q):
    assert lead(bot, q) == "exchange-priorities"


@pytest.mark.parametrize("q", ["how long do the sick prisoners take to recuperate?", "can Russia recuperate the land it has lost?"])
def test_recuperating_without_men_got_back_is_still_refused(bot, q):
    assert lead(bot, q) is None


@pytest.mark.parametrize("q", ["Who runs I Want to Live, is it the government personally?", "who runs the hotline, is it the ministry personally?"])
def test_a_body_guessed_as_the_doer_itself_is_an_ordinary_guess(bot, q):
    # "personally" after a body is "directly"; the question is who runs it (a Ukrainian government project)
    assert lead(bot, q) == "iwtl-what-it-is"


@pytest.mark.parametrize("q", ["Who runs I Want to Live, was it Zelensky himself?", "who started the project, was it the president himself?",
                               "who set up I Want to Live, was it Budanov personally?"])
def test_one_man_guessed_as_the_doer_himself_is_still_refused(bot, q):
    assert lead(bot, q) is None


@pytest.mark.parametrize("q", ["Break it down by rank please", "can you break the prisoners down by rank?", "how do the figures break down by rank?",
                               "Does the blog break down the captured by rank?"])
def test_a_breakdown_by_rank_asked_with_the_verb_is_the_rank_shares(bot, q):
    assert lead(bot, q) in RANKS


@pytest.mark.parametrize("q", ["How does it break down?", "break it down for me"])
def test_the_breakdown_of_it_with_nothing_answered_is_refused(bot, q):
    assert lead(bot, q) is None


@pytest.mark.parametrize("qs", [("how many were captured?", "how does that break down?"), ("how many were captured?", "break it down for me")])
def test_the_breakdown_of_the_last_count_is_still_the_rank_shares(bot, qs):
    assert lead(bot, *qs) in RANKS


@pytest.mark.parametrize("q", ["Does the blog break down the captured by region?", "what's the breakdown of prisoners by region?",
                               "breakdown of the captured by unit?"])
def test_a_breakdown_by_a_measure_no_article_gives_is_refused(bot, q):
    assert lead(bot, q) is None


@pytest.mark.parametrize("q", ["Did the front break down at Pokrovsk?", "did the front line collapse?"])
def test_the_front_giving_way_is_not_the_collapse_in_the_ranks(bot, q):
    assert lead(bot, q) is None


def test_a_breakdown_by_age_is_still_the_age_range(bot):
    assert lead(bot, "breakdown by age?") == "prisoner-age-range"


PLACES = ("most-captured-in-donetsk", "surrender-hotspots-blog")
REASONS = ("iwtl-path-to-surrender", "surrender-as-survival", "conditions-in-russian-army", "loyalty-and-money-opinion", "coerced-or-misled")


@pytest.mark.parametrize("qs", [("Who gets captured?", "where?"), ("Who are the men who surrendered?", "where?"),
                                ("what kind of soldiers were captured?", "and where were they caught?")])
def test_where_after_who_was_caught_is_where_they_were_caught(bot, qs):
    assert lead(bot, *qs) in PLACES


@pytest.mark.parametrize("qs", [("Who are the men who surrendered?", "why did they?"), ("who gets captured?", "why do they give up?")])
def test_why_after_who_was_caught_is_why_they_gave_up(bot, qs):
    # not why so few officers are among them (the rank breakdown's opinion)
    assert lead(bot, *qs) in REASONS


def test_how_they_were_caught_after_who_is_not_the_officers_opinion(bot):
    assert lead(bot, "who gets captured?", "how did they get caught?") != "commanders-avoid-danger-opinion"


def test_why_so_few_officers_is_still_the_commanders_opinion(bot):
    assert lead(bot, "why are so few officers captured?") == "commanders-avoid-danger-opinion"


OFFERS = ("geneva-treatment-guarantee", "iwtl-path-to-surrender")


@pytest.mark.parametrize("qs", [("What incentives does Ukraine give soldiers to surrender?",), ("what incentives does ukraine offer to surrender",),
                                ("what incentives does Kyiv offer Russian soldiers for defecting?",),
                                ("What does I Want to Live do?", "what incentives are they giving?")])
def test_ukraines_incentives_to_surrender_are_what_it_offers(bot, qs):
    # not the contract soldiers' or conscripts' shares (the lexicon's incentives are the pay and promises that drew men in)
    assert lead(bot, *qs) in OFFERS


@pytest.mark.parametrize("q", ["What incentives do prisoners get for information?", "are prisoners paid for information?",
                               "do POWs get anything for talking?"])
def test_a_reward_for_what_a_prisoner_tells_is_refused(bot, q):
    assert lead(bot, q) is None


def test_russias_incentives_are_still_its_recruiting(bot):
    assert lead(bot, "what incentives does the Kremlin offer recruits?") == "recruitment-incentives"
    assert lead(bot, "how does Russia recruit soldiers?", "what incentives are they giving?") == "recruitment-incentives"
    assert lead(bot, "what information do prisoners give?") == "surrender-effects"


@pytest.mark.parametrize("q", ["did Russia lose the war?", "did russia lose?", "has Russia lost the war?"])
def test_whether_a_side_lost_the_war_is_refused(bot, q):
    # no article says who won; not the General Staff's count of Russia's losses
    assert lead(bot, q) is None


def test_whether_russia_lost_men_is_still_its_losses(bot):
    assert lead(bot, "did Russia lose many men?") == "casualties-general-staff"


@pytest.mark.parametrize("q", ["can he surrender?", "could a Russian soldier give himself up?", "may he surrender?"])
def test_whether_he_can_surrender_is_how_he_can(bot, q):
    assert lead(bot, q) in ("iwtl-path-to-surrender", "iwtl-channels")


@pytest.mark.parametrize("q", ["what does the army chief say about Russian morale?", "what does Kyiv's army chief say about the surrenders?"])
def test_what_a_speaker_says_on_a_subject_he_says_nothing_on_is_refused(bot, q):
    # Syrskii is quoted only on the land Russia took in 2025
    assert lead(bot, q) is None


@pytest.mark.parametrize("q, fact", [("what does the army chief say about territory?", "territory-taken-2025"),
                                     ("what does the General Staff say about Russian losses?", "casualties-general-staff"),
                                     ("What do captured soldiers report about conditions inside their own army?", "conditions-in-russian-army")])
def test_what_a_speaker_says_on_his_own_subject_is_still_answered(bot, q, fact):
    assert lead(bot, q) == fact


@pytest.mark.parametrize("qs", [("Does Russia trade prisoners?", "Which of them does Russia want back first?"),
                                ("does russia swap its men?", "who do they get back first?"), ("which prisoners does Russia want back first?",)])
def test_whom_russia_wants_back_first_is_whom_the_swaps_favour(bot, qs):
    # not the foreign fighters Russia shows little interest in getting back
    assert lead(bot, *qs) == "exchange-priorities"


def test_whether_russia_wants_the_foreigners_back_is_still_their_fate(bot):
    assert lead(bot, "what happens to foreign fighters once captured?", "does Russia want them back?") == "foreign-fighters-abandoned"


@pytest.mark.parametrize("qs", [("who gives up?", "are they ethnic Russians or other nationalities?"),
                                ("Who gets captured?", "ethnic Russians or other nationalities?"),
                                ("who surrenders?", "mostly Russians or foreigners?"),
                                ("are the prisoners ethnic Russians or other nationalities?",)])
def test_russians_or_other_nationalities_is_the_foreigners_share(bot, qs):
    assert lead(bot, *qs) in ("foreign-fighters-blog", "mercenaries-news")


@pytest.mark.parametrize("qs", [("What share were mobilised?", "what about the foreigners and the criminals?"),
                                ("what share were officers?", "what about foreigners and ex-convicts?")])
def test_the_foreigners_and_the_records_after_a_kinds_share_are_each_given(bot, qs):
    reply = conversation(bot, *qs)
    assert reply.answered and {s.fact_id for s in reply.statements[:2]} >= {"criminal-records"} \
        and {s.fact_id for s in reply.statements[:2]} & {"foreign-fighters-blog", "mercenaries-news"}


def test_the_kinds_after_a_records_share_are_still_refused(bot):
    assert lead(bot, "what share of the prisoners had a criminal record?", "what about the mobilised and the conscripts?") is None


@pytest.mark.parametrize("q", ["What comms does the hotline use?", "what channels does the project use?", "what apps does the hotline use?"])
def test_the_means_a_project_uses_to_reach_men_are_its_channels(bot, q):
    assert lead(bot, q) == "iwtl-channels"


@pytest.mark.parametrize("q", ["How would a soldier reach the Ukrainians without his commander finding out?", "how can a soldier reach the ukrainians?",
                               "how does a soldier reach the other side?"])
def test_a_soldier_reaching_the_ukrainians_is_getting_in_touch(bot, q):
    assert lead(bot, q) == "iwtl-channels"


@pytest.mark.parametrize("q", ["which drones do the Russians use?", "did Russia reach Kyiv?"])
def test_equipment_used_and_russia_reaching_a_place_are_still_refused(bot, q):
    assert lead(bot, q) is None


ACCOUNTS = ("surrender-effects", "conditions-in-russian-army", "coerced-or-misled")


@pytest.mark.parametrize("qs", [("How many prisoners were there?", "what did those prisoners say?"), ("what did the prisoners say?",)])
def test_what_the_prisoners_said_is_their_accounts(bot, qs):
    # not the count of the Coordination Headquarters for the Treatment of Prisoners of War (its name holds "prisoners")
    assert lead(bot, *qs) in ACCOUNTS


@pytest.mark.parametrize("q", ["Which zone of Russia do the prisoners come from?", "where in Russia are they from?",
                               "How does the project organise a handover of bodies?", "are bodies handed back?",
                               "Does every POW get help from the hotline?", "What does each prisoner cost Ukraine to keep?",
                               "what's the cost of holding the POWs?"])
def test_home_regions_bodies_the_projects_reach_and_keeping_costs_are_refused(bot, q):
    assert lead(bot, q) is None


@pytest.mark.parametrize("q, facts", [("which region do most POWs come from", ("most-captured-in-donetsk", "surrender-hotspots-blog")),
                                      ("how does the project organise the handover?", ("iwtl-channels",)),
                                      ("What does it gain from each prisoner it takes?", ("surrender-effects",)),
                                      ("do soldiers get help from the hotline?", ("iwtl-path-to-surrender", "iwtl-channels"))])
def test_their_near_wordings_are_still_answered(bot, q, facts):
    assert lead(bot, q) in facts


@pytest.mark.parametrize("q", ["Ukrainian side's figures on losses?", "what are the Ukrainian side's numbers on casualties?"])
def test_the_ukrainian_sides_figures_are_whose_figures(bot, q):
    assert lead(bot, q) == "casualties-general-staff"


def test_apps_others_use_stay_refused(bot):
    """The project's channels are named; which apps or platforms anyone else uses is not."""
    assert lead(bot, "What messaging apps does the hotline use?") == "iwtl-channels"
    assert lead(bot, "Which apps do Russian soldiers use?") is None
    assert lead(bot, "what chatbots do the Russians use?") is None
