"""Session 73's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q, fact", [
    ("how many men has russia lost in the special military operation?", "casualties-general-staff"),
    ("how many of them were killed or wounded on the svo so far?", "casualties-general-staff"),
    ("how many soldiers were taken prisoner during the SVO?", "captured-by-end-2025"),
])
def test_the_special_military_operation_is_the_war(bot, q, fact):
    # the Kremlin's name for the war, in English or as a Russian speaker's "SVO", was a subject no fact holds: refused
    assert lead(bot, q) == fact


@pytest.mark.parametrize("q", ["when will the special military operation end?", "what were the aims of the SVO?"])
def test_the_war_renamed_still_has_no_end_date_or_aims(bot, q):
    assert lead(bot, q) is None


@pytest.mark.parametrize("q", ["my husband is stationed near Bakhmut. do lots of men surrender there?",
                               "my boy was sent to Pokrovsk. are many captured there?"])
def test_there_after_a_remark_naming_a_place_is_that_place(bot, q):
    # a remark about the visitor was set aside whole, and "there" lost the town it points back to: the question was
    # read as surrenders anywhere
    assert lead(bot, q) == "surrender-hotspots-blog"


def test_a_remark_naming_no_place_leaves_there_as_it_was(bot):
    assert lead(bot, "my son is in the army. do many surrender there?") == lead(bot, "do many surrender there?")


@pytest.mark.parametrize("q", ["how do soldiers get in touch with I Want to Live, by phone?",
                               "how do soldiers contact the project, via whatsapp?"])
def test_a_means_guessed_after_a_how_question_leaves_the_how(bot, q):
    # the guessed means named a messenger no article names, and the whole how-question was refused as about it
    assert lead(bot, q) == "iwtl-channels"


@pytest.mark.parametrize("q", ["does I Want to Live use Telegram?", "can they surrender over WhatsApp?"])
def test_a_messenger_asked_about_itself_is_still_refused(bot, q):
    assert lead(bot, q) is None


@pytest.mark.parametrize("q, fact", [
    ("bozhe moi, how do they pick who gets swapped?", "exchange-priorities"),
    ("blin, what did they promise the men who signed up?", "recruitment-incentives"),
])
def test_a_russian_exclamation_before_the_question_is_filler(bot, q, fact):
    # "bozhe moi" (my God), "blin": an unknown word before the question, read as its subject and refused
    assert lead(bot, q) == fact


def test_an_exclamation_does_not_make_an_uncovered_question_answered(bot):
    assert lead(bot, "bozhe moi, what is the weather in moscow?") is None


def test_the_post_promised_in_russian_words_and_the_one_spared_set_aside(bot):
    # "voditel" (driver) was an unknown word, and ", not in shturm" (not in the assault units) a second subject: the turn
    # was read in parts and answered with the year's record
    assert lead(bot, "they said my nephew would be a voditel in the rear, not in shturm. did it happen to other men?") \
        == "coerced-or-misled"


def test_a_rejected_kind_of_soldier_still_counts(bot):
    # "not a volunteer" names a kind of soldier, not a post: it stays as it was
    assert lead(bot, "He was called up, not a volunteer. How many of the prisoners are men like him?") == "mobilised-share-blog"


@pytest.mark.parametrize("claim", ["the author writes that Putin is losing the war of belief. is it a fact or just his view?",
                                   "the blogger says that Putin is losing. is it a fact?"])
def test_a_claim_then_is_it_a_fact_is_checked_after_a_refusal(bot, claim):
    # "… . is it a fact?" was no check of the sentence before it; its "it" made the turn a follow-up of the refused
    # question before, whose subject (generals) sank it
    assert lead(bot, "how many generals were captured?", claim) == "putin-losing-belief-opinion"


def test_a_claim_no_article_makes_is_still_refused_as_a_fact(bot):
    assert lead(bot, "how many generals were captured?",
                "the blogger says Putin will be overthrown next year. is it a fact?") is None


def test_a_russian_word_for_opinion(bot):
    assert lead(bot, "what's the blogger's mnenie of why they surrender?") is not None


@pytest.mark.parametrize("q", ["someone claims 600 gave up in one week last autumn. true?",
                               "did 1,000 surrender in one week during the Kursk incursion?"])
def test_one_week_with_a_time_named_is_a_single_week(bot, q):
    # "in one week last autumn" is one particular week, which the record answers, not the weekly pace
    assert lead(bot, q) == "record-week-august-2024"


@pytest.mark.parametrize("q", ["is it true 70 surrender in one week?", "how many surrender in one week?"])
def test_one_week_with_no_time_named_stays_the_pace(bot, q):
    assert lead(bot, q) == "weekly-surrender-average"


@pytest.mark.parametrize("q", ["would you describe how the project actually gets a soldier out safely?",
                               "could you describe, step by step, how the I Want to Live project lets a man surrender?"])
def test_could_you_describe_how_asks_the_how(bot, q):
    # "could you describe" was no polite asking (as "could you explain" is), and the how told in statement order
    # ("how the project lets …") asked no how: the effects of surrendering answered
    assert lead(bot, q) == "iwtl-channels"


def test_could_you_describe_something_no_article_covers_is_refused(bot):
    assert lead(bot, "could you describe how the Russian army punishes deserters?") is None


def test_the_ukrainians_as_the_ones_who_took_them_are_no_other_side(bot):
    # "… taken BY THE UKRAINIANS?" after a count names who captured the Russians, not Ukraine's own soldiers
    assert lead(bot, "how many were captured?", "and how many were taken by the ukrainians?") == "captured-by-end-2025"


def test_the_raid_of_the_ukrainian_forces_after_a_count_is_the_raid(bot):
    assert lead(bot, "where were most of them captured?", "in Kursk, when was it, the raid of the ZSU?") == "captured-zaporizhzhia-kursk"


def test_what_about_the_ukrainians_after_a_count_is_still_the_other_side(bot):
    assert lead(bot, "how many were captured in 2025?", "what about ukrainians?") is None


def test_a_yes_no_question_with_when_keeps_the_question_after_it(bot):
    # "are they safe WHEN they surrender? do they get fed…?": the "when" made the first a wh-question and the second was
    # dropped as a guess at its answer; the second says what is asked (food and a doctor)
    assert lead(bot, "are they safe when they surrender? do they get fed and see a doctor?") == "geneva-treatment-guarantee"


def test_a_guess_after_a_real_wh_question_is_still_set_aside(bot):
    assert lead(bot, "how do they surrender when the commanders watch? do they just walk across?") \
        == lead(bot, "how do they surrender when the commanders watch?")


@pytest.mark.parametrize("q, fact", [("which group makes up 19%?", "mobilised-share-blog"),
                                     ("what kind of soldier makes up 76 percent?", "contract-share-blog")])
def test_which_group_is_a_share_asks_who_they_are(bot, q, fact):
    # "group" was read as a subject no fact names, and the turn refused; "who are the 19%?" was answered
    assert lead(bot, q) == fact


def test_which_group_is_a_share_no_article_gives_is_refused(bot):
    assert lead(bot, "which group is the 42%?") is None


def test_where_one_man_of_the_kind_ends_up_is_where_they_were_sent(bot):
    # "where would a recruit like that end up?" after the rear jobs promised: read as an end (of 2025), the total answered
    assert lead(bot, "were recruits promised rear jobs?", "where would a recruit like that end up?") \
        == "sent-untrained-into-drone-zones"


def test_where_did_he_end_up_is_left_as_it_was(bot):
    # a bare "he" may be anyone (the blog's author here): not read as a recruit
    assert lead(bot, "who wrote the blog?", "where did he end up?") != "sent-untrained-into-drone-zones"
