"""The students' face: start a quiz, answer one question at a time, read the results.

Every step is a plain page with a plain form; htmx swaps just the question panel when JavaScript is
on. Attempts live in the database from the first request, so a reload, a closed tab or a server
restart picks up where the student was.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass

import datetime as dt
import time

from flask import Blueprint, abort, current_app, g, redirect, render_template, request, session, url_for

from .. import db
from ..bank import Bank
from ..facts import module_fact_ids
from ..numbers import whole_number
from ..prose import Notes, render_inline
from ..quiz import LENGTHS, AnswerError, Scope, describe_response, draw, read_answer, right_answer, score, shown
from ..schemas import Question
from ..teaching import (AssignmentOptions, assignment_layout, clean_display_name, deadline_for, feedback_now,
                        normalise_code, status_of, when_text)
from ..web import limiter, store

bp = Blueprint("quiz", __name__, url_prefix="/quiz")
REMEMBERED = 10  # attempts a browser session lists for resuming

REFUSALS = {
    "finished": (409, "This quiz is already finished: your answers are saved. See your results."),
    "out-of-order": (409, "That is not the question you are on: go on from where you are."),
    "changed": (409, "You already answered this question; the first answer stands."),
    "expired": (409, "Time is up for this quiz: answers after the time limit are not accepted."),
    "missing": (404, "There is no such quiz attempt."),
}


def bank() -> Bank:
    return current_app.extensions["sourced"].bank


def assignment_of(a: dict) -> dict | None:
    """The assignment an attempt belongs to (cached for the request), or None for a free quiz."""
    return None if a.get("assignment_id") is None else assignment_by_id(a["assignment_id"])


def assignment_by_id(assignment_id: int) -> dict | None:
    """An assignment with its options and questions read once per request."""
    cache = g.setdefault("assignments", {})
    if assignment_id not in cache:
        found = db.get_assignment(db.get_db(), assignment_id)
        if found is not None:
            found["opts"] = AssignmentOptions.model_validate(found["options"])
            found["by_id"] = {q["id"]: Question.model_validate(q) for q in found["questions"]}
        cache[assignment_id] = found
    return cache[assignment_id]


def questions_of(a: dict) -> dict[str, Question]:
    """Where an attempt's questions come from: its assignment's frozen copy, else the bank."""
    asg = assignment_of(a)
    if a.get("assignment_id") is not None:
        return asg["by_id"] if asg else {}
    return bank().questions


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def timing(a: dict) -> tuple[bool, bool]:
    """(feedback after each answer, review of the whole attempt) as this attempt's assignment allows."""
    asg = assignment_of(a)
    finished = a["finished_at"] is not None or len(a["answers"]) >= a["length"]
    if asg is None:
        return True, finished
    return feedback_now(asg["opts"], finished, utcnow())


def fact_url(fact_id: str) -> str:
    return url_for("explain.fact", fact_id=fact_id)


def load_attempt(attempt_id: str) -> dict:
    if len(attempt_id) > 64:
        abort(404)
    a = db.get_attempt(db.get_db(), attempt_id)
    if a is None:
        abort(404)
    return a


def remember(attempt_id: str) -> None:
    ids = [i for i in session.get("attempts", []) if i != attempt_id]
    session["attempts"] = [attempt_id] + ids[: REMEMBERED - 1]


@dataclass
class Review:
    """One answered question as the student sees it afterwards: the key, the explanation, the facts."""

    position: int
    question: Question
    answer: dict
    right: list[str]
    given: list[str]
    explanation: object
    facts: list


def review(position: int, q: Question, answer: dict) -> Review:
    facts = [store().facts[f] for f in q.fact_ids]
    return Review(position=position, question=q, answer=answer, right=right_answer(q),
                  given=describe_response(q, answer["response"]),
                  explanation=render_inline(q.explanation, store(), fact_url, Notes()), facts=facts)


