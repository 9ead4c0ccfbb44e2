"""What a figure's qualifier lets a wrong figure be: the rule behind honest distractors (WALK-9, 3 and 16).

No Flask. A figure the article gives as a *bound* is true of more numbers than itself:
- a lower bound ("more than 10,000", "over", "at least") makes "more than 5,000" true as well, so a
  wrong option must be LARGER than the figure ("more than 15,000" is not what the article says);
- an upper bound ("up to", "fewer than", "less than", and "as high as"/"as much as", which caps the
  figure: "as much as 76%" is no more than 76%) makes any larger cap true as well, so a wrong
  option must be SMALLER;
- "almost" and "nearly" are not bounds here: they put a figure just under the one named, so
  "almost 210,000" and "almost 630,000" are both false of "almost 420,000". They count as hedged.

A true/false statement keyed false may never move a bound: a larger lower bound ("more than
15,000") is not contradicted by "more than 10,000", only not stated, and a smaller one is true.
The generator turns a lower bound round instead ("fewer than 10,000", which the article does
contradict) and leaves an upper bound's false statement out.

Every wrong figure is also *clearly* different from the true one: not equal to it once either is
rounded to the other's precision (0.8% and "1%"), a range clear of the true range, and at least a factor apart (`MIN_RATIO`; more
for a hedged figure, since "roughly 10%" is close to "roughly 7%").

`question_problems` applies the same rule to a hand-written question; `questions check` reports
what it finds (see README) and the generator's own questions never trip it (a test says so).
"""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from .numbers import same

if TYPE_CHECKING:  # pragma: no cover
    from .facts import Store
    from .schemas import Figure, Question

LOWER_BOUNDS = ("more than", "over", "at least")
UPPER_BOUNDS = ("up to", "fewer than", "less than", "as high as")
HEDGED = ("about", "around", "approximately", "roughly", "some", "almost", "nearly")
# how an option or a statement may write each bound ("Over 2,000", "as much as 76%")
_BOUND_WORDS = {"lower": ("more than", "over", "at least", "above", "upwards of"),
                "upper": ("up to", "fewer than", "less than", "as high as", "as much as", "as many as", "under",
                          "at most")}
DATE_UNITS = ("date", "year", "year of the war")  # "June 2023" against 2022 is another date, not a near figure
MIN_RATIO = 1.2  # an exact figure's wrong figure: at least this factor away ("5%" and "4%" pass)
MIN_RATIO_HEDGED = 1.5  # a hedged or bounded figure's: "roughly 7%" and "roughly 10%" are too close
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def bound(qualifier: str) -> str | None:
    """'lower', 'upper' or None (a point figure, exact or hedged)."""
    if qualifier in LOWER_BOUNDS:
        return "lower"
    if qualifier in UPPER_BOUNDS:
        return "upper"
    return None


def hedged(g: "Figure") -> bool:
    return g.qualifier in HEDGED or bound(g.qualifier) is not None or g.approximate


def precision(x: float) -> Decimal:
    """The step a number is written to, by its last non-zero digit: 0.8 → 0.1; 350 → 10; 10,000 →
    10,000 (a round figure is read as rounded); 7 → 1."""
    return Decimal(1).scaleb(Decimal(repr(float(x))).normalize().as_tuple().exponent)


