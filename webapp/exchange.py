"""Exchange question sets with LMSs: export Moodle XML and GIFT, import them back as drafts.

Pure functions, no Flask, no database: the caller stores the drafts in one transaction.

Export
- `export_moodle_xml(questions, category=None, explanations=None)` and `export_gift(...)` return
  `(text, skipped)`, `skipped` a list of `Skipped(id, reason)` for questions the format cannot carry.
- Types: single/multiple -> multichoice (single: 100/0; multiple: +100/n for each of the n right
  options and -100/n for each wrong one, which is exactly how Sourced scores a multiple-answer
  question; Moodle floors the sum at 0 as we do); truefalse; numeric -> numerical with tolerance
  (Moodle XML carries the unit as a unit with multiplier 1; GIFT has no units, so the unit is written
  at the end of the prompt as "(unit: soldiers)" and read back from there); matching -> matching.
- Ordering: Moodle XML writes qtype_ordering (a standard question type since Moodle 4.4; older
  Moodles need the plugin), unless `include_ordering=False`; GIFT has no ordering syntax, so GIFT
  skips it with a reason.
- Texts are the project's plain text: Moodle XML gets them as HTML (escaped, in <p>), GIFT as
  `[plain]` text with GIFT's special characters escaped, so `<script>` stays text everywhere.
- The general feedback is the explanation: pass `explanations` {question id: rendered plain text};
  without one, an explanation is exported only if it carries no {{fact}} / [[fact]] markup.

Import
- `import_gift(text)` and `import_moodle_xml(data)` return a list of `DraftQuestion` (schemas.py),
  all or nothing: any problem raises `ExchangeError(message, line=..., question=...)` naming the line
  (GIFT) or the question's name and position (XML).
- Input is limited to MAX_BYTES and MAX_QUESTIONS. Moodle XML is parsed with defusedxml: DTDs,
  entity declarations (billion laughs) and external entities are refused.
- Supported: multichoice (single and multiple), truefalse, numerical, matching, and ordering
  (Moodle XML). Essay, description, short answer, cloze (multianswer), calculated, drag-and-drop
  and the rest are unsupported: by default that is an ExchangeError naming the question (nothing is
  imported); with `skip_unsupported=True` they are left out and listed in the result's `.skipped`.
- What a draft cannot hold is simplified, not refused: per-answer feedback is dropped; a numerical
  question keeps its full-credit answer (partial-credit alternatives are dropped); a multiple-answer
  question keeps which options earn credit (not their exact weights); a Moodle matching question's
  extra distractor answers (subquestions without text) are dropped. Partial credit on a
  single-answer question, or no right answer at all, is an error.
"""
from __future__ import annotations

import html
import math
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from typing import Iterable, Mapping, NamedTuple

import defusedxml
import defusedxml.ElementTree as SafeET
from pydantic import ValidationError

from .schemas import FACT_LINK, FIGURE_REF, DraftQuestion, Question

MAX_BYTES = 1_000_000
MAX_QUESTIONS = 500
SUPPORTED = "multiple choice (one or several right answers), true/false, numerical, matching and ordering"


class ExchangeError(ValueError):
    """A file that cannot be imported; `line` (GIFT) and `question` (name or position) locate it."""

    def __init__(self, message: str, line: int | None = None, question: str | None = None):
        self.message, self.line, self.question = message, line, question
        super().__init__(message)

    def __str__(self) -> str:
        where = []
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.question:
            where.append(f"question {self.question}")
        if not where:
            return self.message
        lead = ", ".join(where)
        return f"{lead[0].upper()}{lead[1:]}: {self.message}"


class Skipped(NamedTuple):
    id: str
    reason: str


class Drafts(list):
    """The imported drafts (a plain list) plus `.skipped`: (name, reason) for questions left out."""

    def __init__(self, items: Iterable[DraftQuestion] = (), skipped: Iterable[Skipped] = ()):
        super().__init__(items)
        self.skipped: list[Skipped] = list(skipped)


# --- shared helpers -------------------------------------------------------------------------------

_BAD_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _BAD_XML_CHARS.sub("", text)


