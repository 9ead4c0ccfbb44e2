"""Session 90's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q, fact", [
    ("abeg how many Russian soldiers don give up?", "captured-by-end-2025"),
    ("wetin be the weekly average wey dem dey surrender?", "weekly-surrender-average"),
    ("how many foreign fighters dey inside the prisoners?", "mercenaries-news"),
    ("abeg how much of Ukraine Russia don collect for 2025?", "territory-taken-2025"),
])
def test_pidgin_words_are_read_as_the_standard_ones(bot, q, fact):
    # "don" (have), "dey" (are), "wey dem" (that they), "wetin" (what), "abeg" (please), "collect" (take, of land) were
    # read as unknown topic words and the question refused
    assert lead(bot, q) == fact


def test_nko_asks_what_about_the_thing_before_it(bot):
    assert lead(bot, "how many Russians have been exchanged?", "and Ukraine soldiers nko?") == "ukrainians-home-in-exchanges"


@pytest.mark.parametrize("q", ["abeg you think say the war go end this year?", "abeg you think say Putin go lose?",
                               "how far is Pokrovsk from kyiv?", "abeg how many Russian soldiers don die?"])
def test_pidgin_forecasts_and_uncovered_questions_stay_refused(bot, q):
    # "go end" is "will end", a forecast; "how far" asking a distance is not the greeting; deaths alone are not given
    assert lead(bot, q) is None


@pytest.mark.parametrize("q, fact", [
    ("what share signed a contact with the army?", "contract-share-blog"),
    ("what share of the actives were officers?", "officers-share-news"),
    ("how many had criminal recorded before the war?", "criminal-records"),
    ("was the pay above the average salary?", "recruitment-incentives"),
    ("did recruits earn more then the average russian wage?", "recruitment-incentives"),
])
def test_a_phones_real_word_slips_are_read_as_the_word_meant(bot, q, fact):
    # "contact" for contract, "actives" for captives, "recorded" for records, "then" for than: real words, so no spelling
    # correction caught them; and pay set beside "the average wage" was taken for a question on Russia's wages
    assert lead(bot, q) == fact


def test_contact_and_the_average_wage_keep_their_own_sense(bot):
    assert lead(bot, "can prisoners contact their families?") == "geneva-treatment-guarantee"
    assert lead(bot, "what is the average wage in Russia?") is None


def test_ukrainian_and_russias_typed_for_the_countries(bot):
    # "how much of Ukrainian has Russia's captured": a phone's plural and possessive for the countries' names
    assert lead(bot, "how much of Ukrainian has Russia's captured in 2025?") == "territory-taken-2025"


@pytest.mark.parametrize("q", ["how many exchanged took place?", "how many exchanged have there been so far?"])
def test_exchanged_typed_for_exchanges_counts_the_exchanges_which_no_article_gives(bot, q):
    # "how many exchanged happened": a count of the exchanges themselves, not of the men exchanged in them
    assert lead(bot, q) is None


def test_how_many_prisoners_exchanged_is_still_the_men(bot):
    assert lead(bot, "how many prisoners exchanged so far?") == "pows-returned-in-exchanges"


@pytest.mark.parametrize("q", ["which month had the most surrenders?", "what day saw the highest number of surrenders?",
                               "which month in 2025 was busiest for surrenders?"])
def test_the_top_month_or_day_is_not_the_record_week_or_year(bot, q):
    # "which month of 2025 had the most?": no article ranks months or days; the record week or year answered something else
    assert lead(bot, q) is None


@pytest.mark.parametrize("q, fact", [("which month had the record week?", "record-week-august-2024"),
                                     ("which year had the most surrenders?", "record-year-2025")])
def test_the_month_of_the_record_week_and_the_top_year_are_still_answered(bot, q, fact):
    assert lead(bot, q) == fact


@pytest.mark.parametrize("then", ["who reported those illnesses?", "who reported the health problems, Ukrainian officials or?"])
def test_who_reported_it_asks_whose_the_last_answer_is(bot, then):
    # "who REPORTED …" was not among the verbs of "who says so?" ("reports" was): read as a fresh search, it led with the armbands
    assert lead(bot, "What chronic conditions were documented in the Russian POWs?", then) in ("chronic-illness-news", "chronic-illness-blog")


def test_who_reported_something_no_article_reports_stays_refused(bot):
    assert lead(bot, "What chronic conditions were documented in the Russian POWs?", "who reported cases of torture?") is None


@pytest.mark.parametrize("then", ["what does the blog mean they were expendable?", "so they were seen as disposable?",
                                  "what does the author mean that they were cannon fodder?"])
def test_a_linked_view_holding_the_follow_ups_own_word_answers_it(bot, then):
    # after the armbands, "what does the blog mean they were expendable?" took "blog" for a term to define, and a yes-no on a
    # word of its own ("disposable") was looked up with the last question's words beside it, so only the armbands fact held
    # enough of them; the view the armbands fact links to, holding the word asked about, is now a candidate as for "why"
    assert lead(bot, "were some made to wear armbands saying infected?", then) == "expendable-opinion"


def test_a_follow_up_word_no_linked_fact_holds_stays_refused(bot):
    assert lead(bot, "how many had criminal records?", "were they tortured?") is None


@pytest.mark.parametrize("q", ["how was the food on their own side?", "what were conditions like on the Russian side?",
                               "how was discipline in their units, according to the captives?"])
def test_life_on_their_own_side_told_by_the_prisoners_is_the_russian_armys(bot, q):
    # "medical care on the russian side, according to the prisoners": the men's accounts of their own army; "prisoners" was
    # read as the subject and the care promised them in Ukraine led
    assert lead(bot, q) == "conditions-in-russian-army"


def test_how_prisoners_say_they_are_treated_in_ukraine_stays_ukraines_care(bot):
    assert lead(bot, "according to the prisoners, how are they treated in Ukraine?") == "geneva-treatment-guarantee"


@pytest.mark.parametrize("q", ["at what point did the balance of prisoners tip in Ukraine's favour?", "when did the tide turn on captures?",
                               "from when are Russians captured more often than Ukrainians?",
                               "when did Ukraine begin to take more prisoners than Russia?"])
def test_when_the_pattern_of_captures_turned(bot, q):
    # "tip against", "the tide turned" were no words for the reversal; a learner's "FROM which month", and "BEGIN TO lose
    # more", read as the war's beginning, led with the invasion's date
    assert lead(bot, q) == "captures-reversed-since-june-2023"


def test_the_tide_of_the_war_itself_stays_refused(bot):
    assert lead(bot, "when did the tide turn in the war?") is None


def test_in_year_and_until_end_of_year_are_a_year_and_by_its_end(bot):
    # "in YEAR 2025 only": a learner's "in 2025", one year's count, which no article gives (it was read as the running total);
    # "until END OF year 2025": the total by then
    assert lead(bot, "how many soldiers gave up in year 2025 only?") is None
    assert lead(bot, "how many soldiers gave up in year 2025 only?", "and how many altogether till end of year 2025?") == "captured-by-end-2025"


@pytest.mark.parametrize("q", ["who runs Khochu Zhyty?", "what is the Hochu Zhyty project?"])
def test_the_project_spelt_khochu_zhyty(bot, q):
    assert lead(bot, q) == "iwtl-what-it-is"


def test_by_an_articles_reckoning_names_whose_telling(bot):
    # "by the articles' reckoning": which articles tell it; "reckoning" was read as a topic no fact holds
    assert lead(bot, "how long has the war gone on, by the articles' reckoning?") in ("war-almost-four-years", "war-in-fourth-year")
    # (asked of the blog by name, a figure it does not give stays refused, as "according to the blog" is)
    assert lead(bot, "how many were captured, by the blog's reckoning?") is None


@pytest.mark.parametrize("q", ["why do russian men go to the army?", "why did they go to army, for the money?"])
def test_going_to_the_army_is_joining_it(bot, q):
    # a learner's "go to (the) army" for joining it ("go into the army" was there)
    assert lead(bot, q) == "recruitment-incentives"


def test_going_to_the_army_with_nothing_the_articles_say_stays_refused(bot):
    assert lead(bot, "how old must you be to go to the army in russia?") is None


@pytest.mark.parametrize("q", ["where are the prisoner camps located?", "where are situated the camps for POWs?"])
def test_located_asks_only_where_not_the_places_of_surrender(bot, q):
    # "located" was read as a place word, which the facts on where men surrender hold: they answered for the camps
    assert lead(bot, q) is None


def test_a_place_the_facts_locate_is_still_located(bot):
    assert lead(bot, "where is Donetsk located?") == "most-captured-in-donetsk"


@pytest.mark.parametrize("then", ["which town did they surrender in that week?", "where did those 350 surrender?",
                                  "which part of the front was that?"])
def test_where_the_record_week_happened_is_not_said(bot, then):
    # the record week's statement names no place; the places where most men surrender (or the week again) answered for it
    assert lead(bot, "what was the record week?", then) is None


def test_where_most_surrender_after_the_record_week_is_still_answered(bot):
    assert lead(bot, "what was the record week?", "where do most surrender?") == "most-captured-in-donetsk"


@pytest.mark.parametrize("q", ["what was the largest prisoner swap?", "how many came back in the biggest exchange?"])
def test_the_biggest_single_exchange_is_not_described(bot, q):
    # one exchange picked out by its size, as "the latest exchange" is by its date: no article describes one; the totals
    # over all exchanges answered for it
    assert lead(bot, q) is None


def test_the_total_over_all_exchanges_is_still_answered(bot):
    assert lead(bot, "how many russians came back in exchanges?") == "pows-returned-in-exchanges"


@pytest.mark.parametrize("then", ["who benefits from that figure?", "who gains from publishing this number?"])
def test_who_benefits_from_a_figure_is_a_motive_no_article_gives(bot, then):
    # read as "who says so?", the figure was given again as if its source answered who gains by it
    assert lead(bot, "how many Russian casualties in 2025?", then) is None


def test_who_benefits_from_the_exchanges_is_still_looked_up(bot):
    assert lead(bot, "who benefits from the exchanges?") == "ukrainians-home-in-exchanges"
