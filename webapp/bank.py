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
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from . import content_rules
from .facts import ContentError, Problem, Store, _load_models, module_fact_ids
from .numbers import evaluate_formula, format_number, same
from .schemas import FACT_LINK, FIGURE_REF, Fact, Figure, FigureRef, Option, Question, QuestionFile

DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
GENERATED_PREFIX = "gen-"
DEFAULT_SEED = 2025


def digits_in(text: str) -> list[float]:
    return [float(m.group(0).replace(",", "")) for m in DIGITS.finditer(text)]


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
    out: list[float] = []
    for fid in q.fact_ids:
        f = store.facts.get(fid)
        if f is None:
            continue
        for g in f.figures:
            out += g.numbers
            if g.derived and g.formula:
                try:
                    out += evaluate_formula(g.formula)[1]
                except ValueError:
                    pass
    return out


def _resolve(ref: str, q: Question, store: Store) -> tuple[Fact, Figure] | str:
    try:
        r = FigureRef.parse(ref)
    except Exception:
        return f"{ref!r} is not a figure reference (write fact-id or fact-id.N)"
    if r.fact not in store.facts:
        return f"{ref!r} names an unknown fact"
    if r.fact not in q.fact_ids:
        return f"{ref!r} is not one of the question's fact_ids"
    f = store.facts[r.fact]
    if r.index > len(f.figures):
        return f"{ref!r}: fact {r.fact!r} has only {len(f.figures)} figure(s)"
    return f, f.figures[r.index - 1]


def _uncited(text: str, allowed: list[float]) -> list[str]:
    return [f"{n:g}" for n in digits_in(text) if not any(same(n, a) for a in allowed)]


def _figure_sort_value(g: Figure) -> float | None:
    if g.value is not None:
        return g.value
    return g.high


