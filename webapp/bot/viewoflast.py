"""The author's view of what the last answer reports, asked in a follow-up in words of its own: "what's the author's reading
of that?", "how does he characterise their attitude?", "so the writer reckons they were things to throw away?", and "why would
they send sick men like that to the front?" after the sick men sent to the front (a why asked of the last answer's own deed).

No Flask. The view comes from the facts the last answer links to (lastanswer.linked_view); None here means the turn is
read as any other follow-up.
"""
from __future__ import annotations

import re

from ..schemas import Fact
from .followups import PRISONERS_OR_LOSSES
from .normalize import stem

# the author (or "he", the author just spoken of) and a verb of judging: his view is asked, not a figure or a source
# ("make", "take" and "see" only as "make of", "take on", "how does he see…": not "does he make it up?", "where does he take
# that from?" (a source), "did he see a doctor?")
AUTHOR_VIEW = re.compile(r"\b(?:author|writer|blogger|columnist|he|she)(?:'s)?\b(?:\W+\w+){0,6}?\W+(?:(?:make|makes|made) (?:\w+ )?of|reading|"
                         r"characteri[sz]\w*|regard\w*|reckon\w*|think|thinks|interpret\w*|view|opinion|take on|verdict|attitude|blame\w*|"
                         r"hold\w* responsible|judge\w*|draws?|conclu\w*)\b"
                         r"|\bhow (?:do|does|did|would) (?:the )?(?:author|writer|blogger|columnist|he|she) (?:see|sees)\b")
# "why would / did they do it?": why what the last answer reports was done, in the last answer's own words
WHY_DONE = re.compile(r"^(?:and |so |but |ok )?why (?:would|did|do|does|were|was|are|is|'d) (?:they|russia|the army|the kremlin|the commanders|he|it)\b"
                      r"(?!.*\b(?:there|places?|regions?|towns?)\b)")  # (why THERE: what the places share, lastanswer.grounds)
# how the men came to be as they were, and words that add nothing to it
STATE = {"get", "got", "getting", "gotten", "fall", "fell", "falling", "become", "became", "be", "been", "so", "then", "really",
         "all", "even", "still", "actually", "in", "the", "first", "place", "that", "this", "like", "those", "men", "soldiers", "ones"}


def view_of_last(text: str, words: list[str], last: Fact, held: set[str], expand, df) -> bool:
    """Whether a follow-up asks the author's view of the last answer: named so (AUTHOR_VIEW), or a "why did they…?" at least
    half of whose words the last answer holds (its deed asked why of: "send" and "sick", not "front", which is no subject of
    its own; never surrendering or being captured, the articles' whole subject); the author's view named so only when the
    turn names no subject of its own that some fact holds. Never after an opinion (it is the view)."""
    if last.kind == "opinion":
        return False
    own = [w for w in words if not PRISONERS_OR_LOSSES.search(w)]  # ("so why do they surrender?": the articles' whole subject)
    half = 2 * sum(bool(expand(stem(w)) & held) for w in own) >= len(own)
    if AUTHOR_VIEW.search(text):  # (not "does the blogger think these surrenders are ONE-OFFS?": a thing of its own)
        return half or not any(df[e] for w in own for e in expand(stem(w)))  # (words no fact holds name no subject)
    return bool((m := WHY_DONE.match(text)) and own and half and not ill_only(text[m.end():], expand))


def ill_only(rest: str, expand) -> bool:
    """Whether a "why were they…?" asks only how the men came to be ill ("why did they fall ill?", "why were they sick
    then?"): what neither article says, not a deed done to them ("why would they make sick men fight?")."""
    ill = expand(stem("sick")) | expand(stem("infected"))
    return all(expand(stem(w)) & ill for w in re.findall(r"[a-z]+", rest) if w not in STATE)