def _round_to(x: float, step: Decimal) -> Decimal:
    return (Decimal(repr(float(x))) / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step


def rounds_to(a: float, b: float) -> bool:
    """True when a rounded to b's precision is b, or b rounded to a's is a: 0.8 and 1; 415,000 and 420,000."""
    return (_round_to(a, precision(b)) == Decimal(repr(float(b)))
            or _round_to(b, precision(a)) == Decimal(repr(float(a))))


def _near(a: float, b: float, limit: float) -> bool:
    return a > 0 and b > 0 and max(a, b) / min(a, b) < limit - 1e-9


def too_close(wrong: float, truth: float, is_hedged: bool, percent: bool = False) -> bool:
    """A wrong figure a student who knows the true one could fairly pick. A share is close only when
    what is left of 100% is close too (by the factor squared, as that part is the smaller one): 83%
    and 97% leave 17% and 3%, clearly different; 83% and 90% leave 17% and 10%, too close."""
    if same(wrong, truth) or rounds_to(wrong, truth):
        return True
    limit = MIN_RATIO_HEDGED if is_hedged else MIN_RATIO
    if percent and truth < 100 and wrong < 100:
        return _near(wrong, truth, limit) and _near(100 - wrong, 100 - truth, limit ** 2)
    return _near(wrong, truth, limit)


def fair_wrong(wrong: tuple[float, ...], g: "Figure") -> bool:
    """May `wrong` stand, with g's qualifier, as a false version of g? On the side the bound does not
    allow, and clearly different from each of g's numbers."""
    side = bound(g.qualifier)
    truth = g.numbers
    if len(wrong) != len(truth):
        return False
    if len(truth) == 2 and not (wrong[1] < truth[0] or wrong[0] > truth[1]):
        return False  # a range that overlaps the true one ("90 to 140" against "60 to 90") is partly true
    for w, t in zip(wrong, truth):
        if side == "lower" and not w > t:
            return False
        if side == "upper" and not w < t:
            return False
        if too_close(w, t, hedged(g), g.unit == "percent"):
            return False
    return True


def may_be_false(g: "Figure") -> bool:
    """Can a true/false statement be made false by changing this figure's number? Not for a bound."""
    return bound(g.qualifier) is None


_LOWER_IN_TEXT = re.compile(r"\b(more than|over|at least)(\s+)$", re.I)


def reversed_bound(statement: str, start: int, g: "Figure") -> str | None:
    """The statement with the lower bound just before position `start` turned round ("more than
    10,000" → "fewer than 10,000"), which the article's figure does contradict; None when the
    statement does not write the bound there, or the figure is no lower bound."""
    m = _LOWER_IN_TEXT.search(statement[:start])
    if bound(g.qualifier) != "lower" or m is None:
        return None
    word = "less than" if g.unit in ("percent", "fraction") else "fewer than"
    if m.group(1)[0].isupper():
        word = word.capitalize()
    return statement[:m.start()] + word + m.group(2) + statement[start:]


def states_reversed_bound(prompt: str, figures: list["Figure"]) -> bool:
    """A false statement may keep a lower bound's number if it turns the bound round: "fewer than
    10,000" against the article's "more than 10,000"."""
    for m in _NUMBER.finditer(prompt):
        n = float(m.group(0).replace(",", ""))
        before = prompt[max(0, m.start() - 24):m.start()].lower().rstrip()
        if any(bound(g.qualifier) == "lower" and len(g.numbers) == 1 and same(n, g.numbers[0]) for g in figures) \
                and re.search(r"\b(fewer than|less than|under)$", before):
            return True
    return False


# --- the same rule, for a hand-written question ----------------------------------------------------

def _numbers(text: str) -> list[float]:
    return [float(m.group(0).replace(",", "")) for m in _NUMBER.finditer(text)]


def _bound_before(text: str, start: int) -> str | None:
    """'lower' / 'upper' when the words just before position `start` state a bound ("Over 2,000")."""
    before = text[max(0, start - 24):start].lower().rstrip()
    for side, words in _BOUND_WORDS.items():
        if any(re.search(rf"\b{w}$", before) for w in words):
            return side
    return None


def _single_figures(fact_ids: list[str], store: "Store") -> list["Figure"]:
    return [g for f in fact_ids if f in store.facts for g in store.facts[f].figures if len(g.numbers) == 1]


def _stated(text: str, figures: list["Figure"]) -> list["Figure"]:
    nums = _numbers(text)
    return [g for g in figures if any(same(n, g.numbers[0]) for n in nums)]


def _template(text: str) -> str:
    return _NUMBER.sub("#", text).strip().lower()


def _wrong_option_problem(text: str, n: float, start: int, g: "Figure", same_words: bool) -> str | None:
    """Why the wrong figure n (at `start` in an option's text) is unfair against g, or None."""
    t, side = g.numbers[0], bound(g.qualifier)
    # the option states g's kind of bound: in its own words ("Over 2,000"), or in the right option's
    # words around another number (a bare "5,000" where the stem says "more than ____")
    bounded = side is not None and (_bound_before(text, start) == side or same_words)
    if bounded and side == "lower" and n < t:
        return f"{text!r} is true too: the article's figure is {g.qualifier} {t:,g}, a lower bound (a wrong figure must be larger)"
    if bounded and side == "upper" and n > t:
        return f"{text!r} is true too: the article's figure is {g.qualifier} {t:,g}, an upper bound (a wrong figure must be smaller)"
    if same_words and too_close(n, t, hedged(g), g.unit == "percent"):
        return f"{text!r} is too close to the right figure {t:,g}: make it clearly different"
    return None


def choice_problems(q: "Question", store: "Store") -> list[tuple[str, str]]:
    """Wrong options that a bound makes true, or that round to the right figure."""
    right = set(q.answer) if isinstance(q.answer, list) else {q.answer}
    figures = [g for g in _single_figures(q.fact_ids, store) if g.unit not in DATE_UNITS]
    keyed = [(o, g) for o in q.options if o.id in right for g in _stated(o.text, figures)]
    out = []
    for o in q.options:
        if o.id in right:
            continue
        for m in _NUMBER.finditer(o.text):
            n = float(m.group(0).replace(",", ""))
            for r, g in keyed:
                if not same(n, g.numbers[0]) and (why := _wrong_option_problem(
                        o.text, n, m.start(), g, _template(o.text) == _template(r.text))):
                    out.append((f"options.{o.id}", why))
    return out


def false_statement_problems(q: "Question", store: "Store") -> list[tuple[str, str]]:
    """A statement keyed false that only moves a bound (not contradicted), or nudges a figure."""
    if q.contradicts not in store.facts:
        return []
    figures = [g for g in store.facts[q.contradicts].figures if g.numbers]
    allowed = [n for g in figures for n in g.numbers]
    out = []
    for m in _NUMBER.finditer(q.prompt):
        n = float(m.group(0).replace(",", ""))
        if any(same(n, a) for a in allowed):
            continue
        side = _bound_before(q.prompt, m.start())
        if side and any(bound(g.qualifier) == side for g in figures):
            out.append(("prompt", f"keyed false, but {m.group(0)} only moves a bound the article gives: not "
                                  "contradicted, or even true; change something else or make it true"))
        elif any(_near_figure(n, g) for g in figures if g.unit not in DATE_UNITS):
            out.append(("prompt", f"keyed false, but {m.group(0)} is too close to the article's figure"))
    return out


def _near_figure(n: float, g: "Figure") -> bool:
    """n is too close to g: to its value, or inside its range (a range's ends are compared as a pair)."""
    if len(g.numbers) == 2:
        return g.numbers[0] <= n <= g.numbers[1]
    return too_close(n, g.numbers[0], hedged(g), g.unit == "percent")


def question_problems(q: "Question", store: "Store") -> list[tuple[str, str]]:
    """Every wrong figure of `q` that its facts' qualifiers make true or too close, as (field, message)."""
    if q.options and q.answer is not None and not isinstance(q.answer, bool):
        return choice_problems(q, store)
    if q.answer is False and q.contradicts:
        return false_statement_problems(q, store)
    return []
