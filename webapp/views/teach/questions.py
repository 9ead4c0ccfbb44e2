"""Teachers' own questions: write one (validated live), edit, delete, export; import GIFT / Moodle XML."""
from __future__ import annotations

import json
import secrets

from flask import Response, abort, redirect, render_template, request, url_for
from pydantic import ValidationError

from ... import db, exchange
from ...authoring import (DIFFICULTY_LABELS, MAX_OPTIONS, TYPE_LABELS, WRITABLE_TYPES, Draft,
                          build_question)
from ...bank import export_payload
from ...prose import show_figure
from ...schemas import DraftQuestion, Question
from ...web import store
from . import bank, bp, login_required, tid


# --- teachers' own questions ------------------------------------------------------------------------

def question_form(draft: Draft, problems: list, qid: str | None = None, status: int = 200, saved: bool = False):
    ctx = {"d": draft, "problems": problems, "qid": qid, "types": {t: TYPE_LABELS[t] for t in WRITABLE_TYPES},
           "facts": list(store().facts.values()), "topics": store().topics, "max_options": MAX_OPTIONS,
           "difficulties": DIFFICULTY_LABELS, "saved": saved, "type_labels": TYPE_LABELS,
           "figure_refs": [(f.id if n == 1 else f"{f.id}.{n}", f"{f.id}{'' if n == 1 else f' (figure {n})'}: {show_figure(g)}")
                           for f in store().facts.values() for n, g in enumerate(f.figures, 1)]}
    return render_template("teach/question_form.html", **ctx), status


@bp.get("/questions")
@login_required
def questions():
    rows = db.teacher_questions(db.get_db(), tid())
    return render_template("teach/questions.html", rows=rows, types=TYPE_LABELS)


@bp.route("/questions/new", methods=["GET", "POST"])
@login_required
def new_question():
    if request.method == "GET":
        return question_form(Draft(), [])
    return save_question(None)


@bp.route("/questions/<qid>/edit", methods=["GET", "POST"])
@login_required
def edit_question(qid: str):
    row = db.teacher_question(db.get_db(), tid(), qid[:100])
    if row is None:
        abort(404)
    if request.method == "POST":
        return save_question(row["id"])
    return question_form(draft_of(row["body"]), [], row["id"])


def draft_of(body: dict) -> Draft:
    """A stored question (ready, or an imported draft) as the form shows it."""
    try:
        return Draft.of(Question.model_validate(body))
    except ValidationError:
        return Draft.of(DraftQuestion.model_validate(body))


@bp.post("/questions/check")
@login_required
def check_question_live():
    """Live validation (htmx): the same rules as saving, nothing stored."""
    draft = Draft.from_form(request.form, store())
    _, problems = build_question(draft, store(), "t0-check")
    return render_template("teach/_check.html", problems=problems, touched=True)


def save_question(qid: str | None):
    draft = Draft.from_form(request.form, store())
    new_id = qid or f"t{tid()}-{secrets.token_hex(4)}"
    q, problems = build_question(draft, store(), new_id)
    if q is None:
        return question_form(draft, problems, qid, 422)
    try:
        db.save_teacher_question(db.get_db(), tid(), new_id, q.model_dump(mode="json"), "ready")
    except KeyError:
        abort(404)
    return redirect(url_for("teach.questions", saved=new_id), 303)


@bp.post("/questions/<qid>/delete")
@login_required
def delete_question(qid: str):
    if not db.delete_teacher_question(db.get_db(), tid(), qid[:100]):
        abort(404)
    return redirect(url_for("teach.questions"), 303)


@bp.get("/questions/export.json")
@login_required
def export_questions():
    rows = db.teacher_questions(db.get_db(), tid())
    body = {"questions": [{"status": r["status"], **r["body"]} for r in rows]}
    resp = Response(json.dumps(body, indent=2, ensure_ascii=False), mimetype="application/json")
    resp.headers["Content-Disposition"] = 'attachment; filename="my-questions.json"'
    return resp


@bp.get("/bank.json")
@login_required
def export_bank():
    resp = Response(json.dumps(export_payload(bank()), indent=2, ensure_ascii=False), mimetype="application/json")
    resp.headers["Content-Disposition"] = 'attachment; filename="question-bank.json"'
    return resp


# --- importing GIFT / Moodle XML ---------------------------------------------------------------------

@bp.route("/import", methods=["GET", "POST"])
@login_required
def import_questions():
    if request.method == "GET":
        return render_template("teach/import.html", error=None, done=None)
    upload = request.files.get("file")
    data = upload.read(exchange.MAX_BYTES + 1) if upload else b""
    if not data:
        return render_template("teach/import.html", error="Choose a GIFT (.txt, .gift) or Moodle XML (.xml) file.",
                               done=None), 400
    name = (upload.filename or "")[:200].lower()
    is_xml = name.endswith(".xml") or data.lstrip()[:5] in (b"<?xml", b"<quiz")
    skip = request.form.get("skip_unsupported") == "on"
    try:
        drafts = (exchange.import_moodle_xml(data, skip_unsupported=skip) if is_xml
                  else exchange.import_gift(data, skip_unsupported=skip))
    except exchange.ExchangeError as e:
        return render_template("teach/import.html", error=f"Nothing was imported. {e}", done=None), 400
    if not drafts:
        return render_template("teach/import.html", error="Nothing was imported: the file holds no questions "
                               "this app can take.", done=None, skipped=drafts.skipped), 400
    stamp = secrets.token_hex(3)
    rows = [(f"t{tid()}-{stamp}-{k}", d.model_dump(mode="json")) for k, d in enumerate(drafts)]
    db.insert_drafts(db.get_db(), tid(), rows, "moodle-xml" if is_xml else "gift")
    return render_template("teach/import.html", error=None, done=len(rows), skipped=drafts.skipped)


