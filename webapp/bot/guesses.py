"""A guess tacked on after a wh-question, as spoken and as learners of English ask: "where is Donetsk? in the east or in the
west?", "what is I Want to Live? a charity or something?", "what is it? is it a film?", "where is it? somewhere near Kharkiv?". The wh-question is what
is asked; the guess is answered by its answer, and its words (east, charity) are no subject a fact must hold.

No Flask. Used by understand.understand before anything else reads the question. A guess is a fragment with no verb of its
own that offers alternatives ("… or …") or starts as a guess does ("maybe", "a", "somewhere", and for a where-question "in",
"near"); a fragment with a figure or a year ("in 2025?") or naming an article ("the blog or the news?") narrows the question
and stays, as does one naming who is meant ("what happened to them? the foreign fighters?").
"""
from __future__ import annotations

import re

from .normalize import tidy

_WH = re.compile(r"^(?:(?:and|so|but|ok|okay)\W+)*(?P<wh>what|where|who|which|when|how|why)\b[^?]*\?\s*")
# "where is it, east or west?", "what is that, a charity or something?": a short wh-question on what was just said, with the
# guess after a comma instead of a question mark
_WH_COMMA = re.compile(r"^(?:(?:and|so|but|ok|okay)\W+)*(?P<wh>what|where|who)(?:'s| is| are| was| were|s) (?:it|that|this|they|those)\s*,\s*")
_VERB = re.compile(r"\b(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|says?|said)\b")
_KEEP = re.compile(r"\d|\b(?:blog|news|report|article|articles|post|piece|author|writer|both|each|same)\b")
_GUESS_START = re.compile(r"^(?:maybe|perhaps|probably|possibly|like|somewhere|something|some kind|a|an)\b")
_PLACE_START = re.compile(r"^(?:in|near|around|at|on|by|somewhere)\b")
# "what is I Want to Live? IS IT A FILM?", "… it is a charity?": the kind guessed, said as a yes/no question of its own
_WHAT_IS = re.compile(r"^(?:(?:and|so|but|ok|okay)\W+)*what(?:'s| is| are| was| were| mean| means)\b|.*\bmeans?\W*\?\s*$")
_KIND_GUESSED = re.compile(r"^(?:is (?:it|that|this)|it(?:'s| is)|that(?:'s| is)|this is) (?:maybe |perhaps |like |some kind of |some sort of )?"
                           r"(?:a|an|some) (?:[a-z-]+ ){0,2}[a-z-]+\W*$")


def without_guess(question: str) -> str:
    """The question without a guess after its wh-question; unchanged when there is none."""
    t = tidy(question)
    m = _WH_COMMA.match(t) or _WH.match(t)
    if not m or m.end() >= len(t):
        return question
    rest = t[m.end():].strip()
    if _WHAT_IS.match(t[:m.end()]) and _KIND_GUESSED.match(rest) and not _KEEP.search(rest):
        return t[:m.end()].rstrip(" ,").rstrip("?") + "?"
    if "?" in rest.rstrip("?") or _VERB.search(rest) or _KEEP.search(rest) or len(rest.split()) > 10:
        return question
    guess = " or " in f" {rest} " or _GUESS_START.match(rest) or m.group("wh") == "where" and _PLACE_START.match(rest)
    return t[:m.end()].rstrip(" ,").rstrip("?") + "?" if guess else question
