"""A word's stem, the same for a visitor's question and a fact: British spelling, irregular verbs as their verb, then
the Snowball (Porter 2) stemmer, with the few words Snowball folds wrongly here kept apart.

No Flask. normalize.py re-exports `stem`, which the rest of the bot imports from there.
"""
from __future__ import annotations

import re
from functools import lru_cache

import Stemmer  # PyStemmer: the Snowball English stemmer in C
from lemminflect import getAllLemmas


# American spellings read as the British ones the articles use, before stemming ("mobilized" and
# "mobilised" are one word): the -ize/-yze endings by rule, the rest as a short list.
US_UK = {"kilometer": "kilometre", "kilometers": "kilometres", "meter": "metre", "meters": "metres",
         "center": "centre", "centers": "centres", "defense": "defence", "offense": "offence",
         "favor": "favour", "favorite": "favourite", "behavior": "behaviour", "labor": "labour",
         "honor": "honour", "neighbor": "neighbour", "rumor": "rumour", "color": "colour",
         "program": "programme", "programs": "programmes", "gray": "grey", "traveled": "travelled",
         "fueled": "fuelled", "canceled": "cancelled", "counseling": "counselling", "jewelry": "jewellery"}
US_ENDING = re.compile(r"(?<=[a-z]{3})(i|y)z(e|es|ed|ing|ation|ations|er|ers)$")
_STEMMER = Stemmer.Stemmer("english")
# Snowball folds words that mean different things here: a prisoner is not a prison ("how many came
# from prisons" asks about recruits from jails, not about the count of prisoners)
STEM_EXCEPTIONS = {"prisoner": "prisoner", "prisoners": "prisoner", "prisoner's": "prisoner", "prisoners'": "prisoner",
                   # nor are the authorities an author
                   "authority": "authority", "authorities": "authority"}


def british(word: str) -> str:
    """The British spelling of an American one ("mobilized" → "mobilised"); other words unchanged."""
    return US_UK.get(word) or US_ENDING.sub(r"\1s\2", word)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of a word, the same for questions and facts ("surrendered",
    "surrendering" → "surrend"; "recruitment" → "recruit"), after British spelling."""
    w = word.lower().strip("'-")
    if w.endswith("'s"):
        w = w[:-2]
    return STEM_EXCEPTIONS.get(w) or _STEMMER.stemWord(british(irregular_lemma(w)))


def irregular_lemma(word: str) -> str:
    """An irregular verb form as its verb ("wore" → "wear", "paid" → "pay", "fought" → "fight"), which Snowball
    leaves apart; a word that is also a noun or an adjective ("left", "wound", "saw", "found") stays itself, and so does
    a participle in -n ("beaten" is the lexicon's defeated, not "2025 beat 2022"; "taken", "drawn" are read as written)."""
    if word.endswith("n"):
        return word
    lemmas = getAllLemmas(word)
    if len(lemmas) == 1 and len(verb := lemmas.get("VERB", ())) == 1 and verb[0] != word:
        return verb[0]
    return word
