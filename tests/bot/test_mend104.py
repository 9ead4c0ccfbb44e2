"""MEND104's wordings: narrowings of TUNER100's rules that the review found over-reaching; each test names a way of asking
that the rule had broken, and one near wording that keeps what the rule fixed."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q, fact", [
    ("what were they offered, a big salary?", "recruitment-incentives"),
    ("what do contract soldiers receive, a salary?", "recruitment-incentives"),
    ("what were the new soldiers promised, a desk job?", "coerced-or-misled"),
    ("what did the foreign fighters get offered, a passport?", "foreign-fighters-blog"),
])
def test_a_guess_after_what_was_given_names_the_thing_asked(bot, q, fact):
    # "what do they get, a salary?": after a what-question on what they were given, the guess after the comma is the very
    # thing asked (pay, a post, citizenship); it was dropped and the turn refused or led by another fact
    assert lead(bot, q) == fact


@pytest.mark.parametrize("q, fact", [("who runs that hotline, maybe the army?", "iwtl-what-it-is"),
                                     ("who even wrote the blog post, some random blogger?", "source:blog-mass-surrenders")])
def test_a_guess_after_who_is_still_answered_by_the_question_before_it(bot, q, fact):
    assert lead(bot, q) == fact


@pytest.mark.parametrize("q", ["what does one surrender cost?", "what would surrendering cost?", "and what does giving up cost?"])
def test_what_a_surrender_costs_is_russias_price_in_men(bot, q):
    # "what does a surrender cost?" was read as a sum of money asked (86c9b859's COST_ASKED); the blog says in words what each
    # surrender costs Russia
    assert lead(bot, q) == "surrender-effects"


@pytest.mark.parametrize("q", ["what does the surrender hotline cost?", "what do the prisoner exchanges cost?"])
def test_what_the_project_or_a_swap_costs_is_still_a_sum_no_article_gives(bot, q):
    assert lead(bot, q) is None


@pytest.mark.parametrize("qs", [("how many russian soldiers have been lost?", "and how many of them died versus were injured?"),
                                ("how many were killed compared to wounded?",),
                                ("what were russia's losses in 2025?", "is there a split between killed and wounded?")])
def test_the_dead_set_against_the_wounded_is_a_split_no_article_gives(bot, qs):
    # both articles give the killed and wounded as one figure; a follow-up asking them apart was answered with that figure
    assert lead(bot, *qs) is None


def test_killed_or_wounded_together_is_still_the_combined_figure(bot):
    assert lead(bot, "how many russians were killed or injured in 2025?") == "casualties-2025"


@pytest.mark.parametrize("q", ["how do the pows cope.", "how do captured russians cope, day to day?", "and how do they cope!"])
def test_cope_ending_a_question_is_its_verb_not_a_verdict(bot, q):
    # 45c619ea set aside any "cope" before a stop as a forum verdict, leaving "how do the pows." to be answered with an
    # unrelated fact; no article says how prisoners cope
    assert lead(bot, q) is None


@pytest.mark.parametrize("q", ["the 10,000 number is ukrainian propaganda cope. who counted it?",
                               "that 10k figure is pure kremlin cope. who came up with that?"])
def test_what_a_claim_is_called_before_cope_is_set_aside_with_it(bot, q):
    # "… is propaganda cope.": "propaganda" was left behind and led to the fact on Putin's propaganda; the claim's subject is kept
    assert lead(bot, q) == "captured-by-end-2025"


@pytest.mark.parametrize("q", ["what percentage were kontraktniki, i.e. paid volunteers?",
                               "were most of them volunteers, i.e. paid contract men?"])
def test_a_restatement_naming_pay_does_not_take_a_share_question_to_the_pay(bot, q):
    # the words before "i.e." ask for the contract soldiers' share; "paid" in the restatement made the turn read as a question
    # on pay and answered with the pay in words (3f6565fb's reread ran only when the turn was refused)
    assert lead(bot, q) in ("contract-share-blog", "contract-share-news")


def test_a_restatement_carrying_the_meaning_is_still_read_whole(bot):
    # before "i.e." alone ("the coercion rate") is refused: the whole turn is read
    assert lead(bot, "what was the coercion rate, i.e. the share who say they were tricked into signing?") == "coerced-or-misled"


@pytest.mark.parametrize("q", ["when has the war begun?", "in what year had the fighting begun?", "when has the invasion begun exactly?"])
def test_when_the_war_has_begun_is_the_invasion_date(bot, q):
    # the perfect of 57c050de ("since the war has begun"), asked with "when": "begun" was no word of the invasion group
    assert lead(bot, q) == "full-scale-invasion-february-2022"


@pytest.mark.parametrize("q", ["why has the war begun?", "why has the war started?"])
def test_why_the_war_has_begun_stays_a_cause_no_article_gives(bot, q):
    assert lead(bot, q) is None
