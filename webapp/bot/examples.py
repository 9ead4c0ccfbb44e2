"""Example questions (content/asks.yaml) as a way to find a fact: a visitor's question matched
against the questions each fact answers, idea by idea, with weak words and question types.

No Flask, no SQL. The index that holds each fact's example questions is retrieve.FactIndex.
"""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from .normalize import STOPWORDS, TOKEN, Lexicon, phrase_rx, phrase_token, stem, tidy

if TYPE_CHECKING:
    from .retrieve import FactIndex


def ask_ideas(question: str, lex: Lexicon) -> frozenset[str]:
    """The stems and lexicon phrases of an example question's content words."""
    text = tidy(question)
    found = [(p, i) for p, i in lex.phrases_in(text) if p in text and phrase_rx(p).search(text)]
    out = {phrase_token(p) for p, _ in found}
    out |= {stem(w) for w in TOKEN.findall(text) if w not in STOPWORDS and not w[0].isdigit()}
    # a word of a phrase that only shares its stem with a word of another idea ("private" in "private military
    # companies", not the "privates" of rank-and-file): the phrase is its sense here, not the other idea
    return frozenset(out - {stem(w) for p, i in found for w in p.split() if w not in lex.forms
                            and lex.by_stem.get(stem(w)) and i not in lex.by_stem[stem(w)]})


# Words that carry no topic but do tell two questions on one topic apart ("which SIDE takes MORE",
# "how OFTEN", "are they BETTER OFF"): not ideas a fact must hold, but matched between a visitor's
# question and the example questions, at WEAK_WEIGHT of a content idea. Everything else in
# STOPWORDS (articles, pronouns, auxiliaries, question words) says nothing either way.
WEAK = set("""more most less fewer than far ever still yet now already same both each every alone instead
side russian russians russia ukraine ukrainian ukrainians soldier soldiers troops troop men man people army
military war big large size long old often whole true false real right former lot lots previously since
past behind between second outlet differ differently agree disagree exist happen happened happens
number numbers figure figures total amount count counted source sources claim claims claimed percent
percentage share proportion fraction rate come came go went gone take took taken takes make made put
get gets got receive receives
""".split())
WEAK_WEIGHT = 0.5


def weak_words(text: str) -> frozenset[str]:
    """The weak words of a tidied question, as stems (see WEAK); "a man", "men" and "people" are one."""
    return frozenset(PERSON.get(w) or stem(w) for w in TOKEN.findall(text) if w in WEAK)


PERSON = dict.fromkeys(["man", "men", "people"], "people")  # "why would a MAN sign up?" as "why did PEOPLE sign up?"


# question types that ask for a different kind of answer from each other
STRONG_TYPES = {"why", "how", "how_many", "share", "when", "where", "who", "opinion", "agree"}


def same_kind(a: str | None, b: str | None) -> bool:
    return a == b or not ({a, b} & STRONG_TYPES)


def ask_candidates(index: "FactIndex", ideas: list[set[str]], qtype: str | None,
                   floor: float = 0.5, weak: frozenset[str] = frozenset()) -> dict[str, float]:
    """Facts whose example questions match the question at least `floor`, each scored by its closest
    example: the ideas the two share over the larger of the two (1.0: the same content words, or their
    synonyms), weak words counting WEAK_WEIGHT each, halved when the two ask different kinds of thing
    ("why…" against "how many…"). Counted from the postings: only examples sharing an idea are looked at."""
    shared: Counter[tuple[str, int]] = Counter()
    for c in ideas:
        shared.update(set().union(*(index.ask_each.get(e, ()) for e in c)))
    asked = len(ideas) + WEAK_WEIGHT * len(weak)
    best: dict[str, float] = {}
    for (fid, k), n in shared.items():
        a, aw = index.ask_stems[fid][k], index.ask_weak[fid][k]
        m = (n + WEAK_WEIGHT * len(weak & aw)) / max(asked, len(a) + WEAK_WEIGHT * len(aw))
        m *= 1.0 if same_kind(index.ask_types[fid][k], qtype) else 0.5
        if m > best.get(fid, 0.0):
            best[fid] = m
    return {fid: m for fid, m in best.items() if m >= floor}
