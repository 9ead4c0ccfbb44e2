"""pydantic models: the schema of every content file, question and API payload.

Content is data: a new article, its facts, modules and questions are YAML files that these models
validate. Models check what a single record can know on its own; checks that need the whole store
(references resolve, figures are in the cited paragraph) live in `facts.py` and `bank.py`.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, ClassVar, Literal, Union, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from .numbers import figure_numbers
from .rich_text import clean_html

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{1,79}$")]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]

Qualifier = Literal[
    "exact", "about", "around", "approximately", "roughly", "some", "more than", "over", "almost",
    "nearly", "as high as", "only", "at least", "up to", "hundreds", "computed", "fewer than", "less than",
]
QUALIFIERS: tuple[str, ...] = get_args(Qualifier)  # the same list, for code that reads a qualifier from text


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
    # where the name comes from when the article carries no byline ("named only in the page's footer"): said wherever
    # the author is, so that a reader can weigh the attribution
    author_basis: ShortText | None = None
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
    # a computed figure rounded to the precision of its inputs, or computed from hedged inputs:
    # shown with "about" (issue 12)
    approximate: bool = False

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
            if self.formula or self.from_facts or self.approximate:
                raise ValueError("formula/from_facts/approximate are only for derived figures")
            if not self.text:
                raise ValueError("a reported figure needs text: the figure as the article writes it")
            if self.qualifier == "computed":
                raise ValueError("qualifier 'computed' is only for derived figures")
        return self

    @property
    def numbers(self) -> tuple[float, ...]:
        return figure_numbers(self.value, self.low, self.high)


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

# {{fact-id}}, {{fact-id.N}}, optionally {{fact-id.N|short}} or {{fact-id|long}} (the phrase's form)
FIGURE_REF = re.compile(r"\{\{\s*([a-z0-9][a-z0-9-]*)(?:\.(\d+))?(?:\s*\|\s*(short|long))?\s*\}\}")
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


class ChartGroup(Strict):
    """One group of a grouped chart: a figure per series, or null where that article gives none."""

    label: ShortText
    figures: list[str | None] = Field(min_length=1, max_length=4)


class TableRow(Strict):
    """One row of a comparison table: a label and one cell of prose (with references) per column."""

    label: ShortText
    cells: list[Text] = Field(min_length=1, max_length=4)


class Chart(Strict):
    """A chart is data: which facts' figures to draw and how (issue 12). `bars` draws one bar per
    figure (a range as a band); `grouped` sets figures side by side, one series per article;
    `table` is a comparison table of prose cells (no picture)."""

    kind: Literal["bars", "grouped", "table"] = "bars"
    title: ShortText
    description: Text
    unit: Literal["percent", "count"] = "percent"
    axis: ShortText | None = None  # what the bars measure, e.g. "Share of prisoners (percent)"
    bars: list[ChartBar] = Field(default_factory=list, max_length=12)
    series: list[ShortText] = Field(default_factory=list, max_length=4)
    groups: list[ChartGroup] = Field(default_factory=list, max_length=8)
    columns: list[ShortText] = Field(default_factory=list, max_length=4)
    rows: list[TableRow] = Field(default_factory=list, max_length=12)

    @model_validator(mode="after")
    def _parts_for_kind(self) -> "Chart":
        need = {"bars": ("bars",), "grouped": ("series", "groups"), "table": ("columns", "rows")}[self.kind]
        for part in need:
            if not getattr(self, part):
                raise ValueError(f"a {self.kind} chart needs {part}")
        if self.kind == "grouped" and any(len(g.figures) != len(self.series) for g in self.groups):
            raise ValueError("each group needs one figure (or null) per series")
        if self.kind == "table" and any(len(r.cells) != len(self.columns) for r in self.rows):
            raise ValueError("each row needs one cell per column")
        return self

    def figure_refs(self) -> list[str]:
        """Every figure the chart draws, in order (table cells' references are prose: see `cells`)."""
        return [b.figure for b in self.bars] + [f for g in self.groups for f in g.figures if f]

    def cells(self) -> list[str]:
        return [c for r in self.rows for c in r.cells]


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
    # the figures shown in a box at the top of the module page: a label and a figure reference
    key_figures: list[ChartBar] = Field(default_factory=list, max_length=6)
    sections: list[Section] = Field(min_length=1)


# --- bot lexicon ---------------------------------------------------------------------------------

class LexiconFile(Strict):
    """Words a visitor may use for the same thing, and topics the articles do not cover."""

    synonyms: list[list[Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True, min_length=1)]]] = []
    out_of_scope: dict[Slug, list[Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True, min_length=1)]]] = {}
    # named things of a kind the facts speak of ("messenger": Telegram, WhatsApp): a question naming one is refused
    # (no fact names it), offering the facts on its kind
    kinds: dict[Annotated[str, StringConstraints(pattern=r"^[a-z][a-z ]*$")],
                list[Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True, pattern=r"^\s*[A-Za-z][A-Za-z' -]*\s*$")]]] = {}
    # words no fact holds, under the subject a refusal for them suggests questions on ("are they tortured?": the articles
    # report no torture; their questions on how prisoners are treated are offered)
    refusal_topics: dict[Annotated[str, StringConstraints(pattern=r"^[a-z][a-z ]*$")],
                         list[Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True, pattern=r"^\s*[A-Za-z][A-Za-z' -]*\s*$")]]] = {}
    suggestions: list[ShortText] = []


