"""The figure finder: every figure a paragraph states, with its qualifier and who claims it.

Rules only, no network, no Flask. For each paragraph `find_figures` returns `Found` records:
the figure exactly as written (qualifier included, so `text` is a substring of the paragraph, as
the content checker wants), its value or range read with `numbers.parse_numbers`, a guessed unit,
the qualifier written next to it ("more than", "about", "only", ...) and the claimant the text
names near it ("according to ...", "... said", "... estimates"), else "no source given".

A teacher reviews every guess: the finder proposes, it never publishes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import NUMBER_WORDS, ORDINALS, figure_numbers, number_tokens, parse_numbers

NO_SOURCE = "no source given"

MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
          "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
_YEAR = r"(?:1[6-9]|20)\d\d"
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDNUM = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_ORD = "|".join(sorted(ORDINALS, key=len, reverse=True))
_SEASON = r"(?:(?:end|start|beginning|middle|summer|winter|spring|autumn|fall)\s+of\s+|(?:early|late|mid-?)\s*)"

# Most specific first: a span taken by an earlier pattern is not read again by a later one.
PATTERNS: list[tuple[str, re.Pattern]] = [
    ("date", re.compile(rf"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?(?:{MONTHS})\.?\s+\d{{1,2}},\s+{_YEAR}\b")),
    ("date", re.compile(rf"\b\d{{1,2}}\s+(?:{MONTHS})\s+{_YEAR}\b")),
    ("date", re.compile(rf"\b(?:{MONTHS})\s+{_YEAR}\b")),
    ("date", re.compile(rf"\b{_SEASON}{_YEAR}\b", re.I)),
    ("range", re.compile(rf"\bbetween\s+(?:{_NUM})\s*%?\s+and\s+(?:{_NUM})\b", re.I)),
    ("range", re.compile(rf"(?<![\d.,])(?:{_NUM})\s*%?\s*(?:to|–|—|-)\s*(?:{_NUM})(?![\d,])(?:\s*(?:%|percent\b|per cent\b))?", re.I)),
    ("fraction", re.compile(rf"\b(?:{_WORDNUM}|\d+)[\s-]+in[\s-]+(?:{_WORDNUM}|\d+)\b", re.I)),
    ("percent", re.compile(rf"(?<![\d.,])(?:{_NUM})\s*(?:%|percent\b|per\s+cent\b)", re.I)),
    ("scaled", re.compile(rf"(?<![\d.,])(?:{_NUM})\s+(?:million|billion|thousand)\b", re.I)),
    ("area", re.compile(rf"(?<![\d.,])(?:{_NUM})\s*(?:sq\.?\s*km|square\s+kilomet(?:re|er)s|km2|km²)", re.I)),
    ("ordinal", re.compile(rf"\b(?:{_ORD})\b(?=[\s-]+(?:year|week|month|day|time|round|wave)s?\b)", re.I)),
    ("words", re.compile(rf"\b(?:{_WORDNUM})(?:[\s-]+(?:and\s+)?(?:{_WORDNUM}))*\b(?:[\s-]+(?:year|month|week|day)s?\b)?", re.I)),
    ("vague", re.compile(r"\b(?:hundreds|thousands|dozens|tens of thousands|millions)\b", re.I)),
    ("year", re.compile(rf"(?<![\d.,]){_YEAR}(?![\d,.]\d)")),
    ("number", re.compile(rf"(?<![\d.,\w])(?:{_NUM})(?![\d\w])")),
]

# Qualifiers as the schema names them, with the spellings an article uses just before a figure.
QUALIFIER_WORDS: list[tuple[str, str]] = [
    ("as high as", "as high as"), ("as many as", "up to"), ("as much as", "as high as"), ("fewer than", "fewer than"),
    ("less than", "less than"), ("more than", "more than"), ("at least", "at least"),
    ("up to", "up to"), ("approximately", "approximately"), ("roughly", "roughly"), ("around", "around"),
    ("about", "about"), ("nearly", "nearly"), ("almost", "almost"), ("over", "over"), ("only", "only"),
    ("some", "some"), ("an average of", "about"),
]
_QUALIFIER = re.compile(r"\b(" + "|".join(re.escape(w) for w, _ in QUALIFIER_WORDS) + r")\s+$", re.I)

# Words after a number that name what it counts (skipped over when guessing the unit).
_SKIP = {"new", "different", "russian", "ukrainian", "more", "of", "the", "a", "an", "in", "on", "at", "were",
         "was", "are", "is", "had", "have", "has", "and", "or", "per", "than", "some", "all", "other", "such",
         "it", "according", "by", "to", "for", "each", "this", "that", "they", "he", "she", "we"}
CURRENCY = {"£": "pounds", "$": "dollars", "€": "euros", "¥": "yen"}

_VERBS = (r"said|says|say|estimates|estimated|estimate|reported|reports|report|told|tells|claims|claimed|"
          r"claim|found|finds|counts|counted|warned|warns|announced|announces|believes|believe|stated|states|noted|notes")
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?([^.;:,()]{2,120}?)(?=[.;:,()]|\s+(?:who|which|that)\b|$)", re.I)
_SAID_BY = re.compile(rf"(?:^|[.;,:“\"”]\s*|\bthat\s+)((?:[\w’'“”\"-]+\s+){{0,6}}?[\w’'“”\"-]+),?\s+(?:also\s+|has\s+|have\s+|had\s+)?(?:{_VERBS})\b", re.I)
_SAID_AFTER = re.compile(rf"\b(?:{_VERBS})\s+((?:[A-Z][\w’'-]*\s*){{1,6}})", 0)
_PRONOUNS = {"it", "this", "that", "he", "she", "they", "we", "i", "you", "there", "which", "who", "data", "figure",
             "the figure", "the data", "reports", "report", "something"}


@dataclass(frozen=True)
class Found:
    """One figure found in a paragraph (1-based), `text` exactly as written there."""

    paragraph: int
    start: int
    end: int
    text: str
    kind: str  # date | range | fraction | percent | area | ordinal | words | vague | year | number
    value: float | None
    low: float | None
    high: float | None
    unit: str
    qualifier: str
    claimant: str

    @property
    def numbers(self) -> tuple[float, ...]:
        return figure_numbers(self.value, self.low, self.high)


def split_paragraphs(text: str) -> list[str]:
    """Paragraph N is the Nth non-empty line (the seeds' citation rule, as facts.read_paragraphs)."""
    return [line for line in text.split("\n") if line.strip()]


def _spans(para: str) -> list[tuple[int, int, str]]:
    taken: list[tuple[int, int, str]] = []
    for kind, rx in PATTERNS:
        for m in rx.finditer(para):
            s, e = m.span()
            if any(s < b and a < e for a, b, _ in taken):
                continue
            if kind == "words" and m.group(0).lower() == "one" and not _counting_one(para, s, e):
                continue
            taken.append((s, e, kind))
    return sorted(taken)


def _counting_one(para: str, start: int, end: int) -> bool:
    """'one' counts something only when a noun follows ('one week'), not in 'one of' or 'no one'."""
    if re.search(r"\b(?:no|any|every|some|each|the|this|that)\s+$", para[max(0, start - 8):start], re.I):
        return False
    nxt = re.match(r"[\s-]+([A-Za-z]+)", para[end:])
    return bool(nxt) and nxt.group(1).lower() not in ("of", "another", "who", "that", "and", "or", "is", "was")


def _value(text: str, kind: str) -> tuple[float | None, float | None, float | None]:
    nums = parse_numbers(text)
    if kind == "vague" or not nums:
        return None, None, None
    if kind == "date":
        years = [n for n in nums if n >= 1600]
        return (years[-1] if years else nums[-1]), None, None
    if kind == "range" and len(nums) >= 2:
        lo, hi = sorted(nums[:2])
        return None, lo, hi
    return nums[0], None, None


def _unit(para: str, end: int, kind: str, text: str) -> str:
    if kind in ("percent",) or (kind == "range" and re.search(r"%|percent|per cent", text, re.I)):
        return "percent"
    if kind == "area":
        return "square kilometres"
    if kind == "fraction":
        return "fraction"
    if kind == "date":
        return "date"
    if kind == "year":
        return "year"
    m = re.search(r"(year|month|week|day)s?\s*$", text, re.I)
    if kind == "ordinal":
        nxt = re.match(r"[\s-]+([A-Za-z]+)", para[end:])
        return nxt.group(1).lower() if nxt else "count"
    if kind == "scaled":
        scale = text.split()[-1].lower()
        nxt = [w for w in re.findall(r"[A-Za-z][A-Za-z-]*", para[end:end + 40])[:3] if w.lower() not in _SKIP]
        return f"{scale} {nxt[0].lower()}" if nxt else scale
    if m:
        return m.group(1).lower() + "s"
    for w in re.findall(r"[A-Za-z][A-Za-z-]*", para[end:end + 60])[:4]:
        if w.lower() not in _SKIP:
            return w.lower()
    return "count"


def _qualifier(para: str, start: int, kind: str) -> tuple[str, int]:
    """The qualifier written just before the figure and where it starts."""
    if kind == "vague":
        return "hundreds", start
    m = _QUALIFIER.search(para[max(0, start - 20):start])
    if not m:
        return "exact", start
    word = m.group(1).lower()
    name = dict(QUALIFIER_WORDS)[word]
    return name, start - (len(para[max(0, start - 20):start]) - m.start())


def _sentence(para: str, start: int, end: int, marks: tuple[str, ...] = (". ", "? ", "! ")) -> tuple[int, int]:
    s = max(para.rfind(m, 0, start) for m in marks)
    e = min([i for i in (para.find(m, end) for m in marks) if i >= 0] or [len(para)])
    return s + 2 if s >= 0 else 0, e + 1


def _clean_claimant(name: str) -> str | None:
    name = re.sub(r"^(?:and|but|while|as|so)\s+", "", name.strip(" ,“”\"'"), flags=re.I)
    name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I).strip()
    name = re.sub(r"\s+(?:also|has|have|had)$", "", name, flags=re.I)
    if not name or name.lower() in _PRONOUNS or len(name) < 3 or re.search(r"\d", name):
        return None
    return name


