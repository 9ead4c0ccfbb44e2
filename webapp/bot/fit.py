"""Whether a fact is the kind of answer a question asks for: a count for "how many", a share for "what
share", a date for "when", a claim or an opinion (labelled) for "why" and "how".

No Flask. Used by retrieve.rank (type_bonus) and by engine/reply (answers_a_figure_question).
"""
from __future__ import annotations

import re

from ..numbers import same
from ..schemas import Fact
from .normalize import Reading

COUNT_UNITS = {"soldiers", "prisoners", "killed or wounded", "countries", "soldiers per week",
               "foreign fighters per week", "square kilometres", "years of age"}
SHARE_UNITS = {"percent", "fraction"}
TIME_UNITS = {"date", "year"}
# counts that answer "how many" only when the question names what they count
UNIT_CUES = {
    "killed or wounded": re.compile(r"kill|wound|casualt|loss|lost|lose|dead|died|death|injur"),
    "countries": re.compile(r"countr|nation"),
    "square kilometres": re.compile(r"territor|\bland|\barea|square|\bkm|\bbig|\bsize|\blarge"),
    "years of age": re.compile(r"\bold\b|\bage"),
    "soldiers per week": re.compile(r"week"),
    "foreign fighters per week": re.compile(r"week"),
}
COMPARES = re.compile(r"\bthan\b|\bexceed|\boutnumber|\brevers|\bcompared\b", re.I)  # a statement that compares


def unit_fits(f: Fact, qtype: str | None) -> bool:
    units = {g.unit for g in f.figures}
    if qtype == "share":
        return bool(units & SHARE_UNITS)
    if qtype == "how_many":
        return bool(units & COUNT_UNITS)
    if qtype == "when":
        return bool(units & TIME_UNITS)
    return True


def count_fits(f: Fact, text: str) -> bool:
    """A count answers "how many" about what the question names: a count of countries fits a
    question about countries, a weekly rate one about weeks, and so on."""
    for g in f.figures:
        if g.unit in COUNT_UNITS:
            cue = UNIT_CUES.get(g.unit)
            if cue is None or cue.search(text):
                return True
    return False


def answers_a_figure_question(f: Fact, qtype: str | None) -> bool:
    """A "how many" or "what share" question is answered by a count or a share, a "when" question
    by a date (a figure, or a year the statement names), nothing else."""
    if qtype == "when":
        return unit_fits(f, "when") or bool(re.search(r"\b(19|20)\d\d\b", f.statement))
    if qtype not in ("share", "how_many"):
        return True
    if qtype == "share":  # "what share / percentage": a share, nothing else
        return unit_fits(f, "share")
    return unit_fits(f, "how_many") or unit_fits(f, "share")  # "how many (of them)": a count or a share


def type_bonus(f: Fact, qtype: str | None, reading: Reading) -> float:
    """How well the kind of fact fits the kind of question ("how many" ↔ a count, "why" ↔ a claim)."""
    score = 0.0
    if qtype in ("share", "how_many", "when"):
        stated = any(same(n, x) for n in reading.numbers for g in f.figures for x in g.numbers)
        if unit_fits(f, qtype) and (qtype != "how_many" or stated or count_fits(f, reading.text)):
            score += 0.25
        elif qtype == "how_many" and (unit_fits(f, "share") or unit_fits(f, qtype)):
            score += 0.1  # "how many of them" is often answered by a share
        else:
            score -= 0.25
    elif qtype == "opinion":
        score += 0.2 if f.kind == "opinion" else 0.0
    elif qtype == "where":
        score += 0.25 if "geography" in f.topics else 0.0
    elif qtype == "who":
        score += 0.1 if f.kind in ("figure", "claim") else 0.0
    elif qtype == "what_is":
        score += 0.2 if f.kind == "context" else 0.0
    elif qtype in ("why", "how"):  # reasons and ways: claims and opinions (labelled), not counts
        score += 0.2 if f.kind in ("claim", "opinion", "context") else -0.15
    elif qtype == "agree":  # the sources' differences are facts too: those that record them come first
        both = "news report" in f.statement.lower() and "blog" in f.statement.lower()
        score += 0.25 if f.conflicts_with else 0.2 if both else -0.2 if f.kind == "opinion" else 0.0
    elif qtype == "trend":  # "is it growing": claims about the pace, not a count
        score += 0.2 if f.kind in ("claim", "opinion", "context") else 0.0
    elif qtype == "compare":
        score += 0.15 if COMPARES.search(f.statement) else 0.0
    return score
