"""A long question read in shorter forms, when the whole of it gets no answer: a visitor who writes carefully, or through a
screen reader, puts what they ask among clauses that ask nothing of the articles.

"I am using a screen reader, so please keep it short: how much of Ukraine did Russia take in 2025, and who gave that
estimate?" asks how much of Ukraine was taken; the preamble before the colon is about the reply, and who gave the estimate
is told by any answer, which always names its claimant. "Could you convert that percentage into square kilometres, since a
percentage is harder for me to picture?" asks the conversion; the reason after "since" is the visitor's.

No Flask. `shorter` gives the readings, shortest last; engine.Bot tries them in order after a long turn is refused for want of
a fact, and keeps the first answered. Only these are taken off: a letter's closing after its question ("…? With thanks,
Margaret"); what comes before a colon or semicolon when a question
follows; a reason the visitor gives ("since…", "because…", "so that I…"); an aside between commas that names nothing
("if possible", "in plain words", "in the author's own terms"); and a second question that asks who gives the figure or
where it appears. A second question of its own ("…, and what channels would he use?") stays, since the first may be
answered while the second is not covered: only its first part is tried, and only when that part is itself a question.
"""
from __future__ import annotations

import re

# long enough that clauses beside the question are likely (a short turn's words are all its question)
MIN_WORDS = 16
_WH = r"(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|has|have|will|would|should)"
# "About North Korean troops sent to Kursk: how many of them were taken prisoner?", "When it comes to Belarusian soldiers: how
# many were captured?": the question after the colon points back at what a preamble naming a topic names, which stays
TOPIC_FIRST = re.compile(r"^(?:and |so |now )?(?:about|regarding|concerning|as (?:for|to|regards)|on the (?:subject|question|matter) of|"
                         r"speaking of|when it comes to|turning to|for|with|thinking (?:about|of))\b", re.I)
BACK_TO_PREAMBLE = re.compile(r"\b(?:them|they|those|these|it)\b|^(?:and |so )?how many (?:were|are|was|is|did|have|had)\b", re.I)
# "…? With thanks, Margaret", "…? Yours sincerely, J. Brown": a letter's closing after its question
SIGN_OFF = re.compile(r"(?<=\?)\s+(?!(?:what|whats|who|where|when|which|how|why|is|are|was|were|do|does|did|and|or)\b)[^?]{2,80}$", re.I)
# "I am using a screen reader, so please keep the answer short: …", "Regarding territory, and …: how much …?"
PREFIX = re.compile(rf"^[^:;?]{{8,}}?:\s*(?=(?:and |so |but |then )?{_WH}\b[^:;]*\?\s*$)", re.I)
# ", since a percentage is harder for me to picture", ", so that I can hear them one by one"
REASON = re.compile(r",\s*(?:since|because|as|so that|so|given that|seeing that)\s+(?=[^,?]*\b(?:i|i'm|me|my|we|us|our)\b)[^,?]*(?=[,?]|\s*$)", re.I)
# ", step by step if possible,", ", in the author's own terms,", ", in one of the articles,"
ASIDE = re.compile(r",\s*(?:if possible|step by step(?: if possible)?|briefly|please|"
                   r"in (?:the author'?s|his|their) own (?:terms|words)|in plain (?:words|terms|english)|in one of the articles|"
                   r"as far as you know|if you can)\s*(?=,)", re.I)
# ", and who gave that estimate?", ", and which of the two articles gives that date?", ", and if so, in which of the two articles?",
# ", and who is reporting this?": who gives the figure, or where; an answer names both
WHOSE = re.compile(r",?\s*(?:and|or)\s+(?:if so,?\s*)?(?:(?:who|which (?:body|organi[sz]ation|group|outlet|source))\s+"
                   r"(?:gave|gives|made|makes|is (?:reporting|giving|making)|reports|reported|estimated|estimates|counted|counts|says|said|is behind)"
                   r"|(?:in )?which (?:of the two |one of the |of the )?(?:articles?|pieces?|reports?|sources?)"
                   r"|(?:does|do|did) (?:it|they|the (?:blog|news report|article|report)s?) (?:name|give|cite) (?:a |its |their )?source)\b"
                   # (what follows only points back at the figure: "…that estimate", "…gives that date"; not "…says how many of them
                   # came from North Korea", a question of its own)
                   r"(?:[^?]{0,40}?\b(?:that|this|it|these|those|them|the (?:figure|number|estimate|count|date|claim))\b[^?]{0,15})?\s*\?\s*$", re.I)
# ", and what channels would he use to get in touch with it?": a second question of its own; its first part is tried alone
SECOND = re.compile(rf",\s*or\s+{_WH}\b[^?]*\?\s*$", re.I)


def without_preamble(text: str) -> str:
    """The question after a colon, unless the preamble names a topic the question points back to ("About North Korean troops:
    how many of them…?")."""
    rest = PREFIX.sub("", text, count=1)
    return text if TOPIC_FIRST.match(text) and BACK_TO_PREAMBLE.search(rest) else rest


def shorter(text: str) -> list[str]:
    """Shorter readings of a long question, shortest last; [] when it is short or nothing comes off."""
    if len(text.split()) < MIN_WORDS or "?" not in text:
        return []
    out: list[str] = []
    t = text.strip()
    for step in (lambda s: SIGN_OFF.sub("", s), without_preamble, lambda s: ASIDE.sub("", s), lambda s: REASON.sub("", s),
                 lambda s: WHOSE.sub("?", s), lambda s: SECOND.sub("?", s)):
        cut = step(t).strip()
        if cut != t and len(cut.split()) >= 3 and re.search(rf"\b{_WH}\b", cut, re.I):
            t = cut if cut.endswith("?") else cut.rstrip(" ,.;") + "?"
            out.append(t)
    return out
