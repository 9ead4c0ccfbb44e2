"""What both exchange formats share: the error, the results, and plain text <-> HTML and names.

No Flask here, and nothing from the question types (they import these helpers).
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import Iterable, Mapping, NamedTuple

from pydantic import ValidationError

from ..config import IMPORT_MAX_BYTES, size_words
from ..phrases import and_list
from ..schemas import FACT_LINK, FIGURE_REF, DraftQuestion, Question

MAX_BYTES = IMPORT_MAX_BYTES  # config.py's one limit (the page and the server say the same)
MAX_QUESTIONS = 500  # per file; read from the package (`webapp.exchange.MAX_QUESTIONS`) when checked


def _package():
    """The `webapp.exchange` package, whose limits a caller (or a test) may change."""
    from .. import exchange
    return exchange


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
    kind: str = ""  # the question's type in words ("essay"), for the import report


class Entry(NamedTuple):
    """One question of an imported file in the import report: what came in, changed and was dropped."""

    name: str
    kind: str  # its type in words
    status: str  # "imported" or "left out"
    kept: list[str]
    changed: list[str]
    dropped: list[str]
    where: str = ""  # its position and name, for messages
    line: int | None = None  # GIFT: its first line


class Drafts(list):
    """The imported drafts (a plain list) plus `.skipped`: (name, reason) for questions left out, and
    `.report`: one `Entry` per question of the file, in order."""

    def __init__(self, items: Iterable[DraftQuestion] = (), skipped: Iterable[Skipped] = ()):
        super().__init__(items)
        self.skipped: list[Skipped] = list(skipped)
        self.report: list[Entry] = []
        self.images: dict = {}  # Moodle XML: the drafts' pictures (exchange.images.Image) by id, to store


def supported() -> str:
    """The question types the imports read, in words, from the registry."""
    from .. import qtypes  # the types import this module: ask the registry only when asked
    # the types that need a newer Moodle (or a plugin) come last
    ordered = sorted(qtypes.all_types(), key=lambda t: t.xml_requires is not None)
    labels = list(dict.fromkeys(t.exchange_label for t in ordered if t.exchange_label))
    return and_list(labels)


def unsupported(name: str | None, index: int, kind: str) -> Skipped:
    return Skipped(name or f"#{index}", f"{kind} questions are not supported (Sourced imports {supported()})", kind)


# --- text ----------------------------------------------------------------------------------------

_BAD_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    return _BAD_XML_CHARS.sub("", text)


def num(v: float) -> str:
    """A number as Moodle reads it: 10000, 0.5, -3.25 (no trailing .0)."""
    return f"{float(v):.15g}"


def weight(frac: float) -> str:
    """A grade percentage the way Moodle writes it: 100, 50, 33.33333, -14.28571."""
    return f"{frac:.7g}"


def explanation(q: Question, explanations: Mapping[str, str] | None) -> str:
    if explanations is not None and q.id in explanations:
        return explanations[q.id] or ""
    if FIGURE_REF.search(q.explanation) or FACT_LINK.search(q.explanation):
        return ""  # unrendered {{fact}} references would reach the LMS as markup
    return q.explanation


def text_to_html(text: str) -> str:
    paras = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    return "".join("<p>" + html.escape(p.strip()).replace("\n", "<br>") + "</p>" for p in paras)


_SUP = str.maketrans("0123456789+-=()ni", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ")
_SUB = str.maketrans("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎")


def _script(text: str, table: dict, mark: str) -> str:
    """Superscript / subscript text in plain text: x<sup>2</sup> is x², 3<sup>n+1</sup> is 3ⁿ⁺¹, and
    what Unicode cannot raise is written x^(ab)."""
    t = text.strip()
    raised = t.translate(table)
    if all(a != b or a.isspace() for a, b in zip(raised, t)) and " " not in t:
        return raised
    return f"{mark}({t})" if t else ""


class _TextOf(HTMLParser):
    BLOCK = {"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "table"}
    SCRIPTS = {"sup": (_SUP, "^"), "sub": (_SUB, "_")}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.raised: list[tuple[str, list[str]]] = []  # open <sup>/<sub> with their text so far

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self.SCRIPTS:
            self.raised.append((tag, []))
        elif tag == "br":
            self.out.append("\n")
        elif tag in self.BLOCK:
            self.out.append("\n\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in self.SCRIPTS and self.raised and self.raised[-1][0] == tag:
            _, parts = self.raised.pop()
            self.handle_data(_script("".join(parts), *self.SCRIPTS[tag]))
        elif tag in self.BLOCK:
            self.out.append("\n\n")

    def handle_data(self, data):
        if self.skip:
            return
        (self.raised[-1][1] if self.raised else self.out).append(data)


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment: tags dropped (script/style with their content), entities
    decoded, paragraphs kept as blank lines."""
    p = _TextOf()
    p.feed(markup)
    p.close()
    while p.raised:  # an unclosed <sup>: its text, as written
        p.out.append("".join(p.raised.pop()[1]))
    text = "".join(p.out).replace("\xa0", " ")
    lines = [re.sub(r"[ \t\r\f\v]+", " ", ln).strip() for ln in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def category_path(category: str) -> str:
    # Moodle separates category levels with "/" and writes a "/" inside a name as "//"
    return "$course$/top/" + category.strip().replace("/", "//")


def category_tag(path: str) -> str | None:
    """The tag a Moodle category path stands for: its last level that is not Moodle's own ("top",
    "Default for ..."), as written."""
    levels = [p.strip() for p in re.split(r"(?<!/)/(?!/)", path.replace("$course$", "").replace("$system$", "")
                                          .replace("$module$", "").replace("$cat1$", "")) if p.strip()]
    levels = [p.replace("//", "/") for p in levels if p.lower() != "top" and not p.lower().startswith("default for")]
    return " ".join(levels[-1].split())[:300] if levels else None


# --- names and ids --------------------------------------------------------------------------------

def slug(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:60].strip("-")
    if len(base) < 2:
        base = "imported" + (f"-{base}" if base else "")
    out, n = base, 2
    while out in taken:
        out, n = f"{base}-{n}", n + 1
    taken.add(out)
    return out


def ids(n: int) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return [letters[k] if k < 26 else f"o{k + 1}" for k in range(n)]


def label(name: str | None, index: int | None = None) -> str:
    if name and index is not None:
        return f"{index} ({name!r})"
    if name:
        return repr(name)
    return str(index) if index is not None else ""


# --- reading a file -------------------------------------------------------------------------------

def size_check(data: str | bytes) -> None:
    size = len(data.encode("utf-8", "surrogatepass")) if isinstance(data, str) else len(data)
    limit = _package().MAX_BYTES
    if size > limit:
        raise ExchangeError(f"the file is {size:,} bytes; the limit is {limit:,} bytes ({size_words(limit)}). "
                            "Split it into smaller files.")


def decode(data: str | bytes) -> str:
    if isinstance(data, str):
        return data.lstrip("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ExchangeError(f"the file is not UTF-8 text (byte {e.start + 1} cannot be read); "
                            "save it as UTF-8 and try again") from None


def draft(fields: dict, line: int | None, where: str) -> DraftQuestion:
    try:
        return DraftQuestion(**fields)
    except ValidationError as e:
        problems = []
        for err in e.errors():
            loc = ".".join(str(x) for x in err["loc"])
            msg = err["msg"].removeprefix("Value error, ")
            problems.append(f"{loc}: {msg}" if loc else msg)
        raise ExchangeError("; ".join(problems), line=line, question=where) from None


def collect(got: dict | Skipped, skip_unsupported: bool, index: int, line: int | None,
            drafts: list, skipped: list) -> None:
    """Add one read question to the drafts, or to the left-out list (a type Sourced cannot ask: the
    whole file is refused only at the end, by `finish`, and only when asked to be strict)."""
    if isinstance(got, Skipped):
        where = label(None if got.id.startswith("#") else got.id, index)
        skipped.append(got)
        drafts.report.append(Entry(got.id, got.kind or "unsupported", "left out", [], [], [got.reason],
                                   where=where, line=line))
        return
    notes = got.pop("_notes", None) or {}
    d = draft(got, line, label(got.get("source_name"), index))
    drafts.append(d)
    drafts.report.append(Entry(got.get("source_name") or f"#{index}", _type_label(d.type), "imported",
                               kept_notes(d) + notes.get("kept", []), notes.get("changed", []),
                               notes.get("dropped", []), line=line))


def finish(drafts: "Drafts", skip_unsupported: bool, nothing: str) -> "Drafts":
    """The import's result; ExchangeError when nothing came in, or (strict) naming every question left out."""
    if not drafts and not drafts.skipped:
        raise ExchangeError(nothing)
    left = [e for e in drafts.report if e.status == "left out"]
    if left and not skip_unsupported:
        rest = f"leave them out to import the other {len(drafts)}" if drafts else "nothing else is in the file"
        if len(left) == 1:
            raise ExchangeError(f"{left[0].dropped[0]}; {rest}", line=left[0].line, question=left[0].where)
        names = "; ".join(f"{e.where}{f' at line {e.line}' if e.line else ''}: {e.kind}" for e in left)
        raise ExchangeError(f"{len(left)} questions are of types Sourced cannot ask ({names}); {rest}")
    return drafts


def note(fields: dict, kind: str, message: str) -> None:
    """A line for the import report about this question: kind is "kept", "changed" or "dropped"."""
    fields.setdefault("_notes", {}).setdefault(kind, []).append(message)


def _type_label(name: str) -> str:
    from .. import qtypes  # the types import this module: ask the registry only when asked
    t = qtypes.find(name)
    return t.label if t else name


def kept_notes(d: DraftQuestion) -> list[str]:
    """What an imported draft carries beyond its text and key, in words, for the report."""
    out = []
    if len(d.options) > 6:
        out.append(f"{len(d.options)} options kept; the question form shows all of them")
    if any(o.weight is not None for o in d.options):
        out.append("each option's grade kept exactly: " + ", ".join(
            f"{weight((o.weight if o.weight is not None else 0) * 100)}%" for o in d.options))
    fb = sum(o.feedback is not None for o in d.options) + sum(a.feedback is not None for a in d.numeric_answers)
    if fb:
        out.append(f"feedback on {fb} answer{'s' if fb != 1 else ''} kept (shown after answering)")
    if d.explanation:
        out.append("general feedback kept as the explanation")
    for what, v in (("right", d.right_feedback), ("partly right", d.partial_feedback), ("wrong", d.wrong_feedback)):
        if v:
            out.append(f"feedback for a {what} answer kept")
    if d.hints:
        out.append(f"{len(d.hints)} hint{'s' if len(d.hints) != 1 else ''} kept for export (Sourced gives one try, "
                   "so students do not see hints)")
    if d.numeric_answers:
        out.append(f"{len(d.numeric_answers)} more numerical answer(s) kept with their credit")
    if d.distractors:
        out.append(f"{len(d.distractors)} extra wrong answer(s) for matching kept")
    if d.images:
        out.append(f"{len(d.images)} image(s) kept")
    if d.tags:
        out.append("category and tags kept as tags: " + ", ".join(d.tags))
    return out


def too_many(index: int, line: int | None = None) -> None:
    limit = _package().MAX_QUESTIONS
    if index > limit:
        raise ExchangeError(f"the file has more than {limit} questions; split it into smaller files", line=line)
