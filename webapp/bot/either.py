"""Two groups offered as alternatives in a question on which is the larger: "are most of them volunteers or conscripts?",
"mostly officers or privates?", "were there more volunteers or people who got called up?". Each alternative is one
fact's subject: the question is answered by either group's share, so the two are read as one idea (either of them),
not as two ideas a fact must both hold.

No Flask. Used by understand.settled. Only under a frame asking which is the larger (most, mostly, mainly, more, the
majority, bigger, larger) and only when the words just before "or" and just after it each read as one idea.

A group set against another in a question on a share: "what proportion were contract soldiers, RATHER THAN men who were
called up?", "how many were volunteers AS OPPOSED TO conscripts?". The first group is asked about; the second only says
what it is told from, so it is no idea a fact must hold (either group's share answers, as with "or"). Only when each side
reads as one idea: "how many were killed rather than wounded" (one idea, a part of a combined figure) is left alone.
"""
from __future__ import annotations

import re

CONTRAST = re.compile(r"^(?P<left>.*\b(?:most|mostly|mainly|largely|more|majority|proportion|share|percent|percentage|fraction|"
                      r"how many)\b.*?)\b(?P<by>rather than|as opposed to)\b(?P<right>.*)$")
EITHER = re.compile(r"^(?P<left>.*\b(?:most|mostly|mainly|largely|more|majority|bigger|larger)\b.*?)\bor\b(?P<right>.*)$")


def one_of(u, lex, read) -> None:
    """Merge the two alternatives' ideas into one, in place, when the question offers two groups to choose between."""
    m = EITHER.match(u.reading.text)
    if not m or len(u.ideas) < 2:
        return
    before = m.group("left").split()[-3:]
    after = m.group("right").split()[:5]
    a = [c for c in read(" ".join(before), lex).concepts if c in u.ideas]
    b = [c for c in read(" ".join(after), lex).concepts if c in u.ideas]
    if len(a) != 1 or len(b) != 1 or a[0] == b[0]:
        return
    merged = a[0] | b[0]
    u.ideas = [merged if c == a[0] else c for c in u.ideas if c != b[0]]


def told_from(u, lex, read) -> None:
    """Drop, in place, the group a share question sets its subject against ("X rather than Y"), and the words that set it."""
    m = CONTRAST.match(u.reading.text)
    if not m or len(u.ideas) < 2:
        return
    a = [c for c in read(" ".join(m.group("left").split()[-3:]), lex).concepts if c in u.ideas][-1:]  # the group asked about
    b = [c for c in read(" ".join(m.group("right").split()[:5]), lex).concepts if c in u.ideas]
    if len(a) != 1 or len(b) != 1 or a[0] == b[0]:
        return
    by = read(m.group("by"), lex).concepts
    u.ideas = [c for c in u.ideas if c != b[0] and c not in by]
