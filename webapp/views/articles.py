"""Teachers' own articles (issue 20): add an article, review its drafted facts, publish, export/import;
and the public face of a published subject: its fact sheet, a quiz on it, its bot.

The rules live in webapp/articles.py and webapp/served.py; this module reads forms and renders."""
from __future__ import annotations

from flask import Blueprint, Response, abort, current_app, g, redirect, render_template, request, url_for

from .. import db
from .. import served as live
from ..articles import (KINDS, MAX_TEXT_CHARS, QUALIFIERS, ArticleRefused, DraftFact, changed_cited, check_bundle,
                        check_draft, draft_facts, split_paragraphs, draft_from_form, export_zip, fact_of, import_zip, new_source, paragraph_quote,
                        pasted, publishable, read_article_form, read_upload, sha256, slugify)
from ..schemas import Fact, Source
from ..web import limiter
from .teach import login_required

bp = Blueprint("articles", __name__)
FACT_KINDS = ("figure", "claim", "opinion", "context")


@bp.app_template_global()
def article_choices() -> list[Source]:
    """Every article the served content holds (the site's and published subjects'): the set builder's filter."""
    return list(current_app.extensions["sourced"].store.sources.values())


@bp.app_template_global()
def teacher_subjects() -> list[dict]:
    """Published teachers' subjects (id, title), read once per request."""
    if "teacher_subjects" not in g:
        g.teacher_subjects = db.list_subjects(db.get_db(), published=True)
    return g.teacher_subjects


@bp.app_template_global()
def site_counts() -> dict:
    """The site's own subject (content/), without the teachers' ones merged into the served store."""
    base = current_app.extensions["sourced"].base.store
    return {"sources": len(base.sources), "facts": len(base.facts)}


# --- lookups ---------------------------------------------------------------------------------------

def my_subject(sid: str) -> dict:
    """This teacher's subject, or 404 (someone else's is not found either)."""
    row = db.get_subject(db.get_db(), sid[:100])
    if row is None or row["teacher_id"] != g.teacher["id"]:
        abort(404)
    return row


def visible_subject(sid: str) -> dict:
    """A published subject, or the signed-in author's own unpublished one; else 404."""
    row = db.get_subject(db.get_db(), sid[:100])
    if row is None:
        abort(404)
    if row["published_at"] is None and (g.get("teacher") is None or g.teacher["id"] != row["teacher_id"]):
        abort(404)
    return row


def seed() -> int:
    return int(current_app.config["QUESTION_SEED"])


def drafts_of(row: dict) -> list[DraftFact]:
    drafts = [DraftFact(**{**f["body"]["draft"], "status": f["status"]}) for f in row["facts"] if f["body"].get("draft")]
    return sorted(drafts, key=lambda d: d.paragraph)  # a split-off draft sits with its paragraph


def confirmed_facts(row: dict, but: str = "") -> list[Fact]:
    return [Fact.model_validate(f["body"]["fact"]) for f in row["facts"]
            if f["status"] == "confirmed" and f["body"].get("fact") and f["id"] != but]


def source_of_row(row: dict) -> Source:
    return Source.model_validate(row["sources"][0]["meta"])


# --- adding an article -----------------------------------------------------------------------------

@bp.get("/teach/articles/")
@login_required
def mine():
    return render_template("articles/mine.html", subjects=db.list_subjects(db.get_db(), g.teacher["id"]))


def add_page(errors: dict | None = None, form=None, status: int = 200):
    return render_template("articles/add.html", errors=errors or {}, form=form or {}, kinds=KINDS,
                           max_chars=MAX_TEXT_CHARS), status


@bp.get("/teach/articles/new")
@login_required
def add():
    return add_page()


