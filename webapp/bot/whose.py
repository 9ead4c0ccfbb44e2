"""A stated figure's source checked: "is the 1.2 million casualty figure from the Coordination Headquarters?",
"does the 6,000 come from the General Staff?". The question is about the figure; the body named after "from"
is what it checks, which the fact carrying the figure answers by naming its own claimant.

No Flask. Used by engine.Bot before the subject test.
"""
from __future__ import annotations

import re

from .stems import stem

# "is the 83% (figure) from …", "does the 420,000 (for 2025) come from …", "was that 350 reported by …"
# "is it true (that) the 420,000 comes from …", "is it true the student says the 1,213,460 figure is from …": the same check
# put as a claim (checked.as_check), the one who put it (a student, an essay) before it no part of it
CLAIMED = (r"is it (?:true|correct|right) (?:that )?(?:(?:the |my |a |this )?(?P<who>student|pupil|candidate|essay|paper|draft|he|she|they)"
           r"(?: also| then)? (?:says|said|claims|claimed|writes|wrote|states|argues|thinks)(?: that)? )?")
SOURCE_CHECK = re.compile(r"^(?:" + CLAIMED + r"(?:the |that |this )?|(?:is|was|are|were|does|did|do) (?:the |that |this |those |these )?)(?:[a-z]+ )?(?=[\d.,]*\d)"
                          r"[^?]*?\b(?:come from|came from|comes from|from|by|according to|given by|reported by|put out by) "
                          r"(?:the )?([a-z' -]+?)(?:[,?.;]|$| like\b| as\b| or\b)")

# "is it true the student attributes the 1,213,460 casualty figure to the Russian Ministry of Defence?": the body after "to"
ATTRIBUTED = re.compile(r"^(?:is it (?:true|correct|right) (?:that )?)?(?:the |my |a |this )?(?P<who>student|pupil|candidate|essay|paper|draft|he|she|they)"
                        r"(?: also| then)? (?:attributes|attributed|credits|credited|assigns|assigned|ascribes|ascribed) (?:the |that |this )?"
                        r"(?:[a-z]+ )?(?=[\d.,]*\d)[^?]*?\bto (?:the )?([a-z' -]+?)(?:[,?.;]|$| like\b| as\b| or\b)")


def checked_body(text: str) -> list[str]:
    """The words naming the body a figure's source is checked against, and who put the claim (a student), or none."""
    m = SOURCE_CHECK.match(text) or ATTRIBUTED.match(text)
    return m.group(2).split() + ([m.group("who")] if m.group("who") else []) if m else []


def without_checked_body(ideas: list[set[str]], text: str) -> list[set[str]]:
    """The question's ideas less the body it checks the figure against ("the Coordination Headquarters")."""
    body = {stem(w) for w in checked_body(text)}
    return [c for c in ideas if not c & body] if body else ideas
