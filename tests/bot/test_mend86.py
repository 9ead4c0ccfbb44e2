"""Session 86's mends: wrong answers a reviewer found after sessions 82 and 83, each read the way visitors ask it."""
from __future__ import annotations

import pytest

from . import lead

GUARANTEE = "geneva-treatment-guarantee"


# review 38, problem 4: "break down the prisoners by (type of) service" is the service-type split, not the rank split
@pytest.mark.parametrize("q", ["break down the prisoners by type of service", "break down the prisoners by service",
                               "break down the captured men by type of service"])
def test_a_breakdown_by_service_is_not_the_rank_split(bot, q):
    assert lead(bot, q) not in ("rank-and-file-share-news", "rank-and-file-share-blog")


@pytest.mark.parametrize("q", ["break it down by rank", "what is the breakdown of the prisoners by rank?"])
def test_a_breakdown_by_rank_is_still_the_rank_split(bot, q):
    assert lead(bot, q) in ("rank-breakdown-sum", "rank-and-file-share-news", "rank-and-file-share-blog")


# review 38, problem 7: families reaching the prisoners themselves is the guarantee's "chance to reach their families"
@pytest.mark.parametrize("q", ["is there a way for families to contact prisoners?", "families are able to reach the prisoners?",
                               "is there a way for relatives to call the prisoners?", "wives can write to prisoners?",
                               "can relatives contact the POWs?"])
def test_families_reaching_the_prisoners_is_the_guarantee(bot, q):
    assert lead(bot, q) == GUARANTEE


@pytest.mark.parametrize("q", ["Who can parents contact for news of a missing son?", "can mothers contact the project for news of their sons?",
                               "is there a helpline relatives can call to find out about a captured soldier?"])
def test_families_ringing_someone_for_news_is_still_refused(bot, q):
    assert lead(bot, q) is None


# review 38, problem 6: "do all the prisoners get food/medical care/humane treatment from the project?" is the guarantee
@pytest.mark.parametrize("q", ["do all the prisoners get medical care from the project?", "do all the prisoners get humane treatment from the project?",
                               "does every prisoner get to call his family through the project?",
                               "does every soldier who surrenders get medical care from the hotline?", "does each POW get food from the programme?"])
def test_every_prisoner_getting_a_guaranteed_treatment_is_the_guarantee(bot, q):
    assert lead(bot, q) == GUARANTEE


@pytest.mark.parametrize("q", ["Does every POW get help from the hotline?", "do all the prisoners get help from the project?"])
def test_every_prisoner_getting_the_projects_help_is_still_refused(bot, q):
    assert lead(bot, q) is None


# review 38, problem 3: what the soldiers themselves would prefer is not whom exchanges favour (no fact says)
@pytest.mark.parametrize("q", ["would soldiers prefer to be exchanged?", "would the men prefer to go home in a swap?",
                               "do troops prefer to be traded back?", "would prisoners prefer not to go back in a swap?"])
def test_the_mens_own_preference_for_a_swap_is_refused(bot, q):
    assert lead(bot, q) is None


def test_preferring_ukrainian_captivity_is_not_a_swap(bot):
    assert lead(bot, "do the men prefer Ukrainian captivity to the Russian army?") == "treatment-an-upgrade"


@pytest.mark.parametrize("q", ["Which soldiers does Moscow prefer to get back in swaps?", "who do they prefer in the swaps?",
                               "which Russians does Moscow prefer to get back?"])
def test_whom_moscow_prefers_is_still_whom_exchanges_favour(bot, q):
    assert lead(bot, q) == "exchange-priorities"


# review 38, problem 5: what the prisoners told Ukraine about morale is what prisoners describe (training, supply gaps, morale)
@pytest.mark.parametrize("q", ["what have the prisoners told Ukraine about morale?", "what did the prisoners tell Ukraine about morale?",
                               "what have the POWs told Kyiv about morale?", "what did the POWs tell Kyiv about morale?"])
def test_what_prisoners_told_ukraine_is_what_they_describe(bot, q):
    assert lead(bot, q) == "surrender-effects"


def test_what_the_prisoners_said_is_still_their_accounts(bot):
    assert lead(bot, "what did the prisoners say?") == "conditions-in-russian-army"


# review 38, problem 2: Russian forces reaching Kyiv is an advance, not contacting the other side (no fact says)
@pytest.mark.parametrize("q", ["did Russian soldiers reach Kyiv?", "did the Russian army reach Kyiv?", "did Russian troops ever reach Kyiv?",
                               "have Russian troops reached Kyiv?"])
def test_russian_forces_reaching_kyiv_is_refused(bot, q):
    assert lead(bot, q) is None


