"""The explainer bot's face: the /ask page (htmx appends each exchange; plain posts re-render the
page) and the JSON API POST /api/ask. The answers come from `webapp.bot`; this module only moves
them between HTTP and the conversation store."""
from __future__ import annotations

import json
import secrets
import time

from flask import Blueprint, current_app, jsonify, redirect, render_template, request, session, url_for

from .. import db, identity
from ..bot import Bot, Reply
from ..payloads import AskIn, AskOut
from ..web import browser_key, browser_token, limiter

bp = Blueprint("ask", __name__)
MAX_QUESTION = 500
LIMIT = "20/minute;300/hour"  # per browser on the form; per address on the JSON API (no browser to count by)
CLASS_LIMIT = "600/minute;6000/hour"  # per address on the form: a class behind one school address asks at once


def bot() -> Bot:
    return current_app.extensions["sourced"].bot


def conversation_id(given: str | None) -> tuple[str, dict | None]:
    """The conversation to continue (when it exists) or a new id."""
    if given and len(given) <= 64:
        conv = db.get_conversation(db.get_db(), given)
        if conv is not None:
            return given, conv
    return secrets.token_urlsafe(12), None


# The bot's reply is a function of the question, the conversation's context and the content, and the
# content is fixed for the life of the process: a class asking the same (suggested) questions gets
# each reply worked out once per worker. Entries hold the bot they came from (another app, in tests).
MAX_REMEMBERED = 2000
_replies: dict[tuple[str, str], tuple[Bot, Reply, dict, dict]] = {}


def reply_to(question: str, context: dict | None) -> tuple[Reply, dict, dict]:
    """(the reply, the context after it, the reply as the API sends it but for its conversation id);
    read-only, shared by every request that asks the same."""
    b, key = bot(), (question, json.dumps(context, sort_keys=True) if context else "")
    hit = _replies.get(key)
    if hit is not None and hit[0] is b:
        return hit[1], hit[2], hit[3]
    reply, after = b.answer(question, context)
    payload = AskOut.of(reply, "").model_dump()
    if len(_replies) >= MAX_REMEMBERED:
        _replies.clear()
    _replies[key] = (b, reply, after, payload)
    return reply, after, payload


def ask_once(question: str, conv_id: str | None, about: str | None = None) -> tuple[str, Reply, dict]:
    """Answer a question in a conversation (new unless `conv_id` names one) and store the exchange;
    (conversation id, reply, the API's payload). `about`: the module or fact the page it was asked from is about
    ("module:ID", "fact:ID"), which "it" and "this page" then mean, until the conversation moves on from that page."""
    conv_id, conv = conversation_id(conv_id)
    context = (conv or {}).get("context")
    page = bot().page_context(about) if about and (context or {}).get("page") != about else None
    reply, context, payload = reply_to(question, page or context)
    if page or about and ((conv or {}).get("context") or {}).get("page") == about:
        context = {**context, "page": about}  # still on that page: the next question there continues this conversation
    # a suggested question is never one this conversation has just asked (a refusal offered the very
    # question it followed)
    def words(text: str) -> str:
        return " ".join(text.lower().split())
    asked = {words(x["question"]) for x in (conv or {}).get("exchanges", [])} | {words(question)}
    payload = {**payload, "conversation": conv_id,
               "suggestions": [q for q in payload["suggestions"] if words(q) not in asked]}
    exchange = {"question": question, "reply": payload, "at": time.time()}
    refused = question if (not reply.answered and reply.reason in ("not-covered", "out-of-scope")) else None
    db.save_exchange(db.get_db(), conv_id, context, exchange, refused_question=refused)
    return conv_id, reply, payload


def validate(question) -> str | None:
    if not isinstance(question, str):
        return "The question must be text."
    if not question.strip():
        return "The question is empty: type a question about the articles."
    if len(question) > MAX_QUESTION:
        return f"The question is too long: keep it under {MAX_QUESTION} characters."
    return None


# --- pages ----------------------------------------------------------------------------------------

def page_ctx(conv_id: str | None, error: str | None = None, question: str = "") -> dict:
    conv = db.get_conversation(db.get_db(), conv_id) if conv_id else None
    return {"exchanges": (conv or {}).get("exchanges", []), "conversation": conv_id if conv else None,
            "error": error, "question": question, "suggestions": bot().suggestions(3), "max_len": MAX_QUESTION}


def local_path(value) -> str | None:
    """A path on this site to link back to ('/modules/scale-and-pace'), or None: never another host."""
    if isinstance(value, str) and 0 < len(value) <= 200 and value.startswith("/") and not value.startswith(("//", "/\\")) \
            and all(c.isprintable() and not c.isspace() for c in value) and value != url_for("ask.page"):
        return value
    return None


@bp.get("/ask")
def page():
    # /ask?q=… (the facts index links here when a search finds nothing) fills the question in;
    # /ask?back=/modules/… (the footer panel, asked without JavaScript) links back to the page
    return render_template("ask/page.html", back=local_path(request.args.get("back")),
                           **page_ctx(session.get("conversation"), question=request.args.get("q", "")[:MAX_QUESTION]))


