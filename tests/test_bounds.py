"""Wrong figures that a qualifier makes true (WALK-9, findings 3 and 16): a lower bound's distractors
are larger, an upper bound's smaller, none rounds to the true figure, and no true/false statement is
keyed false for moving a bound. The generator obeys the rule; `questions check` reports hand-written
questions that break it."""
from __future__ import annotations

import re
import shutil

import pytest
import yaml
from click.testing import CliRunner

from webapp import bounds
from webapp.bank import generate, load_bank
from webapp.cli import questions_cli
from webapp.config import PROJECT_ROOT
from webapp.schemas import Figure, Question


def fig(value, qualifier="exact", unit="soldiers"):
    return Figure(value=value, unit=unit, qualifier=qualifier, text=str(value))


def by_id(store):
    return {q.id: q for q in generate(store)}


def wrong_numbers(q: Question) -> list[float]:
    return [float(x.replace(",", "")) for o in q.options if o.id != q.answer
            for x in re.findall(r"\d[\d,]*(?:\.\d+)?", o.text)]


def test_which_qualifiers_are_bounds():
    assert [bounds.bound(w) for w in ("more than", "over", "at least")] == ["lower"] * 3
    assert [bounds.bound(w) for w in ("up to", "fewer than", "less than", "as high as")] == ["upper"] * 4
    # "almost 420,000" is just under 420,000: both 210,000 and 630,000 are false of it
    assert [bounds.bound(w) for w in ("almost", "nearly", "about", "only", "exact")] == [None] * 5


def test_a_wrong_figure_is_on_the_side_the_bound_does_not_allow():
    assert not bounds.fair_wrong((5000,), fig(10000, "more than"))  # "more than 5,000" is true
    assert bounds.fair_wrong((15000,), fig(10000, "more than"))
    assert not bounds.fair_wrong((99,), fig(76, "as high as", "percent"))  # "as much as 99%" is true too
    assert bounds.fair_wrong((19,), fig(76, "as high as", "percent"))
    assert bounds.fair_wrong((210000,), fig(420000, "almost")) and bounds.fair_wrong((630000,), fig(420000, "almost"))


def test_a_wrong_figure_is_clearly_different_from_the_true_one():
    assert bounds.rounds_to(1, 0.8) and bounds.rounds_to(12000, 10000) and not bounds.rounds_to(15000, 10000)
    assert not bounds.fair_wrong((1,), fig(0.8, "only", "percent"))  # "about 1%" is what a student remembers
    assert bounds.fair_wrong((0.5,), fig(0.8, "only", "percent"))
    assert not bounds.fair_wrong((10,), fig(7, "roughly", "percent"))  # hedged: at least half as much again
    assert bounds.fair_wrong((4,), fig(5, "exact", "percent"))
    # a share near 100% is told apart by what it leaves: 83% and 97% leave 17% and 3%
    assert not bounds.too_close(97, 83, True, percent=True) and bounds.too_close(90, 83, True, percent=True)
    # a range must not overlap the true one
    rng = Figure(low=60, high=90, unit="soldiers per week", text="60 to 90")
    assert not bounds.fair_wrong((90, 140), rng) and bounds.fair_wrong((15, 22), rng)


def test_no_false_statement_moves_a_bound_but_a_lower_bound_may_be_turned_round():
    assert not bounds.may_be_false(fig(10000, "more than")) and not bounds.may_be_false(fig(76, "as high as"))
    assert bounds.may_be_false(fig(420000, "almost"))
    text = "It counts more than 10,000 soldiers."
    assert bounds.reversed_bound(text, text.index("10,000"), fig(10000, "more than")) == \
        "It counts fewer than 10,000 soldiers."
    text = "Over 40% agree."
    assert bounds.reversed_bound(text, text.index("40"), fig(40, "over", "percent")) == "Less than 40% agree."
    assert bounds.reversed_bound("As much as 76%", 11, fig(76, "as high as", "percent")) is None


def test_a_hand_written_false_statement_may_turn_a_lower_bound_round(store):
    from webapp.bank import check_question
    base = dict(id="probe", type="truefalse", fact_ids=["pows-returned-in-exchanges"], answer=False,
                contradicts="pows-returned-in-exchanges", explanation="See the fact.", difficulty=1,
                topics=["exchanges"])
    turned = Question.model_validate({**base, "prompt": "According to the news report, the Coordination "
                                                        "Headquarters says fewer than 6,000 have gone back."})
    assert check_question(turned, store) == [] and bounds.question_problems(turned, store) == []
    same = Question.model_validate({**base, "prompt": "According to the news report, the Coordination "
                                                      "Headquarters says more than 6,000 have gone back."})
    assert any("must change a figure" in m for _, m in check_question(same, store))


