"""An assignment's results as they come in: rows, item analysis, CSV; and what the bot could not answer."""
from __future__ import annotations

from flask import Response, abort, g, render_template, url_for

from ... import db, stats
from ...assignments import FEEDBACK_LABELS
from ...attempts import Assignment
from ...quiz import describe_response
from ...results import csv_text, marks_by_question
from ...web import error_page
from . import _t, bp, get_owned_assignment, login_required


# --- results -------------------------------------------------------------------------------------------

def results_ctx(a: Assignment) -> dict:
    attempts = db.assignment_attempts(db.get_db(), a.id)
    finished = [x for x in attempts if x.finished]
    test = stats.quiz_stats(marks_by_question(finished), {qid: 1.0 for qid in a.questions})
    chart = stats.histogram_svg(test.bins, "Scores of finished attempts",
                                f"{test.attempts} finished attempts, by score.") if finished else None
    rows = [{"name": x.display_name, "started": _t(x.created_at), "finished": _t(x.finished_at),
             "answered": len(x.answers), "length": x.length, "score": x.total,
             "percent": 100 * x.total / x.length if x.length else 0, "done": x.finished} for x in attempts]
    return {"a": a, "rows": rows, "test": test, "chart": chart, "questions": a.questions,
            "link": url_for("join.page", code=a.code, _external=True), "feedback_labels": FEEDBACK_LABELS,
            "state": a.status()}


@bp.get("/assignments/<int:assignment_id>")
@login_required
def assignment(assignment_id: int):
    return render_template("teach/assignment.html", **results_ctx(get_owned_assignment(assignment_id)))


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
