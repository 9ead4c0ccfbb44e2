"""Session 30's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead

HOW_MANY, WHY = "how many soldiers have surrendered?", "why do russian soldiers surrender?"


@pytest.mark.parametrize("q", ["is that the reporter's own characterisation?", "is that the journalist talking or a source?",
                               "whose wording is that?", "is that the official line?", "does anyone back that up?",
                               "is that the author's own view or someone else's?", "who's the source on that"])
def test_whose_claim_the_last_answer_is_however_worded(bot, q):
    # every content word is about who makes a claim: the last answer again, with its claimant (these had led with an
    # opinion or a fact on the project's reach, or been refused)
    assert lead(bot, HOW_MANY, q) == "captured-by-end-2025"


def test_whose_view_a_reason_is(bot):
    assert lead(bot, WHY, "is that the author's own view or someone else's?") == lead(bot, WHY)


def test_what_the_blogger_thinks_a_claim_shows_is_not_whose_it_is(bot):
    # a question about what the claim shows is not read as "whose is that?"
    assert lead(bot, "did more russians surrender in 2025 than before", "what does the blogger think that shows?") \
        == "fundamental-shift-opinion"


@pytest.mark.parametrize("q", ["does the blog state that too?", "is that stated in the blog as well?", "does the blog write that too?"])
def test_an_article_stating_it_too_is_that_articles_version(bot, q):
    # "state" had been read as part of the point ("a state project") and led with the project's reach
    assert lead(bot, "what share were officers?", q) == "officers-share-blog"


@pytest.mark.parametrize("q", ["and why would that be?", "any idea why?", "do you know why?", "why the jump?"])
def test_why_after_a_count_however_worded(bot, q):
    # "why is that?" after the total gave a reason; these had been refused ("why would THAT BE": read as "why that week?",
    # which no article explains; "any idea", "the jump": read as subjects no fact holds)
    first = "how many russians have been captured so far?"
    assert lead(bot, first, q) == lead(bot, first, "why is that?") == "surrender-as-survival"


def test_why_that_week_is_still_refused(bot):
    assert not conversation(bot, "What was the biggest single week of Russian surrenders?", "why that week?").answered


@pytest.mark.parametrize("q", ["is there a discrepancy?", "does the blog put it higher or lower?", "what did the other writer say?",
                               "how does the blog's number compare?", "any difference between the two?"])
def test_the_other_articles_version_of_the_last_point_however_worded(bot, q):
    # each had been refused or answered with the two articles' records; the blog's share of officers is what was asked
    reply = conversation(bot, "what share were officers?", q)
    assert reply.answered and {s.fact_id for s in reply.statements} >= {"officers-share-blog", "officers-share-news"}


def test_the_difference_between_the_articles_is_still_the_articles(bot):
    # named as a whole with nothing pointing back, the articles are compared, not the last point
    reply = conversation(bot, "what share were officers?", "what's the difference between the two articles?")
    assert reply.statements[0].fact_id.startswith("source:")


@pytest.mark.parametrize("first, q", [("what share were contract soldiers?", "where did they come from?"),
                                      ("how many foreign fighters were captured?", "where are they from?")])
def test_where_people_came_from_is_about_them_not_the_articles(bot, first, q):
    # after an answer about soldiers, "they" are the soldiers: this had been answered with the blog post's record
    reply = conversation(bot, first, q)
    assert reply.answered and not reply.statements[0].fact_id.startswith("source:")


def test_where_an_article_came_from_is_still_its_record(bot):
    assert lead(bot, "who wrote the blog post?", "where was it published?").startswith("source:")


def test_where_from_after_the_foreigners_share_is_the_forty_countries_again(bot):
    # the share just shown says where they are from; a follow-up had been steered off it to the claim that Russia does not
    # take them back
    assert lead(bot, "how many foreign fighters were captured?", "where are they from?") in {"mercenaries-news", "foreign-fighters-blog"}


@pytest.mark.parametrize("q", ["who gives the 2025 figure?", "and the 2025 figure, who gives it?", "who counted the losses for 2025?"])
def test_who_gives_another_years_figure_is_that_figure(bot, q):
    # after the war's total, a year's own figure named: its source (the total's source had been given again)
    assert lead(bot, "how many casualties has russia had?", q) == "casualties-2025"


def test_who_gives_the_figure_of_the_year_just_given_is_still_the_last_answer(bot):
    assert lead(bot, "how many russians were captured by the end of 2025?", "who gives the 2025 figure?") == "captured-by-end-2025"


@pytest.mark.parametrize("q", ["what do the two pieces say about officers?", "what does the piece say about officers?",
                               "what do the write-ups say about officers?", "what do the reports say about officers?"])
def test_the_articles_called_pieces_or_write_ups_are_no_speaker(bot, q):
    # "pieces" had been read as someone whose claims were asked for, and no fact's claimant is a piece: refused
    assert lead(bot, q) in {"officers-share-news", "officers-share-blog"}


@pytest.mark.parametrize("q", ["and how much of that came in 2025 alone?", "how much of that was in 2025?"])
def test_how_much_of_a_count_in_one_year_is_that_years_count(bot, q):
    # "how much of that" was read as a share only, and 2025's losses are a count: refused
    assert lead(bot, "how many russian casualties since the war began?", q) == "casualties-2025"


def test_how_much_of_the_prisoners_in_one_year_is_still_refused(bot):
    # no article gives 2025's captures alone
    assert not conversation(bot, "how many russians were captured?", "how much of that was in 2025?").answered


# a review of this session's changes found these misreadings; each is mended

@pytest.mark.parametrize("first, q", [("were sick soldiers made to wear armbands?", "who did that?"),
                                      ("what is I Want to Live?", "who is it for?")])
def test_who_did_it_is_not_who_reports_it(bot, first, q):
    # "who did that?" asks for the doer: not the "who makes that claim" reply
    from webapp.bot import reply as rp
    reply = conversation(bot, first, q)
    assert reply.answered and reply.message != rp.WHO_FRAMING


@pytest.mark.parametrize("first", ["what share were officers?", "what share were contract soldiers?"])
def test_the_other_two_after_a_share_are_not_the_other_article(bot, first):
    reply = conversation(bot, first, "and the other two?")
    assert not reply.answered or reply.statements[0].fact_id not in {"officers-share-blog", "contract-share-blog"}


@pytest.mark.parametrize("q", ["is the other source reliable?", "what's the difference between the blog and the news report?"])
def test_questions_about_the_articles_themselves_get_their_records(bot, q):
    assert lead(bot, "what share were officers?", q).startswith("source:")


def test_why_did_that_happen_after_the_record_week_is_still_refused(bot):
    # no article explains the record week ("why would that be?" after a count is answered: test above)
    assert not conversation(bot, "What was the biggest single week of Russian surrenders?", "why did that happen?").answered


def test_any_idea_why_with_a_verb_after_is_not_cut_short(bot):
    # "any idea why they surrender?" had become "why they surrender?", which led with the headline's revolt
    reply = conversation(bot, "how many russians have been captured so far?", "any idea why they surrender?")
    assert not reply.answered or reply.statements[0].fact_id != "headline-revolt"


@pytest.mark.parametrize("q", ["how many Russian boys have been killed or hurt?", "how many of the boys were officers?"])
def test_the_boys_are_the_soldiers(bot, q):
    # a grandparent's "boys" had been read as a subject no fact holds, and refused ("lads" already was no subject)
    assert conversation(bot, q).answered


@pytest.mark.parametrize("q", ["and how many in total?", "how many in total?"])
def test_in_total_after_one_years_figure_is_the_whole_wars(bot, q):
    # as after a week's figure: the running count, not the year's figure again
    assert lead(bot, "how many russian casualties in 2025?", q) == "casualties-general-staff"


@pytest.mark.parametrize("conv", [["how many russian casualties in 2025?", "is it getting worse?"], ["is the casualty rate getting worse?"]])
def test_getting_worse_asks_whether_the_losses_rise(bot, conv):
    # "worse" had been a subject no fact holds: refused; the news report says the rate shows no sign of easing
    assert lead(bot, *conv) == "casualty-rate-not-slowing"
