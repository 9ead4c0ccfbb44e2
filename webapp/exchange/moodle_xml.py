"""Moodle XML: export, and import as drafts (parsed with defusedxml).

No Flask here. A question's own elements are each type's business (`xml_write`, `xml_read` in
`webapp/qtypes`, found by `xml_name`); this module writes and reads everything around them.
"""
from __future__ import annotations

import base64
import re
from html import escape
import xml.etree.ElementTree as ET
from typing import Mapping

import defusedxml
import defusedxml.ElementTree as SafeET

from .. import qtypes  # the types use this package's helpers: ask the registry only when called
from ..schemas import Question
from .text import (Drafts, text_to_html, ExchangeError, Skipped, category_path, category_tag, clean, collect, explanation,
                   finish, label, note, slug, size_check, too_many, unsupported)
from .xml_syntax import COMBINED, find_text, html_el, text_el, xml_text
from ..rich_text import formatted
from .html_losses import FORMATTING, losses
from .images import EXTENSIONS, question_images

_IMG_TAG = re.compile(r"<img\b", re.I)

# how import messages name the Moodle types Sourced cannot ask
_OTHER_KINDS = {"essay": "essay", "description": "description",
                "multianswer": "cloze (embedded answers)", "cloze": "cloze (embedded answers)",
                "ddwtos": "drag and drop into text", "ddimageortext": "drag and drop onto image",
                "ddmarker": "drag and drop markers", "gapselect": "select missing words",
                "calculated": "calculated", "calculatedsimple": "simple calculated",
                "calculatedmulti": "calculated multichoice", "randomsamatch": "random short-answer matching",
                "random": "random", "stack": "STACK", "coderunner": "CodeRunner"}


# --- export ---------------------------------------------------------------------------------------

def _xml_question(root: ET.Element, q: Question, explanations: Mapping[str, str] | None,
                  pictures: Mapping[str, tuple[str, bytes]]) -> None:
    qtype = qtypes.get(q.type)
    el = ET.SubElement(root, "question", {"type": qtype.xml_name})
    ET.SubElement(ET.SubElement(el, "name"), "text").text = q.id
    _question_text(el, q, pictures)
    html_el(el, "generalfeedback", explanation(q, explanations))
    ET.SubElement(el, "defaultgrade").text = "1.0000000"
    ET.SubElement(el, "penalty").text = qtype.xml_penalty
    ET.SubElement(el, "hidden").text = "0"
    ET.SubElement(el, "idnumber").text = q.id
    qtype.xml_write(q, el)
    for hint in q.hints:
        html_el(el, "hint", hint)
    if q.tags:
        tags = ET.SubElement(el, "tags")
        for tag in q.tags:
            ET.SubElement(ET.SubElement(tags, "tag"), "text").text = clean(tag)


def _question_text(el: ET.Element, q: Question, pictures: Mapping[str, tuple[str, bytes]]) -> None:
    """<questiontext>: the prompt as HTML, then its pictures as <img> with their bytes in <file> elements."""
    shown = [(i, pictures[i.id]) for i in q.images if i.id in pictures]
    html = (q.prompt_html or text_to_html(q.prompt)) + "".join(
        f'<p><img src="@@PLUGINFILE@@/{i.id[:16]}.{EXTENSIONS[mime]}" alt="{escape(i.alt, quote=True)}"></p>'
        for i, (mime, _) in shown)
    qt = text_el(el, "questiontext", html)
    for i, (mime, data) in shown:
        f = ET.SubElement(qt, "file", {"name": f"{i.id[:16]}.{EXTENSIONS[mime]}", "path": "/", "encoding": "base64"})
        f.text = base64.b64encode(data).decode("ascii")


def export_moodle_xml(questions: list[Question], category: str | None = None,
                      explanations: Mapping[str, str] | None = None, *, include_ordering: bool = True,
                      pictures: Mapping[str, tuple[str, bytes]] | None = None) -> tuple[str, list[Skipped]]:
    """Moodle XML (<quiz><question type=...>) for the questions; returns (xml text, skipped).

    `include_ordering=False` leaves out the types that need more than a plain Moodle (orderings);
    `pictures` {image id: (type, bytes)} are the questions' stored pictures, written into the file."""
    root = ET.Element("quiz")
    skipped: list[Skipped] = []
    if category:
        cat = ET.SubElement(root, "question", {"type": "category"})
        ET.SubElement(ET.SubElement(cat, "category"), "text").text = clean(category_path(category))
        text_el(cat, "info", "")
    for q in questions:
        needs = qtypes.get(q.type).xml_requires
        if needs and not include_ordering:
            skipped.append(Skipped(q.id, f"{q.type} questions need {needs}; left out as asked"))
            continue
        _xml_question(root, q, explanations, pictures or {})
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n", skipped


# --- import ---------------------------------------------------------------------------------------

def _pictures(q: ET.Element, fields: dict, pictures: dict) -> None:
    """The question text's pictures, kept (their bytes in `pictures`, by id) or named as refused; pictures
    elsewhere (answers, feedback) are named as dropped."""
    images, refused = question_images(q, find_text(q.find("questiontext")))
    fields["images"] = [{"id": i.id, "alt": i.alt} for i in images]
    pictures.update({i.id: i for i in images})
    for why in refused:
        note(fields, "dropped", why)
    elsewhere = sum(len(_IMG_TAG.findall(t.text or "")) for el in q if el.tag != "questiontext" for t in el.iter("text"))
    if elsewhere:
        note(fields, "dropped", f"{elsewhere} picture(s) in answers or feedback (Sourced shows a question's "
                                "pictures under its text only)")


