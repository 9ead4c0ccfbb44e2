"""Turn module prose into HTML: figure references become cited figures, fact links become links.

No Flask: the caller passes `fact_url(fact_id) -> str`. Everything not a reference is escaped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from markupsafe import Markup, escape

from .facts import Store
from .numbers import format_figure
from .schemas import FACT_LINK, FIGURE_REF, Figure, FigureRef

_INLINE = re.compile(f"{FIGURE_REF.pattern}|{FACT_LINK.pattern}")


def show_figure(fig: Figure) -> str:
    """The figure as the app shows it, e.g. 'about 83%' or 'more than 10,000'."""
    return format_figure(fig.value, fig.low, fig.high, fig.unit, fig.qualifier, fig.text)


@dataclass
class Notes:
    """Numbered citation notes for one page, in order of first use."""

    order: list[str] = field(default_factory=list)

    def number(self, fact_id: str) -> int:
        if fact_id not in self.order:
            self.order.append(fact_id)
        return self.order.index(fact_id) + 1


def render_inline(text: str, store: Store, fact_url: Callable[[str], str], notes: Notes) -> Markup:
    out: list[str] = []
    pos = 0
    for m in _INLINE.finditer(text):
        out.append(str(escape(text[pos:m.start()])))
        if m.group(1):  # {{fact.N}}
            ref = FigureRef(fact=m.group(1), index=int(m.group(2) or 1))
            fact, fig = store.figure(ref)
            n = notes.number(fact.id)
            label = show_figure(fig)
            marker = " (computed)" if fig.derived else ""
            out.append(
                f'<a class="fig" href="{escape(fact_url(fact.id))}">{escape(label)}</a>{marker}'
                f'<sup class="note-ref"><a href="#note-{n}" aria-label="source note {n}">[{n}]</a></sup>'
            )
        else:  # [[fact|label]]
            fact_id, label = m.group(3), m.group(4)
            n = notes.number(fact_id)
            out.append(
                f'<a href="{escape(fact_url(fact_id))}">{escape(label or store.facts[fact_id].statement)}</a>'
                f'<sup class="note-ref"><a href="#note-{n}" aria-label="source note {n}">[{n}]</a></sup>'
            )
        pos = m.end()
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def render_body(text: str, store: Store, fact_url: Callable[[str], str], notes: Notes) -> Markup:
    """Blank lines separate paragraphs; lines starting with '- ' make a list."""
    html: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [ln.strip() for ln in block.strip().splitlines() if ln.strip()]
        if lines and all(ln.startswith("- ") for ln in lines):
            items = "".join(f"<li>{render_inline(ln[2:], store, fact_url, notes)}</li>" for ln in lines)
            html.append(f"<ul>{items}</ul>")
        else:
            html.append(f"<p>{render_inline(' '.join(lines), store, fact_url, notes)}</p>")
    return Markup("\n".join(html))
