"""Live class mode (issue 19): the teacher's projector and controls, and the students' pages.

The rules live in live.py; this reads input, calls it and renders. Students' pages poll
`/live/<code>/poll?v=N` every second: the answer is 204 (nothing) while the session's version is
still N — one indexed row read — and the new panel only when it moved. Without JavaScript the page
reloads itself (`<meta http-equiv="refresh">` inside <noscript>) except while a question waits for
an answer, so a half-filled form is never wiped.
"""
from __future__ import annotations

import time

import segno
from flask import Blueprint, abort, g, redirect, render_template, request, url_for

from .. import db, live
from ..assignments import new_join_code, normalise_code
from ..giveaways import give_aways
from ..live import LiveRefused, LiveSession, Participant
from ..numbers import whole_number
from ..quiz import AnswerError, describe_response, feedback_for, right_answer, shown
from ..web import browser_key, limiter, store
from .quiz import browser_owner
from .teach import all_questions, login_required, tid

bp = Blueprint("live", __name__, url_prefix="/live")
POLL_SECONDS = 1.0
REFUSED_STATUS = {"code": 404, "finished": 410, "name": 400, "name-taken": 409}


def participant_id() -> str:
    """This browser's id in live sessions: the same per-browser identity as assignments (the digest
    of the random token in its signed session; views/quiz.browser_owner)."""
    return browser_owner(create=True)


def live_code(typed: str) -> str | None:
    """The live session's code if `typed` is one (the join page sends those here)."""
    code = normalise_code(typed)
    return code if code and db.live_version(db.get_db(), code) else None


def join_address() -> str:
    """The short address students type, as the projector shows it: /join takes live codes too."""
    return request.host + url_for("join.page")


def session_by_code(code: str) -> LiveSession:
    s = db.live_session_by_code(db.get_db(), normalise_code(code) or "")
    if s is None:
        abort(404)
    return s


def owned(session_id: int) -> LiveSession:
    s = db.get_live_session(db.get_db(), session_id, teacher_id=tid())
    if s is None:
        abort(404)
    return s


# --- the teacher: start, projector, steps ----------------------------------------------------------------

def new_page(error: str | None = None, status: int = 200):
    sets = db.list_sets(db.get_db(), tid())
    return render_template("live/new.html", sets=sets, timers=live.TIMERS, giveaways=set_giveaways(sets),
                           sessions=db.list_live_sessions(db.get_db(), tid()), error=error), status


def set_giveaways(sets: list[dict]) -> list[tuple[dict, list]]:
    """Sets whose questions give away each other's answers: a live reveal shows each answer to the class."""
    pool, out = all_questions(), []
    for row in sets:
        s = db.get_set(db.get_db(), tid(), row["id"])
        found = [g for g in give_aways([pool.get(q) for q in s["questions"]], store()) if g.in_live] if s else []
        if found:
            out.append((row, found))
    return out


@bp.get("/new")
@login_required
def new():
    return new_page()


@bp.post("/new")
@login_required
def create():
    s = db.get_set(db.get_db(), tid(), whole_number(request.form.get("set_id", ""), 9) or 0)
    if s is None:
        return new_page("Choose one of your question sets.", 400)
    timer = whole_number(request.form.get("timer", ""), 4)
    pool = all_questions()
    questions = [pool[q] for q in s["questions"] if q in pool]
    try:
        ls = live.start(db.get_db(), tid(), s["id"], s["title"], questions, timer,
                        request.form.get("leaderboard") == "on", new_join_code)
    except LiveRefused as e:
        return new_page(str(e), 400)
    return redirect(url_for("live.projector", session_id=ls.id), 303)


def projector_ctx(s: LiveSession) -> dict:
    now = time.time()
    joined, answered = db.live_counts(db.get_db(), s.id, max(s.position, 0))
    ctx = {"s": s, "joined": joined, "answered": answered, "left": s.seconds_left(now),
           "open": s.open_for_answers(now), "people": db.live_participants(db.get_db(), s.id),
           "key": f"{s.version}.{joined}.{answered}.{s.seconds_left(now)}", "poll": POLL_SECONDS}
    if s.stage == "lobby":
        url = request.host_url.rstrip("/") + url_for("join.page", code=s.code)  # /join/CODE leads to the live page
        ctx.update(address=join_address(), join_url=url,
                   qr=segno.make(url, error="m").svg_inline(scale=10, border=2, title="QR code: " + url))
    q = s.question
    if q is not None:
        ctx.update(q=q, view=shown(q, s.entry))
    if s.stage == "revealed":
        bars = live.tally(q, db.position_responses(db.get_db(), s.id, s.position))
        ctx.update(right=right_answer(q), chart=live.tally_svg(bars, f"The class's answers: {answered} in all"),
                   bars=bars, cited=live.cited_facts(q, store().facts))
    if s.stage == "finished":
        ctx["results"] = live.class_results(s, people_attempts(s))
    return ctx


def people_attempts(s: LiveSession) -> list:
    out = []
    for p in db.live_participants(db.get_db(), s.id):
        a = db.get_attempt(db.get_db(), p.attempt_id)
        if a is not None:
            out.append((p, a))
    return out


@bp.get("/s/<int:session_id>")
@login_required
def projector(session_id: int):
    s = owned(session_id)
    if request.htmx:
        return render_template("live/_projector.html", **projector_ctx(s))
    return render_template("live/projector.html", **projector_ctx(s))