def test_generated_lower_bound_items_offer_only_larger_figures_and_no_false_statement(store):
    gen = by_id(store)
    for fact_id in ("captured-by-end-2025", "pows-returned-in-exchanges"):
        choice = gen[f"gen-{fact_id}-1-choice"]
        truth = store.facts[fact_id].figures[0].value
        assert len(choice.options) == 4 and all(n > truth for n in wrong_numbers(choice)), choice.options
        # false only with the bound turned round, never with a larger "more than"
        false = gen[f"gen-{fact_id}-1-false"]
        assert f"fewer than {truth:,.0f} " in false.prompt and "more than" not in false.prompt
        figures = {n for g in store.facts[fact_id].figures for n in g.numbers}
        assert {float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*", false.prompt)} <= figures
    assert "from fewer than 40 countries" in gen["gen-foreign-fighters-blog-2-false"].prompt
    # "as much as 76%" caps the share: only smaller wrong figures, and no false statement at all
    assert all(n < 76 for n in wrong_numbers(gen["gen-contract-share-news-1-choice"]))
    assert "gen-contract-share-news-1-false" not in gen and "gen-contract-share-news-1-true" in gen


def test_generated_distractors_do_not_round_to_the_figure(store):
    gen = by_id(store)
    territory = gen["gen-territory-taken-2025-1-choice"]  # Syrskii's "only 0.8 percent"
    assert "1%" not in [o.text for o in territory.options]
    assert " 1 percent" not in gen["gen-territory-taken-2025-1-false"].prompt


@pytest.mark.parametrize("seed", [2025, 1, 2, 3, 4, 5])
def test_every_generated_question_passes_the_hand_written_check(store, seed):
    for q in generate(store, seed=seed):
        assert bounds.question_problems(q, store) == [], q.id
        if q.type == "single":
            for (f, i) in [(q.fact_ids[0], int(q.id.rsplit("-", 2)[-2]))]:
                g = store.facts[f].figures[i - 1]
                wrong = [tuple(float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", o.text))
                         for o in q.options if o.id != q.answer]
                assert all(bounds.fair_wrong(w, g) for w in wrong), (q.id, wrong)
        if q.type == "truefalse" and q.answer is False:
            g = store.facts[q.fact_ids[0]].figures[int(q.id.rsplit("-", 2)[-2]) - 1]
            assert bounds.may_be_false(g) or ("fewer than" in q.prompt or "less than" in q.prompt), q.id


def choice(options, answer="a", facts=("pows-returned-in-exchanges",)):
    return Question.model_validate(dict(
        id="probe", type="single", prompt="According to the news report, how many?", fact_ids=list(facts),
        options=[{"id": k, "text": t} for k, t in options], answer=answer, explanation="See the fact.",
        difficulty=1, topics=["exchanges"]))


def test_the_check_reports_a_hand_written_wrong_option_that_a_bound_makes_true(store):
    q = choice([("a", "Over 6,000"), ("b", "Over 2,000"), ("c", "Over 15,000")])
    problems = bounds.question_problems(q, store)
    assert problems == [("options.b", "'Over 2,000' is true too: the article's figure is over 6,000, a lower "
                                      "bound (a wrong figure must be larger)")]
    # a wrong option that states its own, contradicting qualifier is false as it stands
    q = choice([("a", "More than 40 countries"), ("b", "Exactly 12 countries"), ("c", "Over 100 countries")],
               facts=("foreign-fighters-blog",))
    assert bounds.question_problems(q, store) == []
    # worded like the right option, a near figure is reported too
    q = choice([("a", "Only 0.8%"), ("b", "Only 1%"), ("c", "Only 19%")], facts=("territory-taken-2025",))
    assert [f for f, _ in bounds.question_problems(q, store)] == ["options.b"]


def test_the_check_reports_a_statement_keyed_false_that_moves_a_bound(store):
    base = dict(id="probe", type="truefalse", fact_ids=["captured-by-end-2025"], answer=False,
                contradicts="captured-by-end-2025", explanation="See the fact.", difficulty=1, topics=["scale"])
    moved = Question.model_validate({**base, "prompt": "The blog post says more than 15,000 were captured."})
    assert "only moves a bound" in bounds.question_problems(moved, store)[0][1]
    other = Question.model_validate({**base, "prompt": "The blog post says exactly 500 were captured."})
    assert bounds.question_problems(other, store) == []


def test_questions_check_lists_them_and_refuses_them_only_when_strict(app, tmp_path):
    qdir = tmp_path / "questions"
    shutil.copytree(PROJECT_ROOT / "questions", qdir)
    probe = choice([("a", "Over 6,000"), ("b", "Over 2,000"), ("c", "Over 15,000")]).model_dump(
        mode="json", exclude_defaults=True)
    probe.update(id="probe-over-2000", topics=["exchanges"])
    (qdir / "zz-probe.yaml").write_text(yaml.safe_dump({"questions": [probe]}))
    args = ["check", "--content", str(PROJECT_ROOT / "content"), "--questions", str(qdir)]
    with app.app_context():
        result = CliRunner().invoke(questions_cli, args)  # output holds stderr too (click 8.2+)
        strict = CliRunner().invoke(questions_cli, args + ["--strict"])
    assert result.exit_code == 0, result.output
    assert "questions check: OK" in result.output
    assert "zz-probe.yaml › probe-over-2000 › options.b: 'Over 2,000' is true too" in result.output
    assert strict.exit_code == 1


def test_no_hand_written_question_in_the_bank_marks_a_true_figure_wrong(store):
    # 'Over 2,000' was a wrong option beside 'Over 6,000' until a careful reader of the articles saw it (WALK-9)
    bank = load_bank(PROJECT_ROOT / "questions", store, seed=2025)
    hand_written = [q for q in bank.questions.values() if not q.id.startswith("gen-")]
    assert len(hand_written) >= 90
    assert [p for q in hand_written for p in bounds.question_problems(q, store)] == []
