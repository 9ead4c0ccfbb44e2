"""Where a request's CPU goes, by category: a sampling profiler for benchmarks/serve_bench.py --profile.

The requests run in the main thread under a CPU-time interval timer (ITIMER_PROF): every SAMPLE_S
seconds of the process's CPU (in practice every scheduler tick, 4 ms here) SIGPROF interrupts it and
the handler reads the stack where it stopped. CPU time, not wall time: what other processes on a
shared machine do moves no sample. A signal arriving inside a C call (an SQLite statement) is handled
when the call returns, in the Python frame that made it, so the call's time goes to its caller's
category. Each sample's stack is read from the outermost frame in: a frame whose file (or file and function)
matches a rule switches the sample's category to that rule's; a frame that matches nothing (the
standard library, pydantic, ...) keeps the category of its caller. "Sticky" categories keep
everything below them: the SQLite SELECT the rate limiter runs is the limiter's cost, the JSON a
write encodes is the write's, and a url_for called from a template is the template's. The categories
are those of issue 18; samples in the test client itself (building the request, reading the
response: work gunicorn does instead) are counted apart and left out of the shares.

Sampling, not tracing: cProfile or sys.setprofile add a cost to every call, which inflates the
categories made of many small calls (Jinja, Werkzeug's headers) against those made of few big ones
(SQLite). A sample costs the same wherever it lands. The price is statistical: a few hundred samples
per case, so shares move by a point or two from run to run.
"""
from __future__ import annotations

import signal
import time
from collections import Counter
from typing import Callable

SAMPLE_S = 0.0005  # asked for; the kernel delivers one per scheduler tick at most
HARNESS = "(test client)"
# (category, path fragment, function name or None, sticky), tried in order; first match wins per frame
RULES: list[tuple[str, str, str | None, bool]] = [
    ("gunicorn", "/gunicorn/", None, False),  # the server's own work (only in --profile's server samples)
    (HARNESS, "/werkzeug/test.py", None, False),
    (HARNESS, "/flask/testing.py", None, False),
    ("Flask/Werkzeug", "/flask_limiter/", "__inner", False),  # the decorator that calls the view
    ("rate limiter", "/flask_limiter/", None, True),
    ("rate limiter", "/limits/", None, True),
    ("rate limiter", "/webapp/limits_sqlite.py", None, True),
    ("Flask/Werkzeug", "/webapp/ratelimit.py", "limited", False),  # ours: the decorator that calls the view
    ("rate limiter", "/webapp/ratelimit.py", None, True),
    ("security headers", "/webapp/web.py", "security_headers", True),
    ("write + commit", "/webapp/db/core.py", "wrapped", True),
    ("write + commit", "/webapp/db/core.py", "transaction", True),
    ("write + commit", "/webapp/db/core.py", "retry_busy", True),  # a one-statement write
    ("Jinja", "/jinja2/", None, True),
    ("Jinja", "/webapp/templates/", None, True),
    ("Jinja", "/flask/templating.py", None, True),
    ("sessions + CSRF", "/flask/sessions.py", None, True),
    ("sessions + CSRF", "/itsdangerous/", None, True),
    ("sessions + CSRF", "/flask_wtf/", None, True),
    ("sessions + CSRF", "/webapp/teacher_sessions.py", None, True),
    ("sessions + CSRF", "/webapp/identity.py", None, True),
    ("JSON", "/json/", None, False),
    ("JSON", "/flask/json/", None, False),
    ("SQLite reads", "/sqlite_utils/", None, False),
    ("SQLite reads", "/webapp/db/", None, False),
    ("SQLite reads", "/sqlite3/", None, False),
    ("bot", "/webapp/bot/", None, False),
    ("Flask/Werkzeug", "/flask/", None, False),
    ("Flask/Werkzeug", "/werkzeug/", None, False),
    ("Flask/Werkzeug", "/htmx_flask/", None, False),
    ("Flask/Werkzeug", "/webapp/binding.py", None, False),
    ("app code", "/webapp/", None, False),
]
# the calls by which the test client enters the app: the only frames that take a sample out of HARNESS
APP_ENTRIES = {("/flask/app.py", "__call__"), ("/webapp/binding.py", "app")}
ORDER = ["gunicorn", "Flask/Werkzeug", "sessions + CSRF", "rate limiter", "security headers", "Jinja", "SQLite reads",
         "write + commit", "JSON", "bot", "app code", "other"]


