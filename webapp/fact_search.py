"""The facts index's search: forgiving about how numbers and questions are typed, ranked (issue 12).

No Flask. "10000", "10,000" and "ten thousand" all find the fact whose figure is 10,000; "how many
surrendered" finds the facts about surrenders with a figure first; words match by stem and through
the lexicon's synonyms ("POWs" finds prisoners). A fact is kept when it holds at least half of the
query's terms; facts holding more terms, rarer terms and (for "how many" questions) a figure rank
first. The content is small (tens of facts), so the index is built in memory once per store.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .bot.normalize import TOKEN, numbers_in, stem, tidy
from .facts import Store
from .numbers import NUMBER_WORDS, same

# words that say nothing about which fact is meant (the bot's list is longer: it also drops the
# subject's own words, which a visitor filtering the facts index may well want)
STOP = set("""
a an the of to in on at by for from with and or is are was were be been do does did has have had it its
this that these those what which who whom when where why how many much more most than about as any
all each per there their they them i me my we our you your can could would should will tell show
""".split())
def _stem(word: str) -> str:
    """The bot's stemmer, twice: it takes "surrendered" to "surrender" but "surrender" to "surrend"."""
    return stem(stem(word))


COUNT_WORDS = re.compile(r"\bhow (many|much)\b|\bnumber of\b|\bwhat (share|percentage|proportion)\b", re.I)


@dataclass(frozen=True)
class Indexed:
    fact_id: str
    position: int
    stems: frozenset[str]  # the fact's own words
    related: frozenset[str]  # and their synonyms from the lexicon
    numbers: tuple[float, ...]
    is_figure: bool
    topics: frozenset[str]


_CACHE: dict[str, tuple] = {}


def _index(store: Store) -> tuple[list[Indexed], dict[str, float], dict[str, set[str]]]:
    if store.digest not in _CACHE:
        if len(_CACHE) > 8:
            _CACHE.clear()
        _CACHE[store.digest] = _build(store)
    return _CACHE[store.digest]


def _build(store: Store) -> tuple[list[Indexed], dict[str, float], dict[str, set[str]]]:
    # a synonym group ties a fact to its one-word members; a phrase of the group ("not russian",
    # "other countries") ties it only when the fact says the whole phrase, never through one of its
    # words (every fact saying "Russian" was a match for "mercenaries")
    groups = []
    for g in store.lexicon.synonyms:
        said = [" ".join(TOKEN.findall(tidy(p))) for p in g]
        groups.append(({_stem(p) for p in said if p and " " not in p}, [p for p in said if " " in p]))
    items = []
    for i, f in enumerate(store.facts.values()):
        words = TOKEN.findall(tidy(f"{f.statement} {f.claimant} {f.kind} {' '.join(f.topics).replace('-', ' ')}"))
        stems = {_stem(w) for w in words if not w[0].isdigit()}
        said = f" {' '.join(words)} "
        related = set().union(*[singles for singles, phrases in groups
                                if stems & singles or any(f" {p} " in said for p in phrases)], set())
        items.append(Indexed(f.id, i, frozenset(stems), frozenset(related - stems),
                             tuple(n for g in f.figures for n in g.numbers),
                             f.kind == "figure", frozenset(f.topics)))
    df: dict[str, int] = {}
    for it in items:
        for s in it.stems | it.related:
            df[s] = df.get(s, 0) + 1
    idf = {s: math.log(1 + len(items) / n) for s, n in df.items()}
    synonyms: dict[str, set[str]] = {}  # a word's one-word synonyms, itself included
    for singles, _ in groups:
        for w in singles:
            synonyms.setdefault(w, set()).update(singles)
    return items, idf, synonyms


def search(store: Store, text: str, topic: str | None = None) -> list[str]:
    """Fact ids for a search text (and/or a topic), best first; every fact in order when empty."""
    items, idf, synonyms = _index(store)
    if topic:
        items = [it for it in items if topic in it.topics]
    t = tidy(text or "")
    numbers = numbers_in(t)
    terms = [_stem(w) for w in TOKEN.findall(t) if not w[0].isdigit() and w not in STOP and w not in NUMBER_WORDS]
    terms = [x for x in dict.fromkeys(terms) if x]
    if not terms and not numbers:
        return [it.fact_id for it in items]
    wants_figure = bool(COUNT_WORDS.search(t))
    scored = []
    for it in items:
        direct = [x for x in terms if x in it.stems]
        near = [x for x in terms if x not in it.stems and x in it.related]
        hit_numbers = [n for n in numbers if any(same(n, m) for m in it.numbers)]
        held = len(direct) + len(near) + len(hit_numbers)
        needed = len(terms) + len(numbers)
        if held == 0 or held * 2 < needed:
            continue
        # the fact's own words count fully, a synonym's half: "mercenaries" finds the fact that says so first
        score = sum(idf.get(x, 1.0) for x in direct) + 0.5 * sum(idf.get(x, 1.0) for x in near)
        # among facts that hold only a synonym, one that says several ('prisoners … captured … held')
        # is about it; one whose single synonym is another sense ('the author HOLDS that') is not
        score += 0.1 * sum(len(it.stems & synonyms.get(x, set())) for x in near)
        score += 3.0 * len(hit_numbers)
        score += 1.5 if (wants_figure and it.is_figure) else 0.0
        scored.append((-held, -score, it.position, it.fact_id))
    return [fid for *_, fid in sorted(scored)]
