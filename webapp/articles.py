"""A teacher's own article turned into a subject: stored text, drafted facts, checks, export/import.

No Flask here. A *subject* is what `content/` holds — sources (with their exact texts), facts and
modules — kept in the database instead of files. Every check is the content checker's own: a
subject is written out in the `content/` layout to a temporary folder and read back with
`facts.load_store` (the code behind `flask content check`), so a subject made in the browser passes
exactly the rules a committed one does.

Bad input raises `ArticleRefused` with a message for the teacher; nothing is stored in that case.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .facts import ContentError, Problem, Store, load_store, read_paragraphs
from .figures import NO_SOURCE, Found, find_in_text, split_paragraphs
from .numbers import number_tokens
from .schemas import QUALIFIERS, Fact, Module, Source

MAX_TEXT_CHARS = 60_000  # about ten pages of news: longer texts are refused with this figure named
MAX_ZIP_BYTES = 2_000_000
MAX_ZIP_FILES = 200
VERBATIM_WORDS = 12  # the prose-check rule: 12 consecutive words of the article's prose
KINDS = ("news", "opinion", "official", "other")
FACT_KINDS = ("figure", "claim", "opinion", "context")
LABELS = {"news": "the news report", "opinion": "the opinion piece", "official": "the official statement",
          "other": "the article"}


class ArticleRefused(ValueError):
    """Input that cannot be stored; the message says what to change. Nothing was saved."""


# --- the article as received ------------------------------------------------------------------

def read_upload(data: bytes) -> str:
    """An uploaded .txt as text, exactly; refuses empty, binary, non-UTF-8 and oversized files."""
    if not data or not data.strip():
        raise ArticleRefused("The file is empty: choose the .txt file that holds the article's text.")
    if b"\x00" in data[:8192]:
        raise ArticleRefused("That file is not text (it looks binary): save the article as plain text (.txt).")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ArticleRefused("That file is not UTF-8 text: save the article as plain text (.txt, UTF-8).") from None
    return check_text(text)


def check_text(text: str) -> str:
    if not text.strip():
        raise ArticleRefused("The article's text is empty: paste it or upload a .txt file.")
    if len(text) > MAX_TEXT_CHARS:
        raise ArticleRefused(f"The text is {len(text):,} characters long; an article can be at most "
                             f"{MAX_TEXT_CHARS:,}. Split it, or keep the part you teach from.")
    bad = [c for c in text[:MAX_TEXT_CHARS] if unicodedata.category(c) == "Cc" and c not in "\n\r\t"]
    if bad:
        raise ArticleRefused("The text holds control characters (it looks binary): paste plain text.")
    return text


def pasted(text: str) -> str:
    """Text from the paste box: browsers send its line breaks as CRLF, which the article did not have."""
    return check_text(text.replace("\r\n", "\n"))


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def slugify(text: str, limit: int = 48) -> str:
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:limit].strip("-")
    return s if len(s) >= 2 else "article"


class ArticleIn(BaseModel):
    """The add-article form's fields (the text is read separately)."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)
    title: str = Field(min_length=1, max_length=300)
    outlet: str = Field(default="", max_length=300)
    author: str = Field(default="", max_length=300)
    date: dt.date | None = None
    kind: Literal["news", "opinion", "official", "other"] = "news"
    link: str = Field(default="", max_length=500, pattern=r"^(https?://\S+)?$")


FIELD_MESSAGES = {
    "title": "Give the article's title.",
    "outlet": "The outlet's name is at most 300 characters.",
    "author": "The author's name is at most 300 characters.",
    "date": "Give the date as YYYY-MM-DD, or leave it empty.",
    "kind": "Choose news, opinion, official or other.",
    "link": "A link starts with http:// or https:// (or leave it empty).",
}


def read_article_form(form) -> tuple[ArticleIn | None, dict[str, str]]:
    """The form's metadata, or the message for each field that is wrong."""
    data = {k: (form.get(k) or "") for k in ("title", "outlet", "author", "date", "kind", "link")}
    data["date"] = data["date"].strip() or None
    try:
        return ArticleIn.model_validate(data), {}
    except ValidationError as e:
        return None, {str(err["loc"][0]): FIELD_MESSAGES.get(str(err["loc"][0]), err["msg"]) for err in e.errors()}


def new_source(sid: str, meta: ArticleIn, text: str) -> Source:
    paragraphs = split_paragraphs(text)
    return Source(id=sid, title=meta.title, label=LABELS[meta.kind], publisher=meta.outlet or None,
                  author=meta.author or None, published=meta.date, kind=meta.kind, file=f"{sid}.txt",
                  sha256=sha256(text), paragraphs=len(paragraphs), link=meta.link or None)


