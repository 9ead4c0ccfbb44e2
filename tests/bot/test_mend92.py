"""Session 39's review, mended: each test names a way of asking a session-39 rule over-read, and what the bot does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q, fact", [
    ("how would Ukraine contact soldiers at the front?", "iwtl-channels"),
    ("the hotline, how does it contact troops?", "iwtl-channels"),
    ("can wives contact soldiers in captivity?", "geneva-treatment-guarantee"),
])
def test_contact_as_a_verb_before_soldiers_is_reaching_them_not_a_contract(bot, q, fact):
    # autocorrect read every "contact soldiers" as "contract soldiers"; with a subject, modal or "to" before it, it is the verb
    assert lead(bot, q) == fact


@pytest.mark.parametrize("q", ["which percent were contact troops?", "contact soldiers made up what share?"])
def test_contact_soldiers_as_a_kind_of_soldier_is_still_the_contract(bot, q):
    assert lead(bot, q) in {"contract-share-blog", "contract-share-news"}


@pytest.mark.parametrize("q", ["how many exchanged?", "how many exchanged up to now?", "the Russians, how many exchanged?"])
def test_how_many_exchanged_is_the_men_handed_back(bot, q):
    # "how many exchanged" with nothing after it, or a time, is the men exchanged, not a count of the exchanges
    assert lead(bot, q) == "pows-returned-in-exchanges"


def test_how_many_exchanged_took_place_is_still_the_exchanges_no_article_counts(bot):
    assert lead(bot, "how many exchanged have taken place?") is None


@pytest.mark.parametrize("q", ["has the hotline been active since the start?", "which brigades have been active near Kupiansk?"])
def test_been_active_is_not_captive(bot, q):
    # "been active" is not an autocorrected "been captive": nothing dates the project or places units, so refused
    assert lead(bot, q) is None


def test_held_active_is_still_captive(bot):
    assert lead(bot, "how many Russians are held active by Ukraine?") == "captured-by-end-2025"


@pytest.mark.parametrize("q", ["how are captives treated by the other side?", "what medicine do POWs get on the other side?"])
def test_the_other_side_for_the_men_held_is_ukraines_care(bot, q):
    # "the other side" was read as the Russian army's side; for the prisoners it is their captors', Ukraine
    assert lead(bot, q) == "geneva-treatment-guarantee"


def test_the_food_on_their_own_side_is_still_the_russian_armys(bot):
    assert lead(bot, "how was the food on their own side?") == "conditions-in-russian-army"


@pytest.mark.parametrize("q", ["when did Russia begin losing more troops?", "did Russians start to lose more soldiers than before?"])
def test_beginning_to_lose_more_men_is_not_the_capture_reversal(bot, q):
    # "begin to" was dropped for any object; losing men is casualties, which the capture reversal does not answer
    assert lead(bot, q) != "captures-reversed-since-june-2023"


def test_beginning_to_lose_more_prisoners_is_still_the_reversal(bot):
    assert lead(bot, "when did Russia start to lose more prisoners than Ukraine?") == "captures-reversed-since-june-2023"


@pytest.mark.parametrize("q", ["is the tide turning in this war?", "has the tide turned against Russia?"])
def test_the_tide_of_the_war_is_not_the_capture_reversal(bot, q):
    assert lead(bot, q) is None


def test_the_tide_of_captures_is_still_the_reversal(bot):
    assert lead(bot, "has the tide turned on who gets captured?") == "captures-reversed-since-june-2023"


@pytest.mark.parametrize("q", ["is Putin losing ground among his troops?", "has Russia lost ground on morale?"])
def test_losing_ground_in_belief_is_not_land(bot, q):
    assert lead(bot, q) == "putin-losing-belief-opinion"


def test_losing_ground_in_a_year_is_still_land(bot):
    assert lead(bot, "did Russia lose ground in 2025?") == "territory-taken-2025"


@pytest.mark.parametrize("q", ["is the writer hostile to Kyiv?", "is the blogger pro-Kyiv?"])
def test_the_writers_stance_on_ukraine_is_not_the_armies_belief_opinion(bot, q):
    # read as "what does the author think of Kyiv", it led with a fact about armies in general that names neither
    assert lead(bot, q) != "belief-wins-wars-opinion"


def test_the_writers_stance_on_putin_is_still_his_view_of_putin(bot):
    assert lead(bot, "is the blogger a critic of Putin?") == "putin-losing-belief-opinion"


@pytest.mark.parametrize("q", ["were the troops lifted to the front by helicopter?", "did the wages lift soldiers out of debt?",
                               "did Russia lift the criminal records of men who joined?"])
def test_lift_with_an_object_or_a_direction_of_its_own_is_not_taken_prisoner(bot, q):
    # Scots/Irish "lifted" (arrested) was read wherever a men-word stood anywhere in the question
    assert lead(bot, q) not in {"captured-by-end-2025", "iwtl-path-to-surrender", "criminal-records", "putin-compensation-tactics"}


@pytest.mark.parametrize("q", ["how many of the boys were lifted last year?", "the russians, how many got lifted altogether?"])
def test_men_lifted_with_nothing_after_are_still_taken_prisoner(bot, q):
    assert lead(bot, q) == "captured-by-end-2025"


@pytest.mark.parametrize("q", ["how many POWs did Ukraine collect in Kursk?", "did Ukraine collect information on the territory?"])
def test_collect_is_take_only_with_the_land_its_object(bot, q):
    # pidgin "collect" (take, of land) fired once a land word stood anywhere in the question
    assert lead(bot, q) not in {"territory-taken-2025", "territory-taken-2025-area"}


def test_collecting_territory_is_still_taking_it(bot):
    assert lead(bot, "how much territory did Russia collect in 2025?") == "territory-taken-2025"


def test_pass_on_is_dying_not_than(bot):
    assert lead(bot, "did more soldiers die than pass on?") is None


def test_na_true_say_asks_whether_it_is_true(bot):
    assert lead(bot, "na true say the prisoners get TB?") in {"chronic-illness-news", "chronic-illness-blog"}


@pytest.mark.parametrize("q, fact", [("statistics on conditions in captivity?", "geneva-treatment-guarantee"),
                                     ("figures on the food prisoners get?", "geneva-treatment-guarantee")])
def test_figures_on_something_not_counted_ask_about_it_not_a_count(bot, q, fact):
    # "figures/stats on X" became a how-many question whatever X was, and the count of captives led
    assert lead(bot, q) == fact


def test_figures_on_surrenders_are_still_the_count(bot):
    assert lead(bot, "any figures on surrenders?") == "captured-by-end-2025"


@pytest.mark.parametrize("q", ["what should we read into the headline?", "should we see the headline as exaggerated?"])
def test_should_we_about_reading_the_article_is_not_advice(bot, q):
    # "should we" / "shall we" alone was out-of-scope advice; a reader asking how to take the headline is asking about it
    assert lead(bot, q) == "headline-revolt"


@pytest.mark.parametrize("q", ["should we fight Russia?", "shall we send more weapons?", "should we donate to Ukraine?"])
def test_should_we_before_an_action_is_still_advice(bot, q):
    assert lead(bot, q) is None


@pytest.mark.parametrize("first, then", [("how many had HIV?", "who reported it?"),
                                         ("how many had TB?", "who first reported it?")])
def test_who_reported_it_after_a_refusal_is_looked_up(bot, first, then):
    # 'reported' among the "who says so?" verbs made it ask whose the refused turn's claim was (none), so it was refused
    assert lead(bot, first, then) in {"chronic-illness-news", "chronic-illness-blog"}


def test_who_said_that_after_a_refusal_stays_refused(bot):
    assert lead(bot, "how many had HIV?", "who said that?") is None


@pytest.mark.parametrize("q", ["how much territory has Ukraine lost?", "how much of its land did Ukraine lose in 2025?"])
def test_how_much_land_lost_asked_noun_first_is_the_land_taken(bot, q):
    # only "lose land" (verb first) was read as land taken; "how much land … lose" led with the casualties
    assert lead(bot, q) == "territory-taken-2025"


def test_how_many_men_lost_stays_the_casualties(bot):
    assert lead(bot, "how many men did Russia lose?") == "casualties-general-staff"


@pytest.mark.parametrize("q", ["will this war stop next year?", "the war, will it end soon?", "will this war end soon?"])
def test_whether_this_war_will_end_is_a_forecast(bot, q):
    assert lead(bot, q) is None


def test_scots_wir_is_were(bot):
    assert lead(bot, "hoo mony o' them wir officers?") in {"officers-share-news", "officers-share-blog"}


def test_should_we_all_is_still_advice(bot):
    assert lead(bot, "should we all donate to Ukraine?") is None


@pytest.mark.parametrize("q", ["did Russia suffer many casualties?", "how many casualties has Russia suffered?"])
def test_casualties_suffered_are_casualties_not_illness(bot, q):
    # the lexicon's "suffer" is illness: "suffered casualties" led with what happens to wounded men sent back in exchanges
    assert lead(bot, q) == "casualties-general-staff"


def test_prisoners_suffering_from_illness_is_still_illness(bot):
    assert lead(bot, "did the prisoners suffer from illness?") in {"chronic-illness-news", "chronic-illness-blog"}


@pytest.mark.parametrize("then", ["where do they come from originally?", "where are they from exactly?"])
def test_where_the_prisoners_come_from_with_an_adverb_after_is_still_their_homes(bot, then):
    # the men's home regions, which no article gives, were refused only with nothing after "from"
    assert lead(bot, "who are the prisoners?", then) is None


def test_where_the_foreigners_are_from_exactly_is_still_answered(bot):
    assert lead(bot, "how many foreign fighters?", "where are they from exactly?") in {"mercenaries-news", "foreign-fighters-blog"}


@pytest.mark.parametrize("q", ["which month of 2025 was the worst for the Russians?", "the months, which saw the most men give up?"])
def test_the_worst_or_fronted_top_month_is_not_the_record_year_or_week(bot, q):
    # "worst"/"best" and a fronted "the months, which …" slipped past 6ca5701's top-month reading
    assert lead(bot, q) is None


def test_the_worst_week_is_still_the_record_week(bot):
    assert lead(bot, "which week was the worst?") == "record-week-august-2024"


@pytest.mark.parametrize("q", ["how many were deceived?", "how many of the prisoners were misled about their jobs?",
                               "how many say they were forced into the army?"])
def test_how_many_were_coerced_is_the_one_in_four(bot, q):
    # a count asked of a share: the captives' total led
    assert lead(bot, q) == "coerced-or-misled"


def test_how_many_were_forced_to_surrender_is_not_the_coercion_into_joining(bot):
    assert lead(bot, "how many were forced to surrender?") != "coerced-or-misled"
