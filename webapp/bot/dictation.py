"""Words a dictating phone splits in two ("in fected", "poke rovsk", "sur render"): two neighbouring tokens whose
run-together form is a word the bot knows, and one of which is no known word on its own, are read as that word. And
the other way: a hyphenated word the bot does not know ("drone-heavy", "record-year") is read as its parts, each of
which it may know; a hyphenated word it knows ("rank-and-file") stays whole.

And letters spoken or typed one by one ("p o w s", "P.O.W.s", "n c o s"): a run of single letters is the word they
spell, read before chat spellings would take "n" for "and" ("r u", "u r" and the like, all chat letters, stay).

No Flask. Used by normalize.read, before spelling correction (which would take each half for another word).
"""
from __future__ import annotations

import re

from .stopwords import STOPWORDS
from .weights import is_english

LETTERS = re.compile(r"(?<![\w'.])[a-z](?:(?:\. ?| )[a-z])+\.?(?![\w'])")
CHAT_LETTERS = set("aiuryn")


def spelled_out(text: str) -> str:
    """The text with each run of single letters joined into the word it spells ("how many p o w s": "how many pows")."""
    def join(m: re.Match) -> str:
        letters = re.findall(r"[a-z]", m.group(0))
        return "".join(letters) if set(letters) - CHAT_LETTERS else m.group(0)
    return LETTERS.sub(join, text)


# a sound a dictating phone writes as a short word at the start of a name ("TWO burka losis": tuberculosis)
SOUNDED_AS = {"two": "tu", "too": "tu", "to": "tu"}


def by_sound_run(tokens: list[str], i: int, known: set[str], by_sound) -> tuple[str, int] | None:
    """A name or term dictated as two or three words at `i` ("jenny va", "seer ski", "two burka losis"), one of which at
    is a word the bot knows or a word that carries no topic (but the sound a name starts with): the word they sound like run
    together, and how many tokens it takes; else None."""
    for n in (3, 2):
        parts = tokens[i:i + n]
        if len(parts) < n or not all(p.isalpha() and len(p) >= 2 for p in parts) \
                or any(p in known or p in STOPWORDS for p in parts[0 if parts[0] not in SOUNDED_AS else 1:]):
            continue
        for run in dict.fromkeys(("".join(parts), SOUNDED_AS.get(parts[0], parts[0]) + "".join(parts[1:]))):
            if (w := by_sound(run)) is not None:
                return w, n
    return None


def joined(tokens: list[str], known: set[str], min_len: int = 6, correct=None, by_sound=None) -> list[str]:
    """The tokens with each split known word put back together ("arm bands": "armbands"); two known words side by side
    ("any one", "war time") stay as they are. With `correct`, two words neither of which is known are also one word misspelt
    when, run together, they are a slip for a known one ("don yets": "donyets", read as Donetsk); not two English words, each
    a word of its own that the articles happen not to use."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        a = tokens[i]
        b = tokens[i + 1] if i + 1 < len(tokens) else None
        whole = None
        if b is not None and a.isalpha() and b.isalpha() and len(a + b) >= min_len:
            whole = a + b if a + b in known and (a not in known or b not in known) else \
                correct(a + b) if correct and len(a + b) >= 7 and a not in known and b not in known \
                and not (is_english(a) and is_english(b)) else None
        if whole in known:
            out.append(whole)
            i += 2
            continue
        if by_sound is not None and (heard := by_sound_run(tokens, i, known, by_sound)) is not None:
            out.append(heard[0])
            i += heard[1]
            continue
        out.append(a)
        i += 1
    return out


def parted(tokens: list[str], known: set[str]) -> list[str]:
    """The tokens with each unknown hyphenated word split at its hyphens ("drone-heavy sectors": "drone heavy sectors")."""
    return [p for w in tokens for p in (w.split("-") if "-" in w and w not in known else [w]) if p]
