"""The students' face: start a quiz, answer one question at a time, read the results.

Every step is a plain page with a plain form; htmx swaps just the question panel when JavaScript is
on. The rules of an attempt live in attempts.py; this module reads input, calls it and renders.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import secrets
import time
from dataclasses import dataclass, replace

from flask import Blueprint, abort, current_app, g, redirect, render_template, request, url_for
from markupsafe import Markup

from .. import attempts, db, identity
from ..assignments import when_text
from ..attempts import AnswerRefused, Assignment, Attempt, QuestionGone, utcnow
from ..bank import Bank
from ..facts import module_fact_ids
from ..marks import at_a_glance, row_marks
from ..numbers import whole_number
from ..practice import practice_draw
from ..prose import explained, note_anchor
from ..quiz import (LENGTHS, AnswerError, QuizScope, describe_response, explanation_text, feedback_for,
                    right_answer, shown, topic_title)
from ..schemas import Question
from ..web import browser_key, browser_token, limiter, store

bp = Blueprint("quiz", __name__, url_prefix="/quiz")
REMEMBERED = 10  # attempts a browser lists for resuming
REFUSAL_STATUS = {"missing": 404}  # every other refused answer is a 409 Conflict
GONE = "This quiz uses a question that has since been removed; please start a new quiz."


def bank() -> Bank:
    return current_app.extensions["sourced"].bank


def assignment_of(a: Attempt) -> Assignment | None:
    """The assignment an attempt belongs to (read once per request), or None for a free quiz."""
    if a.assignment_id is None:
        return None
    cache = g.setdefault("assignments", {})
    if a.assignment_id not in cache:
        cache[a.assignment_id] = db.get_assignment(db.get_db(), a.assignment_id)
    return cache[a.assignment_id]


def questions_of(a: Attempt) -> dict[str, Question]:
    """Where an attempt's questions come from: its assignment's frozen copy, else the bank."""
    if a.assignment_id is not None:
        asg = assignment_of(a)
        return asg.questions if asg else {}
    return bank().questions


def timing(a: Attempt) -> tuple[bool, bool]:
    return attempts.feedback_timing(a, assignment_of(a))


def fact_url(fact_id: str) -> str:
    return url_for("explain.fact", fact_id=fact_id)


def browser_owner(create: bool = False) -> str | None:
    """This browser's owner digest, from the random token in its signed session (made on first need)."""
    return identity.owner_of(browser_token(create))


def load_attempt(attempt_id: str) -> Attempt:
    """The attempt, if this browser started it: its id alone authorises nothing (404 otherwise)."""
    a = db.get_attempt(db.get_db(), attempt_id) if len(attempt_id) <= 64 else None
    if a is None or not a.belongs_to(browser_owner()):
        abort(404)
    return a


@dataclass
class Review:
    """One answered question as the student sees it afterwards: the key, the explanation, the facts."""

    position: int
    question: Question
    answer: attempts.Answer
    right: list[str]
    given: list[str]
    explanation: object
    facts: list
    rows: list | None = None  # per-row marks of an ordering or matching answer
    feedback: list[str] | None = None  # what the question's author wrote for this answer (imported questions)
    html: Markup | None = None  # all of the above as quiz/_review.html shows it
    anchor: str = "note-"  # the explanation's note markers link to the sources listed as #<anchor><n>
    answered: bool = True  # False: time ran out first (the key and explanation are still shown)

    @property
    def number(self) -> int:
        return self.position + 1

    @property
    def verdict(self) -> str:
        if not self.answered:
            return "unanswered"
        return "right" if self.answer.correct else "partial" if self.answer.score > 0 else "wrong"


def review(q: Question, answer: attempts.Answer, answered: bool = True) -> Review:
    anchor = note_anchor(q.id)
    explanation, facts = explained(explanation_text(q, store()), q.fact_ids, store(), fact_url, anchor)
    if not answered:
        return Review(position=answer.position, question=q, answer=answer, right=right_answer(q),
                      given=["Not answered."], explanation=explanation, facts=facts,
                      anchor=anchor, answered=False)
    return Review(position=answer.position, question=q, answer=answer, right=right_answer(q),
                  given=describe_response(q, answer.response), explanation=explanation, facts=facts, anchor=anchor,
                  rows=row_marks(q, answer.response),
                  feedback=feedback_for(q, answer.response, bool(answer.correct), answer.score))