def check_question(q: Question, store: Store) -> list[tuple[str, str]]:
    """Every way `q` fails to be tied to its facts, as (field, message). Empty when it is sound."""
    out: list[tuple[str, str]] = []
    unknown = [f for f in q.fact_ids if f not in store.facts]
    for f in unknown:
        out.append(("fact_ids", f"unknown fact {f!r}"))
    if unknown:
        return out
    facts = [store.facts[f] for f in q.fact_ids]
    allowed = cited_numbers(q, store)
    known_topics = set(store.topics)
    for t in q.topics:
        if t not in known_topics:
            out.append(("topics", f"unknown topic {t!r} (no fact uses it)"))

    # explanation: own words, figures only by reference
    for m in FIGURE_REF.finditer(q.explanation):
        ref = m.group(1) + (f".{m.group(2)}" if m.group(2) else "")
        if m.group(1) not in store.facts:
            out.append(("explanation", f"{{{{{ref}}}}} names an unknown fact"))
        else:
            n = int(m.group(2) or 1)
            if n > len(store.facts[m.group(1)].figures):
                out.append(("explanation", f"{{{{{ref}}}}}: that fact has no figure {n}"))
    for m in FACT_LINK.finditer(q.explanation):
        if m.group(1) not in store.facts:
            out.append(("explanation", f"[[{m.group(1)}]] links an unknown fact"))
    bare = FACT_LINK.sub("", FIGURE_REF.sub("", q.explanation))
    if DIGITS.search(bare):
        out.append(("explanation", f"write figures as {{{{fact-id.N}}}} references, not digits "
                                   f"(found {DIGITS.search(bare).group(0)!r})"))

    # the framing rules
    if any(f.kind == "opinion" for f in facts) and "opinion" not in q.prompt.lower():
        out.append(("prompt", "this question cites an opinion: the prompt must say it is the author's opinion"))
    disputed = [f for f in facts if f.conflicts_with]
    if disputed:
        labels = {store.sources[c.source_id].label.lower() for f in disputed for c in f.citations
                  if c.source_id in store.sources}
        if not any(lbl in q.prompt.lower() for lbl in labels):
            out.append(("prompt", f"the articles differ on {', '.join(repr(f.id) for f in disputed)}: the prompt "
                                  f"must name the article it asks about ({' or '.join(sorted(repr(x) for x in labels))})"))


    # the prompt states only cited figures (a false statement is checked below instead)
    if not (q.type == "truefalse" and q.answer is False):
        if bad := _uncited(q.prompt, allowed):
            out.append(("prompt", f"states {', '.join(bad)}, which no cited fact carries"))

    t = q.type
    if t == "numeric":
        hits = []
        for f in facts:
            for i, g in enumerate(f.figures, 1):
                for n in g.numbers:
                    if abs(float(q.answer) - n) <= q.tolerance + 1e-9:
                        hits.append((f, i, g))
        if not hits:
            out.append(("answer", f"{format_number(float(q.answer))} (± {format_number(q.tolerance)}) "
                                  "matches no figure of the cited facts"))
        elif not any((q.unit or "").lower() == g.unit.lower() for _, _, g in hits):
            units = sorted({g.unit for _, _, g in hits})
            out.append(("unit", f"unit {q.unit!r} is not the figure's unit ({', '.join(map(repr, units))})"))
    elif t in ("single", "multiple"):
        correct = {q.answer} if t == "single" else set(q.answer)
        texts = [o.text.strip().lower() for o in q.options]
        if len(set(texts)) != len(texts):
            out.append(("options", "two options have the same text"))
        for o in q.options:
            nums = digits_in(o.text)
            if o.id in correct:
                if nums:
                    if bad := _uncited(o.text, allowed):
                        out.append((f"options.{o.id}", f"correct option states {', '.join(bad)}, which no cited fact carries"))
                elif not o.fact:
                    out.append((f"options.{o.id}", "a correct option without a figure must name the fact it states (fact:)"))
                elif o.fact not in q.fact_ids:
                    out.append((f"options.{o.id}", f"fact {o.fact!r} is not one of the question's fact_ids"))
            else:
                if o.fact and o.fact in q.fact_ids:
                    out.append((f"options.{o.id}", f"a wrong option names cited fact {o.fact!r} as what it states"))
                equal = [f"{n:g}" for n in nums if any(same(n, a) for a in allowed)]
                if equal:
                    out.append((f"options.{o.id}", f"distractor states {', '.join(equal)}, a true figure of a cited fact"))
    elif t == "truefalse":
        if q.answer is False:
            if q.contradicts not in q.fact_ids:
                out.append(("contradicts", f"{q.contradicts!r} must be one of the question's fact_ids"))
            elif (nums := digits_in(q.prompt)):
                theirs = cited_numbers(q.model_copy(update={"fact_ids": [q.contradicts]}), store)
                if all(any(same(n, a) for a in theirs) for n in nums):
                    out.append(("prompt", f"a false statement must change a figure of {q.contradicts!r}; "
                                          "every number it states is one of that fact's figures"))
        elif q.contradicts:
            out.append(("contradicts", "only a false statement contradicts a fact"))
    elif t == "ordering":
        values = {}
        for it in q.items:
            r = _resolve(it.figure, q, store)
            if isinstance(r, str):
                out.append((f"items.{it.id}", r))
                continue
            _, g = r
            values[it.id] = _figure_sort_value(g)
            if bad := _uncited(it.text, list(g.numbers)):
                out.append((f"items.{it.id}", f"states {', '.join(bad)}, which is not its figure"))
        if len(values) == len(q.items):
            if None in values.values():
                out.append(("items", "an item's figure has no value to rank by"))
            else:
                vs = list(values.values())
                if len(set(vs)) != len(vs):
                    out.append(("items", "two items have the same figure: the order would be ambiguous"))
                expected = sorted(values, key=lambda k: -values[k])
                if list(q.answer) != expected:
                    out.append(("answer", f"the figures rank {', '.join(expected)} (largest first), "
                                          f"not {', '.join(q.answer)}"))
    elif t == "matching":
        lefts = [p.left.strip().lower() for p in q.pairs]
        rights = [p.right.strip().lower() for p in q.pairs]
        if len(set(lefts)) != len(lefts) or len(set(rights)) != len(rights):
            out.append(("pairs", "each side of a matching question needs distinct texts"))
        for p in q.pairs:
            r = _resolve(p.figure, q, store)
            if isinstance(r, str):
                out.append((f"pairs.{p.id}", r))
                continue
            _, g = r
            nums = digits_in(p.left)
            if not nums and g.numbers:
                out.append((f"pairs.{p.id}", "the left side must show the figure"))
            elif bad := _uncited(p.left, list(g.numbers)):
                out.append((f"pairs.{p.id}", f"left side states {', '.join(bad)}, which is not its figure"))
    return out