# --- drafts -----------------------------------------------------------------------------------

@dataclass
class DraftFact:
    """A fact in review: the finder's figures and the teacher's words. `status` is draft, confirmed or skipped."""

    id: str
    paragraph: int
    figures: list[dict]  # value/low/high/unit/qualifier/text, as schemas.Figure takes them
    statement: str = ""
    claimant: str = ""
    kind: str = "figure"
    topics: list[str] = field(default_factory=list)
    status: str = "draft"

    def as_dict(self) -> dict:
        return {"id": self.id, "paragraph": self.paragraph, "figures": self.figures, "statement": self.statement,
                "claimant": self.claimant, "kind": self.kind, "topics": self.topics, "status": self.status}


def _figure_dict(f: Found) -> dict:
    d = {"unit": f.unit, "qualifier": f.qualifier if f.qualifier in QUALIFIERS else "exact", "text": f.text}
    if f.value is not None:
        d["value"] = f.value
    elif f.low is not None:
        d["low"], d["high"] = f.low, f.high
    return d


def draft_facts(sid: str, text: str) -> list[DraftFact]:
    """One draft per claim: the figures the finder found in one sentence with one claimant."""
    if not (found := find_in_text(text)):
        raise ArticleRefused("The finder found no figures in this text (numbers, percentages, dates, "
                             "counts in words): Sourced teaches from figures, so there is nothing to review.")
    paras = split_paragraphs(text)
    groups: list[list[Found]] = []
    for f in found:
        last = groups[-1][-1] if groups else None
        if last and last.paragraph == f.paragraph and last.claimant == f.claimant and \
                not re.search(r"[.!?]\s", paras[f.paragraph - 1][last.end:f.start]):
            groups[-1].append(f)
        else:
            groups.append([f])
    return [DraftFact(id=f"{sid}-{i}", paragraph=g[0].paragraph, figures=[_figure_dict(x) for x in g],
                      claimant="" if g[0].claimant == NO_SOURCE else g[0].claimant,
                      kind="figure" if any("value" in _figure_dict(x) or "low" in _figure_dict(x) for x in g)
                      else "claim")
            for i, g in enumerate(groups, 1)]


def draft_from_form(d: DraftFact, form, source: Source) -> DraftFact:
    """The teacher's edits to a draft: statement, claimant, kind, topics, each figure's unit and qualifier."""
    figures = []
    for i, g in enumerate(d.figures):
        if form.get(f"keep-{i}", "on" if "keep-0" not in form and "statement" not in form else "") != "on":
            continue
        unit = (form.get(f"unit-{i}") or g["unit"]).strip()[:80]
        qualifier = form.get(f"qualifier-{i}") or g["qualifier"]
        figures.append({**g, "unit": unit, "qualifier": qualifier})
    topics = [slugify(t, 60) for t in re.split(r"[,;]", form.get("topics", "")) if t.strip()]
    claimant = (form.get("claimant") or "").strip()[:300]
    if claimant.lower() in ("no source given", "no source", "none"):
        claimant = f"{source.label} (no source given)"
    return DraftFact(id=d.id, paragraph=d.paragraph, figures=figures or d.figures,
                     statement=" ".join((form.get("statement") or "").split())[:4000], claimant=claimant,
                     kind=form.get("kind") if form.get("kind") in FACT_KINDS else d.kind,
                     topics=list(dict.fromkeys(topics)), status=d.status)


# --- checks -----------------------------------------------------------------------------------

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


def _words(t: str) -> list[str]:
    return _WORD.findall(t.lower().replace("’", "'"))


def copied_run(statement: str, text: str, n: int = VERBATIM_WORDS) -> str | None:
    """The first run of `n`+ words the statement shares with the article's prose (prose-check's rule:
    only lines of 20 words or more count, so a title may be quoted as a label)."""
    grams = set()
    for line in text.splitlines():
        w = _words(line)
        if len(w) >= 20:
            grams.update(" ".join(w[i:i + n]) for i in range(len(w) - n + 1))
    w = _words(statement)
    for i in range(len(w) - n + 1):
        if " ".join(w[i:i + n]) in grams:
            return " ".join(w[i:i + n])
    return None


