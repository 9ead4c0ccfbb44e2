"""How many students one machine serves: `benchmarks/load.py --find-capacity` (issue 18).

    .venv/bin/python benchmarks/load.py --find-capacity [--workers 2] [--start 100] [--max 6400]
                                        [--step-seconds 40] [--think 10]

Each step starts gunicorn afresh (a new database, the rate limiter on and SOURCED_PROXIES=1, every
simulated client with an X-Forwarded-For address of its own, as behind the documented nginx) and
runs N students for --step-seconds after they have all arrived (over the first --think seconds).
Each student answers a question every --think seconds: it opens the question (half as htmx does,
half as whole pages), waits out the rest of its 10 s, posts the answer (a plain-form student then
opens the feedback page) and after ten answers opens the results and starts the next quiz. N/10
bot visitors (at least one) each ask the JSON API a question every --think seconds, five to a
conversation. A step passes when the requests answered in its measured window have p95 ≤ 100 ms,
no request failed (errors, 429s and 5xx after RETRIES resends all count) and the audit finds every
acknowledged answer stored once, as sent (0 lost, 0 duplicated).

Steps double from --start until one fails, then halve the gap between the last pass and the first
failure until it is under a tenth of the pass (or --resolution students); the largest passing N
is the capacity. The clients run on the same machine, so the figure includes their CPU; each step
prints the workers', the clients' and everything else's share of the cores: when the clients near
one core (100% / cores), or other jobs take a large share, the figure is theirs, not the app's.
"""
from __future__ import annotations

import asyncio
import os
import random
import shutil
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from load import (BOT_QUESTIONS, HX, QUIZ_LENGTH, GaveUp, Run, Sent, Student, Unexpected, answer_form, as_form,
                  attempt_path, audit, choose_answer, csrf_token)
from serving import Gunicorn, app_env, cpu_seconds, machine_busy_seconds, percentile

P95_LIMIT_MS = 100.0


class Window(list):
    """A latency list that keeps only what arrives while its run is measuring."""

    def __init__(self, run: "PacedRun"):
        super().__init__()
        self.run = run

    def append(self, value) -> None:
        if self.run.measuring:
            super().append(value)


@dataclass
class PacedRun(Run):
    measuring: bool = False
    stop_at: float = 0.0
    attempts: int = 0

    def __post_init__(self):
        self.latency = defaultdict(lambda: Window(self))

    def client_for(self, address: str):
        c = self.client()
        c.headers["X-Forwarded-For"] = address
        return c


def address(i: int, block: int = 10) -> str:
    return f"{block}.{(i >> 16) & 255}.{(i >> 8) & 255}.{i & 255}"


async def pause_until(t: float) -> None:
    await asyncio.sleep(max(0.0, t - time.monotonic()))


async def paced_student(run: PacedRun, s: Student, think: float) -> None:
    """Answer one question every `think` seconds until the step ends, quiz after quiz."""
    rng = random.Random(s.index)
    hx = HX if s.htmx else {}
    async with run.client_for(address(s.index)) as c:
        try:
            await asyncio.sleep(rng.uniform(0, think))  # arrivals spread over the first interval
            token = csrf_token((await run.send(c, "page", "GET", "/quiz/", {200})).text)
            due = time.monotonic()
            while time.monotonic() < run.stop_at:
                r = await run.send(c, "start", "POST", "/quiz/", {303},
                                   data={"csrf_token": token, "scope": "mixed", "length": str(QUIZ_LENGTH)})
                s.attempt, s.acked = attempt_path(r.headers["location"]), 0
                run.attempts += 1
                base = f"/quiz/a/{s.attempt}"
                for n in range(QUIZ_LENGTH):
                    form = answer_form((await run.send(c, "page", "GET", base, {200}, headers=hx)).text)
                    if form is None:
                        raise Unexpected(f"{base}: no question form (question {n + 1})")
                    position, kind, data = choose_answer(form, rng)
                    due += think
                    await pause_until(min(due, run.stop_at))  # the step's end wakes every waiting client
                    if time.monotonic() >= run.stop_at:
                        return
                    r = await run.send(c, "answer", "POST", form["action"], {200} if s.htmx else {303},
                                       data=as_form(data), headers=hx)
                    run.acked.append(Sent(s.attempt, position, kind, data))
                    s.acked += 1
                    if not s.htmx:
                        await run.send(c, "page", "GET", r.headers.get("location", ""), {200})
                await run.send(c, "page", "GET", f"{base}/results", {200})
        except (Unexpected, GaveUp, KeyError) as e:
            run.errors.append(f"student {s.index}: {e}")


async def paced_bot_visitor(run: PacedRun, index: int, think: float) -> None:
    rng = random.Random(100_000 + index)
    async with run.client_for(address(index, block=11)) as c:
        conversation, asked = None, 0
        await asyncio.sleep(rng.uniform(0, think))
        due = time.monotonic()
        try:
            while time.monotonic() < run.stop_at:
                body = {"question": rng.choice(BOT_QUESTIONS), **({"conversation": conversation} if conversation else {})}
                reply = (await run.send(c, "bot", "POST", "/api/ask", {200}, json=body)).json()
                if not reply.get("conversation"):
                    raise Unexpected(f"/api/ask: unexpected reply {str(reply)[:120]}")
                asked += 1
                conversation = reply["conversation"] if asked % 5 else None
                run.bot_answers += 1
                due += think
                await pause_until(min(due, run.stop_at))
        except (Unexpected, GaveUp, ValueError) as e:
            run.errors.append(f"bot {index}: {e}")


