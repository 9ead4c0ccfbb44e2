"""Session 41's wordings (TUNER99): each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q, fact", [
    ("who wrote teh news report", "source:news-record-surrenders"),
    ("is teh blog a news site or a personal blog", "source:blog-mass-surrenders"),
    ("whatabout teh criminal records", "criminal-records"),
    ("how many officiers did they capture?", "officers-share-news"),
])
def test_a_phone_slip_too_short_to_correct_is_read_as_the_word_meant(bot, q, fact):
    # "teh" is three letters, too few for the spelling corrector, and "whatabout" is two words run together; "officiers"
    # (a French speaker's officers) was kept as it stood, a word of the lexicon's "sous-officiers": each was refused
    assert lead(bot, q) == fact


def test_sous_officiers_are_still_the_ncos(bot):
    assert lead(bot, "what share were sous-officiers?") == "nco-share-news"


@pytest.mark.parametrize("q", ["does the blog have a comments section", "did the post get many likes"])
def test_readers_comments_on_an_article_are_in_no_record(bot, q):
    # right after a reply about the blog, "does it have any comments?" was answered with the blog's record again
    assert lead(bot, "who wrote the blog", q) is None


def test_when_the_article_came_out_is_still_answered_after_its_record(bot):
    assert lead(bot, "who wrote the blog", "when was it published") == "source:blog-mass-surrenders"


@pytest.mark.parametrize("q, first", [
    ("% contract vs conscripts", "contract-share-blog"),
    ("% of ncos vs officers?", "nco-share-news"),
    ("percentages of mobilised and conscripts", "mobilised-share-news"),
])
def test_kinds_set_against_each_other_after_a_share_sign_are_each_a_share(bot, q, first):
    # a bare "%" (or "percentages of") at the head kept "X vs Y" / "X and Y" from being read as two shares asked side by
    # side, and no one fact holds both: the whole turn was refused
    assert lead(bot, q) == first


def test_a_share_sign_before_a_kind_no_fact_counts_stays_refused(bot):
    assert lead(bot, "% of officers and tanks") is None


@pytest.mark.parametrize("turns", [
    ("how many russian casualties were there in 2025?", "and so far this year?"),
    ("how much ground did Russia gain last year", "what about this yr to date"),
    ("how many soldiers surrender each week?", "how many have given up this year so far?"),
])
def test_a_count_for_the_year_so_far_is_refused(bot, turns):
    # "this year" after 2025's figures was read as no year at all, and the last answer's subject (or its neighbour, the 2025
    # casualties) given again; the year so far is one the articles only open, and no fact counts it
    assert lead(bot, *turns) is None


def test_this_year_named_as_2025_is_still_that_year(bot):
    assert lead(bot, "how many russian casualties in the whole war?", "and only this year, 2025?") == "casualties-2025"


@pytest.mark.parametrize("turns", [
    ("what does the blog say about the money they are paid", "where do most of them get captured"),
    ("how many are contract soldiers?", "and where do they get caught?"),
    ("how old are the prisoners", "so where did most of those guys get taken prisoner?"),
])
def test_where_they_get_captured_after_another_subject_is_a_place_of_capture(bot, turns):
    # "where do most of them GET captured": the passive with "get" (and "most of those guys" before it) was no place of
    # capture to durations.WHERE_TAKEN, so the last subject's fact (the pay, the ages) answered a where-question
    assert lead(bot, *turns) in ("most-captured-in-donetsk", "surrender-hotspots-blog")


def test_where_they_get_their_training_is_no_place_of_capture(bot):
    assert lead(bot, "how many are contract soldiers?", "where do most of them get their training") is None


@pytest.mark.parametrize("q", ["did russia gain very little land in 2025?", "Russia gained hardly any territory last year, true?",
                               "is it right that russia only gained a small amount of ground in 2025?"])
def test_a_small_gain_of_land_is_the_land_taken(bot, q):
    # "gain" alone is a benefit, and the 2025 losses' words are "a high human price for small gains": with the land's smallness
    # said between "gained" and "land", the losses led
    assert lead(bot, q) == "territory-taken-2025"


def test_a_gain_of_no_land_is_no_land_taken(bot):
    assert lead(bot, "what does Ukraine gain from the prisoners they hold?") != "territory-taken-2025"


@pytest.mark.parametrize("turns", [
    ("how much ground did russia take in 2025", "and how many of those poor men died or were wounded for it?"),
    ("how many of these poor boys have given themselves up?",),
])
def test_pity_for_the_men_is_no_poverty(bot, turns):
    # "their poor soldiers", "those poor boys": "poor" was read as the lexicon's poverty, and the question refused
    assert lead(bot, *turns) in ("casualties-2025", "captured-by-end-2025")


@pytest.mark.parametrize("q, fact", [
    ("Dear, how many of the prisoners were officers?", "officers-share-news"),
    ("Oh my dear, what ages are the men who surrendered?", "prisoner-age-range"),
    ("Darling, could you tell me how many Russians have given themselves up?", "captured-by-end-2025"),
])
def test_a_fond_word_before_the_question_is_no_part_of_it(bot, q, fact):
    # "Dear, …" at the start (the end's ", dear?" was already taken off) was read as a word of the question and refused it
    assert lead(bot, q) == fact


def test_a_fond_word_before_a_question_past_the_articles_leaves_it_refused(bot):
    assert lead(bot, "Dear, what will the weather be like in Kyiv tomorrow?") is None


@pytest.mark.parametrize("q", ["were ill men labelled or identified in some way before going to the front?",
                               "were the sick soldiers tagged or identified in any way?"])
def test_two_deeds_asked_in_the_passive_are_either_one(bot, q):
    # "were they MARKED OR IDENTIFIED in …": the participle before "in" became the deed the answer must hold, and the fact on
    # the armbands ("labelling them infected") holds the first, not the second: the question was refused
    assert lead(bot, q) == "infected-armbands"


def test_one_deed_no_fact_holds_stays_refused(bot):
    assert lead(bot, "are returned prisoners punished or jailed back home?") is None


@pytest.mark.parametrize("turns, fact", [
    (("then how many of them were officers?",), "officers-share-news"),
    (("how many Ukrainians has Russia taken prisoner?", "fine, then who is capturing more prisoners now, Ukraine or Russia?"),
     "captures-reversed-since-june-2023"),
])
def test_then_before_a_question_word_is_the_turns_link_not_a_word_of_it(bot, turns, fact):
    # "fine, THEN who takes more prisoners…": "then" before the question word kept the fillers' rules from seeing a question
    # start, and the turn was refused
    assert lead(bot, *turns) == fact


def test_then_before_a_forecast_stays_refused(bot):
    assert lead(bot, "ok then, when will the war end?") is None


@pytest.mark.parametrize("q, fact", [
    ("Is the attrition case convincing? How much ground did Russia gain in 2025?", "territory-taken-2025"),
    ("Is Russia running out of men? How many were killed or wounded in 2025?", "casualties-2025"),
])
def test_a_check_of_a_view_then_a_question_of_its_own_is_answered_by_the_second(bot, q, fact):
    # the first asks only whether a view holds, which no fact settles; the turn was refused whole although its second
    # question asks a figure the facts give
    assert lead(bot, q) == fact


def test_a_second_question_past_the_articles_stays_refused(bot):
    assert lead(bot, "Is Russia winning? How many tanks has Russia lost in 2025?") is None


@pytest.mark.parametrize("q", ["the author is a journalist?", "that guy is an american?"])
def test_the_writer_as_a_person_put_as_a_claim_is_in_no_record(bot, q):
    # "this man is a politician in New York?" after the blog's record: what the writer is, put as a statement with a
    # question mark, was answered with the record again ("is he a politician?" was already refused)
    assert lead(bot, "who wrote the blog?", q) is None


def test_who_the_author_is_put_as_a_claim_is_still_answered(bot):
    assert lead(bot, "who wrote the blog?", "the author is Michael Drucker?") == "source:blog-mass-surrenders"
