"""Checking the content against the article texts: each text's hash, every figure in its cited
paragraph, every number of every paragraph carried by some fact. No Flask."""
from __future__ import annotations

import hashlib
from pathlib import Path

from . import content_rules
from .numbers import number_tokens
from .problems import Problem
from .schemas import Fact, Source


def read_paragraphs(path: Path) -> list[str]:
    """Paragraph N is the Nth non-empty line (the seeds' citation rule)."""
    return [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]



def verify_texts(store_sources: dict[str, Source], facts: dict[str, Fact], texts_dir: Path,
                 files: dict[str, str], source_files: dict[str, str]) -> tuple[list[Problem], dict[str, str]]:
    """Hash of each text; every reported figure's text in its cited paragraph; every number in
    every paragraph carried by some fact. Returns problems and each source's status."""
    out, status, paragraphs = _read_texts(store_sources, texts_dir, source_files)
    covered = _check_figures(facts, paragraphs, files, out)
    for sid, paras in paragraphs.items():
        uncarried = _uncarried_numbers(paras, covered, sid, store_sources[sid].exempt_paragraphs,
                                       source_files.get(sid, ""))
        if uncarried:
            status[sid] = "figures not all carried by facts"
            out.extend(uncarried)
    for sid in status:
        if status[sid] == "verified" and any(p.record == sid for p in out):
            status[sid] = "problems found"
    return out, status


def _read_texts(store_sources: dict[str, Source], texts_dir: Path, source_files: dict[str, str]):
    """(problems, status per source, paragraphs per source whose text has the recorded hash)."""
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
    return out, status, paragraphs


def _check_figures(facts: dict[str, Fact], paragraphs: dict[str, list[str]], files: dict[str, str],
                   out: list[Problem]) -> dict[tuple[str, int], list[tuple[int, int]]]:
    """Each reported figure's text must be in its cited paragraph (problems go to `out`); returns the
    spans of each (source, paragraph) that facts carry."""
    covered: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for f in facts.values():
        out += content_rules.claimant_problems(files.get(f.id, ""), f, paragraphs)
        first = f.citations[0]
        paras = paragraphs.get(first.source_id)
        for j, g in enumerate(f.figures, 1):
            if g.derived or paras is None or first.paragraph > len(paras):
                continue
            para = paras[first.paragraph - 1]
            if g.text not in para:
                out.append(Problem(files.get(f.id, ""), f.id, f"figures.{j}.text",
                                   f"{g.text!r} is not in {first.source_id} paragraph {first.paragraph}"))
                continue
            start = 0
            while (i := para.find(g.text, start)) >= 0:
                covered.setdefault((first.source_id, first.paragraph), []).append((i, i + len(g.text)))
                start = i + 1
    return covered


def _uncarried_numbers(paras: list[str], covered: dict, sid: str, exempt, rel: str) -> list[Problem]:
    """A problem for every number in the text that no fact's figure covers."""
    out = []
    for n, para in enumerate(paras, 1):
        if n in exempt:
            continue
        spans = covered.get((sid, n), [])
        for s, e, tok in number_tokens(para):
            if not any(a <= s and e <= b for a, b in spans):
                out.append(Problem(rel, sid, f"paragraph {n}",
                                   f"the figure {tok!r} is carried by no fact (…{para[max(0, s - 30):e + 30]}…)"))
    return out