# --- example questions per fact (content/asks.yaml, issue 13) ------------------------------------

AskText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=8, max_length=160, pattern=r"\?$")]


class Asks(Strict):
    """Questions each fact answers, in the project's own words, keyed by fact id (the bot matches
    a visitor's question against them as well as against the fact's statement)."""

    asks: dict[Slug, Annotated[list[AskText], Field(min_length=1, max_length=12)]] = {}


# --- questions ---------------------------------------------------------------------------------

# an imported question text's formatting (sup, sub, lists, tables), cleaned on every validation
RichText = Annotated[str, StringConstraints(max_length=20000), AfterValidator(clean_html)]
# what a student reads after answering (per option, per numeric answer, or for the whole question)
Feedback = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
# a Moodle answer's grade as a fraction: 1 full credit, 0.5 half, -0.25 a penalty (issue 16)
Weight = Annotated[float, Field(ge=-1, le=1)]


class Option(Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]{1,8}$")]
    text: ShortText
    fact: Slug | None = None  # the fact this option states (required on a correct option without a figure)
    # the credit choosing it earns, when it is not the type's default (single: right 1 / wrong 0;
    # multiple: +1/n right, -1/n wrong); imported exactly as Moodle weighs it
    weight: Weight | None = None
    feedback: Feedback | None = None  # shown to the student who chose it, after answering


class ImageRef(Strict):
    """A picture of an imported question: stored once in the database (question_images) under the
    SHA-256 of its bytes, served by the app; `alt` is the file's description of it."""

    id: Annotated[str, StringConstraints(pattern=r"^[a-f0-9]{64}$")]
    alt: Annotated[str, StringConstraints(strip_whitespace=True, max_length=300)] = ""


class NumericAnswer(Strict):
    """A numeric question's answer beside its main one: partial credit within a tolerance, or (value
    None) Moodle's "*" that any other number matches; the first that matches counts, as in Moodle."""

    value: float | None = None
    tolerance: float = Field(default=0, ge=0)
    weight: Weight = 0
    feedback: Feedback | None = None


class MatchPair(Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]{1,8}$")]
    left: ShortText  # carries the figure, e.g. "83%"
    right: ShortText  # what it counts, e.g. "rank-and-file soldiers"
    figure: str  # FigureRef text: the fact figure that `left` states


class Accepted(Strict):
    """One answer a short-answer question accepts: its text (`*` is Moodle's wildcard, `\\*` a literal
    star), the share of the mark it earns (Moodle's fraction, 0..1) and what the student reads after it."""

    text: ShortText
    grade: float = Field(default=1.0, ge=0, le=1)
    feedback: Text | None = None


class OrderItem(Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]{1,8}$")]
    text: ShortText
    figure: str  # FigureRef text: the figure the item is ranked by


