"""Session 21: visitors' questions of my own that the bot got wrong, one test per cause, each failing before its fix."""
from __future__ import annotations

import pytest

from . import conversation, lead, reply_to


@pytest.mark.parametrize("question", [
    "what is the I want to leave project?",
    "tell me about the 'I want to leave' hotline",
    "who runs the I want to leave project?",
])
def test_the_projects_name_misheard_as_leave_is_read_as_its_name(bot, question):
    """"I Want to Live" heard or typed as "I want to leave": known by where it stands (before "project", after
    "called"), the question is about the project, not refused for a name no article gives."""
    assert lead(bot, question) in {"iwtl-what-it-is", "iwtl-channels", "iwtl-path-to-surrender"}


def test_a_soldier_who_wants_to_leave_is_not_read_as_the_project(bot):
    assert lead(bot, "how many soldiers say i want to leave the army?") != "iwtl-what-it-is"


@pytest.mark.parametrize("question", [
    "where is the project based?",
    "where is the I Want to Live project located?",
    "where is the hotline's office?",
])
def test_where_a_thing_is_is_refused_when_no_fact_places_it(bot, question):
    """No article says where the project sits: "where is the project based?" had been answered with the officers'
    share (the project's breakdown), a fact with no place in it."""
    assert not reply_to(bot, question).answered


def test_where_most_surrender_is_still_answered_by_the_places(bot):
    assert lead(bot, "where do most of them surrender?") in {"most-captured-in-donetsk", "surrender-hotspots-blog"}


def test_where_in_the_article_a_word_is_asks_the_article_not_a_place(bot):
    assert reply_to(bot, "where is the revolt in the text?").answered


@pytest.mark.parametrize("question, facts", [
    ("Forgive me for asking, but how old are the prisoners?", {"prisoner-age-range"}),
    ("I hope this isn't a silly question, but roughly how many soldiers surrender each week?", {"weekly-surrender-average"}),
    ("Would it be rude to ask how many Russians have been killed or wounded?", {"casualties-general-staff"}),
    ("I went through the blog on the train and I was wondering, if it's not too much trouble, how old the prisoners are?",
     {"prisoner-age-range"}),
    ("Thank you so much. And what share of the prisoners were officers, as I seem to remember reading?",
     {"officers-share-news", "officers-share-blog"}),
    ("My grandson asked me how many Russians have surrendered, and I confess I couldn't remember. Would you be so kind as to tell me?",
     {"captured-by-end-2025", "record-year-2025"}),
])
def test_a_courteous_visitors_wrapping_is_set_aside(bot, question, facts):
    """Thanks, an apology for asking, "if it's not too much trouble", "would you be so kind as to tell me": none of it
    names what is asked, and read as words it made these questions refused."""
    assert lead(bot, question) in facts


def test_a_courtesy_does_not_hide_what_the_articles_do_not_cover(bot):
    assert not reply_to(bot, "Forgive me for asking, but how much is a prisoner's family paid?").answered


def test_a_follow_up_whose_own_word_no_fact_holds_is_refused(bot):
    """After "what share are foreigners?", "are any from Portugal among them?" asks of a country no article names; the
    last question's words, carried over, had made it read as a question about foreigners and answered it."""
    assert not reply_to(bot, "are any from portugal among them?", after="what share of the prisoners are foreigners?").answered
    assert reply_to(bot, "and officers?", after="what share of the prisoners are foreigners?").answered


@pytest.mark.parametrize("question", ["what are the ukrainian side's losses?",
                                      "and the Ukrainian army's own losses?"])
def test_the_ukrainian_sides_losses_are_the_other_side(bot, question):
    assert reply_to(bot, question).reason == "out-of-scope"


@pytest.mark.parametrize("question, facts", [
    ("what is iwtl?", {"iwtl-what-it-is"}),
    ("who runs iwtl", {"iwtl-what-it-is"}),
    ("how many hav a criminal record", {"criminal-records"}),
])
def test_a_hurried_visitors_short_forms(bot, question, facts):
    """"iwtl" for I Want to Live, "hav" / "hv" for have, as a phone user types them."""
    assert lead(bot, question) in facts


