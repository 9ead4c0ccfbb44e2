"""Results at a glance: marks and percentage, one mark per question, and per-row marks.

No Flask here. What a student reads first on the results page: how many marks of how many, as a
percentage, passed or not (when the assignment sets a pass mark), and a strip with one cell per
question (right, partly right, wrong or not answered) linking to that question's review.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .numbers import format_number
from .schemas import Question

if TYPE_CHECKING:
    from .attempts import Attempt

SYMBOLS = {"right": "✓", "partial": "◐", "wrong": "✗", "unanswered": "–"}
WORDS = {"right": "right", "partial": "partly right", "wrong": "not right", "unanswered": "not answered"}


@dataclass(frozen=True)
class Cell:
    number: int  # 1-based: the one numbering used on the page
    state: str  # right | partial | wrong | unanswered
    score: float

    @property
    def symbol(self) -> str:
        return SYMBOLS[self.state]

    @property
    def label(self) -> str:
        marks = f"{format_number(round(self.score, 2))} of 1 mark" if self.state == "partial" else ""
        return f"Question {self.number}: {WORDS[self.state]}" + (f" ({marks})" if marks else "")


@dataclass(frozen=True)
class Glance:
    marks: float
    out_of: int
    percent: float
    strip: list[Cell]
    pass_mark: int | None

    @property
    def marks_text(self) -> str:
        return format_number(round(self.marks, 2))

    @property
    def passed(self) -> bool | None:
        return None if self.pass_mark is None else self.percent + 1e-9 >= self.pass_mark


def state_of(correct: bool, score: float) -> str:
    return "right" if correct else "partial" if score > 0 else "wrong"


def at_a_glance(a: Attempt, pass_mark: int | None = None) -> Glance:
    by_position = {ans.position: ans for ans in a.answers}
    strip = []
    for pos in range(a.length):
        ans = by_position.get(pos)
        strip.append(Cell(pos + 1, state_of(ans.correct, ans.score) if ans else "unanswered",
                          ans.score if ans else 0.0))
    percent = 100 * a.total / a.length if a.length else 0.0
    return Glance(a.total, a.length, round(percent, 1), strip, pass_mark)


def row_marks(q: Question, response: dict) -> list[tuple[str, bool]] | None:
    """Each row of an ordering or matching answer with whether that row is right; None for other types."""
    if q.type == "ordering":
        by_id = {i.id: i.text for i in q.items}
        return [(f"{n}. {by_id[i]}", i == q.answer[n - 1]) for n, i in enumerate(response["order"], 1)]
    if q.type == "matching":
        left = {p.id: p.left for p in q.pairs}
        right = {p.id: p.right for p in q.pairs}
        return [(f"{left[a]} — {right[b]}", a == b) for a, b in response["pairs"].items()]
    return None
