"""The figure finder: figures, qualifiers and claimants in a paragraph; the benchmark on the seeds."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from webapp.figures import NO_SOURCE, find_figures, find_in_text

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = Path(__file__).parent / "fixtures" / "articles" / "harbour-ferries.txt"


@pytest.mark.parametrize("para, text, numbers, unit, qualifier", [
    ("Prices rose by more than 12% last year.", "more than 12%", (12.0,), "percent", "more than"),
    ("Between 60 to 90 boats leave each day.", "60 to 90", (60.0, 90.0), "boats", "exact"),
    ("Each week 2–3 ships arrive.", "2–3", (2.0, 3.0), "ships", "exact"),
    ("Workers were aged between 18 and 65.", "between 18 and 65", (18.0, 65.0), "count", "exact"),
    ("Nearly one in four voters stayed home.", "Nearly one in four", (0.25,), "fraction", "nearly"),
    ("The strike is in its fourth week.", "fourth", (4.0,), "week", "exact"),
    ("The plant opened in June 2023 after delays.", "June 2023", (2023.0,), "date", "exact"),
    ("Hundreds of people queued.", "Hundreds", (), "people", "hundreds"),
    ("The fund holds about 2.4 million dollars.", "about 2.4 million", (2.4,), "million dollars", "about"),
    ("As high as 76% of them agreed.", "As high as 76%", (76.0,), "percent", "as high as"),
    ("Only 3% were managers.", "Only 3%", (3.0,), "percent", "only"),
    ("It covers 603,550sq km of land.", "603,550sq km", (603550.0,), "square kilometres", "exact"),
    ("The town has ten thousand homes.", "ten thousand", (10000.0,), "homes", "exact"),
    ("Each meal costs about £2.35 now.", "about £2.35", (2.35,), "pounds", "about"),
    ("The bill could reach $4.1 million soon.", "$4.1 million", (4.1,), "million dollars", "exact"),
])
def test_one_figure_with_value_unit_and_qualifier(para, text, numbers, unit, qualifier):
    found = find_figures(para)
    assert [(f.text, f.numbers, f.unit, f.qualifier) for f in found] == [(text, numbers, unit, qualifier)]
    assert para[found[0].start:found[0].end] == text  # exactly as written: the checker looks it up


@pytest.mark.parametrize("para, claimant", [
    ("Sales fell 8%, according to the Retail Board.", "Retail Board"),
    ("The Retail Board estimates that sales fell 8%.", "Retail Board"),
    ("Sales fell 8%, the mayor, Ana Ruiz, said.", "Ana Ruiz"),
    ("Sales fell 8% last spring.", NO_SOURCE),
    ("Hundreds of shops were reported closed.", NO_SOURCE),
])
def test_claimant_named_near_the_figure(para, claimant):
    assert find_figures(para)[0].claimant == claimant


def test_no_figures_in_plain_prose_and_one_is_not_always_a_number():
    assert find_figures("No one knows why the river rose; one of them left.") == []


def test_the_test_article_figures_by_paragraph():
    found = find_in_text(ARTICLE.read_text(encoding="utf-8"))
    by = {(f.paragraph, f.text): f for f in found}
    assert by[(2, "38%")].claimant == "Kestrel Bay Transit Authority"
    assert by[(3, "between 4,000 and 6,500")].numbers == (4000.0, 6500.0)
    assert by[(3, "between 4,000 and 6,500")].claimant == "Amara Okafor"
    assert by[(4, "as much as 85 million")].claimant == "regional council"
    assert by[(6, "Only 12")].claimant == NO_SOURCE
    assert all(f.paragraph != 1 for f in found)  # the headline states no figure


def test_benchmark_meets_its_recall_target_on_the_seeds(seeds, capsys):
    spec = importlib.util.spec_from_file_location("figure_finder", ROOT / "benchmarks" / "figure_finder.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    code = bench.main(["--texts", str(seeds)])
    out = capsys.readouterr().out
    assert "recall:" in out and "precision:" in out
    assert code == 0, out
    r = bench.measure(ROOT / "content", seeds)
    assert r["recall"] >= bench.TARGET_RECALL
    assert len(r["expected"]) >= 40  # the benchmark really counts the facts' figures
    held = bench.measure_heldout()
    assert "held-out article" in out and held["recall"] >= 0.9 and held["precision"] >= 0.9
