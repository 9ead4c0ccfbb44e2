"""Teachers' authoring: finding questions in the bank, and writing one in the app.

No Flask here. A teacher's question is a `Question` like the bank's, checked by the same
`bank.check_question` as `questions check`; a form that fails any rule gives (field, message) pairs
and nothing is saved.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, fields
from typing import Iterable, Mapping

import pydantic_core
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from . import bounds, qtypes
from .bank import check_question
from .exchange.text import html_to_text
from .facts import Store
from .qtypes.choice import MAX_OPTIONS, blank_options
from .schemas import DraftQuestion, Question

__all__ = ["TYPE_LABELS", "DIFFICULTY_LABELS", "BankFilter", "filter_questions", "WRITABLE_TYPES", "MAX_OPTIONS",
           "Draft", "build_question"]

# --- finding questions ----------------------------------------------------------------------------

TYPE_LABELS = {t.name: t.label for t in qtypes.all_types()}
DIFFICULTY_LABELS = {1: "easy", 2: "medium", 3: "hard"}


class BankFilter(BaseModel):
    """The search form over the bank and the teacher's own questions (all optional)."""

    model_config = ConfigDict(extra="ignore")
    q: str = Field(default="", max_length=200)
    topic: str = Field(default="", max_length=80)
    module: str = Field(default="", max_length=80)
    type: str = Field(default="", max_length=20)
    difficulty: str = Field(default="", max_length=1)
    origin: str = Field(default="", max_length=20)  # authored | generated | mine
    article: str = Field(default="", max_length=100)  # a source id: questions on one article (issue 20)

    @classmethod
    def from_args(cls, args: Mapping) -> "BankFilter":
        # a value past its field's length keeps what fits
        return cls(**{k: str(args.get(k, ""))[:200].strip()[: f.metadata[0].max_length]
                      for k, f in cls.model_fields.items()})

    def is_empty(self) -> bool:
        return not any(getattr(self, k) for k in type(self).model_fields)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def filter_questions(questions: Iterable[Question], f: BankFilter, store: Store, mine: set[str],
                     module_facts: Mapping[str, set[str]], limit: int = 50) -> tuple[list[Question], int]:
    """The questions matching every filter given, and how many matched in all (the list stops at `limit`).

    Text matches when every word appears in the prompt, the options or the cited facts' statements."""
    words = _words(f.q)
    out, total = [], 0
    for q in questions:
        if f.topic and f.topic not in q.topics:
            continue
        if f.module and not (set(q.fact_ids) & module_facts.get(f.module, set())):
            continue
        if f.type and q.type != f.type:
            continue
        if f.difficulty and str(q.difficulty) != f.difficulty:
            continue
        if f.origin == "mine" and q.id not in mine:
            continue
        if f.origin in ("authored", "generated") and (q.origin != f.origin or q.id in mine):
            continue
        if f.article and not any(c.source_id == f.article for x in q.fact_ids if x in store.facts
                                 for c in store.facts[x].citations):
            continue
        if words:
            hay = " ".join([q.prompt, *(o.text for o in q.options), *(i.text for i in q.items),
                            *(p.left + " " + p.right for p in q.pairs),
                            *(a.text for a in q.accepted),
                            *(store.facts[x].statement for x in q.fact_ids if x in store.facts)]).lower()
            have = set(_words(hay))
            if not all(any(h.startswith(w) for h in have) for w in words):
                continue
        total += 1
        if len(out) < limit:
            out.append(q)
    return out, total


# --- writing a question in the app ----------------------------------------------------------------

# Orderings and matchings are not written here: they come in by import (Moodle XML, GIFT), their rows
# are kept and the teacher ties each row to the figure it stands for (`Draft.rowed`).
WRITABLE_TYPES: tuple[str, ...] = tuple(t.name for t in qtypes.all_types() if t.writable)
FEEDBACK_FIELDS = ("right_feedback", "partial_feedback", "wrong_feedback")
KEPT_FIELDS = ("hints", "numeric_answers", "distractors", "tags", "images", "prompt_html")


