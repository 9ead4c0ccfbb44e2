"""Quiz statistics (item analysis) the way Moodle's quiz statistics report computes them.

Pure functions, no Flask. Input: a list of attempts, each a mapping question id -> fraction scored
(0..1), and the maximum mark of each question. A question missing from an attempt scored 0 there
(Moodle counts an unanswered slot as a mark of 0). Marks are fraction x max mark.

Definitions (Moodle docs "Quiz statistics calculations" and the quiz_statistics / core_question
statistics calculators), with x_i(s) the mark of question i in attempt s, T(s) the attempt's total
and X_i(s) = T(s) - x_i(s) the rest of the test; S attempts, P questions; variances and covariances
use the sample form (divide by S - 1):

- facility index      F_i = 100 * mean(x_i) / max_i
- standard deviation  SD_i = 100 * sqrt(V(x_i)) / max_i                    (needs S >= 2)
- discrimination      D_i = 100 * C(x_i, X_i) / sqrt(V(x_i) * V(X_i))      (needs both variances > 0)
- discriminative eff. E_i = 100 * C(x_i, X_i) / C_max(x_i, X_i), where C_max is the covariance of the
  two lists after sorting each of them in the same order: the largest covariance the same marks
  could have had                                                          (needs C_max != 0)
- coefficient of internal consistency (Cronbach's alpha)
      CIC = 100 * P / (P - 1) * (1 - sum_i V(x_i) / V(T))                  (needs P >= 2, S >= 3, V(T) > 0;
      Moodle computes it only with three or more attempts, and so do we)
- error ratio ER = 100 * sqrt(1 - CIC / 100); standard error SE = ER * SD(T) / 100
- skewness and kurtosis as Moodle computes them (k-statistics; S >= 3 and S >= 4).

A statistic that cannot be computed (one attempt, zero variance, zero max mark) is None, never an
error and never a division by zero.

Flags (documented thresholds, see FACILITY_LOW etc. below):
- facility below 30%: hard ("difficult" and worse in Moodle's guidance: 20-34 moderately difficult,
  11-20 difficult, 10 and below very difficult or something wrong with the question);
- facility 95% or more: easy (Moodle's guidance calls 95-100 "extremely easy": it tells nobody apart);
- discrimination index below 20% (Moodle's guidance: 0-19 very weak), and negative discrimination
  separately (the question probably does not work: the stronger students did worse on it);
- discriminative efficiency below 15%: Moodle's own report marks such a question as dubious.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from statistics import median as _median
from typing import Collection, Mapping, Sequence

from markupsafe import Markup, escape

FACILITY_LOW = 30.0  # below this the question is flagged as hard
FACILITY_HIGH = 95.0  # at or above this the question is flagged as too easy
DISCRIMINATION_LOW = 20.0  # below this the question is flagged as discriminating weakly
EFFICIENCY_LOW = 15.0  # below this Moodle's report marks the question as dubious

_EPS = 1e-12  # a variance (relative to the squared max mark) below this is zero: float noise only


@dataclass(frozen=True)
class Flag:
    code: str  # "hard", "easy", "weak-discrimination", "negative-discrimination", "low-efficiency"
    message: str


@dataclass(frozen=True)
class ItemStats:
    question_id: str
    attempts: int
    max_mark: float
    mean_mark: float | None  # in marks
    facility: float | None  # % of the max mark
    sd: float | None  # % of the max mark
    discrimination_index: float | None  # %
    discriminative_efficiency: float | None  # %
    flags: tuple[Flag, ...] = ()


@dataclass(frozen=True)
class Bin:
    low: float  # percent, inclusive
    high: float  # percent, exclusive except for the last bin (which includes 100)
    count: int

    @property
    def label(self) -> str:
        return f"{self.low:g}–{self.high:g}%"


@dataclass(frozen=True)
class TestStats:
    attempts: int
    questions: int
    max_total: float
    mean: float | None  # % of max_total
    median: float | None  # % of max_total
    sd: float | None  # % of max_total
    skewness: float | None
    kurtosis: float | None
    cic: float | None  # coefficient of internal consistency (Cronbach's alpha), %
    error_ratio: float | None  # %
    standard_error: float | None  # % of max_total
    items: list[ItemStats] = field(default_factory=list)
    bins: list[Bin] = field(default_factory=list)


# --- small helpers --------------------------------------------------------------------------------

def _mean(xs: Sequence[float]) -> float:
    return math.fsum(xs) / len(xs)


def _cov(xs: Sequence[float], ys: Sequence[float], mx: float, my: float) -> float:
    """Sample covariance (divides by n - 1); callers make sure n >= 2."""
    return math.fsum((x - mx) * (y - my) for x, y in zip(xs, ys)) / (len(xs) - 1)


def _is_zero(v: float | None, scale: float) -> bool:
    return v is None or abs(v) <= _EPS * max(scale, 1.0)


def _check_fraction(qid: str, k: int, v) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)) or math.isnan(v) or not 0 <= v <= 1:
        raise ValueError(f"attempt {k + 1}: the score of {qid!r} must be a fraction from 0 to 1, not {v!r}")
    return float(v)


# --- per question ---------------------------------------------------------------------------------

def item_stats(qid: str, marks: Sequence[float], totals: Sequence[float], max_mark: float) -> ItemStats:
    """Moodle's per-question statistics from the question's marks and the attempts' totals."""
    s = len(marks)
    if s == 0:
        return ItemStats(qid, 0, max_mark, None, None, None, None, None)
    rest = [t - x for t, x in zip(totals, marks)]
    mean = _mean(marks)
    facility = 100 * mean / max_mark if max_mark > 0 else None
    sd = di = de = None
    if s > 1:
        rest_mean = _mean(rest)
        var = _cov(marks, marks, mean, mean)
        rest_var = _cov(rest, rest, rest_mean, rest_mean)
        cov = _cov(marks, rest, mean, rest_mean)
        cov_max = _cov(sorted(marks), sorted(rest), mean, rest_mean)
        scale = max_mark * max_mark
        var = 0.0 if _is_zero(var, scale) else var
        if max_mark > 0:
            sd = 100 * math.sqrt(var) / max_mark
        if not _is_zero(var, scale) and not _is_zero(rest_var, scale):
            di = 100 * cov / math.sqrt(var * rest_var)
        if not _is_zero(cov_max, scale):
            de = 100 * cov / cov_max
    item = ItemStats(qid, s, max_mark, mean, facility, sd, di, de)
    return replace(item, flags=tuple(flags_for(item)))


