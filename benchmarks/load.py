"""Load test: simulated students and bot visitors against gunicorn on 127.0.0.1, then an audit of
every stored answer.

    .venv/bin/python benchmarks/load.py [--students 200] [--bot-visitors 20] [--workers 2] [--kill-worker]
    .venv/bin/python benchmarks/load.py --live [--students 200] [--workers 2]   (live class mode: live_load.py)
    .venv/bin/python benchmarks/load.py --find-capacity [--workers 2]            (paced students: capacity.py)

It starts gunicorn itself (`gunicorn -w N 'webapp:create_app()'`, a free loopback port, a fresh
database in a temporary folder) and stops it at the end. Each student opens /quiz/, starts a mixed
quiz of 10 questions, answers every question (half of them the way htmx does, half with plain form
posts), reads the feedback and opens the results; each bot visitor asks the JSON API a few real
questions. A request that fails (connection error, timeout or 5xx) is sent again, up to RETRIES
times: the app stores a resent answer once. The rate limiter is switched off for the run
(SOURCED_RATELIMIT_ENABLED=false): every simulated client comes from 127.0.0.1 and would share one
client's limits.

Afterwards the database is opened and every answer a client got an acknowledgement for must be
stored exactly once, as sent, and nothing else: the script prints "lost: N, duplicated: N" and exits
1 on any error, loss or duplicate (2 when the overall time limit is hit). --kill-worker SIGKILLs one
worker mid-load; gunicorn starts another, and the students whose attempts were under way at the
kill must finish them.
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import ssl
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from html.parser import HTMLParser
from importlib.metadata import version
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serving import Gunicorn, app_env, cpu_seconds, machine_busy_seconds, percentile, process_state  # noqa: E402

QUIZ_LENGTH = 10
RETRIES = 5  # sends after the first, with backoff 0.2 s, 0.4 s, ... (6.2 s in all)
KINDS = ("page", "start", "answer", "bot")
BOT_QUESTIONS = [
    "How many Russian soldiers have been taken prisoner?",
    "How many Russians surrender each week?",
    "What was the record number of surrenders in one week?",
    "What share of the prisoners were officers?",
    "How old are the prisoners?",
    "were there more surrenders in 2025 than in 2022 and 2023?",
    "what is the capital of France?",  # a refusal: logged in bot_refusals
]
HX = {"HX-Request": "true", "HX-Target": "quiz-panel"}
# Loopback HTTP only: one SSL context for every client instead of one (with the CA bundle) per client.
NO_TLS = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


# --- reading the pages --------------------------------------------------------------------------

class Forms(HTMLParser):
    """The forms of a page: action, and the fields as (tag, type, name, value); selects with options."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[dict] = []
        self._form: dict | None = None
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self._form = {"action": a.get("action", ""), "fields": [], "selects": {}}
            self.forms.append(self._form)
        elif self._form is None:
            return
        elif tag == "input":
            self._form["fields"].append((a.get("type") or "text", a.get("name") or "", a.get("value") or ""))
        elif tag == "select":
            self._select = a.get("name") or ""
            self._form["selects"][self._select] = []
        elif tag == "option" and self._select is not None:
            self._form["selects"][self._select].append(a.get("value") or "")

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None


def forms(html: str) -> list[dict]:
    p = Forms()
    p.feed(html)
    p.close()
    return p.forms


def answer_form(html: str) -> dict | None:
    """The question's answer form (parsed alone: the rest of the page is not the client's business)."""
    m = re.search(r'<form[^>]*action="[^"]*/answer".*?</form>', html, re.S)
    return forms(m.group(0))[0] if m else None


def csrf_token(html: str) -> str:
    m = re.search(r'<form[^>]*action="/quiz/".*?</form>', html, re.S)
    for f in forms(m.group(0) if m else html):
        for _type, name, value in f["fields"]:
            if name == "csrf_token" and value:
                return value
    raise Unexpected("no csrf_token on the page")


