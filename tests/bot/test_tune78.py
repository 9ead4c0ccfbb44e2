"""Session 78's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", [
    "Is the small share of officers among the prisoners because commanders keep away from the fighting?",
    "Is the low number of captured officers down to commanders staying away from the front?",
    "Can we attribute the tiny share of officers to commanders keeping clear of the front?",
])
def test_a_cause_put_forward_for_a_share_asks_why_not_for_the_share(bot, q):
    # "is X because Y?", "attribute X to Y": a reason offered for the low share of officers, which the author's view answers;
    # the word "share" read the question as asking for the 3% again
    assert lead(bot, q) == "commanders-avoid-danger-opinion"


def test_a_cause_no_article_gives_is_still_refused(bot):
    assert lead(bot, "Is the small share of officers due to officers being bribed?") is None
    assert lead(bot, "Does the blog attribute the 3% figure to anyone?") in ("officers-share-blog", "officers-share-news")


@pytest.mark.parametrize("q", [
    "Does the author think the usual rule about the offensive side taking more prisoners has been inverted?",
    "Is it normally the army on the offensive that ends up holding the most captives?",
])
def test_the_side_on_the_offensive_taking_the_prisoners_is_the_authors_reversal(bot, q):
    # "the side on the offensive", "inverted": the blog's point that attackers used to take the prisoners and now the reverse
    # holds; "inverted" was a stopword and "offensive" read only as an incursion, so the question went to what surrenders achieve
    assert lead(bot, q) == "attackers-become-trapped"


def test_an_offensive_asked_for_a_count_is_still_refused(bot):
    assert lead(bot, "How many prisoners did Ukraine take in its Kursk offensive?") is None
    assert lead(bot, "Has the trend in surrenders been inverted since 2025?") is None


@pytest.mark.parametrize("q", ["Does the news report support that argument?", "Is that argument supported by the news article?"])
def test_the_other_article_asked_to_support_that_argument_gives_its_version(bot, q):
    # "that argument", "this view": the author's point just shown, pointed back at; the word was read as part of the point,
    # which no news-report fact holds, and the question refused although the news report's reversal since June 2023 answers it
    assert lead(bot, "Do armies on the attack usually take more prisoners?", q) == "captures-reversed-since-june-2023"


def test_the_other_article_on_a_point_it_does_not_make_is_still_refused(bot):
    assert lead(bot, "Is Putin losing the war according to the author?", "Does the news report support that argument?") is None


@pytest.mark.parametrize("q", ["Is an exact number given for the Ukrainian soldiers who got home?",
                               "Is a precise figure offered for the Ukrainians who were brought back?"])
def test_whether_an_exact_figure_is_given_is_answered_by_the_fact_saying_none_is(bot, q):
    # "is a precise figure OFFERED?": the verb is the figure's being given, not something offered to the men, and a fact
    # saying "it gives no exact count" answers whether there is one; both read the question as one no fact could answer
    assert lead(bot, "What did the exchanges do for Ukraine's own soldiers?", q) == "ukrainians-home-in-exchanges"


def test_an_exact_figure_asked_for_is_still_refused_and_offers_still_asked_of_the_men(bot):
    assert lead(bot, "What's the exact number of Ukrainians who came home?") is None
    assert lead(bot, "Are prisoners offered money to surrender?") == "putin-compensation-tactics"


def test_an_adverb_after_the_author_is_no_part_of_who_speaks(bot):
    # "what does the writer EVENTUALLY conclude": how the view is reached, not a word of the claimant's name, which no
    # claimant held, and the author's conclusion was refused
    assert lead(bot, "What does the writer eventually conclude about the state of morale in Russia's army?") == "putin-losing-belief-opinion"


@pytest.mark.parametrize("first, fact", [("What does the blogger really think about the exchanges?", "kremlin-values-troops-little"),
                                         ("Was the record week 350?", "record-week-august-2024")])
def test_presented_as_fact_or_as_a_view_asks_the_kind_of_the_last_answer(bot, first, fact):
    # "is that claim put forward as hard fact, or as his own judgement?": "fact or opinion?" in an essayist's words, of the
    # answer just shown; its words were looked up as a new question and another view answered
    assert lead(bot, first, "Is that claim put forward as hard fact, or as his own judgement?") == fact


def test_fact_or_fiction_is_not_asked_as_fact_or_view(bot):
    assert lead(bot, "Why are so few officers captured?", "Is that presented as fact or as fiction?") is None


@pytest.mark.parametrize("q", ["Will Moscow help them get home if they're taken prisoner?", "do they get home after they're captured?"])
def test_getting_home_is_a_return_not_a_thing_received(bot, q):
    # "get home": going back, as "get back" is; "home" was read as a thing they receive (as "get food"), which the fact on
    # Russia's little interest in its captured foreigners does not hold, and a fact on Ukraine's own men coming home led
    assert lead(bot, "Why do foreigners sign up with the Russian army?", q) == "foreign-fighters-abandoned"


def test_a_thing_received_is_still_what_is_asked(bot):
    assert lead(bot, "do prisoners get food?") == "geneva-treatment-guarantee"
    assert lead(bot, "Do captured soldiers get medals when they get home?") is None


@pytest.mark.parametrize("q, fact", [("Quick check: which article says the war is in its fourth year?", "war-in-fourth-year"),
                                     ("quick check - who counts the losses?", "casualties-general-staff")])
def test_quick_check_before_a_colon_announces_the_question(bot, q, fact):
    # "quick check:", "just checking -", "sanity check:": what the question is, said before it; "quick" was read as the pace
    # of surrenders (fast, accelerating) and a fact on the rise answered
    assert lead(bot, q) == fact


def test_quick_in_a_question_is_still_the_pace(bot):
    assert lead(bot, "how quick is the rise in surrenders?") in ("record-year-2025", "weekly-surrender-average", "fundamental-shift-opinion")


@pytest.mark.parametrize("q", ["is it true lots of them had done time?", "is it true that many of them have a criminal past?"])
def test_a_doubt_stating_a_claim_in_a_phrase_checks_that_claim(bot, q):
    # "is it true … DONE TIME / A CRIMINAL PAST?" after the pay and promises recruits got: a claim of its own, named by a phrase
    # of the lexicon, which the last answer lacks; the phrase's words were not counted as the claim's, and the doubt was read as
    # one about the last answer (whose answer is the recruitment fact again)
    assert lead(bot, "Why did men sign up for the Russian army?", q) == "criminal-records"


def test_a_doubt_about_the_last_answers_own_claim_is_still_about_it(bot):
    assert lead(bot, "Why did men sign up for the Russian army?", "is it true that they were promised release from prison?") == "recruitment-incentives"


@pytest.mark.parametrize("first, q", [("How quickly are surrenders rising?", "Does the blogger think these surrenders are one-offs?"),
                                      ("Is the pace of surrenders picking up?", "are those surrenders just isolated cases?")])
def test_these_with_the_last_subjects_noun_points_back_by_the_noun(bot, first, q):
    # "these surrenders" after the pace of surrenders: the noun names what is pointed back at, so the pace (the last question's
    # other idea) is no part of what is asked; carried in, it outweighed "one-offs" and the pace view answered, or nothing did
    assert lead(bot, first, q) == "broader-failure-opinion"


def test_these_with_the_last_subject_still_keeps_its_facts(bot):
    assert lead(bot, "What share of the prisoners are foreigners?", "where do these foreigners come from?") in ("mercenaries-news", "foreign-fighters-blog")


def test_what_every_single_prisoner_brings_is_what_each_surrender_does(bot):
    # "from EVERY CAPTIVE it holds": one surrender at a time, as "each surrender" is (the blog: each surrender weakens Russian
    # attacks, costs it men, gives Ukraine intelligence); read as prisoners in general, the total count answered
    assert lead(bot, "What does Kyiv get from every captive it holds?") == "surrender-effects"


def test_every_prisoner_in_another_question_keeps_its_own_answer(bot):
    assert lead(bot, "Is every prisoner treated according to the Geneva Conventions?") == "geneva-treatment-guarantee"


@pytest.mark.parametrize("q", ["do russian commanders pay little attention to their men?",
                               "Is it true the commanders paid scant heed to their soldiers?"])
def test_paying_little_heed_is_caring_little_not_pay(bot, q):
    # "pay little heed/attention to": caring little for the troops (the news report's commanders who seem to care little);
    # "pay" was read as money, a sum no fact gives, and refused
    assert lead(bot, q) == "full-scale-invasion-february-2022"


def test_pay_as_money_is_still_refused(bot):
    assert lead(bot, "how much are commanders paid?") is None


def test_morbidity_is_illness(bot):
    # a public-health word for illness among the prisoners; it was a word no fact holds, the subject, and refused
    assert lead(bot, "What does the news report say about morbidity among the prisoners?") in ("chronic-illness-news", "chronic-illness-blog")


def test_pinned_on_still_asks_whose_claim_it_is(bot):
    # "pins/pinned" is no subject word now ("which text pins the illness claim on officials?"); who a claim is pinned on is still asked
    assert lead(bot, "How many Russians have been killed or wounded?", "is that pinned on anyone?") == "casualties-general-staff"
    assert lead(bot, "What is the morbidity rate among Russian civilians?") is None
