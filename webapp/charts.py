"""Server-side SVG bar charts for module sections, with the data for a table alternative.

No Flask, no JavaScript: the chart is markup, described by <title>/<desc> and paired with a table.
"""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from .facts import Store
from .prose import show_figure
from .schemas import Chart, FigureRef


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    shown: str  # the figure as shown, with its qualifier ("about 19%")
    fact_id: str
    claimant: str


def chart_bars(chart: Chart, store: Store) -> list[Bar]:
    bars = []
    for b in chart.bars:
        fact, fig = store.figure(FigureRef.parse(b.figure))
        bars.append(Bar(b.label, fig.value, show_figure(fig), fact.id, fact.claimant))
    return bars


def bar_chart_svg(chart: Chart, store: Store, chart_id: str) -> Markup:
    """A horizontal bar chart on a scale from nothing to the whole (gridlines at quarters, unlabelled so
    that no number appears that no fact carries); every bar is labelled with its figure."""
    bars = chart_bars(chart, store)
    row, label_w, bar_w, top = 34, 210, 330, 10
    height = top + row * len(bars) + 30
    width = label_w + bar_w + 110
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" '
        f'role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" width="100%" preserveAspectRatio="xMinYMin meet">',
        f'<title id="{chart_id}-title">{escape(chart.title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(chart.description)} '
        f'{escape("; ".join(f"{b.label}: {b.shown}" for b in bars))}</desc>',
    ]
    for tick in (0, 25, 50, 75, 100):
        x = label_w + bar_w * tick / 100
        parts.append(f'<line class="grid" x1="{x:.1f}" x2="{x:.1f}" y1="{top - 4}" y2="{height - 24}" aria-hidden="true"/>')
    for i, b in enumerate(bars):
        y = top + i * row
        w = max(1.0, bar_w * b.value / 100)
        parts.append(f'<text class="label" x="{label_w - 8}" y="{y + 20}" text-anchor="end">{escape(b.label)}</text>')
        parts.append(f'<rect class="bar" x="{label_w}" y="{y + 6}" width="{w:.1f}" height="20" rx="2"/>')
        parts.append(f'<text class="value" x="{label_w + w + 6:.1f}" y="{y + 20}">{escape(b.shown)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def choice_bars_svg(rows: list[tuple[str, int, bool]], answered: int, title: str, chart_id: str) -> Markup:
    """How many students gave each answer to one question: a small horizontal bar chart, the right
    answer(s) marked with a tick and a solid bar. `rows` are (label, count, right); the table beside
    it carries the same numbers."""
    row, label_w, bar_w, top = 26, 230, 200, 4
    height = top + row * len(rows) + 4
    width = label_w + bar_w + 60
    most = max([n for _, n, _ in rows] + [1])
    said = "; ".join(label + (" (right)" if right else "") + f": {n}" for label, n, right in rows)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart choice-chart" viewBox="0 0 {width} {height}" '
        f'role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" width="100%" preserveAspectRatio="xMinYMin meet">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{answered} answered. '
        f'{escape(said)}</desc>',
    ]
    for i, (label, n, right) in enumerate(rows):
        y = top + i * row
        tick = "✓ " if right else ""
        short = label if len(label) <= 30 else label[:29] + "…"
        w = max(1.0, bar_w * n / most) if n else 0
        parts.append(f'<text class="label" x="{label_w - 8}" y="{y + 17}" text-anchor="end">'
                     f'{tick}{escape(short)}</text>')
        kind = "bar bar-right" if right else "bar bar-other"
        parts.append(f'<rect class="{kind}" x="{label_w}" y="{y + 5}" '
                     f'width="{w:.1f}" height="16" rx="2"/>')
        parts.append(f'<text class="value" x="{label_w + w + 6:.1f}" y="{y + 17}">{n}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
