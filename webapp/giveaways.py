"""Questions in one set that give away each other's answers when the right answers show after each one.

No Flask. A question *rests on* its facts (`fact_ids`, and the fact a false statement contradicts);
its feedback *shows* those and every fact its explanation names (`{{fact.N}}`, `[[fact]]`), with their
figures. Two questions of a set clash when

- they rest on one fact (two ways of asking the non-commissioned officers' 13%);
- they rest on facts that state the same figure (the news report's 83% and the blog post's "around
  83%"), the facts being linked (`conflicts_with`, `related`) or sharing a topic;
- or one's feedback shows the fact, or the figure, the other asks for (an explanation that adds
  "the blog post gives the same share").

With "show the right answers after each answer" the first a student meets gives the second away. The
teacher is told which questions and why (set builder and publish page), never stopped: they may mean it.
A live class meets the questions in the set's order, each answer revealed to everyone: there the earlier
question gives the later away (`live_text`), and a later explanation naming an earlier answer gives
nothing away (`in_live`). Beside each question the set builder says which part it plays (`marks`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Sequence

from .facts import Store
from .numbers import format_figure
from .phrases import and_list
from .schemas import FACT_LINK, FIGURE_REF, Figure, Question

Kind = Literal["same-fact", "same-figure", "explained"]
UNCOUNTED_UNITS = ("year", "date")  # a year shared by two facts is context, not an answer


@dataclass(frozen=True)
class GiveAway:
    """Questions (numbered 1.. in the set's order) whose feedback gives away another's answer."""

    numbers: tuple[int, ...]  # the questions, lowest first; for "explained": (shows, asks)
    kind: Kind
    about: str  # the fact's statement, or the shared figure as shown ("83%")
    where: tuple[str, ...] = ()  # same figure: the articles the facts come from
    figure: bool = False  # explained: `about` is a figure ("83%"), not a fact's statement

    @property
    def text(self) -> str:
        """The warning, one or two sentences a teacher reads at a glance."""
        return self.says("with the right answers shown after each answer")

    def says(self, when: str) -> str:
        """The warning, `when` saying how the answers come out ("once each answer is revealed")."""
        if self.kind == "explained":
            shows, asks = self.numbers
            return (f"Question {shows}'s explanation {self._gives()}: {when}, "
                    f"a student who meets question {shows} first is told question {asks}'s answer.")
        first = "the first a student meets gives away the other" + ("" if len(self.numbers) == 2 else "s")
        return f"{self._shared()}: {when}, {first}."

    def _gives(self) -> str:
        """What an explanation gives away (explained)."""
        asks = self.numbers[1]
        return (f"gives {self.about}, the figure question {asks} asks for" if self.figure else
                f"states the fact question {asks} rests on, “{self.about}”")

    def _shared(self) -> str:
        """What two or more questions share: one fact, or one figure (same-fact, same-figure)."""
        listed = _listed(self.numbers)
        if self.kind == "same-fact":
            return f"{listed} {'both' if len(self.numbers) == 2 else 'all'} rest on one fact, “{self.about}”"
        lead = f"{listed} rest on facts that state the same figure, {self.about}"
        return lead + (f" ({and_list(list(self.where))})" if self.where else "")

    @property
    def in_live(self) -> bool:
        """Whether it gives anything away in a live class (the set's order): an explanation only of an
        answer already revealed does not."""
        return self.kind != "explained" or self.numbers[0] < self.numbers[1]

    @property
    def live_text(self) -> str:
        """The warning for a live class: everyone meets the questions in the set's order, and each answer is
        revealed to the whole class before the next question."""
        when = "once it is revealed to the class"
        if self.kind == "explained":
            shows, asks = self.numbers
            return (f"Question {shows}'s explanation {self._gives()}: {when}, "
                    f"the class knows question {asks}'s answer before it is asked.")
        first, later = self.numbers[0], list(self.numbers[1:])
        told = (f"question {later[0]}'s answer" if len(later) == 1 else
                f"the answers to {_listed(later).lower()}")
        return (f"{self._shared()}: once question {first}'s answer is revealed to the class, the class knows {told} "
                f"before {'it is' if len(later) == 1 else 'they are'} asked.")


def marks(found: Sequence[GiveAway]) -> dict[int, list[str]]:
    """Beside each question of a set, what the warnings say it does: shares its answer with another (one
    fact or figure), its explanation gives another's answer away, or its answer is given away by one."""
    same: dict[int, set[int]] = {}
    gives: dict[int, set[int]] = {}
    given: dict[int, set[int]] = {}
    for g in found:
        if g.kind == "explained":
            gives.setdefault(g.numbers[0], set()).add(g.numbers[1])
            given.setdefault(g.numbers[1], set()).add(g.numbers[0])
        else:
            for n in g.numbers:
                same.setdefault(n, set()).update(m for m in g.numbers if m != n)
    out: dict[int, list[str]] = {}
    for n in sorted(set(same) | set(gives) | set(given)):
        out[n] = [line for line in (
            f"Shares its answer with {_questions(same[n])}" if n in same else "",
            f"Its explanation gives away the answer{'s' if len(gives[n]) > 1 else ''} to {_questions(gives[n])}"
            if n in gives else "",
            (f"Its answer is given away by question {min(given[n])}'s explanation" if len(given[n]) == 1 else
             f"Its answer is given away by the explanations of {_questions(given[n])}") if n in given else "",
        ) if line]
    return out


def _questions(numbers: set[int]) -> str:
    listed = sorted(numbers)
    return f"question {listed[0]}" if len(listed) == 1 else "questions " + and_list([str(n) for n in listed])


def _listed(numbers: Sequence[int]) -> str:
    return "Questions " + and_list([str(n) for n in numbers])


def rests_on(q: Question) -> set[str]:
    return set(q.fact_ids) | ({q.contradicts} if q.contradicts else set())


def shows(q: Question) -> set[str]:
    """Every fact the feedback after `q` shows: its own, and those its explanation names."""
    text = q.explanation or ""
    named = {m.group(1) for m in FIGURE_REF.finditer(text)} | {m.group(1) for m in FACT_LINK.finditer(text)}
    return rests_on(q) | named


def _figure_keys(fact_id: str, store: Store) -> dict[tuple, str]:
    """The fact's countable figures: (value, low, high, unit) -> the figure as shown, e.g. "83%"."""
    fact = store.facts.get(fact_id)
    out: dict[tuple, str] = {}
    for g in fact.figures if fact else []:
        if g.unit in UNCOUNTED_UNITS or (g.value is None and g.low is None):
            continue
        out[(g.value, g.low, g.high, g.unit)] = _shown(g)
    return out


def _shown(g: Figure) -> str:
    return format_figure(g.value, g.low, g.high, g.unit, "exact", g.text)


def _linked(a: str, b: str, store: Store) -> bool:
    fa, fb = store.facts.get(a), store.facts.get(b)
    if fa is None or fb is None:
        return False
    return (b in fa.related or a in fb.related or any(c.fact == b for c in fa.conflicts_with)
            or any(c.fact == a for c in fb.conflicts_with) or bool(set(fa.topics) & set(fb.topics)))


def _statement(fact_id: str, store: Store) -> str:
    fact = store.facts.get(fact_id)
    return " ".join(fact.statement.split()).rstrip(".") if fact else fact_id


def _where(fact_ids: set[str], store: Store) -> tuple[str, ...]:
    """The articles the facts are cited from, by label ("the news report"), in a stable order."""
    labels = []
    for fid in sorted(fact_ids):
        for c in store.facts[fid].citations if fid in store.facts else []:
            src = store.sources.get(c.source_id)
            label = f"in {src.label}" if src else ""
            if label and label not in labels:
                labels.append(label)
    return tuple(labels)


def _same_fact(rests: dict[int, set[str]], store: Store) -> list[GiveAway]:
    by_numbers: dict[tuple[int, ...], str] = {}
    for fid in dict.fromkeys(f for n in sorted(rests) for f in sorted(rests[n])):
        numbers = tuple(n for n in sorted(rests) if fid in rests[n])
        if len(numbers) > 1 and numbers not in by_numbers:
            by_numbers[numbers] = fid
    return [GiveAway(numbers, "same-fact", _statement(fid, store)) for numbers, fid in by_numbers.items()]


def _same_figure(rests: dict[int, set[str]], store: Store, covered: set[frozenset]) -> list[GiveAway]:
    out = []
    keys: dict[tuple, tuple[str, set[tuple[int, str]]]] = {}  # figure -> (as shown, {(question, fact)})
    for n in sorted(rests):
        for fid in sorted(rests[n]):
            for key, shown in _figure_keys(fid, store).items():
                keys.setdefault(key, (shown, set()))[1].add((n, fid))
    for shown, holders in keys.values():
        pairs = {frozenset((i, j)) for i, a in holders for j, b in holders
                 if i != j and a != b and _linked(a, b, store)} - covered
        if not pairs:
            continue
        numbers = tuple(sorted({n for p in pairs for n in p}))
        facts = {f for n, f in holders if n in numbers}
        out.append(GiveAway(numbers, "same-figure", shown, _where(facts, store)))
        covered |= pairs
    return out


def _explained(qs: dict[int, Question], rests: dict[int, set[str]], store: Store,
               covered: set[frozenset]) -> list[GiveAway]:
    out = []
    for i, q in qs.items():
        extra = shows(q) - rests[i]
        for j in sorted(rests):
            if j == i or frozenset((i, j)) in covered:
                continue
            told = extra & rests[j]
            about, figure = (_statement(min(told), store), False) if told else ("", True)
            if figure:
                wanted = {k: s for f in rests[j] for k, s in _figure_keys(f, store).items()}
                hits = [wanted[k] for f in sorted(extra) for k in _figure_keys(f, store) if k in wanted]
                if not hits:
                    continue
                about = hits[0]
            out.append(GiveAway((i, j), "explained", about, figure=figure))
            covered.add(frozenset((i, j)))
    return out


def give_aways(questions: Sequence[Question | None], store: Store) -> list[GiveAway]:
    """Every clash in a set, its questions numbered 1.. in the set's order (None: a question no longer
    in the bank, which keeps its number but clashes with nothing)."""
    qs = {n: q for n, q in enumerate(questions, 1) if q is not None}
    rests = {n: rests_on(q) for n, q in qs.items()}
    found = _same_fact(rests, store)
    covered = {frozenset((a, b)) for g in found for a in g.numbers for b in g.numbers if a != b}
    found += _same_figure(rests, store, covered)
    found += _explained(qs, rests, store, covered)
    return sorted(found, key=lambda g: g.numbers)


def partners(found: Sequence[GiveAway]) -> dict[int, list[int]]:
    """Each question that clashes, with the questions it clashes with (for a mark beside it in the set)."""
    out: dict[int, set[int]] = {}
    for g in found:
        for n in g.numbers:
            out.setdefault(n, set()).update(m for m in g.numbers if m != n)
    return {n: sorted(ms) for n, ms in sorted(out.items())}