def panel(template: str, status: int = 200, **ctx):
    """The question panel alone for an htmx swap, the whole page otherwise."""
    if request.htmx and request.htmx.target == "quiz-panel":
        return render_template(f"quiz/_{template}.html", **ctx), status
    return render_template(f"quiz/{template}.html", **ctx), status


# --- start --------------------------------------------------------------------------------------

def start_page(error: str | None = None, status: int = 200, form: dict | None = None):
    resumable = []
    for aid in session.get("attempts", []):
        a = db.get_attempt(db.get_db(), aid)
        if a is not None and a["assignment_id"] is None:
            resumable.append({"id": aid, "scope": scope_title(a["scope"]), "done": len(a["answers"]),
                              "length": a["length"], "finished": a["finished_at"] is not None})
    return render_template("quiz/start.html", modules=list(store().modules.values()), topics=bank().topics,
                           lengths=LENGTHS, resumable=resumable, error=error, form=form or {}), status


def scope_title(text: str) -> str:
    kind, _, value = text.partition(":")
    if kind == "assignment":
        asg = assignment_by_id(n) if (n := whole_number(value, 12)) is not None else None
        return asg["opts"].title if asg else "Assignment"
    try:
        return Scope.parse(text, store(), bank()).describe(store())
    except AnswerError:
        return text


@bp.get("/")
def start():
    return start_page()


@bp.post("/")
@limiter.limit("30/minute")
def create():
    form = request.form
    try:
        scope = Scope.parse(form.get("scope", "mixed"), store(), bank())
    except AnswerError as e:
        return start_page(str(e), 400, form)
    length = form.get("length", "10")
    if whole_number(length, 3) not in LENGTHS:
        return start_page(f"Choose a length of {', '.join(map(str, LENGTHS))} questions.", 400, form)
    seed_text = form.get("seed", "").strip()
    if seed_text and whole_number(seed_text, 12) is None:
        return start_page("That quiz number is not valid; leave it empty for a new quiz.", 400, form)
    seed = int(seed_text) if seed_text else secrets.randbelow(10**9)
    layout = draw(bank(), store(), scope, int(length), seed)
    if not layout:
        return start_page("There are no questions for that choice yet: pick another.", 400, form)
    attempt_id = secrets.token_urlsafe(12)
    db.create_attempt(db.get_db(), attempt_id, str(scope), seed, layout)
    remember(attempt_id)
    return redirect(url_for("quiz.attempt", attempt_id=attempt_id), 303)


# --- one question at a time ----------------------------------------------------------------------

def question_ctx(a: dict, position: int, error: str | None = None, typed: str = "", saved: bool = False) -> dict:
    entry = a["layout"][position]
    q = questions_of(a).get(entry["q"])
    if q is None:  # the bank changed under a running attempt: tell the student instead of failing
        abort(410, "This quiz uses a question that has since been removed; please start a new quiz.")
    deadline = a.get("deadline")
    ends = when_text(dt.datetime.fromtimestamp(deadline, dt.timezone.utc)) + " (UTC)" if deadline else None
    return {"attempt": a, "position": position, "view": shown(q, entry), "error": error, "typed": typed,
            "scope": scope_title(a["scope"]), "ends": ends, "saved": saved}


@bp.get("/a/<attempt_id>")
def attempt(attempt_id: str):
    a = expire_if_late(load_attempt(attempt_id))
    position = len(a["answers"])
    if a["finished_at"] is not None or position >= a["length"]:
        return redirect(url_for("quiz.results", attempt_id=attempt_id), 303)
    remember(attempt_id)
    return panel("question", **question_ctx(a, position, saved=request.args.get("saved") == "1"))


def expire_if_late(a: dict) -> dict:
    """An attempt past its time limit or close date ends: unanswered questions score nothing."""
    if a["finished_at"] is None and a.get("deadline") is not None and time.time() > a["deadline"]:
        db.finish_attempt(db.get_db(), a["id"])
        return load_attempt(a["id"])
    return a


