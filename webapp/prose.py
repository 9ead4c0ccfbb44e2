"""Turn module prose into HTML: figure references become figure phrases, fact links become cited text.

No Flask: the caller passes `fact_url(fact_id) -> str`. Everything not a reference is escaped.

Reading rules (issue 12): a figure reads as a phrase with its unit and qualifier (`phrases.py`);
only figures link to their fact, and each fact's figure links once per page; a `[[fact|words]]`
reference is plain text whose fact is cited; citations are gathered at the end of each sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterator

from markupsafe import Markup, escape

from .facts import Store
from .numbers import format_figure
from .phrases import bare_number, choose_form, figure_phrase
from .schemas import FACT_LINK, FIGURE_REF, Figure, FigureRef

_INLINE = re.compile(f"(?P<fig>{FIGURE_REF.pattern})|(?P<link>{FACT_LINK.pattern})")
# a sentence ends at . ! or ? (perhaps after a closing quote) followed by a space and a capital,
# a quote or a reference
_SENTENCE_END = re.compile(r"(?<=[.!?])([\"”’)]?)\s+(?=[A-Z\"“\[{])")


def show_figure(fig: Figure) -> str:
    """The figure as the app shows it on its own, e.g. 'about 83%' or 'more than 10,000'."""
    shown = format_figure(fig.value, fig.low, fig.high, fig.unit, fig.qualifier, fig.text)
    return f"about {shown}" if fig.approximate else shown


@dataclass
class Notes:
    """Numbered citation notes for one page, in order of first use; which figures ("fact-id.N") are
    linked already (each figure links once per page)."""

    order: list[str] = field(default_factory=list)
    linked: set[str] = field(default_factory=set)
    anchor: str = "note-"  # a marker links to #<anchor><n>: unique per explanation where a page has several

    def number(self, fact_id: str) -> int:
        if fact_id not in self.order:
            self.order.append(fact_id)
        return self.order.index(fact_id) + 1


@dataclass(frozen=True)
class Reference:
    """One figure reference as rendered: for the render test and the content check."""

    fact_id: str
    index: int
    form: str
    phrase: str
    following: str


def _groups(m: re.Match) -> tuple[str, int, str | None]:
    g = m.groups()  # fig, id, n, form, link, id, label
    return g[1], int(g[2] or 1), g[3]


def references(text: str, store: Store) -> Iterator[Reference]:
    """Every figure reference in `text` with the form and phrase it renders as."""
    for m in _INLINE.finditer(text):
        if not m.group("fig"):
            continue
        fact_id, index, form = _groups(m)
        _, fig = store.figure(FigureRef(fact=fact_id, index=index))
        following = text[m.end():m.end() + 40]
        form = form or choose_form(fig, following)
        yield Reference(fact_id, index, form, figure_phrase(fig, form), following)


def bare_references(text: str, store: Store) -> list[Reference]:
    """References that render as a number without the unit their figure has."""
    out = []
    for r in references(text, store):
        _, fig = store.figure(FigureRef(fact=r.fact_id, index=r.index))
        if bare_number(fig, r.form, r.following):
            out.append(r)
    return out


def _note_refs(fact_ids: list[str], notes: Notes) -> str:
    if not fact_ids:
        return ""
    links = ", ".join(f'<a href="#{notes.anchor}{n}" aria-label="source note {n}">{n}</a>'
                      for n in sorted(set(notes.number(f) for f in fact_ids)))
    return f'<sup class="note-ref">[{links}]</sup>'


def _render_sentence(text: str, store: Store, fact_url: Callable[[str], str], notes: Notes) -> str:
    out: list[str] = []
    cited: list[str] = []
    pos = 0
    for m in _INLINE.finditer(text):
        out.append(str(escape(text[pos:m.start()])))
        if m.group("fig"):
            fact_id, index, form = _groups(m)
            fact, fig = store.figure(FigureRef(fact=fact_id, index=index))
            phrase = escape(figure_phrase(fig, form or choose_form(fig, text[m.end():m.end() + 40])))
            marker = " (computed)" if fig.derived else ""
            if f"{fact.id}.{index}" in notes.linked:
                out.append(f'<span class="fig">{phrase}</span>{marker}')
            else:
                notes.linked.add(f"{fact.id}.{index}")
                out.append(f'<a class="fig" href="{escape(fact_url(fact.id))}">{phrase}</a>{marker}')
            cited.append(fact.id)
        else:
            fact_id, label = m.group(6), m.group(7)
            fact = store.facts[fact_id]
            cls = "claim opinion" if fact.kind == "opinion" else "claim"
            out.append(f'<span class="{cls}">{escape(label or fact.statement)}</span>')
            cited.append(fact_id)
        pos = m.end()
    out.append(str(escape(text[pos:])))
    return "".join(out) + _note_refs(cited, notes)


def split_sentences(text: str) -> list[str]:
    parts = _SENTENCE_END.split(text)
    # split keeps the captured closing quote as its own item: glue it back to its sentence
    out: list[str] = []
    for i, p in enumerate(parts):
        if i % 2 == 1:
            out[-1] += p
        else:
            out.append(p)
    return [s for s in out if s.strip()]


def render_inline(text: str, store: Store, fact_url: Callable[[str], str], notes: Notes) -> Markup:
    """A paragraph: each sentence's references rendered, its citations gathered after it."""
    return Markup(" ".join(_render_sentence(s, store, fact_url, notes) for s in split_sentences(text)))


def explained(text: str, fact_ids: list[str], store: Store, fact_url: Callable[[str], str],
              anchor: str) -> tuple[Markup, list]:
    """An explanation and the sources to list under it, numbered as its note markers number them (the
    facts it cites in order, then any other fact of `fact_ids`): marker [n] links to #<anchor><n>."""
    notes = Notes(anchor=anchor)
    html = render_inline(text, store, fact_url, notes)
    ids = notes.order + [f for f in fact_ids if f not in notes.order]
    return html, [store.facts[f] for f in ids if f in store.facts]


def note_anchor(key: str) -> str:
    """An id prefix for one explanation's notes ('q-scale-3-note-'): letters, digits and hyphens only."""
    return "q-" + re.sub(r"[^A-Za-z0-9-]+", "-", key).strip("-") + "-note-"


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