def _registered_type(name: str) -> str:
    from . import qtypes  # the registry's types use these models: ask it only when validating
    if qtypes.find(name) is None:
        names = [repr(t.name) for t in qtypes.all_types()]
        raise ValueError(f"Input should be {', '.join(names[:-1])} or {names[-1]}")
    return name


# a question's type: one of the types registered in webapp/qtypes
QuestionType = Annotated[str, AfterValidator(_registered_type)]


class QuestionShape(Strict):
    """The fields of a question, tied to facts (`Question`) or not yet (`DraftQuestion`), and the shape
    check its type makes (`shape_problem`)."""

    min_rows: ClassVar[int] = 3  # the least items / pairs an ordering / matching needs
    tied: ClassVar[bool] = True  # checks what a question tied to facts must carry

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
    # shortanswer: the answers it accepts, in the order they are tried, and Moodle's usecase
    accepted: list[Accepted] = []
    case_sensitive: bool = False
    # issue 16: what Moodle questions carry beyond the key, kept through import, storage and export
    right_feedback: Feedback | None = None  # shown after a right answer (truefalse / numeric: that answer's)
    partial_feedback: Feedback | None = None  # ... after a partly right one
    wrong_feedback: Feedback | None = None  # ... after a wrong one
    hints: list[Feedback] = Field(default_factory=list, max_length=10)
    numeric_answers: list[NumericAnswer] = Field(default_factory=list, max_length=20)  # numeric: the others
    distractors: list[ShortText] = Field(default_factory=list, max_length=20)  # matching: extra right sides
    prompt_html: RichText | None = None  # the prompt as the file formatted it; `prompt` is its plain text
    tags: list[ShortText] = Field(default_factory=list, max_length=20)  # Moodle's category and tags, as written
    images: list[ImageRef] = Field(default_factory=list, max_length=10)  # pictures shown under the prompt

    @model_validator(mode="after")
    def _shape(self):
        if problem := shape_problem(self, min_rows=self.min_rows, tied=self.tied):
            raise ValueError(problem)
        return self


class Question(QuestionShape):
    """A question in the bank: tied to the facts its answer comes from."""


def shape_problem(q, min_rows: int, tied: bool) -> str | None:
    """What makes a question's shape unusable for its type, or None: the rules a quiz needs.

    `tied` adds what a question tied to facts must carry (a false statement's contradicted fact, a
    numeric unit, an ordering read largest first); drafts (DraftQuestion) leave those for later."""
    from . import qtypes  # the types' hooks use these models: ask the registry only when checking
    ids = [o.id for o in q.options]
    if len(set(ids)) != len(ids):
        return "option ids must be unique"
    return qtypes.get(q.type).shape(q, min_rows, tied)


class QuestionFile(Strict):
    questions: list[Question] = Field(min_length=1)


# --- drafts imported from GIFT / Moodle XML (webapp/exchange/) --------------------------------

class DraftItem(Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]{1,8}$")]
    text: ShortText
    figure: str | None = None  # tied by the teacher before the question can join a set


class DraftPair(Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]{1,8}$")]
    left: ShortText
    right: ShortText
    figure: str | None = None  # tied by the teacher before the question can join a set


class DraftQuestion(QuestionShape):
    """A question read from a GIFT or Moodle XML file: a Question's shape without its ties to facts.

    It is a draft until the teacher ties it to facts (fact_ids, figures, `contradicts`, a unit for a
    numeric answer) and it passes the Question rules; only then can it join a set. Structural rules
    that any quiz needs are checked here (options exist, the answer names them, ...)."""

    min_rows: ClassVar[int] = 2
    tied: ClassVar[bool] = False

    fact_ids: list[Slug] = []
    explanation: Text | None = None
    difficulty: int = Field(default=2, ge=1, le=3)
    topics: list[Slug] = []
    items: list[DraftItem] = []
    pairs: list[DraftPair] = []
    # where it came from, for messages: the question's name in the file and (GIFT) its first line
    source_name: Annotated[str, StringConstraints(max_length=300)] | None = None
    source_line: int | None = Field(default=None, ge=1)
