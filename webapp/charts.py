"""Server-side SVG charts for module sections, with the data for a table alternative.

No Flask, no JavaScript: a chart is markup described by <title>/<desc>, paired with a table and a
source line naming each figure's claimant, article and paragraph. Every number drawn is a fact's
figure as `figure_phrase` shows it; the scale has no labelled ticks, so no number appears that no
fact carries. The layout is narrow (labels above bars) so it reads at 390 px wide.
"""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from .facts import Store
from .phrases import figure_phrase
from .schemas import Chart, FigureRef

WIDTH = 360
TRACK = 250  # the longest bar; the rest of the width holds its value
ROW = 46
BAR_H = 16


COMPUTED_MARK = " (computed by Sourced)"  # after a computed figure, wherever a chart shows it


@dataclass(frozen=True)
class Bar:
    label: str
    low: float
    high: float  # low == high for a single value
    phrase: str  # the figure as a phrase, with its qualifier ("about 19%")
    fact_id: str
    claimant: str
    where: str  # "the news report, paragraph 6"; for a computed figure, who computed it from what
    computed: bool = False  # the project's arithmetic, not a figure any article gives

    @property
    def shown(self) -> str:
        """The figure as the chart and its table show it: 'about 5% (computed by Sourced)'."""
        return self.phrase + (COMPUTED_MARK if self.computed else "")

    @property
    def who(self) -> str:
        """The table's "who says so, where": 'the news report (no source given); the news report,
        paragraph 3', or for a computed figure 'computed by Sourced from the blog post's figures, paragraph 7'."""
        return self.where if self.computed else f"{self.claimant}; {self.where}"


def _bar(store: Store, label: str, ref: str) -> Bar:
    fact, fig = store.figure(FigureRef.parse(ref))
    low, high = (fig.value, fig.value) if fig.value is not None else (fig.low, fig.high)
    where = claimant_and_place(fact, store, computed=True) if fig.derived else where_cited(fact, store)
    return Bar(label, low, high, figure_phrase(fig, "long"), fact.id, fact.claimant, where, fig.derived)


def paragraphs_by_source(fact) -> list[tuple[str, str]]:
    """Each source the fact cites once, with its paragraphs in order: [('news-...', 'paragraphs 6 and 7')]."""
    by_source: dict[str, list[int]] = {}
    for c in fact.citations:
        paras = by_source.setdefault(c.source_id, [])
        if c.paragraph not in paras:
            paras.append(c.paragraph)
    out = []
    for sid, paras in by_source.items():
        nums = sorted(paras)
        words = ", ".join(str(n) for n in nums[:-1]) + (" and " if len(nums) > 1 else "") + str(nums[-1])
        out.append((sid, f"paragraph{'s' if len(nums) > 1 else ''} {words}"))
    return out


def where_cited(fact, store: Store) -> str:
    """'the news report, paragraphs 6 and 7; the blog post, paragraph 4'."""
    return "; ".join(f"{store.sources[sid].label}, {paras}" for sid, paras in paragraphs_by_source(fact))


def is_computed(fact) -> bool:
    """The fact is the project's own arithmetic: its claimant says so, or every figure is derived."""
    return fact.claimant.lower().startswith("computed by") or bool(fact.figures) and all(
        g.derived for g in fact.figures)


def computed_place(fact, store: Store) -> str:
    """'computed by Sourced from the blog post's figures, paragraph 7': who computed it, from which
    article's paragraphs, without naming the article twice."""
    claimant = fact.claimant if fact.claimant.lower().startswith("computed by") else "computed by Sourced"
    places = paragraphs_by_source(fact)
    if len(places) == 1 and store.sources[places[0][0]].label in claimant:
        return f"{claimant}, {places[0][1]}"
    return f"{claimant}, in {where_cited(fact, store)}"


def claimant_and_place(fact, store: Store, computed: bool | None = None) -> str:
    """Who claims it and where, without saying the article twice: 'the news report, paragraph 3 (no
    source given)' rather than 'the news report (no source given), in the news report, paragraph 3'.
    A computed figure's line says who computed it (`computed_place`)."""
    if computed or (computed is None and is_computed(fact)):
        return computed_place(fact, store)
    where = where_cited(fact, store)
    label = store.sources[fact.citations[0].source_id].label
    if fact.claimant.startswith(label):
        rest = fact.claimant[len(label):]
        if rest.startswith("'s ") and where.startswith(label):  # "the blog post's author, paragraph 7"
            return f"{fact.claimant}{where[len(label):]}"
        return f"{where}{rest}"
    return f"{fact.claimant}, in {where}"


def chart_bars(chart: Chart, store: Store) -> list[Bar]:
    return [_bar(store, b.label, b.figure) for b in chart.bars]


def chart_groups(chart: Chart, store: Store) -> list[tuple[str, list[Bar | None]]]:
    return [(g.label, [_bar(store, f"{g.label} ({s})", ref) if ref else None
                       for s, ref in zip(chart.series, g.figures)]) for g in chart.groups]


def all_bars(chart: Chart, store: Store) -> list[Bar]:
    return chart_bars(chart, store) + [b for _, bs in chart_groups(chart, store) for b in bs if b]


def source_line(chart: Chart, store: Store) -> str:
    """'Source: <claimant>, in <article>, paragraph N; …' — each claimant and place once."""
    seen: dict[str, None] = {}
    for b in all_bars(chart, store):
        seen[claimant_and_place(store.facts[b.fact_id], store)] = None
    return "Source: " + "; ".join(seen) + "."


