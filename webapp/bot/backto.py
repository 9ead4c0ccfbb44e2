"""A turn that goes back to an earlier answer: "back to the first number: who counted it?", "back to the first one: same
figure in both sources?", "forget the last one. is the headline backed up?".

No Flask. `back_to` gives the rest of the turn and the conversation as it would stand had the earlier answer been the
last one (its facts, topics and the facts they link to), so "it" and "that" point at it. A topic returned to by name
("back to the armbands, why…?") is put in the pronoun's place by `fronted`, not here. `that_year` puts "that year" as the
year the last answer carries.
"""
from __future__ import annotations

import re
from typing import Callable

from ..facts import Store
from ..schemas import Fact
from .followups import context_after

# "back to the first number", "going back to the original question", "back to the one before that", "forget the last one"
BACK_TO_ANSWER = re.compile(r"^(?:(?:ok|okay|so|and|right|anyway|wait)\W+)*(?:(?:going|getting|coming|jumping|let'?s go|go) )?"
                            r"(?:back to (?:the|your|my) (?P<which>first|original|opening|previous|earlier) "
                            r"(?:one|number|figure|answer|question|point|thing|fact|stat|count)"
                            r"|back to the one before(?: that)?|(?P<forget>forget|never mind|ignore|scrap) (?:the|my|that) last (?:one|question|answer|bit))"
                            r"\b\s*[.,:;!?-]*\s*(?P<rest>.*)$")

# "back to the casualties: who counts them?", "ok back to the record week, which month?": a topic returned to by name
BACK_TO_TOPIC = re.compile(r"^(?:(?:ok|okay|so|and|right|anyway|wait)\W+)*(?:(?:going|getting|coming|jumping|let'?s go|go) )?back to "
                           r"(?:the |that |those |these )?(?!(?:(?:the|that|those|these|my|your) )?(?:first|original|opening|previous|earlier|last|one|start|beginning)\b)(?P<topic>[a-z0-9'-]+(?: [a-z0-9'-]+){0,3}?)(?: (?:thing|bit|stuff|question))?"
                           r"\s*[.,:;!?-]+\s*\w")


def back_to(question: str, context: dict, store: Store, ideas_of: Callable[[Fact], list[list[str]]],
            holds: Callable[[str, str], bool | None]) -> tuple[str, dict] | None:
    """The rest of the turn, and the conversation as it stood after the answer gone back to; None when the turn
    goes back to nothing this conversation answered, or asks nothing after it. `ideas_of(fact)`: the ideas its statement
    holds, what the question it answered was about (a follow-up narrows by them); `holds(fact id, words)`: whether the
    fact holds every idea of the words (None when they have none)."""
    said = question.strip()
    earlier = [i for i in context.get("earlier", ()) if i in store.facts]  # newest first
    if (t := BACK_TO_TOPIC.match(said.lower())) and holds((context.get("facts") or [""])[0], t.group("topic")) is False:
        # a topic the last answer is not about: the earlier answer about it, or the turn asked afresh (`fronted` puts
        # the topic in the pronoun's place: "who counts the casualties?")
        fid = next((i for i in earlier if holds(i, t.group("topic"))), None)
        return (said, as_after(store.facts[fid], context, earlier, ideas_of)) if fid else (said, {})
    if not (m := BACK_TO_ANSWER.match(said.lower())) or not (rest := said[m.start("rest"):].strip()):
        return None
    if m.group("forget"):  # "forget the last one. is the revolt in the headline backed up?": asked afresh
        return rest, {}
    if not earlier:
        return None
    fid = earlier[-1] if m.group("which") in ("first", "original", "opening") else earlier[0]
    return rest, as_after(store.facts[fid], context, earlier, ideas_of)


def as_after(f: Fact, context: dict, earlier: list[str], ideas_of: Callable[[Fact], list[list[str]]]) -> dict:
    """The conversation as it would stand had `f` been the last answer."""
    last = context.get("facts", [])[:1]
    return {**context_after([f], ideas_of(f), None), "earlier": [i for i in dict.fromkeys(last + earlier) if i != f.id][:4]}


# "how many in THAT YEAR?", "and for the same year?": the one year the last answer names
THAT_YEAR = re.compile(r"\b(?:that|the same|that same|the very same) year\b", re.I)


def that_year(question: str, years: set[int]) -> str:
    """The question with "that year" put as the year of the last answer, when that answer carries exactly one year
    ("which year had the most surrenders?" → 2025: "how many in that year?" asks of 2025, not about years)."""
    return THAT_YEAR.sub(str(next(iter(years))), question, count=1) if len(years) == 1 else question
