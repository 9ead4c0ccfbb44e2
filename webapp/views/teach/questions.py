"""Teachers' own questions: write one (validated live), edit, delete, export; import GIFT / Moodle XML."""
from __future__ import annotations

import json
import secrets

from flask import Response, abort, current_app, g, redirect, render_template, request, url_for
from pydantic import ValidationError

from ... import db, exchange, figure_match
from ...authoring import (DIFFICULTY_LABELS, MAX_OPTIONS, TYPE_LABELS, WRITABLE_TYPES, Draft,
                          build_question)
from ...bank import export_payload
from ...config import REQUEST_OVERHEAD, size_words
from ...prose import show_figure
from ...schemas import DraftQuestion, Question
from ...web import http_error, store
from . import bank, bp, login_required, tid
from .auth import load_teacher


# --- teachers' own questions ------------------------------------------------------------------------

def question_form(draft: Draft, problems: list, qid: str | None = None, status: int = 200, saved: bool = False,
                  asks: list | None = None, note: str | None = None, fact_q: str = ""):
    """The form for one type's fields; facts found by searching; problems in words beside their fields."""
    found = [f for f in figure_match.search_facts(store(), fact_q) if f not in draft.fact_ids]
    ctx = {"d": draft, "problems": figure_match.plain_problems(problems), "qid": qid,
           "types": {t: TYPE_LABELS[t] for t in WRITABLE_TYPES}, "facts": store().facts, "topics": store().topics,
           "max_options": MAX_OPTIONS, "difficulties": DIFFICULTY_LABELS, "saved": saved, "type_labels": TYPE_LABELS,
           "chosen": [figure_match.fact_hits(store(), f) for f in draft.fact_ids if f in store().facts],
           "found": [figure_match.fact_hits(store(), f) for f in found], "fact_q": fact_q, "asks": asks or [],
           "note": note, "ref_syntax": figure_match.REF_SYNTAX,
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
        kind = request.args.get("type", "")[:20]
        if kind not in WRITABLE_TYPES:  # type first: each type then shows only its own fields
            return render_template("teach/question_type.html", types={t: TYPE_LABELS[t] for t in WRITABLE_TYPES},
                                   hints=TYPE_HINTS)
        return question_form(Draft(type=kind), [], fact_q=request.args.get("fact_q", "")[:200])
    return save_question(None)


TYPE_HINTS = {"single": "Students pick the one right option; the others are plausible but wrong.",
              "multiple": "Students tick every right option.",
              "truefalse": "A statement that is true, or false because it changes a fact's figure.",
              "numeric": "Students type a number, such as a figure from a fact.",
              "shortanswer": "Students type a word, a name or a figure; you list the answers that earn the mark."}


@bp.get("/questions/facts")
@login_required
def search_facts():
    """The fact search beside the question form (htmx): facts whose words or figures match."""
    q = request.args.get("fact_q", "")[:200]
    chosen = request.args.getlist("fact_ids")[:20]
    found = [figure_match.fact_hits(store(), f) for f in figure_match.search_facts(store(), q) if f not in chosen]
    return render_template("teach/_fact_results.html", found=found, fact_q=q, d=Draft(type=request.args.get("type", "")[:20]))


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


def picks() -> dict[str, str]:
    """The teacher's answers to "which fact do you mean?": pick-<typed figure> = fact-id.N."""
    return {k[5:][:40]: v[:90] for k, v in request.form.items() if k.startswith("pick-")}


@bp.post("/questions/check")
@login_required
def check_question_live():
    """Live validation (htmx): the same rules as saving, nothing stored."""
    draft = Draft.from_form(request.form, store())
    asks, typed_problems = figure_match.resolve_typed(draft, store(), picks())
    typed_problems += [(field, f"{typed} fits several facts: choose one below, then save.") for field, typed, _ in asks]
    problems = typed_problems + figure_match.every_problem(draft, store(), "t0-check", build_question,
                                                           named=[f for f, _ in typed_problems])
    return render_template("teach/_check.html", problems=figure_match.plain_problems(problems), touched=True)


def save_question(qid: str | None):
    draft = Draft.from_form(request.form, store())
    step = request.form.get("step", "save")[:100]
    fact_q = request.form.get("fact_q", "")[:200]
    if step == "search":
        return question_form(draft, [], qid, fact_q=fact_q)
    if step.startswith("use:"):
        note = figure_match.use_figure(draft, store(), step[4:])
        return question_form(draft, [], qid, note=note, fact_q=fact_q)
    asks, problems = figure_match.resolve_typed(draft, store(), picks())
    new_id = qid or f"t{tid()}-{secrets.token_hex(4)}"
    problems += figure_match.every_problem(draft, store(), new_id, build_question,
                                           named=[f for f, _ in problems] + [f for f, _, _ in asks])
    if asks or problems:
        return question_form(draft, problems, qid, 422, asks=asks, fact_q=fact_q)
    q, _ = build_question(draft, store(), new_id)
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

def import_page(status: int = 200, **ctx):
    limit = import_limit()
    ctx.setdefault("error", None)
    ctx.setdefault("done", None)
    return render_template("teach/import.html", limit=limit, limit_words=size_words(limit), **ctx), status


def import_limit() -> int:
    """The one limit on an imported file: config's IMPORT_MAX_BYTES, or less when the server's request
    limit (MAX_CONTENT_LENGTH) was set lower."""
    body = current_app.config.get("MAX_CONTENT_LENGTH") or exchange.MAX_BYTES + REQUEST_OVERHEAD
    return min(exchange.MAX_BYTES, body - REQUEST_OVERHEAD) if body > REQUEST_OVERHEAD else min(exchange.MAX_BYTES, body)


def too_large(e):
    """A file past the server's request limit gets the import page and its limit, not a bare 413."""
    if "teacher" not in g:  # the limit struck before the session was read
        load_teacher()
    if request.endpoint == "teach.import_questions" and g.teacher is not None:
        return import_page(413, error=f"Nothing was imported: the file is larger than {size_words(import_limit())}, "
                                      "the largest this page takes. Split it into smaller files and import each.")
    return http_error(e)


bp.errorhandler(413)(too_large)


@bp.route("/import", methods=["GET", "POST"])
@login_required
def import_questions():
    if request.method == "GET":
        return import_page()
    upload = request.files.get("file")
    limit = import_limit()
    data = upload.read(limit + 1) if upload else b""
    if not data:
        return import_page(400, error="Choose a GIFT (.txt, .gift) or Moodle XML (.xml) file.")
    if len(data) > limit:
        return import_page(413, error=f"Nothing was imported: the file is larger than {size_words(limit)}, the "
                                      "largest this page takes. Split it into smaller files and import each.")
    name = (upload.filename or "")[:200].lower()
    is_xml = name.endswith(".xml") or data.lstrip()[:5] in (b"<?xml", b"<quiz")
    skip = request.form.get("strict") != "on"  # leave out what Sourced cannot ask, unless asked to refuse
    try:
        drafts = (exchange.import_moodle_xml(data, skip_unsupported=skip) if is_xml
                  else exchange.import_gift(data, skip_unsupported=skip))
    except exchange.ExchangeError as e:
        return import_page(400, error=f"Nothing was imported. {e}")
    if not drafts:
        return import_page(400, error="Nothing was imported: the file holds no questions this app can take.",
                           report=drafts.report)
    stamp = secrets.token_hex(3)
    rows = [(f"t{tid()}-{stamp}-{k}", d.model_dump(mode="json")) for k, d in enumerate(drafts)]
    used = {i["id"] for _, body in rows for i in body.get("images", [])}
    pictures = [(i.id, i.mime, i.data) for i in drafts.images.values() if i.id in used]
    db.insert_drafts(db.get_db(), tid(), rows, "moodle-xml" if is_xml else "gift", pictures)
    ids = iter(qid for qid, _ in rows)
    report = [(e, next(ids) if e.status == "imported" else None) for e in drafts.report]
    return import_page(done=len(rows), report=report)
