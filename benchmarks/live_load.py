"""The live mode of benchmarks/load.py (`load.py --live`): one teacher paces a 10-question live session,
N students poll and answer it, against gunicorn on 127.0.0.1.

The teacher (a real account, signing in through the form) starts a session from a set of 10 bank
questions of every type, waits in the lobby until everyone has joined, then for each question: shows
it, waits until every student answered (or 30 s), reveals it, waits until every student has seen the
reveal (or 10 s) and moves on; at the end finishes the session. Each student joins with the code and
a name, then follows the session — half polling `/live/<code>/poll?v=N` every second as htmx does
(the panel alone), half reloading the page every 2 s as a browser without JavaScript does — answers
each question when it appears and notes when each reveal reached it. Afterwards every acknowledged answer must be stored exactly once, as sent (load.py's
audit), and every reveal must have reached every student within --reveal-limit seconds.
"""
from __future__ import annotations

import asyncio
import contextlib
import random
import re
import sqlite3
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from load import (GaveUp, Run, Sent, Student, Unexpected, answer_form, audit, choose_answer,  # noqa: E402
                  csrf_token, forms, percentile)

QUESTIONS = 10
POLL = 1.0  # htmx pages poll every second (views/live.py POLL_SECONDS)
REFRESH = 2.0  # pages without JavaScript reload every 2 s (<meta http-equiv="refresh">)
KINDS = ("single", "truefalse", "numeric", "ordering", "matching", "multiple")
HXL = {"HX-Request": "true", "HX-Target": "live-panel"}
PASSWORD = "load test password"


@dataclass
class Live:
    run: Run
    students: int
    code: str = ""
    session_id: int = 0
    reveal_at: dict[int, float] = field(default_factory=dict)  # position -> when the reveal was committed
    seen: dict[int, list[float]] = field(default_factory=dict)  # position -> each student's delay
    answered: dict[int, int] = field(default_factory=dict)
    joined: int = 0
    finished: int = 0
    done: asyncio.Event = field(default_factory=asyncio.Event)


def prepare(database: Path) -> tuple[str, int]:
    """A teacher and a set of QUESTIONS bank questions (every type) in the server's database."""
    from webapp import create_app, db
    from webapp.accounts import create_teacher
    app = create_app({"DATABASE": str(database), "SECRET_KEY": "x", "TESTING": True})
    bank = app.extensions["sourced"].bank
    picked: list[str] = []
    while len(picked) < QUESTIONS:
        for kind in KINDS:
            q = next((q.id for q in bank.authored if q.type == kind and q.id not in picked), None)
            if q and len(picked) < QUESTIONS:
                picked.append(q)
    conn = db.connect(database)
    email = "live-load@school.org"
    tid = create_teacher(conn, email, PASSWORD)
    set_id = db.create_set(conn, tid, "Live load")
    for qid in picked:
        db.change_set(conn, tid, set_id, "add", qid)
    conn.conn.close()
    return email, set_id


def poll_url(html: str) -> str | None:
    m = re.search(r'hx-get="(/live/[A-Z0-9]{6}/poll\?v=[^"]+)"', html)
    return m.group(1).replace("&amp;", "&") if m else None


def live_answer(html: str, rng: random.Random) -> tuple[str, int, str, list[tuple[str, str]]] | None:
    """(action, position, kind, data) for the answer form on the page, or None."""
    form = answer_form(html)
    if form is None:
        return None
    taps = re.findall(r'<button type="submit" name="answer" value="([^"]+)" class="tap', html)
    if taps:  # single / true-false answer in one tap: the button's value is the answer
        hidden = [(n, v) for t, n, v in form["fields"] if t == "hidden"]
        position = int(dict(hidden)["position"])
        return form["action"], position, "radio", hidden + [("answer", rng.choice(taps))]
    position, kind, data = choose_answer(form, rng)
    return form["action"], position, kind, data


