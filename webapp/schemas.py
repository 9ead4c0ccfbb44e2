"""pydantic models: the schema of every content file, question and API payload.

Content is data: a new article, its facts, modules and questions are YAML files that these models
validate. Models check what a single record can know on its own; checks that need the whole store
(references resolve, figures are in the cited paragraph) live in `facts.py` and `bank.py`.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{1,79}$")]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]

QUALIFIERS = (
    "exact", "about", "around", "approximately", "roughly", "some", "more than", "over", "almost",
    "nearly", "as high as", "only", "at least", "up to", "hundreds", "computed", "fewer than", "less than",
)
Qualifier = Literal[
    "exact", "about", "around", "approximately", "roughly", "some", "more than", "over", "almost",
    "nearly", "as high as", "only", "at least", "up to", "hundreds", "computed", "fewer than", "less than",
]


class Strict(BaseModel):
    """Unknown keys are refused, so a typo in a content file is an error, not a silent no-op."""

    model_config = ConfigDict(extra="forbid", frozen=True)


# --- sources -----------------------------------------------------------------------------------

class Source(Strict):
    id: Slug
    title: ShortText
    # how questions and the bot name the article in a sentence, e.g. "the blog post"
    label: Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=60)]
    publisher: ShortText | None = None
    author: ShortText | None = None
    published: dt.date | None = None
    kind: Literal["news", "opinion", "official", "other"]  # official/other: teachers' own articles (issue 20)
    link: Annotated[str, StringConstraints(pattern=r"^https?://\S{1,490}$")] | None = None
    file: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.-]+\.txt$")]
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    paragraphs: int = Field(ge=1)
    # datelines, bylines and footers: their numbers are not figures that facts must carry
    exempt_paragraphs: list[int] = []
    note: Text | None = None


# --- facts -------------------------------------------------------------------------------------

class Figure(Strict):
    """One figure of a fact: a value or a range, with its unit and qualifier.

    `text` is the figure exactly as the article writes it (checked against the cited paragraph).
    A derived figure is computed by the project: it has a `formula` whose numbers are figures of
    the facts named in `from_facts`, and no `text` of its own."""

    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: ShortText
    qualifier: Qualifier = "exact"
    text: ShortText | None = None
    derived: bool = False
    formula: ShortText | None = None
    from_facts: list[Slug] = []

    @model_validator(mode="after")
    def _shape(self) -> "Figure":
        has_range = self.low is not None or self.high is not None
        if has_range and (self.low is None or self.high is None):
            raise ValueError("a range needs both low and high")
        if has_range and self.value is not None:
            raise ValueError("give either value or low+high, not both")
        if has_range and self.low > self.high:
            raise ValueError(f"low {self.low:g} is above high {self.high:g}")
        if self.value is None and not has_range and self.qualifier != "hundreds":
            raise ValueError("a figure needs a value or low+high (only a 'hundreds' figure may have neither)")
        if self.derived:
            if not self.formula or not self.from_facts:
                raise ValueError("a derived figure needs a formula and from_facts")
            if self.qualifier != "computed":
                raise ValueError("a derived figure has qualifier 'computed'")
        else:
            if self.formula or self.from_facts:
                raise ValueError("formula/from_facts are only for derived figures")
            if not self.text:
                raise ValueError("a reported figure needs text: the figure as the article writes it")
            if self.qualifier == "computed":
                raise ValueError("qualifier 'computed' is only for derived figures")
        return self

    @property
    def numbers(self) -> tuple[float, ...]:
        if self.value is not None:
            return (self.value,)
        if self.low is not None:
            return (self.low, self.high)
        return ()


class Citation(Strict):
    source_id: Slug
    paragraph: int = Field(ge=1)


class Conflict(Strict):
    fact: Slug
    note: ShortText


class Fact(Strict):
    id: Slug
    statement: Text
    kind: Literal["figure", "claim", "opinion", "context"]
    claimant: ShortText
    figures: list[Figure] = []
    citations: list[Citation] = Field(min_length=1)
    topics: list[Slug] = Field(min_length=1)
    related: list[Slug] = []
    conflicts_with: list[Conflict] = []

    @model_validator(mode="after")
    def _figures_for_kind(self) -> "Fact":
        if self.kind == "figure" and not self.figures:
            raise ValueError("a fact of kind 'figure' needs at least one figure")
        return self


class FactFile(Strict):
    facts: list[Fact] = Field(min_length=1)


# --- modules -----------------------------------------------------------------------------------

FIGURE_REF = re.compile(r"\{\{\s*([a-z0-9][a-z0-9-]*)(?:\.(\d+))?\s*\}\}")
FACT_LINK = re.compile(r"\[\[\s*([a-z0-9][a-z0-9-]*)\s*(?:\|([^\]]+))?\]\]")


class FigureRef(Strict):
    """`fact-id` or `fact-id.N` (N counts a fact's figures from 1)."""

    fact: Slug
    index: int = Field(default=1, ge=1)

    @classmethod
    def parse(cls, ref: str) -> "FigureRef":
        fact, _, idx = ref.partition(".")
        return cls(fact=fact, index=int(idx) if idx else 1)


class ChartBar(Strict):
    label: ShortText
    figure: str  # a FigureRef in text form, "fact-id" or "fact-id.2"


class Chart(Strict):
    title: ShortText
    description: Text
    unit: Literal["percent"] = "percent"
    bars: list[ChartBar] = Field(min_length=1, max_length=12)


class Section(Strict):
    heading: ShortText
    body: Text
    chart: Chart | None = None


class Module(Strict):
    id: Slug
    title: ShortText
    summary: Text
    order: int = 100
    topics: list[Slug] = []
    sections: list[Section] = Field(min_length=1)


# --- bot lexicon ---------------------------------------------------------------------------------

class Lexicon(Strict):
    """Words a visitor may use for the same thing, and topics the articles do not cover."""

    synonyms: list[list[Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True, min_length=1)]]] = []
    out_of_scope: dict[Slug, list[Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True, min_length=1)]]] = {}
    suggestions: list[ShortText] = []