_PASSIVE = re.compile(r"\b(?:were|was|been|be|is|are|being)$", re.I)


def claimant_near(para: str, start: int, end: int) -> str:
    """Who the sentence holding the figure names as the claim's source, else NO_SOURCE."""
    figure = para[start:end].lower()
    for marks in ((". ", "? ", "! ", "; "), (". ", "? ", "! ")):  # the clause first, then the sentence
        s, e = _sentence(para, start, end, marks)
        for rx in (_ACCORDING, _SAID_BY, _SAID_AFTER):
            for m in rx.finditer(para[s:e]):
                who = _clean_claimant(m.group(1))
                if who and not _PASSIVE.search(who) and figure not in who.lower():
                    return who
    return NO_SOURCE


def find_figures(para: str, paragraph: int = 1) -> list[Found]:
    """Every figure in one paragraph, in reading order."""
    out = []
    for s, e, kind in _spans(para):
        money = CURRENCY.get(para[s - 1]) if s > 0 else None  # "£2.35": the sign is part of the figure
        qualifier, qs = _qualifier(para, s - 1 if money else s, kind)
        value, low, high = _value(para[s:e], kind)
        unit = _unit(para, e, kind, para[s:e])
        if money:
            unit = f"{unit.split()[0]} {money}" if kind == "scaled" else money
        out.append(Found(paragraph=paragraph, start=qs, end=e, text=para[qs:e].rstrip(), kind=kind, value=value,
                         low=low, high=high, unit=unit, qualifier=qualifier, claimant=claimant_near(para, s, e)))
    return out


def find_in_text(text: str) -> list[Found]:
    """Every figure of every paragraph of an article's text."""
    return [f for n, para in enumerate(split_paragraphs(text), 1) for f in find_figures(para, n)]


def uncovered_tokens(para: str, found: list[Found]) -> list[str]:
    """Number-like tokens of a paragraph that no found figure spans (what the finder missed)."""
    return [tok for s, e, tok in number_tokens(para) if not any(f.start <= s and e <= f.end for f in found)]
