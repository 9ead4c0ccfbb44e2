"""The teachers' domain: finding questions, writing one, assignment options, join codes, results.

No Flask here. A teacher's question is a `Question` like the bank's, checked by the same
`bank.check_question` as `questions check`; a form that fails any rule gives (field, message) pairs
and nothing is saved. An assignment freezes its questions when it is published, so editing the set
later never changes what a class is answering.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import secrets
from dataclasses import dataclass, field
from typing import Iterable, Literal, Mapping, Sequence

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .bank import check_question
from .facts import Store
from .numbers import whole_number
from .quiz import layout
from .schemas import DraftQuestion, Question, QuestionType

# --- join codes -----------------------------------------------------------------------------------

# No 0/O, 1/I/L, 5/S or 2/Z: a code read aloud or copied from a board is typed right.
CODE_ALPHABET = "ABCDEFGHJKMNPQRTUVWXY346789"
CODE_LENGTH = 6


def new_join_code(rng: secrets.SystemRandom | random.Random | None = None) -> str:
    rng = rng or secrets.SystemRandom()
    return "".join(rng.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(text: str) -> str | None:
    """What a student typed, as a code: spaces and dashes dropped, upper case; None if it can't be one."""
    code = re.sub(r"[\s-]+", "", (text or "")[:40]).upper()
    if len(code) != CODE_LENGTH or any(c not in CODE_ALPHABET for c in code):
        return None
    return code


# --- finding questions ----------------------------------------------------------------------------

TYPE_LABELS = {"single": "one answer", "multiple": "several answers", "truefalse": "true / false",
               "numeric": "a number", "ordering": "ordering", "matching": "matching"}
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
                            *(store.facts[x].statement for x in q.fact_ids if x in store.facts)]).lower()
            have = set(_words(hay))
            if not all(any(h.startswith(w) for h in have) for w in words):
                continue
        total += 1
        if len(out) < limit:
            out.append(q)
    return out, total


# --- writing a question in the app ----------------------------------------------------------------

WRITABLE_TYPES: tuple[QuestionType, ...] = ("single", "multiple", "truefalse", "numeric")
# Orderings and matchings come in by import (Moodle XML, GIFT): their rows are kept and the teacher
# ties each row to the figure it stands for.
TIEABLE_TYPES: tuple[QuestionType, ...] = WRITABLE_TYPES + ("ordering", "matching")
MAX_OPTIONS = 6
MAX_ROWS = 12


def _blank_option() -> dict:
    return {"text": "", "fact": "", "correct": False}


@dataclass
class Draft:
    """What the question form holds, to show it again (with its problems) or to build the question."""

    type: str = "single"
    prompt: str = ""
    fact_ids: list[str] = field(default_factory=list)
    explanation: str = ""
    difficulty: str = "2"
    topics: list[str] = field(default_factory=list)
    options: list[dict] = field(default_factory=lambda: [_blank_option() for _ in range(MAX_OPTIONS)])
    answer: str = ""  # numeric
    tolerance: str = ""
    unit: str = ""
    truth: str = ""  # "true" | "false"
    contradicts: str = ""
    rows: list[dict] = field(default_factory=list)  # ordering items {id, text, figure} / matching pairs {id, left, right, figure}
    order: list[str] = field(default_factory=list)  # ordering: item ids, largest figure first

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

        correct = set(many("correct"))
        options = [{"text": one(f"option-{k}-text", 300).strip(), "fact": one(f"option-{k}-fact", 80),
                    "correct": str(k) in correct} for k in range(MAX_OPTIONS)]
        rows = []
        for k in range(MAX_ROWS):
            rid = one(f"row-{k}-id", 8)
            if rid:
                rows.append({"id": rid, "text": one(f"row-{k}-text", 300).strip(),
                             "left": one(f"row-{k}-left", 300).strip(), "right": one(f"row-{k}-right", 300).strip(),
                             "figure": one(f"row-{k}-figure", 90)})
        order = [x for x in one("order", 200).split(",") if x][:MAX_ROWS]
        return cls(type=one("type", 20), prompt=one("prompt").strip(), fact_ids=many("fact_ids"),
                   explanation=one("explanation").strip(), difficulty=one("difficulty", 2), topics=many("topics"),
                   options=options, answer=one("answer", 60).strip(), tolerance=one("tolerance", 60).strip(),
                   unit=one("unit", 300).strip(), truth=one("truth", 10), contradicts=one("contradicts", 80),
                   rows=rows, order=order)

    @classmethod
    def of(cls, q: Question | DraftQuestion) -> "Draft":
        """A stored question as the form shows it: tied to facts, or an imported draft not yet tied."""
        right = q.answer if isinstance(q.answer, list) else [q.answer]
        opts = [{"text": o.text, "fact": o.fact or "", "correct": o.id in right} for o in q.options][:MAX_OPTIONS]
        opts += [_blank_option() for _ in range(MAX_OPTIONS - len(opts))]
        num = q.type == "numeric" and isinstance(q.answer, (int, float)) and not isinstance(q.answer, bool)
        rows = ([{"id": i.id, "text": i.text, "left": "", "right": "", "figure": i.figure or ""} for i in q.items]
                + [{"id": p.id, "text": "", "left": p.left, "right": p.right, "figure": p.figure or ""} for p in q.pairs])
        return cls(type=q.type, prompt=q.prompt, fact_ids=list(q.fact_ids), explanation=q.explanation or "",
                   difficulty=str(q.difficulty), topics=list(q.topics), options=opts, rows=rows,
                   order=list(q.answer) if q.type == "ordering" and isinstance(q.answer, list) else [],
                   answer=f"{q.answer:g}" if num else "", tolerance=f"{q.tolerance:g}" if q.tolerance else "",
                   unit=q.unit or "", truth=("true" if q.answer else "false") if q.type == "truefalse" else "",
                   contradicts=q.contradicts or "")


