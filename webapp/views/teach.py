"""The teachers' face: sign-in, and behind it question sets, own questions, assignments, results, exchange."""
from __future__ import annotations

import datetime as dt
import functools
import json
import secrets
from urllib.parse import urlsplit

from flask import Blueprint, Response, abort, current_app, g, redirect, render_template, request, session, url_for
from markupsafe import Markup
from pydantic import ValidationError

from .. import db, exchange, stats
from ..accounts import AccountError, authenticate, set_password
from ..bank import export_payload
from ..facts import module_fact_ids
from ..prose import Notes, render_inline, show_figure
from ..quiz import describe_response, right_answer
from ..schemas import DraftQuestion, Question
from ..teaching import (DIFFICULTY_LABELS, FEEDBACK_LABELS, MAX_OPTIONS, TYPE_LABELS, WRITABLE_TYPES,
                        AssignmentOptions, BankFilter, Draft, build_question, csv_text, filter_questions,
                        marks_by_question, new_join_code, status_of)
from ..web import limiter, store
from . import teach_session

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
        from ..web import error_page
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
# (the domain rules live in teaching.py; this is the web layer over them)

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


def explanation_html(q: Question):
    return render_inline(q.explanation, store(), fact_url, Notes())


@bp.app_template_global()
def preview_of(q: Question) -> dict:
    """A question with its answer key, explanation and cited facts: for teachers only."""
    return {"right": right_answer(q), "explanation": explanation_html(q),
            "facts": [store().facts[f] for f in q.fact_ids if f in store().facts]}


def get_owned_set(set_id: int) -> dict:
    s = db.get_set(db.get_db(), tid(), set_id)
    if s is None:
        abort(404)
    return s


def get_owned_assignment(assignment_id: int) -> dict:
    a = db.get_assignment(db.get_db(), assignment_id, teacher_id=tid())
    if a is None:
        abort(404)
    a["opts"] = AssignmentOptions.model_validate(a["options"])
    return a


def home_ctx() -> dict:
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    assignments = db.list_assignments(db.get_db(), tid())
    for a in assignments:
        a["opts"] = AssignmentOptions.model_validate(a["options"])
        a["state"] = status_of(a["opts"], now)[0]
    statuses = [r["status"] for r in db.teacher_questions(db.get_db(), tid())]
    return {"sets": db.list_sets(db.get_db(), tid()), "assignments": assignments,
            "drafts": statuses.count("draft"), "mine": statuses.count("ready")}


# --- sets --------------------------------------------------------------------------------------------

@bp.post("/sets")
@login_required
def create_set():
    title = " ".join(request.form.get("title", "")[:200].split())
    if not title or len(title) > 120:
        return render_template("teach/home.html", **home_ctx(), set_error="Give the set a title of 1 to 120 characters.",
                               set_title=title[:120]), 400
    set_id = db.create_set(db.get_db(), tid(), title)
    return redirect(url_for("teach.edit_set", set_id=set_id), 303)


def set_ctx(s: dict, f: BankFilter, message: str | None = None) -> dict:
    own = my_questions()
    pool, mine = all_questions(own), set(own)
    items = [(qid, pool.get(qid)) for qid in s["questions"]]
    found, total = filter_questions(pool.values(), f, store(), mine, module_facts())
    return {"set": s, "items": items, "filter": f, "found": found, "total": total, "message": message,
            "in_set": set(s["questions"]), "mine": mine, "topics": bank().topics or store().topics,
            "modules": list(store().modules.values()), "types": TYPE_LABELS, "difficulties": DIFFICULTY_LABELS}


@bp.get("/sets/<int:set_id>")
@login_required
def edit_set(set_id: int):
    s = get_owned_set(set_id)
    ctx = set_ctx(s, BankFilter.from_args(request.args))
    if request.htmx and request.htmx.target == "bank-results":
        return render_template("teach/_bank_results.html", **ctx)
    return render_template("teach/set.html", **ctx)