def framing_rules(q: Question, store: Store) -> list[tuple[str, str]]:
    """Issue 12's rules: say whose figure it is; no wrong figure that is the right one scaled by
    ten; no question that asks for one end of a range."""
    out: list[tuple[str, str]] = []
    facts = [store.facts[f] for f in q.fact_ids if f in store.facts]
    allowed = cited_numbers(q, store)
    if content_rules.unattributed_prompt(q.prompt, facts):
        out.append(("prompt", "the prompt states a figure as plain fact: say who claims it or which article gives it"))
    if q.type == "numeric" and content_rules.range_end_trivia(float(q.answer), facts):
        out.append(("answer", "the answer is one end of a range: ask about the range, not its ends"))
    right = [n for f in facts for g in f.figures for n in g.numbers]
    wrong: list[float] = []
    if q.type in ("single", "multiple"):
        correct = {q.answer} if q.type == "single" else set(q.answer)
        wrong = [n for o in q.options if o.id not in correct for n in digits_in(o.text)]
    elif q.type == "truefalse" and q.answer is False:
        wrong = [n for n in digits_in(q.prompt) if not any(same(n, a) for a in allowed)]
    if (w := content_rules.scaled_distractor(wrong, right)) is not None:
        out.append(("options" if q.type != "truefalse" else "prompt",
                    f"the wrong figure {format_number(w)} is a true figure times or divided by ten: "
                    "pick one the answer does not give away"))
    return out


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
        return float(max(1, min(99, round(x))))
    if x >= 1000:
        return float(round(x, -2))
    if x >= 100:
        return float(round(x, -1))
    return float(round(x))


def _distractor_values(g: Figure, fact: Fact, store: Store, rng: random.Random, k: int = 3) -> list[tuple[float, ...]]:
    """Plausible wrong figures: other facts' figures of the same unit, then scaled values, never
    equal to (or within 10% of) any figure of the fact itself."""
    truth = [n for n in g.numbers]
    own = [n for h in fact.figures for n in h.numbers]

    def clash(vals: tuple[float, ...]) -> bool:
        return any(abs(v - t) <= 0.1 * max(abs(t), 1) for v in vals for t in own)

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
        if not clash(vals) and vals not in chosen:
            chosen.append(vals)
        if len(chosen) >= k - 1:
            break
    factors = [0.5, 2.0, 1.5, 0.25, 3.0, 0.75]
    rng.shuffle(factors)
    for fct in factors:
        if len(chosen) >= k:
            break
        vals = tuple(_nice(t * fct, g.unit) for t in truth)
        if g.unit == "percent" and any(v >= 100 for v in vals):
            continue
        if not clash(vals) and vals not in chosen and len(set(vals)) == len(vals):
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
    statement as it is, and with the figure changed)."""
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
                    prompt=f"True or false, according to {label}: {fact.statement}", answer=True, **common))
                perturbed = _replace(fact.statement, spans, [format_number(v) for v in wrong[-1]])
                out.append(Question(
                    id=f"{base}-false", type="truefalse", difficulty=1, explanation=explanation,
                    prompt=f"True or false, according to {label}: {perturbed}", answer=False,
                    contradicts=fact.id, **common))
    return out


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
        if q.type == "numeric":
            d["tolerance"], d["unit"] = q.tolerance, q.unit
        if q.type == "ordering":
            d["options"] = [i.model_dump(mode="json") for i in q.items]
        if q.type == "matching":
            d["options"] = [p.model_dump(mode="json") for p in q.pairs]
            d["answer"] = {p.id: p.id for p in q.pairs}
        if q.contradicts:
            d["contradicts"] = q.contradicts
        out.append(d)
    return {"questions": out}