def fact_of(d: DraftFact, source: Source) -> tuple[Fact | None, list[tuple[str, str]]]:
    """The draft as a Fact, or what stops it being one: (field, message) pairs."""
    problems: list[tuple[str, str]] = []
    if not d.statement:
        problems.append(("statement", "Write the statement in your own words."))
    if not d.claimant:
        problems.append(("claimant", "Say who makes this claim (or 'no source given' when the article names "
                                     "no one)."))
    if not d.topics:
        problems.append(("topics", "Give at least one topic, e.g. transport, budget."))
    if problems:
        return None, problems
    try:
        fact = Fact(id=d.id, statement=d.statement, kind=d.kind, claimant=d.claimant, figures=d.figures,
                    citations=[{"source_id": source.id, "paragraph": d.paragraph}], topics=d.topics)
    except ValidationError as e:
        return None, [(".".join(str(x) for x in err["loc"]) or "fact", err["msg"].removeprefix("Value error, "))
                      for err in e.errors()]
    return fact, []


def check_draft(d: DraftFact, source: Source, text: str, others: list[Fact]) -> list[tuple[str, str]]:
    """Every problem `content check` would report for this fact, plus the verbatim rule."""
    fact, problems = fact_of(d, source)
    if run := copied_run(d.statement, text):
        problems.append(("statement", f"The statement copies the article word for word (“{run}…”): say it "
                                      f"in your own words ({VERBATIM_WORDS} words in a row is too many)."))
    if fact is None:
        return problems
    bundle = Bundle(sources=[source], texts={source.id: text}, facts=[*others, fact])
    for p in check_bundle(bundle, coverage=False):
        if p.record == fact.id:
            problems.append((p.field, p.message))
    return problems


@dataclass
class Bundle:
    """A subject as content/ holds it: sources with their texts, facts, modules."""

    sources: list[Source]
    texts: dict[str, str]  # source id -> exact text
    facts: list[Fact]
    modules: list[Module] = field(default_factory=list)


def exempt_for(source: Source, text: str, facts: list[Fact]) -> list[int]:
    """Paragraphs holding a number no fact carries: the teacher chose not to teach it (or it is a
    dateline), so the coverage rule leaves them out, as content/ does with exempt_paragraphs."""
    covered: dict[int, list[str]] = {}
    for f in facts:
        if f.citations[0].source_id == source.id:
            covered.setdefault(f.citations[0].paragraph, []).extend(g.text for g in f.figures if g.text)
    out = []
    for n, para in enumerate(split_paragraphs(text), 1):
        spans = [(i, i + len(t)) for t in covered.get(n, []) for i in _all(para, t)]
        if any(not any(a <= s and e <= b for a, b in spans) for s, e, _ in number_tokens(para)):
            out.append(n)
    return out


def _all(para: str, t: str) -> list[int]:
    out, i = [], para.find(t)
    while i >= 0:
        out.append(i)
        i = para.find(t, i + 1)
    return out