def classify(frames: list[tuple[str, str]]) -> tuple[str, str]:
    """The category of one stack, given outermost first as (file name, function name), and the call
    by which the stack entered that category (for --profile's detail)."""
    category, entry = "other", ""
    for filename, func in frames:
        if category == HARNESS and not any(f in filename and func == n for f, n in APP_ENTRIES):
            continue
        for cat, fragment, name, sticky in RULES:
            if fragment in filename and (name is None or func.endswith(name)):
                if cat != category:
                    category, entry = cat, f"{filename.rsplit('/', 2)[-2]}/{filename.rsplit('/', 1)[-1]}:{func}"
                if sticky:
                    return category, entry
                break
    return category, entry


def stack_of(frame) -> list[tuple[str, str]]:
    out = []
    while frame is not None:
        out.append((frame.f_code.co_filename, frame.f_code.co_name))
        frame = frame.f_back
    out.reverse()
    return out


def sample(fn: Callable[[int], object], n: int) -> tuple[Counter, float, Counter]:
    """Run fn(0..n-1) in the main thread, sampled on CPU time; (samples per category, CPU s per call,
    samples per (category, the call that entered it))."""
    counts: Counter = Counter()
    entries: Counter = Counter()

    def on_tick(_signum, frame):
        cat, entry = classify(stack_of(frame))
        counts[cat] += 1
        entries[cat, entry] += 1

    old = signal.signal(signal.SIGPROF, on_tick)
    c0 = time.process_time()
    signal.setitimer(signal.ITIMER_PROF, SAMPLE_S, SAMPLE_S)
    try:
        for i in range(n):
            fn(i)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        cpu = time.process_time() - c0
        signal.signal(signal.SIGPROF, old)
    return counts, cpu / n, entries


def table(results: dict[str, tuple[Counter, float, Counter]]) -> str:
    """Per case: ms of CPU a request without the test client's share, and each category's share."""
    names = list(results)
    lines = [f"{'category':<18}" + "".join(f"{n:>14}" for n in names)]
    served = {}
    for name, (counts, per_call, _) in results.items():
        total = sum(counts.values()) or 1
        served[name] = (per_call * (1 - counts[HARNESS] / total), sum(counts.values()) - counts[HARNESS] or 1)
    lines.append(f"{'ms a request':<18}" + "".join(f"{served[n][0] * 1000:>14.3f}" for n in names))
    for cat in ORDER:
        cells = []
        for n in names:
            share = results[n][0][cat] / served[n][1]
            cells.append(f"{share:>8.0%} {served[n][0] * share * 1000:>4.2f}" if results[n][0][cat] else f"{'-':>14}")
        lines.append(f"{cat:<18}" + "".join(cells))
    lines.append(f"{'samples':<18}" + "".join(f"{served[n][1]:>14}" for n in names))
    return "\n".join(lines)


def detail(result: tuple[Counter, float, Counter], top: int = 3) -> str:
    """The calls through which the biggest categories were entered, with their share of the request."""
    counts, _, entries = result
    total = (sum(counts.values()) - counts[HARNESS]) or 1
    lines = []
    for cat in ORDER:
        if counts[cat] / total < 0.03:
            continue
        best = sorted(((n, e) for (c, e), n in entries.items() if c == cat), reverse=True)[:top]
        lines.append(f"  {cat}: " + ", ".join(f"{e} {n / total:.0%}" for n, e in best))
    return "\n".join(lines)
