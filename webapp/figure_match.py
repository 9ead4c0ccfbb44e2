"""Helping a teacher write a question: facts found by their words and figures, a figure typed as
text ("13%", "350") matched to the fact that carries it, and problems said in plain words.

No Flask here. A figure is referred to one way everywhere the teacher sees it: `{{fact-id.N}}`,
N counting the fact's figures from 1 (`{{fact-id}}` still reads as figure 1). A typed figure that
exactly one fact carries becomes that reference; when several carry it the teacher is asked which.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable, Mapping, Sequence

from .facts import Store
from .numbers import format_number, same
from .prose import show_figure

REF_SYNTAX = "{{fact-id.N}}"  # N: the figure's number in that fact, from 1
REF = re.compile(r"\{\{\s*([a-z0-9][a-z0-9-]*)(?:\.(\d+))?\s*\}\}")
# a number as a teacher types it: 13%, 13 %, 13 per cent, 10,000, 2.5 (not inside a word or an id)
TYPED = re.compile(r"(?<![\w.{-])(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)(\s?(?:%|per ?cent\b|percent\b))?(?![\w-])")


@dataclass(frozen=True)
class FigureHit:
    """One figure of one fact: where a typed number may point."""

    fact_id: str
    n: int
    shown: str
    value: float | None
    unit: str
    statement: str

    @property
    def ref(self) -> str:
        return f"{self.fact_id}.{self.n}"


def hits_of(store: Store, fact_id: str) -> list[FigureHit]:
    f = store.facts[fact_id]
    return [FigureHit(f.id, n, show_figure(g), g.value, g.unit, f.statement) for n, g in enumerate(f.figures, 1)]


def fact_hits(store: Store, fact_id: str) -> list[FigureHit]:
    """A fact as the question form lists it: its figures, or for a fact without figures (a short
    answer's words, a choice's stated fact) one entry with n=0 that carries only its statement."""
    f = store.facts[fact_id]
    return hits_of(store, fact_id) or [FigureHit(f.id, 0, "", None, "", f.statement)]


def all_hits(store: Store) -> Iterable[FigureHit]:
    for fid in store.facts:
        yield from hits_of(store, fid)


def read_typed(text: str) -> tuple[float, bool] | None:
    """("13%" → (13.0, True)); None when the text holds no number or more than one."""
    found = list(TYPED.finditer(text or ""))
    if len(found) != 1:
        return None
    m = found[0]
    return float(m.group(1).replace(",", "")), bool(m.group(2))


def _is_percent(unit: str) -> bool:
    return "%" in unit or "percent" in unit.lower() or "per cent" in unit.lower()


def figures_for(store: Store, value: float, percent: bool, chosen: Sequence[str] = ()) -> list[FigureHit]:
    """Every figure equal to `value` (a percentage only among percentages); those of the facts
    already chosen first, and only those when any of them fits."""
    fits = [h for h in all_hits(store) if h.value is not None and same(h.value, value)
            and (not percent or _is_percent(h.unit))]
    mine = [h for h in fits if h.fact_id in chosen]
    return mine or fits


def search_facts(store: Store, query: str, limit: int = 12) -> list[str]:
    """Fact ids whose statement, id, claimant or figures hold every word typed (figures as shown,
    so "13%" or "350" find the fact that carries them)."""
    words = [w for w in re.findall(r"[\w%.,]+", (query or "").lower()[:200]) if w.strip(".,")]
    if not words:
        return []
    out = []
    for f in store.facts.values():
        hay = " ".join([f.id, f.statement, f.claimant, *(show_figure(g) for g in f.figures),
                        *(f"{g.value:g}" for g in f.figures if g.value is not None)]).lower().replace(",", "")
        if all(w.strip(".,").replace(",", "") in hay for w in words):
            out.append(f.id)
            if len(out) >= limit:
                break
    return out


@dataclass
class Linked:
    """An explanation after its typed figures were turned into references."""

    text: str
    asks: list[tuple[str, list[FigureHit]]]  # (what was typed, the figures it could be)
    unknown: list[str]  # typed figures no fact carries


def link_figures(text: str, store: Store, chosen: Sequence[str], picks: Mapping[str, str] | None = None) -> Linked:
    """Replace each typed figure in `text` that one figure of a fact carries by its reference.

    `picks` maps a typed figure to the reference the teacher chose when several fit. References
    already written are left as they are."""
    picks = picks or {}
    asks: list[tuple[str, list[FigureHit]]] = []
    unknown: list[str] = []
    refs = [(m.start(), m.end()) for m in REF.finditer(text)]

    def repl(m: re.Match) -> str:
        if any(a <= m.start() < b for a, b in refs):
            return m.group(0)
        typed = m.group(0).strip()
        hits = figures_for(store, float(m.group(1).replace(",", "")), bool(m.group(2)), chosen)
        if typed in picks and picks[typed] in {h.ref for h in hits}:
            return "{{" + picks[typed] + "}}"
        if len(hits) == 1:
            return "{{" + hits[0].ref + "}}"
        (asks.append((typed, hits)) if hits else unknown.append(typed))
        return m.group(0)

    return Linked(TYPED.sub(repl, text or ""), asks, unknown)


# --- problems in plain words ----------------------------------------------------------------------

FIELD_LABELS = {"type": "Type", "prompt": "Question", "fact_ids": "Facts", "explanation": "Explanation",
                "difficulty": "Difficulty", "topics": "Topics", "options": "Options", "answer": "Right answer",
                "tolerance": "Tolerance", "unit": "Unit", "truth": "True or false", "contradicts": "Contradicted fact",
                "items": "Items", "pairs": "Pairs", "question": "Question",
                "accepted": "Accepted answers", "case_sensitive": "Case"}


def field_of(code: str, option_ids: Sequence[str] = ()) -> tuple[str, str]:
    """A problem's field code ("options.o2") as (the field it sits next to, its name in words)."""
    head, _, tail = code.partition(".")
    if head == "options" and tail:
        k = int(tail[1:]) if tail[1:].isdigit() else 0
        return f"option-{k}", f"Option {k + 1}"
    if head in ("items", "pairs") and tail:
        return head, f"{FIELD_LABELS[head][:-1]} {tail}"
    return head, FIELD_LABELS.get(head, head.replace("_", " ").capitalize())


