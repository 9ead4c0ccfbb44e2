"""Load the content directory, validate it, and verify every figure against the source texts.

No Flask here. `load_store` returns a complete, checked `Store` or raises `ContentError` listing
every problem (file, record id, field, what is wrong): nothing half-loaded ever leaves this module.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Iterable

import yaml
from pydantic import ValidationError

from .numbers import evaluate_formula, number_tokens, parse_numbers, same
from .schemas import (
    FACT_LINK, FIGURE_REF, Fact, FactFile, Figure, FigureRef, Lexicon, Module, Source,
)

ALLOWED_FORMULA_CONSTANTS = (100.0,)  # "a share of 100%" is arithmetic, not a claim


@dataclass(frozen=True)
class Problem:
    file: str
    record: str
    field: str
    message: str

    def __str__(self) -> str:
        where = " › ".join(p for p in (self.file, self.record, self.field) if p)
        return f"{where}: {self.message}"


class ContentError(Exception):
    """Content that must not be served. `problems` lists each one."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in content:\n" + "\n".join(f"  - {p}" for p in problems))


@dataclass(frozen=True)
class Store:
    """The validated content: sources, facts and modules, by id, in file order."""

    sources: dict[str, Source]
    facts: dict[str, Fact]
    modules: dict[str, Module]
    lexicon: Lexicon = field(default_factory=Lexicon)
    asks: dict[str, list[str]] = field(default_factory=dict)  # example questions per fact id (asks.yaml)
    # where each fact came from, for messages
    fact_files: dict[str, str] = field(default_factory=dict)
    verified: dict[str, str] = field(default_factory=dict)  # source id -> "verified" / reason not

    def figure(self, ref: str | FigureRef) -> tuple[Fact, Figure]:
        r = FigureRef.parse(ref) if isinstance(ref, str) else ref
        fact = self.facts[r.fact]
        return fact, fact.figures[r.index - 1]

    @cached_property
    def topics(self) -> list[str]:
        return sorted({t for f in self.facts.values() for t in f.topics})

    def facts_citing(self, source_id: str) -> list[Fact]:
        return [f for f in self.facts.values() if any(c.source_id == source_id for c in f.citations)]

    def modules_using(self, fact_id: str) -> list[Module]:
        return [m for m in self.modules.values() if fact_id in module_fact_ids(m)]

    @cached_property
    def digest(self) -> str:
        """A hash of the content, so a database copy can tell whether it is current."""
        blob = json.dumps(
            [[s.model_dump(mode="json") for s in self.sources.values()],
             [f.model_dump(mode="json") for f in self.facts.values()],
             [m.model_dump(mode="json") for m in self.modules.values()],
             self.lexicon.model_dump(mode="json")],
            sort_keys=True,
        )
        return hashlib.sha256(blob.encode()).hexdigest()


# --- reading files --------------------------------------------------------------------------------

def read_yaml(path: Path, root: Path, problems: list[Problem]):
    rel = str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        problems.append(Problem(rel, "", "", "the file is not UTF-8 text"))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problems.append(Problem(rel, "", "", f"not valid YAML: {where}{getattr(e, 'problem', None) or e}"))
    return None


def pydantic_problems(rel: str, err: ValidationError, data) -> list[Problem]:
    """Turn a pydantic error into Problems that name the record id and the field."""
    out = []
    for e in err.errors():
        loc = list(e["loc"])
        record = ""
        # loc is like ('facts', 3, 'figures', 0, 'value'): find the record's id
        if len(loc) >= 2 and isinstance(loc[1], int) and isinstance(data, dict):
            items = data.get(loc[0]) or []
            if isinstance(items, list) and loc[1] < len(items) and isinstance(items[loc[1]], dict):
                record = str(items[loc[1]].get("id") or f"{loc[0]}[{loc[1]}]")
            else:
                record = f"{loc[0]}[{loc[1]}]"
            loc = loc[2:]
        elif isinstance(data, dict) and data.get("id"):
            record = str(data["id"])
        msg = e["msg"].removeprefix("Value error, ")
        if e["type"] == "missing":
            msg = "required field is missing"
        elif e["type"] == "extra_forbidden":
            msg = "unknown field (check the spelling)"
        out.append(Problem(rel, record, ".".join(str(p) for p in loc) or "(file)", msg))
    return out


