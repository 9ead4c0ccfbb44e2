"""A student's attempt: starting one, joining an assignment with a code, answering, time running out.

No Flask here. `Attempt` and `Assignment` are what `db` builds from its rows; the functions below are
the whole life of an attempt, each taking the database it works on:

- `start_practice` draws a self-practice quiz; `join` opens an assignment's attempt from a join code
  and a display name, or raises `JoinRefused` with a reason;
- `submit` reads, scores and stores one answer, or raises `AnswerRefused` with a reason (the
  database re-checks the same rules inside its write, so a race between two tabs can't slip past);
- `expire_if_late` ends an attempt past its deadline; `feedback_timing` says what a student may see.
"""
from __future__ import annotations

import datetime as dt
import secrets
import time
from dataclasses import dataclass, field, replace
from typing import Mapping

from . import db
from .refusals import Refused
from .assignments import (AssignmentOptions, assignment_layout, deadline_for, feedback_now, normalise_code,
                          normalise_personal_code, status_of)
from .identity import clean_display_name, name_skeleton
from .quiz import AnswerError, read_answer, score
from .schemas import Question


@dataclass(frozen=True)
class Answer:
    """One stored answer: what was chosen (in the question's own ids) and what it scored."""

    position: int
    question_id: str
    response: dict
    correct: bool
    score: float
    answered_at: float


@dataclass
class Attempt:
    """One student's run through a quiz or an assignment, with its answers in position order."""

    id: str
    scope: str  # "mixed" | "module:<id>" | "topic:<slug>" | "assignment:<id>"
    length: int
    seed: int
    layout: list[dict]
    created_at: float
    finished_at: float | None = None
    assignment_id: int | None = None
    display_name: str | None = None
    deadline: float | None = None
    owner: str | None = None  # the digest of the browser token that started it (identity.owner_of)
    name_key: str | None = None  # the display name's skeleton
    answers: list[Answer] = field(default_factory=list)

    @property
    def finished(self) -> bool:
        """Every question answered, or closed early (time up)."""
        return self.finished_at is not None or len(self.answers) >= self.length

    @property
    def position(self) -> int:
        """The question the student is on (0-based): the first unanswered one."""
        return len(self.answers)

    @property
    def total(self) -> float:
        return sum(a.score for a in self.answers)

    def late(self, now: float) -> bool:
        return self.deadline is not None and now > self.deadline

    def belongs_to(self, owner: str | None) -> bool:
        """Only the browser that started an attempt may answer it or read its results."""
        return owner is not None and self.owner is not None and secrets.compare_digest(owner, self.owner)

    @property
    def timed_out(self) -> bool:
        """Ended by its deadline with questions left unanswered."""
        return (self.finished_at is not None and self.deadline is not None and self.finished_at >= self.deadline
                and len(self.answers) < self.length)


@dataclass
class Assignment:
    """A published set: its options and its questions as frozen when it was published."""

    id: int
    teacher_id: int
    set_id: int | None
    code: str
    options: AssignmentOptions
    questions: dict[str, Question]  # in the set's order
    created_at: float
    attempt_count: int = 0

    @property
    def title(self) -> str:
        return self.options.title

    def status(self, now: dt.datetime | None = None) -> tuple[str, str]:
        """("open" | "not-yet" | "closed", a sentence a student reads)."""
        return status_of(self.options, now or utcnow())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


# --- refusals ---------------------------------------------------------------------------------------

class AnswerRefused(Refused):
    """An answer that can't be stored; `reason` is one of the keys of MESSAGES."""

    MESSAGES = {
        "finished": "This quiz is already finished: your answers are saved. See your results.",
        "out-of-order": "That is not the question you are on: go on from where you are.",
        "changed": "You already answered this question; the first answer stands.",
        "expired": "Time is up for this quiz: answers after the time limit are not accepted.",
        "missing": "There is no such quiz attempt.",
    }



