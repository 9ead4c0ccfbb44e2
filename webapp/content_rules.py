"""Content rules that catch, by their shape, the defects a line-by-line reading found (issue 12).

No Flask. Each rule returns a list of `Problem`s; `facts.load_store` and `bank.check_question` call
them. The rules are about *who makes a claim* and *saying no more than the articles say*:

- a claimant names only people or bodies that the cited paragraphs name (`claimant_problems`);
- a fact's statement names no article it does not cite (`statement_names_uncited_article`);
- a computed figure is no more precise than its inputs, and is marked approximate when its inputs
  are hedged or it was rounded (`derived_precision_problems`);
- two facts from different articles with the same figure and unit are linked by `conflicts_with`,
  so a reader sees they are the same share (`twin_figure_problems`);
- a statement that calls itself an opinion is filed as one (`opinion_kind_problems`);
- a question's wrong figure is not the right one times or divided by ten (`scaled_distractor`), a
  prompt says whose figure it states (`unattributed_prompt`), and no question asks for one end of
  a range as if it were a finding (`range_end_trivia`).
"""
from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from .numbers import evaluate_formula, same

if TYPE_CHECKING:  # pragma: no cover
    from .facts import Problem
    from .schemas import Fact, Figure, Source

HEDGES = {"about", "around", "approximately", "roughly", "some", "more than", "over", "almost",
          "nearly", "as high as", "at least", "up to", "hundreds"}
DATE_UNITS = {"year", "date", "year of the war"}

# Words of a claimant that describe the article or how it passes a claim on, not who makes it.
_META = {
    "the", "a", "an", "of", "by", "as", "and", "or", "from", "for", "in", "on", "to", "it", "its",
    "what", "who", "so", "that", "this", "blog", "post", "post's", "news", "report", "report's",
    "author", "author's", "article", "relayed", "described", "named", "unnamed", "reportedly", "says",
    "source", "given", "no", "computed", "sourced", "figures", "their", "own",
}
_WORD = re.compile(r"[A-Za-z\u2019'-]+")


def _stem(word: str) -> str:
    w = word.lower().replace("\u2019", "'")
    w = re.sub(r"'s?$", "", w)
    return w[:5]


def claimant_words(claimant: str) -> list[str]:
    """The words of a claimant that name who makes the claim (lower case, possessives dropped)."""
    out = []
    for w in _WORD.findall(claimant):
        lw = w.lower().replace("\u2019", "'")
        if lw in _META or lw.strip("'") in _META or len(lw) < 3:
            continue
        out.append(lw)
    return out


def is_self_claimant(claimant: str) -> bool:
    """The article itself, its author, or the project's own arithmetic."""
    c = claimant.lower()
    return c.startswith(("the blog post", "the news report", "computed by sourced"))


def claimant_problems(rel: str, f: "Fact", paragraphs: dict[str, list[str]]) -> list["Problem"]:
    """A claimant may name only who the cited paragraphs name: every naming word of it appears there.

    'the blog post (figures credited to Ukrainian bodies)' fails on a paragraph naming no body;
    'the blog post (no source given)' passes, as the article itself makes the claim."""
    from .facts import Problem
    texts = []
    for c in f.citations:
        paras = paragraphs.get(c.source_id)
        if paras is None or c.paragraph > len(paras):
            return []  # unverifiable here; other checks report a missing text
        texts.append(paras[c.paragraph - 1])
    stems = {_stem(w) for t in texts for w in _WORD.findall(t)}
    claimant = f.claimant
    if claimant.lower().startswith("computed by sourced"):
        return []
    missing = [w for w in claimant_words(claimant) if _stem(w) not in stems]
    if missing:
        where = ", ".join(f"{c.source_id} paragraph {c.paragraph}" for c in f.citations)
        return [Problem(rel, f.id, "claimant",
                        f"the claimant names {', '.join(repr(m) for m in missing)}, which {where} does not: "
                        "where the article names no source, write 'the blog post (no source given)' or "
                        "'the news report (no source given)'")]
    return []


def statement_names_uncited_article(rel: str, f: "Fact", sources: dict[str, "Source"]) -> list["Problem"]:
    """A fact cited to one article that remarks on the other ('the blog post leaves this out') says
    something its citation does not show; the generator then asks about the wrong article."""
    from .facts import Problem
    cited = {c.source_id for c in f.citations}
    out = []
    text = f.statement.lower()
    for s in sources.values():
        if s.id in cited:
            continue
        words = [s.label.lower(), s.label.lower().removeprefix("the ")] + (["blog"] if s.kind == "opinion" else [])
        hit = next((w for w in words if re.search(rf"\b{re.escape(w)}\b", text)), None)
        if hit:
            out.append(Problem(rel, f.id, "statement",
                               f"the statement mentions {hit!r} but the fact does not cite {s.id}: "
                               "compare the articles in a module, or cite both"))
    return out


def opinion_kind_problems(rel: str, f: "Fact") -> list["Problem"]:
    from .facts import Problem
    says_opinion = re.search(r"\bin (?:the|his|her) (?:blog )?author's (?:opinion|view)\b|\bin the author's opinion\b",
                             f.statement, re.I)
    if says_opinion and f.kind != "opinion":
        return [Problem(rel, f.id, "kind", f"the statement gives an opinion, but kind is {f.kind!r}")]
    if f.kind == "opinion" and not is_self_claimant(f.claimant):
        return [Problem(rel, f.id, "claimant", "an opinion belongs to an author: name whose it is")]
    return []


# --- computed figures -------------------------------------------------------------------------

