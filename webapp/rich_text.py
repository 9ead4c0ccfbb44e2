"""Imported questions' formatting: an allow-list of inline and block tags, nothing else (issue 16).

No Flask here. Every HTML a question keeps passes `clean_html` (nh3, the binding to the Ammonia
sanitiser): superscript, subscript, emphasis, code, lists and tables survive; every attribute,
script, style, link, picture and unknown tag goes (the text of an unknown tag stays). The schema
runs it on every question it validates, so stored HTML is clean however it arrived.
"""
from __future__ import annotations

import re

import nh3

TAGS = {"p", "br", "sup", "sub", "em", "strong", "b", "i", "u", "code", "pre", "ul", "ol", "li", "table", "thead",
        "tbody", "tfoot", "tr", "th", "td", "caption", "blockquote"}
FORMATTING = TAGS - {"p", "br"}
_OPEN = re.compile(r"<([a-z0-9]+)\b")


def clean_html(markup: str) -> str:
    """The allowed formatting of an HTML fragment, everything else removed."""
    return nh3.clean(markup, tags=TAGS, clean_content_tags={"script", "style"}, attributes={}, link_rel=None,
                     strip_comments=True).strip()


def formatted(markup: str) -> str | None:
    """The cleaned HTML when it carries formatting worth keeping (more than paragraphs), else None."""
    cleaned = clean_html(markup)
    return cleaned if set(_OPEN.findall(cleaned)) & FORMATTING else None
