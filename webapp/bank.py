"""The question bank: load the authored questions, check each against its facts, generate more.

No Flask here. `load_bank` returns a complete, checked `Bank` or raises `ContentError` listing every
problem with the question's id — the app refuses a bad bank as it refuses broken content.

What "tied to a cited figure" means, in code (`check_question`):
- every number written in digits in a prompt, option, item or pair is a figure of a cited fact
  (distractors and the statement of a false true/false question are the exceptions, and they
  must *not* equal a cited figure);
- a numeric answer equals a cited figure within its tolerance, in that figure's unit;
- a correct option states a cited figure, or names the cited fact it states;
- a false true/false statement names the fact it contradicts;
- an ordering is the order of its items' figures; a matching pair's left side is its figure;
- explanations carry figures only as `{{fact-id.N}}` references;
- a question about an opinion says so; one about a figure the articles disagree on names the article.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from . import bounds, content_rules, qtypes
from .facts import ContentError, Problem, Store, _load_models, module_fact_ids
from .numbers import format_number, same
from .qtypes.base import DIGITS, Ties, digits_in, uncited
from .qtypes.base import cited_numbers as numbers_of
from .schemas import FACT_LINK, FIGURE_REF, Fact, Figure, Option, Question, QuestionFile

__all__ = ["DIGITS", "digits_in", "Bank", "bound_problems", "cited_numbers", "check_question", "coverage_problems", "generate",
           "check_bank", "load_bank", "export_payload"]

GENERATED_PREFIX = "gen-"
DEFAULT_SEED = 2025


@dataclass(frozen=True)
class Bank:
    """Every question the app can ask, by id: authored ones first, then generated ones."""

    questions: dict[str, Question]
    files: dict[str, str] = field(default_factory=dict)  # question id -> file it came from
    seed: int = DEFAULT_SEED

    @property
    def authored(self) -> list[Question]:
        return [q for q in self.questions.values() if q.origin == "authored"]

    @property
    def generated(self) -> list[Question]:
        return [q for q in self.questions.values() if q.origin == "generated"]

    @property
    def topics(self) -> list[str]:
        return sorted({t for q in self.questions.values() for t in q.topics})

    def for_module(self, store: Store, module_id: str) -> list[Question]:
        used = set(module_fact_ids(store.modules[module_id]))
        return [q for q in self.questions.values() if used & set(q.fact_ids)]

    def for_topic(self, topic: str) -> list[Question]:
        return [q for q in self.questions.values() if topic in q.topics]


# --- checking one question --------------------------------------------------------------------

def cited_numbers(q: Question, store: Store) -> list[float]:
    """The numbers a question may state: its cited facts' figures (and a computed figure's inputs)."""
    return numbers_of(q.fact_ids, store)


def check_question(q: Question, store: Store) -> list[tuple[str, str]]:
    """Every way `q` fails to be tied to its facts, as (field, message). Empty when it is sound.

    The rules every question follows are here; its type adds its own (`QuestionType.check`)."""
    unknown = [f for f in q.fact_ids if f not in store.facts]
    if unknown:
        return [("fact_ids", f"unknown fact {f!r}") for f in unknown]
    qtype = qtypes.get(q.type)
    ties = Ties(store, [store.facts[f] for f in q.fact_ids], cited_numbers(q, store))
    known_topics = set(store.topics)
    out = [("topics", f"unknown topic {t!r} (no fact uses it)") for t in q.topics if t not in known_topics]
    out += _explanation_problems(q, store) + _framing_problems(q, ties)
    # the prompt states only cited figures (a false statement is checked by its type instead)
    if qtype.prompt_is_checked(q) and (bad := uncited(q.prompt, ties.allowed)):
        out.append(("prompt", f"states {', '.join(bad)}, which no cited fact carries"))
    return out + qtype.check(q, ties)


def _explanation_problems(q: Question, store: Store) -> list[tuple[str, str]]:
    """An explanation is in the teacher's own words, with figures only by reference."""
    out = []
    for m in FIGURE_REF.finditer(q.explanation):
        ref = m.group(1) + (f".{m.group(2)}" if m.group(2) else "")
        if m.group(1) not in store.facts:
            out.append(("explanation", f"{{{{{ref}}}}} names an unknown fact"))
        elif int(m.group(2) or 1) > len(store.facts[m.group(1)].figures):
            out.append(("explanation", f"{{{{{ref}}}}}: that fact has no figure {int(m.group(2) or 1)}"))
    for m in FACT_LINK.finditer(q.explanation):
        if m.group(1) not in store.facts:
            out.append(("explanation", f"[[{m.group(1)}]] links an unknown fact"))
    bare = FACT_LINK.sub("", FIGURE_REF.sub("", q.explanation))
    if DIGITS.search(bare):
        out.append(("explanation", f"write figures as {{{{fact-id.N}}}} references, not digits "
                                   f"(found {DIGITS.search(bare).group(0)!r})"))
    return out


