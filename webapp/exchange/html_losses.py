"""What an imported question's HTML carried that its plain-text draft does not, for the import report.

No Flask here. Sourced keeps a question's texts as plain text; this names, per question, the
formatting turned into plain text and the media left behind, so nothing goes without a line.
"""
from __future__ import annotations

import re

_TAG = re.compile(r"<\s*([a-zA-Z][a-zA-Z0-9]*)\b")
FORMATTING = {"sup": "superscript", "sub": "subscript", "em": "italics", "i": "italics", "strong": "bold",
              "b": "bold", "u": "underline", "code": "code", "pre": "code", "ul": "lists", "ol": "lists",
              "table": "tables", "h1": "headings", "h2": "headings", "h3": "headings", "h4": "headings"}
MEDIA = {"audio": "audio", "video": "video", "iframe": "embedded page", "object": "embedded object",
         "embed": "embedded object", "math": "MathML formula", "svg": "inline drawing"}


def losses(html: str, images: bool = True) -> list[tuple[str, str]]:
    """("changed" | "dropped", message) for the HTML in an imported question's texts."""
    tags = [t.lower() for t in _TAG.findall(html)]
    out: list[tuple[str, str]] = []
    fmt = sorted({FORMATTING[t] for t in tags if t in FORMATTING})
    if fmt:
        examples = ", ".join(f"<{t}>" for t in dict.fromkeys(t for t in tags if t in FORMATTING))
        out.append(("changed", f"formatting ({', '.join(fmt)}: {examples}) turned into plain text"))
    if "a" in tags:
        out.append(("changed", "links kept as their text only (the addresses are dropped)"))
    count = tags.count("img")
    if count and images:  # (Moodle XML reads its pictures itself: exchange/images.py)
        out.append(("dropped", f"{count} image(s): a GIFT file holds no pictures, only their addresses"))
    media = sorted({MEDIA[t] for t in tags if t in MEDIA})
    if media:
        out.append(("dropped", f"{', '.join(media)} (Sourced shows text only)"))
    if "$$" in html or "\\(" in html or "[tex]" in html.lower():
        out.append(("changed", "TeX formulas kept as their source text (Sourced does not typeset them)"))
    return out
