"""Replies are assembled from facts: statements word for word, framings without figures."""
from __future__ import annotations

import re

import pytest

from webapp.bot.evaluate import load_items
from webapp.bot.reply import REFUSALS, SMALLTALK
from webapp.numbers import NUMBER_WORDS, parse_numbers, same

NUMBER = re.compile(r"\d")


@pytest.fixture
def replies(bot):
    out = []
    for item in load_items():
        context = bot.answer(item["after"])[1] if item.get("after") else None
        out.append((item, bot.answer(item["q"], context)[0]))
    return out


def carried(fact) -> list[float]:
    return [n for g in fact.figures for n in g.numbers] + parse_numbers(fact.statement)


def test_the_bots_own_words_hold_no_figures():
    for text in list(SMALLTALK.values()) + list(REFUSALS.values()):
        assert not NUMBER.search(text)
        assert not set(re.findall(r"[a-z]+", text.lower())) & NUMBER_WORDS, text


def test_every_statement_is_its_facts_statement_with_its_claimant_and_citations(bot, replies):
    for _, reply in replies:
        assert not NUMBER.search(reply.message)
        assert len(reply.statements) <= 3 and len(reply.related) <= 3 and len(reply.suggestions) <= 3
        for st in reply.statements + reply.related:
            fact = bot.store.facts[st.fact_id]
            assert st.text == fact.statement and st.claimant == fact.claimant and st.url == f"/facts/{fact.id}"
            assert [(c["source_id"], c["paragraph"]) for c in st.citations] == \
                [(c.source_id, c.paragraph) for c in fact.citations]


def test_no_figure_in_a_reply_that_its_fact_does_not_carry(bot, replies):
    for _, reply in replies:
        for st in reply.statements + reply.related:
            fact = bot.store.facts[st.fact_id]
            for n in parse_numbers(st.text):
                assert any(same(n, c) for c in carried(fact)), (st.fact_id, n)


def test_a_number_in_the_question_is_echoed_only_when_a_fact_carries_it(bot, replies):
    asked = [(item, reply) for item, reply in replies if parse_numbers(item["q"])]
    assert len(asked) >= 10
    for item, reply in asked:
        shown = reply.statements + reply.related
        for n in parse_numbers(item["q"]):
            for st in shown:
                if any(same(n, x) for x in parse_numbers(st.text)):
                    assert any(same(n, c) for c in carried(bot.store.facts[st.fact_id]))
            assert not any(same(n, x) for x in parse_numbers(reply.message))


def test_an_opinion_is_labelled_with_its_author(bot):
    reply, _ = bot.answer("what does the author think about morale and belief")
    assert reply.answered and all(s.kind == "opinion" for s in reply.statements)
    assert re.search(r"opinions? of the blog post's author", reply.message)


def test_differing_sources_are_shown_side_by_side(bot):
    reply, _ = bot.answer("what share of the prisoners were contract soldiers")
    assert {s.fact_id for s in reply.statements} >= {"contract-share-news", "contract-share-blog"}
    assert "side by side" in reply.message
    assert {s.citations[0]["source_id"] for s in reply.statements} == {"news-record-surrenders", "blog-mass-surrenders"}


def test_every_suggestion_is_a_question_the_bot_answers(bot):
    assert 3 <= len(bot.store.lexicon.suggestions)
    for q in bot.store.lexicon.suggestions:
        reply, _ = bot.answer(q)
        assert reply.answered, q


def test_a_refusal_offers_related_facts_and_suggestions(bot):
    reply, _ = bot.answer("what percentage of prisoners are women")
    assert not reply.answered and reply.statements == []
    assert 1 <= len(reply.suggestions) <= 3 and len(reply.related) <= 3