@dataclass
class Draft:
    """What the question form holds, to show it again (with its problems) or to build the question.

    The fields past `topics` belong to the question types (`read_form`, `to_draft`); a type's field
    that is none of these is kept in `extra`."""

    type: str = "single"
    prompt: str = ""
    fact_ids: list[str] = field(default_factory=list)
    explanation: str = ""
    difficulty: str = "2"
    topics: list[str] = field(default_factory=list)
    options: list[dict] = field(default_factory=blank_options)
    answer: str = ""  # numeric
    tolerance: str = ""
    unit: str = ""
    truth: str = ""  # "true" | "false"
    contradicts: str = ""
    rows: list[dict] = field(default_factory=list)  # ordering items {id, text, figure} / matching pairs {id, left, right, figure}
    order: list[str] = field(default_factory=list)  # ordering: item ids, largest figure first
    accepted: list[dict] = field(default_factory=list)  # shortanswer: {text, grade (percent), feedback}
    case_sensitive: bool = False  # shortanswer
    # issue 16: feedback for a right / partly right / wrong answer, and what an imported question carries
    # that the form does not edit (hints, more numeric answers, matching distractors, images), as JSON
    right_feedback: str = ""
    partial_feedback: str = ""
    wrong_feedback: str = ""
    kept: str = ""
    extra: dict = field(default_factory=dict)

    @classmethod
    def make(cls, **values) -> "Draft":
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in known},
                   extra={k: v for k, v in values.items() if k not in known})

    @classmethod
    def from_form(cls, form, store: Store) -> "Draft":
        def one(key: str, n: int = 4000) -> str:
            v = form.get(key, "")
            return v[:n] if isinstance(v, str) else ""

        def many(key: str) -> list[str]:
            getter = getattr(form, "getlist", None)
            vals = getter(key) if getter else form.get(key, [])
            if isinstance(vals, str):
                vals = [vals]
            return [v[:80] for v in vals if isinstance(v, str) and v][:20]

        values = {"type": one("type", 20), "prompt": one("prompt").strip(), "fact_ids": many("fact_ids"),
                  "explanation": one("explanation").strip(), "difficulty": one("difficulty", 2),
                  "topics": many("topics"), "kept": one("kept", 60_000),
                  **{k: one(k, 2000).strip() for k in FEEDBACK_FIELDS}}
        for qtype in qtypes.all_types():  # the form carries every writable type's fields at once
            values.update(qtype.read_form(one, many))
        return cls.make(**values)

    @classmethod
    def of(cls, q: Question | DraftQuestion) -> "Draft":
        """A stored question as the form shows it: tied to facts, or an imported draft not yet tied."""
        kept = {k: getattr(q, k) for k in KEPT_FIELDS if getattr(q, k)}
        return cls.make(type=q.type, prompt=q.prompt, fact_ids=list(q.fact_ids), explanation=q.explanation or "",
                        difficulty=str(q.difficulty), topics=list(q.topics),
                        kept=json.dumps(pydantic_core.to_jsonable_python(kept)) if kept else "",
                        **{k: getattr(q, k) or "" for k in FEEDBACK_FIELDS}, **qtypes.get(q.type).to_draft(q))

    def kept_fields(self) -> dict:
        """The imported fields the form carries unedited (hints, numeric answers, distractors, images)."""
        try:
            kept = json.loads(self.kept) if self.kept else {}
        except ValueError:
            return {}
        return {k: v for k, v in kept.items() if k in KEPT_FIELDS} if isinstance(kept, dict) else {}

    @property
    def kept_summary(self) -> list[str]:
        """What the form keeps without showing it for editing, in words."""
        words = {"hints": "hint(s)", "numeric_answers": "more numeric answer(s) with partial credit",
                 "distractors": "extra wrong answer(s) for matching", "tags": "tag(s)", "images": "image(s)"}
        out = [f"{len(v)} {words[k]}" for k, v in self.kept_fields().items() if isinstance(v, list) and v]
        if self.kept_fields().get("prompt_html"):
            out.append("the question text's formatting (dropped if you change the question's words)")
        return out

    @property
    def rowed(self) -> bool:
        """An imported question whose rows the teacher ties to figures (the form shows the rows)."""
        qtype = qtypes.find(self.type)
        return bool(qtype and qtype.rowed and self.rows)

    @property
    def form_parts(self) -> list[str]:
        """The form fields of the chosen type (its teach/types/ partial): the type comes first, then
        only its fields."""
        qtype = qtypes.find(self.type)
        return [qtype.form_part] if qtype and qtype.writable and qtype.form_part else []

    def _ask(self, attr: str, default: str | None) -> str | None:
        qtype = qtypes.find(self.type)
        return getattr(qtype, attr) if qtype else default

    @property
    def tick(self) -> str:
        """What to tick among the options ("the right one", "every right one")."""
        return self._ask("tick", "") or ""

    @property
    def figure_use(self) -> str | None:
        """What a chosen fact's figure can become in this type ("the right answer"), if anything."""
        return self._ask("figure_use", None)

    def can_use(self, hit) -> bool:
        """Whether a figure can become `figure_use` here: a figure in words ("hundreds") can be a
        choice's option but not a numeric answer."""
        return bool(self.figure_use and hit.n and (hit.value is not None or not self._ask("figure_use_needs_number", False)))

    @property
    def prompt_label(self) -> str:
        return self._ask("prompt_label", "Question") or "Question"