async def teacher(live: Live, email: str, set_id: int) -> None:
    run = live.run
    async with run.client() as c:
        r = await run.send(c, "page", "GET", "/teach/sign-in", {200})
        token = next(v for f in forms(r.text) for t, n, v in f["fields"] if n == "csrf_token")
        await run.send(c, "page", "POST", "/teach/sign-in", {303},
                       data={"csrf_token": token, "email": email, "password": PASSWORD})
        r = await run.send(c, "page", "GET", "/live/new", {200})
        token = next(v for f in forms(r.text) for t, n, v in f["fields"] if n == "csrf_token")
        r = await run.send(c, "start", "POST", "/live/new", {303}, data={"csrf_token": token, "set_id": str(set_id)})
        projector = r.headers["location"]
        live.session_id = int(projector.rsplit("/", 1)[1])
        r = await run.send(c, "page", "GET", projector, {200})
        live.code = re.search(r'class="join-code">([A-Z0-9]{6})<', r.text).group(1)
        await wait_for(lambda: live.joined >= live.students, 60)
        for k in range(QUESTIONS):
            await step(live, c, projector, "show")
            await wait_for(lambda: live.answered.get(k, 0) >= live.students, 30)
            await step(live, c, projector, "reveal")
            live.reveal_at[k] = time.monotonic()
            await wait_for(lambda: len(live.seen.get(k, [])) >= live.students, 10)
        await step(live, c, projector, "finish")
        live.done.set()


async def step(live: Live, c, projector: str, action: str) -> None:
    r = await live.run.send(c, "page", "GET", projector, {200})
    version = re.search(r'name="v" value="(\d+)"', r.text).group(1)
    token = csrf_token(r.text)
    await live.run.send(c, "step", "POST", f"{projector}/step", {303},
                        data={"csrf_token": token, "action": action, "v": version})


async def wait_for(cond, limit: float) -> None:
    t0 = time.monotonic()
    while not cond() and time.monotonic() - t0 < limit:
        await asyncio.sleep(0.1)


async def live_student(live: Live, s: Student) -> None:
    run, rng = live.run, random.Random(s.index)
    hx = HXL if s.htmx else {}
    async with run.client() as c:
        try:
            while not live.code:
                await asyncio.sleep(0.1)
            r = await run.send(c, "page", "GET", f"/live/join/{live.code}", {200})
            r = await run.send(c, "join", "POST", "/live/join", {303},
                               data={"csrf_token": csrf_token(r.text), "code": live.code, "name": f"S{s.index}"})
            s.attempt = f"S{s.index}"  # the name; load_live maps it to the attempt id for the audit
            live.joined += 1
            await follow(live, s, c, hx, rng)
        except (Unexpected, GaveUp, KeyError, AttributeError) as e:
            s.error = str(e)
            run.errors.append(f"student {s.index}: {e}")


async def follow(live: Live, s: Student, c, hx: dict, rng: random.Random) -> None:
    """Poll, answer, note each reveal, until the session ends."""
    run, page = live.run, f"/live/{live.code}"
    r = await run.send(c, "page", "GET", page, {200})
    html, seen = r.text, set()
    while True:
        if "The live quiz has ended" in html:
            s.finished = True
            live.finished += 1
            return
        revealed = re.search(r'class="verdict', html) and re.search(r"question (\d+) of", html)
        if revealed and int(revealed.group(1)) - 1 not in seen:
            k = int(revealed.group(1)) - 1
            seen.add(k)
            live.seen.setdefault(k, []).append(time.monotonic() - live.reveal_at.get(k, time.monotonic()))
        todo = live_answer(html, rng)
        if todo is not None:
            html = await send_answer(live, s, c, hx, todo)
            continue
        await asyncio.sleep((POLL if s.htmx else REFRESH) + rng.uniform(-0.1, 0.1))
        url = poll_url(html)
        if s.htmx and url:
            r = await run.send(c, "poll", "GET", url, {200, 204}, headers=hx)
            if r.status_code == 200:
                html = r.text
        else:
            html = (await run.send(c, "page", "GET", page, {200})).text


async def send_answer(live: Live, s: Student, c, hx: dict, todo) -> str:
    action, position, kind, data = todo
    r = await live.run.send(c, "answer", "POST", action, {200} if s.htmx else {303}, data=_form(data), headers=hx)
    if s.htmx and "Your answer is in" not in r.text:
        raise Unexpected(f"{action}: answer {position + 1} not acknowledged")
    live.run.acked.append(Sent(s.attempt, position, kind, data))
    live.answered[position] = live.answered.get(position, 0) + 1
    s.acked += 1
    if s.htmx:
        return r.text
    return (await live.run.send(c, "page", "GET", f"/live/{live.code}", {200})).text


