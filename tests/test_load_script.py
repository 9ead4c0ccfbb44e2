"""benchmarks/load.py: a small load against real gunicorn workers loses and duplicates no answer, even
when a worker is killed mid-request; and its audit does catch an app that loses or adds answers."""
from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "load.py"
SMALL = ["--students", "6", "--bot-visitors", "2", "--workers", "2", "--timeout", "60"]

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="the load script reads /proc (Linux)")


def run_load(*extra: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *SMALL, *extra], cwd=ROOT, capture_output=True,
                          text=True, timeout=150, env=env)


def figures(out: str) -> tuple[int, int]:
    m = re.search(r"^lost: (\d+), duplicated: (\d+)$", out, re.M)
    assert m, out
    return int(m.group(1)), int(m.group(2))


def test_small_load_stores_every_acknowledged_answer_once():
    r = run_load()
    assert r.returncode == 0, r.stdout + r.stderr
    assert figures(r.stdout) == (0, 0)
    assert "audit: 60 answers acknowledged to the students, 60 rows in answers" in r.stdout
    assert "students who finished their quiz and opened the results: 6/6; bot answers: 10/10" in r.stdout
    assert re.search(r"^errors: 0$", r.stdout, re.M)


def test_killing_a_worker_mid_load_loses_nothing_and_attempts_resume():
    r = run_load("--kill-worker")
    assert r.returncode == 0, r.stdout + r.stderr
    assert figures(r.stdout) == (0, 0)
    assert re.search(r"^worker kill: SIGKILL to worker \d+ .* gunicorn forked worker \d+ in its place", r.stdout, re.M)
    m = re.search(r"attempts under way at the kill that were finished afterwards: (\d+)/(\d+)", r.stdout)
    assert m and m.group(1) == m.group(2) and int(m.group(2)) > 0, r.stdout
    assert "students who finished their quiz and opened the results: 6/6" in r.stdout


DROPPING_APP = '''
"""The real app, except that it acknowledges the 4th answer of a plain-form (no htmx) attempt
without storing it."""
from flask import request

import webapp
from webapp import db

_submit = db.submit_answer


def submit_answer(database, attempt_id, position, question_id, response, correct, score, now=None):
    if position == 3 and not request.headers.get("HX-Request"):
        return {"position": position, "question_id": question_id, "response": response, "correct": correct,
                "score": score, "answered_at": 0.0, "repeat": False}
    return _submit(database, attempt_id, position, question_id, response, correct, score, now)


db.submit_answer = submit_answer


def create_app():
    return webapp.create_app()
'''


def test_the_audit_catches_an_app_that_drops_answers(tmp_path):
    (tmp_path / "dropping_app.py").write_text(DROPPING_APP)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path), str(ROOT)]))
    r = run_load("--app", "dropping_app:create_app()", env=env)
    assert r.returncode == 1, r.stdout + r.stderr
    # The three plain-form students were told their 4th answer was saved: all three are lost.
    assert figures(r.stdout) == (3, 0), r.stdout
    assert "students who finished their quiz and opened the results: 3/6" in r.stdout
    assert "FAILED" in r.stdout


# --- the audit itself, on a database made here -----------------------------------------------------

def load_module():
    name = "sourced_load_script"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, SCRIPT)
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod  # dataclasses look their module up while the class is made
        spec.loader.exec_module(mod)
    return sys.modules[name]


LAYOUT = [{"q": "q-single", "order": ["b", "a", "c"]}, {"q": "q-tf"}, {"q": "q-num"},
          {"q": "q-rank", "order": ["x", "y", "z"]}, {"q": "q-match", "order": ["l1", "l2"], "right": ["r2", "r1"]}]
SENT = [  # (position, widget, form data) as a student's browser posts them
    (0, "radio", [("position", "0"), ("answer", "1")]),
    (1, "radio", [("position", "1"), ("answer", "false")]),
    (2, "numeric", [("position", "2"), ("answer", " 12,000 ")]),
    (3, "ordering", [("position", "3"), ("rank-0", "2"), ("rank-1", "3"), ("rank-2", "1")]),
    (4, "matching", [("position", "4"), ("match-0", "1"), ("match-1", "0")]),
]
STORED = [{"option": "a"}, {"value": False}, {"typed": "12,000", "value": 12000.0}, {"order": ["z", "x", "y"]},
          {"pairs": {"l1": "r1", "l2": "r2"}}]


