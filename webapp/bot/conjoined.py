"""Two counts asked in one breath: "what share were officers and NCOs?", "how many were contract soldiers and how many
conscripts?". No fact holds both, so the question as a whole is refused; each half is a question some fact may answer.

No Flask. `halves` gives the two questions (the shared head, "what share were", repeated), or None when the question is
not two counts joined by "and". engine.Bot answers each alone and, when both are answered by different facts, gives the
two side by side; otherwise the refusal stands.
"""
from __future__ import annotations

import re

HEAD = r"(?:how many|what share|what percentage|what percent|what proportion|what fraction|what part)"
VERB = r"(?:were|are|was|is)"
CONJOINED = re.compile(rf"^(?:and |so |ok )?({HEAD}(?: of (?:them|those|the (?:prisoners|pows|captured|captives|soldiers|men)))? {VERB}) "
                       rf"([a-z][a-z' -]{{2,40}}?),? and (?:{HEAD} )?(?:{VERB} )?(?:the )?([a-z][a-z' -]{{2,40}}?)\W*$")
# halves that are no count of men: years, or one figure counted in two words ("killed and wounded")
NOT_HALVES = re.compile(r"\b(?:19|20)\d\d\b|\bkilled\b.*\bwounded\b|\bdead\b.*\bwounded\b|\bin total\b|\baltogether\b")


def halves(text: str) -> tuple[str, str] | None:
    """The two questions a question joining two counts asks, or None."""
    m = CONJOINED.match(text.strip().lower())
    if not m or NOT_HALVES.search(text.lower()):
        return None
    head, first, second = m.groups()
    return f"{head} {first}?", f"{head} {second}?"
