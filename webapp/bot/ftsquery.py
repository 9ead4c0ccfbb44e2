"""The bot's FTS5 candidate queries: the index tokens of its ideas, and the MATCH expressions built of them.

Every fact is indexed (the `terms` column) with one exact token per idea it holds, one per lexicon group
it holds a word of, and one per year it carries; the candidate query asks for the facts holding enough
of a question's ideas. The table's tokenizer is 'porter unicode61', so SQLite stems these tokens too:
`fts_key` gives the form it stores, and a query leaves out the tokens no fact holds in that form. Such a
token matches nothing and adds nothing to any fact's bm25, so the results are the same; the query is
shorter (a lexicon group has dozens of phrases, few of which any article uses) and SQLite's cost per
query falls with it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import combinations
from typing import Container

import Stemmer  # PyStemmer's Porter stemmer: SQLite's porter tokenizer is the same algorithm but for two later rules (FURTHER)

from .normalize import Lexicon
from .weights import MIN_COVERAGE, needed

PORTER = Stemmer.Stemmer("porter")


@lru_cache(maxsize=65536)
def idea_token(element: str) -> str:
    """One exact index token for a stem or a lexicon phrase ("surrend", "~gave up", "rank-and-file").

    The prefix keeps it apart from ordinary words; the tokenizer sees the same string when the
    index is built and when it is queried, so the match is exact."""
    return "zq" + re.sub(r"[^a-z0-9]", "0", element)


def year_token(year: int) -> str:
    """The index token of a year a fact carries (so the candidate query can require it)."""
    return idea_token(f"y{year}")


@lru_cache(maxsize=65536)
def fts_key(token: str) -> str:
    """The form in which SQLite's porter tokenizer stores (and matches) an index token: stemmed, unless
    shorter than 3 or longer than 64 characters (it passes those through)."""
    return PORTER.stemWord(token) if 3 <= len(token) <= 64 else token


# where SQLite's porter stems further than PyStemmer's (two rules Porter added later: "possibly" is stored as "possibl",
# "technology" as "technolog"): a key with such an ending stands for both forms
FURTHER = ("bli", "logi")


def held_keys(tokens) -> set[str]:
    """The keys of the tokens some fact holds, for `may_match` (each in both forms where the two stemmers differ)."""
    keys = {fts_key(t) for t in tokens}
    return keys | {k[:-1] for k in keys if k.endswith(FURTHER)}


def may_match(token: str, held: Container[str]) -> bool:
    """Whether a query token can match some fact's: its key is held, or it ends where the stemmers differ (kept: SQLite decides)."""
    return (k := fts_key(token)) in held or k.endswith(FURTHER)


def group_token(i: int) -> str:
    """One index token for a whole lexicon synonym group (every fact holding any of its words has it)."""
    return idea_token(f"g{i}")


def idea_tokens(idea: set[str], lex: Lexicon | None = None, held: Container[str] | None = None) -> set[str]:
    """The tokens any one of which shows a fact holds the idea: one per synonym group the idea comes
    from (a short OR, fast in a large store) and one per word outside those groups; with `held` (the
    keys of the tokens some fact holds: `held_keys`), only those: a token no fact has matches nothing
    and adds nothing to bm25."""
    groups = {i for e in idea for i in lex.by_stem.get(e, ())} if lex else set()
    covered = set().union(*(lex.groups[i] for i in groups)) if groups else set()
    words = {idea_token(e) for e in idea if e not in covered}
    if held is not None:
        words = {t for t in words if may_match(t, held)}
    return {group_token(i) for i in groups} | words


def idea_query(idea: set[str], lex: Lexicon | None = None, held: Container[str] | None = None) -> str | None:
    """An OR of the idea's tokens; None when no fact holds any of them."""
    tokens = idea_tokens(idea, lex, held)
    return "(" + " OR ".join(f'"{t}"' for t in sorted(tokens)) + ")" if tokens else None


def enough_ideas_query(ideas: list[set[str]], min_coverage: float = MIN_COVERAGE, lex: Lexicon | None = None,
                       weights: list[float] | None = None, held: Container[str] | None = None) -> str | None:
    """Facts holding at least `needed(n)` of the n ideas: an OR of ANDs over the terms column (None when
    no fact can: each AND needs an idea no fact holds)."""
    if not ideas:
        return None
    parts = [idea_query(i, lex, held) for i in ideas]
    m = needed(len(parts), min_coverage, weights)
    clauses = [" AND ".join(c) for c in combinations(parts, m) if None not in c]
    if not clauses:
        return None
    body = clauses[0] if len(clauses) == 1 else " OR ".join(f"({c})" for c in clauses)
    return "terms : (" + body + ")"


def any_idea_query(ideas: list[set[str]], lex: Lexicon | None = None, held: Container[str] | None = None) -> str | None:
    parts = [q for i in ideas if (q := idea_query(i, lex, held))]
    return "terms : (" + " OR ".join(parts) + ")" if parts else None