class JoinRefused(Exception):
    """A join that can't go ahead: `reason` ("code", "not-yet", "closed", "name", "used-up", "name-taken"),
    the `field` to point at, and a message the student reads."""

    def __init__(self, reason: str, field: str, message: str):
        self.reason, self.field = reason, field
        super().__init__(message)


def name_taken(name: str, roster: bool) -> str:
    """Why another browser's name (or personal code) can't start here, one line per point. The refusal
    itself shows that someone started with it elsewhere, so this says so; never whether that attempt is
    finished, how it went or whose it is. Adding a surname helps only a name that is one word."""
    if roster:
        return ("That personal code was used on another phone or computer, with no attempt left to start here.\n"
                "Go back to that browser to continue, or ask your teacher for another attempt.")
    return ("You can't start with that name here: someone has started with it on another phone or computer.\n"
            "Was it you? Your quiz stays in the browser you started it in: go back to it, or ask your teacher "
            "for another attempt.\n"
            + ("Not you? Add your surname or its initial to your name." if len(name.split()) < 2
               else "Not you? Ask your teacher."))


# --- starting -----------------------------------------------------------------------------------------

def start_practice(database, scope: str, seed: int, layout: list[dict], owner: str | None) -> Attempt:
    """A self-practice attempt over an already drawn layout, belonging to the browser `owner`."""
    attempt_id = secrets.token_urlsafe(12)
    db.create_attempt(database, attempt_id, scope, seed, layout, owner=owner)
    return db.get_attempt(database, attempt_id)


def open_assignment(database, typed_code: str) -> Assignment:
    """The open assignment a join code names, or JoinRefused saying why not."""
    code = normalise_code(typed_code)
    asg = db.assignment_by_code(database, code) if code else None
    if asg is None:
        raise JoinRefused("code", "code", "There is no assignment with that code. Check it with your teacher: "
                                          "codes have six letters and digits, e.g. K7PX3M.")
    state, message = asg.status()
    if state != "open":
        raise JoinRefused(state, "code", message)
    return asg


def student_name(database, asg: Assignment, typed: str) -> tuple[str, str]:
    """(display name, skeleton) from what a student typed: a name, or with a class list their personal code."""
    if db.get_roster(database, asg.id):
        entry = db.roster_entry(database, asg.id, normalise_personal_code(typed) or "")
        if entry is None:
            raise JoinRefused("name", "name", "That personal code is not on this assignment's class list. "
                                              "Check it with your teacher: it has five letters and digits.")
        return entry["name"], entry["name_key"]
    name = clean_display_name(typed)
    if name is None:
        raise JoinRefused("name", "name", "Give the name your teacher will see: 1 to 40 characters, "
                                          "with at least one letter or digit.")
    return name, name_skeleton(name)


def join(database, typed_code: str, typed_name: str, owner: str) -> Attempt:
    """The attempt the browser `owner` gets for a join code and a display name (or personal code).

    This browser's unfinished attempt under the same name is resumed; otherwise a new one starts if
    neither this browser nor this name has used its attempts, and no other browser holds the name."""
    asg = open_assignment(database, typed_code)
    name, key = student_name(database, asg, typed_name)
    running = db.unfinished_attempt(database, asg.id, owner, key)
    if running:
        return db.get_attempt(database, running)
    return _new_assignment_attempt(database, asg, (name, key), owner)


def _new_assignment_attempt(database, asg: Assignment, name: tuple[str, str], owner: str) -> Attempt:
    opts = asg.options
    seed = secrets.randbelow(10**9)
    attempt_id = secrets.token_urlsafe(12)
    roster = bool(db.get_roster(database, asg.id))
    made = db.create_assignment_attempt(database, attempt_id, asg.id, seed,
                                        assignment_layout(list(asg.questions.values()), opts, seed), name, owner,
                                        deadline_for(opts, time.time()), opts.attempts, name_is_owned=not roster)
    if made == "name-taken":
        raise JoinRefused("name-taken", "name", name_taken(name[0], roster))
    if made != "ok":
        n = opts.attempts
        raise JoinRefused("used-up", "name", f"You have already used {'the' if n == 1 else 'all'} "
                                             f"{n} attempt{'s' if n != 1 else ''} at this assignment. "
                                             "Ask your teacher if you need another.")
    return db.get_attempt(database, attempt_id)


