"""The real content: the two articles' facts, every figure verified against its paragraph."""
import re

from webapp.facts import load_store
from webapp.numbers import number_tokens
from webapp.facts import read_paragraphs
from webapp.config import PROJECT_ROOT


def test_real_content_loads_and_every_source_is_verified(seeds):
    store = load_store(PROJECT_ROOT / "content", seeds)
    assert set(store.verified.values()) == {"verified"}
    assert len(store.facts) >= 40
    assert len(store.modules) >= 6


def test_every_number_in_both_articles_is_carried_by_a_fact(seeds):
    """Belt and braces over load_store's coverage check: list what is missing, if anything."""
    store = load_store(PROJECT_ROOT / "content", seeds)
    missing = []
    for src in store.sources.values():
        for n, para in enumerate(read_paragraphs(seeds / src.file), 1):
            if n in src.exempt_paragraphs:
                continue
            texts = [g.text for f in store.facts.values() if f.citations[0].source_id == src.id
                     and f.citations[0].paragraph == n for g in f.figures if g.text]
            for s, e, tok in number_tokens(para):
                if not any(t in para and para.find(t) <= s < para.find(t) + len(t) or
                           any(m.start() <= s < m.end() for m in re.finditer(re.escape(t), para)) for t in texts):
                    missing.append((src.id, n, tok))
    assert missing == []


def test_claimant_is_kept_apart_from_outlet_and_opinions_are_labelled(seeds):
    store = load_store(PROJECT_ROOT / "content", seeds)
    outlets = {s.publisher for s in store.sources.values()} | {s.title for s in store.sources.values()}
    for f in store.facts.values():
        assert f.claimant not in outlets, f"{f.id}: the claimant is an outlet"
    opinions = [f for f in store.facts.values() if f.kind == "opinion"]
    assert len(opinions) >= 3
    for f in opinions:
        assert "opinion" in f.statement.lower() or "author" in f.statement.lower(), f.id
        assert store.sources[f.citations[0].source_id].kind == "opinion", f.id


def test_disagreements_between_the_articles_are_linked_both_ways(seeds):
    store = load_store(PROJECT_ROOT / "content", seeds)
    pairs = [(f.id, c.fact) for f in store.facts.values() for c in f.conflicts_with]
    assert len(pairs) >= 4
    for a, b in pairs:
        assert a in [c.fact for c in store.facts[b].conflicts_with], f"{a} -> {b} is not linked back"
        cited = {c.source_id for c in store.facts[a].citations} | {c.source_id for c in store.facts[b].citations}
        assert len(cited) >= 1


def test_computed_figures_are_marked_with_their_arithmetic(seeds):
    store = load_store(PROJECT_ROOT / "content", seeds)
    derived = [(f, g) for f in store.facts.values() for g in f.figures if g.derived]
    assert derived, "the area share is a computed figure"
    for f, g in derived:
        assert g.qualifier == "computed" and g.formula and g.text is None
        assert "comput" in f.statement.lower(), f.id