@dataclass
class Step:
    students: int
    passed: bool = False
    p95_ms: float = float("nan")
    kinds: dict[str, tuple[int, float]] = field(default_factory=dict)  # kind -> (requests, p95 ms)
    rate: float = 0.0
    errors: int = 0
    lost: int = 0
    duplicated: int = 0
    server_cpu: float = 0.0  # share of the machine's cores used by the workers
    client_cpu: float = 0.0  # ... by this script's clients
    other_cpu: float = 0.0  # ... by everything else (other people's jobs, the kernel's share)
    note: str = ""

    def line(self) -> str:
        kinds = ", ".join(f"{k} {n} p95 {p:.0f}" for k, (n, p) in self.kinds.items())
        return (f"{self.students:>6} students + {max(1, self.students // 10)} bot visitors: {self.rate:6.1f} req/s, "
                f"p95 {self.p95_ms:6.1f} ms ({kinds}); errors {self.errors}, lost {self.lost}, duplicated "
                f"{self.duplicated}; CPU: workers {self.server_cpu:.0%}, clients {self.client_cpu:.0%}, everything else "
                f"{self.other_cpu:.0%} "
                f"of the cores -> {'PASS' if self.passed else 'FAIL'}{self.note}")


async def run_step(url: str, n: int, args, server: Gunicorn) -> PacedRun:
    run = PacedRun(url, args.request_timeout)
    run.students = [Student(i, htmx=i % 2 == 1) for i in range(n)]
    start = time.monotonic()
    run.stop_at = start + args.think + args.step_seconds
    tasks = [asyncio.ensure_future(paced_student(run, s, args.think)) for s in run.students]
    tasks += [asyncio.ensure_future(paced_bot_visitor(run, i, args.think)) for i in range(max(1, n // 10))]
    await asyncio.sleep(args.think)
    cpu0 = {p: cpu_seconds(p) for p in server.worker_pids()}
    m0, t0, c0 = machine_busy_seconds(), time.monotonic(), time.process_time()
    run.measuring = True
    await pause_until(run.stop_at)
    run.measuring = False
    run.window = time.monotonic() - t0
    run.server_cpu = sum(cpu_seconds(p) - v for p, v in cpu0.items())
    run.client_cpu = time.process_time() - c0
    run.machine_cpu = machine_busy_seconds() - m0
    done, pending = await asyncio.wait(tasks, timeout=args.request_timeout * 2 + 10)
    for t in pending:
        t.cancel()
        run.errors.append("a client was still waiting long after the step ended")
    return run


def measure(n: int, args) -> Step:
    tmp = Path(tempfile.mkdtemp(prefix="sourced-capacity-"))
    env = app_env(tmp, SOURCED_RATELIMIT_ENABLED="true", SOURCED_PROXIES="1")
    step = Step(n)
    server = Gunicorn(args.app, args.workers, env, tmp / "gunicorn.log")
    try:
        server.wait_ready("/quiz/")
        run = asyncio.run(run_step(server.url, n, args, server))
    finally:
        server.stop()
    a = audit(tmp / "sourced.sqlite3", run)
    shutil.rmtree(tmp, ignore_errors=True)
    every = [x for v in run.latency.values() for x in v]
    cores = os.cpu_count() or 1
    step.kinds = {k: (len(v), percentile(v, 95) * 1000) for k, v in run.latency.items() if v}
    step.p95_ms = percentile(every, 95) * 1000 if every else float("nan")
    step.rate = len(every) / run.window if run.window else 0.0
    step.errors, step.lost, step.duplicated = len(run.errors), a["lost"], a["duplicated"]
    step.server_cpu = run.server_cpu / run.window / cores
    step.client_cpu = run.client_cpu / run.window / cores
    step.other_cpu = max(0.0, run.machine_cpu - run.server_cpu - run.client_cpu) / run.window / cores
    step.passed = bool(every) and step.p95_ms <= P95_LIMIT_MS and not (step.errors or step.lost or step.duplicated)
    if run.errors:
        step.note = f"  (first error: {run.errors[0][:160]})"
    return step


def find_capacity(args) -> int:
    print(f"Sourced capacity search: gunicorn -w {args.workers}, a student answers a question every "
          f"{args.think:g} s, bot visitors 10% of the students; each step {args.step_seconds:g} s measured after "
          f"{args.think:g} s of arrivals; pass = p95 <= {P95_LIMIT_MS:.0f} ms, 0 errors, 0 lost, 0 duplicated; "
          f"{os.cpu_count()} CPUs shared by the server and this client; rate limiter on, SOURCED_PROXIES=1")
    best, worst, n = 0, None, args.start
    while n <= args.max:
        step = measure(n, args)
        print(step.line(), flush=True)
        if not step.passed:
            worst = n
            break
        best, n = n, n * 2
    while worst is not None and best and worst - best > max(args.resolution, best // 10):
        n = (best + worst) // 2
        step = measure(n, args)
        print(step.line(), flush=True)
        best, worst = (n, worst) if step.passed else (best, n)
    if not best:
        print(f"capacity: below {args.start} students (the first step failed)")
        return 1
    bound = f"the first failure at {worst}" if worst else f"--max {args.max} reached"
    print(f"capacity: {best} students (+ {max(1, best // 10)} bot visitors) with {args.workers} workers ({bound})")
    return 0