def write_bundle(b: Bundle, root: Path) -> None:
    """The content/ layout: content/sources/*.yaml, content/facts/*.yaml, content/modules/*.yaml, texts/."""
    for sub in ("content/sources", "content/facts", "content/modules", "texts"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    for s in b.sources:
        (root / "content/sources" / f"{s.id}.yaml").write_text(_yaml(s.model_dump(mode="json", exclude_none=True)),
                                                                encoding="utf-8")
        (root / "texts" / s.file).write_bytes(b.texts[s.id].encode("utf-8"))
    if b.facts:
        name = b.sources[0].id if b.sources else "facts"
        body = {"facts": [f.model_dump(mode="json", exclude_defaults=True) for f in b.facts]}
        (root / "content/facts" / f"{name}.yaml").write_text(_yaml(body), encoding="utf-8")
    for m in b.modules:
        (root / "content/modules" / f"{m.id}.yaml").write_text(_yaml(m.model_dump(mode="json", exclude_defaults=True)),
                                                               encoding="utf-8")


def _yaml(data) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def load_bundle(root: Path) -> tuple[Store, Bundle]:
    """Read a content/ + texts/ folder with the content checker; raise ContentError on any problem."""
    store = load_store(root / "content", root / "texts")
    texts = {s.id: (root / "texts" / s.file).read_bytes().decode("utf-8") for s in store.sources.values()}
    return store, Bundle(sources=list(store.sources.values()), texts=texts, facts=list(store.facts.values()),
                         modules=list(store.modules.values()))


def check_bundle(b: Bundle, coverage: bool = True) -> list[Problem]:
    """`content check` on a subject: [] when it passes."""
    if not coverage:
        b = Bundle(sources=[s.model_copy(update={"exempt_paragraphs": list(range(1, s.paragraphs + 1))})
                            for s in b.sources], texts=b.texts, facts=b.facts, modules=b.modules)
    with tempfile.TemporaryDirectory(prefix="sourced-subject-") as tmp:
        write_bundle(b, Path(tmp))
        try:
            load_bundle(Path(tmp))
        except ContentError as e:
            return e.problems
    return []


def store_of(b: Bundle) -> Store:
    """The subject as a checked Store (what the fact sheet, the question generator and the bot read)."""
    with tempfile.TemporaryDirectory(prefix="sourced-subject-") as tmp:
        write_bundle(b, Path(tmp))
        return load_bundle(Path(tmp))[0]


def publishable(b: Bundle) -> Bundle:
    """The bundle as it is published: each source exempts the paragraphs whose figures it does not teach."""
    sources = []
    for s in b.sources:
        exempt = exempt_for(s, b.texts[s.id], b.facts)
        sources.append(s.model_copy(update={"exempt_paragraphs": sorted(set(s.exempt_paragraphs) | set(exempt))}))
    return Bundle(sources=sources, texts=b.texts, facts=b.facts, modules=b.modules)


# --- export / import ---------------------------------------------------------------------------

def export_zip(b: Bundle) -> bytes:
    """The subject as a zip of content/ + texts/ (`flask content check --content X/content --texts X/texts`)."""
    buf = io.BytesIO()
    with tempfile.TemporaryDirectory(prefix="sourced-export-") as tmp:
        write_bundle(b, Path(tmp))
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for path in sorted(Path(tmp).rglob("*")):
                if path.is_file():
                    info = zipfile.ZipInfo(path.relative_to(tmp).as_posix(), date_time=(2020, 1, 1, 0, 0, 0))
                    info.compress_type = zipfile.ZIP_DEFLATED
                    z.writestr(info, path.read_bytes())
    return buf.getvalue()


def import_zip(data: bytes) -> Bundle:
    """A subject from a zip of content/ (sources, facts, modules) + texts/, checked like `content check`."""
    if len(data) > MAX_ZIP_BYTES:
        raise ArticleRefused(f"The zip is larger than {MAX_ZIP_BYTES // 1_000_000} MB.")
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        names = [i for i in z.infolist() if not i.is_dir()]
    except zipfile.BadZipFile:
        raise ArticleRefused("That file is not a zip: export a subject, or zip a content/ and a texts/ folder.") from None
    if len(names) > MAX_ZIP_FILES or sum(i.file_size for i in names) > 10 * MAX_ZIP_BYTES:
        raise ArticleRefused("The zip holds too many or too large files for one subject.")
    with tempfile.TemporaryDirectory(prefix="sourced-import-") as tmp:
        root = Path(tmp)
        for info in names:
            rel = _inside(info.filename)
            if rel is None:
                continue
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_bytes(z.read(info))
        if not (root / "content").is_dir() or not (root / "texts").is_dir():
            raise ArticleRefused("The zip needs a content/ folder (sources, facts, modules) and a texts/ folder.")
        try:
            return load_bundle(root)[1]
        except ContentError as e:
            raise ArticleRefused("The subject does not pass content check: " +
                                 "; ".join(str(p) for p in e.problems[:8])) from None


def _inside(name: str) -> str | None:
    """Only content/** and texts/*.txt, wherever the zip nests them; never a path outside the folder."""
    parts = PurePosixPath(name.replace("\\", "/")).parts
    if ".." in parts or name.startswith("/"):
        return None
    for i, p in enumerate(parts):
        if p in ("content", "texts"):
            rel = parts[i:]
            if rel[0] == "texts" and (len(rel) != 2 or not rel[1].endswith(".txt")):
                return None
            if rel[0] == "content" and not rel[-1].endswith((".yaml", ".yml")):
                return None
            return "/".join(rel)
    return None


def paragraph_quote(text: str, n: int) -> str | None:
    paras = split_paragraphs(text)
    return paras[n - 1] if 0 < n <= len(paras) else None


def changed_cited(old: str, new: str, facts: list[Fact], source_id: str) -> list[int]:
    """The paragraphs a fact cites whose text `new` would change (such an edit is refused)."""
    a, b = split_paragraphs(old), split_paragraphs(new)
    cited = sorted({c.paragraph for f in facts for c in f.citations if c.source_id == source_id})
    return [n for n in cited if n > len(b) or a[n - 1] != b[n - 1]]


__all__ = ["ArticleRefused", "Bundle", "DraftFact", "read_paragraphs", "split_paragraphs"]