@bp.post("/sets/<int:set_id>/change")
@login_required
def change_set(set_id: int):
    s = get_owned_set(set_id)
    action = request.form.get("action", "")[:10]
    qid = request.form.get("question_id", "")[:100]
    title = " ".join(request.form.get("title", "")[:200].split())
    message, status = None, 200
    if action == "add" and qid not in all_questions():
        message, status = "That question is not in the bank or among your questions.", 404
    elif action == "rename" and not (0 < len(title) <= 120):
        message, status = "Give the set a title of 1 to 120 characters.", 400
    else:
        try:
            db.change_set(db.get_db(), tid(), set_id, action, qid, title)
        except db.SetRefused as e:
            message, status = str(e), 409
    s = get_owned_set(set_id)
    f = BankFilter.from_args(request.form)
    if request.htmx:
        resp = Response(render_template("teach/_set_items.html", **set_ctx(s, f, message)), status)
        if status == 200:
            resp.headers["HX-Trigger"] = "set-changed"
        return resp
    if status != 200:
        return render_template("teach/set.html", **set_ctx(s, f, message)), status
    back = {k: v for k, v in f.model_dump().items() if v}
    return redirect(url_for("teach.edit_set", set_id=set_id, **back) + f"#{'set-items' if action != 'add' else 'bank'}", 303)


@bp.post("/sets/<int:set_id>/delete")
@login_required
def delete_set(set_id: int):
    get_owned_set(set_id)
    db.delete_set(db.get_db(), tid(), set_id)
    return redirect(url_for("teach.home"), 303)


def set_questions(s: dict) -> tuple[list[Question], list[str]]:
    pool = all_questions()
    return [pool[q] for q in s["questions"] if q in pool], [q for q in s["questions"] if q not in pool]


def explanations_for(questions: list[Question]) -> dict[str, str]:
    """Explanations as plain text with figures written out, for LMS files."""
    return {q.id: Markup(explanation_html(q)).striptags() for q in questions}


@bp.get("/sets/<int:set_id>/export.<fmt>")
@login_required
def export_set(set_id: int, fmt: str):
    s = get_owned_set(set_id)
    qs, _ = set_questions(s)
    if fmt == "xml":
        text, skipped = exchange.export_moodle_xml(qs, category=s["title"], explanations=explanations_for(qs))
        mimetype = "application/xml"
    elif fmt == "gift":
        text, skipped = exchange.export_gift(qs, category=s["title"], explanations=explanations_for(qs))
        mimetype = "text/plain"
    else:
        abort(404)
    resp = Response(text, mimetype=mimetype)
    resp.headers["Content-Disposition"] = f'attachment; filename="set-{set_id}.{"gift.txt" if fmt == "gift" else "xml"}"'
    if skipped:
        resp.headers["X-Sourced-Skipped"] = "; ".join(f"{k.id}: {k.reason}" for k in skipped)[:1000]
    return resp


# --- publishing ------------------------------------------------------------------------------------

@bp.route("/sets/<int:set_id>/publish", methods=["GET", "POST"])
@login_required
def publish(set_id: int):
    s = get_owned_set(set_id)
    qs, missing = set_questions(s)
    if request.method == "GET":
        return render_template("teach/publish.html", set=s, count=len(qs), missing=missing, problems=[],
                               form={"title": s["title"], "attempts": "1", "shuffle_questions": "on",
                                     "shuffle_options": "on", "feedback": "each"}, feedback_labels=FEEDBACK_LABELS)
    opts, problems = AssignmentOptions.from_form(request.form)
    if not qs:
        problems.append(("set", "The set has no questions yet: add some before publishing."))
    if problems:
        return render_template("teach/publish.html", set=s, count=len(qs), missing=missing, problems=problems,
                               form=request.form, feedback_labels=FEEDBACK_LABELS), 400
    a = db.create_assignment(db.get_db(), tid(), set_id, opts.model_dump(mode="json"),
                             [q.model_dump(mode="json") for q in qs], new_join_code)
    return redirect(url_for("teach.assignment", assignment_id=a["id"]), 303)