# --- questions ---------------------------------------------------------------------------------

class Option(Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]{1,8}$")]
    text: ShortText
    fact: Slug | None = None  # the fact this option states (required on a correct option without a figure)


class MatchPair(Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]{1,8}$")]
    left: ShortText  # carries the figure, e.g. "83%"
    right: ShortText  # what it counts, e.g. "rank-and-file soldiers"
    figure: str  # FigureRef text: the fact figure that `left` states


class OrderItem(Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]{1,8}$")]
    text: ShortText
    figure: str  # FigureRef text: the figure the item is ranked by


QuestionType = Literal["single", "multiple", "truefalse", "numeric", "ordering", "matching"]


class Question(Strict):
    id: Slug
    type: QuestionType
    prompt: Text
    fact_ids: list[Slug] = Field(min_length=1)
    explanation: Text
    difficulty: int = Field(ge=1, le=3)
    topics: list[Slug] = Field(min_length=1)
    origin: Literal["authored", "generated"] = "authored"
    # single / multiple
    options: list[Option] = []
    # single: option id; multiple: option ids; truefalse: bool; numeric: number;
    # ordering: item ids from largest to smallest; matching: {pair id: pair id} is implicit (pairs)
    answer: Union[bool, float, str, list[str], None] = None
    # numeric
    tolerance: float = Field(default=0, ge=0)
    unit: ShortText | None = None
    # truefalse whose answer is false: the fact it contradicts
    contradicts: Slug | None = None
    items: list[OrderItem] = []
    pairs: list[MatchPair] = []

    @field_validator("answer", mode="before")
    @classmethod
    def _keep_bool(cls, v):
        return v

    @model_validator(mode="after")
    def _shape(self) -> "Question":
        if problem := shape_problem(self, min_rows=3, tied=True):
            raise ValueError(problem)
        return self


