"""Quizzes: draw questions, lay them out for one attempt, read and score what a student submits.

No Flask here. A quiz is fixed by its scope, length and seed: `draw` gives the same questions in
the same order, with the same shuffles, for the same seed — so an attempt can be rebuilt and a
quiz re-drawn. What the browser sees of a question is a `Shown` view that carries no answer key:
options, items and matching choices are named by their *position* in this attempt's shuffle.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Mapping

from .bank import Bank
from .facts import Store
from .numbers import AnswerFormatError, format_number, parse_answer, whole_number
from .schemas import Question

LENGTHS = (5, 10, 20)
MAX_RESPONSE = 200  # characters in one typed answer; longer is refused with a message


class AnswerError(ValueError):
    """What the student sent can't be read as an answer; the message says what to fix."""


@dataclass(frozen=True)
class Scope:
    kind: str  # "mixed" | "module" | "topic"
    value: str = ""

    def describe(self, store: Store) -> str:
        if self.kind == "module":
            return store.modules[self.value].title
        if self.kind == "topic":
            return f"Topic: {self.value.replace('-', ' ')}"
        if self.kind == "source" and self.value in store.sources:
            return f"Article: {store.sources[self.value].title}"
        return "Mixed questions from every module"

    @classmethod
    def parse(cls, text: str, store: Store, bank: Bank) -> "Scope":
        """'mixed', 'module:<id>' or 'topic:<slug>'; raises AnswerError for anything else."""
        kind, _, value = (text or "mixed").partition(":")
        if kind == "mixed" and not value:
            return cls("mixed")
        if kind == "module" and value in store.modules:
            return cls("module", value)
        if kind == "topic" and value in bank.topics:
            return cls("topic", value)
        if kind == "source" and value in store.sources:  # one article's questions (issue 20)
            return cls("source", value)
        raise AnswerError("Choose a module, a topic or mixed questions from the list.")

    def __str__(self) -> str:
        return self.kind if self.kind == "mixed" else f"{self.kind}:{self.value}"


def pool(bank: Bank, store: Store, scope: Scope) -> list[Question]:
    if scope.kind == "module":
        return bank.for_module(store, scope.value)
    if scope.kind == "topic":
        return bank.for_topic(scope.value)
    if scope.kind == "source":
        return [q for q in bank.questions.values()
                if any(c.source_id == scope.value for f in q.fact_ids if f in store.facts for c in store.facts[f].citations)]
    return list(bank.questions.values())


def draw(bank: Bank, store: Store, scope: Scope, length: int, seed: int) -> list[dict]:
    """The questions of one quiz with their layout: [{"q": id, "order": [...], "right": [...]}].

    Authored questions come first in the draw (they are the richer ones); generated questions fill
    a quiz when a scope has too few authored ones."""
    rng = random.Random(seed)
    candidates = pool(bank, store, scope)
    authored = [q for q in candidates if q.origin == "authored"]
    generated = [q for q in candidates if q.origin == "generated"]
    rng.shuffle(authored)
    rng.shuffle(generated)
    chosen = (authored + generated)[:length]
    rng.shuffle(chosen)
    return [layout(q, rng) for q in chosen]


def layout(q: Question, rng: random.Random) -> dict:
    """How one question is shown in one attempt: shuffled option / item / right-side order."""
    entry: dict = {"q": q.id}
    if q.type in ("single", "multiple"):
        order = [o.id for o in q.options]
        rng.shuffle(order)
        entry["order"] = order
    elif q.type == "ordering":
        order = [i.id for i in q.items]
        while True:  # never show the items already in the right order
            rng.shuffle(order)
            if order != list(q.answer):
                break
        entry["order"] = order
    elif q.type == "matching":
        right = [p.id for p in q.pairs]
        rng.shuffle(right)
        left = [p.id for p in q.pairs]
        rng.shuffle(left)
        entry["order"], entry["right"] = left, right
    return entry


# --- what the browser sees -----------------------------------------------------------------------

@dataclass(frozen=True)
class Shown:
    """A question as it is sent before answering: no ids that reveal the key, no facts, no answer."""

    type: str
    prompt: str
    choices: list[tuple[str, str]]  # (value the form posts, text)
    rows: list[tuple[str, str]]  # ordering items / matching left sides: (field key, text)
    unit: str | None


def shown(q: Question, entry: dict) -> Shown:
    if q.type in ("single", "multiple"):
        by_id = {o.id: o for o in q.options}
        choices = [(str(k), by_id[oid].text) for k, oid in enumerate(entry["order"])]
        return Shown(q.type, q.prompt, choices, [], None)
    if q.type == "truefalse":
        return Shown(q.type, q.prompt, [("true", "True"), ("false", "False")], [], None)
    if q.type == "numeric":
        return Shown(q.type, q.prompt, [], [], q.unit)
    if q.type == "ordering":
        by_id = {i.id: i for i in q.items}
        rows = [(str(k), by_id[iid].text) for k, iid in enumerate(entry["order"])]
        return Shown(q.type, q.prompt, [(str(n), str(n)) for n in range(1, len(rows) + 1)], rows, None)
    # matching
    by_id = {p.id: p for p in q.pairs}
    rows = [(str(k), by_id[pid].left) for k, pid in enumerate(entry["order"])]
    choices = [(str(k), by_id[pid].right) for k, pid in enumerate(entry["right"])]
    return Shown(q.type, q.prompt, choices, rows, None)


# --- reading and scoring an answer ---------------------------------------------------------------

@dataclass(frozen=True)
class Scored:
    response: dict  # what the student chose, in the question's own ids (stored)
    correct: bool
    score: float  # 0..1, partial credit for multiple / ordering / matching