# --- results -------------------------------------------------------------------------------------------

def results_ctx(a: dict) -> dict:
    attempts = db.assignment_attempts(db.get_db(), a["id"])
    questions = [Question.model_validate(q) for q in a["questions"]]
    finished = [x for x in attempts if x["finished_at"] is not None or len(x["answers"]) >= x["length"]]
    test = stats.quiz_stats(marks_by_question(finished), {q.id: 1.0 for q in questions})
    chart = stats.histogram_svg(test.bins, "Scores of finished attempts",
                                f"{test.attempts} finished attempts, by score.") if finished else None
    rows = []
    for x in attempts:
        total = sum(ans["score"] for ans in x["answers"])
        done = x["finished_at"] is not None or len(x["answers"]) >= x["length"]
        rows.append({"name": x["display_name"], "started": _t(x["created_at"]), "finished": _t(x["finished_at"]),
                     "answered": len(x["answers"]), "length": x["length"], "score": total,
                     "percent": 100 * total / x["length"] if x["length"] else 0, "done": done})
    return {"a": a, "rows": rows, "test": test, "chart": chart, "questions": {q.id: q for q in questions},
            "link": url_for("quiz.join", code=a["code"], _external=True), "feedback_labels": FEEDBACK_LABELS,
            "state": status_of(a["opts"], dt.datetime.now(dt.timezone.utc).replace(tzinfo=None))}


def _t(ts: float | None) -> str:
    return dt.datetime.fromtimestamp(ts, dt.timezone.utc).strftime("%Y-%m-%d %H:%M") if ts else ""


@bp.get("/assignments/<int:assignment_id>")
@login_required
def assignment(assignment_id: int):
    return render_template("teach/assignment.html", **results_ctx(get_owned_assignment(assignment_id)))


@bp.get("/assignments/<int:assignment_id>/<kind>.csv")
@login_required
def results_csv(assignment_id: int, kind: str):
    a = get_owned_assignment(assignment_id)
    attempts = db.assignment_attempts(db.get_db(), a["id"])
    if kind == "attempts":
        text = csv_text(["attempt_id", "display_name", "started_utc", "finished_utc", "answered", "questions",
                         "score", "percent"],
                        [[x["id"], x["display_name"], _t(x["created_at"]), _t(x["finished_at"]), len(x["answers"]),
                          x["length"], round(sum(s["score"] for s in x["answers"]), 4),
                          round(100 * sum(s["score"] for s in x["answers"]) / x["length"], 2) if x["length"] else 0]
                         for x in attempts])
    elif kind == "answers":
        qs = {q["id"]: Question.model_validate(q) for q in a["questions"]}
        rows = []
        for x in attempts:
            for ans in x["answers"]:
                q = qs.get(ans["question_id"])
                rows.append([x["id"], x["display_name"], ans["position"] + 1, ans["question_id"],
                             q.prompt if q else "", " | ".join(describe_response(q, ans["response"])) if q else "",
                             int(ans["correct"]), round(ans["score"], 4), _t(ans["answered_at"])])
        text = csv_text(["attempt_id", "display_name", "position", "question_id", "question", "response",
                         "correct", "score", "answered_utc"], rows)
    else:
        abort(404)
    resp = Response(text, mimetype="text/csv")
    resp.headers["Content-Disposition"] = f'attachment; filename="assignment-{a["id"]}-{kind}.csv"'
    return resp


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


# --- what the bot could not answer -------------------------------------------------------------------

@bp.get("/unanswered")
@login_required
def unanswered():
    # What visitors typed is theirs: only the site's administrators read it (`flask teachers admin`).
    if not g.teacher["is_admin"]:
        from ..web import error_page
        return error_page(403, "Only the site's administrators see the questions the bot could not answer.")
    rows = [{"question": r["question"], "asked": _t(r["asked_at"])} for r in db.list_refusals(db.get_db())]
    return render_template("teach/unanswered.html", rows=rows)
