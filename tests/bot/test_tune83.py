"""Session 83's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", [
    "Is it true some had to wear a band on their arm?",
    "what were the bands around their arms about",
    "Why were the sick ones given an arm band?",
])
def test_a_band_on_the_arm_is_the_armband(bot, q):
    # "a band on the arm", "arm band": the armbands labelling sick soldiers "infected", said in two or three words
    assert lead(bot, q) == "infected-armbands"


def test_a_band_without_the_arm_stays_refused(bot):
    assert lead(bot, "Was there a band playing at the exchange?") is None


@pytest.mark.parametrize("q", [
    "Does Ukraine hand them back in swaps so they get sent to fight again?",
    "Does Kyiv swap the wounded back, and do they then get sent back to the front?",
])
def test_get_sent_to_fight_after_a_swap_is_the_exchanges(bot, q):
    # "they GET SENT to fight": the passive, not a recruiter getting men to fight ("recruit"); and a swap Ukraine makes is an
    # exchange's other side: the exchange fact naming only Russia still answers "does Ukraine send them back in swaps"
    assert lead(bot, q) == "exchange-priorities"


def test_getting_men_to_fight_is_still_recruiting_and_a_payment_for_swaps_refused(bot):
    assert lead(bot, "how did they get foreigners to fight for them?") in ("foreign-fighters-blog", "mercenaries-news")
    assert lead(bot, "does Russia pay Ukraine for the swaps?") is None


@pytest.mark.parametrize("q", [
    "tb, hiv, diabetes - how many prisoners?",
    "sick prisoners tuberculosis hiv how many",
])
def test_two_illnesses_listed_are_the_chronically_ill(bot, q):
    # two of the illnesses listed without "and"/"or" ("tb, hiv") ask about the whole the facts count (hundreds of prisoners
    # chronically ill), as "TB or HIV" does; one alone ("how many had HIV") is a part no fact counts
    assert lead(bot, q) in ("chronic-illness-blog", "chronic-illness-news")


def test_one_illness_counted_alone_stays_refused(bot):
    assert lead(bot, "how many prisoners had tuberculosis?") is None
    assert lead(bot, "how many wounded soldiers?") is None
    # the sick counted as something else than captives (sent, recruited, in the army): no fact counts them
    assert lead(bot, "how many sick soldiers did they send to the front?") is None
    assert lead(bot, "how many sick soldiers are there?") is None

@pytest.mark.parametrize("q", [
    "Does either article do a year-on-year comparison?",
    "any comparison with earlier years?",
    "Do the articles compare the figures year on year?",
])
def test_a_comparison_of_years_is_the_record_year(bot, q):
    # "a comparison" (the noun) asks to compare as "compare" does; and "year-on-year", "earlier years" compare years, not
    # the two articles as a whole (which "compare the articles" still asks)
    assert lead(bot, q) in ("record-year-2025", "surrenders-2025-exceed-2022-2023")


def test_comparing_the_articles_themselves_is_unchanged(bot):
    assert lead(bot, "Can you compare the two articles?") == "source:blog-mass-surrenders"


@pytest.mark.parametrize("q", [
    "what's tuberculosis?",
    "What is HIV exactly?",
    "what is diabetes",
])
def test_a_bare_word_asked_what_it_is_is_a_definition_the_articles_lack(bot, q):
    # "what is HIV?" with no article ("a", "the"): what the thing is, as "what is an X" asks; the illness facts only name
    # it, so the reply says the articles do not explain it (and offers them) instead of a count of sick prisoners
    assert lead(bot, q) is None


def test_a_share_or_a_happening_asked_bare_is_not_a_definition(bot):
    assert lead(bot, "what % are officers?") in ("officers-share-blog", "officers-share-news")
    assert lead(bot, "what is i want to live") == "iwtl-what-it-is"


@pytest.mark.parametrize("q", [
    "Who can parents contact for news of a missing son?",
    "is there a helpline relatives can call to find out about a captured soldier?",
])
def test_families_ringing_for_news_are_not_covered(bot, q):
    # the families as the ones reaching someone ("relatives can call", "for news of a son"): no article says whom they
    # may ring, and the project's hotline is for soldiers, not for them
    assert lead(bot, q) is None


def test_prisoners_ringing_their_families_is_still_the_guarantee(bot):
    assert lead(bot, "Are the prisoners allowed to phone their families?") == "geneva-treatment-guarantee"


@pytest.mark.parametrize("q", [
    "how could a soldier reach the Ukrainian side to surrender?",
    "Say he wants out. How does he reach the Ukrainians without his officers knowing?",
])
def test_reaching_the_ukrainians_is_the_projects_channels(bot, q):
    # "reach the Ukrainians": getting in touch, as "contact the Ukrainians" is; and a question after a remark that says
    # "his commander" / "his officers" asks of any soldier's own side, not of the remark's man alone (as "his background" does)
    assert lead(bot, q) == "iwtl-channels"


def test_a_question_about_the_remarks_man_still_points_back(bot):
    assert lead(bot, "The student says Drucker served in the army. Do we know his background?") is None



def test_kyiv_handing_back_prisoners_in_swaps_is_still_the_count_naming_kyiv(bot):
    # the exchange fact naming only Russia is kept for "does Ukraine … in swaps" only when it holds more of the question
    # than the facts naming Ukraine: the 6,000 handed back "between Kyiv and Moscow" answers a plain swap question
    assert lead(bot, "has Kyiv given Russian prisoners back in exchanges?") == "pows-returned-in-exchanges"


@pytest.mark.parametrize("q", [
    "Which soldiers does Moscow prefer to get back in swaps?",
    "who is preferred when they exchange prisoners?",
])
def test_whom_moscow_prefers_back_is_whom_exchanges_favour(bot, q):
    # "prefer" about getting men back (swaps, exchanges, recover, get back): whom exchanges favour; "prefer" elsewhere is
    # a prisoner better off ("treatment an upgrade"), which "which Russians does Moscow prefer to get back?" wrongly got
    assert lead(bot, q) == "exchange-priorities"


def test_a_prisoners_own_preference_is_not_the_exchanges(bot):
    assert lead(bot, "would they prefer captivity to the front?") == "treatment-an-upgrade"


@pytest.mark.parametrize("q", [
    "in the view of Ukrainian officials, should surrender be read as treason?",
    "What, in the view of Ukrainian officials, makes surrender something other than treason?",
])
def test_in_the_view_of_officials_is_their_claim(bot, q):
    # "in the view/eyes of X": whose claim is asked, as "according to X"; "view" read as the author's opinion put the
    # blogger's view of the pace of surrenders first
    assert lead(bot, q) == "surrender-as-survival"


def test_in_the_view_of_the_author_is_still_the_authors(bot):
    assert lead(bot, "In the view of the author, what does the pace of surrenders show?") == "fundamental-shift-opinion"


@pytest.mark.parametrize("q", [
    "when do they think it will end?",
    "when do you think this war will finish?",
    "When does the author think the war will end?",
])
def test_when_someone_expects_the_war_to_end_is_a_forecast_no_article_makes(bot, q):
    # the end of the war asked as someone's expectation ("when do they think it will finish"): the view words kept it from
    # the war's-end refusal, and a fact on the war's length or on captures answered instead
    assert lead(bot, q) is None


def test_when_someone_says_the_war_began_is_still_answered(bot):
    assert lead(bot, "when did the author say the war started?") == "full-scale-invasion-february-2022"
