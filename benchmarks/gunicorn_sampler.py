"""A gunicorn config that samples each worker's CPU by category (profile_cats.py), for serve_bench --profile.

    gunicorn -c benchmarks/gunicorn_sampler.py ...   with SOURCED_SAMPLES_DIR=/some/folder

After the fork, each worker takes a SIGPROF sample every scheduler tick of its own CPU time, and
every 50 ms of it writes its running totals (category -> samples) to SOURCED_SAMPLES_DIR/<pid>.json.
The benchmark reads the files before and after a case: the difference is where that case's CPU
went inside the real server, gunicorn's own request parsing and response writing included.
"""
import json
import os
import signal
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from profile_cats import classify, stack_of  # noqa: E402


def post_fork(server, worker):
    folder = Path(os.environ["SOURCED_SAMPLES_DIR"])
    counts: Counter = Counter()
    state = {"written": 0.0}

    def on_tick(_signum, frame):
        counts[classify(stack_of(frame))[0]] += 1
        now = time.monotonic()
        if now - state["written"] > 0.05:
            state["written"] = now
            tmp = folder / f".{os.getpid()}.json"
            tmp.write_text(json.dumps(counts))
            tmp.replace(folder / f"{os.getpid()}.json")

    signal.signal(signal.SIGPROF, on_tick)
    signal.setitimer(signal.ITIMER_PROF, 0.0005, 0.0005)