@pytest.mark.parametrize("question", ["who calculated the casualty figure?", "who gives the casualty figure?"])
def test_whose_figure_is_asked_the_fact_with_the_figure_leads_not_a_date(bot, question):
    """"Who gives the casualty figure?" asks whose count it is: the General Staff's estimate, not the claim that casualties
    have been heavy since February 2022, whose only figure is a date."""
    assert lead(bot, question) == "casualties-general-staff"


@pytest.mark.parametrize("question", ["how many people have used the hotline?", "how many soldiers have tried it?",
                                      "what is I Want to Live? how many people used it?"])
def test_how_many_took_something_up_is_not_answered_by_another_count(bot, question):
    """No article says how many used the hotline: "how many have USED it?" had been answered with the officers' share or
    the weekly rate of surrenders, "used" being a stop word ("used to") and, in the lexicon, a word of gain."""
    assert not reply_to(bot, question).answered


def test_used_to_is_still_a_stop_word(bot):
    assert lead(bot, "how many used to be criminals?") == "criminal-records"


@pytest.mark.parametrize("question, after, facts", [
    ("and the contract ones, how much percent they are?", "which part in percent were mobilised?",
     {"contract-share-blog", "contract-share-news"}),
    ("and the officers, what share they are?", "which part in percent were mobilised?", {"officers-share-news", "officers-share-blog"}),
])
def test_a_fronted_topic_in_a_learners_word_order_is_what_they_refers_to(bot, question, after, facts):
    """"and the officers, what share they are?": "they" are the officers said first, not the mobilised men the last
    question asked about (whose words, carried over, had left no fact to answer)."""
    reply = reply_to(bot, question, after=after)
    assert reply.answered and reply.statements[0].fact_id in facts


@pytest.mark.parametrize("question", ["how many were captured until finish of 2025 year?", "how many taken prisoner by the finish of 2025?"])
def test_the_finish_of_a_year_is_its_end(bot, question):
    assert lead(bot, question) == "captured-by-end-2025"


def test_which_of_them_gives_a_figure_asks_which_article(bot):
    """After the rank-and-file share, "which of them gives a figure for NCOs?" asks which article does: "them" had been
    read as the men of the last answer, whose words, carried over, left no fact to answer."""
    assert lead(bot, "what share were rank-and-file soldiers?", "which of them gives a figure for NCOs?") == "nco-share-news"


def test_who_one_named_article_credits_is_its_own_version(bot):
    """After both articles' shares of contract soldiers, "who does the news report credit for that?" asks of its version:
    the blog's had led."""
    reply = conversation(bot, "what share were contract soldiers?", "who does the news report credit for that figure?")
    assert [s.fact_id for s in reply.statements] == ["contract-share-news"]


@pytest.mark.parametrize("question", ["what is Moscow's own figure for its losses?", "what is Russia's own casualty count?",
                                      "does the Kremlin have its own estimate? what's the Kremlin's own estimate?"])
def test_a_sides_own_figure_is_refused_when_no_fact_is_its_claim(bot, question):
    """No article gives a count Russia makes of its own losses: "Moscow's own figure" had been answered with the news
    report's claim that the losses are heavy."""
    assert not reply_to(bot, question).answered


def test_the_general_staffs_own_estimate_is_still_its_own(bot):
    assert lead(bot, "what is the General Staff's own estimate of the casualties?") == "casualties-general-staff"


@pytest.mark.parametrize("question", ["what is the date of the most recent prisoner exchange?", "the exact date of the last swap?"])
def test_the_date_of_something_is_a_when_question(bot, question):
    """"What is the date of the latest exchange?" asks when, which no fact on the exchanges says: it had been answered
    with what Moscow wants back in them."""
    assert not reply_to(bot, question).answered