def _scale(chart: Chart, bars: list[Bar]) -> float:
    return 100.0 if chart.unit == "percent" else max(b.high for b in bars) or 1.0


def _bar_marks(b: Bar, y: float, scale: float, x0: float, track: float, cls: str = "bar") -> list[str]:
    x_low, x_high = x0 + track * b.low / scale, x0 + max(2.0, track * b.high / scale)
    parts = []
    if b.high > b.low:  # a range: a faint run up to its low end, a solid band across the range
        parts.append(f'<rect class="bar-faint" x="{x0}" y="{y:.1f}" width="{x_low - x0:.1f}" height="{BAR_H}" rx="2"/>')
        parts.append(f'<rect class="{cls}" x="{x_low:.1f}" y="{y:.1f}" width="{x_high - x_low:.1f}" height="{BAR_H}" rx="2"/>')
    else:
        parts.append(f'<rect class="{cls}" x="{x0}" y="{y:.1f}" width="{x_high - x0:.1f}" height="{BAR_H}" rx="2"/>')
    value = _short_value(b.phrase)
    if b.computed:  # said beside the bar; shorter where the whole mark would not fit after it
        value += COMPUTED_MARK if x_high + 5 + 7.8 * len(value + COMPUTED_MARK) <= WIDTH else " (computed)"
    if x_high + 5 + 7.8 * len(value) > WIDTH:  # no room after the bar: write it inside, at its end
        parts.append(f'<text class="value inside" x="{x_high - 5:.1f}" y="{y + BAR_H - 3:.1f}" '
                     f'text-anchor="end">{escape(value)}</text>')
    else:
        parts.append(f'<text class="value" x="{x_high + 5:.1f}" y="{y + BAR_H - 3:.1f}">{escape(value)}</text>')
    return parts


def _short_value(shown: str) -> str:
    """The value beside a bar: the phrase without a long unit, which the axis label gives."""
    for unit in (" soldiers a week", " foreign fighters a week", " killed or wounded", " soldiers", " prisoners"):
        if shown.endswith(unit):
            return shown[: -len(unit)]
    return shown


def _frame(chart: Chart, chart_id: str, height: float, summary: str) -> tuple[str, str]:
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {height:.0f}" '
            f'role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" preserveAspectRatio="xMinYMin meet">'
            f'<title id="{chart_id}-title">{escape(chart.title)}</title>'
            f'<desc id="{chart_id}-desc">{escape(chart.description)} {escape(summary)}</desc>')
    return head, "</svg>"


def _axis(chart: Chart, y: float, x0: float, track: float) -> list[str]:
    label = chart.axis or ("Share of prisoners (percent)" if chart.unit == "percent" else "")
    return [f'<line class="axis" x1="{x0}" x2="{x0 + track}" y1="{y:.1f}" y2="{y:.1f}" aria-hidden="true"/>',
            f'<text class="axis-label" x="{x0}" y="{y + 16:.1f}">{escape(label)}</text>']


def bar_chart_svg(chart: Chart, store: Store, chart_id: str) -> Markup:
    """One bar per figure, its label above it, its value (with qualifier) after it."""
    if chart.kind == "grouped":
        return grouped_chart_svg(chart, store, chart_id)
    bars = chart_bars(chart, store)
    scale, x0 = _scale(chart, bars), 4
    height = 8 + ROW * len(bars) + 28
    head, tail = _frame(chart, chart_id, height, "; ".join(f"{b.label}: {b.shown}" for b in bars) + ".")
    parts = [head]
    for i, b in enumerate(bars):
        y = 8 + i * ROW
        parts.append(f'<text class="label" x="{x0}" y="{y + 12}">{escape(b.label)}</text>')
        parts += _bar_marks(b, y + 18, scale, x0, TRACK)
    parts += _axis(chart, 8 + ROW * len(bars) + 2, x0, TRACK)
    parts.append(tail)
    return Markup("".join(parts))


def grouped_chart_svg(chart: Chart, store: Store, chart_id: str) -> Markup:
    """For each group, one bar per series (article) side by side; 'not given' where an article
    gives no figure."""
    groups = chart_groups(chart, store)
    present = [b for _, bs in groups for b in bs if b]
    scale, x0, name_w = _scale(chart, present), 4, 78
    n = len(chart.series)
    group_h = 20 + n * (BAR_H + 6) + 8
    height = 8 + group_h * len(groups) + 28
    summary = "; ".join(f"{label}: " + ", ".join(f"{s} {b.shown if b else 'not given'}" for s, b in zip(chart.series, bs))
                        for label, bs in groups) + "."
    head, tail = _frame(chart, chart_id, height, summary)
    parts = [head]
    for i, (label, bs) in enumerate(groups):
        y = 8 + i * group_h
        parts.append(f'<text class="label" x="{x0}" y="{y + 12}">{escape(label)}</text>')
        for k, (series, b) in enumerate(zip(chart.series, bs)):
            by = y + 20 + k * (BAR_H + 6)
            parts.append(f'<text class="series" x="{x0}" y="{by + BAR_H - 3}">{escape(series)}</text>')
            if b is None:
                parts.append(f'<text class="value missing" x="{x0 + name_w}" y="{by + BAR_H - 3}">not given</text>')
            else:
                parts += _bar_marks(b, by, scale, x0 + name_w, TRACK - name_w + 20, cls=f"bar series-{k + 1}")
    parts += _axis(chart, 8 + group_h * len(groups) + 2, x0 + name_w, TRACK - name_w + 20)
    parts.append(tail)
    return Markup("".join(parts))
