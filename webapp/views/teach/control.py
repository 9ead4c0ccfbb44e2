"""After publishing: the controls (close, reopen, extend, rename, archive, delete, new code, one
attempt deleted or granted), one attempt's answers, the live counts and the projector view."""
from __future__ import annotations

import datetime as dt
import io

import segno
from flask import abort, redirect, render_template, request, url_for
from markupsafe import Markup

from ... import assignment_control as control
from ... import db
from ...attempts import Assignment, Attempt
from ...quiz import describe_response, right_answer
from . import _t, bp, get_owned_assignment, login_required, tid

DONE = {"close": "Closed: students who join now are refused.", "reopen": "Reopened.",
        "extend": "The close date is moved.", "rename": "Renamed.", "code": "The join code is new: give it to your class.",
        "archive": "Archived: it is closed and listed under “Archived”.", "unarchive": "Back in the main list.",
        "grant": "Another attempt given.", "delete-attempt": "The attempt is deleted."}


def _when(form_value: str) -> dt.datetime | None:
    """A datetime-local value (UTC) or None; ControlRefused when it can't be read."""
    v = (form_value or "").strip()[:30]
    if not v:
        return None
    try:
        return dt.datetime.fromisoformat(v).replace(tzinfo=None, second=0, microsecond=0)
    except ValueError:
        raise control.ControlRefused("Give a date and time like 2026-12-01 09:00.") from None


def _apply(action: str, a: Assignment) -> None:
    f, database, me = request.form, db.get_db(), tid()
    if action == "close":
        control.close_now(database, me, a)
    elif action == "reopen":
        control.reopen(database, me, a, _when(f.get("closes_at", "")))
    elif action == "extend":
        control.extend(database, me, a, _when(f.get("closes_at", "")))
    elif action == "rename":
        control.rename(database, me, a, f.get("title", ""))
    elif action == "code":
        control.rotate(database, me, a)
    elif action in ("archive", "unarchive"):
        control.archive(database, me, a, action == "archive")
    elif action == "grant":
        control.grant(database, me, a, f.get("name", ""))
    else:
        abort(404)


@bp.post("/assignments/<int:assignment_id>/control")
@login_required
def control_assignment(assignment_id: int):
    a = get_owned_assignment(assignment_id)
    action = request.form.get("action", "")[:20]
    try:
        _apply(action, a)
    except control.ControlRefused as e:
        from .assignments import assignment_page
        return assignment_page(get_owned_assignment(assignment_id), error=(action, str(e)), status=400)
    except KeyError:
        abort(404)
    return redirect(url_for("teach.assignment", assignment_id=a.id, done=action) + "#manage", 303)


@bp.route("/assignments/<int:assignment_id>/delete", methods=["GET", "POST"])
@login_required
def delete_assignment(assignment_id: int):
    a = get_owned_assignment(assignment_id)
    n = len(db.assignment_attempts(db.get_db(), a.id))
    if request.method == "GET":
        return render_template("teach/delete_assignment.html", a=a, attempts=n, error=None)
    try:
        control.delete(db.get_db(), tid(), a, request.form.get("code", ""))
    except control.ControlRefused as e:
        return render_template("teach/delete_assignment.html", a=a, attempts=n, error=str(e)), 400
    except KeyError:
        abort(404)
    return redirect(url_for("teach.home", deleted=a.code), 303)


def get_owned_attempt(a: Assignment, attempt_id: str) -> Attempt:
    x = db.get_attempt(db.get_db(), attempt_id[:40])
    if x is None or x.assignment_id != a.id:
        abort(404)
    return x


def answer_rows(a: Assignment, x: Attempt) -> list[dict]:
    """The questions this attempt was given, numbered as the item analysis numbers them (the set's order,
    "Question 3") and listed in that order, each with the place the student met it ("asked") and the answer."""
    number = {qid: n for n, qid in enumerate(a.questions, 1)}
    given = {ans.position: ans for ans in x.answers}
    rows = []
    for pos, entry in enumerate(x.layout):
        q, ans = a.questions.get(entry["q"]), given.get(pos)
        rows.append({"n": number.get(entry["q"], 0), "asked": pos + 1, "q": q, "answered": ans is not None,
                     "said": describe_response(q, ans.response) if q and ans else [],
                     "right": right_answer(q) if q else [], "correct": bool(ans and ans.correct),
                     "score": ans.score if ans else 0.0, "at": _t(ans.answered_at) if ans else ""})
    return sorted(rows, key=lambda r: (r["n"] or 10**6, r["asked"]))


@bp.get("/assignments/<int:assignment_id>/attempts/<attempt_id>")
@login_required
def attempt_answers(assignment_id: int, attempt_id: str):
    """One student's attempt, answer by answer, with the right answers beside."""
    a = get_owned_assignment(assignment_id)
    x = get_owned_attempt(a, attempt_id)
    rows = answer_rows(a, x)
    used = sum(1 for y in db.assignment_attempts(db.get_db(), a.id)
               if (y.display_name or "").lower() == (x.display_name or "").lower())
    return render_template("teach/attempt.html", a=a, x=x, rows=rows, started=_t(x.created_at),
                           finished=_t(x.finished_at), used=used,
                           reordered=any(r["n"] != r["asked"] for r in rows), order=met_order(a, x, rows))


def met_order(a: Assignment, x: Attempt, rows: list[dict]) -> dict:
    """How this attempt's questions differ from the set: some drawn from a pool, met in another order."""
    asked = [r["asked"] for r in rows]  # rows are in the set's order
    return {"drawn": f"{x.length} of {len(a.questions)} drawn at random" if x.length < len(a.questions) else "",
            "other": asked != sorted(asked)}


@bp.post("/assignments/<int:assignment_id>/attempts/<attempt_id>/delete")
@login_required
def delete_attempt(assignment_id: int, attempt_id: str):
    a = get_owned_assignment(assignment_id)
    get_owned_attempt(a, attempt_id)
    try:
        control.delete_attempt(db.get_db(), tid(), a, attempt_id)
    except KeyError:
        abort(404)
    return redirect(url_for("teach.assignment", assignment_id=a.id, done="delete-attempt") + "#attempts-title", 303)


# --- the projector view ----------------------------------------------------------------------------

def qr_svg(text: str, title: str) -> Markup:
    """The link as a QR code, drawn on the server (segno): black on white, quiet zone of 4 modules."""
    buf = io.BytesIO()
    segno.make(text, error="m").save(buf, kind="svg", scale=10, border=4, xmldecl=False, svgns=True,
                                     title=title, svgclass="qr", lineclass=None, dark="#000", light="#fff",
                                     omitsize=True)  # a viewBox: the code scales to the screen
    return Markup(buf.getvalue().decode("utf-8"))


@bp.get("/assignments/<int:assignment_id>/projector")
@login_required
def projector(assignment_id: int):
    from .assignments import live_ctx
    a = get_owned_assignment(assignment_id)
    link = url_for("join.page", code=a.code, _external=True)  # the shortest address: /join/CODE
    ctx = live_ctx(a)
    if request.htmx:
        return render_template("teach/_projector_count.html", **ctx)
    return render_template("teach/projector.html", **ctx, link=link, address=url_for("join.page", _external=True),
                           qr=qr_svg(link, f"QR code: the join link for {a.title}"))