def plain(message: str) -> str:
    """A checker's message as a sentence: capital first, full stop, one reference syntax."""
    msg = message.strip()
    msg = msg.replace("the question's fact_ids", "the question's facts").replace("fact_ids", "the question's facts").replace("(fact:)", "(choose its fact)")
    msg = re.sub(r"\bfact '([a-z0-9-]+)'", r"the fact \1", msg)
    msg = msg.replace("{{fact-id}}", REF_SYNTAX)  # one way of writing a reference, in hints and errors alike
    msg = msg[:1].upper() + msg[1:]
    return msg if msg.endswith((".", "?", "!", ")")) else msg + "."


def plain_problems(problems: Sequence[tuple[str, str]]) -> list[dict]:
    """Each problem once, as {field, label, message} for the form to show next to its field."""
    out, seen = [], set()
    for code, message in problems:
        field, label = field_of(code)
        text = plain(message)
        if (field, text) not in seen:
            seen.add((field, text))
            out.append({"field": field, "label": label, "message": text})
    return out


# --- the question form's helpers -------------------------------------------------------------------

def every_problem(d, store: Store, question_id: str, build, named: Iterable[str] = ()) -> list[tuple[str, str]]:
    """All the form's problems at once. `build` (authoring.build_question) stops at the first stage
    that fails; a second pass with the missing words filled in finds what the later stages would
    say (a wrong key beside a missing explanation), without repeating a field already named.

    `named`: fields `resolve_typed` already spoke about (a typed "20%" no fact carries, or one that
    fits several): one message per problem, so nothing more is said about them here (the build
    would add "type a number in digits" about the very "20%" the hint invited)."""
    before = set(named)
    _, problems = build(d, store, question_id)
    problems = [p for p in problems if field_of(p[0])[0] not in before]
    if not problems:
        return []
    named = before | {field_of(c)[0] for c, _ in problems}
    patched = replace(d, prompt=d.prompt or "Placeholder question?", explanation=d.explanation or "Placeholder.",
                      difficulty=d.difficulty if d.difficulty in ("1", "2", "3") else "2", unit=d.unit or "placeholder")
    _, more = build(patched, store, question_id)
    return list(problems) + [p for p in more if field_of(p[0])[0] not in named]


