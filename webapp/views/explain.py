"""The explainer face: home, modules, facts (with a live filter), sources."""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, render_template, request, url_for

from .. import fact_search
from ..charts import (all_bars, bar_chart_svg, chart_bars, chart_groups, claimant_and_place, paragraphs_by_source,
                      source_line, where_cited)
from ..facts import read_paragraphs
from ..phrases import choose_form, figure_phrase
from ..prose import Notes, render_body, render_inline, show_figure
from ..schemas import FigureRef
from ..web import csrf_token, store

bp = Blueprint("explain", __name__)


def fact_url(fact_id: str) -> str:
    return url_for("explain.fact", fact_id=fact_id)


def get_module(module_id: str):
    m = store().modules.get(module_id)
    if m is None:
        abort(404)
    return m


def get_fact(fact_id: str):
    f = store().facts.get(fact_id)
    if f is None:
        abort(404)
    return f


@bp.app_template_global()
def figure_label(fig) -> str:
    return show_figure(fig)


@bp.app_template_global()
def cited_where(fact) -> str:
    return where_cited(fact, store())


@bp.app_template_global()
def claimed_where(fact) -> str:
    """'the news report, paragraph 3 (no source given)' or 'X, in the news report, paragraph 3', as a chart's
    source line says it (the projector's reveal, where a line must stay short)."""
    return claimant_and_place(fact, store())


@bp.app_template_global()
def source_of(source_id: str):
    return store().sources[source_id]


@bp.app_template_global()
def cited_in(fact) -> list:
    """[(source, 'paragraphs 6 and 7')]: each article a fact cites, once (explain/_attribution.html)."""
    return [(store().sources[sid], paras) for sid, paras in paragraphs_by_source(fact)]


@bp.get("/")
def home():
    return render_template("explain/home.html", modules=list(store().modules.values()),
                           fact_count=len(store().facts), sources=list(store().sources.values()))


@bp.get("/modules")
def modules():
    return render_template("explain/modules.html", modules=list(store().modules.values()))


# The module pages are the same for every visitor but for the CSRF token of the footer's chat form,
# and the content is fixed for the life of the process: each is rendered once per process with a
# placeholder token, which each request swaps for its own. Rendering is most of a module page's cost.
TOKEN_SLOT = "\x00csrf-token\x00"


@bp.get("/modules/<module_id>")
def module(module_id: str):
    # The site's own modules come before any teacher's (served.merge never lets a subject replace one),
    # so they are found without asking the database whether anything was published.
    m = current_app.extensions["sourced"].base.store.modules.get(module_id) or get_module(module_id)
    cache = current_app.extensions.setdefault("module_pages", {})
    hit = cache.get(m.id)
    if hit is None or hit[0] is not m:  # a teacher's module published again is another object
        # kept encoded, in the pieces around each token: 15-24 kB not searched nor encoded again
        hit = cache[m.id] = (m, [part.encode() for part in render_module(m).split(TOKEN_SLOT)])
    return current_app.response_class(csrf_token().encode().join(hit[1]), mimetype="text/html")


def key_figures(m, notes: Notes) -> list[dict]:
    """The box at the top of a module: each figure as a phrase, its label, who claims it. These are
    the page's first mention of each figure, so they carry its one link."""
    out = []
    for k in m.key_figures:
        ref = FigureRef.parse(k.figure)
        fact, fig = store().figure(ref)
        linked = f"{fact.id}.{ref.index}" not in notes.linked
        notes.linked.add(f"{fact.id}.{ref.index}")
        phrase = figure_phrase(fig, choose_form(fig, k.label))
        out.append({"label": k.label, "phrase": phrase, "fact": fact, "linked": linked,
                    "note": notes.number(fact.id)})
    return out


