"""Live class mode: the teacher paces a set on the projector, students answer on their own devices.

No Flask here. A live session is an assignment (so its attempts and answers are the usual rows and
land in the same results, item analysis and CSVs) plus the teacher's pace, a small state machine:

    lobby → question 1 (answers open; optional timer) → revealed → question 2 → … → finished

Every change of stage bumps the session's `version`; students poll that number and fetch their page
only when it moved. Each participant (one browser) has one attempt; all share one layout, so the
projector and every phone show the options in the same order.
"""
from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from typing import Callable, Mapping

from markupsafe import Markup, escape

from . import db
from .refusals import Refused
from .assignments import AssignmentOptions, assignment_layout
from .identity import clean_display_name
from .attempts import Attempt
from .numbers import format_number
from .quiz import read_answer, right_answer, score, tally_label
from .schemas import Question

STAGES = ("lobby", "question", "revealed", "finished")
TIMERS = (10, 20, 30, 45, 60, 90, 120)  # seconds a question may stay open; none by default
LEADERBOARD_SIZE = 5
GRACE = 1.5  # seconds after the timer in which an answer sent on time is still taken (network delay)


@dataclass
class LiveSession:
    id: int
    assignment_id: int
    teacher_id: int
    code: str
    title: str
    layout: list[dict]  # one entry per question, in the set's order (shared by every participant)
    questions: dict[str, Question]
    stage: str
    position: int  # the question on screen (0-based); -1 in the lobby
    timer: int | None
    leaderboard: bool
    closes_at: float | None
    version: int

    @property
    def length(self) -> int:
        return len(self.layout)

    @property
    def question(self) -> Question | None:
        """The question on screen (shown or revealed), else None."""
        if self.stage in ("question", "revealed") and 0 <= self.position < self.length:
            return self.questions.get(self.layout[self.position]["q"])
        return None

    @property
    def entry(self) -> dict:
        return self.layout[self.position]

    def open_for_answers(self, now: float) -> bool:
        return self.stage == "question" and (self.closes_at is None or now <= self.closes_at + GRACE)

    def seconds_left(self, now: float) -> int | None:
        if self.stage != "question" or self.closes_at is None:
            return None
        return max(0, int(self.closes_at - now + 0.999))

    def student_version(self, now: float) -> str:
        """What a student's page depends on: the stage, and whether the timer has run out."""
        return f"{self.version}{'t' if self.stage == 'question' and not self.open_for_answers(now) else ''}"


@dataclass(frozen=True)
class Participant:
    session_id: int
    participant: str  # the browser's id
    attempt_id: str
    name: str
    removed: bool


class LiveRefused(Refused):
    """Something a live session can't do now; `reason` is a key of MESSAGES."""

    MESSAGES = {
        "code": "There is no live session with that code. Check it on the projector: six letters and digits.",
        "finished": "This live session has ended.",
        "name": "Give the name your teacher will see: 1 to 40 letters, digits or spaces.",
        "name-taken": "Someone in this session already uses that name: add an initial or pick another.",
        "closed": "Answers for this question are closed.",
        "changed": "You already answered this question; your first answer stands.",
        "removed": "Your teacher removed you from this session. Join again with another name.",
        "step": "The session has already moved on: the projector shows where it is now.",
        "empty": "The set has no questions yet: add some before starting a live session.",
    }



# --- the teacher's side ---------------------------------------------------------------------------------

def start(database, teacher_id: int, set_id: int, title: str, questions: list[Question], timer: int | None,
          leaderboard: bool, new_code: Callable[[], str]) -> LiveSession:
    """A new live session in the lobby: an assignment (frozen questions, in the set's order) + its pace."""
    if not questions:
        raise LiveRefused("empty")
    opts = AssignmentOptions(title=f"Live: {title}"[:120], attempts=1, shuffle_questions=False,
                             shuffle_options=False, feedback="each")
    asg = db.create_assignment(database, teacher_id, set_id, opts.model_dump(mode="json"),
                               [q.model_dump(mode="json") for q in questions], new_code)
    layout = assignment_layout(questions, opts, secrets.randbelow(10**9))
    session_id = db.create_live_session(database, asg, layout, timer if timer in TIMERS else None, leaderboard)
    return db.get_live_session(database, session_id)


def next_stage(s: LiveSession, action: str) -> tuple[str, int]:
    """Where one of the teacher's buttons takes the session: (stage, position); LiveRefused("step")
    when that button no longer applies (a second click, another tab)."""
    if action == "show" and s.stage == "lobby":
        return "question", 0
    if action == "show" and s.stage == "revealed" and s.position + 1 < s.length:
        return "question", s.position + 1
    if action == "reveal" and s.stage == "question":
        return "revealed", s.position
    if action == "finish" and s.stage != "finished":
        return "finished", s.position
    raise LiveRefused("step")