@pytest.mark.parametrize("q", ["how could a soldier reach the Ukrainian side to surrender?", "how does a soldier reach the other side?"])
def test_a_soldier_reaching_the_other_side_is_still_the_channels(bot, q):
    assert lead(bot, q) == "iwtl-channels"


# review 38, problem 1: a plain "does Ukraine send prisoners back in swaps?" is the 6,000 handed back, not whom swaps favour
@pytest.mark.parametrize("q", ["Does Ukraine send prisoners back in swaps?", "does Ukraine send them back in exchanges?",
                               "does Ukraine send back Russians in prisoner swaps?", "does Kyiv send prisoners back in exchanges?",
                               "does Kyiv send the POWs back in trades?"])
def test_a_plain_swap_question_is_the_count_handed_back(bot, q):
    assert lead(bot, q) == "pows-returned-in-exchanges"


@pytest.mark.parametrize("q", ["does Ukraine send them back in swaps and then they get sent to fight again?",
                               "Does Kyiv swap the wounded back, and do they then get sent back to the front?"])
def test_what_happens_after_the_swap_is_still_whom_swaps_favour(bot, q):
    assert lead(bot, q) == "exchange-priorities"


# review 38, problem 11: "ethnic Russians or other nationalities?" after the men returned in exchanges asks whom the swaps favour
@pytest.mark.parametrize("qs", [("how many were returned in exchanges?", "ethnic Russians or other nationalities?"),
                                ("how many were swapped?", "are they ethnic Russians or foreigners?")])
def test_russians_or_others_after_the_swaps_is_whom_they_favour(bot, qs):
    assert lead(bot, *qs) == "exchange-priorities"


@pytest.mark.parametrize("qs", [("Who gets captured?", "ethnic Russians or other nationalities?"),
                                ("are the prisoners ethnic Russians or other nationalities?",)])
def test_russians_or_others_elsewhere_is_still_the_foreigners_share(bot, qs):
    assert lead(bot, *qs) in ("foreign-fighters-blog", "mercenaries-news")


# review 38, problem 10: "can they surrender?" after a kind's share asks of that kind, not the route a man takes
@pytest.mark.parametrize("qs", [("what share were officers?", "can they surrender?")])
def test_can_they_surrender_after_a_kinds_share_stays_on_that_kind(bot, qs):
    assert lead(bot, *qs) in ("officers-share-blog", "officers-share-news")


@pytest.mark.parametrize("q", ["can he surrender?", "could a Russian soldier give himself up?"])
def test_can_he_surrender_is_still_the_route(bot, q):
    assert lead(bot, q) == "iwtl-path-to-surrender"


# review 38, problem 8: what the army chief says about Russian gains/progress is the land he says Russia took
@pytest.mark.parametrize("q", ["what does the army chief say about Russian gains?", "what does the army chief say about Russia's progress?",
                               "what does the army chief say about Russia's gains in 2025?", "what does Syrskii say about Russian gains?"])
def test_the_army_chiefs_word_on_russian_gains_is_the_land_taken(bot, q):
    assert lead(bot, q) == "territory-taken-2025"


@pytest.mark.parametrize("q", ["what does the army chief say about morale?", "what does the army chief say about Russian morale?"])
def test_the_army_chief_on_morale_is_still_refused(bot, q):
    assert lead(bot, q) is None


# review 38, problem 9: "break that down" after a service-type share stays on that share, as "break it down" does (not the rank split)
@pytest.mark.parametrize("qs", [("what share were conscripts?", "break that down for me"), ("what share were mobilised?", "break this down")])
def test_break_that_down_after_a_service_share_is_not_the_rank_split(bot, qs):
    assert lead(bot, *qs) not in ("rank-and-file-share-news", "rank-and-file-share-blog", "rank-breakdown-sum")


def test_break_that_down_after_the_total_is_still_the_rank_split_and_nothing_alone_refused(bot):
    assert lead(bot, "how many prisoners were there?", "break that down for me") in ("rank-and-file-share-news", "rank-and-file-share-blog")
    assert lead(bot, "break that down for me") is None


# review 38, problem 2 (the lexicon half): a past advance on the Ukrainian forces is not contacting them
def test_russian_troops_reaching_the_ukrainian_forces_in_the_past_is_refused(bot):
    assert lead(bot, "did the Russian troops reach the Ukrainian forces?") is None


@pytest.mark.parametrize("q", ["how could a soldier reach the Ukrainian forces to surrender?", "how can a soldier reach the ukrainian army?"])
def test_a_soldier_reaching_the_ukrainian_forces_is_still_the_channels(bot, q):
    assert lead(bot, q) == "iwtl-channels"