@bp.post("/ask")
@limiter.limit(LIMIT, key_func=browser_key)  # per browser: one student's pace
@limiter.limit(CLASS_LIMIT)  # per address: still bounds one machine, however many fresh browsers it pretends to be
def post():
    question = request.form.get("question", "")
    conv = request.form.get("conversation") or session.get("conversation")
    if error := validate(question):
        if request.htmx:
            return error_fragment(error, 422)
        return render_template("ask/page.html", **page_ctx(conv, error, question[:MAX_QUESTION])), 422
    about = request.form.get("about") or None
    conv_id, _, _ = ask_once(question.strip(), conv, about[:200] if about else None)
    session["conversation"] = conv_id
    if request.htmx:
        conv_data = db.get_conversation(db.get_db(), conv_id)
        if request.htmx.target == "panel-log":  # the footer panel of another page: the visitor stays there
            return render_template("ask/_panel_appended.html", x=conv_data["exchanges"][-1], ask_about=about,
                                   back=local_path(request.form.get("back")))  # the fresh form still links back there
        return render_template("ask/_appended.html", x=conv_data["exchanges"][-1], conversation=conv_id,
                               max_len=MAX_QUESTION)
    # lands on the new answer, not the form below it: on a phone the form's anchor left the answer above the fold
    return redirect(url_for("ask.page", back=local_path(request.form.get("back"))) + "#latest", 303)


DURING_A_QUIZ = ("The bot is off in this browser while you are taking your teacher's quiz: it would answer its "
                 "questions. Finish the quiz and you can ask again.")


@bp.before_request
def not_during_a_quiz():
    """Out of reach while this browser takes a teacher's assignment or live class quiz (the pages hide it;
    this keeps a typed /ask or the API from answering the quiz's questions)."""
    token = browser_token()
    running = token and db.quiz_under_way(db.get_db(), identity.owner_of(token), time.time())
    if not running:
        return None
    if request.path.startswith("/api/"):
        return jsonify({"error": DURING_A_QUIZ}), 403
    if request.method == "POST" and request.htmx:
        return error_fragment(DURING_A_QUIZ, 403)
    attempt_id, kind = running
    resume = url_for("quiz.attempt", attempt_id=attempt_id) if kind == "assignment" else None
    return render_template("ask/paused.html", message=DURING_A_QUIZ, resume=resume), 403 if request.method == "POST" else 200


def error_fragment(error: str, status: int):
    """For htmx: put the message under the form instead of appending it to the conversation."""
    resp = current_app.make_response((render_template("ask/_error.html", error=error), status))
    panel = request.htmx.target == "panel-log"
    resp.headers["HX-Retarget"] = "#panel-error-slot" if panel else "#ask-error-slot"
    resp.headers["HX-Reswap"] = "innerHTML"
    return resp


@bp.post("/ask/new")
def new():
    """Forget the conversation. From the footer panel (htmx) its log is emptied where it is, and a fresh form takes
    the focus; otherwise back to the conversation page, or to the page named by `back`."""
    session.pop("conversation", None)
    back = local_path(request.form.get("back"))
    if request.htmx and request.htmx.target == "panel-log":
        about = request.form.get("about") or None  # (the panel's own: what the page it is on is about)
        return render_template("ask/_panel_cleared.html", back=back, ask_about=about[:200] if about else None)
    return redirect(back + "#panel-question" if back else url_for("ask.page"), 303)


@bp.errorhandler(429)
def too_many(e):
    message = "You are asking very fast: wait a minute, then try again."
    if request.path.startswith("/api/"):
        return jsonify({"error": message}), 429
    if request.htmx:
        return error_fragment(message, 429)
    return render_template("ask/page.html", **page_ctx(session.get("conversation"), message)), 429


# --- JSON API -------------------------------------------------------------------------------------

@bp.post("/api/ask")
@limiter.limit(LIMIT)
def api():
    if not request.is_json:
        return jsonify({"error": "Send JSON with Content-Type: application/json."}), 400
    try:
        data = request.get_json(silent=True)
    except RecursionError:  # nested thousands deep: json gives up before it can say ValueError
        data = None
    if not isinstance(data, dict):
        return jsonify({"error": "The body must be a JSON object like {\"question\": \"...\"}."}), 400
    if "question" not in data:
        return jsonify({"error": "Missing \"question\"."}), 400
    if error := validate(data.get("question")):
        return jsonify({"error": error}), 400
    conv = data.get("conversation")
    if conv is not None and not isinstance(conv, str):
        return jsonify({"error": "\"conversation\" must be a string id."}), 400
    try:
        payload = AskIn(question=data["question"].strip(), conversation=conv)
    except ValueError:
        return jsonify({"error": "The request does not have the expected shape."}), 400
    _, _, reply = ask_once(payload.question, payload.conversation)
    return jsonify(reply)
