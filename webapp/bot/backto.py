"""A turn that goes back to an earlier answer: "back to the first number: who counted it?", "back to the first one: same
figure in both sources?", "forget the last one. is the headline backed up?".

No Flask. `back_to` gives the rest of the turn and the conversation as it would stand had the earlier answer been the
last one (its facts, topics and the facts they link to), so "it" and "that" point at it. A topic returned to by name
("back to the armbands, why…?") is put in the pronoun's place by `fronted`, not here.
"""
from __future__ import annotations

import re
from typing import Callable

from ..facts import Store
from ..schemas import Fact
from .followups import PRISONERS_OR_LOSSES

# "back to the first number", "going back to the original question", "back to the one before that", "forget the last one"
BACK_TO_ANSWER = re.compile(r"^(?:(?:ok|okay|so|and|right|anyway|wait)\W+)*(?:(?:going|getting|coming|jumping|let'?s go|go) )?"
                            r"(?:back to (?:the|your|my) (?P<which>first|original|opening|previous|earlier) "
                            r"(?:one|number|figure|answer|question|point|thing|fact|stat|count)"
                            r"|back to the one before(?: that)?|(?P<forget>forget|never mind|ignore|scrap) (?:the|my|that) last (?:one|question|answer|bit))"
                            r"\b\s*[.,:;!?-]*\s*(?P<rest>.*)$")


def back_to(question: str, context: dict, store: Store, ideas_of: Callable[[Fact], list[list[str]]]) -> tuple[str, dict] | None:
    """The rest of the turn, and the conversation as it stood after the answer gone back to; None when the turn
    goes back to nothing this conversation answered, or asks nothing after it. `ideas_of(fact)`: the ideas its statement
    holds, what the question it answered was about (a follow-up narrows by them)."""
    said = question.strip()
    if not (m := BACK_TO_ANSWER.match(said.lower())) or not (rest := said[m.start("rest"):].strip()):
        return None
    earlier = [i for i in context.get("earlier", ()) if i in store.facts]  # newest first
    if m.group("forget"):  # "forget the last one. is the revolt in the headline backed up?": asked afresh
        return rest, {}
    if not earlier:
        return None
    fid = earlier[-1] if m.group("which") in ("first", "original", "opening") else earlier[0]
    f, last = store.facts[fid], context.get("facts", [])[:1]
    return rest, {"facts": [fid], "topics": sorted(f.topics), "concepts": ideas_of(f), "qtype": None,
                  "near": [*f.related, *(c.fact for c in f.conflicts_with)], "counted": bool(PRISONERS_OR_LOSSES.search(f.statement.lower())),
                  "earlier": [i for i in dict.fromkeys(last + earlier) if i != fid][:4]}