def flags_for(item: ItemStats) -> list[Flag]:
    """The warnings a teacher sees next to a question (thresholds in the module docstring). One
    attempt says nothing about a question, so facility is flagged from two attempts on."""
    out = []
    if item.facility is not None and item.attempts > 1:
        if item.facility < FACILITY_LOW:
            out.append(Flag("hard", f"Few got this right: facility below {FACILITY_LOW:g}%."))
        elif item.facility >= FACILITY_HIGH:
            out.append(Flag("easy", f"Almost everyone got this right: facility {FACILITY_HIGH:g}% or more."))
    di = item.discrimination_index
    if di is not None:
        if di < 0:
            out.append(Flag("negative-discrimination",
                            "Students who did better overall did worse on this question: check its key."))
        elif di < DISCRIMINATION_LOW:
            out.append(Flag("weak-discrimination",
                            f"This question barely tells stronger from weaker students: "
                            f"discrimination below {DISCRIMINATION_LOW:g}%."))
    de = item.discriminative_efficiency
    if de is not None and de < EFFICIENCY_LOW:
        out.append(Flag("low-efficiency",
                        f"Discriminative efficiency below {EFFICIENCY_LOW:g}%: Moodle would mark this question dubious."))
    return out


# --- the whole test -------------------------------------------------------------------------------

