"""The teachers' face: sign-in, and (behind it) question sets, assignments and results."""
from __future__ import annotations

import functools
from urllib.parse import urlsplit

from flask import Blueprint, g, redirect, render_template, request, session, url_for

from .. import db
from ..accounts import authenticate
from ..web import limiter

bp = Blueprint("teach", __name__, url_prefix="/teach")


@bp.before_app_request
def load_teacher():
    tid = session.get("teacher_id")
    g.teacher = db.teacher_by_id(db.get_db(), tid) if isinstance(tid, int) else None


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
        if not parts.scheme and not parts.netloc and target.startswith("/teach/") and "\\" not in target:
            return target
    return url_for("teach.home")


@bp.errorhandler(429)
def too_many_attempts(e):
    if request.endpoint != "teach.sign_in":
        from ..web import error_page
        return error_page(429, "Too many requests: please wait a moment and try again.")
    return render_template("teach/sign_in.html", email=request.form.get("email", "")[:254],
                           next=request.form.get("next", ""),
                           error="Too many sign-in attempts from here. Wait a minute, then try again."), 429


@bp.route("/sign-in", methods=["GET", "POST"])
@limiter.limit("10/minute", methods=["POST"])
@limiter.limit("50/hour", methods=["POST"])
def sign_in():
    next_url = request.values.get("next", "")
    if request.method == "GET":
        if g.teacher:
            return redirect(safe_next(next_url), code=303)
        return render_template("teach/sign_in.html", email="", next=next_url, error=None)
    email = request.form.get("email", "")[:254]
    teacher = authenticate(db.get_db(), email, request.form.get("password", ""))
    if teacher is None:
        return render_template("teach/sign_in.html", email=email, next=next_url,
                               error="That email and password do not match an account."), 400
    session.clear()
    session["teacher_id"] = teacher["id"]
    session.permanent = True
    return redirect(safe_next(next_url), code=303)


@bp.post("/sign-out")
def sign_out():
    session.clear()
    return redirect(url_for("explain.home"), code=303)


@bp.get("/")
@login_required
def home():
    return render_template("teach/home.html")
