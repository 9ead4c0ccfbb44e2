"""The content-check rules of issue 12: each catches, by its shape, a defect a careful reading found
in the content as it was, and the content as it is now passes them all."""
from __future__ import annotations

from pathlib import Path

import pytest

from webapp import content_rules as rules
from webapp.bank import framing_rules
from webapp.facts import ALLOWED_FORMULA_CONSTANTS, read_paragraphs
from webapp.schemas import Question


@pytest.fixture
def paragraphs(store, seeds):
    return {s.id: read_paragraphs(Path(seeds) / s.file) for s in store.sources.values()}


def with_(fact, **changes):
    return fact.model_copy(update=changes)


def test_a_claimant_naming_a_body_the_paragraph_does_not_name_is_refused(store, paragraphs):
    old = with_(store.facts["rank-and-file-share-blog"],
                claimant="the blog post's author (figures credited to Ukrainian bodies)")
    [p] = rules.claimant_problems("f.yaml", old, paragraphs)
    assert "'bodies'" in p.message and "no source given" in p.message
    # the news report calls it only "the Coordination Headquarters": the full name is not in paragraph 9
    full = with_(store.facts["pows-returned-in-exchanges"],
                 claimant="Ukraine's Coordination Headquarters for the Treatment of Prisoners of War")
    assert rules.claimant_problems("f.yaml", full, paragraphs)


def test_every_claimant_now_names_only_who_its_paragraphs_name(store, paragraphs):
    problems = [p for f in store.facts.values() for p in rules.claimant_problems("f", f, paragraphs)]
    assert problems == []


def test_a_fact_cited_to_one_article_may_not_remark_on_the_other(store):
    old = with_(store.facts["nco-share-news"], statement=(
        "In the same breakdown, 13% of the prisoners were non-commissioned officers; the blog post "
        "leaves this group out."))
    [p] = rules.statement_names_uncited_article("f.yaml", old, store.sources)
    assert "the blog post" in p.message and "blog-mass-surrenders" in p.message
    assert all(not rules.statement_names_uncited_article("f", f, store.sources) for f in store.facts.values())


def test_a_computed_figure_is_no_more_precise_than_its_inputs(store):
    fact = store.facts["territory-taken-2025-area"]
    old = fact.figures[0].model_copy(update={"value": 4828.4, "approximate": False})
    problems = rules.derived_precision_problems("f", fact, 1, old, store.facts, ALLOWED_FORMULA_CONSTANTS)
    assert any("significant figures" in p.message and "5000" in p.message for p in problems)
    assert rules.derived_precision_problems("f", fact, 1, fact.figures[0], store.facts, ALLOWED_FORMULA_CONSTANTS) == []


def test_a_figure_computed_from_hedged_shares_says_about(store):
    fact = store.facts["conscripts-rest-blog"]
    old = fact.figures[0].model_copy(update={"approximate": False})
    [p] = rules.derived_precision_problems("f", fact, 1, old, store.facts, ALLOWED_FORMULA_CONSTANTS)
    assert "hedged" in p.message and p.field.endswith("approximate")


@pytest.mark.parametrize("token, n", [("0.8", 1), ("603,550", 5), ("76", 2), ("5000", 1), ("4828.4", 5), ("0.25", 2)])
def test_significant_figures(token, n):
    assert rules.significant_figures(token) == n


def test_the_same_figure_in_both_articles_must_be_linked(store):
    facts = dict(store.facts)
    facts["officers-share-news"] = with_(facts["officers-share-news"], conflicts_with=[])
    facts["officers-share-blog"] = with_(facts["officers-share-blog"], conflicts_with=[])
    [p] = rules.twin_figure_problems(facts, {})
    assert p.record == "officers-share-news" and "officers-share-blog" in p.message
    assert rules.twin_figure_problems(store.facts, {}) == []


def test_a_statement_that_gives_an_opinion_is_filed_as_one(store):
    old = with_(store.facts["commanders-avoid-danger-opinion"], kind="claim")
    assert rules.opinion_kind_problems("f", old)


def question(**fields) -> Question:
    base = dict(id="rule-check", type="single", prompt="?", fact_ids=["pows-returned-in-exchanges"], explanation="x",
                difficulty=1, topics=["exchanges"])
    return Question(**{**base, **fields})


def test_a_distractor_that_is_the_answer_divided_by_ten_is_refused(store):
    q = question(prompt="The Coordination Headquarters says how many were returned?",
                 options=[{"id": "a", "text": "Over 6,000"}, {"id": "b", "text": "Over 600"}], answer="a")
    assert ("options", ) == tuple(f for f, m in framing_rules(q, store) if "times or divided by ten" in m)
    fixed = q.model_copy(update={"options": [q.options[0], q.options[1].model_copy(update={"text": "Over 2,000"})]})
    assert framing_rules(fixed, store) == []


def test_a_prompt_that_states_a_claimed_count_as_plain_fact_is_refused(store):
    q = question(prompt="How many Russian prisoners of war have gone back in exchanges agreed between Kyiv and Moscow?",
                 options=[{"id": "a", "text": "Over 6,000"}, {"id": "b", "text": "Over 2,000"}], answer="a")
    assert [f for f, m in framing_rules(q, store) if "plain fact" in m] == ["prompt"]


def test_asking_for_one_end_of_a_range_is_refused(store):
    q = question(type="numeric", prompt="The project's weekly range: what is its lower end?", options=[],
                 fact_ids=["weekly-surrender-average"], answer=60, unit="soldiers per week", topics=["pace"])
    assert [f for f, m in framing_rules(q, store) if "range" in m] == ["answer"]


def test_the_generator_makes_no_age_distractors(app):
    bank = app.extensions["sourced"].bank
    assert not [q for q in bank.generated if "prisoner-age-range" in q.fact_ids]


@pytest.mark.parametrize("body, message", [
    ("Mercenaries came from {{mercenaries-news.2|short}}.", "bare number"),
    ("They counted {{captured-by-end-2025|long}} soldiers.", "says it again"),
])
def test_a_module_reference_whose_form_breaks_the_sentence_is_refused(store, body, message):
    from webapp.facts import check_module
    from webapp.schemas import Module
    m = Module(id="form-check", title="T", summary="S", sections=[{"heading": "H", "body": body}])
    problems = check_module("m.yaml", m, store.facts)
    assert len(problems) == 1 and message in problems[0].message
