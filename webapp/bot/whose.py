"""A stated figure's source checked: "is the 1.2 million casualty figure from the Coordination Headquarters?",
"does the 6,000 come from the General Staff?". The question is about the figure; the body named after "from"
is what it checks, which the fact carrying the figure answers by naming its own claimant.

No Flask. Used by engine.Bot before the subject test.
"""
from __future__ import annotations

import re

from .stems import stem

# "is the 83% (figure) from …", "does the 420,000 (for 2025) come from …", "was that 350 reported by …"
SOURCE_CHECK = re.compile(r"^(?:is|was|are|were|does|did|do) (?:the |that |this |those |these )?(?:[a-z]+ )?(?=[\d.,]*\d)"
                          r"[^?]*?\b(?:come from|came from|comes from|from|by|according to|given by|reported by|put out by) "
                          r"(?:the )?([a-z' -]+?)(?:[,?.;]|$| like\b| as\b| or\b)")


def checked_body(text: str) -> list[str]:
    """The words naming the body a figure's source is checked against, or none."""
    m = SOURCE_CHECK.match(text)
    return m.group(1).split() if m else []


def without_checked_body(ideas: list[set[str]], text: str) -> list[set[str]]:
    """The question's ideas less the body it checks the figure against ("the Coordination Headquarters")."""
    body = {stem(w) for w in checked_body(text)}
    return [c for c in ideas if not c & body] if body else ideas
