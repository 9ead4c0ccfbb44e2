"""Serving benchmark: the real app against a bare Flask "hello world" under the same gunicorn settings.

    .venv/bin/python benchmarks/serve_bench.py [--workers 2] [--concurrency 8] [--seconds 2] [--rounds 3]
                                               [--wait-quiet 60] [--repeat 3] [--profile] [--profile-only]
                                               [--no-limiter] [--cases module,answer,answer-plain,bot]

In one run it serves benchmarks/hello_app.py and the real app (fresh database in a temporary
folder), each with `gunicorn -w N` sync workers on 127.0.0.1, and drives each case for a few seconds with C concurrent connections from a small raw
HTTP/1.1 client (asyncio sockets, so the client costs little of the CPU it shares with the server),
in rounds (every case once per round; medians are reported):

  bare     GET / of the hello app
  module   GET /modules/<id>, the six explainer modules in turn
  answer   POST /quiz/a/<id>/answer as htmx sends it (the feedback panel comes back), each request
           answering the next question of attempts created before the case
  answer-plain  the same without JavaScript (303 to the feedback page)
  bot      POST /api/ask with JSON, a few real questions in turn

It prints throughput, p50/p95/p99, the workers' CPU per request, the throughput ratio to the bare
route against the targets (module ≥ 75%, answer and plain answer ≥ 50%, bot ≥ 50%, p95 ≤ 50 ms) and
the memory of each worker; it exits 1 when a target is missed.

The real app runs as in production behind a proxy: rate limiter on (counted in the database, one
upsert per limited request) and SOURCED_PROXIES=1, each request carrying an X-Forwarded-For from
4,096 client addresses in turn, so the limits do their work without any client reaching them
(--no-limiter: switched off, as this benchmark ran before issue 18).

--profile then runs each case in this process (Flask's test client, same content) and prints where
its CPU goes by category (benchmarks/profile_cats.py) and the app's heaviest calls (cProfile);
--profile-only does only that.
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import io
import json
import os
import pstats
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from urllib.parse import urlencode

import httpx

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
from load import NO_TLS, answer_form, as_form, choose_answer, csrf_token  # noqa: E402
from serving import (Gunicorn, app_env, cpu_seconds, machine_busy_seconds, memory_kb, percentile,  # noqa: E402
                     wait_quiet)

TARGETS = {"module": 0.75, "answer": 0.50, "answer-plain": 0.50, "bot": 0.50}
P95_TARGET_MS = 50.0
_addresses = iter(range(10**12))


def next_address() -> str:
    return client_address(next(_addresses))
QUIZ_LENGTH = 10
SEEDS = (11, 22, 33, 44)  # attempts with the same seed have the same questions in the same layout
BOT_QUESTIONS = [
    "How many Russian soldiers have been taken prisoner?",
    "How many Russians surrender each week?",
    "What share of the prisoners were officers?",
    "How old are the prisoners?",
    "were there more surrenders in 2025 than in 2022 and 2023?",
    "what is the capital of France?",
]


# --- a small HTTP/1.1 client: one connection per request (gunicorn's sync workers close it) ---------

def http_request(port: int, method: str, path: str, headers: dict[str, str] | None = None,
                 body: bytes = b"") -> bytes:
    lines = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{port}", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    if body or method == "POST":
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


async def fetch(port: int, raw: bytes) -> tuple[int, bytes]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(raw)
        data = await reader.read()
    finally:
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()
    if not data.startswith(b"HTTP/1."):
        raise ConnectionError("no HTTP response")
    return int(data[9:12]), data


# --- cases --------------------------------------------------------------------------------------------

class Case:
    """Yields the next request for one client slot: (raw bytes, expected status, marker in the body)."""

    def next(self, slot: int) -> tuple[bytes, int, bytes] | None:
        raise NotImplementedError


class Rotate(Case):
    def __init__(self, requests: list[tuple[bytes, int, bytes]]):
        self.requests, self.i = requests, 0

    def next(self, slot):
        self.i += 1
        return self.requests[self.i % len(self.requests)]


@dataclass(frozen=True)
class Started:
    """An attempt started by a browser of its own (its session cookie and CSRF token), as each student
    has: limits meant for one student count per browser."""

    id: str
    seed: int
    cookie: str
    token: str


class Answers(Case):
    """Each slot answers the questions of its current attempt in order, then takes a fresh attempt."""

    def __init__(self, port: int, attempts: list[Started], answers: dict[int, list[list]], htmx: bool):
        self.port, self.pool, self.answers, self.htmx = port, iter(attempts), answers, htmx
        self.current: dict[int, tuple[Started | None, int]] = {}
        self.used = 0

    def next(self, slot):
        att, pos = self.current.get(slot, (None, QUIZ_LENGTH))
        if att is None or pos >= QUIZ_LENGTH:
            att, pos = next(self.pool, None), 0
            if att is None:
                return None
            self.used += 1
        self.current[slot] = (att, pos + 1)
        headers = {"Cookie": att.cookie, "Content-Type": "application/x-www-form-urlencoded",
                   "X-Forwarded-For": next_address()}
        if self.htmx:
            headers.update({"HX-Request": "true", "HX-Target": "quiz-panel"})
        form = [(k, att.token if k == "csrf_token" else v) for k, v in self.answers[att.seed][pos]]
        raw = http_request(self.port, "POST", f"/quiz/a/{att.id}/answer", headers, urlencode(form).encode())
        return raw, (200 if self.htmx else 303), (b"quiz-feedback" if self.htmx else b"/feedback/")


@dataclass
class Result:
    name: str
    latencies: list[float] = field(default_factory=list)
    window: float = 0.0
    errors: int = 0
    error_sample: str = ""
    server_cpu: float = 0.0
    client_cpu: float = 0.0
    other_cpu: float = 0.0  # everything else on the machine (other people's jobs, the kernel's share, ...)
    exhausted: bool = False

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.window if self.window else 0.0

    def p(self, q: float) -> float:
        return percentile(self.latencies, q) * 1000 if self.latencies else float("nan")


async def drive(server: Gunicorn, case: Case, name: str, concurrency: int, seconds: float,
                warmup: float) -> Result:
    res = Result(name)
    t_start = time.perf_counter()
    t_measure, t_end = t_start + warmup, t_start + warmup + seconds
    cpu0: dict[int, float] = {}
    done_at: list[float] = []

    async def slot(k: int):
        while (now := time.perf_counter()) < t_end:
            if now >= t_measure and not cpu0:
                cpu0.update({p: cpu_seconds(p) for p in server.worker_pids()})
                cpu0[-1] = time.process_time()
                cpu0[-2] = machine_busy_seconds()
            item = case.next(k)
            if item is None:
                res.exhausted = True
                return
            raw, expect, marker = item
            t0 = time.perf_counter()
            try:
                status, body = await fetch(server.port, raw)
            except OSError as e:
                status, body = 0, str(e).encode()
            t1 = time.perf_counter()
            if status != expect or marker not in body:
                res.errors += 1
                res.error_sample = res.error_sample or f"HTTP {status}: {body[:300]!r}"
            elif t0 >= t_measure:
                res.latencies.append(t1 - t0)
                done_at.append(t1)

    await asyncio.gather(*(slot(k) for k in range(concurrency)))
    end = max(done_at) if done_at else time.perf_counter()
    res.window = end - t_measure
    if cpu0:
        res.server_cpu = sum(cpu_seconds(p) - v for p, v in cpu0.items() if p > 0)
        res.client_cpu = time.process_time() - cpu0[-1]
        res.other_cpu = max(0.0, machine_busy_seconds() - cpu0[-2] - res.server_cpu - res.client_cpu)
    return res


# --- setting the real app up -----------------------------------------------------------------------

def start_quiz(c, token: str, seed: int, **kw) -> str:
    """A fresh attempt with this seed (same seed: same questions, same layout); its id."""
    r = c.post("/quiz/", data={"csrf_token": token, "scope": "mixed", "length": str(QUIZ_LENGTH), "seed": str(seed)},
               **kw)
    if r.status_code != 303:
        raise RuntimeError(f"starting a quiz: HTTP {r.status_code}")
    return r.headers["location"].rsplit("/", 1)[1]


def scout(c, token: str, rng: random.Random) -> dict[int, list[list[tuple[str, str]]]]:
    """For each seed, valid form data for its 10 questions, found by answering one attempt through."""
    answers: dict[int, list[list[tuple[str, str]]]] = {}
    for seed in SEEDS:
        aid, answers[seed] = start_quiz(c, token, seed), []
        for n in range(QUIZ_LENGTH):
            form = answer_form(c.get(f"/quiz/a/{aid}").text)
            if form is None:
                raise RuntimeError(f"no question form in attempt {aid} (question {n + 1})")
            position, _kind, data = choose_answer(form, rng)
            r = c.post(f"/quiz/a/{aid}/answer", data=as_form(data))
            if position != n or r.status_code != 303:
                raise RuntimeError(f"answering question {n + 1} of a scout attempt: HTTP {r.status_code}")
            answers[seed].append(data)
    return answers


def prepare(server: Gunicorn, attempts_per_seed: int):
    """Module ids, the answers for each seed, fresh attempts with those seeds, and the session cookie
    that goes with the CSRF token the answers carry."""
    with httpx.Client(base_url=server.url, follow_redirects=False, verify=NO_TLS, trust_env=False,
                      timeout=30) as c:
        modules = sorted(set(re.findall(r'href="/modules/([\w-]+)"', c.get("/modules").text)))
        token = csrf_token(c.get("/quiz/").text)
        answers = scout(c, token, random.Random(5))
        cookie = f"session={c.cookies.get('session')}"
        attempts = [new_browser_attempt(c, seed) for _ in range(attempts_per_seed) for seed in SEEDS]
    return modules, answers, attempts, cookie


def new_browser_attempt(c, seed: int) -> Started:
    """A fresh browser (no cookies) from an address of its own starts an attempt with this seed."""
    c.cookies.clear()
    xff = {"X-Forwarded-For": next_address()}
    token = csrf_token(c.get("/quiz/", headers=xff).text)
    aid = start_quiz(c, token, seed, headers=xff)
    return Started(aid, seed, f"session={c.cookies.get('session')}", token)


def worker_memory(server: Gunicorn) -> list[dict[str, int]]:
    return [memory_kb(p) for p in server.worker_pids()]


# --- profiling the servers -------------------------------------------------------------------------

def read_samples(folder: Path) -> Counter:
    """The category totals every worker of a sampled server has written so far (gunicorn_sampler.py)."""
    total: Counter = Counter()
    for f in folder.glob("[0-9]*.json"):
        with contextlib.suppress(OSError, ValueError):
            total.update(json.loads(f.read_text()))
    return total


def print_server_profile(samples: dict[str, Counter], cpu_ms: dict[str, float]) -> None:
    """Each case's worker CPU a request, split by where the workers' samples fell."""
    from profile_cats import ORDER
    names = [n for n in samples if sum(samples[n].values()) > 0]
    print("\n--- inside the gunicorn workers, every round (CPU-time samples, profile_cats.py; each cell: share "
          "of the workers' CPU, then ms a request) ---")
    print(f"{'category':<18}" + "".join(f"{n:>14}" for n in names))
    print(f"{'ms a request':<18}" + "".join(f"{cpu_ms[n]:>14.3f}" for n in names))
    for cat in ORDER:
        cells = []
        for n in names:
            share = max(0, samples[n][cat]) / sum(max(0, v) for v in samples[n].values())
            cells.append(f"{share:>8.0%} {cpu_ms[n] * share:>4.2f}" if samples[n][cat] > 0 else f"{'-':>14}")
        print(f"{cat:<18}" + "".join(cells))
    print(f"{'samples':<18}" + "".join(f"{sum(samples[n].values()):>14}" for n in names))


# --- profiling in process ---------------------------------------------------------------------------

def client_address(i: int) -> str:
    """A different client address for each of 4,096 clients in turn, so that the rate limits count (as
    in production, one upsert per limited request) without any client reaching them."""
    return f"10.0.{(i >> 8) % 16}.{i % 256}"


def profile_cases(tmp: Path, n: int = 2000) -> None:
    """Each real-app case n times in this process (Flask's test client, CSRF on, the rate limiter on
    with a different client address per request): its CPU a request and where it goes, by category
    (profile_cats.py, a sampling profiler), then the app's own heaviest calls (cProfile)."""
    from profile_cats import detail, sample, table
    from webapp import create_app
    app = create_app({"DATABASE": str(tmp / "profile.sqlite3"), "SECRET_KEY": "profile"})
    client = app.test_client()
    modules = sorted(set(re.findall(r'href="/modules/([\w-]+)"', client.get("/modules").text)))
    token = csrf_token(client.get("/quiz/").text)
    answers = scout(client, token, random.Random(5))
    hx = {"HX-Request": "true", "HX-Target": "quiz-panel"}
    state: dict = {"pos": QUIZ_LENGTH}
    count = iter(range(10**9))

    def env() -> dict:
        return {"REMOTE_ADDR": client_address(next(count))}

    def answer(i: int, headers: dict) -> None:
        if state["pos"] >= QUIZ_LENGTH:  # the next attempt, from a browser of its own (as each student has)
            client.delete_cookie("session")
            fresh = csrf_token(client.get("/quiz/", environ_base=env()).text)
            state.update(aid=start_quiz(client, fresh, SEEDS[0], environ_base=env()), pos=0, token=fresh)
        form = [(k, state["token"] if k == "csrf_token" else v) for k, v in answers[SEEDS[0]][state["pos"]]]
        r = client.post(f"/quiz/a/{state['aid']}/answer", data=as_form(form), headers=headers, environ_base=env())
        assert r.status_code == (200 if headers else 303), r.status_code
        state["pos"] += 1

    def ask(i: int) -> None:
        r = client.post("/api/ask", json={"question": BOT_QUESTIONS[i % len(BOT_QUESTIONS)]}, environ_base=env())
        assert r.status_code == 200, r.status_code

    cases = {
        "module": lambda i: client.get(f"/modules/{modules[i % len(modules)]}", environ_base=env()),
        "answer": lambda i: answer(i, hx),
        "answer-plain": lambda i: answer(i, {}),
        "bot": ask,
    }
    hello = __import__("hello_app").app.test_client()
    cases = {"bare": lambda i: hello.get("/"), **cases}
    for fn in cases.values():
        for i in range(20):
            fn(i)  # warm up: templates compiled, caches filled
    print(f"\n--- in process, {n} requests a case (no server, no sockets; CPU of this thread, the test "
          f"client's own share taken out) ---")
    print("each cell: share of the request's CPU, then ms")
    results = {name: sample(fn, n) for name, fn in cases.items()}
    print(table(results))
    for name, result in list(results.items())[1:]:
        print(f"{name}, entered through:\n{detail(result)}")
    for name, fn in list(cases.items())[1:]:
        prof = cProfile.Profile()
        prof.enable()
        for i in range(n // 4):
            fn(i)
        prof.disable()
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(r"webapp/|sqlite3|jinja2/environment", 12)
        print(f"\n{name} under cProfile, cumulative, the app's own calls:")
        print("\n".join(line for line in out.getvalue().splitlines()[7:] if line.strip()))


# --- main -------------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--concurrency", type=int, default=8, help="concurrent connections")
    ap.add_argument("--seconds", type=float, default=2.0, help="measured seconds per case and round")
    ap.add_argument("--warmup", type=float, default=0.5, help="unmeasured seconds before each case")
    ap.add_argument("--attempts", type=int, default=120, help="fresh attempts per seed for each answer case")
    ap.add_argument("--rounds", type=int, default=3, help="rounds of all cases (medians are reported)")
    ap.add_argument("--wait-quiet", type=float, default=0, metavar="S",
                    help="before each case wait up to S s for the machine to be idle (a shared machine)")
    ap.add_argument("--profile", action="store_true", help="profile the real app's cases in process afterwards")
    ap.add_argument("--profile-only", action="store_true", help="only the in-process profile (no servers)")
    ap.add_argument("--no-limiter", action="store_true", help="the real app with its rate limiter off")
    ap.add_argument("--cases", help="only these cases (and bare), comma-separated: module,answer,answer-plain,bot")
    ap.add_argument("--repeat", type=int, default=1, metavar="N",
                    help="run the whole benchmark N times in a row; exit 0 only when every run meets every target")
    args = ap.parse_args(argv)
    for n in range(1, args.repeat + 1):
        if args.repeat > 1:
            print(f"\n=== run {n} of {args.repeat}, {time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime())} UTC, load average "
                  f"{' '.join(f'{x:.2f}' for x in os.getloadavg())} ===", flush=True)
        if status := bench(args):
            if args.repeat > 1:
                print(f"run {n} of {args.repeat} missed a target: stopped")
            return status
    if args.repeat > 1:
        print(f"all {args.repeat} runs in a row met every target")
    return 0


def bench(args) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="sourced-serve-"))
    cores = os.cpu_count() or 1
    if args.profile_only:
        profile_cases(tmp)
        shutil.rmtree(tmp, ignore_errors=True)
        return 0
    print(f"Sourced serving benchmark: gunicorn {version('gunicorn')}, {args.workers} sync workers, "
          f"{args.concurrency} concurrent connections, {args.rounds} rounds of {args.seconds:g} s per case after "
          f"{args.warmup:g} s warm-up; "
          f"{cores} CPUs shared by server and client; load average at the start "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("rate limiter OFF for the real app (--no-limiter)" if args.no_limiter else
          "rate limiter on for the real app, SOURCED_PROXIES=1, each request from one of 4,096 X-Forwarded-For addresses")
    rounds: list[dict[str, Result]] = []
    server_samples: dict[str, Counter] = defaultdict(Counter)
    memory: dict[str, list[dict[str, int]]] = {}
    modules: list[str] = []
    noisy = 0
    try:
        with contextlib.ExitStack() as stack:
            sampled = ("-c", str(BENCH / "gunicorn_sampler.py")) if args.profile else ()
            samples = {"hello": tmp / "samples-hello", "real": tmp / "samples-real"}
            for folder in samples.values():
                folder.mkdir()
            hello = stack.enter_context(Gunicorn("hello_app:app", args.workers,
                                                 dict(os.environ, SOURCED_SAMPLES_DIR=str(samples["hello"])),
                                                 tmp / "hello.log", chdir=BENCH, extra_args=sampled))
            target = "webapp:create_app()"
            env = app_env(tmp, SOURCED_SAMPLES_DIR=str(samples["real"]),
                          **({} if args.no_limiter else {"SOURCED_RATELIMIT_ENABLED": "true", "SOURCED_PROXIES": "1"}))
            real = stack.enter_context(Gunicorn(target, args.workers, env, tmp / "app.log", extra_args=sampled))
            hello.wait_ready("/")
            real.wait_ready("/quiz/")
            modules, answers, attempts, cookie = prepare(real, 2 * args.attempts * args.rounds)
            half = len(attempts) // 2
            cases = [
                ("bare", hello, Rotate([(http_request(hello.port, "GET", "/"), 200, b"Hello, world!")])),
                ("module", real, Rotate([(http_request(real.port, "GET", f"/modules/{m}",
                                                       {"Cookie": cookie, "X-Forwarded-For": next_address()}),
                                          200, b"</html>") for _ in range(64) for m in modules])),
                ("answer", real, Answers(real.port, attempts[:half], answers, htmx=True)),
                ("answer-plain", real, Answers(real.port, attempts[half:], answers, htmx=False)),
                ("bot", real, Rotate([(http_request(real.port, "POST", "/api/ask",
                                                    {"Content-Type": "application/json",
                                                     "X-Forwarded-For": next_address()},
                                                    json.dumps({"question": BOT_QUESTIONS[i % len(BOT_QUESTIONS)]})
                                                    .encode()), 200, b'"answered"') for i in range(4096)])),
            ]
            if args.cases:
                cases = [c for c in cases if c[0] == "bare" or c[0] in args.cases.split(",")]
            for _ in range(args.rounds):
                rounds.append({})
                for name, server, case in cases:
                    if args.wait_quiet and not wait_quiet(args.wait_quiet):
                        noisy += 1
                    before = read_samples(samples["hello" if server is hello else "real"])
                    rounds[-1][name] = asyncio.run(drive(server, case, name, args.concurrency, args.seconds,
                                                         args.warmup))
                    time.sleep(0.1)  # the workers' last totals written
                    server_samples[name].update(read_samples(samples["hello" if server is hello else "real"]))
                    server_samples[name].subtract(before)
            memory["hello app"] = worker_memory(hello)
            memory["real app"] = worker_memory(real)
    except RuntimeError as e:
        print(f"FAILED: {e}")
        return 1

    print(f"\n{'case':<14}{'requests':>9}{'req/s':>8}{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}"
          f"{'CPU ms/req':>11}{'CPU ratio':>10}{'vs bare':>9}{'target':>8}  verdict")
    missed = []
    cpu_per_request: dict[str, float] = {}
    for name, _server, _case in cases:
        runs = [r[name] for r in rounds]
        lat = [x for r in runs for x in r.latencies]
        tp = statistics.median(r.throughput for r in runs)
        ratio = statistics.median(r[name].throughput / r["bare"].throughput for r in rounds if r["bare"].throughput)
        errors = sum(r.errors for r in runs)
        p = {q: percentile(lat, q) * 1000 if lat else float("nan") for q in (50, 95, 99)}
        target = TARGETS.get(name)
        ok = (target is None or ratio >= target) and p[95] <= P95_TARGET_MS and not errors
        if not ok:
            missed.append(name)
        cpu = cpu_per_request[name] = sum(r.server_cpu for r in runs) / len(lat) * 1000 if lat else float("nan")
        print(f"{name:<14}{len(lat):>9}{tp:>8.0f}{p[50]:>8.1f}{p[95]:>8.1f}{p[99]:>8.1f}"
              f"{cpu:>11.2f}{cpu_per_request['bare'] / cpu:>10.0%}{ratio:>9.0%}{(f'≥{target:.0%}' if target else '-'):>8}  "
              f"{'ok' if ok else 'MISSED'}{' (ran out of attempts)' if any(r.exhausted for r in runs) else ''}")
        if errors:
            print(f"    {errors} errors, e.g. {next(r.error_sample for r in runs if r.errors)}")
    print(f"req/s and 'vs bare' are medians over {args.rounds} rounds (each case against the bare route of its "
          f"round); p50-p99 pool all rounds; p95 target ≤ {P95_TARGET_MS:.0f} ms at {args.concurrency} connections; "
          "'CPU ratio' is the bare route's worker CPU a request over the case's (the targets are on 'vs bare', "
          "the throughput; the CPU ratio moves far less when other jobs share the machine)")
    print(f"CPU used during each case, of {cores} cores (server workers / this client / everything else):")
    share = {}
    for name, _server, _case in cases:
        runs = [r[name] for r in rounds]
        w = sum(r.window for r in runs) * cores
        share[name] = tuple(sum(getattr(r, k) for r in runs) / w for k in ("server_cpu", "client_cpu", "other_cpu"))
    print("  " + "; ".join(f"{n} {a:.0%} / {b:.0%} / {c:.0%}" for n, (a, b, c) in share.items()))
    if noisy:
        print(f"note: {noisy} cases started although the machine was not quiet after {args.wait_quiet:g} s")
    for name, mem in memory.items():
        rss = ", ".join(f"{m.get('rss', 0) / 1024:.0f}" for m in mem)
        pss = ", ".join(f"{m.get('pss', 0) / 1024:.0f}" for m in mem)
        print(f"memory per worker, {name}: RSS {rss} MB; PSS {pss} MB")
    status = 1 if missed else 0
    print(f"MISSED: {', '.join(missed)}" if missed else "all targets met")
    if args.profile:
        print_server_profile(server_samples, cpu_per_request)
        profile_cases(tmp)
    shutil.rmtree(tmp, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
