"""Benchmark the explainer bot (prints figures; not a test).

    .venv/bin/python benchmarks/bot_bench.py [--facts 50000]

Answers the evaluation set on the real content, then on a synthetic store of N facts made from
templates, and prints p50/p95/p99 per answer, the index build time, peak memory, and the ratio of
p95 to one bare FTS5 bm25 query on the same store in the same run, and how well the evaluation set is answered
at that size (the synthetic facts are noise the bot must not answer with). Target: p95 ≤ 5 ms at 50,000 (issue 13).
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from webapp import db  # noqa: E402
from webapp.bot import Bot  # noqa: E402
from webapp.bot.evaluate import evaluate_bot, load_items  # noqa: E402
from webapp.config import PROJECT_ROOT, default_source_texts  # noqa: E402
from webapp.facts import Store, load_store  # noqa: E402
from webapp.schemas import Citation, Fact, Figure  # noqa: E402

SUBJECTS = ["prisoners", "officers", "conscripts", "mercenaries", "exchanges", "casualties", "volunteers",
            "drones", "convoys", "harbours", "bridges", "hospitals", "schools", "farms", "rail lines"]
PLACES = ["Donetsk", "Kursk", "Zaporizhzhia", "Kharkiv", "Odesa", "Lviv", "Sumy", "Poltava", "Kherson", "Dnipro"]
CLAIMANTS = ["the regional office", "a monitoring group", "the ministry", "local officials", "an analyst"]


def synthetic(real: Store, n: int, seed: int = 1) -> Store:
    rng = random.Random(seed)
    facts = dict(real.facts)
    src = next(iter(real.sources))
    for i in range(n - len(facts)):
        subj, place = rng.choice(SUBJECTS), rng.choice(PLACES)
        value = rng.randint(2, 90000)
        year = rng.choice([2022, 2023, 2024, 2025])
        f = Fact(id=f"syn-{i}", statement=f"In {place} {rng.choice(CLAIMANTS)} counted {value:,} {subj} during {year}.",
                 kind="figure", claimant=rng.choice(CLAIMANTS),
                 figures=[Figure(value=value, unit="soldiers", text=f"{value:,}"),
                          Figure(value=year, unit="year", text=str(year))],
                 citations=[Citation(source_id=src, paragraph=1)], topics=[subj.replace(" ", "-")])
        facts[f.id] = f
    return Store(sources=real.sources, facts=facts, modules=real.modules, lexicon=real.lexicon)


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def run(store: Store, label: str, questions: list[str], repeat: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        conn = db.connect(Path(tmp) / "bench.sqlite3")
        db.migrate(conn)
        t0 = time.perf_counter()  # the build: the bot's own index (ideas per fact), then the FTS5 table
        bot = Bot(store, search=lambda *a, **k: db.bot_search(conn, *a, **k))
        t1 = time.perf_counter()
        db.load_content(conn, store, extra_terms=bot.index_terms)
        build, ideas = time.perf_counter() - t0, t1 - t0
        times, cpu, bare = [], [], []
        for _ in range(repeat):
            for q in questions:
                t, c = time.perf_counter(), time.process_time()
                bot.answer(q)
                times.append((time.perf_counter() - t) * 1000)
                cpu.append((time.process_time() - c) * 1000)
                t = time.perf_counter()
                db.bot_search(conn, '"prisoners" OR "week"', 1)
                bare.append((time.perf_counter() - t) * 1000)
        scored = evaluate_bot(bot, load_items())  # the same questions' answers, at this size
        conn.conn.close()
    p95, bare95 = pct(times, 95), pct(bare, 95)
    print(f"{label:28} facts={len(store.facts):>6}  build={build:6.2f}s (bot {ideas:.2f}s)  answers={len(times):>5}  "
          f"p50={pct(times, 50):6.2f}ms p95={p95:6.2f}ms p99={pct(times, 99):6.2f}ms  "
          f"bare bm25 p95={bare95:5.2f}ms  ratio={p95 / bare95:5.1f}x  cpu p95={pct(cpu, 95):6.2f}ms  "
          f"eval.yaml at this size: {scored.accuracy:.1%} answers, {scored.refusal_rate:.1%} refusals")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--facts", type=int, default=50_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    real = load_store(PROJECT_ROOT / "content", default_source_texts())
    questions = [i["q"] for i in load_items()]
    run(real, "real content", questions, args.repeat)
    run(synthetic(real, args.facts), f"synthetic ({args.facts:,})", questions, args.repeat)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    load = os.getloadavg()[0]
    print(f"peak memory (max RSS) {rss:.0f} MB; Python {sys.version.split()[0]}; "
          f"target p95 ≤ 5 ms at 50,000 facts; load average {load:.1f} on {os.cpu_count()} cores "
          f"(wall-clock figures grow with other load; cpu p95 is this process's own time)")


if __name__ == "__main__":
    main()
