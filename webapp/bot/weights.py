"""How much each idea of a question weighs when coverage is counted: the subject words count fully,
the everyday words a long question wraps them in ("end up", "the way", "keep", "before") less.

No Flask. An idea weighs 1 when it is one of the project's own subject words (a lexicon synonym
group, a lexicon phrase, a fact's topic) or a rare English word ("tanks", "asylum", "conscripts",
a name, slang no word list knows); an everyday English word weighs less the more common it is,
by its Zipf frequency in wordfreq's English list (a 0-8 scale: "the" is 7.7, "way" 6.0, "end" 5.7,
"officers" 4.9, "tanks" 4.3). So "why do so few officers END UP among the prisoners" is about
officers and prisoners, while "how many TANKS…" still needs a fact that mentions tanks.
"""
from __future__ import annotations

import math
from functools import lru_cache

from lemminflect import getAllLemmas
from wordfreq import zipf_frequency

# the share of a question's (weighted) ideas a fact must hold to answer it (see retrieve.py)
MIN_COVERAGE = 0.6

# Zipf at or above COMMON weighs FLOOR; at or below RARE weighs 1; linear between
COMMON = 5.6
RARE = 4.6
FLOOR = 0.3

@lru_cache(maxsize=65536)
def commonness(word: str) -> float:
    """The weight of an everyday word: FLOOR for the commonest, 1 for rare ones and unknown words."""
    z = zipf_frequency(word, "en")
    if z <= RARE:
        return 1.0
    if z >= COMMON:
        return FLOOR
    return 1.0 - (1.0 - FLOOR) * (z - RARE) / (COMMON - RARE)


def rounds_to(stated: float, x: float) -> bool:
    """Whether a figure a visitor states is the fact's figure as people round it: exactly, or to the
    stated figure's significant digits within 5% ("1.2 million" is 1,213,460; "10,000" is not 6,000)."""
    if abs(stated - x) <= 1e-9 * max(1.0, abs(stated), abs(x)):
        return True
    if not stated or not x or abs(stated - x) > 0.05 * max(abs(stated), abs(x)):
        return False
    digits = len(f"{stated:.6g}".replace(".", "").replace("-", "").lstrip("0").rstrip("0").split("e")[0]) or 1
    return float(f"{x:.{digits}g}") == float(f"{stated:.{digits}g}")


# a word at least this common (Zipf) is an English word spelt right, never "corrected" to another
ENGLISH = 3.3


@lru_cache(maxsize=65536)
def is_english(word: str) -> bool:
    return zipf_frequency(word, "en") >= ENGLISH


@lru_cache(maxsize=65536)
def only_verb(word: str) -> bool:
    """A word English knows only as a verb ("describing", "deciding"): how a why/how question asks."""
    return set(getAllLemmas(word)) == {"VERB"}


def idea_weight(idea: set[str] | frozenset[str], curated: set[str], word_of: dict[str, str], asking: bool = False) -> float:
    """1 for a subject word of the project (`curated`: lexicon stems and phrases, fact topics) and for
    phrases; otherwise the commonness of the word the stem came from in this question (`word_of`)."""
    if any(e.startswith("~") or e in curated for e in idea):
        return 1.0
    words = [word_of[e] for e in idea if e in word_of]
    if asking and words and all(only_verb(w) for w in words):  # a why/how/opinion question's verb: half weight
        return min(0.5, min(commonness(w) for w in words))
    return min((commonness(w) for w in words), default=1.0)


def needed(n: int, min_coverage: float = MIN_COVERAGE, weights: list[float] | None = None) -> int:
    """How many of n ideas a fact must hold to reach min_coverage (with weights: the fewest that could,
    the lightest ideas left out; see `coverage`)."""
    if not weights:
        return max(1, math.ceil(n * min_coverage - 1e-9))
    light = sorted(weights)
    for k in range(1, n + 1):
        if k / (k + sum(light[:n - k])) >= min_coverage - 1e-9:
            return k
    return n


def coverage(held: list[bool], weights: list[float]) -> float:
    """The share of a question's ideas a fact holds: each idea it holds counts 1, each it lacks counts
    its weight (weights.py), so a fact is not held back by lacking an everyday word of the question
    ("why do so few officers END UP…"), but is by lacking a subject word ("how many TANKS…")."""
    got = sum(held)
    missing = sum(w for h, w in zip(held, weights) if not h)
    return got / (got + missing) if got + missing else 0.0
