"""Session 39's mends (MEND91): known wrong answers an earlier review found, each fixed at the rule that misread it."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", ["what has Moscow learnt from the fighting?",
                               "what did the captives learn while they were held?",
                               "what did the recruits learn at the training camp?"])
def test_learning_by_anyone_but_ukraine_from_the_men_it_holds_is_refused(bot, q):
    # "learn" was held by one fact only (what Ukraine learns from prisoners), so anyone's learning led with it
    assert lead(bot, q) is None


@pytest.mark.parametrize("q", ["how would Russian troops learn about the I Want to Live hotline?",
                               "where do soldiers learn of the chatbot?"])
def test_soldiers_learning_about_the_project_is_how_it_reaches_them(bot, q):
    assert lead(bot, q) in ("iwtl-channels", "iwtl-path-to-surrender", "reaches-soldiers-directly")


@pytest.mark.parametrize("q", ["what do the Ukrainians learn from questioning captured Russians?",
                               "what can Kyiv learn from the POWs?",
                               "what is learnt from the prisoners?"])
def test_ukraine_learning_from_the_men_it_holds_stays_the_intelligence_they_give(bot, q):
    assert lead(bot, q) == "surrender-effects"


def test_what_ukraine_learns_from_them_after_a_count_is_not_the_count_again(bot):
    # the follow-up took the last question's count as its type and led with the number of prisoners
    assert lead(bot, "how many Russians were captured?", "and what does Ukraine learn from them?") == "surrender-effects"


@pytest.mark.parametrize("q", ["has Ukraine handed back any of the Russians it caught?",
                               "did Kyiv hand the Russian POWs back to Moscow?",
                               "does Ukraine hand captured soldiers back in exchanges?"])
def test_russians_handed_back_are_the_pows_returned_in_swaps(bot, q):
    # "hand" was read as "handful" (few, little): the Kremlin's valuing its men little, or a refusal
    assert lead(bot, q) == "pows-returned-in-exchanges"


def test_a_handful_is_still_not_a_swap(bot):
    assert lead(bot, "did only a handful of officers get captured?") != "pows-returned-in-exchanges"


COUNTS = ("captured-by-end-2025", "weekly-surrender-average", "record-year-2025", "record-week-august-2024")


@pytest.mark.parametrize("q", ["what are Kyiv's figures on Russian surrenders?",
                               "give me Ukraine's statistics on captured Russians",
                               "what are the Ukrainian authorities' figures for surrenders?"])
def test_the_ukrainian_sides_figures_are_its_counts(bot, q):
    # "figures on" was no way of asking for a count: the question read as "what is" and led with what the project is
    assert lead(bot, q) in COUNTS


def test_the_ukrainian_sides_figures_on_losses_stay_the_general_staffs(bot):
    assert lead(bot, "what are Ukraine's figures on Russian losses?") == "casualties-general-staff"


@pytest.mark.parametrize("q", ["from what region of Russia were Russian soldiers taken prisoner?",
                               "where inside Russia did Ukraine capture soldiers?",
                               "which region of Russia did they get caught in?"])
def test_a_place_of_capture_in_russia_is_kursk(bot, q):
    # "from which region of Russia" read as the men's home region (refused); "of Russia" led with Donetsk, in Ukraine
    assert lead(bot, q) == "captured-zaporizhzhia-kursk"


@pytest.mark.parametrize("after", ["who are the prisoners?", "what ranks do the captured men have?"])
def test_where_the_men_are_from_after_who_they_are_is_refused(bot, after):
    # no article gives the men's home regions; the rank shares led
    assert lead(bot, after, "and where do they come from?") is None


def test_where_the_foreigners_are_from_is_still_their_countries(bot):
    assert lead(bot, "how many foreign fighters were captured?", "where are they from?") in ("foreign-fighters-blog", "mercenaries-news")


def test_the_mens_home_region_in_russia_stays_refused(bot):
    assert lead(bot, "which region of Russia do most of the prisoners come from?") is None


@pytest.mark.parametrize("q", ["what were their ranks?", "which ranks did the prisoners hold?", "ranks?"])
def test_the_ranks_asked_bare_are_the_breakdown_by_rank(bot, q):
    # "ranks" alone led with Putin's "collapse in his own ranks" (an opinion) or the computed sum of the shares
    assert lead(bot, q) in ("rank-and-file-share-news", "rank-and-file-share-blog")


def test_putins_own_ranks_stay_his_tactics(bot):
    assert lead(bot, "has Putin stopped the collapse in his ranks?") == "putin-compensation-tactics"


@pytest.mark.parametrize("q", ["what are the incentives for surrendering?",
                               "is there any reward for Russian soldiers to give up?",
                               "what rewards does the I Want to Live hotline offer to defect?"])
def test_an_incentive_to_surrender_is_what_ukraine_offers_those_who_give_up(bot, q):
    # the giver unnamed, the incentives read as the pay that drew men into Russia's army (contract shares); the hotline
    # named as the giver, its channels led
    assert lead(bot, q) in ("geneva-treatment-guarantee", "treatment-an-upgrade")


def test_incentives_to_join_stay_russias(bot):
    assert lead(bot, "what incentives did Russia offer men to sign up?") == "recruitment-incentives"


@pytest.mark.parametrize("q", ["has Russia lost ground in the war?", "did Ukraine lose land in 2025?", "is Russia gaining territory?"])
def test_land_lost_or_gained_is_the_territory_taken(bot, q):
    # "lose" is the lexicon's losses (casualties) and "gain" the casualties' "small gains": the 2025 losses led
    assert lead(bot, q) == "territory-taken-2025"


def test_men_lost_stay_the_casualties(bot):
    assert lead(bot, "how many soldiers has Russia lost in total?") == "casualties-general-staff"


@pytest.mark.parametrize("q", ["should we all go and help Ukraine?", "shall we volunteer to fight for Ukraine?",
                               "should we send help to the Ukrainians?"])
def test_advice_asked_for_us_is_refused(bot, q):
    # "should I" was advice no article gives, "should we" was not: the author's opinions answered
    assert lead(bot, q) is None


def test_whether_we_should_trust_a_figure_is_still_answered(bot):
    assert lead(bot, "should we trust the 10,000 figure?") == "captured-by-end-2025"


@pytest.mark.parametrize("q", ["why would convicts even agree to join?", "why do inmates enlist in the Russian army?",
                               "why did so many criminals sign up?"])
def test_why_men_in_prison_join_is_the_promise_of_release(bot, q):
    # the convicts' idea holds only the criminal-record share (no reason): refused; the incentives name release from prison
    assert lead(bot, q) == "recruitment-incentives"


def test_why_convicts_surrender_stays_refused(bot):
    assert lead(bot, "why do convicts surrender more often?") is None


@pytest.mark.parametrize("q", ["is Russia losing, in the view of the author?", "are the Russians losing the war according to the blogger?",
                               "is Moscow on the losing side, according to the blog post?"])
def test_whether_russia_is_losing_in_the_blogs_view_is_the_authors_verdict(bot, q):
    # "is Russia losing?" read as Putin losing only at the very end of the question; "according to the blog" after it let
    # "losing" be the losses (exchange-priorities led)
    assert lead(bot, q) == "putin-losing-belief-opinion"


def test_which_side_is_ahead_stays_refused(bot):
    assert lead(bot, "is Russia winning or losing the war right now?") is None


@pytest.mark.parametrize("q", ["did they go off to war voluntarily?", "did the men sign up of their own free will?",
                               "did the soldiers enlist willingly?"])
def test_joining_willingly_is_whether_they_were_forced_or_tricked(bot, q):
    # "willingly" stems to "will", the lexicon's morale: the author's view that Putin is losing on belief led
    assert lead(bot, q) == "coerced-or-misled"


def test_soldiers_still_willing_to_fight_is_not_their_recruiting(bot):
    assert lead(bot, "are Russian soldiers still willing to fight?") != "coerced-or-misled"


@pytest.mark.parametrize("q", ["can I surrender?", "could I just give up?", "can i give myself up?"])
def test_whether_i_can_surrender_is_answered_as_whether_a_soldier_can(bot, q):
    # "can I" became "how can I", an advice term: refused, while "can he surrender?" was answered
    assert lead(bot, q) == "iwtl-path-to-surrender"


@pytest.mark.parametrize("q", ["should I surrender?", "how do I surrender if I am in the Russian army?"])
def test_advice_or_a_how_to_for_the_visitor_stays_refused(bot, q):
    assert lead(bot, q) is None


@pytest.mark.parametrize("q", ["in what zone are most Russians captured?", "what zones see the most soldiers giving up?",
                               "which zones do most prisoners get taken in?"])
def test_zones_where_men_are_taken_are_the_places_of_capture(bot, q):
    # "zone" is a word no fact holds except the drone zones: refused
    assert lead(bot, q) in ("most-captured-in-donetsk", "surrender-hotspots-blog")


def test_zones_with_no_capture_asked_stay_unread_as_places_of_capture(bot):
    assert lead(bot, "which zones were the untrained recruits sent to?") is None


@pytest.mark.parametrize("first", ["who gets captured?", "what kind of soldiers surrender?"])
def test_how_many_after_what_kind_of_men_is_the_count_of_men_taken(bot, first):
    # the make-up asked first stayed the subject: the officers' share led a bare "how many?"
    assert lead(bot, first, "and how many are there?") == "captured-by-end-2025"


def test_how_many_of_a_kind_after_what_kind_stays_that_kinds_share(bot):
    assert lead(bot, "who gets captured?", "how many of them are officers?") in ("officers-share-news", "officers-share-blog")