def _number(text: str, field: str, problems: list[tuple[str, str]]) -> float | None:
    t = text.replace(",", "").replace("\u00a0", "").strip()
    if not re.fullmatch(r"-?\d{1,15}(\.\d{1,6})?", t):
        problems.append((field, "Enter a number in digits, e.g. 10000 or 2.5."))
        return None
    return float(t)


def build_question(d: Draft, store: Store, question_id: str) -> tuple[Question | None, list[tuple[str, str]]]:
    """The question the form describes and every problem with it, as (field, message).

    A question comes back only when the list is empty: the shape rules of the schema and then the
    same ties-to-facts rules as `questions check` (`bank.check_question`)."""
    problems: list[tuple[str, str]] = []
    if d.type not in WRITABLE_TYPES and not (d.type in TIEABLE_TYPES and d.rows):
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
                  "topics": topics or ["general"], "origin": "authored"}
    if d.type in ("single", "multiple"):
        opts = [(k, o) for k, o in enumerate(d.options) if o["text"]]
        if len(opts) < 2:
            problems.append(("options", "Give at least two options."))
        right = [f"o{k}" for k, o in opts if o["correct"]]
        if not right:
            problems.append(("options", "Tick the right option." if d.type == "single" else "Tick every right option."))
        elif d.type == "single" and len(right) > 1:
            problems.append(("options", "A one-answer question has exactly one right option: untick the others."))
        data["options"] = [{"id": f"o{k}", "text": o["text"], **({"fact": o["fact"]} if o["fact"] else {})}
                           for k, o in opts]
        data["answer"] = right[0] if d.type == "single" and right else right
    elif d.type == "truefalse":
        if d.truth not in ("true", "false"):
            problems.append(("truth", "Say whether the statement is true or false."))
        data["answer"] = d.truth == "true"
        if d.truth == "false":
            if not d.contradicts:
                problems.append(("contradicts", "A false statement names the fact it contradicts."))
            data["contradicts"] = d.contradicts or None
    elif d.type == "numeric":
        value = _number(d.answer, "answer", problems) if d.answer else None
        if not d.answer:
            problems.append(("answer", "Give the right number, as the fact's figure states it."))
        data["answer"] = value if value is not None else 0.0
        if d.tolerance:
            tol = _number(d.tolerance, "tolerance", problems)
            if tol is not None and tol < 0:
                problems.append(("tolerance", "The tolerance cannot be negative."))
            data["tolerance"] = abs(tol or 0.0)
        if not d.unit:
            problems.append(("unit", "Give the unit the student answers in, e.g. people or prisoners."))
        data["unit"] = d.unit or None
    elif d.type in ("ordering", "matching"):
        for r in d.rows:
            if not r["figure"]:
                problems.append(("items" if d.type == "ordering" else "pairs",
                                 f"Tie row {r['id']} to the figure it stands for."))
        if d.type == "ordering":
            data["items"] = [{"id": r["id"], "text": r["text"], "figure": r["figure"]} for r in d.rows]
            data["answer"] = d.order
        else:
            data["pairs"] = [{"id": r["id"], "left": r["left"], "right": r["right"], "figure": r["figure"]}
                             for r in d.rows]
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
    return (None, problems) if problems else (q, [])


# --- assignments --------------------------------------------------------------------------------

FeedbackTiming = Literal["each", "end", "due"]
FEEDBACK_LABELS = {"each": "after each answer", "end": "at the end of the attempt", "due": "after the close date"}


