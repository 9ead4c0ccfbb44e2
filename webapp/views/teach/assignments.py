"""An assignment's results as they come in: rows, item analysis, CSV; and what the bot could not answer."""
from __future__ import annotations

import time

from flask import Response, abort, g, render_template, request, url_for

from ... import assignment_control as control
from ... import db, stats
from ...assignments import FEEDBACK_LABELS
from ...attempts import Assignment, expire_if_late
from ...marks import at_a_glance
from ...quiz import describe_response
from ...results import csv_text, marks_by_question, questions_given, response_counts
from ...web import error_page
from . import _t, bp, get_owned_assignment, login_required, tid
from .control import DONE


# --- results -------------------------------------------------------------------------------------------

STATS_MIN_ATTEMPTS = 10  # below this, item statistics are shown but marked "too few attempts"


def attempt_state(x, now: float) -> str:
    """"finished", "time up" (its time limit or the close date ended it with questions left) or "in progress"."""
    if x.timed_out or (not x.finished and x.late(now)):
        return "time up"
    return "finished" if x.finished else "in progress"


def live_ctx(a: Assignment) -> dict:
    """Who has joined and how far they are: what the results page polls while the assignment is open.
    An attempt whose time ran out is ended here too, so it counts (and is marked) as soon as the teacher looks."""
    now = time.time()
    attempts = [expire_if_late(db.get_db(), x, now) for x in db.assignment_attempts(db.get_db(), a.id)]
    pass_mark = a.options.pass_mark
    rows = [{"id": x.id, "name": x.display_name, "started": _t(x.created_at), "finished": _t(x.finished_at),
             "answered": len(x.answers), "length": x.length, "score": x.total,
             "percent": 100 * x.total / x.length if x.length else 0, "state": attempt_state(x, now),
             "passed": at_a_glance(x, pass_mark).passed if x.finished else None} for x in attempts]
    state = a.status()
    count = {k: sum(r["state"] == k for r in rows) for k in ("in progress", "finished", "time up")}
    return {"a": a, "rows": rows, "attempts": attempts, "state": state, "live": state[0] == "open", "now": int(now),
            "joined": len({(r["name"] or "").lower() for r in rows}), "pass_mark": pass_mark,
            "in_progress": count["in progress"], "finished": count["finished"], "time_up": count["time up"]}


def item_rows(a: Assignment, finished: list, test) -> list[dict]:
    """Each question's statistics with which answers were chosen (one table, a bar beside each count)."""
    out = []
    for n, it in enumerate(test.items, 1):
        q = a.questions[it.question_id]
        choices, answered = response_counts(q, finished)
        out.append({"n": n, "q": q, "it": it, "choices": choices, "answered": answered,
                    "few": it.attempts < STATS_MIN_ATTEMPTS})
    return out


def results_ctx(a: Assignment) -> dict:
    ctx = live_ctx(a)
    finished = [x for x in ctx["attempts"] if x.finished]
    test = stats.quiz_stats(marks_by_question(finished), {qid: 1.0 for qid in a.questions},
                            given=questions_given(finished))
    chart = stats.histogram_svg(test.bins, "Scores of finished attempts",
                                f"{test.attempts} finished attempts, by score.") if finished else None
    extra = db.extra_attempts(db.get_db(), a.id)
    used_up = control.can_have_another(ctx["attempts"], a.options.attempts, extra, ctx["now"])
    return {**ctx, "test": test, "chart": chart, "questions": a.questions, "items": item_rows(a, finished, test),
            "min_attempts": STATS_MIN_ATTEMPTS, "alpha": stats.alpha_text(test, STATS_MIN_ATTEMPTS), "link": url_for("join.page", code=a.code, _external=True),
            "address": url_for("join.page", _external=True).split("://", 1)[-1],
            "feedback_labels": FEEDBACK_LABELS, "events": [{**e, "at": _t(e["at"])} for e in
                                                            db.assignment_events(db.get_db(), a.id)],
            "used_up": used_up,
            "archived": a.id in db.archived_ids(db.get_db(), tid()), "published": _t(a.created_at),
            "done": DONE.get(request.args.get("done", "")[:20])}


def assignment_page(a: Assignment, error: tuple[str, str] | None = None, status: int = 200):
    return render_template("teach/assignment.html", **results_ctx(a), error=error), status


@bp.get("/assignments/<int:assignment_id>")
@login_required
def assignment(assignment_id: int):
    return assignment_page(get_owned_assignment(assignment_id))


@bp.get("/assignments/<int:assignment_id>/live")
@login_required
def assignment_live(assignment_id: int):
    """The part of the results page that polls (from page load on): counts and the attempts table,
    saying it updates by itself. Once the assignment is closed the answer is 286, which tells htmx to
    stop polling."""
    ctx = live_ctx(get_owned_assignment(assignment_id))
    return render_template("teach/_live.html", **ctx, polled=True), 200 if ctx["live"] else 286


@bp.get("/assignments/<int:assignment_id>/<kind>.csv")
@login_required
def results_csv(assignment_id: int, kind: str):
    a = get_owned_assignment(assignment_id)
    attempts = db.assignment_attempts(db.get_db(), a.id)
    # Attempts are numbered 1, 2, … in the order they started: an attempt's id would let whoever holds
    # the file look like its student (issue 14), so no credential leaves in a CSV.
    if kind == "attempts":
        text = csv_text(["attempt", "display_name", "started_utc", "finished_utc", "answered", "questions",
                         "score", "percent"],
                        [[n, x.display_name, _t(x.created_at), _t(x.finished_at), len(x.answers), x.length,
                          round(x.total, 4), round(100 * x.total / x.length, 2) if x.length else 0]
                         for n, x in enumerate(attempts, 1)])
    elif kind == "answers":
        rows = []
        for n, x in enumerate(attempts, 1):
            for ans in x.answers:
                q = a.questions.get(ans.question_id)
                rows.append([n, x.display_name, ans.position + 1, ans.question_id,
                             q.prompt if q else "", " | ".join(describe_response(q, ans.response)) if q else "",
                             int(ans.correct), round(ans.score, 4), _t(ans.answered_at)])
        text = csv_text(["attempt", "display_name", "position", "question_id", "question", "response",
                         "correct", "score", "answered_utc"], rows)
    else:
        abort(404)
    resp = Response(text, mimetype="text/csv")
    resp.headers["Content-Disposition"] = f'attachment; filename="assignment-{a.id}-{kind}.csv"'
    return resp


# --- what the bot could not answer -------------------------------------------------------------------

@bp.get("/unanswered")
@login_required
def unanswered():
    # What visitors typed is theirs: only the site's administrators read it (`flask teachers admin`).
    if not g.teacher["is_admin"]:
        return error_page(403, "Only the site's administrators see the questions the bot could not answer.")
    rows = [{"question": r["question"], "asked": _t(r["asked_at"])} for r in db.list_refusals(db.get_db())]
    return render_template("teach/unanswered.html", rows=rows)
