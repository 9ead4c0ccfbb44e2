"""Results of an assignment as teachers download them: marks per question, CSV.

No Flask here. Item analysis itself is in stats.py.
"""
from __future__ import annotations

import csv
import io
import re
from typing import TYPE_CHECKING, Iterable, Sequence

if TYPE_CHECKING:
    from .attempts import Attempt


def marks_by_question(attempts: Sequence[Attempt]) -> list[dict[str, float]]:
    """Each attempt as {question id: fraction of the mark}, the shape stats.quiz_stats reads."""
    return [{ans.question_id: float(ans.score) for ans in a.answers} for a in attempts]


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