def _formatting(q: ET.Element, fields: dict) -> None:
    """The question text's formatting kept (cleaned); what other texts had, named in the report."""
    qt = q.find("questiontext")
    raw = find_text(qt) if qt is not None and qt.get("format", "html") in ("html", "moodle_auto_format") else ""
    if raw and (rich := formatted(raw)):
        fields["prompt_html"] = rich
        note(fields, "kept", "the question text's formatting (" + ", ".join(sorted({
            FORMATTING[t] for t in re.findall(r"<([a-z0-9]+)", rich) if t in FORMATTING})) + ")")
        raw = re.sub(r"<(sup|sub|em|i|strong|b|u|code|pre|ul|ol|table|h\d)\b", "<span", raw)  # kept: not a loss
    others = " ".join(t.text or "" for el in q if el.tag != "questiontext" for t in el.iter("text"))
    for kind, message in losses(raw + " " + others, images=False):
        note(fields, kind, message)


def _read_xml_question(q: ET.Element, index: int, taken: set[str], category: str | None,
                       pictures: dict) -> dict | Skipped:
    xml_type = q.get("type", "")
    name = find_text(q.find("name")).strip() or None
    qtype = next((t for t in qtypes.all_types() if t.xml_claims(q)), None)
    if qtype is None:
        return unsupported(name, index, _OTHER_KINDS.get(xml_type, repr(xml_type) if xml_type else "untyped"))
    prompt = xml_text(q.find("questiontext"))
    fields: dict = {"prompt": prompt, "explanation": xml_text(q.find("generalfeedback")) or None,
                    "source_name": name}
    for tag, attr in COMBINED:  # a multichoice's, matching's or ordering's right / partly / wrong feedback
        if text := xml_text(q.find(tag)):
            fields[attr] = text
    fields["hints"] = [h for h in (xml_text(el) for el in q.findall("hint")) if h][:10]
    tags = [category] + [" ".join(find_text(t).split())[:300] for t in q.findall("tags/tag")]
    fields["tags"] = list(dict.fromkeys(t for t in tags if t))[:20]
    _settings_dropped(q, fields)
    _pictures(q, fields, pictures)
    _formatting(q, fields)
    qtype.xml_read(q, fields, label(name, index))
    fields["id"] = slug(name or prompt[:50], taken)
    return fields


def _settings_dropped(q: ET.Element, fields: dict) -> None:
    """Moodle settings a Sourced question has no place for, named in the import report."""
    grade = find_text(q, "defaultgrade").strip()
    try:
        if grade and abs(float(grade) - 1) > 1e-6:
            note(fields, "dropped", f"its default mark of {float(grade):g} (every Sourced question is worth 1)")
    except ValueError:
        pass
    if find_text(q, "shuffleanswers").strip().lower() in ("0", "false"):
        note(fields, "dropped", "Moodle's \"keep the answers in order\" setting (Sourced shuffles them)")
    if q.findall("hint") and any(h.find(tag) is not None for h in q.findall("hint") for tag in ("shownumcorrect", "clearwrong")):
        note(fields, "dropped", "the hints' settings for Moodle's interactive tries (the hints' texts are kept)")


def _parse(data: bytes | str) -> ET.Element:
    """The <quiz> root of a Moodle XML file, parsed safely; ExchangeError for anything else."""
    if isinstance(data, bytes) and data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if isinstance(data, str):
        data = data.lstrip("\ufeff")
    if not data.strip():
        raise ExchangeError("the file is empty")
    try:
        root = SafeET.fromstring(data, forbid_dtd=True)
    except defusedxml.DTDForbidden:
        raise ExchangeError("the file declares a DTD (<!DOCTYPE ...>), where XML entities that expand "
                            "into gigabytes or read other files are defined; Moodle XML has none, so it is "
                            "refused for safety") from None
    except defusedxml.EntitiesForbidden:
        raise ExchangeError("the file declares XML entities, which are refused for safety "
                            "(they can expand into gigabytes)") from None
    except defusedxml.DefusedXmlException as e:
        raise ExchangeError(f"the file uses an XML feature refused for safety ({type(e).__name__})") from None
    except ET.ParseError as e:
        line, col = getattr(e, "position", (None, None))
        raise ExchangeError(f"this is not well-formed XML ({str(e).split(':')[0]}, column {col})",
                            line=line) from None
    if root.tag != "quiz":
        raise ExchangeError(f"this is not a Moodle XML question file: its root element is <{root.tag}>, "
                            "expected <quiz>")
    return root


def import_moodle_xml(data: bytes | str, *, skip_unsupported: bool = False) -> Drafts:
    """Read Moodle XML into drafts (ExchangeError names the question or line of a malformed file).
    Questions of types Sourced cannot ask are listed in `.skipped` and the report; with
    `skip_unsupported=False` the file is refused, naming every one of them.
    Parsed with defusedxml: DTDs, entity declarations and external entities are refused."""
    size_check(data)
    root = _parse(data)
    out = Drafts()
    taken: set[str] = set()
    index = 0
    category = None
    for q in root.findall("question"):
        if q.get("type") == "category":
            category = category_tag(find_text(q.find("category")))
            continue
        index += 1
        too_many(index)
        collect(_read_xml_question(q, index, taken, category, out.images), skip_unsupported, index, None, out,
                out.skipped)
    return finish(out, skip_unsupported, "the file holds no questions")