def test_the_date_of_the_record_week_is_still_given(bot):
    assert lead(bot, "what was the date of the record week?") == "record-week-august-2024"


@pytest.mark.parametrize("question", ["how did Russia respond to the surrenders?", "how has Moscow reacted to all these surrenders?"])
def test_how_someone_reacted_asks_what_they_said(bot, question):
    """"How did Russia respond?" asks what Russia said or did, which no article reports: it had been answered with what
    each surrender gives Ukraine."""
    assert not reply_to(bot, question).answered


@pytest.mark.parametrize("question", ["how does Ukraine describe the surrenders?", "how does the Kremlin explain the surrenders?"])
def test_how_someone_explains_or_describes_asks_their_claim(bot, question):
    """"How does Ukraine describe the surrenders?" asks Ukraine's words: the blog's own account of what each surrender
    gives Ukraine had answered it."""
    assert not reply_to(bot, question).answered


def test_how_a_claimant_sees_it_is_still_their_claim(bot):
    assert lead(bot, "how do the analysts see the I Want to Live project?") == "psychological-warfare-analysts"


@pytest.mark.parametrize("question", ["does Russia's defence ministry give its own number?", "does the Kremlin publish its own figure?"])
def test_whether_a_side_gives_its_own_number_asks_for_its_claim(bot, question):
    assert not reply_to(bot, question).answered


def test_whether_the_general_staff_gives_its_own_estimate_is_its_claim(bot):
    assert lead(bot, "does the General Staff give its own estimate?") == "casualties-general-staff"


@pytest.mark.parametrize("question", ["what were the actual totals for 2022 and 2023?", "what is the exact number of surrenders in 2025?"])
def test_an_exact_number_is_not_answered_by_a_fact_that_gives_none(bot, question):
    """"What were the actual totals for 2022 and 2023?" asks for counts; the claim that 2025 beat both years together
    gives none, only the years."""
    assert not reply_to(bot, question).answered


def test_an_exact_number_is_still_given_when_a_fact_has_one(bot):
    assert lead(bot, "what is the exact number of casualties the General Staff gives?") == "casualties-general-staff"


@pytest.mark.parametrize("question", ["any women among them?", "are there any women among them?"])
def test_any_of_a_kind_no_fact_names_among_the_last_answers_men_is_refused(bot, question):
    """After the prisoners' ages, "any women among them?" asks of a kind no article counts; the ages had answered it."""
    assert not reply_to(bot, question, after="how old are the prisoners?").answered


def test_any_of_a_kind_a_fact_counts_is_still_answered(bot):
    assert reply_to(bot, "any officers among them?", after="how old are the prisoners?").answered


@pytest.mark.parametrize("question", ["according to Russia, how many soldiers surrendered?", "how many surrendered according to Moscow?",
                                      "according to the UN, how many were killed or wounded?"])
def test_according_to_a_body_that_claims_nothing_is_refused(bot, question):
    """No article reports a figure from Russia or the UN: "according to Russia, how many surrendered?" had been answered
    with the count the Coordination Headquarters gives."""
    assert not reply_to(bot, question).answered


@pytest.mark.parametrize("question, fact", [
    ("how long has the war been going on, according to the two pieces?", "war-almost-four-years"),
    ("according to the General Staff, how many were killed or wounded?", "casualties-general-staff"),
])
def test_according_to_the_articles_or_a_claimant_still_answers(bot, question, fact):
    assert lead(bot, question) == fact


@pytest.mark.parametrize("question", ["which specific operation was stopped because of a prisoner's tip?",
                                      "what exact unit were the 350 men in?"])
def test_one_member_picked_out_by_name_is_refused_when_no_fact_names_it(bot, question):
    """"Which specific operation…?" asks for one by name; the blog speaks of planned operations in general."""
    assert not reply_to(bot, question).answered


def test_which_specific_week_is_still_answered_by_the_dated_week(bot):
    assert lead(bot, "which specific week was the record?") == "record-week-august-2024"