@bp.post("/a/<attempt_id>/answer")
@limiter.limit("120/minute")
def answer(attempt_id: str):
    a = load_attempt(attempt_id)
    pos_text = request.form.get("position", "")
    position = whole_number(pos_text, 4)
    if position is None or position >= a["length"]:
        abort(400, "This answer did not say which question it is for. Reload the quiz and try again.")
    current = len(a["answers"])
    if position < current:
        # Already answered: a resend of the same answer shows its feedback again; a new one is refused.
        entry = a["layout"][position]
        q = questions_of(a).get(entry["q"])
        try:
            response = read_answer(q, entry, request.form) if q else None
        except AnswerError:
            response = None
        if response is None or response != a["answers"][position]["response"]:
            return refuse(a, "changed")
        return feedback_response(a, position)
    if a.get("deadline") is not None and time.time() > a["deadline"]:
        return refuse(expire_if_late(a), "expired")
    if position > current:
        return refuse(a, "out-of-order")
    if a["finished_at"] is not None:
        return refuse(a, "finished")
    entry = a["layout"][position]
    q = questions_of(a).get(entry["q"])
    if q is None:
        abort(410, "This quiz uses a question that has since been removed; please start a new quiz.")
    try:
        response = read_answer(q, entry, request.form)
    except AnswerError as e:
        typed = request.form.get("answer", "") if q.type == "numeric" else ""
        return panel("question", 422, **question_ctx(a, position, str(e), typed[:200]))
    s = score(q, response)
    try:
        db.submit_answer(db.get_db(), attempt_id, position, q.id, s.response, s.correct, s.score)
    except db.AnswerRefused as e:
        return refuse(load_attempt(attempt_id), e.reason)
    return feedback_response(load_attempt(attempt_id), position)


def feedback_response(a: dict, position: int):
    each, _ = timing(a)
    if not each:  # feedback comes later: go straight on to the next question (or the end)
        nxt = len(a["answers"])
        if a["finished_at"] is None and nxt < a["length"] and request.htmx:
            return panel("question", **question_ctx(a, nxt, saved=True))
        if a["finished_at"] is None and nxt < a["length"]:
            return redirect(url_for("quiz.attempt", attempt_id=a["id"], saved=1), 303)
        if request.htmx:
            return "", 204, {"HX-Redirect": url_for("quiz.results", attempt_id=a["id"])}
        return redirect(url_for("quiz.results", attempt_id=a["id"]), 303)
    if request.htmx:
        return panel("feedback", **feedback_ctx(a, position))
    return redirect(url_for("quiz.feedback", attempt_id=a["id"], position=position), 303)


def refuse(a: dict, reason: str):
    status, message = REFUSALS[reason]
    return panel("refused", status, attempt=a, message=message, finished=a["finished_at"] is not None,
                 scope=scope_title(a["scope"]))


def feedback_ctx(a: dict, position: int) -> dict:
    ans = a["answers"][position]
    q = questions_of(a).get(ans["question_id"])
    if q is None:
        abort(410, "This question has since been removed from the bank.")
    finished = a["finished_at"] is not None
    return {"attempt": a, "r": review(position, q, ans), "finished": finished, "scope": scope_title(a["scope"])}


@bp.get("/a/<attempt_id>/feedback/<int:position>")
def feedback(attempt_id: str, position: int):
    a = load_attempt(attempt_id)
    if position >= len(a["answers"]) or not timing(a)[0]:
        return redirect(url_for("quiz.attempt", attempt_id=attempt_id), 303)
    return panel("feedback", **feedback_ctx(a, position))


# --- results --------------------------------------------------------------------------------------