def choose_answer(form: dict, rng: random.Random) -> tuple[int, str, list[tuple[str, str]]]:
    """A valid answer to the question form: (position, widget kind, form data)."""
    hidden = [(n, v) for t, n, v in form["fields"] if t == "hidden"]
    position = next((int(v) for n, v in hidden if n == "position"), None)
    if position is None:
        raise Unexpected("the question form has no position")
    data = list(hidden)
    radios = [v for t, n, v in form["fields"] if t == "radio" and n == "answer"]
    boxes = [v for t, n, v in form["fields"] if t == "checkbox" and n == "answer"]
    texts = [n for t, n, v in form["fields"] if t == "text" and n == "answer"]
    if radios:
        kind = "radio"
        data.append(("answer", rng.choice(radios)))
    elif boxes:
        kind = "checkbox"
        data += [("answer", v) for v in rng.sample(boxes, rng.randint(1, len(boxes)))]
    elif texts:
        kind = "numeric"
        data.append(("answer", str(rng.choice([rng.randint(1, 100), rng.randint(100, 100_000)]))))
    elif form["selects"]:
        names = sorted(form["selects"])
        kind = "ordering" if names[0].startswith("rank-") else "matching"
        values = [v for v in form["selects"][names[0]] if v]
        rng.shuffle(values)
        data += list(zip(names, values))
    else:
        raise Unexpected("the question form has no answer fields")
    return position, kind, data


def expected_response(entry: dict, kind: str, data: list[tuple[str, str]]) -> dict:
    """What the app must store for this form data, in the question's own ids (from the attempt's layout)."""
    answers = [v for n, v in data if n == "answer"]
    if kind == "radio":
        v = answers[0]
        return {"value": v == "true"} if v in ("true", "false") else {"option": entry["order"][int(v)]}
    if kind == "checkbox":
        return {"options": sorted({entry["order"][int(v)] for v in answers})}
    if kind == "numeric":
        return {"typed": answers[0].strip()}  # the parsed value is the app's business; the typed text must be kept
    if kind == "ordering":
        ranks = {entry["order"][int(n.removeprefix("rank-"))]: int(v) for n, v in data if n.startswith("rank-")}
        return {"order": sorted(ranks, key=ranks.get)}
    return {"pairs": {entry["order"][int(n.removeprefix("match-"))]: entry["right"][int(v)]
                      for n, v in data if n.startswith("match-")}}


# --- the clients ----------------------------------------------------------------------------------

class Unexpected(Exception):
    """The app answered, but not what a student's browser expects."""


class GaveUp(Exception):
    """A request still failed after RETRIES resends."""


@dataclass
class Sent:
    attempt: str
    position: int
    kind: str
    data: list[tuple[str, str]]


@dataclass
class Student:
    index: int
    htmx: bool
    attempt: str | None = None
    acked: int = 0
    finished: bool = False
    error: str | None = None


@dataclass
class Run:
    url: str
    request_timeout: float
    latency: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    failed_tries: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    retry_reasons: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    errors: list[str] = field(default_factory=list)
    acked: list[Sent] = field(default_factory=list)
    students: list[Student] = field(default_factory=list)
    bot_answers: int = 0

    def client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(base_url=self.url, timeout=self.request_timeout, follow_redirects=False,
                                 verify=NO_TLS, trust_env=False)

    async def send(self, client: httpx.AsyncClient, kind: str, method: str, url: str, expect: set[int],
                   **kw) -> httpx.Response:
        for attempt in range(RETRIES + 1):
            if attempt:
                await asyncio.sleep(0.2 * 2 ** (attempt - 1))
            t0 = time.perf_counter()
            try:
                r = await client.request(method, url, **kw)
            except httpx.TransportError as e:
                reason = type(e).__name__
            else:
                if r.status_code < 500:
                    self.latency[kind].append(time.perf_counter() - t0)
                    if r.status_code not in expect:
                        raise Unexpected(f"{method} {url}: HTTP {r.status_code}, expected {sorted(expect)}")
                    return r
                reason = f"HTTP {r.status_code}"
            self.failed_tries[kind] += 1
            self.retry_reasons[reason] += 1
        raise GaveUp(f"{method} {url}: still failing after {RETRIES} resends ({reason})")


