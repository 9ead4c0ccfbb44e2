"""The question bank: every question is checked against the facts it cites, and the generator is
honest and repeatable. Runs on the made-up harbour subject so each rule is visible in a few lines."""
from __future__ import annotations

import pytest
import yaml

from webapp.bank import check_question, coverage_problems, generate, load_bank
from webapp.facts import ContentError, load_store
from webapp.schemas import Question

from .conftest import MINI

QFILE = "questions/harbour.yaml"


@pytest.fixture(scope="module")
def mini_store():
    return load_store(MINI / "content", MINI / "texts")


def q(**kw) -> Question:
    base = dict(id="probe", prompt="A question.", fact_ids=["boats-registered"], explanation="See the fact.",
                difficulty=1, topics=["boats"])
    base.update(kw)
    return Question.model_validate(base)


def messages(question, store) -> list[str]:
    return [f"{field}: {msg}" for field, msg in check_question(question, store)]


def test_the_fixture_bank_loads_with_its_generated_questions(mini_store):
    bank = load_bank(MINI / "questions", mini_store)
    assert len(bank.authored) == 8
    assert bank.generated and all(g.id.startswith("gen-") for g in bank.generated)
    assert {q.type for q in bank.authored} == {"single", "multiple", "truefalse", "numeric", "shortanswer", "ordering", "matching"}


def test_a_numeric_answer_must_be_a_cited_figure(mini_store):
    assert messages(q(type="numeric", answer=412, unit="boats"), mini_store) == []
    assert any("matches no figure" in m for m in messages(q(type="numeric", answer=413, unit="boats"), mini_store))
    # within its tolerance is fine; in the wrong unit is not
    assert messages(q(type="numeric", answer=410, tolerance=5, unit="boats"), mini_store) == []
    assert any("unit" in m for m in messages(q(type="numeric", answer=412, unit="visitors"), mini_store))


def test_an_unknown_fact_is_named(mini_store):
    assert messages(q(type="numeric", answer=412, unit="boats", fact_ids=["no-such-fact"]), mini_store) == \
        ["fact_ids: unknown fact 'no-such-fact'"]


def test_a_distractor_equal_to_the_truth_is_refused(mini_store):
    bad = q(type="single", answer="a", options=[{"id": "a", "text": "412"}, {"id": "b", "text": "about 30%"}])
    assert any("distractor states 30" in m for m in messages(bad, mini_store))


def test_a_correct_option_must_state_a_cited_figure_or_name_its_fact(mini_store):
    wrong_figure = q(type="single", answer="a", options=[{"id": "a", "text": "400"}, {"id": "b", "text": "900"}])
    assert any("no cited fact carries" in m for m in messages(wrong_figure, mini_store))
    no_fact = q(type="single", answer="a", options=[{"id": "a", "text": "More boats"}, {"id": "b", "text": "Fewer"}])
    assert any("must name the fact" in m for m in messages(no_fact, mini_store))
    named = q(type="single", answer="a",
              options=[{"id": "a", "text": "More boats", "fact": "boats-registered"}, {"id": "b", "text": "Fewer"}])
    assert messages(named, mini_store) == []


def test_true_false_statements_are_tied_to_facts(mini_store):
    assert messages(q(type="truefalse", prompt="The harbour has 412 boats.", answer=True), mini_store) == []
    # "true" with a figure no fact carries
    assert any("no cited fact carries" in m
               for m in messages(q(type="truefalse", prompt="The harbour has 500 boats.", answer=True), mini_store))
    # "false" that still states the fact's own figure contradicts nothing
    same = q(type="truefalse", prompt="The harbour has 412 boats.", answer=False, contradicts="boats-registered")
    assert any("must change a figure" in m for m in messages(same, mini_store))
    changed = q(type="truefalse", prompt="The harbour has 500 boats.", answer=False, contradicts="boats-registered")
    assert messages(changed, mini_store) == []