class AssignmentOptions(BaseModel):
    """How a set is handed out (stored with the assignment as JSON)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    title: str = Field(min_length=1, max_length=120)
    time_limit: int | None = Field(default=None, ge=1, le=600)  # minutes
    attempts: int | None = Field(default=1, ge=1, le=50)  # per display name; None = unlimited
    shuffle_questions: bool = True
    shuffle_options: bool = True
    feedback: FeedbackTiming = "each"
    opens_at: dt.datetime | None = None  # naive, UTC
    closes_at: dt.datetime | None = None

    @model_validator(mode="after")
    def _dates(self) -> "AssignmentOptions":
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValueError("The close date must come after the open date.")
        if self.feedback == "due" and not self.closes_at:
            raise ValueError("Feedback after the close date needs a close date.")
        return self

    @classmethod
    def from_form(cls, form) -> tuple["AssignmentOptions | None", list[tuple[str, str]]]:
        problems: list[tuple[str, str]] = []

        def get(key: str, n: int = 120) -> str:
            v = form.get(key, "")
            return v.strip()[:n] if isinstance(v, str) else ""

        def whole(key: str, what: str, low: int, high: int) -> int | None:
            v = get(key, 10)
            if not v:
                return None
            n = whole_number(v, 10)
            if n is None or not low <= n <= high:
                problems.append((key, f"{what} is a whole number from {low} to {high}, or empty."))
                return None
            return n

        def when(key: str) -> dt.datetime | None:
            v = get(key, 30)
            if not v:
                return None
            try:
                return dt.datetime.fromisoformat(v).replace(tzinfo=None, second=0, microsecond=0)
            except ValueError:
                problems.append((key, "Give a date and time like 2026-12-01 09:00."))
                return None

        title = get("title")
        if not title:
            problems.append(("title", "Give the assignment a title your students will recognise."))
        feedback = get("feedback", 10) or "each"
        if feedback not in FEEDBACK_LABELS:
            problems.append(("feedback", "Choose when students see the right answers."))
        data = {"title": title or "-", "time_limit": whole("time_limit", "The time limit (minutes)", 1, 600),
                "attempts": whole("attempts", "The number of attempts", 1, 50),
                "shuffle_questions": form.get("shuffle_questions") in ("on", "1", "true"),
                "shuffle_options": form.get("shuffle_options") in ("on", "1", "true"),
                "feedback": feedback if feedback in FEEDBACK_LABELS else "each",
                "opens_at": when("opens_at"), "closes_at": when("closes_at")}
        if problems:
            return None, problems
        try:
            return cls(**data), []
        except ValidationError as e:
            field = {"Feedback after": "feedback"}
            for err in e.errors():
                msg = err["msg"].removeprefix("Value error, ")
                key = next((v for k, v in field.items() if msg.startswith(k)), "closes_at")
                problems.append((str(err["loc"][0]) if err["loc"] else key, msg))
            return None, problems


def status_of(opts: AssignmentOptions, now: dt.datetime) -> tuple[str, str]:
    """("open" | "not-yet" | "closed", a sentence a student reads)."""
    if opts.opens_at and now < opts.opens_at:
        return "not-yet", f"This assignment opens on {when_text(opts.opens_at)} (UTC). Come back then."
    if opts.closes_at and now >= opts.closes_at:
        return "closed", f"This assignment closed on {when_text(opts.closes_at)} (UTC): it no longer takes answers."
    return "open", ""


def when_text(t: dt.datetime) -> str:
    return t.strftime("%d %B %Y at %H:%M").lstrip("0")


def assignment_layout(questions: Sequence[Question], opts: AssignmentOptions, seed: int) -> list[dict]:
    """One student's attempt: the set's questions, shuffled if asked, each laid out like a quiz's.

    Orderings and matchings are always shuffled (their given order would be the answer)."""
    rng = random.Random(seed)
    chosen = list(questions)
    if opts.shuffle_questions:
        rng.shuffle(chosen)
    out = []
    for q in chosen:
        entry = layout(q, rng)
        if not opts.shuffle_options and q.type in ("single", "multiple"):
            entry["order"] = [o.id for o in q.options]
        out.append(entry)
    return out


def deadline_for(opts: AssignmentOptions, started: float) -> float | None:
    """When an attempt started at `started` (epoch seconds) stops taking answers, if ever."""
    ends = []
    if opts.time_limit:
        ends.append(started + opts.time_limit * 60)
    if opts.closes_at:
        ends.append(opts.closes_at.replace(tzinfo=dt.timezone.utc).timestamp())
    return min(ends) if ends else None


def feedback_now(opts: AssignmentOptions, finished: bool, now: dt.datetime) -> tuple[bool, bool]:
    """(show each answer's feedback right after it, show the review of the whole attempt now)."""
    if opts.feedback == "each":
        return True, finished
    if opts.feedback == "end":
        return False, finished
    return False, finished and opts.closes_at is not None and now >= opts.closes_at


def clean_display_name(text: str) -> str | None:
    """A student's display name: 1-40 printable characters, inner spaces collapsed; None if unusable."""
    name = " ".join((text or "")[:200].split())
    if not name or len(name) > 40 or any(not c.isprintable() for c in name):
        return None
    return name


# --- results --------------------------------------------------------------------------------------

def marks_by_question(attempts: Sequence[dict]) -> list[dict[str, float]]:
    """Each attempt as {question id: fraction of the mark}, the shape stats.quiz_stats reads."""
    return [{a_["question_id"]: float(a_["score"]) for a_ in a["answers"]} for a in attempts]


def csv_text(header: Sequence[str], rows: Iterable[Sequence]) -> str:
    """CSV with a header row; cells a spreadsheet would run as a formula are quoted with a leading '."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for row in rows:
        w.writerow([_safe_cell(c) for c in row])
    return buf.getvalue()


def _safe_cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:g}"
    s = str(v)
    return "'" + s if s[:1] in ("=", "+", "-", "@", "\t", "\r") and not re.fullmatch(r"-?\d+(\.\d+)?", s) else s
