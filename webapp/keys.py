"""Keeping answer keys from leaking through where they sit.

No Flask here. Two leaks are closed: options shown in the order they were written (authors tend to
write the right one first), and a bank whose right answers mostly sit in one position.
"""
from __future__ import annotations

import hashlib
import random
from collections import Counter
from typing import Iterable

from .schemas import Question

# `questions check` refuses a bank when more than this share of its single-answer questions put the
# right option in the same written position (with four options, chance is about a quarter).
MAX_SAME_POSITION = 0.5
MIN_QUESTIONS_TO_JUDGE = 8


def fixed_order(q: Question) -> list[str]:
    """The one order a question's options are shown in when shuffling is off: seeded by the question
    id, so the same for every student and every attempt, and never the written order."""
    written = [o.id for o in q.options]
    seed = int.from_bytes(hashlib.sha256(("options:" + q.id).encode()).digest()[:8], "big")
    order = list(written)
    random.Random(seed).shuffle(order)
    if order == written and len(order) > 1:
        order = order[1:] + order[:1]
    return order


def key_positions(questions: Iterable[Question]) -> Counter:
    """How many single-answer questions have their right option at each written position (1-based)."""
    return Counter(next(i for i, o in enumerate(q.options, 1) if o.id == q.answer)
                   for q in questions if q.type == "single")


def key_position_problem(questions: Iterable[Question]) -> str | None:
    """A sentence saying the right answers sit mostly in one position, or None if they are spread."""
    counts = key_positions(q for q in questions if q.origin == "authored")
    total = sum(counts.values())
    if total < MIN_QUESTIONS_TO_JUDGE:
        return None
    position, n = counts.most_common(1)[0]
    if n / total <= MAX_SAME_POSITION:
        return None
    return (f"{n} of {total} authored single-answer questions have the right option in position {position}: "
            f"always picking it would score {n / total:.0%}. Move the right options so that no position "
            f"holds more than {MAX_SAME_POSITION:.0%} of them.")
