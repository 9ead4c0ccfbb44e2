"""Issue 16: pictures in Moodle XML come in (stored by content, served with their checked type and
nosniff), SVG and non-pictures are refused with a line in the report, and they go back out as
Moodle writes them (<img src="@@PLUGINFILE@@/..."> with a base64 <file>)."""
from __future__ import annotations

import base64
import hashlib
import struct
import zlib

from lxml import etree

from webapp import db
from webapp.exchange import export_moodle_xml, import_moodle_xml
from webapp.schemas import Question

from .test_exchange_carry import SVG, moodle_xml
from .test_import_page import upload
from .test_teach import add, join, new_set, publish, signed_in  # noqa: F401  (signed_in is a fixture)


def png(width: int = 120, height: int = 60) -> bytes:
    """A real PNG: three coloured bands (made here, so the test needs no image files)."""
    rows = b"".join(b"\x00" + b"".join(bytes(((40, 90, 200), (240, 170, 30), (60, 160, 90))[3 * x // width])
                                        for x in range(width)) for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


PNG_BYTES = png()
PNG_ID = hashlib.sha256(PNG_BYTES).hexdigest()
B64 = base64.b64encode(PNG_BYTES).decode()


def pictured(name="Chart question", text=None, files="", answers_html=""):
    text = text or '<p>Which colour is on the left?</p><p><img src="@@PLUGINFILE@@/bands.png" alt="Three coloured bands"></p>'
    return (f'<question type="multichoice"><name><text>{name}</text></name>'
            f'<questiontext format="html"><text><![CDATA[{text}]]></text>'
            f'<file name="bands.png" path="/" encoding="base64">{B64}</file>{files}</questiontext>'
            '<single>true</single>'
            f'<answer fraction="100" format="html"><text>Blue</text><feedback format="html"><text>Yes, blue.</text></feedback></answer>'
            f'<answer fraction="0" format="html"><text><![CDATA[Orange{answers_html}]]></text>'
            '<feedback format="html"><text>Orange is in the middle.</text></feedback></answer></question>')


def test_a_plugin_file_picture_comes_in_with_its_description():
    drafts = import_moodle_xml(moodle_xml(pictured()))
    d = drafts[0]
    assert [(i.id, i.alt) for i in d.images] == [(PNG_ID, "Three coloured bands")]
    assert drafts.images[PNG_ID].mime == "image/png" and drafts.images[PNG_ID].data == PNG_BYTES
    assert "1 image(s) kept" in " ".join(drafts.report[0].kept)


def test_a_data_uri_picture_comes_in():
    text = f'<p>Look:</p><img alt="bands" src="data:image/png;base64,{B64}">'
    d = import_moodle_xml(moodle_xml(pictured(text=text)))[0]
    assert [i.id for i in d.images] == [PNG_ID]


def test_svg_with_a_script_and_fake_pictures_are_refused_with_a_line_each():
    svg = base64.b64encode(SVG.encode()).decode()
    fake = base64.b64encode(b"<html><script>alert(1)</script></html>").decode()
    text = ('<p>Q</p><img src="@@PLUGINFILE@@/evil.svg" alt="x"><img src="@@PLUGINFILE@@/photo.png" alt="y">'
            '<img src="@@PLUGINFILE@@/missing.png">')
    files = (f'<file name="evil.svg" path="/" encoding="base64">{svg}</file>'
             f'<file name="photo.png" path="/" encoding="base64">{fake}</file>')
    drafts = import_moodle_xml(moodle_xml(pictured(text=text, files=files)))
    assert drafts[0].images == [] and drafts.images == {}
    dropped = " ".join(drafts.report[0].dropped)
    assert "SVG drawing 'evil.svg'" in dropped and "can carry scripts" in dropped
    assert "'photo.png' (not a PNG, JPEG, GIF or WebP picture)" in dropped
    assert "'missing.png' (its data is not in the file)" in dropped


def test_an_oversized_picture_is_refused_and_pictures_in_answers_are_named():
    big = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\0" * 400_000).decode()
    text = '<p>Q</p><img src="@@PLUGINFILE@@/big.png">'
    drafts = import_moodle_xml(moodle_xml(pictured(text=text, files=f'<file name="big.png" encoding="base64">{big}</file>',
                                                   answers_html='<img src="@@PLUGINFILE@@/a.png">')))
    dropped = " ".join(drafts.report[0].dropped)
    assert "'big.png' (400,008 bytes; the limit is 300,000 per image)" in dropped
    assert "1 picture(s) in answers or feedback" in dropped


def test_pictures_go_back_out_as_moodle_writes_them_and_come_in_again():
    d = import_moodle_xml(moodle_xml(pictured()))[0]
    q = Question(**{**d.model_dump(exclude={"source_name", "source_line"}), "fact_ids": ["ff"],
                    "explanation": "Why.", "topics": ["tt"]})
    xml, _ = export_moodle_xml([q], pictures={PNG_ID: ("image/png", PNG_BYTES)})
    qt = etree.fromstring(xml.encode()).find("question/questiontext")
    assert f'<img src="@@PLUGINFILE@@/{PNG_ID[:16]}.png" alt="Three coloured bands">' in qt.findtext("text")
    f = qt.find("file")
    assert f.get("name") == f"{PNG_ID[:16]}.png" and f.get("encoding") == "base64"
    assert base64.b64decode(f.text) == PNG_BYTES
    back = import_moodle_xml(xml)
    assert [(i.id, i.alt) for i in back[0].images] == [(PNG_ID, "Three coloured bands")]


def test_the_app_stores_serves_and_shows_the_picture(client, signed_in, app):
    r = upload(client, moodle_xml(pictured()), "pictures.xml")
    assert r.status_code == 200, r.get_data(as_text=True)
    got = client.get(f"/quiz/images/{PNG_ID}")
    assert got.status_code == 200 and got.data == PNG_BYTES and got.mimetype == "image/png"
    assert got.headers["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in got.headers["Content-Security-Policy"]
    assert client.get("/quiz/images/" + "0" * 64).status_code == 404
    assert client.get("/quiz/images/not-an-id").status_code == 404
    database = db.connect(app.config["DATABASE"])
    assert database["question_images"].count == 1
    draft = db.teacher_questions(database, 1, "draft")[0]
    assert draft["body"]["images"] == [{"id": PNG_ID, "alt": "Three coloured bands"}]


def test_a_student_sees_the_picture_and_the_cleaned_formatting(client, signed_in, app):
    rich = ('<p>Which colour is <em>left</em> of x<sup>2</sup>?</p><script>alert(1)</script>'
            '<p><img src="@@PLUGINFILE@@/bands.png" alt="Three coloured bands"></p>')
    assert upload(client, moodle_xml(pictured(text=rich)), "pictures.xml").status_code == 200
    database = db.connect(app.config["DATABASE"])
    draft = db.teacher_questions(database, 1, "draft")[0]
    body = {**{k: v for k, v in draft["body"].items() if k not in ("source_name", "source_line")}, "fact_ids": ["record-week-august-2024"], "explanation": "Because.",
            "topics": ["surrenders"], "options": [{**o, "fact": "record-week-august-2024"} if o["id"] == "a" else o
                                                  for o in draft["body"]["options"]]}
    db.save_teacher_question(database, 1, draft["id"], body, "ready")
    set_id = new_set(client)
    assert add(client, set_id, draft["id"]).status_code == 303
    _, code = publish(client, set_id)
    student, url = join(app, code, "Ada")
    page = student.get(url).get_data(as_text=True)
    assert f'src="/quiz/images/{PNG_ID}" alt="Three coloured bands"' in page
    assert "<em>left</em> of x<sup>2</sup>" in page and "alert(1)" not in page