def step(database, s: LiveSession, action: str, seen_version: int, now: float | None = None) -> LiveSession:
    """Apply one of the teacher's buttons, if the session is still where the teacher saw it."""
    if seen_version != s.version:
        raise LiveRefused("step")
    stage, position = next_stage(s, action)
    now = time.time() if now is None else now
    closes_at = now + s.timer if stage == "question" and s.timer else None
    if not db.advance_live_session(database, s.id, s.version, stage, position, closes_at):
        raise LiveRefused("step")
    return db.get_live_session(database, s.id)


# --- the students' side ---------------------------------------------------------------------------------

def join(database, s: LiveSession, participant: str, typed_name: str) -> Participant:
    """This browser's place in the session: the one it has, or a new one under `typed_name`."""
    had = db.live_participant(database, s.id, participant)
    if had is not None:
        return had
    if s.stage == "finished":
        raise LiveRefused("finished")
    name = clean_display_name(typed_name)
    if name is None:
        raise LiveRefused("name")
    made = db.add_live_participant(database, s, participant, secrets.token_urlsafe(12), name)
    if made is None:
        raise LiveRefused("name-taken")
    return made


def answer(database, s: LiveSession, p: Participant, form: Mapping, now: float | None = None) -> bool:
    """Store this participant's answer to the question on screen; True if it is right.

    The same answer sent again changes nothing; AnswerError (from quiz.read_answer) when the form
    can't be read; LiveRefused when answers are closed or a different answer is already in. The
    database checks the stage again inside the write, so an answer racing the reveal is either
    counted in the chart or refused, never lost in between."""
    now = time.time() if now is None else now
    q = s.question
    if q is None or not s.open_for_answers(now):
        raise LiveRefused("closed")
    marked = score(q, read_answer(q, s.entry, form))
    db.record_live_answer(database, s.id, p.attempt_id, s.position, q.id, marked.response, marked.correct,
                          marked.score, now, GRACE)
    return marked.correct


# --- what the class did ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    right: bool


def tally(q: Question, responses: list[dict]) -> list[Bar]:
    """The class's answers to one question, one bar per choice (or per kind of answer)."""
    n = lambda pred: sum(1 for r in responses if pred(r))  # noqa: E731
    if q.type == "single":
        return [Bar(o.text, n(lambda r, o=o: r["option"] == o.id), o.id == q.answer) for o in q.options]
    if q.type == "multiple":
        return [Bar(o.text, n(lambda r, o=o: o.id in r["options"]), o.id in q.answer) for o in q.options]
    if q.type == "truefalse":
        return [Bar(t, n(lambda r, v=v: r["value"] is v), q.answer is v) for t, v in (("True", True), ("False", False))]
    if q.type == "numeric":
        return numeric_tally(q, responses)
    if q.type == "shortanswer":
        return typed_tally(q, responses)
    right = [score(q, r) for r in responses]  # ordering / matching: how much of it was in place
    return [Bar("All in place", sum(1 for m in right if m.correct), True),
            Bar("Partly in place", sum(1 for m in right if not m.correct and m.score > 0), False),
            Bar("None in place", sum(1 for m in right if m.score == 0), False)]


def numeric_tally(q: Question, responses: list[dict], most: int = 5) -> list[Bar]:
    """The most common numbers typed (the right one always shown), the rest as 'other answers'."""
    counts: dict[float, int] = {}
    for r in responses:
        counts[r["value"]] = counts.get(r["value"], 0) + 1
    target = float(q.answer)
    within = lambda v: abs(v - target) <= q.tolerance + 1e-9  # noqa: E731
    common = sorted(counts, key=lambda v: (-counts[v], v))[:most]
    bars = [Bar(f"{format_number(v)} {q.unit or ''}".strip(), counts[v], within(v)) for v in sorted(common)]
    if not any(b.right for b in bars):
        bars.append(Bar(f"{format_number(target)} {q.unit or ''}".strip(), 0, True))
    rest = sum(counts.values()) - sum(counts[v] for v in common)
    if rest:
        bars.append(Bar("Other answers", rest, False))
    return bars


def typed_tally(q: Question, responses: list[dict], most: int = 5) -> list[Bar]:
    """The most common typed answers, grouped as they are marked (the right one always shown)."""
    counts: dict[str, int] = {}
    right: dict[str, bool] = {}
    for r in responses:
        label = tally_label(q, r)
        counts[label] = counts.get(label, 0) + 1
        right[label] = score(q, r).correct
    common = sorted(counts, key=lambda k: (-counts[k], k))[:most]
    bars = [Bar(k, counts[k], right[k]) for k in common]
    if not any(b.right for b in bars):
        bars.append(Bar(right_answer(q)[0], 0, True))
    rest = sum(counts.values()) - sum(counts[k] for k in common)
    if rest:
        bars.append(Bar("Other answers", rest, False))
    return bars


