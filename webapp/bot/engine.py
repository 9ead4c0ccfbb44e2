"""The explainer bot: understand a question, retrieve facts, assemble a reply only from facts.

No Flask. `Bot.answer` returns a `Reply` whose statements are fact statements, word for word, each
with its claimant and citations; the bot's own words are short framings without figures. When no
fact clears the threshold, or the question is about something the articles do not report, the
reply says so (`answered=False`) and offers related facts and questions it can answer.

The steps live in their own modules: `normalize` (reading the words), `understand` (type, year,
side, scope, follow-ups), `retrieve` (FTS5 bm25 candidates, rules, threshold) and `reply`.
"""
from __future__ import annotations

from typing import Callable

from ..facts import Store
from ..schemas import Fact
from . import reply as rp
from .normalize import Lexicon
from .reply import Reply, Statement
from .retrieve import MIN_COVERAGE, MIN_SCORE, FactIndex, Search, answers_a_figure_question, clears, rank
from .understand import Scope, qtype_of, understand

__all__ = ["Bot", "Reply", "Statement", "qtype_of"]


class Bot:
    """Answers questions from one store. `search(match, limit, ordered=True, budget=None)` returns
    (fact id, bm25) pairs from the FTS5 index, best first (db.bot_search); `fact_url(id)` gives a
    fact's page."""

    def __init__(self, store: Store, search: Search, fact_url: Callable[[str], str] = lambda i: f"/facts/{i}",
                 min_coverage: float = MIN_COVERAGE, min_score: float = MIN_SCORE):
        self.store = store
        self.search = search
        self.fact_url = fact_url
        self.min_coverage = min_coverage
        self.min_score = min_score
        texts = [f"{f.statement} {f.claimant} {' '.join(f.topics)}" for f in store.facts.values()]
        oos_words = [t for terms in store.lexicon.out_of_scope.values() for t in terms]
        self.lex = Lexicon.build(store.lexicon.synonyms, texts, oos_words)
        self.index = FactIndex(store, self.lex)
        self.scope = Scope(store.lexicon.out_of_scope, self.index.known_years)

    def index_terms(self, fact: Fact) -> str:
        """What a fact is indexed by besides its words (the FTS `terms` column)."""
        return self.index.index_terms(fact)

    def statement(self, f: Fact) -> Statement:
        return rp.statement(self.store, f, self.fact_url)

    def suggestions(self, k: int = rp.MAX_SUGGESTIONS) -> list[str]:
        return list(self.store.lexicon.suggestions[:k])

    def refuse(self, reason: str, why: str, related: list[str] = ()) -> Reply:
        return Reply(False, rp.REFUSALS[why], related=[self.statement(self.store.facts[i]) for i in related[:rp.MAX_RELATED]],
                     suggestions=self.suggestions(), reason=reason)

    def answer(self, question: str, context: dict | None = None) -> tuple[Reply, dict]:
        """Reply to one question; `context` is the conversation so far (returned updated)."""
        context = dict(context or {})
        u = understand(question, self.lex, self.scope, context)
        if u.kind == "empty":
            return self.refuse("empty", "empty"), context
        if u.kind in rp.SMALLTALK:
            tips = self.suggestions() if u.kind != "thanks" else []
            return Reply(False, rp.SMALLTALK[u.kind], suggestions=tips, reason="smalltalk"), context
        if u.kind == "out-of-scope":
            return self.refuse("out-of-scope", u.scope if u.scope in rp.REFUSALS else "not-covered"), context
        if u.kind == "nothing":
            return self.refuse("not-covered", "nothing"), context

        ranked = rank(self.index, self.search, u.ideas, u.qtype, u.reading, u.prev_topics, u.other_side,
                      self.min_coverage)
        related = [s.fact_id for s in ranked if s.coverage > 0][:rp.MAX_RELATED]
        if u.other_side:
            return self.refuse("out-of-scope", "other-side", related), context
        best = ranked[0] if ranked else None
        if not clears(best, self.min_coverage, self.min_score):
            return self.refuse("not-covered", "not-covered", related), context
        f = self.store.facts[best.fact_id]
        if not answers_a_figure_question(f, u.qtype):
            return self.refuse("not-covered", "no-figure", related), context
        chosen = rp.choose(self.store, ranked, u.qtype)
        facts = [self.store.facts[i] for i in chosen]
        context = {"concepts": [sorted(c) for c in u.ideas], "qtype": u.qtype,
                   "topics": sorted({t for x in facts for t in x.topics}), "facts": chosen}
        message = rp.framing(self.store, facts, bool(f.conflicts_with))
        return Reply(True, message, [self.statement(x) for x in facts]), context