def _one(form: Mapping, key: str) -> str:
    v = form.get(key)
    if isinstance(v, list):
        v = v[0] if v else None
    return (v or "").strip() if isinstance(v, str) else ""


def _many(form: Mapping, key: str) -> list[str]:
    getlist = getattr(form, "getlist", None)
    vals = getlist(key) if getlist else form.get(key, [])
    if isinstance(vals, str):
        vals = [vals]
    return [v.strip() for v in vals if isinstance(v, str) and v.strip()]


def _index(value: str, n: int, what: str) -> int:
    k = whole_number(value, 4)
    if k is None or k >= n:
        raise AnswerError(f"That {what} is not one of the choices: pick one from the list.")
    return k


def read_answer(q: Question, entry: dict, form: Mapping) -> dict:
    """Turn the posted form into a response in the question's own ids; AnswerError when unreadable."""
    t = q.type
    if t == "single":
        v = _one(form, "answer")
        if not v:
            raise AnswerError("Choose one of the options before you submit.")
        return {"option": entry["order"][_index(v, len(entry["order"]), "option")]}
    if t == "multiple":
        vals = _many(form, "answer")
        if not vals:
            raise AnswerError("Tick at least one option before you submit.")
        picked = sorted({entry["order"][_index(v, len(entry["order"]), "option")] for v in vals})
        return {"options": picked}
    if t == "truefalse":
        v = _one(form, "answer").lower()
        if v not in ("true", "false"):
            raise AnswerError("Choose True or False before you submit.")
        return {"value": v == "true"}
    if t == "numeric":
        raw = form.get("answer")
        raw = raw if isinstance(raw, str) else ""
        if len(raw) > MAX_RESPONSE:
            raise AnswerError("That answer is too long: type just the number.")
        try:
            value = parse_answer(raw)
        except AnswerFormatError as e:
            raise AnswerError(str(e)) from None
        return {"typed": raw.strip(), "value": value}
    if t == "ordering":
        n = len(entry["order"])
        ranks: dict[str, int] = {}
        for k, iid in enumerate(entry["order"]):
            v = _one(form, f"rank-{k}")
            if not v:
                raise AnswerError("Give every item a position before you submit.")
            r = _index(v, n + 1, "position")
            if r == 0:
                raise AnswerError("Positions start at 1.")
            ranks[iid] = r
        if len(set(ranks.values())) != n:
            raise AnswerError("Give each item a different position (1 is the largest).")
        return {"order": sorted(ranks, key=ranks.get)}
    # matching
    pairs: dict[str, str] = {}
    for k, pid in enumerate(entry["order"]):
        v = _one(form, f"match-{k}")
        if not v:
            raise AnswerError("Match every figure with what it counts before you submit.")
        pairs[pid] = entry["right"][_index(v, len(entry["right"]), "choice")]
    if len(set(pairs.values())) != len(pairs):
        raise AnswerError("Use each description once: two figures were matched to the same one.")
    return {"pairs": pairs}


def score(q: Question, response: dict) -> Scored:
    t = q.type
    if t == "single":
        ok = response["option"] == q.answer
        return Scored(response, ok, 1.0 if ok else 0.0)
    if t == "multiple":
        right, picked = set(q.answer), set(response["options"])
        frac = max(0.0, (len(picked & right) - len(picked - right)) / len(right))
        return Scored(response, picked == right, round(frac, 4))
    if t == "truefalse":
        ok = response["value"] is q.answer
        return Scored(response, ok, 1.0 if ok else 0.0)
    if t == "numeric":
        ok = abs(response["value"] - float(q.answer)) <= q.tolerance + 1e-9
        return Scored(response, ok, 1.0 if ok else 0.0)
    if t == "ordering":
        got = response["order"]
        hits = sum(a == b for a, b in zip(got, q.answer))
        return Scored(response, list(got) == list(q.answer), round(hits / len(q.answer), 4))
    hits = sum(response["pairs"].get(p.id) == p.id for p in q.pairs)
    return Scored(response, hits == len(q.pairs), round(hits / len(q.pairs), 4))


# --- showing the key after answering ------------------------------------------------------------

def right_answer(q: Question) -> list[str]:
    """The right answer in words, one line per part."""
    t = q.type
    if t in ("single", "multiple"):
        key = {q.answer} if t == "single" else set(q.answer)
        return [o.text for o in q.options if o.id in key]
    if t == "truefalse":
        return ["True" if q.answer else "False"]
    if t == "numeric":
        tol = f" (answers within {format_number(q.tolerance)} count)" if q.tolerance else ""
        return [f"{format_number(float(q.answer))} {q.unit}{tol}"]
    if t == "ordering":
        by_id = {i.id: i.text for i in q.items}
        return [f"{n}. {by_id[i]}" for n, i in enumerate(q.answer, 1)]
    return [f"{p.left} — {p.right}" for p in q.pairs]


def describe_response(q: Question, response: dict) -> list[str]:
    """What the student answered, in words."""
    t = q.type
    if t == "single":
        return [o.text for o in q.options if o.id == response["option"]]
    if t == "multiple":
        return [o.text for o in q.options if o.id in response["options"]]
    if t == "truefalse":
        return ["True" if response["value"] else "False"]
    if t == "numeric":
        return [response.get("typed") or format_number(response["value"])]
    if t == "ordering":
        by_id = {i.id: i.text for i in q.items}
        return [f"{n}. {by_id[i]}" for n, i in enumerate(response["order"], 1)]
    left = {p.id: p.left for p in q.pairs}
    right = {p.id: p.right for p in q.pairs}
    return [f"{left[a]} — {right[b]}" for a, b in response["pairs"].items()]
