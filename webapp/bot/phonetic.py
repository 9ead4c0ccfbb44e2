"""A word spelt as it sounds: the key two spellings of one English word share ("soljers" and "soldiers", "capchured" and
"captured", "sinse" and "since", "contrackt" and "contract"), for the slips an edit distance finds too far apart.

No Flask. `key` spells a word by its consonant sounds: the letter groups English spells one sound with many ways are made
one ("ck", "c" before a hard vowel and "q" are k; "c" before e, i, y is s; "ph" is f; "dg", "g" before e, i, y and "di"
before a vowel are j; "t" before "u" is ch, as "captured" is said), doubled letters are single, and the vowels after the
first letter are dropped, since they are what such a writer most often guesses. normalize.Lexicon.correct asks for it
only when no vocabulary word is close enough letter by letter, and takes a word of the same key only when it is also
the nearest by letters among them.
"""
from __future__ import annotations

import re

_SOUNDS = [(re.compile(p), r) for p, r in [
    (r"^wr", "r"), (r"^kn", "n"), (r"^wh", "w"), (r"tch", "ch"), (r"ph", "f"), (r"ck", "k"), (r"dg", "j"),
    (r"d(?:i|e)(?=[aeiou])", "j"), (r"t(?=u)", "ch"), (r"c(?=[eiy])", "s"), (r"ch", "C"), (r"sh", "S"), (r"th", "T"),
    (r"c", "k"), (r"q", "k"), (r"x", "ks"), (r"z", "s"), (r"g(?=[eiy])", "j"), (r"(?<=[^aeiou])h", ""),
]]


def key(word: str) -> str:
    """The word's sound key: "soldiers" and "soljers" are both "sljrs"."""
    w = re.sub(r"[^a-z]", "", word.lower())
    if not w:
        return ""
    for rx, to in _SOUNDS:
        w = rx.sub(to, w)
    w = re.sub(r"(.)\1+", r"\1", w)
    return w[0] + re.sub(r"[aeiouy]", "", w[1:])