@bp.get("/s/<int:session_id>/poll")
@login_required
def projector_poll(session_id: int):
    s = owned(session_id)
    ctx = projector_ctx(s)
    if request.args.get("k") == ctx["key"]:
        return "", 204
    return render_template("live/_projector.html", **ctx)


@bp.post("/s/<int:session_id>/step")
@login_required
def step(session_id: int):
    s = owned(session_id)
    try:
        live.step(db.get_db(), s, request.form.get("action", ""), whole_number(request.form.get("v", ""), 9) or 0)
    except LiveRefused:
        pass  # a second click or another tab got there first: show where the session is now
    return redirect(url_for("live.projector", session_id=s.id), 303)


@bp.post("/s/<int:session_id>/remove")
@login_required
def remove(session_id: int):
    s = owned(session_id)
    db.remove_live_participant(db.get_db(), s.id, request.form.get("attempt", "")[:40])
    return redirect(url_for("live.projector", session_id=s.id), 303)


# --- students: join, the live page, answering ----------------------------------------------------------

def join_page(code: str = "", name: str = "", error: str | None = None, status: int = 200, field: str = ""):
    return render_template("live/join.html", code=code[:40], name=name[:40], error=error, field=field), status


@bp.get("/join")
@bp.get("/join/<code>")
def join(code: str = ""):
    return join_page(request.args.get("code", code))


@bp.post("/join")
@limiter.limit("30/minute", key_func=browser_key)  # per browser
@limiter.limit("600/minute")  # per address: a class behind one school address joins in the same minute
def join_post():
    typed_code, typed_name = request.form.get("code", "")[:40], request.form.get("name", "")[:200]
    s = db.live_session_by_code(db.get_db(), normalise_code(typed_code) or "")
    try:
        if s is None:
            raise LiveRefused("code")
        live.join(db.get_db(), s, participant_id(), typed_name)
    except LiveRefused as e:
        field = "name" if e.reason.startswith("name") else "code"
        return join_page(typed_code, typed_name, str(e), REFUSED_STATUS.get(e.reason, 409), field)
    return redirect(url_for("live.student", code=s.code), 303)


def me(s: LiveSession) -> Participant | None:
    return db.live_participant(db.get_db(), s.id, participant_id())


def student_ctx(s: LiveSession, p: Participant, error: str | None = None) -> dict:
    now = time.time()
    a = db.get_attempt(db.get_db(), p.attempt_id)
    mine = next((x for x in a.answers if x.position == s.position), None) if a else None
    ctx = {"s": s, "p": p, "attempt": a, "mine": mine, "open": s.open_for_answers(now), "error": error,
           "v": s.student_version(now), "poll": POLL_SECONDS, "left": s.seconds_left(now)}
    q = s.question
    if q is not None:
        ctx.update(q=q, view=shown(q, s.entry))
    if s.stage == "revealed":
        ctx.update(right=right_answer(q), given=describe_response(q, mine.response) if mine else None,
                   feedback=feedback_for(q, mine.response, bool(mine.correct), mine.score) if mine else None,
                   cited=live.cited_facts(q, store().facts))
    if s.stage == "finished" and a:
        ctx.update(summary=live.my_summary(s, a), board=live.class_results(s, people_attempts(s)).leaderboard
                   if s.leaderboard else [])
    return ctx


def student_panel(s: LiveSession, p: Participant, error: str | None = None, status: int = 200):
    ctx = student_ctx(s, p, error)
    # No-JS pages reload themselves, except a question still waiting for this student's answer.
    g.live_refresh = not (ctx["open"] and ctx["mine"] is None and s.stage == "question")
    if request.htmx:
        return render_template("live/_student.html", **ctx), status
    return render_template("live/student.html", **ctx), status


@bp.get("/<code>")
def student(code: str):
    s = session_by_code(code)
    p = me(s)
    if p is None:
        removed = db.was_removed(db.get_db(), s.id, participant_id())
        return join_page(s.code, error=str(LiveRefused("removed")) if removed else None, field="name")
    return student_panel(s, p)


@bp.get("/<code>/poll")
def poll(code: str):
    """204 while the session is where this page last saw it; else the new panel (one row read)."""
    row = db.live_version(db.get_db(), normalise_code(code) or "")
    if row is None:
        abort(404)
    version, stage, closes_at = row
    now = time.time()
    closed = stage == "question" and closes_at is not None and now > closes_at + live.GRACE
    if request.args.get("v") == f"{version}{'t' if closed else ''}":
        return "", 204
    return student(code)


@bp.post("/<code>/answer")
@limiter.limit("120/minute", key_func=browser_key)  # per browser (what an answer can write is bounded by
# its attempt's length, and attempts by the per-address limit on starting one: no per-address limit here)
def answer(code: str):
    s = session_by_code(code)
    p = me(s)
    if p is None:
        return redirect(url_for("live.student", code=s.code), 303)
    if whole_number(request.form.get("position", ""), 4) != s.position:
        return student_panel(s, p, str(LiveRefused("closed")), 409)
    try:
        live.answer(db.get_db(), s, p, request.form)
    except AnswerError as e:
        return student_panel(s, p, str(e), 422)
    except LiveRefused as e:
        return student_panel(db.get_live_session(db.get_db(), s.id), p, str(e), 409)
    if request.htmx:
        return student_panel(s, p)
    return redirect(url_for("live.student", code=s.code), 303)
