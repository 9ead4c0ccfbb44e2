"""Session 12: what a teacher's browser walk (WALK-13) and the session's probes hit. A named app or company the articles
never name (Telegram, Wagner) is not read as the blog's "encrypted messengers" or "private military companies": the
question is refused, offering the facts on that kind of thing. "In square km?" is a follow-up; a year checked against a
fact that gives no date is not answered by it; "who says that?" after both articles' versions names both claimants."""
from __future__ import annotations

import pytest

from pydantic import ValidationError

from webapp.schemas import LexiconFile

from . import conversation, reply_to


@pytest.mark.parametrize("question", ["can soldiers surrender using telegram", "do they use WhatsApp to give up?",
                                      "is there a viber group for surrendering"])
def test_an_app_no_article_names_is_refused_with_the_ways_the_blog_names(bot, question):
    reply = reply_to(bot, question)
    assert not reply.answered and "do not name" in reply.message
    assert [s.fact_id for s in reply.related] == ["iwtl-channels"]  # not the Geneva fact's "contact with family"


@pytest.mark.parametrize("question, after", [("was wagner one of them?", "where were the contract soldiers recruited from?"),
                                             ("did any Wagner fighters surrender", None)])  # not the foreign fighters
def test_a_company_no_article_names_is_refused_with_the_contract_facts(bot, question, after):
    reply = reply_to(bot, question, after=after)
    assert not reply.answered
    assert reply.message == "The articles do not name Wagner; they speak only of private military companies in general."
    assert {s.fact_id for s in reply.related} == {"contract-share-news", "contract-share-blog"}


@pytest.mark.parametrize("question", ["what apps can they use to surrender", "can soldiers surrender through a messenger",
                                      # named in passing, where the fact on its kind answers what is asked
                                      "how do soldiers reach the hotline, by phone or telegram or what"])
def test_the_kind_itself_is_still_answered(bot, question):
    reply = reply_to(bot, question)
    assert reply.answered and reply.statements[0].fact_id == "iwtl-channels"


def test_a_kinds_entry_is_checked_like_the_rest_of_the_lexicon():
    assert LexiconFile(kinds={"messenger": ["  Telegram "]}).kinds == {"messenger": ["telegram"]}
    with pytest.raises(ValidationError):
        LexiconFile(kinds={"messenger": ["<script>"]})
    with pytest.raises(ValidationError):
        LexiconFile(kinds={"Messenger!": ["telegram"]})


@pytest.mark.parametrize("unit", ["in square km?", "in km2?", "and in square kilometres"])
def test_the_area_taken_in_square_km_is_the_computed_figure(bot, unit):
    reply = reply_to(bot, unit, after="how much land did russia take in 2025?")
    assert reply.answered and reply.statements[0].fact_id == "territory-taken-2025-area"


@pytest.mark.parametrize("question", ["were there any exchanges in 2022?", "were there prisoner swaps in 2024"])
def test_a_year_checked_against_an_undated_fact_is_not_answered_by_it(bot, question):
    reply = reply_to(bot, question)
    assert not reply.answered and "do not say when" in reply.message
    assert reply.related and all(s.fact_id in ("pows-returned-in-exchanges", "exchange-priorities") for s in reply.related)


@pytest.mark.parametrize("question, lead", [("is it true the record week was in 2023?", "record-week-august-2024"),
                                            ("Did Russia capture more than 5% of Ukraine's territory in 2025?", "territory-taken-2025")])
def test_a_year_checked_against_a_dated_fact_is_still_answered_by_it(bot, question, lead):
    reply = reply_to(bot, question)
    assert reply.answered and reply.statements[0].fact_id in (lead, f"{lead}-area")


def test_a_whole_question_after_a_forecast_refusal_is_read_on_its_own(bot):
    # WALK-13, 64: "ukrainians" after a refused question read as Ukraine's own soldiers, refused as the other side
    reply = conversation(bot, "is the headline right that soldiers revolt against putin?", "who will win the war?",
                         "since when have russians been captured more often than ukrainians?")
    assert reply.answered and reply.statements[0].fact_id == "captures-reversed-since-june-2023"


@pytest.mark.parametrize("first, second, other", [
    ("how many POWs were swapped back to russia?", "is that more than the ukrainians who came home?", "ukrainians-home-in-exchanges"),
    ("how many surrender each week?", "is that more than the foreign fighters found each week?", "new-foreign-fighters-weekly")])
def test_is_that_more_than_shows_both_figures(bot, first, second, other):
    last = reply_to(bot, first).statements[0].fact_id
    reply = reply_to(bot, second, after=first)
    assert reply.answered and [s.fact_id for s in reply.statements] == [other, last]


@pytest.mark.parametrize("first", ["what share of the prisoners were officers?", "what share were contract soldiers?"])
def test_who_says_that_after_both_versions_names_both_claimants(bot, first):
    shown = [s.fact_id for s in reply_to(bot, first).statements]
    reply = reply_to(bot, "who says that?", after=first)
    assert len(shown) == 2 and [s.fact_id for s in reply.statements] == shown
    assert "each article" in reply.message


def test_who_says_that_after_one_fact_names_its_claimant_only(bot):
    reply = reply_to(bot, "who says that?", after="how many were captured by the end of 2025")
    assert [s.fact_id for s in reply.statements] == ["captured-by-end-2025"]


def test_north_korea_is_not_another_war(bot):
    reply = reply_to(bot, "Did any of the foreign fighters come from North Korea?")
    assert not reply.answered and "other wars" not in reply.message
    assert "other wars" in reply_to(bot, "what happened in the korean war").message


def test_how_much_training_is_answered_by_the_words_a_fact_gives_it_in(bot):
    # WALK-13, 31: refused as "no figure", though the blog says they were sent in with little training
    reply = reply_to(bot, "how much training did they get?")
    assert reply.answered and reply.statements[0].fact_id == "sent-untrained-into-drone-zones"
    assert "promise" not in reply.message  # what was done instead of a promise is no promise reported


def test_how_much_of_something_no_fact_puts_in_words_still_needs_a_figure(bot):
    reply = reply_to(bot, "how much food do the prisoners get per day?")
    assert not reply.answered


@pytest.mark.parametrize("remark", ["this bot is useless, you stupid machine", "you suck", "what a useless bot"])
def test_a_rude_remark_gets_a_calm_reply_and_questions_to_try_not_a_refusal(bot, remark):
    # WALK-13, 17: an insult was answered "the articles here do not cover that question", as if it were one
    reply = reply_to(bot, remark)
    assert reply.reason == "smalltalk" and "question" not in reply.message and reply.suggestions


@pytest.mark.parametrize("question", ["were the prisoners treated like garbage?", "is the Geneva promise just rubbish"])
def test_a_question_with_a_rude_word_is_still_read_as_a_question(bot, question):
    assert reply_to(bot, question).reason != "smalltalk"


def test_a_refusals_suggestions_ask_for_one_fact_once(bot):
    # WALK-13, 6: after "what was the average age?" both "Roughly how many Russians surrender every week on average?" and
    # the general "How many Russians surrender each week?" were offered: two questions for one fact
    reply = reply_to(bot, "what was the average age?")
    assert not reply.answered
    weekly = [q for q in reply.suggestions if "week" in q]
    assert len(weekly) <= 1
