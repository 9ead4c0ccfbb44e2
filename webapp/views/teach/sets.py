"""Teachers' question sets: build one from the bank, export it, publish it as an assignment."""
from __future__ import annotations

import re

from flask import Response, abort, flash, redirect, render_template, request, url_for
from markupsafe import Markup

from ... import db, exchange
from ...assignments import FEEDBACK_LABELS, AssignmentOptions, new_join_code
from ...authoring import DIFFICULTY_LABELS, TYPE_LABELS, BankFilter, filter_questions
from ...giveaways import give_aways, partners
from ...giveaways import marks as clash_marks
from ...prose import Notes, render_inline
from ...quiz import explanation_text
from ...schemas import Question
from ...web import store
from . import (all_questions, bank, bp, fact_url, get_owned_set, home_ctx, login_required, module_facts,
               my_questions, tid)


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
    clashes = give_aways([q for _, q in items], store())
    return {"set": s, "items": items, "filter": f, "found": found, "total": total, "message": message,
            "giveaways": clashes, "partners": partners(clashes), "clash_marks": clash_marks(clashes),
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
    message, status, done = None, 200, None
    before = list(s["questions"])
    if action == "add" and qid not in all_questions():
        message, status = "That question is not in the bank or among your questions.", 404
    elif action == "rename" and not (0 < len(title) <= 120):
        message, status = "Give the set a title of 1 to 120 characters.", 400
    else:
        try:
            db.change_set(db.get_db(), tid(), set_id, action, qid, title)
            done = removed_text(before, qid) if action == "remove" else None
        except db.SetRefused as e:
            message, status = str(e), 409
    s = get_owned_set(set_id)
    f = BankFilter.from_args(request.form)
    if request.htmx:
        resp = Response(render_template("teach/_set_items.html", **set_ctx(s, f, message), done=done), status)
        if status == 200:
            resp.headers["HX-Trigger"] = "set-changed"
        return resp
    if status != 200:
        return render_template("teach/set.html", **set_ctx(s, f, message)), status
    if done:  # said on the page the redirect lands on (without JavaScript the list just came back shorter)
        flash(done, "set-changed")
    # back to the same search, scrolled to the result that was clicked (or to the set)
    back = {k: v for k, v in f.model_dump().items() if v}
    anchor = request.form.get("back", "")[:8]
    anchor = anchor if re.fullmatch(r"r-\d{1,3}", anchor) else ("set-items" if action != "add" else "bank")
    return redirect(url_for("teach.edit_set", set_id=set_id, **back) + f"#{anchor}", 303)


def removed_text(before: list[str], qid: str) -> str | None:
    """"Question 5 removed: “…”." for a question that was in the set (numbered as it was)."""
    if qid not in before:
        return None
    q = all_questions().get(qid)
    prompt = " ".join(q.prompt.split()) if q else qid
    return f"Question {before.index(qid) + 1} removed: “{prompt if len(prompt) <= 90 else prompt[:89].rstrip() + '…'}”."


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
    """Explanations as plain text with figures written out and each note marker ([1]) replaced by its
    citation in words, for LMS files: "Source: the news report, paragraph 6 — claimed by …"."""
    out = {}
    for q in questions:
        notes = Notes()
        text = Markup(render_inline(explanation_text(q, store()), store(), fact_url, notes)).striptags()
        text = re.sub(r"\s*\[\d+(?:\s*,\s*\d+)*\]", "", text).strip()
        sources = [citation_text(store().facts[f]) for f in notes.order if f in store().facts]
        out[q.id] = "\n\n".join([text, *sources])
    return out


def citation_text(fact) -> str:
    """One fact's citation as a sentence: where it is reported, and who claims it."""
    where = "; ".join(f"{store().sources[c.source_id].label if c.source_id in store().sources else c.source_id}, "
                      f"paragraph {c.paragraph}" for c in fact.citations)
    who = f"opinion of {fact.claimant}" if fact.kind == "opinion" else f"claimed by {fact.claimant}"
    return f"Source: {where} — {who}."


@bp.get("/sets/<int:set_id>/export.<fmt>")
@login_required
def export_set(set_id: int, fmt: str):
    s = get_owned_set(set_id)
    qs, _ = set_questions(s)
    if fmt == "xml":
        pictures = {i.id: got for q in qs for i in q.images if (got := db.question_image(db.get_db(), i.id))}
        text, skipped = exchange.export_moodle_xml(qs, category=s["title"], explanations=explanations_for(qs),
                                                   pictures=pictures)
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

def publish_page(s: dict, qs: list[Question], missing: list[str], form, problems: list, status: int = 200):
    pool = all_questions()
    clashes = give_aways([pool.get(q) for q in s["questions"]], store())
    return render_template("teach/publish.html", set=s, count=len(qs), missing=missing, problems=problems,
                           form=form, feedback_labels=FEEDBACK_LABELS, giveaways=clashes), status


@bp.route("/sets/<int:set_id>/publish", methods=["GET", "POST"])
@login_required
def publish(set_id: int):
    s = get_owned_set(set_id)
    qs, missing = set_questions(s)
    if request.method == "GET":
        return publish_page(s, qs, missing, {"title": s["title"], "attempts": "1", "shuffle_questions": "on",
                                             "shuffle_options": "on", "feedback": "each"}, [])
    form = request.form.copy()
    if form.get("answers_at_end"):  # "Publish, right answers at the end": the give-away warning's way out
        form["feedback"] = "end"
    opts, problems = AssignmentOptions.from_form(form, available=len(qs))
    if not qs:
        problems.append(("set", "The set has no questions yet: add some before publishing."))
    if problems:
        return publish_page(s, qs, missing, form, problems, 400)
    a = db.create_assignment(db.get_db(), tid(), set_id, opts.model_dump(mode="json"),
                             [q.model_dump(mode="json") for q in qs], new_join_code)
    return redirect(url_for("teach.assignment", assignment_id=a.id), 303)
