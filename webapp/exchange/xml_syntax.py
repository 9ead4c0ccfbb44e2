"""Moodle XML's small syntax: text elements written and read, answer fractions.

No Flask here, and nothing from the question types (their XML hooks use these helpers).
"""
from __future__ import annotations

import math
import xml.etree.ElementTree as ET

from .text import ExchangeError, clean, html_to_text, text_to_html


def text_el(parent: ET.Element, tag: str, text: str, fmt: str | None = "html") -> ET.Element:
    el = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    ET.SubElement(el, "text").text = clean(text)
    return el


def html_el(parent: ET.Element, tag: str, plain: str) -> ET.Element:
    return text_el(parent, tag, text_to_html(plain) if plain else "")


def answer_el(parent: ET.Element, text: str, fraction: str, fmt: str | None = "html") -> ET.Element:
    a = text_el(parent, "answer", text, fmt)
    a.set("fraction", fraction)
    return a


COMBINED = (("correctfeedback", "right_feedback"), ("partiallycorrectfeedback", "partial_feedback"),
            ("incorrectfeedback", "wrong_feedback"))


def combined_feedback(el: ET.Element, q=None) -> None:
    """The right / partly right / wrong feedback a multichoice, matching or ordering carries."""
    for tag, attr in COMBINED:
        html_el(el, tag, (getattr(q, attr, None) if q is not None else None) or "")
    ET.SubElement(el, "shownumcorrect")


def find_text(el: ET.Element | None, path: str = "text") -> str:
    if el is None:
        return ""
    t = el.find(path)
    return (t.text or "") if t is not None else ""


def xml_text(el: ET.Element | None) -> str:
    """The plain text of a <...format="..."><text>...</text></...> element."""
    if el is None:
        return ""
    raw = find_text(el)
    fmt = el.get("format", "moodle_auto_format")
    if fmt in ("html", "moodle_auto_format"):
        return html_to_text(raw)
    return raw.strip()


def fraction(a: ET.Element, label: str) -> float:
    raw = a.get("fraction", "0")
    try:
        v = float(raw)
    except ValueError:
        raise ExchangeError(f"the answer fraction {raw!r} is not a number", question=label) from None
    if not math.isfinite(v):
        raise ExchangeError(f"the answer fraction {raw!r} is not a number", question=label)
    return v