@bp.post("/teach/articles/new")
@login_required
@limiter.limit("30/minute")
def add_post():
    meta, errors = read_article_form(request.form)
    try:
        text = read_text(request)
    except ArticleRefused as e:
        errors["text"] = str(e)
        text = None
    if errors or meta is None:
        return add_page(errors, request.form, 400)
    database = db.get_db()
    if (known := db.subject_with_text(database, g.teacher["id"], sha256(text))) is not None:
        return redirect(url_for("articles.review", sid=known, known=1), 303)
    sid = db.free_subject_id(database, slugify(meta.title))
    try:
        drafts = draft_facts(sid, text)
    except ArticleRefused as e:
        return add_page({"text": str(e)}, request.form, 400)
    source = new_source(sid, meta, text)
    db.insert_subject(database, g.teacher["id"], sid, meta.title,
                      [{"id": sid, "meta": source.model_dump(mode="json"), "text": text, "sha256": source.sha256}],
                      [{"id": d.id, "status": "draft", "body": {"draft": d.as_dict()}} for d in drafts], [])
    return redirect(url_for("articles.review", sid=sid), 303)


def read_text(req) -> str:
    upload = req.files.get("file")
    if upload is not None and upload.filename:
        if not upload.filename.lower().endswith(".txt"):
            raise ArticleRefused("Upload a plain-text .txt file (or paste the text).")
        return read_upload(upload.read(MAX_TEXT_CHARS * 4 + 1))
    return pasted(req.form.get("text", ""))


# --- reviewing drafts ------------------------------------------------------------------------------

def review_ctx(row: dict, problems: dict | None = None) -> dict:
    source = source_of_row(row)
    text = row["sources"][0]["text"]
    drafts = drafts_of(row)
    return {"row": row, "source": source, "drafts": drafts, "problems": problems or {},
            "quotes": {d.id: paragraph_quote(text, d.paragraph) for d in drafts}, "qualifiers": QUALIFIERS,
            "fact_kinds": FACT_KINDS, "left": sum(1 for d in drafts if d.status == "draft"),
            "confirmed": sum(1 for d in drafts if d.status == "confirmed"), "known": request.args.get("known")}


@bp.get("/teach/articles/<sid>")
@login_required
def review(sid: str):
    row = my_subject(sid)
    if not row["facts"] or not row["facts"][0]["body"].get("draft"):  # imported: nothing to review
        return redirect(url_for("articles.sheet", sid=sid), 303)
    return render_template("articles/review.html", **review_ctx(row))


def the_draft(row: dict, fid: str) -> DraftFact:
    for d in drafts_of(row):
        if d.id == fid:
            return d
    abort(404)


@bp.post("/teach/articles/<sid>/facts/<fid>/check")
@login_required
def check_live(sid: str, fid: str):
    """htmx: the draft's problems as the teacher types (the same check as saving runs)."""
    row = my_subject(sid)
    source, text = source_of_row(row), row["sources"][0]["text"]
    d = draft_from_form(the_draft(row, fid), request.form, source)
    problems = check_draft(d, source, text, confirmed_facts(row, but=fid))
    return render_template("articles/_check.html", problems=problems, d=d)


@bp.post("/teach/articles/<sid>/facts/<fid>")
@login_required
def save_draft(sid: str, fid: str):
    row = my_subject(sid)
    if row["published_at"] is not None:
        abort(409, "This subject is published: its facts are frozen.")
    source, text = source_of_row(row), row["sources"][0]["text"]
    d = draft_from_form(the_draft(row, fid), request.form, source)
    action = request.form.get("action", "confirm")
    if action == "skip":
        d.status = "skipped"
        db.save_subject_fact(db.get_db(), sid, fid, "skipped", {"draft": d.as_dict()})
        return redirect(url_for("articles.review", sid=sid) + f"#{fid}", 303)
    problems = check_draft(d, source, text, confirmed_facts(row, but=fid))
    if problems:
        row["facts"] = [f if f["id"] != fid else {**f, "body": {"draft": d.as_dict()}} for f in row["facts"]]
        return render_template("articles/review.html", **review_ctx(row, {fid: problems})), 422
    fact, _ = fact_of(d, source)
    d.status = "confirmed"
    original = the_draft(row, fid)
    kept = {g["text"] for g in d.figures}
    rest = [g for g in original.figures if g["text"] not in kept]  # unticked: a claim of their own
    split = DraftFact(id=next_fact_id(row), paragraph=d.paragraph, figures=rest, claimant=original.claimant,
                      kind=original.kind) if rest else None
    db.save_subject_fact(db.get_db(), sid, fid, "confirmed", {"draft": d.as_dict(), "fact": fact.model_dump(mode="json")},
                         new={"id": split.id, "status": "draft", "body": {"draft": split.as_dict()}} if split else None)
    return redirect(url_for("articles.review", sid=sid) + f"#{split.id if split else fid}", 303)


