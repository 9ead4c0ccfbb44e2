"""Benchmark the figure finder on the seed articles (prints figures; exits 1 below target).

    .venv/bin/python benchmarks/figure_finder.py [--content DIR] [--texts DIR] [--list]

Recall: of the figures the facts in content/facts carry (reported figures, at their first
citation), the share the finder finds in the same paragraph with the same value (a range matches
by both ends; a "hundreds" figure by a vague count). Precision: of the figures the finder reports
in the paragraphs facts must cover (not the exempt datelines and footers), the share that match a
fact's figure. Target: recall >= 95%. The misses are listed; --list prints every found figure.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from webapp.config import PROJECT_ROOT, default_source_texts  # noqa: E402
from webapp.facts import load_store, read_paragraphs  # noqa: E402
from webapp.figures import Found, find_figures  # noqa: E402
from webapp.numbers import same  # noqa: E402

TARGET_RECALL = 0.95
HELDOUT = PROJECT_ROOT / "tests" / "fixtures" / "articles" / "heldout-school-meals.yaml"


def matches(found: Found, numbers: tuple[float, ...], qualifier: str) -> bool:
    if qualifier == "hundreds" or not numbers:
        return found.kind == "vague"
    return len(found.numbers) == len(numbers) and all(same(a, b) for a, b in zip(found.numbers, numbers))


def measure(content: Path, texts: Path) -> dict:
    store = load_store(content, texts)
    expected = []  # (source id, paragraph, numbers, qualifier, text, fact id)
    for f in store.facts.values():
        c = f.citations[0]
        for g in f.figures:
            if not g.derived:
                expected.append((c.source_id, c.paragraph, g.numbers, g.qualifier, g.text, f.id))
    found: dict[tuple[str, int], list[Found]] = {}
    for s in store.sources.values():
        for n, para in enumerate(read_paragraphs(texts / s.file), 1):
            found[(s.id, n)] = find_figures(para, n)
    misses = [e for e in expected if not any(matches(x, e[2], e[3]) for x in found.get((e[0], e[1]), []))]
    counted = [(k, x) for k, xs in found.items() if k[1] not in store.sources[k[0]].exempt_paragraphs for x in xs]
    wrong = [(k, x) for k, x in counted
             if not any(matches(x, e[2], e[3]) for e in expected if (e[0], e[1]) == k)]
    return {"expected": expected, "misses": misses, "found": found, "counted": counted, "wrong": wrong,
            "recall": 1 - len(misses) / len(expected) if expected else 0.0,
            "precision": 1 - len(wrong) / len(counted) if counted else 0.0}


def measure_heldout(labels: Path = HELDOUT) -> dict:
    """The same measure on an article the rules were never tuned on, labelled by hand beforehand."""
    spec = yaml.safe_load(labels.read_text(encoding="utf-8"))
    paras = read_paragraphs(labels.parent / spec["file"])
    found = [x for n, p in enumerate(paras, 1) for x in find_figures(p, n)]
    expected = [(e["paragraph"], tuple(float(v) for v in e["numbers"])) for e in spec["figures"]]
    misses = [e for e in expected
              if not any(x.paragraph == e[0] and matches(x, e[1], "hundreds" if not e[1] else "exact") for x in found)]
    wrong = [x for x in found if not any(x.paragraph == e[0] and matches(x, e[1], "hundreds" if not e[1] else "exact")
                                         for e in expected)]
    return {"expected": expected, "found": found, "misses": misses, "wrong": wrong,
            "recall": 1 - len(misses) / len(expected), "precision": 1 - len(wrong) / len(found) if found else 0.0}


def print_heldout() -> None:
    h = measure_heldout()
    print(f"held-out article (labelled before the finder read it): recall {h['recall']:.1%} ({len(h['expected']) - len(h['misses'])} "
          f"of {len(h['expected'])}), precision {h['precision']:.1%} ({len(h['found']) - len(h['wrong'])} of "
          f"{len(h['found'])})")
    for n, nums in h["misses"]:
        print(f"  held-out missed: ¶{n}: {nums or 'a vague count'}")
    for x in h["wrong"]:
        print(f"  held-out not a labelled figure: ¶{x.paragraph}: {x.text!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--content", type=Path, default=PROJECT_ROOT / "content")
    ap.add_argument("--texts", type=Path, default=default_source_texts())
    ap.add_argument("--list", action="store_true", help="print every figure found")
    args = ap.parse_args(argv)
    if args.texts is None or not args.texts.is_dir():
        print("the seed texts are not available (../shared/seeds or SOURCED_SOURCE_TEXTS)")
        return 2
    r = measure(args.content, args.texts)
    if args.list:
        for (sid, n), xs in r["found"].items():
            for x in xs:
                print(f"  {sid} ¶{n}: {x.text!r} = {x.numbers or 'vague'} {x.unit} [{x.qualifier}] — {x.claimant}")
    print(f"figures the facts carry: {len(r['expected'])}; found: {len(r['expected']) - len(r['misses'])}")
    print(f"recall: {r['recall']:.1%} (target {TARGET_RECALL:.0%})")
    print(f"precision: {r['precision']:.1%} ({len(r['counted']) - len(r['wrong'])} of {len(r['counted'])} found "
          f"figures in covered paragraphs match a fact's figure)")
    for sid, n, nums, q, text, fid in r["misses"]:
        print(f"  missed: {sid} ¶{n}: {text!r} ({fid})")
    for (sid, n), x in r["wrong"]:
        print(f"  not a fact's figure: {sid} ¶{n}: {x.text!r}")
    print_heldout()
    return 0 if r["recall"] >= TARGET_RECALL else 1


if __name__ == "__main__":
    sys.exit(main())