def significant_figures(token: str) -> int:
    """'0.8' → 1; '603,550' → 5 (trailing zeros of a whole number are not counted); '76' → 2."""
    t = token.replace(",", "").lstrip("+-")
    if "." in t:
        digits = t.replace(".", "").lstrip("0")
        return max(1, len(digits))
    return max(1, len(t.lstrip("0").rstrip("0")))


def round_significant(x: float, n: int) -> float:
    if x == 0:
        return 0.0
    return round(x, n - 1 - int(math.floor(math.log10(abs(x)))))


def _formula_tokens(formula: str) -> list[str]:
    return re.findall(r"\d[\d,]*(?:\.\d+)?", formula)


def derived_precision_problems(rel: str, f: "Fact", j: int, g: "Figure",
                               facts: dict[str, "Fact"], constants: tuple[float, ...]) -> list["Problem"]:
    """A computed figure is as precise as its least precise input, and says 'about' when it is
    rounded or when any input is hedged ('roughly 76%' minus 'about 19%' is about 5%, not 5%)."""
    from .facts import Problem
    where = f"figures.{j}"
    try:
        result, _ = evaluate_formula(g.formula)
    except ValueError:
        return []  # reported elsewhere
    out = []
    inputs = [t for t in _formula_tokens(g.formula)
              if not any(same(float(t.replace(",", "")), c) for c in constants)]
    if re.search(r"[*/×÷]", g.formula) and inputs and g.value is not None:
        allowed = min(significant_figures(t) for t in inputs)
        shown = significant_figures(f"{g.value:g}" if not float(g.value).is_integer() else str(int(g.value)))
        if shown > allowed:
            out.append(Problem(rel, f.id, where,
                               f"value {g.value:g} has {shown} significant figures, but its least precise input "
                               f"has {allowed}: round it (to {round_significant(result, allowed):g}) and mark it approximate"))
    used = [float(t.replace(",", "")) for t in _formula_tokens(g.formula)]
    hedged = [s for s in g.from_facts if s in facts
              for h in facts[s].figures if not h.derived and h.qualifier in HEDGES
              and any(same(n, u) for n in h.numbers for u in used)]
    rounded = g.value is not None and abs(result - g.value) > 0.051
    if (hedged or rounded) and not g.approximate:
        why = (f"its inputs are hedged ({', '.join(sorted(set(hedged)))})" if hedged
               else f"it is rounded from {result:g}")
        out.append(Problem(rel, f.id, f"{where}.approximate",
                           f"{why}: mark it approximate so it shows as 'about'"))
    return out


def derived_value_ok(g: "Figure", result: float) -> bool:
    """The value is the formula's result, or (when approximate) that result rounded to the value's
    own significant figures."""
    if g.value is None:
        return False
    if abs(round(result, 1) - g.value) <= 0.051:
        return True
    if g.approximate:
        n = significant_figures(str(int(g.value)) if float(g.value).is_integer() else f"{g.value:g}")
        return same(round_significant(result, n), g.value)
    return False


# --- the same figure in both articles -------------------------------------------------------------

def twin_figure_problems(facts: dict[str, "Fact"], files: dict[str, str]) -> list["Problem"]:
    """Two facts from different articles giving the same value in the same unit are the same figure
    reported twice: they must be linked by conflicts_with, with a note on how the wording differs."""
    from .facts import Problem
    out = []
    items = list(facts.values())
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            if a.citations[0].source_id == b.citations[0].source_id:
                continue
            linked = any(c.fact == b.id for c in a.conflicts_with) or any(c.fact == a.id for c in b.conflicts_with)
            if linked:
                continue
            for ga in a.figures:
                if ga.unit in DATE_UNITS or not ga.numbers:
                    continue
                if any(gb.unit == ga.unit and gb.numbers and len(gb.numbers) == len(ga.numbers)
                       and all(same(x, y) for x, y in zip(ga.numbers, gb.numbers)) for gb in b.figures):
                    out.append(Problem(files.get(a.id, ""), a.id, "conflicts_with",
                                       f"{b.id} gives the same figure ({', '.join(f'{n:g}' for n in ga.numbers)} "
                                       f"{ga.unit}) from the other article: link them with conflicts_with and a note"))
                    break
    return out


# --- questions ----------------------------------------------------------------------------------

def _power_of_ten_apart(a: float, b: float) -> bool:
    if a <= 0 or b <= 0 or same(a, b):
        return False
    r = math.log10(a / b)
    return abs(r - round(r)) < 1e-9


def scaled_distractor(wrong: list[float], right: list[float]) -> float | None:
    """A wrong figure that is a right one times or divided by ten (or a hundred): the answer gives it away."""
    for w in wrong:
        if any(_power_of_ten_apart(w, r) for r in right):
            return w
    return None


_ATTRIBUTION = re.compile(r"\b(according to|says|said|reports?|gives|puts|counts|estimates?|"
                          r"articles?|blog|news|author|opinion|claims?|breakdown|published|project|compute[sd]?|sourced)\b", re.I)


def unattributed_prompt(prompt: str, facts: list["Fact"]) -> bool:
    """A prompt about a figure fact that states it as plain fact: no claimant, article or verb of saying."""
    if not any(f.kind == "figure" for f in facts):
        return False
    if _ATTRIBUTION.search(prompt):
        return False
    stems = {_stem(w) for w in _WORD.findall(prompt)}
    named = [w for f in facts for w in claimant_words(f.claimant)]
    return not any(_stem(w) in stems for w in named)


def range_end_trivia(answer: float, facts: list["Fact"]) -> bool:
    """A numeric answer that is one end of a range figure: the range is the finding, its ends are not."""
    for f in facts:
        for g in f.figures:
            if g.low is not None and (same(answer, g.low) or same(answer, g.high)):
                return True
    return False