def use_figure(d, store: Store, ref: str) -> str | None:
    """Make one figure the right answer: the numeric key (and its unit when none is given) or a
    ticked option stating it; its fact joins the question's. A sentence saying what was done."""
    fact_id, _, n = ref.partition(".")
    if fact_id not in store.facts:
        return None
    hits = hits_of(store, fact_id)
    hit = hits[int(n) - 1] if n.isdigit() and 0 < int(n) <= len(hits) else (hits[0] if hits else None)
    if hit is None:
        return None
    if fact_id not in d.fact_ids:
        d.fact_ids.append(fact_id)
    if d.figure_use and not d.can_use(hit):
        return f"“{hit.shown}” is in words, not a number, so it can't be {d.figure_use}; {fact_id} is now one of the question's facts."
    if d.type == "numeric" and hit.value is not None:
        d.answer, d.unit = f"{hit.value:g}", d.unit or hit.unit
        return f"The right answer is now {hit.shown}, from {fact_id}."
    if d.type == "shortanswer" and hit.value is not None:
        return _accept_figure(d, hit)
    if d.type in ("single", "multiple"):
        free = next((o for o in d.options if not o["text"]), None)
        if free is None:
            return "Every option is filled: empty one first."
        if d.type == "single":
            for o in d.options:
                o["correct"] = False
        free.update(text=hit.shown, fact=fact_id, correct=True)
        return f"“{hit.shown}” is now a right option, tied to {fact_id}."
    return f"{fact_id} is now one of the question's facts."


def _accept_figure(d, hit: FigureHit) -> str:
    """A short answer's figure: the first empty answer row accepts it for the full mark."""
    free = next((a for a in d.accepted if not a["text"]), None)
    if free is None:
        return "Every answer row is filled: empty one first."
    text = format_number(hit.value) + ("%" if hit.unit == "percent" else "")
    free.update(text=text, grade="100")
    return f"“{text}” is now an accepted answer, from {hit.fact_id}."


def resolve_typed(d, store: Store, picks: Mapping[str, str]) -> tuple[list[tuple[str, str, list[FigureHit]]], list[tuple[str, str]]]:
    """Turn figures typed as text into what the question stores: a numeric answer like "13%" into
    its number (the fact joins the question), figures in the explanation into references.

    Returns what to ask (field, typed, candidates) and problems (field, message)."""
    asks: list[tuple[str, str, list[FigureHit]]] = []
    problems: list[tuple[str, str]] = []
    if d.type == "numeric" and d.answer and not re.fullmatch(r"-?[\d,]+(\.\d+)?", d.answer.strip()):
        typed = read_typed(d.answer)
        hits = figures_for(store, *typed, d.fact_ids) if typed else []
        picked = [h for h in hits if picks.get(d.answer.strip()) == h.ref]
        if typed and (len(hits) == 1 or picked):
            h = (picked or hits)[0]
            d.answer, d.unit = f"{h.value:g}", d.unit or h.unit
            if h.fact_id not in d.fact_ids:
                d.fact_ids.append(h.fact_id)
        elif hits:
            asks.append(("answer", d.answer.strip(), hits))
        elif typed:
            problems.append(("answer", f"No fact carries {d.answer.strip()}: search the facts above for the figure."))
    linked = link_figures(d.explanation, store, d.fact_ids, picks)
    d.explanation = linked.text
    for fid in [m.group(1) for m in REF.finditer(linked.text)]:
        if fid in store.facts and fid not in d.fact_ids:  # a referenced fact is one the question is tied to
            d.fact_ids.append(fid)
    asks += [("explanation", typed, hits) for typed, hits in linked.asks]
    return asks, problems