def score_bins(percents: Sequence[float], n: int = 10) -> list[Bin]:
    """Histogram bins of percent scores: n equal bins from 0 to 100, the last one including 100."""
    if n < 1:
        raise ValueError("a histogram needs at least one bin")
    width = 100 / n
    counts = [0] * n
    for p in percents:
        p = min(100.0, max(0.0, round(float(p), 6)))  # 69.99999999 from float sums is 70
        counts[min(n - 1, int(p // width))] += 1
    return [Bin(round(k * width, 6), round((k + 1) * width, 6), c) for k, c in enumerate(counts)]


def quiz_stats(attempts: Sequence[Mapping[str, float]], max_marks: Mapping[str, float],
               bins: int = 10, given: Sequence[Collection[str]] | None = None) -> TestStats:
    """Item analysis and test statistics for a set of attempts.

    `max_marks` fixes the questions and their order (question id -> max mark, > 0); a question an
    attempt does not mention scored 0 there; ids an attempt mentions that are not in `max_marks`
    are ignored. With random pools pass `given` (per attempt, the questions it was given): each
    question's statistics then count only the attempts that were given it, each score is a share of
    that attempt's own maximum, and the internal consistency (which needs every attempt to answer
    every question) is left out."""
    qids = list(max_marks)
    for qid, m in max_marks.items():
        if isinstance(m, bool) or not isinstance(m, (int, float)) or not m > 0 or math.isinf(m):
            raise ValueError(f"the max mark of {qid!r} must be a positive number, not {m!r}")
    sets = [set(qids)] * len(attempts) if given is None else [set(g) & set(qids) for g in given]
    rows = [[_check_fraction(q, k, a.get(q, 0.0)) * max_marks[q] if q in sets[k] else None for q in qids]
            for k, a in enumerate(attempts)]
    totals = [math.fsum(x for x in r if x is not None) for r in rows]
    items = [item_stats(q, [r[i] for r in rows if r[i] is not None],
                        [t for r, t in zip(rows, totals) if r[i] is not None], float(max_marks[q]))
             for i, q in enumerate(qids)]
    whole = all(len(x) == len(qids) for x in sets)
    maxima = [math.fsum(max_marks[q] for q in x) for x in sets]
    percents = [100 * t / m if m else 0.0 for t, m in zip(totals, maxima)]
    test = _test_stats(percents, rows if whole else None, math.fsum(max_marks.values()))
    return TestStats(len(rows), len(qids), math.fsum(max_marks.values()), *test, items, score_bins(percents, bins))


def _test_stats(percents: list[float], rows: list[list] | None, max_total: float) -> tuple:
    """(mean, median, sd, skewness, kurtosis, cic, error ratio, standard error) of the scores in percent;
    the last three only when `rows` (every attempt's marks on every question) is given."""
    s = len(percents)
    if not s or not max_total:
        return (None,) * 8
    m, med = _mean(percents), _median(percents)
    sd = skew = kurt = cic = er = se = None
    if s > 1:
        sum2 = math.fsum((t - m) ** 2 for t in percents)
        var_t = 0.0 if _is_zero(sum2 / (s - 1), 100 * 100) else sum2 / (s - 1)
        sd = math.sqrt(var_t)
        if s > 2 and var_t > 0:
            # Moodle's k-statistics: k2 is the sample variance of the totals
            m2 = sum2 / s
            m3 = math.fsum((t - m) ** 3 for t in percents) / s
            m4 = math.fsum((t - m) ** 4 for t in percents) / s
            k2 = s * m2 / (s - 1)
            k3 = s * s * m3 / ((s - 1) * (s - 2))
            skew = k3 / k2 ** 1.5
            if s > 3:
                k4 = s * s * ((s + 1) * m4 - 3 * (s - 1) * m2 * m2) / ((s - 1) * (s - 2) * (s - 3))
                kurt = k4 / (k2 * k2)
            if rows is not None and len(rows[0]) > 1:
                p = len(rows[0])
                scale = (100 / max_total) ** 2  # item variances in the same unit as k2 (percent of the test)
                sum_item_var = math.fsum(_cov(c, c, _mean(c), _mean(c)) for c in zip(*rows)) * scale
                cic = 100 * p / (p - 1) * (1 - sum_item_var / k2)
                er = 100 * math.sqrt(max(0.0, 1 - cic / 100))
                se = er * sd / 100
    return m, med, sd, skew, kurt, cic, er, se


def alpha_text(test: TestStats, min_attempts: int) -> str:
    """Cronbach's alpha as a teacher reads it: a coefficient with two decimals ("0.42", never "-0.00"
    and never a percent), or why there is none. Below `min_attempts` finished attempts (the item
    statistics' threshold) it is not meaningful yet, whatever it computes to."""
    n = test.attempts
    if n < min_attempts:
        return (f"not meaningful yet ({n} finished attempt{'s' if n != 1 else ''}; "
                f"at least {min_attempts} needed)")
    if test.cic is None:
        if test.questions < 2:
            return "not computed (it needs at least two questions)"
        if n < 3:
            return "not computed (it needs at least three finished attempts)"
        if any(it.attempts != n for it in test.items):
            return "not computed (students were given different questions)"
        return "not computed (every attempt has the same score)"
    return f"{round(test.cic / 100, 2) + 0.0:.2f}"  # + 0.0 turns a rounded -0.0 into 0.0


# --- the histogram --------------------------------------------------------------------------------

_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,63}$")


def _count_scale(top_count: int) -> tuple[int, int]:
    """(step, top) of a round y scale: 1, 2, 5, 10, 20, 50 ... steps, at most 5 gridlines above zero."""
    step = 1
    while top_count / step > 5:
        step = step * 5 // 2 if str(step)[0] == "2" else step * 2
    return step, max(step, -(-top_count // step) * step)


def _bars(bins: list[Bin], y, left: float, bottom: float, plot_w: float) -> list[str]:
    """Each bin's bar with its count above it, and the axis labels below."""
    parts = []
    slot = plot_w / max(1, len(bins))
    for k, b in enumerate(bins):
        x = left + k * slot
        if b.count:
            parts.append(f'<rect class="bar" x="{x + 2:.1f}" y="{y(b.count):.1f}" width="{slot - 4:.1f}" '
                         f'height="{bottom - y(b.count):.1f}" rx="2"/>')
            parts.append(f'<text class="value" x="{x + slot / 2:.1f}" y="{y(b.count) - 4:.1f}" '
                         f'text-anchor="middle" aria-hidden="true">{b.count}</text>')
        parts.append(f'<text class="label" x="{x:.1f}" y="{bottom + 16}" text-anchor="middle" '
                     f'aria-hidden="true">{b.low:g}</text>')
    if bins:
        parts.append(f'<text class="label" x="{left + plot_w:.1f}" y="{bottom + 16}" text-anchor="middle" '
                     f'aria-hidden="true">{bins[-1].high:g}</text>')
    return parts


def histogram_svg(bins: Sequence[Bin], title: str, description: str, chart_id: str = "score-histogram") -> Markup:
    """An accessible server-side SVG histogram (role="img", <title>/<desc>, labelled axes, every bar
    labelled with its count). Uses the bar-chart classes of charts.py (svg.chart .bar/.grid/text),
    no style attributes, no scripts; all text escaped. Pair it with a table of the same bins."""
    if not _ID.match(chart_id):
        raise ValueError("chart_id must be a short identifier (letters, digits, - and _)")
    bins = list(bins)
    left, top, plot_w, plot_h, bottom = 56, 16, 420, 200, 56
    width, height = left + plot_w + 16, top + plot_h + bottom
    step, y_max = _count_scale(max([b.count for b in bins] + [1]))

    def y(v: float) -> float:
        return top + plot_h - plot_h * v / y_max

    summary = "; ".join(f"{b.label}: {b.count} attempt{'s' if b.count != 1 else ''}" for b in bins)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart histogram" viewBox="0 0 {width} {height}" '
        f'role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" width="100%" '
        f'preserveAspectRatio="xMinYMin meet">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(description)} {escape(summary)}</desc>',
    ]
    for v in range(0, y_max + 1, step):
        parts.append(f'<line class="grid" x1="{left}" x2="{left + plot_w}" y1="{y(v):.1f}" y2="{y(v):.1f}" aria-hidden="true"/>')
        parts.append(f'<text class="label" x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end" aria-hidden="true">{v}</text>')
    parts += _bars(bins, y, left, top + plot_h, plot_w)
    parts.append(f'<line class="grid axis" x1="{left}" x2="{left}" y1="{top}" y2="{top + plot_h}" aria-hidden="true"/>')
    parts.append(f'<text class="label axis-label" x="{left + plot_w / 2:.1f}" y="{height - 8}" '
                 f'text-anchor="middle">Score (% of the maximum)</text>')
    parts.append(f'<text class="label axis-label" x="14" y="{top + plot_h / 2:.1f}" text-anchor="middle" '
                 f'transform="rotate(-90 14 {top + plot_h / 2:.1f})">Attempts</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
