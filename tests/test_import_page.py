"""Issue 16 in the app: the import page's report and its one size limit, a seven-option imported
question edited to ready in the teacher's form, and the student reading the chosen option's feedback."""
from __future__ import annotations

import io
import re

import pytest
from lxml import html as lhtml
from werkzeug.datastructures import FileStorage, MultiDict
from werkzeug.test import encode_multipart

from webapp import db, exchange
from webapp.config import IMPORT_MAX_BYTES, REQUEST_OVERHEAD

from .test_exchange_carry import SEVEN, UNSUPPORTED_XML, WORDS, moodle_xml
from .test_teach import add, join, new_set, publish, signed_in  # noqa: F401  (signed_in is a fixture)

FACT = "record-week-august-2024"


def upload(client, data: bytes | str, name: str, **form):
    data = data.encode() if isinstance(data, str) else data
    # encoded in memory: the test client would spool a large body to a temporary file it never closes
    fields = MultiDict({"file": FileStorage(io.BytesIO(data), filename=name), **form})
    boundary, body = encode_multipart(fields)
    return client.post("/teach/import", data=body, content_type=f"multipart/form-data; boundary={boundary}")


def test_the_report_lists_every_question_with_what_came_in(client, signed_in):
    r = upload(client, UNSUPPORTED_XML, "science.xml")
    page = r.get_data(as_text=True)
    assert r.status_code == 200 and "1 question imported as drafts" in page
    doc = lhtml.fromstring(page)
    entries = [" ".join(li.text_content().split()) for li in doc.xpath("//li[contains(@class, 'report-entry')]")]
    assert len(entries) == 6
    assert entries[0].startswith("Seven options (one answer) imported")
    assert "7 options kept; the question form shows all of them" in entries[0]
    assert "Dropped: its default mark of 2" in entries[0]
    for name, kind in [("Explain reactions", "essay"), ("Read this first", "description"),
                       ("Fill the gaps", "cloze"), ("Drag words", "drag and drop into text"), ("Formula", "calculated")]:
        entry = next(e for e in entries if e.startswith(name))
        assert kind in entry and "left out" in entry and "Why:" in entry


def test_strict_import_refuses_naming_every_question(client, signed_in, app):
    r = upload(client, UNSUPPORTED_XML, "science.xml", strict="on")
    page = r.get_data(as_text=True)
    assert r.status_code == 400 and "Nothing was imported" in page
    assert all(n in page for n in ("Explain reactions", "Read this first", "Fill the gaps", "Drag words", "Formula"))
    assert db.connect(app.config["DATABASE"])["teacher_questions"].count == 0


def test_one_size_limit_on_the_page_in_the_form_check_and_at_the_server(client, signed_in, app):
    assert exchange.MAX_BYTES == IMPORT_MAX_BYTES
    assert app.config["MAX_CONTENT_LENGTH"] == IMPORT_MAX_BYTES + REQUEST_OVERHEAD
    page = client.get("/teach/import").get_data(as_text=True)
    assert "up to 1 MB" in page and f'data-max-bytes="{IMPORT_MAX_BYTES}"' in page
    # just over the limit: the import's own check
    over = b"::Q::A? {T}\n\n" + b"// " + b"x" * IMPORT_MAX_BYTES + b"\n"
    r = upload(client, over, "big.gift")
    assert r.status_code == 413 and "larger than 1 MB" in r.get_data(as_text=True)
    assert "<form" in r.get_data(as_text=True)  # the import page again, not a bare error
    # far over: the server's request limit, and still the import page
    r = upload(client, b"x" * (IMPORT_MAX_BYTES + REQUEST_OVERHEAD + 10), "huge.gift")
    assert r.status_code == 413 and "larger than 1 MB" in r.get_data(as_text=True)
    assert "Import GIFT or Moodle XML" in r.get_data(as_text=True)
    # a file between the old 512 KB and 1 MB comes in
    body = b"::Q::A? {T}\n\n// " + b"y" * 700_000 + b"\n"
    assert upload(client, body, "mid.gift").status_code == 200


def form_of(page: str) -> dict:
    """What a browser posts for the question form as shown (inputs, ticked boxes, textareas, selects)."""
    doc = lhtml.fromstring(page)
    form = doc.xpath("//form[contains(@class, 'question-form')]")[0]
    data: dict = {}
    for el in form.iter("input", "textarea", "select"):
        name = el.get("name")
        if not name or el.get("type") == "submit":
            continue
        if el.get("type") in ("checkbox", "radio"):
            if el.get("checked") is not None:
                data.setdefault(name, []).append(el.get("value"))
        elif el.tag == "select":
            chosen = [o.get("value") for o in el.iter("option") if o.get("selected") is not None]
            if chosen:
                data[name] = chosen if el.get("multiple") is not None else chosen[0]
        else:
            data[name] = el.value if el.tag == "textarea" else (el.get("value") or "")
    return data


