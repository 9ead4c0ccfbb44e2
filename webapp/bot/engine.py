"""The explainer bot: retrieve facts with FTS5 bm25, re-rank them by rules, reply only with facts.

No Flask. `Bot.answer` returns a `Reply` whose statements are fact statements, word for word, each
with its claimant and citations; the bot's own words are short framings without figures. When no
fact clears the threshold, or the question is about something the articles do not report, the
reply says so (`answered=False`) and offers related facts and questions it can answer.

How a fact is scored for a question (all visible in `score_fact`):
- coverage: the share of the question's content words (each with its lexicon synonyms) that the
  fact's statement, claimant or topics contain — the main signal;
- the question's type agrees with the fact's figures ("what share" ↔ a percentage, "how many" ↔ a
  count, "when" ↔ a date), a number in the question equals one of the fact's figures;
- hard constraints: a year in the question must be carried by the fact; a question about
  Ukrainian soldiers held by Russia only matches facts about Ukrainian soldiers;
- a follow-up ("and officers?") keeps the previous question's type and prefers its topic.
The thresholds below were tuned on tests/bot/eval.yaml (see `flask --app webapp bot evaluate`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from ..facts import Store
from ..numbers import same
from ..schemas import Fact
from .normalize import TOKEN, Lexicon, Reading, phrase_token, read, stem, tidy

# Tuned on the evaluation set: below these the bot says the articles do not cover the question.
MIN_COVERAGE = 0.6
MIN_SCORE = 0.75
CANDIDATES = 40

COUNT_UNITS = {"soldiers", "prisoners", "killed or wounded", "countries", "soldiers per week",
               "foreign fighters per week", "square kilometres", "years of age"}
SHARE_UNITS = {"percent", "fraction"}
TIME_UNITS = {"date", "year"}
DURATION_UNITS = {"years", "year of the war"}

QTYPES = [
    ("share", re.compile(r"\b(what|which) (share|percent|percentage|proportion|fraction|part)\b|\bhow much of\b|%|\bpercent|\bproportion\b|\bshare of\b|\bhow many of (the|them|those)\b")),
    ("how_many", re.compile(r"\bhow (many|much|large|big)\b|\bnumber of\b|\bhow old\b|\bwhat age|\btotal\b")),
    ("when", re.compile(r"\bwhen\b|\bwhat (year|date|month)\b|\bwhich (year|month)\b|\bsince when\b")),
    ("where", re.compile(r"\bwhere\b|\bwhich (region|place|area|province)s?\b|\bwhat (region|place|area)s?\b")),
    ("who", re.compile(r"^who\b|\bwhose\b|\bwho (says|said|counts|counted|runs|estimates)\b|\baccording to whom\b")),
    ("opinion", re.compile(r"\b(think|thinks|opinion|view|believe|believes|argue|argues|conclude|concludes)\b")),
    ("why", re.compile(r"\bwhy\b|\breason")),
    ("what_is", re.compile(r"^(what|who) (is|are|was)\b(?!.*\b(share|many|much|number|percent))|^what does .* do\b")),
    ("list", re.compile(r"\bwhich\b|\bwhat (kinds?|types?|sorts?)\b|\blist\b")),
]

GREETING = re.compile(r"^(hi|hello|hey|hiya|good (morning|afternoon|evening)|greetings|yo)\b[\s!.?]*(there|bot)?[\s!.?]*$")
THANKS = re.compile(r"^(thanks|thank you|thx|cheers|great|ok|okay|cool|nice)\b[\w\s!.?]{0,20}$")
HELP = re.compile(r"^(help|\?|what can you do|what do you do|who are you|what are you|how does this work|what can i ask)\b")
FOLLOW_UP = re.compile(r"^(and|what about|how about|and what about|what of|also)\b")
OTHER_SIDE = re.compile(
    r"\bukrainian (soldiers?|troops?|prisoners?|pows?|servicemen|fighters?)\b.*\b(captured|surrender\w*|prisoner|held|taken)\b"
    r"|\b(captured|held|taken prisoner) by russia\b|\bin russian captivity\b|\brussia (has )?(captured|took|takes|holds)\b"
    r"|\bhow many ukrainians?\b.*\b(captured|surrender\w*|prisoner\w*|killed|died|dead)\b")


FUNCTION_WORDS = set("""a an the of to in on at by for from with and or is are was were be been do does did has
have had it its this that these those what which who whom whose when where why how many much can could would
should will any some all me my i you your there their they them
ignore previous instructions instruction rules rule pretend say says article articles forget system prompt
now tell""".split())


@dataclass
class Statement:
    text: str
    fact_id: str
    claimant: str
    citations: list[dict]
    url: str
    kind: str


@dataclass
class Reply:
    answered: bool
    message: str
    statements: list[Statement] = field(default_factory=list)
    related: list[Statement] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    reason: str = "answer"  # answer | smalltalk | out-of-scope | not-covered | empty


@dataclass
class Scored:
    fact_id: str
    coverage: float
    score: float


def qtype_of(text: str) -> str | None:
    for name, rx in QTYPES:
        if rx.search(text):
            return name
    return None


class Bot:
    """Answers questions from one store. `search(match_query, limit)` returns (fact id, bm25)
    pairs from the FTS5 index, best first; `fact_url(id)` gives a fact's page."""

    def __init__(self, store: Store, search: Callable[[str, int], list[tuple[str, float]]],
                 fact_url: Callable[[str], str] = lambda i: f"/facts/{i}",
                 min_coverage: float = MIN_COVERAGE, min_score: float = MIN_SCORE):
        self.store = store
        self.search = search
        self.fact_url = fact_url
        self.min_coverage = min_coverage
        self.min_score = min_score
        texts = [f"{f.statement} {f.claimant} {' '.join(f.topics)}" for f in store.facts.values()]
        oos_words = [t for terms in store.lexicon.out_of_scope.values() for t in terms]
        self.lex = Lexicon.build(store.lexicon.synonyms, texts, oos_words)
        self.fact_stems: dict[str, set[str]] = {}
        self.topic_stems: dict[str, set[str]] = {}
        self.fact_years: dict[str, set[int]] = {}
        for f in store.facts.values():
            words = TOKEN.findall(tidy(f"{f.statement} {f.claimant} {' '.join(t.replace('-', ' ') for t in f.topics)}"))
            text = tidy(f.statement)
            self.fact_stems[f.id] = {stem(w) for w in words} | {t for t in f.topics} | {
                phrase_token(p) for p, _ in self.lex.phrases if re.search(rf"\b{re.escape(p)}\b", text)}
            self.topic_stems[f.id] = {stem(w) for t in f.topics for w in t.split("-")}
            years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", f.statement)}
            years |= {int(n) for g in f.figures if g.unit in TIME_UNITS for n in g.numbers if n > 1900}
            self.topic_stems[f.id] |= {phrase_token(t.replace("-", " ")) for t in f.topics}
            self.fact_years[f.id] = years
        self.out_of_scope = [(cat, tidy(t)) for cat, terms in store.lexicon.out_of_scope.items() for t in terms]
        self.known_years = set().union(*self.fact_years.values()) if self.fact_years else set()

    # --- index support -------------------------------------------------------------------------

    def index_terms(self, fact: Fact) -> str:
        """Lexicon words a fact should also be found by (the FTS `terms` column)."""
        stems = self.fact_stems.get(fact.id) or {stem(w) for w in TOKEN.findall(tidy(fact.statement))}
        out: list[str] = []
        for group, raw in zip(self.lex.groups, self.store.lexicon.synonyms):
            if stems & group:
                out += raw
        return " ".join(out)

    # --- answering --------------------------------------------------------------------------------

    def statement(self, f: Fact) -> Statement:
        cites = []
        for c in f.citations:
            src = self.store.sources[c.source_id]
            cites.append({"source_id": src.id, "paragraph": c.paragraph, "title": src.title,
                          "publisher": src.publisher})
        return Statement(text=f.statement, fact_id=f.id, claimant=f.claimant, citations=cites,
                         url=self.fact_url(f.id), kind=f.kind)

    def suggestions(self, k: int = 3) -> list[str]:
        return list(self.store.lexicon.suggestions[:k])

    def refuse(self, reason: str, message: str, related: list[str] = ()) -> Reply:
        return Reply(False, message, related=[self.statement(self.store.facts[i]) for i in related[:3]],
                     suggestions=self.suggestions(), reason=reason)

    def answer(self, question: str, context: dict | None = None) -> tuple[Reply, dict]:
        """Reply to one question; `context` is the conversation so far (returned updated)."""
        context = dict(context or {})
        t = tidy(question)
        if not t:
            return self.refuse("empty", "Type a question about the articles."), context
        if GREETING.match(t):
            return Reply(False, "Hello! Ask me about Russian soldiers surrendering to Ukraine, and I will answer "
                                "with what the articles report, and where.", suggestions=self.suggestions(),
                         reason="smalltalk"), context
        if THANKS.match(t):
            return Reply(False, "You're welcome. Ask another question whenever you like.", reason="smalltalk"), context
        if HELP.match(t):
            return Reply(False, "I answer questions using only facts taken from the articles, each with who "
                                "claims it and where it was reported. When the articles don't cover something, "
                                "I say so.", suggestions=self.suggestions(), reason="smalltalk"), context

        reading = read(question, self.lex)
        for cat, term in self.out_of_scope:
            if any(re.search(rf"(?<![\w]){re.escape(term)}(?![\w])", x) for x in (t, reading.text)):
                return self.refuse("out-of-scope", self._out_of_scope_message(cat)), context
        if reading.years and not reading.years <= self.known_years:
            return self.refuse("out-of-scope", "The articles here do not report on that year."), context
        other_side = bool(OTHER_SIDE.search(reading.text))

        qtype = qtype_of(reading.text)
        follow = bool(context) and (FOLLOW_UP.match(reading.text) is not None or len(reading.words) <= 1)
        concepts = reading.concepts
        prev_topics: set[str] = set(context.get("topics", [])) if follow else set()
        if follow:
            qtype = qtype or context.get("qtype")
            if not concepts:
                concepts = [set(c) for c in context.get("concepts", [])]
        if not concepts and not reading.years:
            return self.refuse("not-covered", "I couldn't find anything to look up in that question. "
                                              "Try asking about the prisoners, their numbers or the sources."), context

        ranked = self.rank(concepts, qtype, reading, prev_topics, other_side)
        best = ranked[0] if ranked else None
        related = [s.fact_id for s in ranked if s.coverage > 0][:3]
        if other_side:
            return self.refuse("out-of-scope", "The articles here report on Russian soldiers captured by "
                                               "Ukraine; they do not cover that.", related), context
        if best is None or best.coverage < self.min_coverage or best.score < self.min_score:
            return self.refuse("not-covered", "The articles here do not cover that question.", related), context

        f = self.store.facts[best.fact_id]
        if qtype in ("share", "how_many") and not (self._unit_fits(f, qtype) or self._unit_fits(f, "share")):
            return self.refuse("not-covered", "The articles here do not give a figure for that.", related), context
        chosen = [f.id]
        for c in f.conflicts_with:  # the articles disagree or differ: show both side by side
            if c.fact in self.store.facts and c.fact not in chosen:
                chosen.append(c.fact)
        for s in ranked[1:]:
            if len(chosen) >= 3:
                break
            if s.fact_id in chosen or s.score < best.score - 0.02 or s.coverage < best.coverage:
                continue
            other = self.store.facts[s.fact_id]
            if qtype in ("share", "how_many") and not (self._unit_fits(other, qtype) or self._unit_fits(other, "share")):
                continue
            chosen.append(s.fact_id)
        statements = [self.statement(self.store.facts[i]) for i in chosen]
        context = {"concepts": [sorted(c) for c in concepts], "qtype": qtype,
                   "topics": sorted({t for i in chosen for t in self.store.facts[i].topics}), "facts": chosen}
        return Reply(True, self._framing(statements, bool(f.conflicts_with)), statements), context

    def rank(self, concepts: list[set[str]], qtype: str | None, reading: Reading, prev_topics: set[str],
             other_side: bool) -> list[Scored]:
        words = sorted({s for c in concepts for s in c})[:30]
        query = " OR ".join(f'"{w}"*' for w in words if re.fullmatch(r"[a-z0-9'-]+", w) and "'" not in w)
        hits = self.search(query, CANDIDATES) if query else []
        # the question's own words, unexpanded: facts that say it the way the visitor did rank higher
        literal_words = [w for w in TOKEN.findall(reading.text) if w.isalpha() and w not in FUNCTION_WORDS][:12]
        literal = self.search("{statement claimant} : (" + " OR ".join(f'"{w}"' for w in literal_words) + ")",
                              CANDIDATES) if literal_words else []
        literal_rank = {fid: r for r, (fid, _) in enumerate(literal)}
        if reading.years and not hits:  # a year-only follow-up: facts carrying the year are candidates
            hits = [(i, 0.0) for i, ys in self.fact_years.items() if reading.years <= ys][:CANDIDATES]
        out = []
        n = max(len(hits), 1)
        for rank, (fid, _bm25) in enumerate(hits):
            f = self.store.facts.get(fid)
            if f is None:
                continue
            if reading.years and not reading.years <= self.fact_years.get(fid, set()):
                continue
            if other_side and "ukrainian soldiers" not in f.statement.lower():
                continue
            cov, score = self.score_fact(f, concepts, qtype, reading, prev_topics)
            score += 0.05 * (1 - rank / n)  # bm25 order breaks ties
            if fid in literal_rank:
                score += 0.15 * (1 - literal_rank[fid] / max(len(literal), 1))
            out.append(Scored(fid, cov, score))
        out.sort(key=lambda s: (-s.score, -s.coverage))
        return out

    def score_fact(self, f: Fact, concepts: list[set[str]], qtype: str | None, reading: Reading,
                   prev_topics: set[str]) -> tuple[float, float]:
        stems = self.fact_stems[f.id]
        if concepts:
            matched = sum(1 for c in concepts if c & stems)
            cov = matched / len(concepts)
        else:
            cov = 1.0 if reading.years else 0.0
        score = cov
        if qtype in ("share", "how_many", "when"):
            if self._unit_fits(f, qtype):
                score += 0.25
            elif qtype == "how_many" and self._unit_fits(f, "share"):
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
        elif qtype == "why":
            score += 0.2 if f.kind in ("claim", "opinion") else -0.1
        topics = self.topic_stems.get(f.id, set())
        score += 0.1 * sum(1 for c in concepts if c & topics)
        if f.kind == "figure" and qtype in ("share", "how_many"):
            score += 0.05
            if not any(g.numbers for g in f.figures):
                score -= 0.1  # "hundreds" answers a how-many question only when nothing better does
        if any(same(n, x) for n in reading.numbers for g in f.figures for x in g.numbers):
            score += 0.2
        if prev_topics and prev_topics & set(f.topics):
            score += 0.15
        if "derived" in [("derived" if g.derived else "") for g in f.figures] and qtype != "share":
            score -= 0.05  # a computed figure answers only when asked for directly
        return cov, score

    @staticmethod
    def _unit_fits(f: Fact, qtype: str | None) -> bool:
        units = {g.unit for g in f.figures}
        if qtype == "share":
            return bool(units & SHARE_UNITS)
        if qtype == "how_many":
            return bool(units & COUNT_UNITS)
        if qtype == "when":
            return bool(units & TIME_UNITS)
        return True

    @staticmethod
    def _framing(statements: list[Statement], conflict: bool) -> str:
        if conflict and len(statements) > 1:
            return "The two articles each report this; here they are side by side:"
        if all(s.kind == "opinion" for s in statements):
            return "This is an opinion of the blog post's author, not a reported fact:" if len(statements) == 1 \
                else "These are opinions of the blog post's author, not reported facts:"
        if len(statements) == 1:
            return "Here is what the articles report:"
        return "The articles report:"

    @staticmethod
    def _out_of_scope_message(category: str) -> str:
        return {
            "other-wars": "The articles here are about Russian soldiers surrendering to Ukraine; they do not cover other wars.",
            "future": "The articles here report what has happened; they do not forecast what will happen.",
            "advice": "I can only report what the articles say; I can't give advice.",
        }.get(category, "The articles here do not cover that.")