def test_an_ordering_must_follow_the_figures(mini_store):
    items = [{"id": "x", "text": "Visitors", "figure": "regatta-visitors"},
             {"id": "y", "text": "Boats", "figure": "boats-registered"},
             {"id": "z", "text": "Growth", "figure": "boats-registered.2"}]
    ok = q(type="ordering", fact_ids=["boats-registered", "regatta-visitors"], items=items, answer=["x", "y", "z"])
    assert messages(ok, mini_store) == []
    bad = q(type="ordering", fact_ids=["boats-registered", "regatta-visitors"], items=items, answer=["y", "x", "z"])
    assert any("rank x, y, z" in m for m in messages(bad, mini_store))


def test_a_matching_left_side_is_its_figure(mini_store):
    pairs = [{"id": "p", "left": "412", "right": "boats", "figure": "boats-registered"},
             {"id": "q", "left": "31%", "right": "growth", "figure": "boats-registered.2"},
             {"id": "r", "left": "1,200", "right": "visitors", "figure": "regatta-visitors"}]
    bad = q(type="matching", fact_ids=["boats-registered", "regatta-visitors"], pairs=pairs)
    assert messages(bad, mini_store) == ["pairs.q: left side states 31, which is not its figure"]


def test_explanations_carry_figures_only_as_references(mini_store):
    bad = q(type="numeric", answer=412, unit="boats", explanation="There are 412 boats.")
    assert any("references, not digits" in m for m in messages(bad, mini_store))
    good = q(type="numeric", answer=412, unit="boats", explanation="There are {{boats-registered}} boats.")
    assert messages(good, mini_store) == []


def test_broken_question_files_are_refused_with_the_question_id(mini_content):
    store = load_store(mini_content / "content", mini_content / "texts")
    path = mini_content / QFILE
    data = yaml.safe_load(path.read_text())
    data["questions"][0]["answer"] = 999
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(ContentError) as e:
        load_bank(mini_content / "questions", store)
    assert [str(p) for p in e.value.problems] == [
        "harbour.yaml › harbour-boat-count › answer: 999 (± 0) matches no figure of the cited facts"]


def test_a_malformed_question_file_is_reported_not_crashed(mini_content):
    store = load_store(mini_content / "content", mini_content / "texts")
    (mini_content / QFILE).write_text("questions:\n  - id: x\n    type: essay\n")
    with pytest.raises(ContentError) as e:
        load_bank(mini_content / "questions", store)
    assert all(p.file == "harbour.yaml" for p in e.value.problems)
    assert any("type" in p.field for p in e.value.problems)


def test_coverage_names_the_figure_fact_and_module_without_a_question(mini_store):
    only_boats = [q(type="numeric", answer=412, unit="boats")]
    assert [(p.record, p.field) for p in coverage_problems(only_boats, mini_store)] == [("regatta-visitors", "coverage")]


def test_generator_is_deterministic_for_a_seed(mini_store):
    a = [x.model_dump() for x in generate(mini_store, seed=7)]
    b = [x.model_dump() for x in generate(mini_store, seed=7)]
    c = [x.model_dump() for x in generate(mini_store, seed=8)]
    assert a == b
    assert [x["id"] for x in a] == [x["id"] for x in c]  # same questions, other shuffles
    assert a != c


def test_generated_distractors_are_never_a_true_figure_of_the_fact(mini_store):
    for seed in range(30):
        for g in generate(mini_store, seed=seed):
            assert g.origin == "generated"
            assert check_question(g, mini_store) == []
            if g.type == "single":
                truth = {n for f in g.fact_ids for fig in mini_store.facts[f].figures for n in fig.numbers}
                for o in g.options:
                    if o.id != g.answer:
                        nums = [float(x.replace(",", "").rstrip("%")) for x in o.text.split(" to ")]
                        assert not any(abs(n - t) <= 0.1 * t for n in nums for t in truth), (g.id, o.text)


def test_generated_false_statements_name_the_fact_they_contradict(mini_store):
    falses = [g for g in generate(mini_store) if g.type == "truefalse" and g.answer is False]
    assert falses and all(g.contradicts in g.fact_ids for g in falses)


def test_the_real_bank_passes_its_checks(app):
    bank = app.extensions["sourced"].bank
    assert len(bank.authored) >= 80
    assert bank.generated
    store = app.extensions["sourced"].store
    assert coverage_problems(bank.authored, store) == []