# A reviewed answer reads the same for everyone who gave the same answer to the same question (the
# key, the explanation, the sources: a function of the content, fixed until a teacher publishes, when
# the store is another object). Rendered once per worker: half the CPU of an answer's feedback panel.
MAX_REVIEWS = 4096
_reviews: dict[tuple, Review] = {}
_reviews_of: list = [None]  # the store the remembered reviews were made from


def reviewed(q: Question, answer: attempts.Answer) -> Review:
    """review(q, answer) with its panel rendered (r.html), remembered per question and answer given."""
    s = store()
    if _reviews_of[0] is not s or len(_reviews) >= MAX_REVIEWS:
        _reviews.clear()
        _reviews_of[0] = s
    key = (id(q), json.dumps(answer.response, sort_keys=True), bool(answer.correct), answer.score)
    hit = _reviews.get(key)
    if hit is not None and hit.question is q:
        return replace(hit, position=answer.position, answer=answer)
    r = review(q, answer)
    r.html = Markup(render_template("quiz/_review.html", r=r))
    _reviews[key] = r
    return r


def not_answered(q: Question, position: int) -> Review:
    """A question the time ran out on, reviewed as an answered one is: its key, why, its sources."""
    r = review(q, attempts.Answer(position, q.id, {}, False, 0.0, 0.0), answered=False)
    r.html = Markup(render_template("quiz/_review.html", r=r))
    return r


def panel(template: str, status: int = 200, **ctx):
    """The question panel alone for an htmx swap, the whole page otherwise."""
    if request.htmx and request.htmx.target == "quiz-panel":
        return render_template(f"quiz/_{template}.html", **ctx), status
    return render_template(f"quiz/{template}.html", **ctx), status


# --- start --------------------------------------------------------------------------------------

def start_page(error: str | None = None, status: int = 200, form: dict | None = None):
    resumable = []
    for aid in db.owned_attempts(db.get_db(), browser_owner(), REMEMBERED):
        a = db.get_attempt(db.get_db(), aid)
        if a is not None and a.assignment_id is None:
            resumable.append({"id": aid, "scope": scope_title(a), "done": a.position, "length": a.length,
                              "finished": a.finished_at is not None})
    # each topic by its title, in order; a topic that is also a module (the "I Want to Live" project) is offered once, as the module
    topics = sorted(((t, topic_title(t, store())) for t in bank().topics if t not in store().modules), key=lambda x: x[1].lower())
    return render_template("quiz/start.html", modules=list(store().modules.values()), topics=topics,
                           lengths=LENGTHS, resumable=resumable, error=error, form=form or {}), status


def scope_title(a: Attempt) -> str:
    if a.assignment_id is not None:
        asg = assignment_of(a)
        return asg.title if asg else "Assignment"
    try:
        return QuizScope.parse(a.scope, store(), bank()).describe(store())
    except AnswerError:
        return a.scope


@bp.get("/")
def start():
    return start_page()


@bp.post("/")
@limiter.limit("30/minute", key_func=browser_key)  # per browser
@limiter.limit("300/minute")  # per address: a class behind one school address starts practice together
def create():
    form = request.form
    try:
        scope = QuizScope.parse(form.get("scope", "mixed"), store(), bank())
    except AnswerError as e:
        return start_page(str(e), 400, form)
    length = form.get("length", "10")
    if whole_number(length, 3) not in LENGTHS:
        return start_page(f"Choose a length of {', '.join(map(str, LENGTHS))} questions.", 400, form)
    seed_text = form.get("seed", "").strip()
    if seed_text and whole_number(seed_text, 12) is None:
        return start_page("That quiz number is not valid; leave it empty for a new quiz.", 400, form)
    seed = int(seed_text) if seed_text else secrets.randbelow(10**9)
    held = db.held_back_question_ids(db.get_db(), utcnow())
    layout = practice_draw(bank(), store(), scope, int(length), seed, held)
    if not layout:
        return start_page("There are no questions for that choice yet: pick another.", 400, form)
    a = attempts.start_practice(db.get_db(), str(scope), seed, layout, browser_owner(create=True))
    fewer = {"asked": length} if len(layout) < int(length) else {}
    return redirect(url_for("quiz.attempt", attempt_id=a.id, **fewer), 303)


