"""Finding the facts a question is about: FTS5 bm25 candidates, re-ranked by rules, cut by a threshold.

No Flask, no SQL: the index is queried through a `search(match, limit, ordered=True, budget=None)`
callable (db.bot_search with a connection). How a fact is scored (all visible in `score_fact`):
- coverage: the share of the question's ideas (each a content word with its lexicon synonyms, or
  a lexicon phrase) that the fact's statement, claimant or topics contain — the main signal;
- the question's type agrees with the fact's figures ("what share" ↔ a percentage, "how many" ↔ a
  count, "when" ↔ a date); a number in the question equals one of the fact's figures;
- hard constraints: a year in the question must be carried by the fact; a question about
  Ukrainian soldiers held by Russia only matches facts about Ukrainian soldiers;
- a follow-up keeps the previous question's type and prefers its topics.

Why the index has a column of "idea tokens": every fact is indexed with one exact token per idea
it contains (`idea_token`), so the candidate query can ask FTS5 for the facts that hold at least
MIN_COVERAGE of the question's ideas. Facts below that share could never be answers, and leaving
them out of the bm25 ranking keeps a 50,000-fact store fast (bm25 costs per matching row).
"""
from __future__ import annotations

import bisect
import math
import re
import sys
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import islice
from typing import Iterable, Protocol

from ..facts import Store
from ..numbers import same
from ..schemas import Fact
from .examples import ask_candidates, ask_ideas, weak_words
from .ftsquery import any_idea_query, enough_ideas_query, group_token, held_keys, idea_token, year_token
from .fit import (NAMES_NO_ONE, PEOPLE, COUNT_UNITS, SHARE_UNITS, TIME_UNITS, UNIT_CUES, answers_a_figure_question, count_fits,  # noqa: F401
                  type_bonus, unit_fits)
from .followups import FATE, done_afterwards, follow_bonus, reason_linked
from .weights import MIN_COVERAGE, coverage, idea_weight, needed, rounds_to
from .understand import qtype_of
from .normalize import TOKEN, Lexicon, Reading, phrase_token, stem, tidy

# Tuned on tests/bot/eval.yaml with `flask --app webapp bot evaluate --misses`: at 0.5 coverage
# questions about things the articles do not report ("how many tanks…") start to get answers; at
# 0.7 two-idea paraphrases lose theirs. MIN_SCORE 0.75 keeps a bare coverage match of a fact whose
# figure does not fit the question's type below the line. MIN_COVERAGE lives in weights.py.
MIN_SCORE = 0.75
ASK_WEIGHT = 0.3  # a question worded like one of the fact's example questions (asks.yaml)
CANDIDATES = 40  # bm25's best candidates the rules re-rank
FALLBACK = 100  # facts sharing any idea, unranked (index order), when none holds enough: related facts for a refusal
MAX_IDEAS = 8  # more content words than this: the rarest-looking first ones are kept (long questions)


# the question's own words that carry no topic: kept out of the literal (unexpanded) query
FUNCTION_WORDS = set("""a an the of to in on at by for from with and or is are was were be been do does did has
have had it its this that these those what which who whom whose when where why how many much can could would
should will any some all me my i you your there their they them
ignore previous instructions instruction rules rule pretend say says article articles forget system prompt
now tell""".split())

# When more facts than this could match a question (a vague question in a very large store), bm25 is not asked
# for: its cost is a scan of every matching fact, whatever the limit. The first CANDIDATES matches in index order
# are re-ranked by the rules alone (see `rank`). A store of the real content never reaches it.
BM25_BUDGET = 250
BM25_TIE = 0.05  # weight of the bm25 order among candidates


class Search(Protocol):
    def __call__(self, match: str, limit: int, ordered: bool = True,
                 budget: int | None = None) -> list[tuple[str, float]]: ...


@dataclass
class Scored:
    fact_id: str
    coverage: float
    score: float


