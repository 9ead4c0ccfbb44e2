"""The JSON the app sends and takes: the facts API and the explainer bot's API (pydantic models).

Content files and questions have their models in schemas.py; these are built from them.
"""
from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

from .schemas import Citation, Conflict, Fact, Figure, Source

# --- API payloads --------------------------------------------------------------------------------

class SourceOut(BaseModel):
    id: str
    title: str
    publisher: str | None
    author: str | None
    published: dt.date | None
    kind: str
    sha256: str
    paragraphs: int

    @classmethod
    def of(cls, s: Source) -> "SourceOut":
        return cls(**s.model_dump(include=set(cls.model_fields)))


class FigureOut(BaseModel):
    """A figure in the API: `value`, or `low` and `high`, never both (None fields are dropped)."""

    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str
    qualifier: str
    text: str | None
    derived: bool
    formula: str | None = None
    approximate: bool = False  # a computed figure shown with "about" (rounded to its inputs' precision)

    @classmethod
    def of(cls, g: Figure) -> "FigureOut":
        return cls(**g.model_dump(include=set(cls.model_fields)))

    def payload(self) -> dict:
        d = self.model_dump()
        for k in ("value", "low", "high", "formula"):
            if d[k] is None:
                d.pop(k)
        return d


class FactOut(BaseModel):
    id: str
    statement: str
    kind: str
    claimant: str
    figures: list[FigureOut]
    citations: list[Citation]
    topics: list[str]
    related: list[str]
    conflicts_with: list[Conflict]

    @classmethod
    def of(cls, f: Fact) -> "FactOut":
        return cls(id=f.id, statement=f.statement, kind=f.kind, claimant=f.claimant,
                   figures=[FigureOut.of(g) for g in f.figures], citations=f.citations, topics=f.topics,
                   related=f.related, conflicts_with=f.conflicts_with)

    def payload(self) -> dict:
        d = self.model_dump(mode="json")
        d["figures"] = [g.payload() for g in self.figures]
        return d


# --- the explainer bot's API -------------------------------------------------------------------

class AskIn(BaseModel):
    model_config = ConfigDict(extra="ignore")
    question: Annotated[str, StringConstraints(min_length=1, max_length=500)]
    conversation: Annotated[str, StringConstraints(max_length=64)] | None = None


class CitationOut(BaseModel):
    source_id: str
    paragraph: int
    title: str
    publisher: str | None


class StatementOut(BaseModel):
    text: str
    fact_id: str
    claimant: str
    citations: list[CitationOut]
    url: str


class AskOut(BaseModel):
    answered: bool
    message: str
    statements: list[StatementOut]
    related: list[StatementOut]
    suggestions: list[str]
    conversation: str
    reason: str = "answer"  # answer | smalltalk | empty | out-of-scope | not-covered | other-article (a greeting is no refusal)

    @classmethod
    def of(cls, reply, conversation: str) -> "AskOut":
        def st(s):
            return StatementOut(text=s.text, fact_id=s.fact_id, claimant=s.claimant,
                                citations=[CitationOut(**c) for c in s.citations], url=s.url)
        return cls(answered=reply.answered, message=reply.message, statements=[st(s) for s in reply.statements],
                   related=[st(s) for s in reply.related], suggestions=list(reply.suggestions),
                   conversation=conversation, reason=reply.reason)