def tally_svg(bars: list[Bar], title: str) -> Markup:
    """A horizontal bar chart as inline SVG (no script), right answers marked in words and colour. A label
    is wrapped onto two lines that fit left of the bars (set right-aligned, a longer one ran off the left
    edge of the projector)."""
    labels = [_lines(f"{b.label} (right answer)" if b.right else b.label) for b in bars]
    width, label_w = 900, 420
    row = 72 if any(len(ls) > 1 for ls in labels) else 56
    top = max([b.count for b in bars] + [1])
    parts = [f'<svg class="live-chart" viewBox="0 0 {width} {row * len(bars) + 8}" role="img" '
             f'aria-labelledby="chart-title"><title id="chart-title">{escape(title)}</title>']
    for i, (b, lines) in enumerate(zip(bars, labels)):
        y, w = i * row + 4, round((width - label_w - 80) * b.count / top)
        first = y + row // 2 + 4 - 13 * (len(lines) - 1)
        spans = "".join(f'<tspan x="{label_w - 12}" y="{first + 26 * k}">{escape(t)}</tspan>' for k, t in enumerate(lines))
        parts.append(f'<text text-anchor="end" class="bar-label">{spans}</text>'
                     f'<rect x="{label_w}" y="{y + 8}" width="{max(w, 2)}" height="{row - 16}" '
                     f'class="{"bar-right" if b.right else "bar"}"/>'
                     f'<text x="{label_w + max(w, 2) + 10}" y="{y + row // 2 + 6}" class="bar-count">{b.count}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


LINE_CHARS = 30  # what fits in the label column at the chart's type size (22 px bold in 408 units)


def _lines(text: str, n: int = LINE_CHARS) -> list[str]:
    """Up to two lines of at most `n` characters, broken between words; the rest cut with an ellipsis."""
    words, lines = text.split(), [""]
    for w in words:
        if len(lines[-1]) + len(w) + bool(lines[-1]) <= n:
            lines[-1] = f"{lines[-1]} {w}".strip()
        elif len(lines) < 2 and len(w) <= n:
            lines.append(w)
        else:
            lines[-1] = _short(f"{lines[-1]} {w}", n)
            break
    return lines


def _short(text: str, n: int = 48) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


@dataclass(frozen=True)
class ClassResults:
    joined: int
    average: float  # mean score per participant, out of the session's length
    per_question: list[tuple[str, int, int]]  # (prompt, answered, right)
    leaderboard: list[str]  # names, best first; empty unless the teacher turned it on


def class_results(s: LiveSession, people: list[tuple[Participant, Attempt]]) -> ClassResults:
    per_question = []
    for k, entry in enumerate(s.layout):
        answers = [ans for _, a in people for ans in a.answers if ans.position == k]
        q = s.questions.get(entry["q"])
        per_question.append((q.prompt if q else entry["q"], len(answers), sum(1 for x in answers if x.correct)))
    totals = [(a.total, p.name) for p, a in people]
    average = sum(t for t, _ in totals) / len(totals) if totals else 0.0
    board = []
    if s.leaderboard:
        # best total first; ties keep the order of joining (stable sort), names only
        board = [name for total, name in sorted(totals, key=lambda t: -t[0]) if total > 0][:LEADERBOARD_SIZE]
    return ClassResults(len(people), average, per_question, board)


def my_summary(s: LiveSession, a: Attempt) -> tuple[int, float]:
    """(questions answered right, score) for one participant."""
    return sum(1 for x in a.answers if x.correct), a.total


@dataclass(frozen=True)
class Cited:
    """A fact a question rests on, and where the other article tells it differently (with why)."""

    fact: object  # schemas.Fact
    others: list[tuple[object, str]]  # (schemas.Fact, a note on how they differ)


def cited_facts(q: Question, facts: Mapping) -> list[Cited]:
    """The question's facts, each with the facts the content says tell it differently (conflicts_with,
    with their note). A merely related fact from the other article is not shown as a difference: it was
    ('the other article on the same point'), and paired the 13% NCO share with the blog's 83% rank and
    file. A fact the question cites itself is shown once."""
    out = []
    for fid in q.fact_ids:
        f = facts.get(fid)
        if f is None:
            continue
        others = [(facts[c.fact], c.note) for c in f.conflicts_with if c.fact in facts and c.fact not in q.fact_ids]
        out.append(Cited(f, others))
    return out
