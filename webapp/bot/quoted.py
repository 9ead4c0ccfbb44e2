"""A word a fact quotes, asked about: "is 'staggering' the author's opinion?", "who says the total is staggering?".

No Flask. Some facts quote a source's own word or phrase ('the total is "staggering"', armbands reading "infected",
"loyalty unto death"). A question that quotes such a word, or asks who says it or whose view or word it is, asks about
the fact that quotes it: that fact answers, wherever else the question's other words would lead. Only plain quoted
words count (lower-case, no figures): a quoted figure or a name ("I Want to Live") is matched like any other word.
The phrases are found once, when the bot is built; a question is looked up by its words, not against every fact.
"""
from __future__ import annotations

import re

from ..facts import Store

QUOTED = re.compile(r'"([a-z][a-z\' -]{2,40}?)"')
# what the question asks of the word: who says it, whose view or word it is
ASKS_OF_WORD = re.compile(r"\bwho(?:'s| is)? (?:says?|said|calls?|called|describes?|described|uses?|used|thinks?|thought)\b"
                          r"|\b(?:opinion|view|words?|term|phrase|quote|quoted|quoting|describ\w*|call(?:s|ed|ing)?)\b|\bsays? who\b")


def quoted_phrases(store: Store) -> dict[str, list[tuple[str, list[str]]]]:
    """Each plain word or phrase a fact's statement quotes, under its first word -> (phrase, the facts quoting it)."""
    found: dict[str, list[str]] = {}
    for f in store.facts.values():
        for m in QUOTED.finditer(f.statement):
            phrase = m.group(1).strip()
            if not any(ch.isdigit() for ch in phrase):
                found.setdefault(phrase, []).append(f.id)
    out: dict[str, list[tuple[str, list[str]]]] = {}
    for phrase, ids in found.items():
        out.setdefault(phrase.split()[0], []).append((phrase, ids))
    return out


def quoted_asked(text: str, phrases: dict[str, list[tuple[str, list[str]]]]) -> list[str]:
    """The facts quoting a word the question quotes or asks who says (empty when it does neither)."""
    low = text.lower()
    for word in dict.fromkeys(w.strip("'-") for w in re.findall(r"[a-z][a-z'-]*", low)):  # looked up by the question's words
        for phrase, ids in phrases.get(word, ()):
            if not re.search(rf"\b{re.escape(phrase)}\b", low):
                continue
            if re.search(rf"['\"‘“]{re.escape(phrase)}['\"’”]", low) or ASKS_OF_WORD.search(low):
                return ids
    return []