def _num(v: float) -> str:
    """A number as Moodle reads it: 10000, 0.5, -3.25 (no trailing .0)."""
    return f"{float(v):.15g}"


def _weight(frac: float) -> str:
    """A grade percentage the way Moodle writes it: 100, 50, 33.33333, -14.28571."""
    return f"{frac:.7g}"


def _explanation(q: Question, explanations: Mapping[str, str] | None) -> str:
    if explanations is not None and q.id in explanations:
        return explanations[q.id] or ""
    if FIGURE_REF.search(q.explanation) or FACT_LINK.search(q.explanation):
        return ""  # unrendered {{fact}} references would reach the LMS as markup
    return q.explanation


def _text_to_html(text: str) -> str:
    paras = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    return "".join("<p>" + html.escape(p.strip()).replace("\n", "<br>") + "</p>" for p in paras)


class _TextOf(HTMLParser):
    BLOCK = {"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "table"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "br":
            self.out.append("\n")
        elif tag in self.BLOCK:
            self.out.append("\n\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.out.append("\n\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment: tags dropped (script/style with their content), entities
    decoded, paragraphs kept as blank lines."""
    p = _TextOf()
    p.feed(markup)
    p.close()
    text = "".join(p.out).replace("\xa0", " ")
    lines = [re.sub(r"[ \t\r\f\v]+", " ", ln).strip() for ln in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _slug(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:60].strip("-")
    if len(base) < 2:
        base = "imported" + (f"-{base}" if base else "")
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def _ids(n: int) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return [letters[k] if k < 26 else f"o{k + 1}" for k in range(n)]


def _size_check(data: str | bytes) -> None:
    size = len(data.encode("utf-8", "surrogatepass")) if isinstance(data, str) else len(data)
    if size > MAX_BYTES:
        raise ExchangeError(f"the file is {size:,} bytes; the limit is {MAX_BYTES:,} bytes (1 MB). "
                            "Split it into smaller files.")


def _decode(data: str | bytes) -> str:
    if isinstance(data, str):
        return data.lstrip("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ExchangeError(f"the file is not UTF-8 text (byte {e.start + 1} cannot be read); "
                            "save it as UTF-8 and try again") from None


def _draft(fields: dict, line: int | None, label: str) -> DraftQuestion:
    try:
        return DraftQuestion(**fields)
    except ValidationError as e:
        problems = []
        for err in e.errors():
            loc = ".".join(str(x) for x in err["loc"])
            msg = err["msg"].removeprefix("Value error, ")
            problems.append(f"{loc}: {msg}" if loc else msg)
        raise ExchangeError("; ".join(problems), line=line, question=label) from None


def _label(name: str | None, index: int | None = None) -> str:
    if name and index is not None:
        return f"{index} ({name!r})"
    if name:
        return repr(name)
    return str(index) if index is not None else ""


# --- Moodle XML export ----------------------------------------------------------------------------

def _text_el(parent: ET.Element, tag: str, text: str, fmt: str | None = "html") -> ET.Element:
    el = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    ET.SubElement(el, "text").text = _clean(text)
    return el


def _html_el(parent: ET.Element, tag: str, plain: str) -> ET.Element:
    return _text_el(parent, tag, _text_to_html(plain) if plain else "")


def _category_path(category: str) -> str:
    # Moodle separates category levels with "/" and writes a "/" inside a name as "//"
    return "$course$/top/" + category.strip().replace("/", "//")


def export_moodle_xml(questions: list[Question], category: str | None = None,
                      explanations: Mapping[str, str] | None = None, *,
                      include_ordering: bool = True) -> tuple[str, list[Skipped]]:
    """Moodle XML (<quiz><question type=...>) for the questions; returns (xml text, skipped)."""
    root = ET.Element("quiz")
    skipped: list[Skipped] = []
    if category:
        cat = ET.SubElement(root, "question", {"type": "category"})
        ET.SubElement(ET.SubElement(cat, "category"), "text").text = _clean(_category_path(category))
        _text_el(cat, "info", "")
    for q in questions:
        t = q.type
        if t == "ordering" and not include_ordering:
            skipped.append(Skipped(q.id, "ordering questions need Moodle 4.4 or later (qtype_ordering); "
                                         "left out as asked"))
            continue
        qtype = {"single": "multichoice", "multiple": "multichoice", "truefalse": "truefalse",
                 "numeric": "numerical", "matching": "matching", "ordering": "ordering"}[t]
        el = ET.SubElement(root, "question", {"type": qtype})
        ET.SubElement(ET.SubElement(el, "name"), "text").text = q.id
        _html_el(el, "questiontext", q.prompt)
        _html_el(el, "generalfeedback", _explanation(q, explanations))
        ET.SubElement(el, "defaultgrade").text = "1.0000000"
        ET.SubElement(el, "penalty").text = "1.0000000" if t == "truefalse" else "0.3333333"
        ET.SubElement(el, "hidden").text = "0"
        ET.SubElement(el, "idnumber").text = q.id
        if t in ("single", "multiple"):
            right = {q.answer} if t == "single" else set(q.answer)
            ET.SubElement(el, "single").text = "true" if t == "single" else "false"
            ET.SubElement(el, "shuffleanswers").text = "true"
            ET.SubElement(el, "answernumbering").text = "abc"
            ET.SubElement(el, "showstandardinstruction").text = "0"
            for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
                _text_el(el, tag, "")
            ET.SubElement(el, "shownumcorrect")
            for o in q.options:
                if t == "single":
                    frac = 100 if o.id in right else 0
                else:
                    frac = (100 if o.id in right else -100) / len(right)
                a = _text_el(el, "answer", _text_to_html(o.text))
                a.set("fraction", _weight(frac))
                _text_el(a, "feedback", "")
        elif t == "truefalse":
            for value in (True, False):
                a = _text_el(el, "answer", "true" if value else "false", "moodle_auto_format")
                a.set("fraction", "100" if q.answer is value else "0")
                _text_el(a, "feedback", "")
        elif t == "numeric":
            a = _text_el(el, "answer", _num(q.answer), "moodle_auto_format")
            a.set("fraction", "100")
            _text_el(a, "feedback", "")
            ET.SubElement(a, "tolerance").text = _num(q.tolerance)
            if q.unit:
                unit = ET.SubElement(ET.SubElement(el, "units"), "unit")
                ET.SubElement(unit, "multiplier").text = "1"
                ET.SubElement(unit, "unit_name").text = _clean(q.unit)
            ET.SubElement(el, "unitgradingtype").text = "0"  # the unit is not graded
            ET.SubElement(el, "unitpenalty").text = "0.1000000"
            ET.SubElement(el, "showunits").text = "3"  # no unit input: the unit is shown with the question
            ET.SubElement(el, "unitsleft").text = "0"
        elif t == "matching":
            ET.SubElement(el, "shuffleanswers").text = "true"
            for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
                _text_el(el, tag, "")
            ET.SubElement(el, "shownumcorrect")
            for p in q.pairs:
                sub = _text_el(el, "subquestion", _text_to_html(p.left))
                ET.SubElement(ET.SubElement(sub, "answer"), "text").text = _clean(p.right)
        else:  # ordering: qtype_ordering keeps the right order in each answer's fraction (1, 2, 3 ...)
            for tag, value in (("layouttype", "VERTICAL"), ("selecttype", "ALL"), ("selectcount", "0"),
                               ("gradingtype", "ABSOLUTE_POSITION"), ("showgrading", "SHOW"),
                               ("numberingstyle", "none")):
                ET.SubElement(el, tag).text = value
            for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
                _text_el(el, tag, "")
            ET.SubElement(el, "shownumcorrect")
            by_id = {i.id: i.text for i in q.items}
            for pos, iid in enumerate(q.answer, 1):
                a = _text_el(el, "answer", _text_to_html(by_id[iid]))
                a.set("fraction", f"{pos}.0000000")
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n", skipped


# --- GIFT export ----------------------------------------------------------------------------------

_GIFT_FORMATS = ("moodle", "html", "plain", "markdown")


def gift_escape(text: str) -> str:
    """Escape GIFT's special characters the way Moodle's exporter does: \\ ~ = # { } : with a
    backslash, a newline as \\n."""
    out = text.replace("\\", "\\\\")
    for ch in "~=#{}:":
        out = out.replace(ch, "\\" + ch)
    return out.replace("\r\n", "\n").replace("\r", "").replace("\n", "\\n")


def _gift_answer(text: str) -> str:
    """An answer's text: escaped, and protected from being read as a format marker."""
    esc = gift_escape(text)
    if re.match(r"\[(%s)\]" % "|".join(_GIFT_FORMATS), esc):
        esc = "[plain]" + esc
    return esc


def export_gift(questions: list[Question], category: str | None = None,
                explanations: Mapping[str, str] | None = None) -> tuple[str, list[Skipped]]:
    """GIFT text for the questions; returns (text, skipped). Ordering questions are skipped."""
    blocks: list[str] = []
    skipped: list[Skipped] = []
    if category:
        blocks.append("$CATEGORY: " + _category_path(" ".join(category.split())))
    for q in questions:
        t = q.type
        if t == "ordering":
            skipped.append(Skipped(q.id, "GIFT has no ordering question type; use the Moodle XML export"))
            continue
        if t == "matching" and any("->" in p.left for p in q.pairs):
            skipped.append(Skipped(q.id, "a matching left-hand text contains '->', which GIFT cannot escape"))
            continue
        prompt = q.prompt
        if t == "numeric" and q.unit:
            prompt = f"{prompt} (unit: {q.unit})"
        lines = [f"// question: {q.id}", f"::{gift_escape(q.id)}::[plain]{gift_escape(prompt)}{{"]
        if t in ("single", "multiple"):
            right = {q.answer} if t == "single" else set(q.answer)
            for o in q.options:
                if t == "single":
                    mark = "=" if o.id in right else ("~%0%" if o.text.startswith("%") else "~")
                else:
                    mark = "~%" + _weight((100 if o.id in right else -100) / len(right)) + "%"
                lines.append(f"\t{mark}{_gift_answer(o.text)}")
        elif t == "truefalse":
            lines[-1] += "TRUE" if q.answer else "FALSE"
        elif t == "numeric":
            lines[-1] += f"#{_num(q.answer)}:{_num(q.tolerance)}"
        else:  # matching
            for p in q.pairs:
                lines.append(f"\t={_gift_answer(p.left)} -> {gift_escape(p.right)}")
        feedback = _explanation(q, explanations)
        if feedback:
            lines.append(f"\t####{gift_escape(feedback)}")
        if len(lines) > 2 or feedback:
            lines.append("}")
        else:
            lines[-1] += "}"
        blocks.append("\n".join(lines))
    return ("\n\n".join(blocks) + "\n" if blocks else ""), skipped


# --- GIFT import ----------------------------------------------------------------------------------

# escaped characters become private-use placeholders while the structure is parsed
_ESC = {"\\\\": "\ue000", "\\:": "\ue001", "\\#": "\ue002", "\\=": "\ue003", "\\{": "\ue004",
        "\\}": "\ue005", "\\~": "\ue006", "\\n": "\ue007"}
_UNESC = {"\ue000": "\\", "\ue001": ":", "\ue002": "#", "\ue003": "=", "\ue004": "{", "\ue005": "}",
          "\ue006": "~", "\ue007": "\n"}
_ESC_RE = re.compile(r"\\[\\:#={}~n]")
_WEIGHT = re.compile(r"^%(-?\d{1,3}(?:\.\d*)?)%")
_UNIT_SUFFIX = re.compile(r"\s*\(unit: ([^()\n]{1,300})\)\s*$")


def _unescape(s: str) -> str:
    return "".join(_UNESC.get(c, c) for c in s)


def _gift_blocks(text: str) -> list[tuple[int, list[str]]]:
    """Split into questions at blank lines; each block carries the number of its first line."""
    blocks, cur, start = [], [], None
    for n, line in enumerate(text.split("\n"), 1):
        if line.strip() == "":
            if cur:
                blocks.append((start, cur))
            cur, start = [], None
            continue
        if start is None:
            start = n
        cur.append(line)
    if cur:
        blocks.append((start, cur))
    return blocks


def _format_text(s: str, default: str) -> tuple[str, str]:
    """(plain text, format) of a GIFT text with an optional [format] marker."""
    s = s.strip()
    fmt = default
    m = re.match(r"\[(%s)\]" % "|".join(_GIFT_FORMATS), s)
    if m:
        fmt, s = m.group(1), s[m.end():]
    s = _unescape(s).strip()
    if fmt in ("html", "moodle"):
        s = html_to_text(s) if re.search(r"<[A-Za-z/!]|&[#A-Za-z0-9]+;", s) else s
    return s, fmt


def _gift_weight(ans: str, line: int, label: str) -> tuple[float | None, str]:
    m = _WEIGHT.match(ans)
    if not m:
        return None, ans
    w = float(m.group(1))
    if not -100 <= w <= 100:
        raise ExchangeError(f"the answer weight {m.group(0)} is outside -100% to 100%", line=line, question=label)
    return w / 100, ans[m.end():]


def _split_answers(answertext: str, sep: str) -> list[str]:
    parts = answertext.split(sep)
    if parts and parts[0].strip() == "":
        parts = parts[1:]
    return [p.strip() for p in parts]


def _gift_number(s: str, line: int, label: str) -> float:
    try:
        v = float(s.strip())
    except ValueError:
        raise ExchangeError(f"{s.strip()!r} is not a number", line=line, question=label) from None
    if not math.isfinite(v):
        raise ExchangeError(f"{s.strip()!r} is not a finite number", line=line, question=label)
    return v


def _read_gift_question(block: list[str], line: int, index: int, taken: set[str]) -> dict | Skipped | None:
    # comments are whole lines starting with //, as in Moodle
    text = "\n".join(ln for ln in block if not ln.strip().startswith("//")).strip()
    if not text:
        return None
    text = _ESC_RE.sub(lambda m: _ESC[m.group(0)], text)
    if text.startswith("$CATEGORY:"):
        return None  # a category switch, not a question
    name = None
    if text.startswith("::"):
        end = text.find("::", 2)
        if end < 0:
            raise ExchangeError("the title starts with '::' but has no closing '::'", line=line,
                                question=_label(None, index))
        name = _unescape(text[2:end]).strip()
        text = text[end + 2:].strip()
    label = _label(name, index)
    start, finish = text.find("{"), text.find("}")
    if start < 0 and finish < 0:
        reason = "a description (text without an answer block) is not a question Sourced can ask"
        return Skipped(name or f"#{index}", reason)
    if finish < 0:
        raise ExchangeError("the answer block opened with '{' is never closed with '}' "
                            "(write \\{ for a literal brace)", line=line, question=label)
    if start < 0 or finish < start:
        raise ExchangeError("a '}' closes an answer block that was never opened with '{' "
                            "(write \\} for a literal brace)", line=line, question=label)
    rest = text[finish + 1:]
    if "{" in rest or "}" in rest:
        raise ExchangeError("more than one answer block: a question has one {...} "
                            "(escape literal braces as \\{ and \\})", line=line, question=label)
    answertext = text[start + 1:finish].strip()
    if text.endswith("}"):
        qtext = text[:start]
    else:  # missing-word format: the answers stand where the blank goes
        qtext = text[:start] + "_____" + rest
    general = ""
    gf = answertext.rfind("####")
    if gf >= 0:
        general, answertext = answertext[gf + 4:], answertext[:gf].strip()
    prompt, fmt = _format_text(qtext, "moodle")
    explanation = _format_text(general, fmt)[0] if general.strip() else None
    fields: dict = {"prompt": prompt, "explanation": explanation or None, "source_name": name,
                    "source_line": line}

    def unsupported(kind: str):
        return Skipped(name or f"#{index}", f"{kind} questions are not supported (Sourced imports {SUPPORTED})")

    if answertext == "":
        return unsupported("essay")
    if answertext.startswith("#"):
        body = answertext[1:]
        if "~" in body:
            body = body[:body.find("~")]  # feedback for any wrong answer
        answers = _split_answers(body, "=")
        if not answers or not any(a.split("#", 1)[0].strip() for a in answers):
            raise ExchangeError("the numerical answer block {#...} has no answer", line=line, question=label)
        chosen = None
        for a in answers:
            weight, a = _gift_weight(a, line, label)
            a = _unescape(a.split("#", 1)[0]).strip()
            if a in ("", "*"):
                continue
            if ".." in a:
                lo, hi = (_gift_number(x, line, label) for x in a.split("..", 1))
                if lo > hi:
                    raise ExchangeError(f"the range {a} runs backwards", line=line, question=label)
                value, tol = (lo + hi) / 2, (hi - lo) / 2
            elif ":" in a:
                v, t = a.split(":", 1)
                value, tol = _gift_number(v, line, label), _gift_number(t, line, label)
                if tol < 0:
                    raise ExchangeError(f"the tolerance {t.strip()} is negative", line=line, question=label)
            else:
                value, tol = _gift_number(a, line, label), 0.0
            if (weight is None or weight == 1) and chosen is None:
                chosen = (value, tol)
        if chosen is None:
            raise ExchangeError("no numerical answer earns full credit", line=line, question=label)
        fields.update(type="numeric", answer=chosen[0], tolerance=chosen[1])
        m = _UNIT_SUFFIX.search(fields["prompt"])
        if m:
            fields["prompt"], fields["unit"] = fields["prompt"][:m.start()].rstrip(), m.group(1).strip()
    elif "~" in answertext:
        single = "=" in answertext
        answers = _split_answers(answertext.replace("=", "~="), "~")
        if len(answers) < 2:
            raise ExchangeError("a multiple-choice question needs at least two answers", line=line, question=label)
        options, weights = [], []
        for a in answers:
            if a.startswith("="):
                weight, a = 1.0, a[1:]
            else:
                weight, a = _gift_weight(a, line, label)
                weight = weight or 0.0
            atext = _format_text(a.split("#", 1)[0], fmt)[0]
            if not atext:
                raise ExchangeError("an answer is empty", line=line, question=label)
            options.append(atext)
            weights.append(weight)
        ids = _ids(len(options))
        fields["options"] = [{"id": i, "text": t} for i, t in zip(ids, options)]
        if single:
            if any(0 < w < 1 for w in weights):
                raise ExchangeError("partial credit on a single-answer question is not supported: "
                                    "mark one answer with = and the others with ~", line=line, question=label)
            right = [i for i, w in zip(ids, weights) if w == 1]
            if len(right) != 1:
                raise ExchangeError(f"a single-answer question needs exactly one right answer (=), "
                                    f"found {len(right)}", line=line, question=label)
            fields.update(type="single", answer=right[0])
        else:
            right = [i for i, w in zip(ids, weights) if w > 0]
            if not right:
                raise ExchangeError("no answer earns credit: mark right answers with = or a positive %weight%",
                                    line=line, question=label)
            fields.update(type="multiple", answer=right)
    elif "=" in answertext and "->" in answertext:
        answers = _split_answers(answertext, "=")
        if len(answers) < 2:
            raise ExchangeError("a matching question needs at least two pairs", line=line, question=label)
        pairs = []
        for pid, a in zip(_ids(len(answers)), answers):
            if "->" not in a:
                raise ExchangeError(f"the matching pair {_unescape(a)!r} has no '->'", line=line, question=label)
            left, right = a.split("->", 1)
            pairs.append({"id": pid, "left": _format_text(left, fmt)[0], "right": _unescape(right).strip()})
        fields.update(type="matching", pairs=pairs)
    else:
        tf = answertext.split("#", 1)[0].strip().upper()
        if tf in ("T", "TRUE", "F", "FALSE"):
            fields.update(type="truefalse", answer=tf in ("T", "TRUE"))
        else:
            return unsupported("short-answer")
    fields["id"] = _slug(name or prompt[:50], taken)
    return fields


def import_gift(text: str | bytes, *, skip_unsupported: bool = False) -> Drafts:
    """Read GIFT into drafts, all or nothing (ExchangeError names the line and question)."""
    _size_check(text)
    text = _decode(text).replace("\r\n", "\n").replace("\r", "\n")
    drafts: list[DraftQuestion] = []
    skipped: list[Skipped] = []
    taken: set[str] = set()
    index = 0
    for line, block in _gift_blocks(text):
        if all(ln.strip().startswith("//") for ln in block) or block[0].strip().startswith("$CATEGORY:"):
            continue
        index += 1
        if index > MAX_QUESTIONS:
            raise ExchangeError(f"the file has more than {MAX_QUESTIONS} questions; split it into smaller files",
                                line=line)
        first = next(n for n, ln in enumerate(block) if not ln.strip().startswith("//"))
        got = _read_gift_question(block, line + first, index, taken)
        if got is None:
            index -= 1
            continue
        if isinstance(got, Skipped):
            if not skip_unsupported:
                raise ExchangeError(got.reason, line=line + first, question=_label(
                    None if got.id.startswith("#") else got.id, index))
            skipped.append(got)
            continue
        drafts.append(_draft(got, line + first, _label(got.get("source_name"), index)))
    if not drafts and not skipped:
        raise ExchangeError("no questions found: GIFT questions are separated by blank lines and "
                            "their answers are written in {...}")
    return Drafts(drafts, skipped)


# --- Moodle XML import ----------------------------------------------------------------------------

def _find_text(el: ET.Element | None, path: str = "text") -> str:
    if el is None:
        return ""
    t = el.find(path)
    return (t.text or "") if t is not None else ""


def _xml_text(el: ET.Element | None) -> str:
    """The plain text of a <...format="..."><text>...</text></...> element."""
    if el is None:
        return ""
    raw = _find_text(el)
    fmt = el.get("format", "moodle_auto_format")
    if fmt in ("html", "moodle_auto_format"):
        return html_to_text(raw)
    return raw.strip()


def _fraction(a: ET.Element, label: str) -> float:
    raw = a.get("fraction", "0")
    try:
        v = float(raw)
    except ValueError:
        raise ExchangeError(f"the answer fraction {raw!r} is not a number", question=label) from None
    if not math.isfinite(v):
        raise ExchangeError(f"the answer fraction {raw!r} is not a number", question=label)
    return v


def _read_xml_question(q: ET.Element, index: int, taken: set[str]) -> dict | Skipped:
    qtype = q.get("type", "")
    name = _find_text(q.find("name")).strip() or None
    label = _label(name, index)
    supported = {"multichoice", "truefalse", "numerical", "matching", "ordering"}
    if qtype not in supported:
        kinds = {"essay": "essay", "description": "description", "shortanswer": "short-answer",
                 "multianswer": "cloze (embedded answers)", "cloze": "cloze (embedded answers)"}
        kind = kinds.get(qtype, repr(qtype) if qtype else "untyped")
        return Skipped(name or f"#{index}", f"{kind} questions are not supported (Sourced imports {SUPPORTED})")
    prompt = _xml_text(q.find("questiontext"))
    explanation = _xml_text(q.find("generalfeedback")) or None
    fields: dict = {"prompt": prompt, "explanation": explanation, "source_name": name}
    answers = q.findall("answer")
    if qtype == "multichoice":
        single = (_find_text(q, "single").strip().lower() or "true") not in ("false", "0")
        if len(answers) < 2:
            raise ExchangeError("a multiple-choice question needs at least two answers", question=label)
        ids = _ids(len(answers))
        options, fracs = [], []
        for a in answers:
            atext = _xml_text(a)
            if not atext:
                raise ExchangeError("an answer is empty", question=label)
            options.append(atext)
            fracs.append(_fraction(a, label))
        fields["options"] = [{"id": i, "text": t} for i, t in zip(ids, options)]
        if single:
            if any(0 < f < 99.99 for f in fracs):
                raise ExchangeError("partial credit on a single-answer question is not supported: "
                                    "give one answer 100% and the others 0%", question=label)
            right = [i for i, f in zip(ids, fracs) if f >= 99.99]
            if len(right) != 1:
                raise ExchangeError(f"a single-answer question needs exactly one answer worth 100%, "
                                    f"found {len(right)}", question=label)
            fields.update(type="single", answer=right[0])
        else:
            right = [i for i, f in zip(ids, fracs) if f > 0]
            if not right:
                raise ExchangeError("no answer earns credit", question=label)
            fields.update(type="multiple", answer=right)
    elif qtype == "truefalse":
        value = None
        for a in answers:
            word = _xml_text(a).strip().lower()
            if word not in ("true", "false"):
                raise ExchangeError(f"a true/false answer reads {word!r}, not true or false", question=label)
            if _fraction(a, label) >= 99.99:
                value = word == "true"
        if value is None:
            raise ExchangeError("neither true nor false is marked right (fraction 100)", question=label)
        fields.update(type="truefalse", answer=value)
    elif qtype == "numerical":
        chosen = None
        for a in answers:
            raw = _find_text(a).strip()
            if raw in ("", "*") or _fraction(a, label) < 99.99 or chosen is not None:
                continue
            try:
                value = float(raw)
                tol = float(_find_text(a, "tolerance").strip() or 0)
            except ValueError:
                raise ExchangeError(f"the numerical answer {raw!r} or its tolerance is not a number",
                                    question=label) from None
            if not (math.isfinite(value) and math.isfinite(tol)) or tol < 0:
                raise ExchangeError(f"the numerical answer {raw!r} has an impossible tolerance", question=label)
            chosen = (value, tol)
        if chosen is None:
            raise ExchangeError("no numerical answer is worth 100%", question=label)
        fields.update(type="numeric", answer=chosen[0], tolerance=chosen[1])
        for unit in q.findall("units/unit"):
            if (_find_text(unit, "multiplier").strip() or "1") in ("1", "1.0", "1.0000000"):
                unit_name = _find_text(unit, "unit_name").strip()
                if unit_name:
                    fields["unit"] = unit_name
                    break
    elif qtype == "matching":
        pairs = []
        for sub in q.findall("subquestion"):
            left = _xml_text(sub)
            right = _find_text(sub.find("answer")).strip()
            if not left:
                continue  # an extra distractor answer: a draft has no place for it
            if not right:
                raise ExchangeError(f"the matching stem {left!r} has no answer", question=label)
            pairs.append((left, right))
        if len(pairs) < 2:
            raise ExchangeError("a matching question needs at least two pairs", question=label)
        fields.update(type="matching", pairs=[{"id": i, "left": lft, "right": rgt}
                                              for i, (lft, rgt) in zip(_ids(len(pairs)), pairs)])
    else:  # ordering: the fraction of each answer is its position
        texts = [_xml_text(a) for a in answers]
        if len(texts) < 2 or not all(texts):
            raise ExchangeError("an ordering question needs at least two non-empty items", question=label)
        pos = [_fraction(a, label) for a in answers]
        order = list(range(len(texts)))
        if len(set(pos)) == len(pos) and all(p > 0 for p in pos):
            order.sort(key=lambda k: pos[k])
        ids = _ids(len(texts))
        fields.update(type="ordering", items=[{"id": i, "text": t} for i, t in zip(ids, texts)],
                      answer=[ids[k] for k in order])
    fields["id"] = _slug(name or prompt[:50], taken)
    return fields


def import_moodle_xml(data: bytes | str, *, skip_unsupported: bool = False) -> Drafts:
    """Read Moodle XML into drafts, all or nothing (ExchangeError names the question or line).
    Parsed with defusedxml: DTDs, entity declarations and external entities are refused."""
    _size_check(data)
    if isinstance(data, bytes) and data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if isinstance(data, str):
        data = data.lstrip("\ufeff")
    if not (data.strip() if isinstance(data, str) else data.strip()):
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
    drafts: list[DraftQuestion] = []
    skipped: list[Skipped] = []
    taken: set[str] = set()
    index = 0
    for q in root.findall("question"):
        if q.get("type") == "category":
            continue
        index += 1
        if index > MAX_QUESTIONS:
            raise ExchangeError(f"the file has more than {MAX_QUESTIONS} questions; split it into smaller files")
        got = _read_xml_question(q, index, taken)
        if isinstance(got, Skipped):
            if not skip_unsupported:
                raise ExchangeError(got.reason, question=_label(
                    None if got.id.startswith("#") else got.id, index))
            skipped.append(got)
            continue
        drafts.append(_draft(got, None, _label(got.get("source_name"), index)))
    if not drafts and not skipped:
        raise ExchangeError("the file holds no questions")
    return Drafts(drafts, skipped)
