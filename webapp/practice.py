"""Drawing a self-practice quiz that gives nothing away and does not repeat itself.

No Flask here. Like `quiz.draw` a practice quiz is fixed by its scope, length and seed (so "retake
this same quiz" works), with two more rules: questions whose key an open assignment is holding back
are left out, and no two questions lean on the same fact (figure) while others are left.
"""
from __future__ import annotations

import random
from collections import Counter
from typing import Iterable, Sequence

from .bank import Bank
from .facts import Store
from .quiz import QuizScope, layout, pool
from .schemas import Question


def practice_draw(bank: Bank, store: Store, scope: QuizScope, length: int, seed: int,
                  held_back: Iterable[str] = ()) -> list[dict]:
    """The questions of one practice quiz with their layout (as quiz.draw gives them)."""
    rng = random.Random(seed)
    held = set(held_back)
    candidates = [q for q in pool(bank, store, scope) if q.id not in held]
    authored = [q for q in candidates if q.origin == "authored"]
    generated = [q for q in candidates if q.origin == "generated"]
    rng.shuffle(authored)
    rng.shuffle(generated)
    chosen = distinct_facts(authored + generated, length)
    rng.shuffle(chosen)
    return [layout(q, rng) for q in chosen]


def distinct_facts(ranked: Sequence[Question], length: int) -> list[Question]:
    """Up to `length` questions in the given preference, first those whose facts no chosen question
    uses yet; only when those run out do questions on an already asked fact fill the quiz, those whose
    facts have been asked least first (a five-question quiz from seven questions on four facts asked
    'which region?' twice, while a question on another fact was left)."""
    chosen, seen, rest = [], set(), []
    for q in ranked:
        if len(chosen) == length:
            break
        if seen & set(q.fact_ids):
            rest.append(q)
            continue
        chosen.append(q)
        seen |= set(q.fact_ids)
    uses = Counter(f for q in chosen for f in q.fact_ids)
    while len(chosen) < length and rest:
        q = min(rest, key=lambda r: sum(uses[f] for f in r.fact_ids))  # (the first of equals: the preference holds)
        rest.remove(q)
        chosen.append(q)
        uses.update(q.fact_ids)
    return chosen