def _load_models(folder: Path, root: Path, model, problems: list[Problem]) -> list[tuple[str, object]]:
    out = []
    if not folder.is_dir():
        return out
    for path in sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml")):
        rel = str(path.relative_to(root))
        data = read_yaml(path, root, problems)
        if data is None:
            if path.stat().st_size == 0 or not path.read_bytes().strip():
                problems.append(Problem(rel, "", "", "the file is empty"))
            continue
        try:
            out.append((rel, model.model_validate(data)))
        except ValidationError as e:
            problems.extend(pydantic_problems(rel, e, data))
    return out


def read_paragraphs(path: Path) -> list[str]:
    """Paragraph N is the Nth non-empty line (the seeds' citation rule)."""
    return [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


# --- cross-record checks ----------------------------------------------------------------------

def module_fact_ids(module: Module) -> list[str]:
    ids: list[str] = []
    for s in module.sections:
        ids += [m.group(1) for m in FIGURE_REF.finditer(s.body)]
        ids += [m.group(1) for m in FACT_LINK.finditer(s.body)]
        if s.chart:
            ids += [FigureRef.parse(b.figure).fact for b in s.chart.bars]
    return list(dict.fromkeys(ids))


def _check_figure_ref(ref: str, facts: dict[str, Fact]) -> str | None:
    try:
        r = FigureRef.parse(ref)
    except (ValueError, ValidationError):
        return f"{ref!r} is not a figure reference (fact-id or fact-id.N)"
    if r.fact not in facts:
        return f"unknown fact {r.fact!r}"
    if r.index > len(facts[r.fact].figures):
        return f"fact {r.fact!r} has {len(facts[r.fact].figures)} figure(s), not {r.index}"
    return None


def check_module(rel: str, m: Module, facts: dict[str, Fact]) -> list[Problem]:
    """Every figure in a module is a reference to a fact: prose holds no digits of its own."""
    out = []

    def prose(field_name: str, text: str):
        stripped = FIGURE_REF.sub("", FACT_LINK.sub(lambda x: x.group(2) or "", text))
        if re.search(r"\d", stripped):
            bad = re.search(r"[^\s]*\d[^\s]*", stripped).group(0)
            out.append(Problem(rel, m.id, field_name,
                               f"figure {bad!r} is typed into prose: use a fact reference {{{{fact-id}}}}"))

    prose("title", m.title)
    prose("summary", m.summary)
    if FIGURE_REF.search(m.summary) or FACT_LINK.search(m.summary):
        out.append(Problem(rel, m.id, "summary", "a summary is plain prose: put figures and fact links in sections"))
    for i, s in enumerate(m.sections, 1):
        prose(f"sections.{i}.heading", s.heading)
        prose(f"sections.{i}.body", s.body)
        for x in FIGURE_REF.finditer(s.body):
            ref = x.group(1) + (f".{x.group(2)}" if x.group(2) else "")
            if err := _check_figure_ref(ref, facts):
                out.append(Problem(rel, m.id, f"sections.{i}.body", err))
        for x in FACT_LINK.finditer(s.body):
            if x.group(1) not in facts:
                out.append(Problem(rel, m.id, f"sections.{i}.body", f"unknown fact {x.group(1)!r}"))
        if s.chart:
            prose(f"sections.{i}.chart.title", s.chart.title)
            prose(f"sections.{i}.chart.description", s.chart.description)
            for j, b in enumerate(s.chart.bars, 1):
                prose(f"sections.{i}.chart.bars.{j}.label", b.label)
                if err := _check_figure_ref(b.figure, facts):
                    out.append(Problem(rel, m.id, f"sections.{i}.chart.bars.{j}.figure", err))
                else:
                    fig = facts[FigureRef.parse(b.figure).fact].figures[FigureRef.parse(b.figure).index - 1]
                    if fig.unit != "percent" or fig.value is None:
                        out.append(Problem(rel, m.id, f"sections.{i}.chart.bars.{j}.figure",
                                           "a chart bar needs a single percent figure"))
    return out


def check_links(sources: dict[str, Source], facts: dict[str, Fact], files: dict[str, str]) -> list[Problem]:
    out = []
    for f in facts.values():
        rel = files.get(f.id, "")
        for i, c in enumerate(f.citations, 1):
            if c.source_id not in sources:
                out.append(Problem(rel, f.id, f"citations.{i}.source_id", f"unknown source {c.source_id!r}"))
            elif c.paragraph > sources[c.source_id].paragraphs:
                out.append(Problem(rel, f.id, f"citations.{i}.paragraph",
                                   f"source {c.source_id!r} has {sources[c.source_id].paragraphs} paragraphs, not {c.paragraph}"))
        for r in f.related:
            if r not in facts:
                out.append(Problem(rel, f.id, "related", f"unknown fact {r!r}"))
            elif r == f.id:
                out.append(Problem(rel, f.id, "related", "a fact cannot be related to itself"))
        for c in f.conflicts_with:
            if c.fact not in facts:
                out.append(Problem(rel, f.id, "conflicts_with", f"unknown fact {c.fact!r}"))
        carried = [n for g in f.figures for n in g.numbers]
        for g in f.figures:  # a computed figure's statement may show its arithmetic
            if g.derived and g.formula:
                try:
                    carried += evaluate_formula(g.formula)[1]
                except ValueError:
                    pass  # reported by _check_derived
        for m in re.finditer(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", f.statement):
            n = float(m.group(0).replace(",", ""))
            if not any(same(n, c) for c in carried):
                out.append(Problem(rel, f.id, "statement", f"the statement says {m.group(0)!r}, which is not one of the fact's figures"))
        for j, g in enumerate(f.figures, 1):
            if g.derived:
                out += _check_derived(rel, f, j, g, facts)
            else:
                out += _check_value_matches_text(rel, f, j, g)
    return out


def _check_value_matches_text(rel: str, f: Fact, j: int, g: Figure) -> list[Problem]:
    stated = parse_numbers(g.text or "")
    where = f"figures.{j}"
    if g.qualifier == "hundreds":
        if stated:
            return [Problem(rel, f.id, where, f"text {g.text!r} states a number; 'hundreds' is for vague counts")]
        return []
    missing = [n for n in g.numbers if not any(same(n, s) for s in stated)]
    if missing:
        return [Problem(rel, f.id, where,
                        f"value {', '.join(f'{n:g}' for n in missing)} is not what the text {g.text!r} says "
                        f"(it reads as {', '.join(f'{s:g}' for s in stated) or 'no number'})")]
    return []


def _check_derived(rel: str, f: Fact, j: int, g: Figure, facts: dict[str, Fact]) -> list[Problem]:
    where = f"figures.{j}.formula"
    try:
        result, literals = evaluate_formula(g.formula)
    except ValueError as e:
        return [Problem(rel, f.id, where, str(e))]
    out = []
    unknown = [s for s in g.from_facts if s not in facts]
    if unknown:
        return [Problem(rel, f.id, f"figures.{j}.from_facts", f"unknown fact(s) {', '.join(unknown)}")]
    known = [n for s in g.from_facts for fig in facts[s].figures if not fig.derived for n in fig.numbers]
    for lit in literals:
        if not any(same(lit, k) for k in known) and not any(same(lit, c) for c in ALLOWED_FORMULA_CONSTANTS):
            out.append(Problem(rel, f.id, where, f"number {lit:g} in the formula is not a figure of {', '.join(g.from_facts)}"))
    if g.value is None or abs(round(result, 1) - g.value) > 0.051:
        out.append(Problem(rel, f.id, where, f"{g.formula} = {result:g}, but value is {g.value}"))
    return out


# --- against the texts -------------------------------------------------------------------------

def verify_texts(store_sources: dict[str, Source], facts: dict[str, Fact], texts_dir: Path,
                 files: dict[str, str], source_files: dict[str, str]) -> tuple[list[Problem], dict[str, str]]:
    """Hash of each text; every reported figure's text in its cited paragraph; every number in
    every paragraph carried by some fact. Returns problems and each source's status."""
    out: list[Problem] = []
    status: dict[str, str] = {}
    paragraphs: dict[str, list[str]] = {}
    for s in store_sources.values():
        rel = source_files.get(s.id, "")
        path = texts_dir / s.file
        if not path.is_file():
            out.append(Problem(rel, s.id, "file", f"source text {s.file} not found in {texts_dir}"))
            status[s.id] = "text not found"
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != s.sha256:
            out.append(Problem(rel, s.id, "sha256", f"{s.file} has sha256 {digest}, not the recorded {s.sha256}: refusing to verify against it"))
            status[s.id] = "hash mismatch"
            continue
        paragraphs[s.id] = read_paragraphs(path)
        if len(paragraphs[s.id]) != s.paragraphs:
            out.append(Problem(rel, s.id, "paragraphs", f"the text has {len(paragraphs[s.id])} paragraphs, not {s.paragraphs}"))
        status[s.id] = "verified"

    covered: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for f in facts.values():
        rel = files.get(f.id, "")
        first = f.citations[0]
        paras = paragraphs.get(first.source_id)
        for j, g in enumerate(f.figures, 1):
            if g.derived or paras is None or first.paragraph > len(paras):
                continue
            para = paras[first.paragraph - 1]
            if g.text not in para:
                out.append(Problem(rel, f.id, f"figures.{j}.text",
                                   f"{g.text!r} is not in {first.source_id} paragraph {first.paragraph}"))
                continue
            start = 0
            while (i := para.find(g.text, start)) >= 0:
                covered.setdefault((first.source_id, first.paragraph), []).append((i, i + len(g.text)))
                start = i + 1
    for sid, paras in paragraphs.items():
        src = store_sources[sid]
        for n, para in enumerate(paras, 1):
            if n in src.exempt_paragraphs:
                continue
            spans = covered.get((sid, n), [])
            for s, e, tok in number_tokens(para):
                if not any(a <= s and e <= b for a, b in spans):
                    status[sid] = "figures not all carried by facts"
                    out.append(Problem(source_files.get(sid, ""), sid, f"paragraph {n}",
                                       f"the figure {tok!r} is carried by no fact (…{para[max(0, s - 30):e + 30]}…)"))
    for sid in status:
        if status[sid] == "verified" and any(p.record == sid for p in out):
            status[sid] = "problems found"
    return out, status


# --- the whole store -----------------------------------------------------------------------------

def load_store(content_dir: Path | str, texts_dir: Path | str | None = None) -> Store:
    """Read, validate and (when `texts_dir` is given) verify all content; raise ContentError on any problem."""
    root = Path(content_dir)
    problems: list[Problem] = []
    if not root.is_dir():
        raise ContentError([Problem(str(root), "", "", "content directory not found")])

    sources: dict[str, Source] = {}
    source_files: dict[str, str] = {}
    for rel, s in _load_models(root / "sources", root, Source, problems):
        if s.id in sources:
            problems.append(Problem(rel, s.id, "id", f"duplicate source id (also in {source_files[s.id]})"))
        sources[s.id], source_files[s.id] = s, rel

    facts: dict[str, Fact] = {}
    files: dict[str, str] = {}
    for rel, ff in _load_models(root / "facts", root, FactFile, problems):
        for f in ff.facts:
            if f.id in facts:
                problems.append(Problem(rel, f.id, "id", f"duplicate fact id (also in {files[f.id]})"))
                continue
            facts[f.id], files[f.id] = f, rel

    modules: dict[str, Module] = {}
    for rel, m in _load_models(root / "modules", root, Module, problems):
        if m.id in modules:
            problems.append(Problem(rel, m.id, "id", "duplicate module id"))
        modules[m.id] = m
        problems += check_module(rel, m, facts)

    lexicon = Lexicon()
    lex_path = root / "lexicon.yaml"
    if lex_path.exists():
        data = read_yaml(lex_path, root, problems)
        if data is not None:
            try:
                lexicon = Lexicon.model_validate(data)
            except ValidationError as e:
                problems += pydantic_problems("lexicon.yaml", e, data)

    from .asks import copied_asks, load_asks  # issue 13: example questions per fact (imports this module)
    asks = load_asks(root, facts, problems)

    if not sources:
        problems.append(Problem("sources/", "", "", "no sources found"))
    if not facts:
        problems.append(Problem("facts/", "", "", "no facts found"))
    problems += check_links(sources, facts, files)

    status: dict[str, str] = {s: "not verified: source texts not configured" for s in sources}
    if texts_dir is not None and not problems:
        text_problems, status = verify_texts(sources, facts, Path(texts_dir), files, source_files)
        problems += text_problems + copied_asks(asks, sources, Path(texts_dir))
    if problems:
        raise ContentError(problems)
    ordered = dict(sorted(modules.items(), key=lambda kv: (kv[1].order, kv[0])))
    return Store(sources=sources, facts=facts, modules=ordered, lexicon=lexicon, asks=asks, fact_files=files,
                 verified=status)


def iter_figures(store: Store) -> Iterable[tuple[Fact, int, Figure]]:
    for f in store.facts.values():
        for i, g in enumerate(f.figures, 1):
            yield f, i, g