def build_question(d: Draft, store: Store, question_id: str) -> tuple[Question | None, list[tuple[str, str]]]:
    """The question the form describes and every problem with it, as (field, message).

    A question comes back only when the list is empty: the shape rules of the schema and then the
    same ties-to-facts rules as `questions check` (`bank.check_question`)."""
    problems: list[tuple[str, str]] = []
    qtype = qtypes.find(d.type)
    if not (qtype and (qtype.writable or d.rowed)):
        problems.append(("type", "Choose one of: " + ", ".join(TYPE_LABELS[t] for t in WRITABLE_TYPES) + "."))
    if not d.prompt:
        problems.append(("prompt", "Write the question."))
    if not d.fact_ids:
        problems.append(("fact_ids", "Tie the question to at least one fact: its answer must come from a fact's figure."))
    unknown = [f for f in d.fact_ids if f not in store.facts]
    for f in unknown:
        problems.append(("fact_ids", f"unknown fact {f!r}"))
    if not d.explanation:
        problems.append(("explanation", "Explain the answer in your own words, naming figures as {{fact-id}}."))
    if d.difficulty not in ("1", "2", "3"):
        problems.append(("difficulty", "Choose easy, medium or hard."))
    topics = d.topics or sorted({t for f in d.fact_ids if f in store.facts for t in store.facts[f].topics})
    data: dict = {"id": question_id, "type": d.type, "prompt": d.prompt, "fact_ids": d.fact_ids,
                  "explanation": d.explanation, "difficulty": int(d.difficulty) if d.difficulty in ("1", "2", "3") else 2,
                  "topics": topics or ["general"], "origin": "authored", **d.kept_fields(),
                  **{k: getattr(d, k) for k in FEEDBACK_FIELDS if getattr(d, k)}}
    if data.get("prompt_html") and html_to_text(data["prompt_html"]).split() != d.prompt.split():
        data.pop("prompt_html")  # the words changed: the imported formatting no longer fits them
    if qtype:
        qtype.from_draft(d, data, problems)
    if problems:
        return None, problems
    try:
        q = Question.model_validate(data)
    except ValidationError as e:
        for err in e.errors():
            field = str(err["loc"][0]) if err["loc"] else "question"
            msg = err["msg"].removeprefix("Value error, ")
            problems.append((field, msg))
        return None, problems
    problems.extend(check_question(q, store))
    # a wrong figure that the figure's qualifier makes true ("Over 2,000" against over 6,000), or that
    # rounds to it: the bank's own questions are listed by `questions check`, a new one is refused
    problems.extend(bounds.question_problems(q, store) if not problems else [])
    return (None, problems) if problems else (q, [])