def make_db(path: Path, rows: list[tuple]) -> None:
    with contextlib.closing(sqlite3.connect(path)) as con, con:
        con.execute("CREATE TABLE attempts (id TEXT PRIMARY KEY, layout TEXT NOT NULL)")
        con.execute("CREATE TABLE answers (attempt_id TEXT, position INTEGER, question_id TEXT, response TEXT)")
        con.execute("INSERT INTO attempts VALUES ('A', ?)", [json.dumps(LAYOUT)])
        con.executemany("INSERT INTO answers VALUES (?, ?, ?, ?)", rows)


def audit(tmp_path: Path, rows: list[tuple]) -> dict:
    mod = load_module()
    run = mod.Run("http://127.0.0.1:1", 1.0)
    run.students = [mod.Student(0, htmx=False, attempt="A")]
    run.acked = [mod.Sent("A", pos, kind, data) for pos, kind, data in SENT]
    make_db(tmp_path / "a.sqlite3", rows)
    return mod.audit(tmp_path / "a.sqlite3", run)


def good_rows() -> list[tuple]:
    return [("A", p, LAYOUT[p]["q"], json.dumps(STORED[p])) for p in range(len(LAYOUT))]


def test_audit_accepts_exactly_the_acknowledged_answers(tmp_path):
    a = audit(tmp_path, good_rows())
    assert (a["lost"], a["duplicated"], a["acked"], a["rows"]) == (0, 0, 5, 5)


def test_audit_counts_a_missing_answer_as_lost(tmp_path):
    a = audit(tmp_path, good_rows()[:-1])
    assert (a["lost"], a["missing"], a["duplicated"]) == (1, 1, 0)


def test_audit_counts_an_answer_stored_differently_as_lost(tmp_path):
    rows = good_rows()
    rows[3] = ("A", 3, "q-rank", json.dumps({"order": ["x", "y", "z"]}))
    rows[1] = ("A", 1, "q-num", rows[1][3])  # stored against the wrong question
    a = audit(tmp_path, rows)
    assert (a["lost"], a["changed"], a["duplicated"]) == (2, 2, 0)


def test_audit_counts_unacknowledged_and_repeated_rows_as_duplicated(tmp_path):
    rows = good_rows() + [("A", 5, "q-single", json.dumps(STORED[0])), ("A", 0, "q-single", json.dumps(STORED[0]))]
    a = audit(tmp_path, rows)
    assert a["lost"] == 0 and a["duplicated"] == 2  # a row never acknowledged; position 0 stored a second time


def test_small_live_session_load_loses_nothing_and_every_reveal_arrives_in_time():
    """load.py --live: a teacher paces 10 questions for 6 students (half polling like htmx, half reloading
    pages); every answer stored once, every reveal on every student within 3 s."""
    r = subprocess.run([sys.executable, str(SCRIPT), "--live", "--students", "6", "--workers", "2", "--timeout", "90"],
                       cwd=ROOT, capture_output=True, text=True, timeout=150)
    assert r.returncode == 0, r.stdout + r.stderr
    assert figures(r.stdout) == (0, 0)
    assert "audit: 60 answers acknowledged to the students, 60 rows in answers" in r.stdout
    assert "reveals seen by every student: 10/10" in r.stdout
    assert "students who saw the end of the session: 6/6" in r.stdout
    assert re.search(r"^errors: 0$", r.stdout, re.M)


def test_the_capacity_search_runs_paced_steps_and_audits_each():
    """load.py --find-capacity, tiny: one step of 2 paced students (answering every second) and a bot
    visitor against fresh workers with the rate limiter on. Whether the step passes depends on the
    machine's load, so only what every step must show is checked: its figures and a clean audit."""
    r = subprocess.run([sys.executable, str(SCRIPT), "--find-capacity", "--start", "2", "--max", "2",
                        "--step-seconds", "3", "--think", "1"], cwd=ROOT, capture_output=True, text=True, timeout=150)
    assert r.returncode in (0, 1), r.stdout + r.stderr
    step = re.search(r"^\s+2 students \+ 1 bot visitors: .* p95 .* ms \(.*answer \d+ p95.*\); errors 0, lost 0, "
                     r"duplicated 0; .* -> (PASS|FAIL)$", r.stdout, re.M)
    assert step, r.stdout + r.stderr
    final = "capacity: 2 students" if step.group(1) == "PASS" else "capacity: below 2 students"
    assert final in r.stdout
