"""Question types: one entry per type, asked by the quiz, the bank checks, the teacher's form, the
bank export and the exchange formats — so a new type is one new `QuestionType` here plus its
templates (`quiz/types/_<name>.html`; for a type teachers write, its `teach/types/` form part).

No Flask here. `get(name)` gives a registered type (KeyError for an unknown name), `find(name)` the
type or None (for what a form posts), `all_types()` every type in the order teachers see them.
"""
from __future__ import annotations

from .base import AnswerError, CannotWrite, Marked, QuestionType, Shown
from .choice import Multiple, Single
from .matching import Matching
from .numeric import Numeric
from .ordering import Ordering
from .shortanswer import ShortAnswer
from .truefalse import TrueFalse

REGISTRY: dict[str, QuestionType] = {}


def register(qtype: QuestionType) -> QuestionType:
    """Add a type (or replace the one of that name); returns it."""
    if not qtype.name:
        raise ValueError("a question type needs a name")
    REGISTRY[qtype.name] = qtype
    return qtype


def unregister(name: str) -> None:
    REGISTRY.pop(name, None)


def get(name: str) -> QuestionType:
    return REGISTRY[name]


def find(name: object) -> QuestionType | None:
    return REGISTRY.get(name) if isinstance(name, str) else None


def all_types() -> list[QuestionType]:
    return list(REGISTRY.values())


for _t in (Single(), Multiple(), TrueFalse(), Numeric(), ShortAnswer(), Ordering(), Matching()):
    register(_t)

__all__ = ["AnswerError", "CannotWrite", "Marked", "QuestionType", "Shown", "REGISTRY", "register",
           "unregister", "get", "find", "all_types"]
