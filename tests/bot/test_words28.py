"""Session 28's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead

TOTAL, WEEKLY, FOREIGN = ("How many Russians were captured by the end of 2025?", "What's the weekly average?",
                          "What about foreign fighters?")


@pytest.mark.parametrize("q", ["OK never mind.", "nvm", "forget it", "no worries"])
def test_never_mind_is_not_thanked(bot, q):
    # "You're welcome" had answered "OK never mind": it is a visitor dropping a question, not thanking
    reply = conversation(bot, "how many russians surrender each week?", q)
    assert not reply.answered and "welcome" not in reply.message.lower()
    assert reply.reason == "smalltalk"


def test_never_mind_keeps_the_conversation(bot):
    assert lead(bot, "Tell me about the 'I Want to Live' project.", "What's the weather in Kyiv today?", "OK never mind.",
                "how does it reach soldiers?") == "iwtl-channels"


def test_thanks_is_still_thanked(bot):
    assert "welcome" in conversation(bot, "thanks").message.lower()


@pytest.mark.parametrize("q", ["Back to the first number: who counted it?", "ok back to the first figure, who gives it?",
                               "going back to the original number - who counted that?"])
def test_back_to_the_first_number_asks_about_the_first_answer(bot, q):
    # three answers later, "it" is the first answer's figure (it had been read as the last answer's: the foreign fighters)
    reply = conversation(bot, TOTAL, WEEKLY, FOREIGN, q)
    assert reply.answered and reply.statements[0].fact_id == "captured-by-end-2025"


def test_back_to_the_first_one_compares_the_first_answers_sources(bot):
    assert lead(bot, "What share were mobilised?", "Contract share?", "What about officers?",
                "Back to the first one: same number in both sources?") in {"mobilised-share-news", "mobilised-share-blog"}


def test_back_to_the_previous_one_is_the_answer_before_the_last(bot):
    assert lead(bot, TOTAL, WEEKLY, FOREIGN, "back to the previous one: who publishes it?") == "weekly-surrender-average"


def test_back_to_the_first_with_nothing_before_is_read_as_asked(bot):
    # no earlier answer to go back to: the question is read as it stands, not refused for it
    assert lead(bot, "Back to the first number: how many were captured by the end of 2025?") == "captured-by-end-2025"


@pytest.mark.parametrize("q", ["what exactly are the Geneva Conventions?", "what exactly is a contract soldier?",
                               "And what exactly are the Geneva Conventions, for pupils who have never heard of them?"])
def test_what_exactly_is_a_term_is_asked_as_what_it_means(bot, q):
    # "exactly" had kept the question from being read as a definition: it was answered with a fact that uses the term
    # without explaining it (the Geneva guarantee, the contract soldiers' share)
    reply = conversation(bot, q)
    assert not reply.answered and reply.reason == "not-covered"
    assert "do not explain" in reply.message


@pytest.mark.parametrize("q", ["how many russian soldiers got caught altogether i need a number for my poster",
                               "how many russian soldiers have been captured altogether, for my homework?",
                               "how many russian soldiers were captured in total, for listeners who missed it?"])
def test_what_the_answer_is_for_said_after_the_question_is_not_asked(bot, q):
    # "…, I need a number for my poster": the poster had been read as part of what is asked, and the question refused
    assert lead(bot, q) == "captured-by-end-2025"


@pytest.mark.parametrize("q, fact", [("Something about 2024 being the record year for surrenders?", "record-year-2025"),
                                     ("There was a bit about soldiers wearing red armbands to mark them as deserters?", "infected-armbands"),
                                     ("there was something in the blog about armbands?", "infected-armbands")])
def test_a_half_remembered_claim_is_checked_against_the_fact(bot, q, fact):
    # "something about …?", "there was a bit about …?": a claim half-remembered, with a detail wrong (2024, red, deserters);
    # the fact it misremembers answers it (it had been refused: the wrong detail was read as what is asked)
    assert lead(bot, q) == fact


def test_a_half_remembered_claim_no_fact_makes_is_still_refused(bot):
    assert not conversation(bot, "there was a bit about a prison camp in Lviv?").answered


@pytest.mark.parametrize("q", ["how many were generals?", "How many of them were generals or colonels?", "what share were women?"])
def test_a_count_of_a_group_no_fact_counts_is_refused(bot, q):
    # what is counted said after the verb ("how many were GENERALS?"): "generals" had matched the General Staff's name,
    # and the question was answered with its casualty estimate
    assert not conversation(bot, q).answered


@pytest.mark.parametrize("q, facts", [("how many were officers?", {"officers-share-news", "officers-share-blog"}),
                                      ("how many were foreigners?", {"mercenaries-news", "foreign-fighters-blog"})])
def test_a_count_of_a_group_a_fact_counts_is_still_answered(bot, q, facts):
    assert lead(bot, q) in facts


@pytest.mark.parametrize("q, source", [("what is the news report about?", "source:news-record-surrenders"),
                                       ("what's the blog post mainly about?", "source:blog-mass-surrenders")])
def test_what_one_article_is_about_is_its_record(bot, q, source):
    # it had been refused (only "what are the articles about?" was read as about the articles themselves)
    assert lead(bot, q) == source


@pytest.mark.parametrize("follow_up", ["do they get food?", "do they see a doctor?"])
def test_a_yes_no_on_what_was_just_shown_stays_on_it(bot, follow_up):
    # after the Geneva guarantee (food, medical care), "do they get food?" is about the prisoners it guarantees them to; it
    # had led with the Russian army's food shortage, which holds the same words
    assert lead(bot, "how are prisoners treated?", follow_up) == "geneva-treatment-guarantee"


def test_back_to_a_topic_the_last_answer_is_not_about_is_asked_of_that_topic(bot):
    # "them" is the casualties named, not the places of capture just given (it had been answered with who says Donetsk)
    assert lead(bot, "how many russians died?", "where are most captured?",
                "back to the casualties: who counts them?") == "casualties-general-staff"


def test_back_to_a_topic_answered_earlier_asks_about_that_answer(bot):
    assert lead(bot, "What is I want to live?", "how many surrender each week?", "what share were officers?",
                "ok back to the weekly figure, who publishes it?") == "weekly-surrender-average"


def test_back_to_the_first_question_is_not_read_as_a_topic(bot):
    assert lead(bot, "how many prisoners are there?", "what share were officers?",
                "going back to the first question, is that figure reliable?") == "captured-by-end-2025"


@pytest.mark.parametrize("q, facts", [("do they agree on why soldiers surrender?", {"surrender-as-survival", "conditions-in-russian-army"}),
                                      ("do the articles agree on how soldiers surrender?", {"iwtl-channels", "iwtl-path-to-surrender"}),
                                      ("do the articles differ on how soldiers surrender?", {"iwtl-channels", "iwtl-path-to-surrender"})])
def test_agree_on_why_or_how_asks_the_reasons_or_ways(bot, q, facts):
    # the why or how inside "do they agree on…" had been lost: the question was read as any comparison of the two
    # articles and answered with their chronic-illness counts
    assert lead(bot, q) in facts


def test_agree_on_a_figure_is_still_the_two_versions_side_by_side(bot):
    reply = conversation(bot, "do they agree on the officers share?")
    assert {s.fact_id for s in reply.statements[:2]} == {"officers-share-news", "officers-share-blog"}
