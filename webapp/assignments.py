"""Assignments: how a set is handed out (options), join codes, and the rules that follow from them.

No Flask here. An assignment freezes its questions when it is published, so editing the set later
never changes what a class is answering. Its options decide when it is open, how long an attempt
may run, how questions are laid out for one student and when the right answers are shown.
"""
from __future__ import annotations

import datetime as dt
import random
import re
import secrets
from typing import Literal, Sequence

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .numbers import whole_number
from .quiz import layout
from .schemas import Question

# --- join codes -----------------------------------------------------------------------------------

# No 0/O, 1/I/L, 5/S or 2/Z: a code read aloud or copied from a board is typed right.
CODE_ALPHABET = "ABCDEFGHJKMNPQRTUVWXY346789"
CODE_LENGTH = 6


def _new_code(length: int, rng: secrets.SystemRandom | random.Random | None) -> str:
    rng = rng or secrets.SystemRandom()
    return "".join(rng.choice(CODE_ALPHABET) for _ in range(length))


def _normalised(text: str, length: int) -> str | None:
    """What a student typed, as a code of `length`: spaces and dashes dropped, upper case; None if it
    can't be one."""
    code = re.sub(r"[\s-]+", "", (text or "")[:40]).upper()
    if len(code) != length or any(c not in CODE_ALPHABET for c in code):
        return None
    return code


def new_join_code(rng: secrets.SystemRandom | random.Random | None = None) -> str:
    return _new_code(CODE_LENGTH, rng)


def normalise_code(text: str) -> str | None:
    """What a student typed, as a join code; None if it can't be one."""
    return _normalised(text, CODE_LENGTH)


PERSONAL_CODE_LENGTH = 5


def new_personal_code(rng: secrets.SystemRandom | random.Random | None = None) -> str:
    """A class-list student's own code (shorter than a join code: it only works with that assignment)."""
    return _new_code(PERSONAL_CODE_LENGTH, rng)


def normalise_personal_code(text: str) -> str | None:
    return _normalised(text, PERSONAL_CODE_LENGTH)


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
    pool: int | None = Field(default=None, ge=1, le=500)  # draw this many of the questions per student
    pass_mark: int | None = Field(default=None, ge=1, le=100)  # percent

    @model_validator(mode="after")
    def _dates(self) -> "AssignmentOptions":
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValueError("The close date must come after the open date.")
        if self.feedback == "due" and not self.closes_at:
            raise ValueError("Feedback after the close date needs a close date.")
        return self

    @classmethod
    def from_form(cls, form, available: int | None = None) -> tuple["AssignmentOptions | None", list[tuple[str, str]]]:
        """The options a publish form asks for, or every problem with them at once (in the form's order).
        `available`: how many questions the set has (a random pool can't draw more)."""
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
                t = dt.datetime.fromisoformat(v)
                if t.tzinfo is not None:  # "2026-12-01T09:00+14:00": the same instant in UTC
                    t = t.astimezone(dt.timezone.utc)
                return t.replace(tzinfo=None, second=0, microsecond=0)
            except (ValueError, OverflowError):
                problems.append((key, "Give a date and time like 2026-12-01 09:00."))
                return None

        return cls._build(form, get, whole, when, problems, available)

    @classmethod
    def _build(cls, form, get, whole, when, problems, available) -> tuple["AssignmentOptions | None", list[tuple[str, str]]]:
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
                "opens_at": when("opens_at"), "closes_at": when("closes_at"),
                "pool": whole("pool", "The number of questions each student gets", 1, 500),
                "pass_mark": whole("pass_mark", "The pass mark (%)", 1, 100)}
        problems += together(data, {k for k, _ in problems}, available)
        if problems:
            return None, sorted(problems, key=lambda p: FORM_ORDER.index(p[0]) if p[0] in FORM_ORDER else 99)
        try:
            return cls(**data), []
        except ValidationError as e:
            field = {"Feedback after": "feedback"}
            for err in e.errors():
                msg = err["msg"].removeprefix("Value error, ")
                key = next((v for k, v in field.items() if msg.startswith(k)), "closes_at")
                problems.append((str(err["loc"][0]) if err["loc"] else key, msg))
            return None, problems


FORM_ORDER = ["title", "time_limit", "attempts", "pool", "pass_mark", "feedback", "opens_at", "closes_at"]


def together(data: dict, unreadable: set[str], available: int | None) -> list[tuple[str, str]]:
    """The rules between fields, checked on whatever could be read, so one round reports every problem."""
    out = []
    pool = data["pool"]
    if pool and available and pool > available:
        s = "s" if available != 1 else ""
        out.append(("pool", f"Questions each student gets: {pool} is more than the set's {available} question{s}. "
                            f"Give a number from 1 to {available}, or leave it empty for all {available}."))
    if data["opens_at"] and data["closes_at"] and data["closes_at"] <= data["opens_at"]:
        out.append(("closes_at", "The close date must come after the open date."))
    if data["feedback"] == "due" and not data["closes_at"] and "closes_at" not in unreadable:
        out.append(("feedback", "Feedback after the close date needs a close date."))
    return out


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
    if opts.pool and opts.pool < len(chosen):  # a random pool: k of n, kept in the set's order
        picked = set(rng.sample(range(len(chosen)), opts.pool))
        chosen = [q for i, q in enumerate(chosen) if i in picked]
    if opts.shuffle_questions:
        rng.shuffle(chosen)
    return [layout(q, rng, opts.shuffle_options) for q in chosen]


def questions_per_student(opts: AssignmentOptions, available: int) -> int:
    return min(opts.pool, available) if opts.pool else available


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
