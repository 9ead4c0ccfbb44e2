"""GIFT's small syntax: escaping, format markers, answer weights and numbers.

No Flask here, and nothing from the question types (their GIFT hooks use these helpers).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .text import ExchangeError, html_to_text

GIFT_FORMATS = ("moodle", "html", "plain", "markdown")
_FORMAT = re.compile(r"\[(%s)\]" % "|".join(GIFT_FORMATS))
# escaped characters become private-use placeholders while the structure is parsed
ESC = {"\\\\": "\ue000", "\\:": "\ue001", "\\#": "\ue002", "\\=": "\ue003", "\\{": "\ue004",
       "\\}": "\ue005", "\\~": "\ue006", "\\n": "\ue007"}
_UNESC = {v: k[1] if k != "\\n" else "\n" for k, v in ESC.items()}
ESC_RE = re.compile(r"\\[\\:#={}~n]")
_WEIGHT = re.compile(r"^%(-?\d{1,3}(?:\.\d*)?)%")
UNIT_SUFFIX = re.compile(r"\s*\(unit: ([^()\n]{1,300})\)\s*$")


def gift_escape(text: str) -> str:
    """Escape GIFT's special characters the way Moodle's exporter does: \\ ~ = # { } : with a
    backslash, a newline as \\n."""
    out = text.replace("\\", "\\\\")
    for ch in "~=#{}:":
        out = out.replace(ch, "\\" + ch)
    return out.replace("\r\n", "\n").replace("\r", "").replace("\n", "\\n")


def gift_answer(text: str) -> str:
    """An answer's text: escaped, and protected from being read as a format marker."""
    esc = gift_escape(text)
    if _FORMAT.match(esc):
        esc = "[plain]" + esc
    return esc


def unescape(s: str) -> str:
    return "".join(_UNESC.get(c, c) for c in s)


def format_text(s: str, default: str) -> tuple[str, str]:
    """(plain text, format) of a GIFT text with an optional [format] marker."""
    s = s.strip()
    fmt = default
    m = _FORMAT.match(s)
    if m:
        fmt, s = m.group(1), s[m.end():]
    s = unescape(s).strip()
    if fmt in ("html", "moodle"):
        s = html_to_text(s) if re.search(r"<[A-Za-z/!]|&[#A-Za-z0-9]+;", s) else s
    return s, fmt


def split_answers(answertext: str, sep: str) -> list[str]:
    parts = answertext.split(sep)
    if parts and parts[0].strip() == "":
        parts = parts[1:]
    return [p.strip() for p in parts]


@dataclass(frozen=True)
class At:
    """Where a GIFT question stands, to locate its errors, and the format of its question text."""

    line: int
    label: str
    fmt: str = "moodle"

    def error(self, message: str) -> ExchangeError:
        return ExchangeError(message, line=self.line, question=self.label)

    def weight(self, ans: str) -> tuple[float | None, str]:
        """An answer's leading %weight% as a fraction (None without one), and the rest of it."""
        m = _WEIGHT.match(ans)
        if not m:
            return None, ans
        w = float(m.group(1))
        if not -100 <= w <= 100:
            raise self.error(f"the answer weight {m.group(0)} is outside -100% to 100%")
        return w / 100, ans[m.end():]

    def number(self, s: str) -> float:
        try:
            v = float(s.strip())
        except ValueError:
            raise self.error(f"{s.strip()!r} is not a number") from None
        if not math.isfinite(v):
            raise self.error(f"{s.strip()!r} is not a finite number")
        return v