def next_fact_id(row: dict) -> str:
    numbers = [int(f["id"].rsplit("-", 1)[1]) for f in row["facts"] if f["id"].rsplit("-", 1)[-1].isdigit()]
    return f"{row['id']}-{max(numbers, default=0) + 1}"


@bp.post("/teach/articles/<sid>/publish")
@login_required
def publish(sid: str):
    row = my_subject(sid)
    if row["published_at"] is not None:
        return redirect(url_for("articles.sheet", sid=sid), 303)
    ctx = review_ctx(row)
    bundle = publishable(live.bundle_of(row))
    error = None
    if ctx["left"]:
        error = f"{ctx['left']} draft(s) still wait for you: confirm or skip each before publishing."
    elif not bundle.facts:
        error = "Confirm at least one fact before publishing: a subject with no facts teaches nothing."
    elif problems := check_bundle(bundle):
        error = "The subject does not pass content check: " + "; ".join(str(p) for p in problems[:5])
    elif live.clashes(current_app.extensions["sourced"].base.store, live.store_of(bundle)):
        error = "Its ids are already used by the site's own content, so it cannot be published next to it."
    elif author_name(request.form) == "":
        error = "Type the name to show with the subject, or untick “Show my name”."
    if error:
        ctx["publish_error"] = error
        return render_template("articles/review.html", **ctx), 409
    db.publish_subject(db.get_db(), sid, author_name(request.form),
                       {s.id: s.model_dump(mode="json") for s in bundle.sources})
    return redirect(url_for("articles.sheet", sid=sid), 303)


def author_name(form) -> str | None:
    """The name the teacher chose to show (None: show none; "": ticked but left empty)."""
    if form.get("show_author") != "on":
        return None
    return " ".join((form.get("author_name") or "").split())[:80]


# --- export / import -------------------------------------------------------------------------------

@bp.get("/teach/articles/<sid>/export.zip")
@login_required
def export(sid: str):
    row = my_subject(sid)
    bundle = live.bundle_of(row) if row["published_at"] is not None else publishable(live.bundle_of(row))
    return Response(export_zip(bundle), mimetype="application/zip",
                    headers={"Content-Disposition": f'attachment; filename="{sid}.zip"'})


@bp.route("/teach/articles/import", methods=["GET", "POST"])
@login_required
def import_subject():
    if request.method == "GET":
        return render_template("articles/import.html", error=None)
    upload = request.files.get("file")
    try:
        if upload is None or not upload.filename:
            raise ArticleRefused("Choose a .zip file exported from Sourced (content/ and texts/ inside).")
        bundle = import_zip(upload.read())
    except ArticleRefused as e:
        return render_template("articles/import.html", error=str(e)), 400
    database = db.get_db()
    known = db.subject_with_text(database, g.teacher["id"], sha256(bundle.texts[bundle.sources[0].id]))
    if known is not None:
        return redirect(url_for("articles.sheet", sid=known), 303)
    if taken := db.ids_taken(database, [s.id for s in bundle.sources], [f.id for f in bundle.facts]):
        return render_template("articles/import.html", error="Nothing was imported: another subject already "
                               f"uses the id(s) {', '.join(taken[:5])}."), 409
    sid = bundle.sources[0].id
    db.insert_subject(database, g.teacher["id"], sid, bundle.sources[0].title,
                      [{"id": s.id, "meta": s.model_dump(mode="json"), "text": bundle.texts[s.id],
                        "sha256": sha256(bundle.texts[s.id])} for s in bundle.sources],
                      [{"id": f.id, "status": "confirmed", "body": {"fact": f.model_dump(mode="json")}}
                       for f in bundle.facts], [m.model_dump(mode="json") for m in bundle.modules])
    return redirect(url_for("articles.sheet", sid=sid), 303)


# --- the public face -------------------------------------------------------------------------------

@bp.get("/subjects/")
def subjects():
    rows = db.list_subjects(db.get_db(), published=True)
    return render_template("articles/subjects.html", subjects=rows)