@bp.get("/a/<attempt_id>/results")
def results(attempt_id: str):
    a = expire_if_late(load_attempt(attempt_id))
    if a["finished_at"] is None and len(a["answers"]) < a["length"]:
        return redirect(url_for("quiz.attempt", attempt_id=attempt_id), 303)
    _, show_review = timing(a)
    asg = assignment_of(a)
    if not show_review:
        return render_template("quiz/results_later.html", attempt=a, scope=scope_title(a["scope"]),
                               closes=when_text(asg["opts"].closes_at) if asg and asg["opts"].closes_at else None)
    reviews = []
    for ans in a["answers"]:
        q = questions_of(a).get(ans["question_id"])
        if q is not None:
            reviews.append(review(ans["position"], q, ans))
    total = sum(ans["score"] for ans in a["answers"])
    missed = [r for r in reviews if not r.answer["correct"]]
    missed_facts = {f for r in missed for f in r.question.fact_ids}
    revisit = [m for m in store().modules.values() if missed_facts & set(module_fact_ids(m))]
    topics = sorted({t for r in missed for t in r.question.topics})
    return render_template("quiz/results.html", attempt=a, reviews=reviews, total=total, revisit=revisit,
                           topics=topics, scope=scope_title(a["scope"]),
                           correct=sum(1 for ans in a["answers"] if ans["correct"]))


# --- joining an assignment with a code -------------------------------------------------------------

def join_page(code: str = "", name: str = "", error: str | None = None, status: int = 200, field: str = ""):
    return render_template("quiz/join.html", code=code[:40], name=name[:40], error=error, field=field), status


@bp.get("/join")
@bp.get("/join/<code>")
def join(code: str = ""):
    return join_page(request.args.get("code", code))


def code_key() -> str:
    """Rate-limit key for joins at one assignment code (whoever sends them)."""
    return "join-code:" + (normalise_code(request.form.get("code", "")[:40]) or "-")


@bp.post("/join")
@limiter.limit("30/minute")  # per address
@limiter.limit("100/hour", deduct_when=lambda resp: resp.status_code == 404)  # wrong codes, per address
@limiter.limit("120/minute", key_func=code_key)  # per code: a whole class may join at once, no more
def join_post():
    typed_code, typed_name = request.form.get("code", "")[:40], request.form.get("name", "")[:200]
    code = normalise_code(typed_code)
    asg = db.assignment_by_code(db.get_db(), code) if code else None
    if asg is None:
        return join_page(typed_code, typed_name, "There is no assignment with that code. Check it with your "
                         "teacher: codes have six letters and digits, e.g. K7PX3M.", 404, "code")
    opts = AssignmentOptions.model_validate(asg["options"])
    state, message = status_of(opts, utcnow())
    if state != "open":
        return join_page(typed_code, typed_name, message, 410 if state == "closed" else 409, "code")
    name = clean_display_name(typed_name)
    if name is None:
        return join_page(typed_code, typed_name, "Give the name your teacher will see: 1 to 40 letters, "
                         "digits or spaces.", 400, "name")
    # This browser's unfinished attempt at the same assignment under the same name is resumed.
    for aid in session.get("attempts", []):
        a = db.get_attempt(db.get_db(), aid)
        if (a and a["assignment_id"] == asg["id"] and a["finished_at"] is None
                and (a["display_name"] or "").lower() == name.lower()):
            return redirect(url_for("quiz.attempt", attempt_id=aid), 303)
    questions = [Question.model_validate(q) for q in asg["questions"]]
    seed = secrets.randbelow(10**9)
    attempt_id = secrets.token_urlsafe(12)
    made = db.create_assignment_attempt(db.get_db(), attempt_id, asg["id"], seed,
                                        assignment_layout(questions, opts, seed), name,
                                        deadline_for(opts, time.time()), opts.attempts)
    if not made:
        n = opts.attempts
        return join_page(typed_code, typed_name, f"{name} has already used {'the' if n == 1 else 'all'} "
                         f"{n} attempt{'s' if n != 1 else ''} at this assignment.", 409, "name")
    remember(attempt_id)
    return redirect(url_for("quiz.attempt", attempt_id=attempt_id), 303)
