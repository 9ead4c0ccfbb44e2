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
# "who wrote that blog, some random guy?", "where do they give up, somewhere in the east?": a guess after a comma, past a wh-question
# of a few words (the guess must start as one does, below); after a what/which question only when it asks what a thing is
# ("what even is it, some psyop?"): in "what do they get, a salary?" the guess names the very thing asked and stays
_WH_THEN_COMMA = re.compile(r"^(?:(?:and|so|but|ok|okay)\W+)*(?P<wh>what|where|who|which)\b[^?,.;]{4,60}?\s*,\s*(?=(?:some|maybe|perhaps|probably|possibly|a|an|somewhere)\b)")
_VERB = re.compile(r"\b(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|says?|said)\b")
_KEEP = re.compile(r"\d|\b(?:blog|news|report|article|articles|post|piece|author|writer|both|each|same)\b")
_GUESS_START = re.compile(r"^(?:maybe|perhaps|probably|possibly|like|somewhere|something|some kind|some random|a|an)\b")
_PLACE_START = re.compile(r"^(?:in|near|around|at|on|by|somewhere)\b")
# "what is I Want to Live? IS IT A FILM?", "… it is a charity?": the kind guessed, said as a yes/no question of its own
_WHAT_IS = re.compile(r"^(?:(?:and|so|but|ok|okay)\W+)*what(?:'s| is| are| was| were| mean| means)\b|.*\bmeans?\W*\?\s*$")
_KIND_GUESSED = re.compile(r"^(?:is (?:it|that|this)|it(?:'s| is)|that(?:'s| is)|this is) (?:maybe |perhaps |like |some kind of |some sort of )?"
                           r"(?:a|an|some) (?:[a-z-]+ ){0,2}[a-z-]+\W*$")

# an answer guessed as a statement with a question tag: "they sit back in the bunkers, don't they?", "it's the pay, isn't it?"
_TAGGED = re.compile(r"^[^?]{3,80}?,? (?:(?:do|does|did|is|are|was|were|have|has|had|would|will|can)n'?t|won'?t) (?:they|it|he|she|we|you|there|that)\W*$")


# a guess run on after the question with no stop, as a voice note types it: "what sicknesses did they have WAS IT TB AND
# AIDS", "where do most give up IS IT DONETSK OR POKROVSK OR WHERE" (a question of three words or more before it)
# (one question, no clause of its own in it: not "… and when was it signed", "… if the army is that bad")
_RUN_ON = re.compile(r"^(?P<q>(?:(?:and|so|but|ok|okay) )*(?:what|where|who|which|how|why)(?: (?!(?:what|where|who|which|when|how|why|if|because|since|"
                     r"though|although|while|whether|unless|and)\b)[a-z']+){2,}?) (?:is|was) it (?P<g>[^?.,;:]+?)\W*$")
# a kind guessed after a "what … is" asked within a sentence: "my son wants to know what 'i want to live' is. IS IT A SONG?"
_ASKED_THEN_GUESS = re.compile(r"^(?P<s1>.*\bwhat\b[^.?]*\b(?:is|are|means?)['\"]?)\s*[.?]\s+(?P<s2>[^.?]+)\?*\s*$")


# "what even is that project, …": what a thing IS (not "what were they promised", "what is it used for")
_WHAT_A_THING_IS = re.compile(r"^(?:(?:and|so|but|ok|okay)\W+)*what(?: even| exactly| actually)?(?:'s| is| are| was| were)\b(?![^,]*\b(?:[a-z]+ed|given|"
                              r"told|paid|sent|shown|done|made|taken|kept|held|known|seen|got|gotten|for|about|like|with)\b)")


def _wh_then_comma(t: str) -> re.Match | None:
    m = _WH_THEN_COMMA.match(t)
    return m if m and (m.group("wh") in ("who", "where") or _WHAT_A_THING_IS.match(t[:m.end()])) else None


def without_guess(question: str) -> str:
    """The question without a guess after its wh-question; unchanged when there is none."""
    t = tidy(question)
    if (a := _ASKED_THEN_GUESS.match(t)) and _KIND_GUESSED.match(a.group("s2")) and not _KEEP.search(a.group("s2")):
        return a.group("s1") + "?"
    if "?" not in t.rstrip("?") and (r := _RUN_ON.match(t)) and not _VERB.search(r.group("g")) and not _KEEP.search(r.group("g")):
        # the guess's alternatives asked of ("… or where") are no subject; a thing named ("tb and aids") is what the question
        # asks about, without the "it" that would point back at the last answer
        guess = " or " in f" {r.group('g')} " or _GUESS_START.match(r.group("g"))
        return f"{r.group('q')}?" if guess else f"{r.group('q')}, {r.group('g')}?"
    m = _WH_COMMA.match(t) or _wh_then_comma(t) or _WH.match(t)
    if not m or m.end() >= len(t):
        return question
    rest = t[m.end():].strip()
    if _WHAT_IS.match(t[:m.end()]) and _KIND_GUESSED.match(rest) and not _KEEP.search(rest):
        return t[:m.end()].rstrip(" ,").rstrip("?") + "?"
    if _TAGGED.match(rest) and not _KEEP.search(rest):  # "why so few? they stay in the rear, don't they?": the answer guessed
        return t[:m.end()].rstrip(" ,").rstrip("?") + "?"
    if "?" in rest.rstrip("?") or _VERB.search(rest) or _KEEP.search(rest) or len(rest.split()) > 10:
        return question
    guess = " or " in f" {rest} " or _GUESS_START.match(rest) or m.group("wh") == "where" and _PLACE_START.match(rest)
    return t[:m.end()].rstrip(" ,").rstrip("?") + "?" if guess else question