class FactIndex:
    """What the rules know about each fact: its ideas, topic ideas and years."""

    def __init__(self, store: Store, lex: Lexicon):
        self.store = store
        self.lex = lex
        self.fact_stems: dict[str, set[str]] = {}
        self.topic_stems: dict[str, set[str]] = {}
        self.fact_years: dict[str, set[int]] = {}
        self.by_year: dict[int, list[str]] = {}
        self.df: Counter[str] = Counter()  # facts holding each idea element
        self.word_df: Counter[str] = Counter()  # facts whose statement or claimant has each stem
        self.said: dict[str, tuple[str, ...]] = {}  # the stems of each fact's statement and claimant
        self.ask_stems: dict[str, list[frozenset[str]]] = {}  # each example question's ideas (asks.yaml)
        self.ask_types: dict[str, list[str | None]] = {}  # and its type ("why", "how_many", ...)
        self.ask_weak: dict[str, list[frozenset[str]]] = {}  # and its weak words ("more", "side", "often")
        self.ask_terms: dict[str, set[str]] = {}  # example questions' ideas the statement lacks
        self.ask_postings: dict[str, set[str]] = {}  # an idea element -> facts with an example question holding it
        self.ask_each: dict[str, set[tuple[str, int]]] = {}  # an idea element -> (fact, k): its k-th example holds it
        total_len = 0
        phrase_rx = {p: re.compile(rf"\b{re.escape(p)}\b") for p, _ in lex.phrases}
        for f in store.facts.values():
            asks = [ask_ideas(q, lex) for q in store.asks.get(f.id, ())]
            if asks:
                self.ask_stems[f.id] = asks
                self.ask_types[f.id] = [qtype_of(tidy(q)) for q in store.asks[f.id]]
                self.ask_weak[f.id] = [weak_words(tidy(q)) for q in store.asks[f.id]]
                for k, a in enumerate(asks):
                    for e in a:
                        self.ask_postings.setdefault(e, set()).add(f.id)
                        self.ask_each.setdefault(e, set()).add((f.id, k))
            self.fact_stems[f.id] = fact_ideas(f, phrase_rx)
            # the example questions' words find the fact (index terms) but count towards coverage
            # only one question at a time (ask_coverage), so words of unrelated questions never add up
            self.ask_terms[f.id] = {e for a in asks for e in a} - self.fact_stems[f.id]
            self.df.update(self.fact_stems[f.id] | self.ask_terms[f.id])
            said = self.said[f.id] = said_stems(f)
            self.word_df.update(set(said))
            total_len += len(said)
            topics = {stem(w) for t in f.topics for w in t.split("-")}
            self.topic_stems[f.id] = topics | {phrase_token(t.replace("-", " ")) for t in f.topics}
            years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", f.statement)}
            years |= {int(n) for g in f.figures if g.unit in TIME_UNITS for n in g.numbers if n > 1900}
            self.fact_years[f.id] = years
            for y in years:
                self.by_year.setdefault(y, []).append(f.id)
        self.known_years = set(self.by_year)
        self.by_number: dict[float, list[str]] = {}  # a figure -> the facts carrying it
        for f in store.facts.values():
            for n in {x for g in f.figures for x in g.numbers}:
                self.by_number.setdefault(n, []).append(f.id)
        self.numbers = sorted(self.by_number)  # the same figures in order: near_numbers looks in a window, not at all
        self.number_pos = {x: k for k, x in enumerate(self.by_number)}
        # the project's own subject words: every idea holding one weighs fully (weights.py)
        self.curated = set(lex.by_stem) | set().union(*self.topic_stems.values(), set())
        self._counted: dict[str, set[str]] = {}
        self.size = max(len(store.facts), 1)
        self.avg_len = total_len / self.size

    @cached_property
    def held(self) -> set[str]:
        """The idea tokens in the index, as SQLite stores them (ftsquery.fts_key): the candidate query asks for no other."""
        return held_keys(idea_token(e) for e in self.df)

    @cached_property
    def stated(self) -> set[str]:
        """Every idea element some fact's own words hold (not its example questions'): whether any fact names a thing at all,
        asked once instead of fact by fact."""
        return set().union(*self.fact_stems.values())

    def _near(self, n: float) -> range:
        """The positions in the sorted figures of those within 6% of a stated figure (the window rounds_to looks in)."""
        lo, hi = sorted((n * 0.94, n / 0.94)) if n else (-1e-9, 1e-9)
        return range(bisect.bisect_left(self.numbers, lo), bisect.bisect_right(self.numbers, hi))

    def near_numbers(self, n: float) -> list[float]:
        """The figures a visitor's stated figure may round from (weights.rounds_to: within 5%), in the order
        by_number holds them; a window of the sorted figures, so a stated figure costs no scan of every fact."""
        return sorted((x for k in self._near(n) if rounds_to(n, x := self.numbers[k])), key=self.number_pos.__getitem__)

    def carries(self, n: float) -> bool:
        """Whether some fact carries a figure a visitor states: near_numbers, stopping at the first (the figure itself
        first), so that a common figure in a large store costs no look at every figure near it."""
        return n in self.by_number or any(rounds_to(n, self.numbers[k]) for k in self._near(n))

    def holds_all(self, fid: str, ideas) -> bool:
        """Whether a fact holds every one of the ideas (one of each idea's words); True of no ideas."""
        held = self.fact_stems[fid]
        return all(c & held for c in ideas)

    def counted_stems(self, fid: str) -> set[str]:
        """What a fact can be a count of: its ideas and its example questions', less the words that only
        name its claimant ("General Staff" makes no fact a count of generals)."""
        got = self._counted.get(fid)
        if got is None:
            f = self.store.facts[fid]
            name = re.sub(r"\s*\(.*?\)", "", tidy(f.claimant))
            rest = {stem(w) for w in TOKEN.findall(tidy(f.statement).replace(name, " "))}
            only_name = {stem(w) for w in TOKEN.findall(name)} - rest
            got = self._counted[fid] = (self.fact_stems[fid] - only_name).union(*self.ask_stems.get(fid, ()))
        return got

    def weights(self, ideas: list[set[str]], word_of: dict[str, str], qtype: str | None = None) -> list[float]:
        asking = qtype in ("why", "how", "opinion", "what_is", "agree")
        return [idea_weight(c, self.curated, word_of, asking) for c in ideas]

    def matches_at_most(self, ideas: list[set[str]], m: int) -> int:
        """An upper bound on the facts holding m of the ideas (each idea's facts counted once per element)."""
        return min(self.size, sum(sum(self.df[e] for e in idea) for idea in ideas) // max(m, 1))

    def literal_scores(self, words: list[str], fact_ids: list[str]) -> dict[str, float]:
        """bm25 of the question's own words in each fact's statement and claimant (k1 1.2, b 0.75)."""
        out = {}
        stems = [stem(w) for w in words]
        for fid in fact_ids:
            said = self.said[fid]
            tf = Counter(said)
            norm = 1.2 * (0.25 + 0.75 * len(said) / (self.avg_len or 1))
            score = 0.0
            for s_ in stems:
                if tf[s_]:
                    n = self.word_df[s_]
                    idf = max(math.log((self.size - n + 0.5) / (n + 0.5)), 1e-6)
                    score += idf * tf[s_] * 2.2 / (tf[s_] + norm)
            if score > 0:
                out[fid] = score
        return out

    def index_terms(self, fact: Fact) -> str:
        """The FTS `terms` column of a fact: the lexicon words it can be found by (for the site's
        fact search too), then one idea token per idea it holds (for the bot's candidate query)."""
        stems = self.fact_stems.get(fact.id) or {stem(w) for w in TOKEN.findall(tidy(fact.statement))}
        stems = stems | self.ask_terms.get(fact.id, set())
        words: list[str] = []
        for group, raw in zip(self.lex.groups, self.store.lexicon.synonyms):
            if stems & group:
                words += raw
        years = [year_token(y) for y in sorted(self.fact_years.get(fact.id, ()))]
        groups = [group_token(i) for i, g in enumerate(self.lex.groups) if stems & g]
        return " ".join(words + sorted(idea_token(s) for s in stems) + groups + years)


def fact_ideas(f: Fact, phrase_rx: dict[str, re.Pattern]) -> set[str]:
    """The ideas a fact holds: the stems of its statement, claimant and topics, and its lexicon phrases."""
    # a quoted name of several words ("I Want to Live") counts as its lexicon phrase, not word by word
    said = tidy(NAME.sub(" ", f"{f.statement} {f.claimant}"))
    text = tidy(f.statement)
    phrases = {p for p, rx in phrase_rx.items() if p in text and rx.search(text)}
    # a word inside a lexicon phrase is that phrase's idea, not its own ("officers" in
    # "non-commissioned officers" is no officer), as when a question is read
    for p in sorted(phrases, key=len, reverse=True):
        said = phrase_rx[p].sub(" ", said)
    words = TOKEN.findall(tidy(f"{said} {' '.join(t for t in f.topics if '-' not in t)}"))
    topic_phrases = {phrase_token(t.replace("-", " ")) for t in f.topics}
    return {stem(w) for w in words} | set(f.topics) | {phrase_token(p) for p in phrases} | topic_phrases


NAME = re.compile(r'"[^"\s]+(?: [^"\s]+)+"')
# the question names Ukraine's own soldiers ("how many Ukrainians were captured"), not Ukraine as the captor
# ("surrendering TO the Ukrainians", "captured BY Ukrainians")
SIDE = re.compile(r"(?<!\bto the )(?<!\bby the )(?<!\bto )(?<!\bby )(?<!\bwith the )(?<!\bagainst the )"
                  r"\bukrainians?\b(?! (forces|officials|government|army chief))")
IN_ONE_YEAR = re.compile(r"\b(in|during) (19|20)\d\d alone\b|\bduring (19|20)\d\d\b")
FIGURE_ASKED = re.compile(r"\b(figures?|numbers?|counts?|estimates?|statistics?|stats|data|totals?)\b"
                          r"|\bwho (?:\w+ )?(?:counted|tallied|tallies|estimated|numbered|added up)\b")  # ("who counted the casualties?": a count)
WHERE = re.compile(r"\bwhere\b")
# "how many Russians does Kyiv HOLD?", "how many is Ukraine keeping?": those in its hands, not those it has handed back
# (a count of men returned in the swaps counts others, though it names Kyiv as the question does)
HELD_COUNT = re.compile(r"\bhow many\b(?=.*\b(?:hold|holds|holding|held|keep|keeps|keeping|kept|in custody|in captivity|captive)\b)"
                        r"(?!.*\b(?:exchang\w*|swap\w*|return\w*|sent|send|home|back|hand\w*|trade\w*|releas\w*|free\w*|let go)\b)")
LEFT_CUSTODY = re.compile(r"\b(?:handed back|returned|exchanged|sent home|went home|came home)\b|\bin exchanges\b")
SUPERLATIVE = re.compile(r"\b(most|record|highest|biggest|largest|peak|busiest|worst|fewest|lowest)\b")


@lru_cache(maxsize=1024)
def sub_groups(topics: tuple[str, ...]) -> dict[str, set[str]]:
    """The topics that name a kind of men ("foreign-fighters": a word for men, last, and the words setting them apart before
    it), each with those words: a fact on that topic is about a part of the men every question asks about."""
    heads = [(t, t.split("-")) for t in topics]
    return {t: {stem(w) for w in ws[:-1]} for t, ws in heads if len(ws) > 1 and (ws[-1] in PEOPLE or ws[-1].removesuffix("s") in PEOPLE)}


def part_asked(f: Fact, ideas: list[set[str]], reading: Reading, seen: set[str]) -> float:
    """What a fact on a part of the men loses on a question that does not name the part: one on Ukraine's own soldiers
    (its statement's words) or on a kind of men its topics name (the foreign fighters); a question naming Ukraine's side
    prefers facts about them, and one asked after an answer on the kind names it ("do they go home?")."""
    low = f.statement.lower()
    if found(SIDE, reading.text):  # the question names Ukraine's own soldiers: facts about them come first
        out = 0.2 if "ukrainian soldiers" in low else -0.2 if "russian" in low else 0.0
    else:
        out = -0.15 if "ukrainian soldiers" in low and "russian soldiers" not in low else 0.0
    return out - 0.15 * sum(1 for t, kind in sub_groups(tuple(f.topics)).items() if t not in seen and not any(c & kind for c in ideas))


def said_stems(f: Fact) -> tuple[str, ...]:
    return tuple(sys.intern(stem(w)) for w in TOKEN.findall(tidy(f"{f.statement} {f.claimant}")) if w.isalpha())


# the verb of "who COUNTED the casualties?": how the source is asked for
WHO_VERB = re.compile(r"\bwho (?:first |actually |originally )?(count\w*|tall\w+|estimat\w+|reports?|reported|says?|said|compiled|gives?|gave)\b")
# what "who counted / reported …" names as counted ("the CASUALTIES", "those ILLNESSES"): lastanswer looks it up when the last answer lacks it
WHO_OF = re.compile(WHO_VERB.pattern + r" (?:the |those |these |all (?:the |those )?)?([a-z]+(?: [a-z]+){0,2})")


def literal_words(reading: Reading) -> list[str]:
    return list(dict.fromkeys(w for w in TOKEN.findall(reading.text) if w.isalpha() and w not in FUNCTION_WORDS))[:12]


# --- ranking ---------------------------------------------------------------------------------------

def rank(index: FactIndex, search: Search, ideas: list[set[str]], qtype: str | None, reading: Reading,
         prev_topics: set[str], other_side: bool, min_coverage: float = MIN_COVERAGE,
         near: frozenset[str] = frozenset(), own: list[set[str]] = (), shown: frozenset[str] = frozenset(),
         prev: list[set[str]] = (), last: frozenset[str] = frozenset()) -> list[Scored]:
    """Candidate facts for a question, best first, each with its coverage and rule score."""
    ideas = ideas[:MAX_IDEAS]
    # bm25 costs per matching fact: when very many facts could match (a vague question in a large
    # store), the query asks for one token per synonym group instead of one per word (a short OR),
    # and takes the first matches in index order, unranked (BM25_BUDGET)
    weights = index.weights(ideas, reading.word_of, qtype)
    many = bool(ideas) and index.matches_at_most(ideas, needed(len(ideas), min_coverage, weights)) > BM25_BUDGET
    strict = enough_ideas_query(ideas, min_coverage, index.lex if many else None, weights, index.held)
    if strict and reading.years:  # a year in the question is required of the fact: ask FTS5 for it too
        strict += " AND terms : (" + " AND ".join(f'"{year_token(y)}"' for y in sorted(reading.years)) + ")"
    hits, asked, literal_rank = candidates(index, search, ideas, qtype, reading, strict, many, linked_candidates(index, near, own, qtype))
    out = []
    # positions count against the candidate budget, not the number of hits, so that a fact's boost
    # does not depend on how many other facts happened to match
    for r, (fid, _bm25) in enumerate(hits):
        f = index.store.facts.get(fid)
        if f is None:
            continue
        if reading.years and not reading.years <= index.fact_years.get(fid, set()):
            continue
        if other_side and "ukrainian soldiers" not in f.statement.lower():
            continue
        cov, score = score_fact(index, f, ideas, qtype, reading, prev_topics, weights, last)
        score += follow_bonus(index, f, qtype, near, own, shown, prev, reading.text)
        if reason_linked(index, f, qtype, near, own):  # (scored as holding all it is asked)
            cov, score = 1.0, score + 1.0 - cov
        score += ASK_WEIGHT * asked.get(fid, 0.0)
        score += BM25_TIE * (1 - min(r, CANDIDATES) / CANDIDATES)  # bm25 order breaks ties
        if fid in literal_rank:
            score += 0.15 * (1 - literal_rank[fid] / CANDIDATES)
        out.append(Scored(fid, cov, score))
    # facts that hold enough of the question's ideas come first, whatever a weaker match scored
    out.sort(key=lambda s: (s.coverage < min_coverage, -s.score, -s.coverage))
    return out


def linked_candidates(index: FactIndex, near: Iterable[str], own: list[set[str]], qtype: str | None) -> list[str]:
    """The facts the last answer links to that join a follow-up's candidates whatever their bm25: all of them for a reason or a
    way asked of the follow-up's own words; for a yes-no question or a comparison, those holding all it names itself (as
    reason_linked scores them); none when it names nothing of its own."""
    if not own:
        return []
    if qtype in ("why", "how"):
        return list(near)
    return [i for i in near if index.holds_all(i, own)] if qtype in (None, "compare") else []


def candidates(index: FactIndex, search: Search, ideas: list[set[str]], qtype: str | None, reading: Reading, strict: str,
               many: bool, links: Iterable[str] = ()) -> tuple[list[tuple[str, float]], dict[str, float], dict[str, int]]:
    """The facts `rank` scores (bm25 hits, then facts with an example question worded like this one, then `links`: the last
    answer's links, for a reason asked of a follow-up's own words), the example questions' weights, and the literal order."""
    hits: list[tuple[str, float]] = []
    if strict:
        hits = search(strict, CANDIDATES, ordered=not many)
    asked = ask_candidates(index, ideas, qtype, weak=weak_words(reading.text))
    extra = list(dict.fromkeys(sorted(asked, key=lambda i: (-asked[i], i)) + sorted(links)))
    if extra:  # candidates whatever their bm25
        known = {fid for fid, _ in hits}
        hits = hits + [(fid, 0.0) for fid in extra if fid not in known]
    literal_rank: dict[str, int] = {}
    if hits:
        # the question's own words, unexpanded: among the candidates, facts that say it the way the
        # visitor did rank higher
        lit = index.literal_scores(literal_words(reading), [fid for fid, _ in hits])
        literal_rank = {fid: r for r, fid in enumerate(sorted(lit, key=lambda i: -lit[i]))}
    elif ideas:  # nothing holds enough: facts sharing some idea, for the refusal's related facts
        broad = any_idea_query(ideas, index.lex, index.held)
        hits = search(broad, FALLBACK, ordered=False) if broad else []
    if reading.years and not hits:  # a year-only follow-up: facts carrying the year are candidates
        hits = year_hits(index, reading.years)
    if not ideas and not hits and stated(reading):  # "what is the 40 percent figure about?"
        hits = [(i, 0.0) for n in stated(reading) for x in index.near_numbers(n)
                for i in index.by_number[x]][:CANDIDATES]
    return hits, asked, literal_rank


PERCENT = re.compile(r"%|\bpercent")


def stated(reading: Reading) -> list[float]:
    """The figures a question states, other than years."""
    return [n for n in set(reading.numbers) if n not in reading.years]


def year_hits(index: FactIndex, years: set[int]) -> list[tuple[str, float]]:
    first, *rest = sorted(years)
    return list(islice(((i, 0.0) for i in index.by_year.get(first, ()) if set(rest) <= index.fact_years[i]), CANDIDATES))


@lru_cache(maxsize=65536)
def found(rx: re.Pattern, text: str) -> bool:
    """Whether a pattern occurs in a question or a statement, remembered: score_fact asks the same few patterns
    of one question for each of up to 200 candidates, and of the same statements for question after question."""
    return rx.search(text) is not None


def score_fact(index: FactIndex, f: Fact, ideas: list[set[str]], qtype: str | None, reading: Reading,
               prev_topics: set[str], weights: list[float] | None = None, last: frozenset[str] = frozenset()) -> tuple[float, float]:
    """(coverage, score) of one fact for one question: coverage is the weighted share of the question's
    ideas the fact holds (see `coverage`)."""
    stems = index.fact_stems[f.id]
    # a figure the question states that the fact carries counts as one more idea held ("the 40 percent figure";
    # as a share, when the question says "percent")
    figs = [g for g in f.figures if g.unit in SHARE_UNITS] if found(PERCENT, reading.text) else f.figures
    carried = [True] if any(rounds_to(n, x) for n in stated(reading) for g in figs for x in g.numbers) else []
    # so does each year the question names (the fact must carry it: `rank` keeps no other)
    carried += [True] * len(reading.years)
    if ideas:
        weights = (weights or [1.0] * len(ideas)) + [1.0] * len(carried)
        held = [bool(c & stems) for c in ideas]
        cov = coverage(held + carried, weights)
        lacking = [k for k, h in enumerate(held) if not h]
        for a in index.ask_stems.get(f.id, ()) if lacking else ():  # or as much as one example question holds
            if more := [k for k in lacking if ideas[k] & a]:
                cov = max(cov, coverage([h or k in more for k, h in enumerate(held)] + carried, weights))
    else:
        cov = 1.0 if reading.years or carried else 0.0
    score = cov + type_bonus(f, qtype, reading)
    topics = index.topic_stems.get(f.id, set())
    score += 0.1 * sum(1 for c in ideas if c & topics)
    if f.kind == "figure" and qtype in ("share", "how_many"):
        score += 0.05
        if not any(g.numbers for g in f.figures):
            score -= 0.1  # "hundreds" answers a how-many question only when nothing better does
    matched = sum(1 for n in set(reading.numbers) if any(rounds_to(n, x) for g in figs for x in g.numbers))
    score += 0.2 * min(matched, 2)  # the numbers a question states, carried by the fact
    low = f.statement.lower()
    if qtype not in ("share", "how_many") and found(FIGURE_ASKED, reading.text) and any(g.numbers and (qtype != "who" or g.unit != "date")
                                                                                  for g in f.figures):
        # "who provides the figure for…", "is that number reliable": the fact with the figure (whose: not a date); "who counted the
        # casualties?": one naming who before one that says it names no one ("…does not say who counted them")
        score += 0.05 if qtype == "who" and NAMES_NO_ONE.search(f.statement) else 0.15
    if qtype != "where" and found(WHERE, reading.text):  # "do they agree on where…": places answer it
        score += 0.2 if "geography" in f.topics else 0.0
    score += part_asked(f, ideas, reading, prev_topics | last)  # (a part of the men answers a question naming it)
    if found(FATE, reading.text):
        score += 0.2 if done_afterwards(f) else 0.0
    if found(HELD_COUNT, reading.text) and found(LEFT_CUSTODY, low):
        score -= 0.1  # a count of those still held, not of those handed back
    if found(SUPERLATIVE, low):  # a record answers a question about records
        score += 0.1 if found(SUPERLATIVE, reading.text) else -0.1
    if prev_topics and prev_topics & set(f.topics):
        score += 0.15
    if not reading.years and found(IN_ONE_YEAR, low):
        score -= 0.05  # "in 2025 alone" answers a question about that year, not one about the whole war
    if any(g.derived for g in f.figures) and qtype != "share":
        score -= 0.05  # a computed figure answers only when asked for directly
    return cov, score


def clears(best: Scored | None, min_coverage: float = MIN_COVERAGE, min_score: float = MIN_SCORE) -> bool:
    return best is not None and best.coverage >= min_coverage and best.score >= min_score