def running_attempt(database, asg: Assignment, owner: str | None) -> Attempt | None:
    """This browser's newest attempt at `asg` that still takes answers (one past its time is ended first)."""
    for _ in range(3):  # an attempt found late is closed, and the next newest looked at
        aid = db.unfinished_attempt(database, asg.id, owner) if owner else None
        a = db.get_attempt(database, aid) if aid else None
        if a is None:
            return None
        a = expire_if_late(database, a)
        if not a.finished:
            return a
    return None


def attempts_left(database, asg: Assignment, owner: str | None) -> int | None:
    """How many attempts this browser may still start (None: no limit); one it has running is used."""
    if asg.options.attempts is None:
        return None
    return max(0, asg.options.attempts - db.attempts_used(database, asg.id, owner))


def attempts_left_after(database, asg: Assignment, a: Attempt) -> int | None:
    """How many more attempts the student of `a` may start (None: no limit), counting the extra
    attempts a teacher gave their name, as starting one does (db.create_assignment_attempt)."""
    if asg.options.attempts is None:
        return None
    limit = asg.options.attempts + db.extra_attempts(database, asg.id, a.display_name or "")
    return max(0, limit - db.attempts_used(database, asg.id, a.owner))


# --- answering ------------------------------------------------------------------------------------------

def expire_if_late(database, a: Attempt, now: float | None = None) -> Attempt:
    """An attempt past its time limit or close date ends: unanswered questions score nothing."""
    if a.finished_at is None and a.late(time.time() if now is None else now):
        db.finish_attempt(database, a.id)
        return db.get_attempt(database, a.id)
    return a


def submit(database, a: Attempt, position: int, form: Mapping, questions: Mapping[str, Question]) -> Attempt:
    """Store the answer to question `position` and return the attempt as it now is.

    The same answer sent again (a double click, a resend) is accepted and changes nothing; a
    different one to an answered question, one out of turn, late or after the end raises
    AnswerRefused; a form that can't be read as an answer raises AnswerError (nothing stored)."""
    if position < a.position:
        entry = a.layout[position]
        q = questions.get(entry["q"])
        try:
            response = read_answer(q, entry, form) if q else None
        except AnswerError:
            response = None
        if response is None or response != a.answers[position].response:
            raise AnswerRefused("changed")
        return a
    if a.late(time.time()):
        expire_if_late(database, a)
        raise AnswerRefused("expired")
    if position > a.position:
        raise AnswerRefused("out-of-order")
    if a.finished_at is not None:
        raise AnswerRefused("finished")
    entry = a.layout[position]
    q = question_at(a, position, questions)
    marked = score(q, read_answer(q, entry, form))
    now = time.time()
    stored = db.submit_answer(database, a.id, position, q.id, marked.response, marked.correct, marked.score, now)
    # The write checked, under the write lock, that the answers stored were exactly the `position` ones
    # read with `a`: the attempt now is `a` and this answer (no need to read it all again).
    return replace(a, answers=[*a.answers, stored], finished_at=now if position == a.length - 1 else a.finished_at)


class QuestionGone(LookupError):
    """The bank changed under a running attempt: one of its questions no longer exists."""


def question_at(a: Attempt, position: int, questions: Mapping[str, Question]) -> Question:
    q = questions.get(a.layout[position]["q"])
    if q is None:
        raise QuestionGone(a.layout[position]["q"])
    return q


def feedback_timing(a: Attempt, asg: Assignment | None, now: dt.datetime | None = None) -> tuple[bool, bool]:
    """(feedback right after each answer, the review of the whole attempt now), as its assignment allows."""
    if asg is None:
        return True, a.finished
    return feedback_now(asg.options, a.finished, now or utcnow())
