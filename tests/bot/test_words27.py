"""Session 27's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead

RANKS = {"rank-and-file-share-news", "rank-and-file-share-blog"}


@pytest.mark.parametrize("q", ["what sort of people end up captured?", "what kind of soldiers get captured?",
                               "describe the typical russian prisoner", "what's the profile of a captured russian soldier?",
                               "who are the captured soldiers?"])
def test_what_kind_of_soldiers_are_captured_is_the_breakdown_by_rank(bot, q):
    # the prisoners' profile: the breakdown by rank leads (it had been answered with the total, with what each surrender
    # gives Ukraine, or refused)
    assert lead(bot, q) in RANKS


def test_a_breakdown_by_age_is_still_the_age_range(bot):
    assert lead(bot, "what's the breakdown by age?") == "prisoner-age-range"


@pytest.mark.parametrize("q", ["where are the foreign fighters from?", "where are the mercenaries from?"])
def test_where_foreign_fighters_come_from_is_the_count_of_their_countries(bot, q):
    # "where … from" asks their countries (more than 40), not a place on the map of the fighting (it had been refused)
    assert lead(bot, q) in {"mercenaries-news", "foreign-fighters-blog"}


def test_where_the_project_is_from_is_still_refused(bot):
    assert not conversation(bot, "where is the project from?").answered


WEEKLY = "how many russians surrender each week?"
REASONS = {"surrender-as-survival", "conditions-in-russian-army", "iwtl-path-to-surrender"}


@pytest.mark.parametrize("follow_up", ["why do they surrender?", "why do they do that?"])
def test_why_they_surrender_after_the_weekly_pace_is_a_reason_not_a_count(bot, follow_up):
    # the period of the last question is not carried (it had been refused: no reason is weekly) and a claim that only
    # compares counts (2025 a record year) is no reason (it had led)
    assert lead(bot, WEEKLY, follow_up) in REASONS


def test_why_they_surrender_after_the_total_is_a_reason(bot):
    # what the total links to (the record year, the headline) no longer leads a why that restates the subject
    assert lead(bot, "how many were captured in total?", "why do they surrender?") in REASONS


@pytest.mark.parametrize("follow_up, facts", [
    ("how do they surrender?", {"iwtl-path-to-surrender", "iwtl-channels"}),
    ("what happens to them after?", {"geneva-treatment-guarantee"}),
])
def test_how_and_what_next_after_the_weekly_pace(bot, follow_up, facts):
    # (they had been answered with the record week or the foreign fighters found each week)
    assert lead(bot, WEEKLY, follow_up) in facts


def test_why_after_the_officers_share_still_asks_about_officers(bot):
    assert lead(bot, "how many officers were captured?", "why?") == "commanders-avoid-danger-opinion"


@pytest.mark.parametrize("turns", [("how much does the project cost?",), ("what is i want to live?", "how much does it cost?")])
def test_what_the_project_costs_is_a_sum_no_article_gives(bot, turns):
    # a sum of money (it had been answered with what each surrender costs Russia in manpower)
    assert not conversation(bot, *turns).answered


def test_what_a_surrender_costs_russia_is_still_answered(bot):
    assert lead(bot, "what does each surrender cost russia?") == "surrender-effects"


CASUALTIES = "how many russian casualties are there?"


@pytest.mark.parametrize("follow_up", ["is that killed or wounded?", "is that just the dead?", "is that figure independent?"])
def test_what_the_last_figure_counts_is_that_figure_again(bot, follow_up):
    # the General Staff's figure counts the dead and the wounded together: asked what it counts, it is given again (the
    # 2025 losses, 'killed and wounded' word for word, had led)
    assert lead(bot, CASUALTIES, follow_up) == "casualties-general-staff"


def test_a_check_opening_with_it_is_not_asked_of_the_last_figure(bot):
    # "is it correct that…" checks a claim of its own: the pattern takes only "that"/"this" as pointing back
    assert not conversation(bot, CASUALTIES, "Is it correct that in 2024 Russia took more territory than in 2025?").answered


def test_does_that_include_the_wounded_is_the_same_figure(bot):
    # 'include' is no subject of its own (it had been an idea, and the 2025 losses led)
    assert lead(bot, CASUALTIES, "does that include wounded?") == "casualties-general-staff"


@pytest.mark.parametrize("follow_up, facts", [("does that include foreigners?", {"mercenaries-news", "foreign-fighters-blog"}),
                                              ("does that count officers?", {"officers-share-news", "officers-share-blog"})])
def test_does_that_include_a_group_after_the_total_is_that_groups_share(bot, follow_up, facts):
    # the count's type is kept (it had been answered with Russia's neglect of foreign fighters once captured)
    assert lead(bot, "how many were captured in total?", follow_up) in facts


@pytest.mark.parametrize("first", ["how many prisoners have been exchanged?", "who gets priority in exchanges?"])
@pytest.mark.parametrize("follow_up", ["what does the author think?", "what's the author's view?"])
def test_the_authors_view_asked_bare_after_an_answer_is_his_view_of_it(bot, first, follow_up):
    # (it had been refused, or answered with his view of the officers' share)
    assert lead(bot, first, follow_up) == "kremlin-values-troops-little"


def test_the_authors_view_asked_first_is_still_his_main_argument(bot):
    assert lead(bot, "what does the author think?") == "belief-wins-wars-opinion"


@pytest.mark.parametrize("follow_up", ["at what cost?", "but at what cost?"])
def test_at_what_cost_after_the_land_taken_is_the_price_in_men(bot, follow_up):
    # "at what cost" is the price in lives, not a sum of money (it had been refused: no figure for a sum)
    assert lead(bot, "how much land did russia take in 2025?", follow_up) == "casualties-2025"


@pytest.mark.parametrize("turns", [("why do russians sign contracts?",), ("how many were contract soldiers?", "why sign a contract?")])
def test_why_men_sign_contracts_is_what_the_kremlin_offered(bot, turns):
    # (refused: the contract shares give no reason and nothing else held 'contract')
    assert lead(bot, *turns) == "recruitment-incentives"


@pytest.mark.parametrize("q", ["what are the two articles?", "which sources is this based on?", "can i read the original articles?",
                               "where can i read the articles?"])
def test_which_articles_the_bot_uses_is_their_record(bot, q):
    # (refused, or answered with the author's view of the pace)
    reply = conversation(bot, q)
    assert reply.answered and {s.fact_id for s in reply.statements} >= {"source:blog-mass-surrenders", "source:news-record-surrenders"}


@pytest.mark.parametrize("follow_up", ["which article is that based on?", "what's that based on?"])
def test_what_the_last_answer_is_based_on_is_who_makes_its_claim(bot, follow_up):
    assert lead(bot, "how many prisoners have been exchanged?", follow_up) == "pows-returned-in-exchanges"


def test_whose_data_a_comparison_is_based_on_is_still_the_comparison(bot):
    assert lead(bot, "is it really true that more gave up in 2025 than in 2022 and 2023 put together?",
                "whose data is that comparison based on?") == "surrenders-2025-exceed-2022-2023"


@pytest.mark.parametrize("q", ["which is bigger, contract soldiers or mobilised?", "which share is bigger, contract soldiers or mobilised men?"])
def test_which_of_two_groups_is_bigger_is_answered_with_their_shares(bot, q):
    # 'bigger' is no subject (it had been an idea no share holds, and the question was refused)
    assert lead(bot, q) in {"contract-share-news", "contract-share-blog", "mobilised-share-news", "mobilised-share-blog"}


def test_the_biggest_week_is_still_the_record_week(bot):
    assert lead(bot, "what was the biggest week?") == "record-week-august-2024"


@pytest.mark.parametrize("q, fact", [("info on mercenaries pls", "mercenaries-news"), ("give me the info on exchanges", "pows-returned-in-exchanges")])
def test_info_on_a_subject_is_a_request_not_intelligence(bot, q, fact):
    # (refused: "info" is a word for what prisoners tell Ukraine, which no fact on mercenaries holds)
    assert lead(bot, q) == fact


def test_info_prisoners_give_is_still_intelligence(bot):
    assert lead(bot, "what info do prisoners give?") == "surrender-effects"


@pytest.mark.parametrize("q", ["break down the prisoners by type", "can you break down the numbers?"])
def test_breaking_the_prisoners_down_is_the_breakdown_by_rank(bot, q):
    # (had been answered with the author's note on attacking armies, or with the total)
    assert lead(bot, q) in RANKS


@pytest.mark.parametrize("q", ["why did surrenders go up in 2025?", "why did more surrender in 2025?"])
def test_why_a_years_count_rose_is_not_answered_with_the_count(bot, q):
    # a year is no figure the visitor states: the count of that year gives no reason, and no article gives one for 2025
    # (it had led with 2025 being the record year)
    reply = conversation(bot, q)
    assert not reply.answered or reply.statements[0].fact_id not in {"record-year-2025", "surrenders-2025-exceed-2022-2023"}


@pytest.mark.parametrize("q", ["how many men has russia lost?", "how many soldiers has russia lost?"])
def test_how_many_men_russia_has_lost_is_its_losses_not_the_outcome(bot, q):
    # (read as "has Russia lost (the war)?" and refused: no article reports an end)
    assert lead(bot, q) == "casualties-general-staff"


def test_has_russia_lost_the_war_is_still_refused(bot):
    assert not conversation(bot, "has russia lost the war?").answered


@pytest.mark.parametrize("q", ["How many Russian soldiers has Ukraine taken?", "how many russians has ukraine got?"])
def test_how_many_ukraine_has_taken_is_the_count_of_prisoners(bot, q):
    # every word had been a stopword (taken, got, soldiers, ukraine): nothing to look up, refused
    assert lead(bot, q) == "captured-by-end-2025"


@pytest.mark.parametrize("q", ["how many invaders have surrendered?", "how many occupiers surrendered?",
                               "how many russian personnel were captured?"])
def test_invaders_and_occupiers_are_the_russian_soldiers(bot, q):
    # words for the soldiers themselves, no subject: 'invaders' had been read as the invasion, 'occupiers' as land occupied
    assert lead(bot, q) == "captured-by-end-2025"


def test_when_russia_invaded_is_still_the_invasion(bot):
    assert lead(bot, "when did russia invade ukraine?") == "full-scale-invasion-february-2022"


def test_how_many_deserted_to_ukraine_is_the_count_of_prisoners(bot):
    # 'deserted' begins a phrase the lexicon reads as surrendering; it had also been taken for what the counted men did,
    # which no count holds, and the question was refused
    assert lead(bot, "how many russians have deserted to ukraine?") == "captured-by-end-2025"


def test_how_many_prisoners_escaped_is_still_refused(bot):
    assert not conversation(bot, "how many prisoners escaped?").answered


@pytest.mark.parametrize("q, fact", [("how many russian soldiers turned themselves in?", "captured-by-end-2025"),
                                     ("how does a soldier turn himself in?", "iwtl-path-to-surrender")])
def test_turning_oneself_in_is_surrendering(bot, q, fact):
    # (the count had been the weekly pace, 'turn' matching nothing in particular)
    assert lead(bot, q) == fact


@pytest.mark.parametrize("q", ["how many russian soldiers are imprisoned in ukraine?", "how many russians are jailed by ukraine?"])
def test_imprisoned_in_ukraine_is_held_captive(bot, q):
    # (read as punishment, which no article reports, and refused as out of scope)
    assert lead(bot, q) == "captured-by-end-2025"


def test_imprisoned_back_in_russia_is_still_punishment(bot):
    assert not conversation(bot, "are surrendered soldiers imprisoned when they go back to russia?").answered


@pytest.mark.parametrize("q", ["what's the body count?", "how many russian soldiers have been eliminated?"])
def test_the_body_count_is_the_general_staffs_estimate(bot, q):
    # (nothing to look up: 'body' and 'count' had both been stopwords; 'eliminated', the General Staff's own word, unknown)
    assert lead(bot, q) == "casualties-general-staff"


def test_how_much_ground_russia_won_is_the_land_taken_not_the_outcome(bot):
    # (read as "did Russia win (the war)?" and refused)
    assert lead(bot, "how much ground did russia win last year?") == "territory-taken-2025"


def test_who_arranges_the_swaps_is_the_exchanges_agreed_between_kyiv_and_moscow(bot):
    # (refused: 'arranges' is a word no fact on the exchanges holds)
    assert lead(bot, "who arranges the swaps") == "pows-returned-in-exchanges"


@pytest.mark.parametrize("q, fact", [("is morale breaking down?", "morale-advantage-opinion"),
                                     ("is the army breaking down?", "kremlin-values-troops-little")])
def test_breaking_down_is_a_collapse(bot, q, fact):
    # (refused, or answered with the author's note on attacking armies)
    assert lead(bot, q) == fact


@pytest.mark.parametrize("first, follow_up, fact", [
    ("how many were captured in total?", "how was that counted?", "captured-by-end-2025"),
    ("how many russian casualties are there?", "how do they count that?", "casualties-general-staff"),
    ("how many were captured in total?", "is that rounded?", "captured-by-end-2025"),
])
def test_how_the_last_figure_was_counted_is_who_gives_it(bot, first, follow_up, fact):
    # the articles give who counts, not how: that figure again with its claimant (it had been answered with the 2025
    # comparison, the casualty rate, or the author's note on attacking armies)
    assert lead(bot, first, follow_up) == fact


@pytest.mark.parametrize("q", ["can i find out if my son was captured?", "who can i call to find my son?", "is there a list of prisoners?"])
def test_finding_one_man_is_advice_no_article_gives(bot, q):
    # (answered with the exchanges' priorities or the news report's headline)
    assert not conversation(bot, q).answered


@pytest.mark.parametrize("q", ["how long until prisoners are exchanged?", "how long before prisoners are exchanged?"])
def test_how_long_until_an_exchange_is_a_length_no_article_gives(bot, q):
    # (answered with the count of prisoners handed back)
    assert not conversation(bot, q).answered