def served(row: dict) -> live.Subject:
    return live.subject(row, seed())


@bp.get("/subjects/<sid>")
def sheet(sid: str):
    row = visible_subject(sid)
    s = served(row)
    by_para = []
    for src in s.store.sources.values():
        text = row_text(row, src.id)
        paras: dict[int, list] = {}
        for f in s.store.facts.values():
            if f.citations[0].source_id == src.id:
                paras.setdefault(f.citations[0].paragraph, []).append(f)
        by_para.append({"source": src, "paragraphs": [(n, paragraph_quote(text, n), fs) for n, fs in sorted(paras.items())]})
    return render_template("articles/sheet.html", row=row, subject=s, by_source=by_para,
                           questions=len(s.bank.questions), merged=not live.clashes(
                               current_app.extensions["sourced"].base.store, s.store))


def row_text(row: dict, source_id: str) -> str:
    return next(x["text"] for x in row["sources"] if x["id"] == source_id)


@bp.route("/subjects/<sid>/ask", methods=["GET", "POST"])
@limiter.limit("20/minute;300/hour", methods=["POST"])
def ask(sid: str):
    row = visible_subject(sid)
    s = served(row)
    question = (request.values.get("question") or "").strip()[:500]
    replies = [(s.title, s.bot.answer(question)[0])] if question and s.bot else []
    tpl = "articles/_answers.html" if request.htmx else "articles/ask.html"
    return render_template(tpl, subject=s, row=row, question=question, replies=replies)


@bp.route("/subjects/ask", methods=["GET", "POST"])
@limiter.limit("20/minute;300/hour", methods=["POST"])
def ask_all():
    """Across every published subject: each article's bot answers, and the reply says which article. With
    none published there is nothing to ask across: the page says so and sends the visitor to /ask."""
    subjects = live.published(db.get_db(), seed())
    question = (request.values.get("question") or "").strip()[:500] if subjects else ""
    replies = []
    if question:
        for s in subjects:
            if s.bot and (reply := s.bot.answer(question)[0]).answered:
                replies.append((s.title, reply))
    tpl = "articles/_answers.html" if request.htmx else "articles/ask.html"
    return render_template(tpl, subject=None, row=None, question=question, replies=replies, none_published=not subjects)


# --- the text is frozen where facts cite it ----------------------------------------------------------

@bp.post("/teach/articles/<sid>/text")
@login_required
def replace_text(sid: str):
    """A corrected text is taken only while no fact cites a paragraph it would change."""
    row = my_subject(sid)
    old = row["sources"][0]["text"]
    try:
        new = pasted(request.form.get("text", ""))
    except ArticleRefused as e:
        return text_refused(row, str(e), 400)
    if row["published_at"] is not None:
        return text_refused(row, "This subject is published: its text is frozen.", 409)
    if changed := changed_cited(old, new, confirmed_facts(row), sid):
        return text_refused(row, "The text is frozen where facts cite it: this edit would change paragraph(s) "
                                 f"{', '.join(map(str, changed))}, which confirmed facts quote. Nothing was changed.", 409)
    if new == old:
        return redirect(url_for("articles.review", sid=sid), 303)
    if confirmed_facts(row):  # facts cite paragraph numbers: any change could shift them
        return text_refused(row, "The text is frozen once a fact is confirmed: add the corrected text as a new "
                                 "article instead. Nothing was changed.", 409)
    return replace_unconfirmed(row, new)


def text_refused(row: dict, message: str, status: int):
    ctx = review_ctx(row)
    ctx["text_error"] = message
    return render_template("articles/review.html", **ctx), status


def replace_unconfirmed(row: dict, new: str):
    sid = row["id"]
    try:
        drafts = draft_facts(sid, new)
    except ArticleRefused as e:
        return text_refused(row, str(e), 400)
    meta = source_of_row(row).model_copy(update={"sha256": sha256(new), "paragraphs": len(split_paragraphs(new))})
    db.replace_subject_text(db.get_db(), sid, meta.model_dump(mode="json"), new,
                            [{"id": d.id, "status": "draft", "body": {"draft": d.as_dict()}} for d in drafts])
    return redirect(url_for("articles.review", sid=sid), 303)