def test_a_seven_option_import_edits_to_ready_and_the_student_reads_its_feedback(client, signed_in, app):
    assert upload(client, moodle_xml(SEVEN), "seven.xml").status_code == 200
    database = db.connect(app.config["DATABASE"])
    draft = db.teacher_questions(database, 1, "draft")[0]
    page = client.get(f"/teach/questions/{draft['id']}/edit").get_data(as_text=True)
    data = form_of(page)
    assert [data[f"option-{k}-text"] for k in range(7)] == [f"choice {w}" for w in WORDS]
    assert data["correct"] == ["4"]  # the fifth option, ticked
    assert data["option-4-feedback"] == "fb 5" and data["right_feedback"] == "Well done."
    assert "2 hint(s)" in page
    # the teacher ties it to a fact, names the fact the right option states and explains it
    data.update({"fact_ids": FACT, "option-4-fact": FACT, "prompt": "Which option is the right one?",
                 "explanation": "The record week saw {{record-week-august-2024}}, as the news report says."})
    r = client.post(f"/teach/questions/{draft['id']}/edit", data=data)
    assert r.status_code == 303, re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", r.get_data(as_text=True)))[:3000]
    row = db.teacher_question(database, 1, draft["id"])
    assert row["status"] == "ready"
    body = row["body"]
    assert len(body["options"]) == 7 and body["hints"] == ["Think about squares.", "Remove the wrong ones."]
    assert [o.get("feedback") for o in body["options"]] == [f"fb {n}" for n in range(1, 8)]
    # exported back: every option, its feedback, the hints
    set_id = new_set(client)
    assert add(client, set_id, draft["id"]).status_code == 303
    xml = client.get(f"/teach/sets/{set_id}/export.xml").get_data(as_text=True)
    back = exchange.import_moodle_xml(xml)[0]
    assert len(back.options) == 7 and [o.feedback for o in back.options][4] == "fb 5"
    assert back.hints == ["Think about squares.", "Remove the wrong ones."]
    # a student who picks a wrong option reads that option's feedback and the "wrong" feedback
    _, code = publish(client, set_id, feedback="each")
    student, url = join(app, code, "Ada")
    question = student.get(url).get_data(as_text=True)
    pos = re.search(r'name="position" value="(\d+)"', question).group(1)
    value = next(v for v, text in re.findall(r'name="answer" value="(\d+)"> ([^<]+)</label>', question)
                 if text.strip() == "choice two")
    r = student.post(url + "/answer", data={"position": pos, "answer": value})
    fb = student.get(r.headers["Location"]).get_data(as_text=True) if r.status_code == 303 else r.get_data(as_text=True)
    assert "Feedback on your answer" in fb and "fb 2" in fb and "Not this time." in fb


@pytest.mark.parametrize("credit", ["150", "abc"])
def test_a_bad_credit_is_a_message_beside_the_option(client, signed_in, app, credit):
    assert upload(client, moodle_xml(SEVEN), "seven.xml").status_code == 200
    draft = db.teacher_questions(db.connect(app.config["DATABASE"]), 1, "draft")[0]
    data = form_of(client.get(f"/teach/questions/{draft['id']}/edit").get_data(as_text=True))
    data.update({"fact_ids": FACT, "option-4-fact": FACT, "option-1-credit": credit,
                 "explanation": "The record week saw {{record-week-august-2024}}, as the news report says."})
    r = client.post(f"/teach/questions/{draft['id']}/edit", data=data)
    assert r.status_code == 422 and "percentage from -100 to 100" in r.get_data(as_text=True)


def test_exports_write_citations_as_text_not_bare_markers(client, signed_in, app):
    bank = app.extensions["sourced"].bank.authored
    store = app.extensions["sourced"].store
    q = next(x for x in bank if x.type == "single" and "{{" in x.explanation)
    set_id = new_set(client)
    assert add(client, set_id, q.id).status_code == 303
    for fmt in ("xml", "gift"):
        text = client.get(f"/teach/sets/{set_id}/export.{fmt}").get_data(as_text=True)
        assert not re.search(r"\[\d+\]", text), fmt
        fact = store.facts[q.fact_ids[0]]
        c = fact.citations[0]
        assert f"paragraph {c.paragraph}" in text and f"claimed by {fact.claimant}".replace(":", "\\:") in text \
            or f"opinion of {fact.claimant}" in text
        assert "Source" in text
