"""The questions a refusal suggests: ones that share the question's subject, never one whose answer the
refusal has just shown.

No Flask. The candidates are the facts' example questions (content/asks.yaml) and the lexicon's general
suggestions, each read into ideas as a visitor's question is (examples.ask_ideas). A candidate scores the
weight of the question's ideas it holds (weights.py: a subject word counts fully, an everyday word less),
so "do Russian commanders shoot deserters?" suggests a question about commanders, not "when did the war
start?"; when none shares an idea, the general suggestions follow, in the lexicon's order.
"""
from __future__ import annotations

import heapq
from typing import TYPE_CHECKING, Callable

from .examples import ask_ideas

if TYPE_CHECKING:
    from .retrieve import FactIndex

MAX_CANDIDATES = 400  # facts looked at in a large store (their example questions share an idea of the question)


class Suggester:
    def __init__(self, index: "FactIndex", general: list[str], lead_of: Callable[[str], str | None] | None = None):
        self.index = index
        self.general = list(general)
        self.lead_of = lead_of  # the fact that answers a question (the bot's own lead), to tell when it is on the screen
        self.leads: dict[str, str | None] | None = None
        self.general_ideas = [ask_ideas(q, index.lex) for q in self.general]
        self.order = {fid: i for i, fid in enumerate(index.store.facts)}  # file order breaks ties

    def near(self, ideas: list[set[str]], word_of: dict[str, str], shown: set[str], k: int) -> list[str]:
        """Up to k questions sharing the most of `ideas` (weighted), none an example question of a fact in `shown`
        (its answer is on the screen), then the general suggestions."""
        weights = self.index.weights(ideas, word_of) if ideas else []
        def score(a: frozenset[str]) -> float:
            held = sum(w for c, w in zip(ideas, weights) if c & a)
            return held + (0.1 * held / len(a) if a else 0.0)  # of two, the one with fewer other ideas
        fids: set[str] = set()
        for c in ideas:
            for e in c:
                fids |= self.index.ask_postings.get(e, set())
        order = self.order
        scored: list[tuple[float, int, str]] = []
        for fid in heapq.nsmallest(MAX_CANDIDATES, fids - shown, key=lambda f: order.get(f, 0)):
            asks = self.index.store.asks.get(fid, [])
            best = max(((score(a), q) for a, q in zip(self.index.ask_stems.get(fid, ()), asks)), default=(0.0, ""))
            if best[0] > 0:
                scored.append((best[0], order.get(fid, 0), best[1], fid))
        # a general suggestion worded like a shown fact's example question asks for that fact again, and one worded like
        # a suggested fact's asks for it twice ("how many surrender each week?" beside "… every week on average?")
        words = lambda a: {e for e in a if not e.startswith("~")}  # noqa: E731 (its words: "each week" is "week")
        offered = shown | {t[3] for t in sorted(scored, key=lambda t: (-t[0], t[1]))[:k]}
        shown_ideas = [words(a) for fid in offered for a in self.index.ask_stems.get(fid, ())]
        again = {q for a, q in zip(self.general_ideas, self.general) if words(a) and any(words(a) <= b for b in shown_ideas)}
        general = [(score(a), -1, q, "") for a, q in zip(self.general_ideas, self.general) if score(a) > 0]
        picked = [t[2] for t in sorted(scored + general, key=lambda t: (-t[0], t[1]))]
        shown_asks = {q for fid in shown for q in self.index.store.asks.get(fid, [])} | again | self.answered_by(shown)
        return [q for q in dict.fromkeys(picked + self.general) if q not in shown_asks][:k]

    def answered_by(self, shown: set[str]) -> set[str]:
        """The general suggestions whose answer is one of the facts on the screen, however differently they are worded
        ("How many Russian prisoners went back in exchanges?" beside the fact on the 6,000 handed back). Worked out on
        first use: the bot answers each once (the index is loaded by then); nested refusals meanwhile see none."""
        if self.lead_of is None:
            return set()
        if self.leads is None:
            self.leads = {}
            self.leads = {q: self.lead_of(q) for q in self.general}
        return {q for q, fid in self.leads.items() if fid in shown}