def shape_problem(q, min_rows: int, tied: bool) -> str | None:
    """What makes a question's shape unusable for its type, or None: the rules a quiz needs.

    `tied` adds what a question tied to facts must carry (a false statement's contradicted fact, a
    numeric unit, an ordering read largest first); drafts (DraftQuestion) leave those for later."""
    t = q.type
    ids = [o.id for o in q.options]
    words = {2: "two", 3: "three"}
    if len(set(ids)) != len(ids):
        return "option ids must be unique"
    if t in ("single", "multiple"):
        if len(q.options) < 2:
            return f"a {t} question needs at least two options"
        if t == "single" and not isinstance(q.answer, str):
            return "a single-choice answer is one option id"
        if t == "multiple" and not (isinstance(q.answer, list) and q.answer):
            return "a multiple-answer answer is a non-empty list of option ids"
        answers = [q.answer] if t == "single" else q.answer
        unknown = [a for a in answers if a not in ids]
        if unknown:
            return f"answer names unknown option(s): {', '.join(map(str, unknown))}"
    elif t == "truefalse":
        if not isinstance(q.answer, bool):
            return "a true/false answer is true or false"
        if tied and q.answer is False and not q.contradicts:
            return "a false statement must name the fact it contradicts (contradicts:)"
    elif t == "numeric":
        if isinstance(q.answer, bool) or not isinstance(q.answer, (int, float)):
            return "a numeric answer is a number"
        if tied and not q.unit:
            return "a numeric question shows its unit (unit:)"
    elif t == "ordering":
        if len(q.items) < min_rows:
            return f"an ordering question needs at least {words[min_rows]} items"
        if not isinstance(q.answer, list) or sorted(q.answer) != sorted(i.id for i in q.items):
            return "an ordering answer lists every item id once" + (", largest first" if tied else "")
    elif t == "matching":
        if len(q.pairs) < min_rows:
            return f"a matching question needs at least {words[min_rows]} pairs"
        if len({p.id for p in q.pairs}) != len(q.pairs):
            return "pair ids must be unique"
    return None


class QuestionFile(Strict):
    questions: list[Question] = Field(min_length=1)


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

    @classmethod
    def of(cls, reply, conversation: str) -> "AskOut":
        def st(s):
            return StatementOut(text=s.text, fact_id=s.fact_id, claimant=s.claimant,
                                citations=[CitationOut(**c) for c in s.citations], url=s.url)
        return cls(answered=reply.answered, message=reply.message, statements=[st(s) for s in reply.statements],
                   related=[st(s) for s in reply.related], suggestions=list(reply.suggestions),
                   conversation=conversation)


# --- drafts imported from GIFT / Moodle XML (webapp/exchange.py) --------------------------------

class DraftItem(Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]{1,8}$")]
    text: ShortText
    figure: str | None = None  # tied by the teacher before the question can join a set


class DraftPair(Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]{1,8}$")]
    left: ShortText
    right: ShortText
    figure: str | None = None  # tied by the teacher before the question can join a set


class DraftQuestion(Strict):
    """A question read from a GIFT or Moodle XML file: a Question's shape without its ties to facts.

    It is a draft until the teacher ties it to facts (fact_ids, figures, `contradicts`, a unit for a
    numeric answer) and it passes the Question rules; only then can it join a set. Structural rules
    that any quiz needs are checked here (options exist, the answer names them, ...)."""

    id: Slug
    type: QuestionType
    prompt: Text
    fact_ids: list[Slug] = []
    explanation: Text | None = None
    difficulty: int = Field(default=2, ge=1, le=3)
    topics: list[Slug] = []
    origin: Literal["authored", "generated"] = "authored"
    options: list[Option] = []
    answer: Union[bool, float, str, list[str], None] = None
    tolerance: float = Field(default=0, ge=0)
    unit: ShortText | None = None
    contradicts: Slug | None = None
    items: list[DraftItem] = []
    pairs: list[DraftPair] = []
    # where it came from, for messages: the question's name in the file and (GIFT) its first line
    source_name: Annotated[str, StringConstraints(max_length=300)] | None = None
    source_line: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _shape(self) -> "DraftQuestion":
        if problem := shape_problem(self, min_rows=2, tied=False):
            raise ValueError(problem)
        return self
