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

import yaml
from pydantic import ValidationError

from . import content_rules, phrases
from .numbers import evaluate_formula, parse_numbers, same
from .problems import ContentError, Problem
from .schemas import (
    FACT_LINK, FIGURE_REF, Fact, FactFile, Figure, FigureRef, LexiconFile, Module, Source,
)
from .verify import read_paragraphs, verify_texts

__all__ = ["ContentError", "Problem", "Store", "load_store", "module_fact_ids", "read_paragraphs"]

ALLOWED_FORMULA_CONSTANTS = (100.0,)  # "a share of 100%" is arithmetic, not a claim


@dataclass(frozen=True)
class Store:
    """The validated content: sources, facts and modules, by id, in file order."""

    sources: dict[str, Source]
    facts: dict[str, Fact]
    modules: dict[str, Module]
    lexicon: LexiconFile = field(default_factory=LexiconFile)
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


# --- cross-record checks ----------------------------------------------------------------------

def module_fact_ids(module: Module) -> list[str]:
    ids: list[str] = [FigureRef.parse(k.figure).fact for k in module.key_figures]
    for s in module.sections:
        for text in [s.body] + (s.chart.cells() if s.chart else []):
            ids += [m.group(1) for m in FIGURE_REF.finditer(text)]
            ids += [m.group(1) for m in FACT_LINK.finditer(text)]
        if s.chart:
            ids += [FigureRef.parse(r).fact for r in s.chart.figure_refs()]
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


def _check_form(ref: str, form: str | None, following: str, facts: dict[str, Fact]) -> str | None:
    """A short figure needs its unit in the next words ('{{x|short}}.' reads as a bare number); a
    long one must not be followed by its unit again ('{{x|long}} soldiers' says it twice)."""
    r = FigureRef.parse(ref)
    fig = facts[r.fact].figures[r.index - 1]
    if form == "short" and phrases.bare_number(fig, "short", following):
        return f"{{{{{ref}|short}}}} is followed by {following.strip()[:20]!r}: it would read as a bare number without its unit ({fig.unit})"
    if form == "long" and fig.unit not in phrases.SELF_UNITS and phrases.choose_form(fig, following) == "short":
        return f"{{{{{ref}|long}}}} already says {fig.unit!r}, and the next word says it again"
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
    for j, k in enumerate(m.key_figures, 1):
        prose(f"key_figures.{j}.label", k.label)
        if err := _check_figure_ref(k.figure, facts):
            out.append(Problem(rel, m.id, f"key_figures.{j}.figure", err))
    for i, s in enumerate(m.sections, 1):
        prose(f"sections.{i}.heading", s.heading)
        texts = [(f"sections.{i}.body", s.body)]
        if s.chart:
            texts += [(f"sections.{i}.chart.rows.{r}", c) for r, row in enumerate(s.chart.rows, 1) for c in row.cells]
        for where, text in texts:
            prose(where, text)
            for x in FIGURE_REF.finditer(text):
                ref = x.group(1) + (f".{x.group(2)}" if x.group(2) else "")
                if err := _check_figure_ref(ref, facts):
                    out.append(Problem(rel, m.id, where, err))
                elif err := _check_form(ref, x.group(3), text[x.end():x.end() + 40], facts):
                    out.append(Problem(rel, m.id, where, err))
            for x in FACT_LINK.finditer(text):
                if x.group(1) not in facts:
                    out.append(Problem(rel, m.id, where, f"unknown fact {x.group(1)!r}"))
        if s.chart:
            out += _check_chart(rel, m.id, f"sections.{i}.chart", s.chart, facts, prose)
    return out


def _check_chart(rel: str, module_id: str, where: str, chart, facts: dict[str, Fact], prose) -> list[Problem]:
    """A chart draws only facts' figures: each a value or range, in the chart's unit."""
    out = []
    for name in ("title", "description", "axis"):
        prose(f"{where}.{name}", getattr(chart, name) or "")
    for label in [b.label for b in chart.bars] + [g.label for g in chart.groups] + list(chart.series) \
            + list(chart.columns) + [r.label for r in chart.rows]:
        prose(f"{where}.label", label)
    for ref in chart.figure_refs():
        if err := _check_figure_ref(ref, facts):
            out.append(Problem(rel, module_id, where, err))
            continue
        r = FigureRef.parse(ref)
        fig = facts[r.fact].figures[r.index - 1]
        if not fig.numbers:
            out.append(Problem(rel, module_id, where, f"{ref}: a chart needs a figure with a number"))
        elif (fig.unit == "percent") != (chart.unit == "percent"):
            out.append(Problem(rel, module_id, where, f"{ref} is in {fig.unit}, but the chart's unit is {chart.unit}"))
    if chart.kind != "table" and chart.unit == "count" and not chart.axis:
        out.append(Problem(rel, module_id, f"{where}.axis", "a chart of counts needs an axis label saying what is counted"))
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
        out += content_rules.statement_names_uncited_article(rel, f, sources)
        out += content_rules.opinion_kind_problems(rel, f)
    out += content_rules.twin_figure_problems(facts, files)
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
    if not content_rules.derived_value_ok(g, result):
        out.append(Problem(rel, f.id, where, f"{g.formula} = {result:g}, but value is {g.value}"))
    out += content_rules.derived_precision_problems(rel, f, j, g, facts, ALLOWED_FORMULA_CONSTANTS)
    return out


# --- the whole store -----------------------------------------------------------------------------

def _load_sources(root: Path, problems: list[Problem]) -> tuple[dict[str, Source], dict[str, str]]:
    sources: dict[str, Source] = {}
    source_files: dict[str, str] = {}
    for rel, s in _load_models(root / "sources", root, Source, problems):
        if s.id in sources:
            problems.append(Problem(rel, s.id, "id", f"duplicate source id (also in {source_files[s.id]})"))
        sources[s.id], source_files[s.id] = s, rel
    return sources, source_files


def _load_facts(root: Path, problems: list[Problem]) -> tuple[dict[str, Fact], dict[str, str]]:
    facts: dict[str, Fact] = {}
    files: dict[str, str] = {}
    for rel, ff in _load_models(root / "facts", root, FactFile, problems):
        for f in ff.facts:
            if f.id in facts:
                problems.append(Problem(rel, f.id, "id", f"duplicate fact id (also in {files[f.id]})"))
                continue
            facts[f.id], files[f.id] = f, rel
    return facts, files


def _load_lexicon(root: Path, problems: list[Problem]) -> LexiconFile:
    lex_path = root / "lexicon.yaml"
    data = read_yaml(lex_path, root, problems) if lex_path.exists() else None
    if data is None:
        return LexiconFile()
    try:
        return LexiconFile.model_validate(data)
    except ValidationError as e:
        problems += pydantic_problems("lexicon.yaml", e, data)
        return LexiconFile()


def load_store(content_dir: Path | str, texts_dir: Path | str | None = None) -> Store:
    """Read, validate and (when `texts_dir` is given) verify all content; raise ContentError on any problem."""
    root = Path(content_dir)
    problems: list[Problem] = []
    if not root.is_dir():
        raise ContentError([Problem(str(root), "", "", "content directory not found")])

    sources, source_files = _load_sources(root, problems)
    facts, files = _load_facts(root, problems)
    modules: dict[str, Module] = {}
    for rel, m in _load_models(root / "modules", root, Module, problems):
        if m.id in modules:
            problems.append(Problem(rel, m.id, "id", "duplicate module id"))
        modules[m.id] = m
        problems += check_module(rel, m, facts)
    lexicon = _load_lexicon(root, problems)

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