def _framing_problems(q: Question, ties: Ties) -> list[tuple[str, str]]:
    """A question about an opinion says so; one about a figure the articles disagree on names the article."""
    out = []
    if any(f.kind == "opinion" for f in ties.facts) and "opinion" not in q.prompt.lower():
        out.append(("prompt", "this question cites an opinion: the prompt must say it is the author's opinion"))
    disputed = [f for f in ties.facts if f.conflicts_with]
    if disputed:
        labels = {ties.store.sources[c.source_id].label.lower() for f in disputed for c in f.citations
                  if c.source_id in ties.store.sources}
        if not any(lbl in q.prompt.lower() for lbl in labels):
            out.append(("prompt", f"the articles differ on {', '.join(repr(f.id) for f in disputed)}: the prompt "
                                  f"must name the article it asks about ({' or '.join(sorted(repr(x) for x in labels))})"))
    return out


def framing_rules(q: Question, store: Store) -> list[tuple[str, str]]:
    """Issue 12's rules: say whose figure it is; no wrong figure that is the right one scaled by
    ten; no question that asks for one end of a range."""
    out: list[tuple[str, str]] = []
    facts = [store.facts[f] for f in q.fact_ids if f in store.facts]
    allowed = cited_numbers(q, store)
    if content_rules.unattributed_prompt(q.prompt, facts):
        out.append(("prompt", "the prompt states a figure as plain fact: say who claims it or which article gives it"))
    kind = qtypes.get(q.type)
    typed = kind.typed_answer(q)
    if typed is not None and content_rules.range_end_trivia(typed, facts):
        out.append(("answer", "the answer is one end of a range: ask about the range, not its ends"))
    right = [n for f in facts for g in f.figures for n in g.numbers]
    where, wrong = kind.wrong_figures(q, allowed)
    if (w := content_rules.scaled_distractor(wrong, right)) is not None:
        out.append((where, f"the wrong figure {format_number(w)} is a true figure times or divided by ten: "
                           "pick one the answer does not give away"))
    return out


def bound_problems(bank: Bank, store: Store) -> list[Problem]:
    """Hand-written wrong figures that a bound makes true, or that sit too close to the true figure
    (webapp/bounds.py). Reported by `questions check`, not refused: the bank's data is fixed by hand."""
    return [Problem(bank.files.get(q.id, "questions/"), q.id, fld, msg)
            for q in bank.authored for fld, msg in bounds.question_problems(q, store)]


def coverage_problems(authored: list[Question], store: Store) -> list[Problem]:
    """Every figure fact and every module needs at least one authored question."""
    cited = {f for q in authored for f in q.fact_ids}
    out = [Problem("questions/", f.id, "coverage", "no authored question cites this figure fact")
           for f in store.facts.values() if f.kind == "figure" and f.id not in cited]
    for m in store.modules.values():
        if not cited & set(module_fact_ids(m)):
            out.append(Problem("questions/", m.id, "coverage", "no authored question cites a fact this module uses"))
    return out


# --- the generator -------------------------------------------------------------------------------

# dates and years make poor fill-ins (every plausible wrong year is within a few of the truth)
# nor do ages (scaled, an age range becomes "54 to 200")
GENERATED_UNITS_SKIP = {"date", "fraction", "year", "year of the war", "years of age"}


def _spans(statement: str, g: Figure) -> list[tuple[int, int]]:
    """Where the figure's numbers sit in the statement (digits only), in order."""
    spans = []
    taken: set[int] = set()
    for n in g.numbers:
        for m in DIGITS.finditer(statement):
            if m.start() in taken:
                continue
            if same(float(m.group(0).replace(",", "")), n):
                spans.append((m.start(), m.end()))
                taken.add(m.start())
                break
        else:
            return []
    return spans