# --- one question at a time ----------------------------------------------------------------------

def question_ctx(a: Attempt, position: int, error: str | None = None, typed: str = "", saved: bool = False) -> dict:
    try:
        q = attempts.question_at(a, position, questions_of(a))
    except QuestionGone:  # the bank changed under a running attempt: tell the student instead of failing
        abort(410, GONE)
    return {"attempt": a, "position": position, "view": shown(q, a.layout[position]), "images": q.images,
            "prompt_html": q.prompt_html, "error": error,
            "typed": typed, "scope": scope_title(a), "clock": clock(a), "saved": saved}


def clock(a: Attempt) -> dict | None:
    """The countdown as the server sees it: shown on every page, kept live by static/quiz.js."""
    if a.deadline is None:
        return None
    left = max(0, int(a.deadline - time.time()))
    return {"ends": when_text(dt.datetime.fromtimestamp(a.deadline, dt.timezone.utc)) + " (UTC)",
            "deadline_ms": int(a.deadline * 1000), "left": f"{left // 60} min {left % 60:02d} s",
            "minutes": left // 60, "seconds": left % 60}


@bp.get("/images/<image_id>")
def image(image_id: str):
    """A picture of an imported question, with the type its bytes were checked to be: never sniffed,
    never run (an image needs no script), cached for a day (its id is its content's digest)."""
    got = db.question_image(db.get_db(), image_id) if re.fullmatch(r"[a-f0-9]{64}", image_id) else None
    if got is None:
        abort(404)
    resp = current_app.response_class(got[1], mimetype=got[0])
    resp.headers["X-Content-Type-Options"] = "nosniff"
    resp.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    resp.headers["Cache-Control"] = "public, max-age=86400, immutable"
    return resp


@bp.get("/a/<attempt_id>")
def attempt(attempt_id: str):
    a = attempts.expire_if_late(db.get_db(), load_attempt(attempt_id))
    if a.finished:
        return redirect(url_for("quiz.results", attempt_id=attempt_id), 303)
    asked = whole_number(request.args.get("asked", ""), 3)
    fewer = asked if asked and asked > a.length and a.position == 0 else None
    return panel("question", fewer=fewer, **question_ctx(a, a.position, saved=request.args.get("saved") == "1"))


@bp.post("/a/<attempt_id>/answer")
@limiter.limit("120/minute", key_func=browser_key)  # per browser (what an answer can write is bounded by
# its attempt's length, and attempts by the per-address limit on starting one: no per-address limit here)
def answer(attempt_id: str):
    a = load_attempt(attempt_id)
    position = whole_number(request.form.get("position", ""), 4)
    if position is None or position >= a.length:
        abort(400, "This answer did not say which question it is for. Reload the quiz and try again.")
    try:
        a = attempts.submit(db.get_db(), a, position, request.form, questions_of(a))
    except AnswerRefused as e:
        return refuse(load_attempt(attempt_id), e)
    except AnswerError as e:
        typed = request.form.get("answer", "")  # shown again only by a question that types its answer
        return panel("question", 422, **question_ctx(a, position, str(e), typed[:200]))
    except QuestionGone:
        abort(410, GONE)
    return feedback_response(a, position)


def feedback_response(a: Attempt, position: int):
    each, _ = timing(a)
    if each:
        here = url_for("quiz.feedback", attempt_id=a.id, position=position)
        if request.htmx:  # the address bar shows the feedback, so a reload shows it again, not the next question
            body, status = panel("feedback", **feedback_ctx(a, position))
            return body, status, {"HX-Push-Url": here}
        return redirect(here, 303)
    # feedback comes later: go straight on to the next question (or the end)
    if not a.finished:
        if request.htmx:
            return panel("question", **question_ctx(a, a.position, saved=True))
        return redirect(url_for("quiz.attempt", attempt_id=a.id, saved=1), 303)
    if request.htmx:
        return "", 204, {"HX-Redirect": url_for("quiz.results", attempt_id=a.id)}
    return redirect(url_for("quiz.results", attempt_id=a.id), 303)


def refuse(a: Attempt, e: AnswerRefused):
    return panel("refused", REFUSAL_STATUS.get(e.reason, 409), attempt=a, message=str(e),
                 finished=a.finished_at is not None, scope=scope_title(a), expired=e.reason == "expired")


def feedback_ctx(a: Attempt, position: int) -> dict:
    ans = a.answers[position]
    q = questions_of(a).get(ans.question_id)
    if q is None:
        abort(410, "This question has since been removed from the bank.")
    return {"attempt": a, "r": reviewed(q, ans), "finished": a.finished_at is not None, "scope": scope_title(a),
            "clock": None if a.finished else clock(a),
            # the bot's panel here is about the fact the question rests on ("who says so?", "why?")
            "ask_about": f"fact:{q.fact_ids[0]}" if q.fact_ids else None}


@bp.get("/a/<attempt_id>/feedback/<int:position>")
def feedback(attempt_id: str, position: int):
    a = load_attempt(attempt_id)
    if position >= a.position or not timing(a)[0]:
        return redirect(url_for("quiz.attempt", attempt_id=attempt_id), 303)
    return panel("feedback", **feedback_ctx(a, position))


# --- results --------------------------------------------------------------------------------------

@bp.get("/a/<attempt_id>/results")
def results(attempt_id: str):
    a = attempts.expire_if_late(db.get_db(), load_attempt(attempt_id))
    if not a.finished:
        return redirect(url_for("quiz.attempt", attempt_id=attempt_id), 303)
    _, show_review = timing(a)
    asg = assignment_of(a)
    if not show_review:
        return render_template("quiz/results_later.html", attempt=a, scope=scope_title(a), again=next_attempt(a, asg),
                               closes=when_text(asg.options.closes_at) if asg and asg.options.closes_at else None)
    questions = questions_of(a)
    reviews = [reviewed(questions[ans.question_id], ans) for ans in a.answers if ans.question_id in questions]
    done = {ans.position for ans in a.answers}
    reviews += [not_answered(questions[e["q"]], pos) for pos, e in enumerate(a.layout)
                if pos not in done and e["q"] in questions]
    reviews.sort(key=lambda r: r.position)
    missed = [r for r in reviews if not r.answer.correct]
    missed_facts = {f for r in missed for f in r.question.fact_ids}
    revisit = [m for m in store().modules.values() if missed_facts & set(module_fact_ids(m))]
    topics = [topic_title(t, store()) for t in sorted({t for r in missed for t in r.question.topics})]
    return render_template("quiz/results.html", attempt=a, reviews=reviews, revisit=revisit, topics=topics,
                           scope=scope_title(a), glance=at_a_glance(a, asg.options.pass_mark if asg else None),
                           again=next_attempt(a, asg))


def next_attempt(a: Attempt, asg: Assignment | None) -> dict | None:
    """After an assignment's attempt: how many more this student may start, and whether it is open."""
    if asg is None:
        return None
    return {"left": attempts.attempts_left_after(db.get_db(), asg, a), "open": asg.status()[0] == "open",
            "code": asg.code, "roster": bool(db.get_roster(db.get_db(), asg.id)), "name": a.display_name or ""}


# --- joining an assignment with a code: the pages live at /join (views/join.py) ----------------------

@bp.get("/join")
@bp.get("/join/<code>")
def join(code: str = ""):
    code = request.args.get("code", code)[:40]
    return redirect(url_for("join.page", code=code) if code else url_for("join.page"), 303)


@bp.post("/join")
def join_post():
    from .join import start_post  # the same limits as /join: one way in, one set of rules
    return start_post()