def as_form(data: list[tuple[str, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for name, value in data:
        out[name].append(value)
    return dict(out)


def attempt_path(location: str) -> str:
    m = re.search(r"/quiz/a/([\w-]+)$", location)
    if not m:
        raise Unexpected(f"starting a quiz redirected to {location!r}")
    return m.group(1)


async def student(run: Run, s: Student) -> None:
    rng = random.Random(s.index)
    hx = HX if s.htmx else {}
    async with run.client() as c:
        try:
            r = await run.send(c, "page", "GET", "/quiz/", {200})
            token = csrf_token(r.text)
            r = await run.send(c, "start", "POST", "/quiz/", {303},
                               data={"csrf_token": token, "scope": "mixed", "length": str(QUIZ_LENGTH)})
            s.attempt = attempt_path(r.headers["location"])
            base = f"/quiz/a/{s.attempt}"
            for n in range(QUIZ_LENGTH):
                r = await run.send(c, "page", "GET", base, {200}, headers=hx)
                form = answer_form(r.text)
                if form is None:
                    raise Unexpected(f"{base}: no question form (question {n + 1})")
                position, kind, data = choose_answer(form, rng)
                if position != n:
                    raise Unexpected(f"{base}: shows question {position + 1}, expected {n + 1}")
                r = await run.send(c, "answer", "POST", form["action"], {200} if s.htmx else {303},
                                   data=as_form(data), headers=hx)
                if s.htmx:
                    if 'class="quiz-feedback"' not in r.text:
                        raise Unexpected(f"{form['action']}: no feedback panel for question {n + 1}")
                    feedback = None
                else:
                    feedback = r.headers.get("location", "")
                    if not feedback.endswith(f"{base}/feedback/{position}"):
                        raise Unexpected(f"{form['action']}: redirected to {feedback!r}")
                run.acked.append(Sent(s.attempt, position, kind, data))
                s.acked += 1
                if feedback:
                    await run.send(c, "page", "GET", feedback, {200})
            r = await run.send(c, "page", "GET", f"{base}/results", {200})
            if 'class="score' not in r.text:  # the results page: "100% — 10 of 10 marks"
                raise Unexpected(f"{base}/results: not a results page")
            s.finished = True
        except (Unexpected, GaveUp, KeyError) as e:
            s.error = str(e)
            run.errors.append(f"student {s.index}: {e}")


async def bot_visitor(run: Run, index: int, questions: int) -> None:
    rng = random.Random(100_000 + index)
    async with run.client() as c:
        conversation = None
        try:
            for _ in range(questions):
                body = {"question": rng.choice(BOT_QUESTIONS)}
                if conversation:
                    body["conversation"] = conversation
                r = await run.send(c, "bot", "POST", "/api/ask", {200}, json=body)
                reply = r.json()
                if not isinstance(reply.get("answered"), bool) or not reply.get("conversation"):
                    raise Unexpected(f"/api/ask: unexpected reply {str(reply)[:120]}")
                conversation = reply["conversation"]
                run.bot_answers += 1
                await asyncio.sleep(rng.uniform(0, 0.3))
        except (Unexpected, GaveUp, ValueError) as e:
            run.errors.append(f"bot {index}: {e}")


@dataclass
class Kill:
    victim: int | None = None
    busy: bool = False
    at: float | None = None
    acked_before: int = 0
    in_progress: list[int] = field(default_factory=list)
    replacement: int | None = None
    respawn_s: float | None = None


async def kill_one_worker(run: Run, server: Gunicorn, kill: Kill, total_answers: int, t_start: float) -> None:
    """When a third of the answers are in, SIGKILL one worker of our gunicorn (one that is running a
    request, if one is seen within 3 s); then wait for gunicorn to fork its replacement."""
    while len(run.acked) < total_answers // 3:
        await asyncio.sleep(0.02)
    before = server.worker_pids()
    if not before:
        return
    victim, t0 = None, time.monotonic()
    while victim is None and time.monotonic() - t0 < 3:
        victim = next((p for p in before if process_state(p) == "R"), None)
        if victim is None:
            await asyncio.sleep(0.001)
    kill.busy = victim is not None
    kill.victim = victim or before[0]
    kill.acked_before = len(run.acked)
    kill.in_progress = [s.index for s in run.students if 0 < s.acked < QUIZ_LENGTH]
    os.kill(kill.victim, signal.SIGKILL)
    kill.at = time.monotonic() - t_start
    t0 = time.monotonic()
    while time.monotonic() - t0 < 60:
        now = server.worker_pids()
        fresh = [p for p in now if p not in before]
        if kill.victim not in now and len(now) >= server.workers and fresh:
            kill.replacement, kill.respawn_s = fresh[0], time.monotonic() - t0
            return
        await asyncio.sleep(0.05)


async def sample_cpu(server: Gunicorn, seen: dict[int, float]) -> None:
    """Keep the latest CPU time of every worker (a killed worker keeps its last sample)."""
    while True:
        for pid in server.worker_pids():
            seen[pid] = cpu_seconds(pid)
        await asyncio.sleep(0.25)


# --- the audit --------------------------------------------------------------------------------------

def audit(database: Path, run: Run) -> dict:
    """Compare what the clients were told with what the database holds."""
    with contextlib.closing(sqlite3.connect(database)) as con:
        layouts = {r[0]: json.loads(r[1]) for r in con.execute("SELECT id, layout FROM attempts")}
        rows = con.execute("SELECT attempt_id, position, question_id, response FROM answers").fetchall()
        multi = con.execute("SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM answers"
                            " GROUP BY attempt_id, position HAVING n > 1)").fetchone()[0]
    stored = {(a, p): (q, json.loads(resp)) for a, p, q, resp in rows}
    acked = {(x.attempt, x.position): x for x in run.acked}
    lost, changed = [], []
    for key, sent in acked.items():
        if key not in stored:
            lost.append(key)
            continue
        qid, response = stored[key]
        layout = layouts.get(sent.attempt, [])
        entry = layout[sent.position] if sent.position < len(layout) else {}
        want = expected_response(entry, sent.kind, sent.data)
        if qid != entry.get("q") or any(response.get(k) != v for k, v in want.items()):
            changed.append(key)
    unacked = [key for key in stored if key not in acked]
    used = {s.attempt for s in run.students if s.attempt}
    return {"acked": len(acked), "acks_sent": len(run.acked), "rows": len(rows), "lost": len(lost) + len(changed),
            "missing": len(lost), "changed": len(changed),
            "duplicated": len(unacked) + multi + (len(run.acked) - len(acked)), "unacked_rows": len(unacked),
            "attempts": len(layouts), "orphan_attempts": len(set(layouts) - used)}


# --- main -------------------------------------------------------------------------------------------

def ms(v: float) -> str:
    return f"{v * 1000:8.1f}"


def report(run: Run, wall: float) -> int:
    total = sum(len(v) for v in run.latency.values())
    print(f"{'kind':<8}{'requests':>10}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}{'resent':>8}")
    for kind in KINDS:
        v = run.latency.get(kind, [])
        if v:
            print(f"{kind:<8}{len(v):>10}{ms(percentile(v, 50)):>9}{ms(percentile(v, 95)):>9}"
                  f"{ms(percentile(v, 99)):>9}{ms(max(v)):>9}{run.failed_tries.get(kind, 0):>8}")
    every = [x for v in run.latency.values() for x in v]
    if every:
        print(f"{'all':<8}{total:>10}{ms(percentile(every, 50)):>9}{ms(percentile(every, 95)):>9}"
              f"{ms(percentile(every, 99)):>9}{ms(max(every)):>9}{sum(run.failed_tries.values()):>8}")
    print(f"throughput: {total} requests in {wall:.1f} s = {total / wall:.0f} requests/s")
    if run.retry_reasons:
        print("resent after: " + ", ".join(f"{k} ×{n}" for k, n in sorted(run.retry_reasons.items())))
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--students", type=int, default=200)
    ap.add_argument("--bot-visitors", type=int, default=20)
    ap.add_argument("--bot-questions", type=int, default=5, help="questions each bot visitor asks")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--kill-worker", action="store_true", help="SIGKILL one worker when a third of the answers are in")
    ap.add_argument("--timeout", type=float, default=300, help="overall limit for the load, in seconds")
    ap.add_argument("--request-timeout", type=float, default=30)
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (database, gunicorn log)")
    ap.add_argument("--app", default="webapp:create_app()",
                    help="the WSGI app gunicorn serves (the tests point it at an app that drops answers)")
    ap.add_argument("--live", action="store_true",
                    help="live class mode instead: one teacher paces 10 questions, the students poll and answer")
    ap.add_argument("--reveal-limit", type=float, default=3.0, help="--live: seconds a reveal may take to reach a student")
    cap = ap.add_argument_group("--find-capacity (benchmarks/capacity.py)")
    cap.add_argument("--find-capacity", action="store_true",
                     help="step the number of paced students up to the most one machine serves (p95 <= 100 ms)")
    cap.add_argument("--start", type=int, default=100, help="students in the first step")
    cap.add_argument("--max", type=int, default=6400, help="no step above this many students")
    cap.add_argument("--step-seconds", type=float, default=40, help="measured seconds per step")
    cap.add_argument("--think", type=float, default=10, help="seconds between one student's answers")
    cap.add_argument("--resolution", type=int, default=25, help="stop halving below this many students")
    args = ap.parse_args(argv)
    if args.students < 1 or args.workers < 1 or args.start < 1:
        ap.error("--students, --workers and --start must be at least 1")
    if args.find_capacity:
        from capacity import find_capacity
        return find_capacity(args)

    tmp = Path(tempfile.mkdtemp(prefix="sourced-load-"))
    env = app_env(tmp)
    print(f"Sourced load test: {args.students} students ({(args.students + 1) // 2} plain forms, "
          f"{args.students // 2} htmx), " + ("one teacher pacing a live session" if args.live else
                                              f"{args.bot_visitors} bot visitors × {args.bot_questions} questions"))
    print(f"server: gunicorn {version('gunicorn')}, {args.workers} sync workers, '{args.app}' on "
          f"127.0.0.1, fresh database {env['SOURCED_DATABASE']}; {os.cpu_count()} CPUs shared with the clients")
    print("rate limiter OFF for this run (SOURCED_RATELIMIT_ENABLED=false): every simulated client comes "
          "from 127.0.0.1 and would share one client's limits")
    server = Gunicorn(args.app, args.workers, env, tmp / "gunicorn.log")
    status = 1
    try:
        ready = server.wait_ready("/quiz/")
        print(f"server ready in {ready:.1f} s at {server.url} (master pid {server.pid}, workers "
              f"{server.worker_pids()})")
        if args.live:
            from live_load import load_live
            status = asyncio.run(load_live(args, server, tmp, args.reveal_limit))
        else:
            status = asyncio.run(load(args, server, tmp))
    except RuntimeError as e:  # gunicorn did not start or did not answer
        print(f"FAILED: {e}")
    finally:
        server.stop()
        if args.keep:
            print(f"kept {tmp} (database, gunicorn.log)")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return status


async def load(args, server: Gunicorn, tmp: Path) -> int:
    run = Run(server.url, args.request_timeout)
    run.students = [Student(i, htmx=i % 2 == 1) for i in range(args.students)]
    kill = Kill()
    baseline = {pid: cpu_seconds(pid) for pid in server.worker_pids()}
    seen = dict(baseline)
    sampler = asyncio.ensure_future(sample_cpu(server, seen))
    t0, c0, m0 = time.monotonic(), time.process_time(), machine_busy_seconds()
    tasks = [student(run, s) for s in run.students]
    tasks += [bot_visitor(run, i, args.bot_questions) for i in range(args.bot_visitors)]
    killer = (asyncio.ensure_future(kill_one_worker(run, server, kill, args.students * QUIZ_LENGTH, t0))
              if args.kill_worker else None)
    timed_out = False
    try:
        await asyncio.wait_for(asyncio.gather(*tasks), timeout=args.timeout)
    except asyncio.TimeoutError:
        timed_out = True
    finally:
        if killer is not None:
            if not killer.done() and kill.victim is not None:
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(asyncio.shield(killer), 30)
            killer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await killer
    wall, client_cpu, machine_cpu = time.monotonic() - t0, time.process_time() - c0, machine_busy_seconds() - m0
    for pid in server.worker_pids():
        seen[pid] = cpu_seconds(pid)
    sampler.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await sampler
    server_cpu = sum(v - baseline.get(pid, 0.0) for pid, v in seen.items())
    print()
    total = report(run, wall)
    cores = os.cpu_count() or 1
    print(f"CPU during the load: gunicorn workers {server_cpu:.1f} s ({server_cpu / wall / cores:.0%} of "
          f"{cores} cores; {server_cpu / max(total, 1) * 1000:.1f} ms a request), this client "
          f"{client_cpu:.1f} s ({client_cpu / wall / cores:.0%}), everything else "
          f"{max(0.0, machine_cpu - server_cpu - client_cpu) / wall / cores:.0%}")
    problems = []
    if timed_out:
        problems.append(f"the load did not finish within --timeout {args.timeout:.0f} s")
    finished = sum(s.finished for s in run.students)
    print(f"students who finished their quiz and opened the results: {finished}/{len(run.students)}; "
          f"bot answers: {run.bot_answers}/{args.bot_visitors * args.bot_questions}")
    if args.kill_worker:
        if kill.victim is None:
            problems.append("no worker was killed (the load ended first)")
        else:
            resumed = [i for i in kill.in_progress if run.students[i].finished]
            print(f"worker kill: SIGKILL to worker {kill.victim} ({'running a request' if kill.busy else 'idle'}) at "
                  f"{kill.at:.1f} s, with {kill.acked_before} answers acknowledged and {len(kill.in_progress)} "
                  "attempts under way; "
                  + (f"gunicorn forked worker {kill.replacement} in its place {kill.respawn_s:.2f} s later"
                     if kill.replacement else "NO replacement worker seen within 60 s"))
            print(f"attempts under way at the kill that were finished afterwards: {len(resumed)}/"
                  f"{len(kill.in_progress)}")
            if kill.replacement is None:
                problems.append("gunicorn did not replace the killed worker")
            if len(resumed) != len(kill.in_progress):
                problems.append("attempts under way at the kill were not all finished")
    server.stop()  # every connection closed: the database is complete on disk
    a = audit(tmp / "sourced.sqlite3", run)
    print(f"audit: {a['acked']} answers acknowledged to the students, {a['rows']} rows in answers; "
          f"{a['attempts']} attempts, {a['orphan_attempts']} started by a resent request and never used")
    print(f"lost: {a['lost']}, duplicated: {a['duplicated']}")
    if a["lost"] or a["duplicated"]:
        print(f"  (acknowledged but missing: {a['missing']}, stored differently from what was sent: "
              f"{a['changed']}, stored without an acknowledgement: {a['unacked_rows']})")
        problems.append("answers lost or duplicated")
    errors = len(run.errors)
    print(f"errors: {errors}")
    for e in run.errors[:10]:
        print(f"  {e}")
    if errors:
        problems.append(f"{errors} client errors")
    if problems:
        print("FAILED: " + "; ".join(problems))
        tail = server.log_tail(15)
        if tail:
            print("gunicorn log (last lines):\n" + tail)
        return 2 if timed_out else 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