def _nice(x: float, unit: str) -> float:
    if unit == "percent":
        return float(round(x, 1)) if x < 1 else float(max(1, min(99, round(x))))
    if x >= 1000:
        return float(round(x, -2))
    if x >= 100:
        return float(round(x, -1))
    return float(round(x))


# scaling a figure: a lower bound only grows, an upper bound only shrinks (webapp/bounds.py)
_FACTORS = {"lower": [1.5, 2.0, 3.0, 4.0], "upper": [0.5, 0.25, 0.1, 0.6], None: [0.5, 2.0, 1.5, 0.25, 3.0, 0.6]}


def _distractor_values(g: Figure, fact: Fact, store: Store, rng: random.Random, k: int = 3) -> list[tuple[float, ...]]:
    """Plausible wrong figures: other facts' figures of the same unit, then scaled values. Each is
    one the qualifier does not make true (larger than a lower bound, smaller than an upper one) and
    clearly different from every figure of the fact itself (`bounds.fair_wrong`)."""
    truth = [n for n in g.numbers]
    own = [h for h in fact.figures if len(h.numbers) == len(truth)]

    def fair(vals: tuple[float, ...]) -> bool:
        return bounds.fair_wrong(vals, g) and all(
            not bounds.too_close(v, t, bounds.hedged(h), h.unit == "percent") for h in own for v, t in zip(vals, h.numbers))

    pool: list[tuple[float, ...]] = []
    for other in store.facts.values():
        if other.id == fact.id:
            continue
        for h in other.figures:
            if h.unit == g.unit and len(h.numbers) == len(truth) and h.numbers and not h.derived:
                pool.append(tuple(h.numbers))
    rng.shuffle(pool)
    chosen: list[tuple[float, ...]] = []
    for vals in pool:
        if fair(vals) and vals not in chosen:
            chosen.append(vals)
        if len(chosen) >= k - 1:
            break
    factors = list(_FACTORS[bounds.bound(g.qualifier)])
    rng.shuffle(factors)
    for fct in factors:
        if len(chosen) >= k:
            break
        vals = tuple(_nice(t * fct, g.unit) for t in truth)
        if g.unit == "percent" and any(v >= 100 for v in vals):
            continue
        if fair(vals) and vals not in chosen and len(set(vals)) == len(vals):
            chosen.append(vals)
    return chosen[:k]


def _show(vals: tuple[float, ...], unit: str) -> str:
    sign = "%" if unit == "percent" else ""
    return " to ".join(f"{format_number(v)}{sign}" for v in vals)


def _replace(statement: str, spans: list[tuple[int, int]], repl: list[str]) -> str:
    out, last = [], 0
    for (s, e), r in zip(spans, repl):
        out += [statement[last:s], r]
        last = e
    out.append(statement[last:])
    return "".join(out)


def _source_label(fact: Fact, store: Store) -> str:
    return store.sources[fact.citations[0].source_id].label


def generate(store: Store, seed: int = DEFAULT_SEED) -> list[Question]:
    """Build questions from the facts themselves, deterministically for a given seed.

    For each reported figure that the fact's statement writes in digits: a numeric fill-in (single
    values only), a single-choice fill-in with honest distractors, and a true/false pair (the
    statement as it is, and with the figure changed). A figure given as a bound ("more than
    10,000") is false only with the bound turned round ("fewer than 10,000"): no other number after
    "more than" contradicts it. An upper bound gets no false statement."""
    out: list[Question] = []
    for fact in store.facts.values():
        if fact.kind not in ("figure", "claim"):
            continue
        for i, g in enumerate(fact.figures, 1):
            if g.derived or g.unit in GENERATED_UNITS_SKIP or not g.numbers:
                continue
            spans = _spans(fact.statement, g)
            if not spans:
                continue
            rng = random.Random(f"{seed}:{fact.id}:{i}")
            label = _source_label(fact, store)
            base = f"{GENERATED_PREFIX}{fact.id}-{i}"
            common = dict(fact_ids=[fact.id], topics=list(fact.topics), origin="generated")
            ref = f"{fact.id}.{i}" if i > 1 else fact.id
            explanation = (f"{fact.claimant[0].upper()}{fact.claimant[1:]} gives {{{{{ref}}}}}; "
                           f"see [[{fact.id}|the fact and where it was reported]].")
            cloze = _replace(fact.statement, spans, ["____"] * len(spans))
            if len(g.numbers) == 1:
                out.append(Question(
                    id=f"{base}-num", type="numeric", difficulty=3, explanation=explanation,
                    prompt=f"Fill in the missing figure ({g.unit}), from {label}: {cloze}",
                    answer=g.numbers[0], tolerance=0, unit=g.unit, **common))
            wrong = _distractor_values(g, fact, store, rng)
            if len(wrong) >= 2:
                opts = [(tuple(g.numbers), True)] + [(w, False) for w in wrong]
                rng.shuffle(opts)
                options = [Option(id=f"o{k}", text=_show(v, g.unit)) for k, (v, _) in enumerate(opts)]
                answer = next(f"o{k}" for k, (_, ok) in enumerate(opts) if ok)
                out.append(Question(
                    id=f"{base}-choice", type="single", difficulty=2, explanation=explanation,
                    prompt=f"Which figure completes this statement from {label}? {cloze}",
                    options=options, answer=answer, **common))
                out.append(Question(
                    id=f"{base}-true", type="truefalse", difficulty=1, explanation=explanation,
                    prompt=_true_or_false(label, fact.statement), answer=True, **common))
                if bounds.may_be_false(g):
                    perturbed = _replace(fact.statement, spans, [format_number(v) for v in wrong[-1]])
                else:  # moving a bound does not make it false; turning a lower bound round does
                    perturbed = bounds.reversed_bound(fact.statement, spans[0][0], g)
                    if perturbed is None:
                        continue
                out.append(Question(
                    id=f"{base}-false", type="truefalse", difficulty=1, explanation=explanation,
                    prompt=_true_or_false(label, perturbed), answer=False,
                    contradicts=fact.id, **common))
    return out


