"""The students' face: start a quiz, answer one question at a time, read the results.

Every step is a plain page with a plain form; htmx swaps just the question panel when JavaScript is
on. Attempts live in the database from the first request, so a reload, a closed tab or a server
restart picks up where the student was.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass

from flask import Blueprint, abort, current_app, redirect, render_template, request, session, url_for

from .. import db
from ..bank import Bank
from ..facts import module_fact_ids
from ..prose import Notes, render_inline
from ..quiz import LENGTHS, AnswerError, Scope, describe_response, draw, read_answer, right_answer, score, shown
from ..schemas import Question
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
    if not length.isdigit() or len(length) > 3 or int(length) not in LENGTHS:
        return start_page(f"Choose a length of {', '.join(map(str, LENGTHS))} questions.", 400, form)
    seed_text = form.get("seed", "").strip()
    if seed_text and not (seed_text.isdigit() and len(seed_text) <= 12):
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

def question_ctx(a: dict, position: int, error: str | None = None, typed: str = "") -> dict:
    entry = a["layout"][position]
    q = bank().questions.get(entry["q"])
    if q is None:  # the bank changed under a running attempt: tell the student instead of failing
        abort(410, "This quiz uses a question that has since been removed; please start a new quiz.")
    return {"attempt": a, "position": position, "view": shown(q, entry), "error": error, "typed": typed,
            "scope": scope_title(a["scope"])}


@bp.get("/a/<attempt_id>")
def attempt(attempt_id: str):
    a = load_attempt(attempt_id)
    position = len(a["answers"])
    if a["finished_at"] is not None or position >= a["length"]:
        return redirect(url_for("quiz.results", attempt_id=attempt_id), 303)
    remember(attempt_id)
    return panel("question", **question_ctx(a, position))


@bp.post("/a/<attempt_id>/answer")
@limiter.limit("120/minute")
def answer(attempt_id: str):
    a = load_attempt(attempt_id)
    pos_text = request.form.get("position", "")
    if not pos_text.isdigit() or len(pos_text) > 4 or int(pos_text) >= a["length"]:
        abort(400, "This answer did not say which question it is for. Reload the quiz and try again.")
    position = int(pos_text)
    current = len(a["answers"])
    if position < current:
        # Already answered: a resend of the same answer shows its feedback again; a new one is refused.
        entry = a["layout"][position]
        q = bank().questions.get(entry["q"])
        try:
            response = read_answer(q, entry, request.form) if q else None
        except AnswerError:
            response = None
        if response is None or response != a["answers"][position]["response"]:
            return refuse(a, "changed")
        return feedback_response(a, position)
    if position > current:
        return refuse(a, "out-of-order")
    if a["finished_at"] is not None:
        return refuse(a, "finished")
    entry = a["layout"][position]
    q = bank().questions.get(entry["q"])
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
    if request.htmx:
        return panel("feedback", **feedback_ctx(a, position))
    return redirect(url_for("quiz.feedback", attempt_id=a["id"], position=position), 303)


def refuse(a: dict, reason: str):
    status, message = REFUSALS[reason]
    return panel("refused", status, attempt=a, message=message, finished=a["finished_at"] is not None,
                 scope=scope_title(a["scope"]))


def feedback_ctx(a: dict, position: int) -> dict:
    ans = a["answers"][position]
    q = bank().questions.get(ans["question_id"])
    if q is None:
        abort(410, "This question has since been removed from the bank.")
    finished = a["finished_at"] is not None
    return {"attempt": a, "r": review(position, q, ans), "finished": finished, "scope": scope_title(a["scope"])}


@bp.get("/a/<attempt_id>/feedback/<int:position>")
def feedback(attempt_id: str, position: int):
    a = load_attempt(attempt_id)
    if position >= len(a["answers"]):
        return redirect(url_for("quiz.attempt", attempt_id=attempt_id), 303)
    return panel("feedback", **feedback_ctx(a, position))


# --- results --------------------------------------------------------------------------------------

@bp.get("/a/<attempt_id>/results")
def results(attempt_id: str):
    a = load_attempt(attempt_id)
    if a["finished_at"] is None and len(a["answers"]) < a["length"]:
        return redirect(url_for("quiz.attempt", attempt_id=attempt_id), 303)
    reviews = []
    for ans in a["answers"]:
        q = bank().questions.get(ans["question_id"])
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
