"""Joining a class's assignment: /join (a code box), /join/CODE (the title card, then Start).

The short addresses students are told to type; /quiz/join still works and leads here. The rules
(which code, which name, how many attempts) live in attempts.py.
"""
from __future__ import annotations

from flask import Blueprint, redirect, render_template, request, url_for

from .. import attempts, db
from ..assignments import FEEDBACK_LABELS, normalise_code, questions_per_student, when_text
from ..attempts import Assignment, JoinRefused
from ..web import browser_key, limiter
from .live import live_code
from .quiz import browser_owner, clock

bp = Blueprint("join", __name__)
JOIN_STATUS = {"code": 404, "closed": 410, "not-yet": 409, "name": 400, "used-up": 409, "name-taken": 409}


def title_card(asg: Assignment) -> dict:
    """What a student reads before Start: what it is, how long, how many tries, when the answers come."""
    o = asg.options
    shown = FEEDBACK_LABELS[o.feedback]
    if o.feedback == "due" and o.closes_at:
        shown = f"after the close date, {when_text(o.closes_at)} (UTC)"
    n = questions_per_student(o, len(asg.questions))
    state = asg.status()
    owner = browser_owner()
    running = attempts.running_attempt(db.get_db(), asg, owner) if state[0] == "open" else None
    return {"title": o.title, "questions": n, "of": len(asg.questions) if n < len(asg.questions) else None,
            "time_limit": o.time_limit, "attempts_left": attempts.attempts_left(db.get_db(), asg, owner),
            "answers_shown": shown, "pass_mark": o.pass_mark,
            "closes": when_text(o.closes_at) + " (UTC)" if o.closes_at else None,
            "roster": bool(db.get_roster(db.get_db(), asg.id)), "state": state, "running": running,
            "clock": clock(running) if running else None}


def code_box(code: str = "", error: str | None = None, status: int = 200):
    return render_template("quiz/join.html", card=None, code=code[:40], name="", error=error, field="code"), status


def card_page(asg: Assignment, name: str = "", error: str | None = None, status: int = 200, field: str = ""):
    card = title_card(asg)  # a running attempt's clock is shown (and kept ticking) as on its own pages
    return render_template("quiz/join.html", card=card, code=asg.code, name=name[:40], error=error, field=field,
                           attempt=card["running"], clock=card["clock"]), status


def code_key() -> str:
    """Rate-limit key for joins at one assignment code (whoever sends them)."""
    return "join-code:" + (normalise_code((request.view_args or {}).get("code") or request.form.get("code", "")) or "-")


def wrong_code(resp) -> bool:
    return resp.status_code == 404


@bp.get("/join")
@bp.get("/join/<code>")
@limiter.limit("100/hour", deduct_when=wrong_code)  # wrong codes, per address: looking one up counts too
def page(code: str = ""):
    typed = (request.args.get("code") or code)[:40]
    if not typed:
        return code_box()
    clean = normalise_code(typed)
    if clean and live_code(clean):  # a live class's code (its assignment row shares it): the live join page
        return redirect(url_for("live.join", code=clean), 303)
    asg = db.assignment_by_code(db.get_db(), clean) if clean else None
    if asg is None:
        return code_box(typed, "There is no assignment with that code. Check it with your teacher: codes have "
                               "six letters and digits, e.g. K7PX3M.", 404)
    if code != clean:  # /join?code=k7px-3m → /join/K7PX3M, an address worth keeping
        return redirect(url_for("join.page", code=clean), 303)
    return card_page(asg)


@bp.post("/join")
@bp.post("/join/<code>")
@limiter.limit("30/minute", key_func=browser_key)  # per browser
@limiter.limit("600/minute")  # per address: a whole school behind one address joins at nine o'clock
@limiter.limit("100/hour", deduct_when=wrong_code)  # wrong codes, per address
@limiter.limit("120/minute", key_func=code_key)  # per code: a whole class may join at once, no more
def start_post(code: str = ""):
    return start(code or request.form.get("code", ""))


def start(typed_code: str):
    """Start (or resume) this browser's attempt, or show the page again with what to fix."""
    typed_code, typed_name = typed_code[:40], request.form.get("name", "")[:200]
    if live_code(typed_code):  # a live class's code joins the live session (307 keeps the form)
        return redirect(url_for("live.join_post"), 307)
    try:
        a = attempts.join(db.get_db(), typed_code, typed_name, browser_owner(create=True))
    except JoinRefused as e:
        clean = normalise_code(typed_code)
        asg = db.assignment_by_code(db.get_db(), clean) if clean else None
        if asg is None:
            return code_box(typed_code, str(e), JOIN_STATUS[e.reason])
        return card_page(asg, typed_name, str(e), JOIN_STATUS[e.reason], e.field)
    return redirect(url_for("quiz.attempt", attempt_id=a.id), 303)