def _true_or_false(label: str, statement: str) -> str:
    """'True or false? …': the outlet is named once, by the statement when it names it already (walk 16: "True or
    false, according to the news report: … as the news report relays")."""
    if label.lower() in statement.lower():
        return f"True or false? {statement}"
    return f"True or false, according to {label}: {statement}"


# --- loading ---------------------------------------------------------------------------------------

def check_bank(questions: Iterable[tuple[str, Question]], store: Store) -> list[Problem]:
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for rel, q in questions:
        if q.id in seen:
            problems.append(Problem(rel, q.id, "id", f"duplicate question id (also in {seen[q.id]})"))
            continue
        seen[q.id] = rel
        if q.origin == "authored" and q.id.startswith(GENERATED_PREFIX):
            problems.append(Problem(rel, q.id, "id", f"ids starting {GENERATED_PREFIX!r} are kept for generated questions"))
        for fld, msg in check_question(q, store):
            problems.append(Problem(rel, q.id, fld, msg))
        # the bank's own questions meet issue 12's framing rules too (a teacher's draft is checked
        # live by check_question alone)
        if not any(p.record == q.id for p in problems):
            for fld, msg in framing_rules(q, store):
                problems.append(Problem(rel, q.id, fld, msg))
    return problems


def load_bank(questions_dir: Path | str, store: Store, seed: int = DEFAULT_SEED,
              with_generated: bool = True, coverage: bool = True) -> Bank:
    """Read and check every question file, add the generated questions; raise ContentError on any problem."""
    root = Path(questions_dir)
    problems: list[Problem] = []
    if not root.is_dir():
        raise ContentError([Problem(str(root), "", "", "questions directory not found")])
    authored: list[tuple[str, Question]] = []
    for rel, qf in _load_models(root, root, QuestionFile, problems):
        authored += [(rel, q) for q in qf.questions]
    generated = [("(generated)", q) for q in (generate(store, seed) if with_generated else [])]
    problems += check_bank(authored + generated, store)
    if coverage and not problems:
        problems += coverage_problems([q for _, q in authored], store)
    if problems:
        raise ContentError(problems)
    return Bank(questions={q.id: q for _, q in authored + generated},
                files={q.id: rel for rel, q in authored + generated}, seed=seed)


def export_payload(bank) -> dict:
    """The whole bank, answers included — for teachers' tools only, never a public page."""
    out = []
    for q in bank.questions.values():
        d = {"id": q.id, "type": q.type, "prompt": q.prompt,
             "options": [o.model_dump(mode="json", exclude_none=True) for o in q.options],
             "answer": q.answer, "fact_ids": list(q.fact_ids), "origin": q.origin, "topics": list(q.topics)}
        d.update(qtypes.get(q.type).payload(q))
        if q.contradicts:
            d["contradicts"] = q.contradicts
        out.append(d)
    return {"questions": out}
