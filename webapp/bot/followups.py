"""How a follow-up question narrows the last answer, as a score for each candidate fact.

No Flask. The conversation's context (engine.Bot.answer) carries the facts shown, the facts they link
to (related, conflicting: the lead's first) and the last question's ideas and type; understand.py
reads what the follow-up adds (`own`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..schemas import Fact

if TYPE_CHECKING:
    from .retrieve import FactIndex


def follow_bonus(index: "FactIndex", f: Fact, qtype: str | None, near: frozenset[str], own: list[set[str]],
                 shown: frozenset[str], prev: list[set[str]] = ()) -> float:
    """A follow-up narrows the last answer: to the facts it links to (a reason, for "why"), to a fact holding
    what the follow-up adds ("were THEY MARKED?"), and not to the fact just given again."""
    score = 0.0
    if f.id in near:
        score += 0.1 + (0.15 if qtype in ("why", "how", "opinion") and f.kind in ("claim", "opinion") else 0.0)
    if own and all(c & index.fact_stems[f.id] for c in own):
        score += 0.3
    if own and prev:  # "what about OFFICERS?" after "what intel do prisoners give": officers, in that intel
        score += 0.15 * sum(1 for c in prev if c & index.fact_stems[f.id]) / len(prev)
    if f.id in shown and qtype not in ("who", "source"):  # "who publishes that figure?" asks about it again
        score -= 0.2
    return score
