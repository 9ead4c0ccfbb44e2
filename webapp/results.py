"""Results of an assignment as teachers read and download them: marks per question, which answers
were chosen, CSV.

No Flask here. Item analysis itself is in stats.py.
"""
from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Sequence

from . import qtypes
from .quiz import right_answer, tally_label
from .schemas import Question

if TYPE_CHECKING:
    from .attempts import Attempt


def marks_by_question(attempts: Sequence[Attempt]) -> list[dict[str, float]]:
    """Each attempt as {question id: fraction of the mark}, the shape stats.quiz_stats reads."""
    return [{ans.question_id: float(ans.score) for ans in a.answers} for a in attempts]


def questions_given(attempts: Sequence[Attempt]) -> list[set[str]]:
    """The questions each attempt was given (all of the set, or its random pool): stats.quiz_stats's `given`."""
    return [{entry["q"] for entry in a.layout} for a in attempts]


def csv_text(header: Sequence[str], rows: Iterable[Sequence]) -> str:
    """CSV with a header row; cells a spreadsheet would run as a formula are quoted with a leading '."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for row in rows:
        w.writerow([_safe_cell(c) for c in row])
    return buf.getvalue()


def _safe_cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:g}"
    s = str(v)
    if re.fullmatch(r"-?\d+(\.\d+)?", s):
        return s
    # A spreadsheet that splits on another separator (";" in many locales, tab, "|") starts a new
    # cell after it: a formula character there is quoted too.
    s = _AFTER_SEPARATOR.sub(r"\1'\2", s)
    return "'" + s if s[:1] in _FORMULA_START else s


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_AFTER_SEPARATOR = re.compile(r"([,;\t|\r\n][ \"]*)([=+\-@])")


# --- which answer was chosen (issue 15) ------------------------------------------------------------

@dataclass(frozen=True)
class Choice:
    """One answer students gave to a question, how many gave it, and whether it is the right one."""

    label: str
    count: int
    right: bool
    partial: bool = False  # earns part of the mark (a partly right order or matching, a weighted option)


TOP_RESPONSES = 6  # free answers (numbers, orders, matchings): the most common ones, then "anything else"


def response_counts(q: Question, attempts: Sequence[Attempt]) -> tuple[list[Choice], int]:
    """Every option of a choice question with how many chose it (a zero included), or the most
    common answers to any other type; and how many answered the question at all.

    In a several-answers question a student counts once under each option ticked."""
    answers = [ans for a in attempts for ans in a.answers if ans.question_id == q.id]
    responses = [ans.response for ans in answers]
    fixed = qtypes.get(q.type).choices(q, responses)
    if fixed is not None:
        return [Choice(*c) for c in fixed], len(responses)
    right = " | ".join(right_answer(q))
    labelled = [(tally_label(q, ans.response), ans) for ans in answers]  # once each: it may mark the answer
    said = Counter(label for label, _ in labelled)
    scored = dict(labelled)
    top = said.most_common(TOP_RESPONSES)
    out = [Choice(label, n, bool(scored[label].correct) or label == right,
                  not scored[label].correct and scored[label].score > 0 and label != right) for label, n in top]
    rest = sum(said.values()) - sum(n for _, n in top)
    if rest:
        out.append(Choice("anything else", rest, False))
    return out, len(responses)