def render_chart(spec, cid: str, notes: Notes) -> dict:
    chart = {"spec": spec, "id": cid, "kind": spec.kind}
    if spec.kind == "table":
        chart["rows"] = [{"label": r.label, "cells": [render_inline(c, store(), fact_url, notes) for c in r.cells]}
                         for r in spec.rows]
        return chart
    chart.update(svg=bar_chart_svg(spec, store(), cid), bars=chart_bars(spec, store()),
                 groups=chart_groups(spec, store()), source=source_line(spec, store()))
    chart["notes"] = sorted({notes.number(b.fact_id) for b in all_bars(spec, store())})
    return chart


def render_module(m) -> str:
    notes = Notes()
    keys = key_figures(m, notes)
    sections = []
    for i, s in enumerate(m.sections, 1):
        body = render_body(s.body, store(), fact_url, notes)
        chart = render_chart(s.chart, f"chart-{i}", notes) if s.chart else None
        sections.append({"heading": s.heading, "body": body, "chart": chart, "anchor": f"section-{i}"})
    ordered = list(store().modules)
    idx = ordered.index(m.id)
    nav = {"prev": store().modules[ordered[idx - 1]] if idx > 0 else None,
           "next": store().modules[ordered[idx + 1]] if idx + 1 < len(ordered) else None}
    noted = [store().facts[f] for f in notes.order]
    used_sources = [store().sources[sid] for sid in
                    dict.fromkeys(c.source_id for f in noted for c in f.citations)]
    return render_template("explain/module.html", module=m, sections=sections, key_figures=keys,
                           notes=noted, sources=used_sources, nav=nav, csrf_token=lambda: TOKEN_SLOT)


@bp.get("/facts")
def facts():
    q = request.args.get("q", "").strip()[:200]
    topic = request.args.get("topic", "").strip()
    kind = request.args.get("kind", "").strip()
    error = None
    if topic and topic not in store().topics:
        error, topic = f"There is no topic called “{topic[:60]}”; showing all topics.", ""
    ids = fact_search.search(store(), q, topic or None)
    results = [store().facts[i] for i in ids if i in store().facts]
    if kind in ("figure", "claim", "opinion", "context"):
        results = [f for f in results if f.kind == kind]
    else:
        kind = ""
    ctx = dict(results=results, q=q, topic=topic, kind=kind, topics=store().topics, error=error,
               total=len(store().facts))
    if request.htmx and request.htmx.target == "fact-results":
        return render_template("explain/_fact_results.html", **ctx)
    return render_template("explain/facts.html", **ctx)


@bp.get("/facts/<fact_id>")
def fact(fact_id: str):
    f = get_fact(fact_id)
    quotes = []
    texts = current_app.config.get("SOURCE_TEXTS")
    for c in f.citations:
        src = store().sources[c.source_id]
        quote = None
        if texts and store().verified.get(src.id) == "verified":
            try:
                quote = read_paragraphs(Path(texts) / src.file)[c.paragraph - 1]
            except (OSError, IndexError):
                quote = None
        quotes.append({"citation": c, "source": src, "quote": quote})
    related = [store().facts[r] for r in f.related if r in store().facts]
    conflicts = [(store().facts[c.fact], c.note) for c in f.conflicts_with if c.fact in store().facts]
    derived_from = {i: [store().facts[x] for x in g.from_facts] for i, g in enumerate(f.figures) if g.derived}
    return render_template("explain/fact.html", fact=f, quotes=quotes, related=related, conflicts=conflicts,
                           derived_from=derived_from, modules=store().modules_using(f.id))


@bp.get("/sources")
def sources():
    items = [{"source": s, "status": store().verified.get(s.id, "unknown"), "facts": store().facts_citing(s.id)}
             for s in store().sources.values()]
    # a fact's page quotes its paragraph when the texts are configured and the article verified (fact())
    quoting = bool(current_app.config.get("SOURCE_TEXTS")) and any(i["status"] == "verified" for i in items)
    return render_template("explain/sources.html", items=items, quoting=quoting)
