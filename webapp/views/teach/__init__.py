"""The teachers' face: sign-in, and behind it question sets, own questions, assignments, results, exchange."""
from __future__ import annotations

import datetime as dt
import functools
from urllib.parse import urlsplit

from flask import Blueprint, abort, current_app, g, redirect, render_template, request, session, url_for
from pydantic import ValidationError

from ... import db
from ...accounts import AccountError, authenticate, set_password
from ...attempts import Assignment, utcnow
from ...facts import module_fact_ids
from ...prose import explained, note_anchor
from ...quiz import explanation_text, right_answer
from ...schemas import Question
from ...web import limiter, store
from . import auth as teach_session

bp = Blueprint("teach", __name__, url_prefix="/teach")
bp.before_app_request(teach_session.load_teacher)  # the session is checked against the database
bp.after_request(teach_session.no_store)


def login_required(view):
    """Send anyone not signed in to the sign-in page, then back here."""
    @functools.wraps(view)
    def wrapped(**kwargs):
        if g.teacher is None:
            return redirect(url_for("teach.sign_in", next=request.full_path.rstrip("?")), code=303)
        return view(**kwargs)
    return wrapped


def safe_next(target: str | None) -> str:
    """Only same-site paths under /teach/ are followed after signing in."""
    if target:
        parts = urlsplit(target)
        if (not parts.scheme and not parts.netloc and target.startswith("/teach/") and "\\" not in target
                and target.isprintable() and len(target) <= 2000):
            return target
    return url_for("teach.home")


@bp.errorhandler(429)
def too_many_attempts(e):
    if request.endpoint != "teach.sign_in":
        from ...web import error_page
        return error_page(429, "Too many requests: please wait a moment and try again.")
    return sign_in_page(request.form.get("email", "")[:254], request.form.get("next", ""),
                        "Too many sign-in attempts from here. Wait a minute, then try again.", 429)


def sign_in_page(email: str, next_url: str, error: str | None = None, status: int = 200):
    return render_template("teach/sign_in.html", email=email, next=next_url, error=error), status


# Per address, every sign-in counts (one atomic increment, so the limit holds across workers); a
# browser the teacher has signed in from before is exempt, so guessing cannot keep her out.
LIMIT_OPTS = {"methods": ["POST"], "exempt_when": teach_session.exempt_known_device}


@bp.route("/sign-in", methods=["GET", "POST"])
@limiter.limit("10/minute", **LIMIT_OPTS)
@limiter.limit("50/hour", **LIMIT_OPTS)
def sign_in():
    next_url = request.values.get("next", "")
    if request.method == "GET":
        if g.teacher:
            return redirect(safe_next(next_url), code=303)
        return sign_in_page("", next_url)
    email = request.form.get("email", "")[:254]
    if wait := teach_session.throttle_wait(email):
        return sign_in_page(email, next_url, f"Too many failed sign-ins for this account from here: wait {wait} "
                            "seconds, then try again.", 429)
    teacher = authenticate(db.get_db(), email, request.form.get("password", ""))
    teach_session.record_sign_in(email, teacher is not None)
    if teacher is None:
        return sign_in_page(email, next_url, "That email and password do not match an account.", 400)
    teach_session.start_session(teacher)
    return teach_session.remember_device(redirect(safe_next(next_url), code=303), email)


@bp.post("/sign-out")
def sign_out():
    """Ends this teacher's sessions everywhere: a copy of the cookie no longer works either."""
    if g.teacher:
        teach_session.end_sessions(g.teacher["id"])
    session.clear()
    return redirect(url_for("explain.home"), code=303)


@bp.get("/")
@login_required
def home():
    return render_template("teach/home.html", **home_ctx(), changed=request.args.get("changed") == "1")


@bp.route("/password", methods=["GET", "POST"])
@login_required
@limiter.limit("10/minute", methods=["POST"])  # a borrowed session cannot try current passwords fast
def change_password():
    """A teacher's own password; changing it ends every other session (a copied cookie too)."""
    if request.method == "GET":
        return render_template("teach/password.html", error=None)
    current, new = request.form.get("current", "")[:250], request.form.get("new", "")[:250]
    error = None
    if authenticate(db.get_db(), g.teacher["email"], current) is None:
        error = "Your current password is not right."
    elif new != request.form.get("again", "")[:250]:
        error = "The two new passwords differ."
    else:
        try:
            set_password(db.get_db(), g.teacher["email"], new)
        except AccountError as e:
            error = str(e)
    if error:
        return render_template("teach/password.html", error=f"{error} Nothing was changed."), 400
    teach_session.start_session(g.teacher)  # this browser goes on under the new session version
    return redirect(url_for("teach.home", changed=1), 303)


# === question sets, questions, assignments, results ==================================================
# (the domain rules live in authoring.py and assignments.py; this is the web layer over them)

def tid() -> int:
    return g.teacher["id"]


def bank():
    return current_app.extensions["sourced"].bank


def my_questions(status: str = "ready") -> dict[str, Question]:
    out = {}
    for row in db.teacher_questions(db.get_db(), tid(), status):
        try:
            out[row["id"]] = Question.model_validate(row["body"])
        except ValidationError:  # a stored question the current schema refuses: leave it out of sets
            continue
    return out


def all_questions(mine: dict[str, Question] | None = None) -> dict[str, Question]:
    """What this teacher can put in a set: the bank, then their own questions."""
    return {**bank().questions, **(my_questions() if mine is None else mine)}


def module_facts() -> dict[str, set[str]]:
    return {m.id: set(module_fact_ids(m)) for m in store().modules.values()}


def fact_url(fact_id: str) -> str:
    return url_for("explain.fact", fact_id=fact_id)


@bp.app_template_global()
def preview_of(q: Question) -> dict:
    """A question with its answer key, explanation and cited facts (numbered as the explanation's note
    markers number them): for teachers only."""
    anchor = note_anchor(q.id)
    explanation, facts = explained(explanation_text(q, store()), q.fact_ids, store(), fact_url, anchor)
    return {"right": right_answer(q), "explanation": explanation, "facts": facts, "anchor": anchor}


def get_owned_set(set_id: int) -> dict:
    s = db.get_set(db.get_db(), tid(), set_id)
    if s is None:
        abort(404)
    return s


def get_owned_assignment(assignment_id: int) -> Assignment:
    a = db.get_assignment(db.get_db(), assignment_id, teacher_id=tid())
    if a is None:
        abort(404)
    return a


def _t(ts: float | None) -> str:
    return dt.datetime.fromtimestamp(ts, dt.timezone.utc).strftime("%Y-%m-%d %H:%M") if ts else ""


def home_ctx() -> dict:
    now = utcnow()
    published = db.list_assignments(db.get_db(), tid())
    statuses = [r["status"] for r in db.teacher_questions(db.get_db(), tid())]
    return {"sets": db.list_sets(db.get_db(), tid()), "assignments": published,
            "states": {a.id: a.status(now)[0] for a in published}, "archived": db.archived_ids(db.get_db(), tid()),
            "published": {a.id: _t(a.created_at) for a in published}, "deleted": request.args.get("deleted", "")[:6],
            "drafts": statuses.count("draft"), "mine": statuses.count("ready")}


# The rest of the face, one module per area; imported last so their routes land on `bp`.
from . import assignments, control, questions, sets  # noqa: E402,F401  (pyflakes: unused by design)
from . import roster  # noqa: E402,F401  (issue 14: class lists with personal codes)