def _form(data):
    out: dict[str, list[str]] = {}
    for n, v in data:
        out.setdefault(n, []).append(v)
    return out


async def load_live(args, server, tmp: Path, reveal_limit: float) -> int:
    """Run the live load; print the figures; 0 when it passes."""
    run = Run(server.url, args.request_timeout)
    run.students = [Student(i, htmx=i % 2 == 1) for i in range(args.students)]
    email, set_id = prepare(tmp / "sourced.sqlite3")
    live = Live(run, args.students)
    t0 = time.monotonic()
    tasks = [teacher(live, email, set_id)] + [live_student(live, s) for s in run.students]
    timed_out = False
    try:
        await asyncio.wait_for(asyncio.gather(*tasks), timeout=args.timeout)
    except asyncio.TimeoutError:
        timed_out = True
    wall = time.monotonic() - t0
    return report_live(live, args, server, tmp, wall, timed_out, reveal_limit)


def report_live(live: Live, args, server, tmp: Path, wall: float, timed_out: bool, reveal_limit: float) -> int:
    run = live.run
    total = sum(len(v) for v in run.latency.values())
    print(f"\nlive session: {QUESTIONS} questions, {args.students} students ({(args.students + 1) // 2} plain page "
          f"loads every {REFRESH} s, {args.students // 2} htmx polls every {POLL} s), {total} requests in {wall:.1f} s "
          f"= {total / wall:.0f} requests/s")
    for kind in ("poll", "page", "answer", "step", "join"):
        xs = sorted(run.latency.get(kind, []))
        if xs:
            print(f"  {kind:7} {len(xs):6} requests, p50 {percentile(xs, 50) * 1000:7.1f} ms, "
                  f"p95 {percentile(xs, 95) * 1000:7.1f} ms, max {xs[-1] * 1000:7.1f} ms")
    polls = run.latency.get("poll", [])
    delays = sorted(d for v in live.seen.values() for d in v)
    reached = sum(1 for k in range(QUESTIONS) if len(live.seen.get(k, [])) >= args.students)
    print(f"reveals seen by every student: {reached}/{QUESTIONS}; reveal to student p50 "
          f"{percentile(delays, 50) if delays else 0:.2f} s, p95 {percentile(delays, 95) if delays else 0:.2f} s, "
          f"max {delays[-1] if delays else 0:.2f} s (limit {reveal_limit:.0f} s)")
    print(f"students who saw the end of the session: {live.finished}/{args.students}; polls: {len(polls)}")
    server.stop()
    with contextlib.closing(sqlite3.connect(tmp / "sourced.sqlite3")) as con:
        names = dict(con.execute("SELECT name, attempt_id FROM live_participants WHERE removed = 0").fetchall())
    run.acked = [Sent(names.get(x.attempt, x.attempt), x.position, x.kind, x.data) for x in run.acked]
    for s in run.students:
        s.attempt = names.get(s.attempt or "", s.attempt)
    a = audit(tmp / "sourced.sqlite3", run)
    print(f"audit: {a['acked']} answers acknowledged to the students, {a['rows']} rows in answers")
    print(f"lost: {a['lost']}, duplicated: {a['duplicated']}")
    print(f"errors: {len(run.errors)}")
    for e in run.errors[:10]:
        print(f"  {e}")
    problems = [p for p, bad in (
        ("timed out", timed_out), ("answers lost or duplicated", a["lost"] or a["duplicated"]),
        ("client errors", run.errors), ("a reveal did not reach every student", reached < QUESTIONS),
        (f"a reveal took longer than {reveal_limit:.0f} s", delays and delays[-1] > reveal_limit),
        ("not every student saw the end", live.finished < args.students)) if bad]
    if problems:
        print("FAILED: " + "; ".join(problems))
        return 2 if timed_out else 1
    print("OK")
    return 0
