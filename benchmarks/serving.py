"""Start and stop a gunicorn server for the benchmarks (loopback only), and read its workers from /proc.

Used by benchmarks/load.py and benchmarks/serve_bench.py; not a benchmark itself. Linux only (/proc).
"""
from __future__ import annotations

import math
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def app_env(tmp: Path, **extra: str) -> dict[str, str]:
    """The environment for the real app on a fresh database in `tmp`.

    The secret key is given, so nothing is written to the shared instance folder; the rate limiter
    is off because every simulated client comes from 127.0.0.1 and would share one client's limits."""
    env = dict(os.environ)
    env.update({
        "SOURCED_DATABASE": str(tmp / "sourced.sqlite3"),
        "SOURCED_SECRET_KEY": secrets.token_hex(32),
        "SOURCED_RATELIMIT_ENABLED": "false",
        "PYTHONUNBUFFERED": "1",
    })
    env.update(extra)
    return env


class Gunicorn:
    """One gunicorn master on 127.0.0.1:<free port>, started by us and stopped by us."""

    def __init__(self, app: str, workers: int, env: dict[str, str], log: Path, chdir: Path = ROOT,
                 extra_args: tuple[str, ...] = ()):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log
        self.workers = workers
        args = [sys.executable, "-m", "gunicorn", "--workers", str(workers), "--bind", f"127.0.0.1:{self.port}",
                "--chdir", str(chdir), "--no-control-socket", "--timeout", "30", "--graceful-timeout", "5",
                *extra_args, app]
        self._log = open(log, "ab")
        self.proc = subprocess.Popen(args, stdout=self._log, stderr=subprocess.STDOUT, env=env, cwd=chdir,
                                     start_new_session=True)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def wait_ready(self, path: str = "/", timeout: float = 60.0) -> float:
        """Wait until every worker is up and `path` answers; return the seconds it took."""
        t0 = time.monotonic()
        while time.monotonic() - t0 < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.proc.returncode}:\n{self.log_tail()}")
            if len(self.worker_pids()) >= self.workers and self._answers(path):
                return time.monotonic() - t0
            time.sleep(0.1)
        raise RuntimeError(f"gunicorn did not answer {path} within {timeout:.0f} s:\n{self.log_tail()}")

    def _answers(self, path: str) -> bool:
        try:
            with urllib.request.urlopen(self.url + path, timeout=5) as resp:
                return resp.status < 500
        except urllib.error.HTTPError as e:
            e.close()
            return e.code < 500
        except OSError:
            return False

    def worker_pids(self) -> list[int]:
        return children(self.pid)

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self) -> None:
        """Graceful stop (SIGTERM to the master we started), then SIGKILL to it if it hangs."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
        return False


def _stat(pid: int) -> list[str] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text[text.rindex(")") + 2:].split()  # fields from the 3rd (state) on


def children(pid: int) -> list[int]:
    """Live child processes of `pid` (gunicorn's workers are the master's children)."""
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            st = _stat(int(entry))
            if st is not None and int(st[1]) == pid and st[0] != "Z":
                out.append(int(entry))
    return sorted(out)


def process_state(pid: int) -> str:
    """R (running), S (sleeping), ...; "" when the process is gone."""
    st = _stat(pid)
    return st[0] if st else ""


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of one process so far."""
    st = _stat(pid)
    return (int(st[11]) + int(st[12])) / CLOCK_TICKS if st else 0.0


def machine_busy_seconds() -> float:
    """CPU time spent by everything on the machine so far (all cores, from /proc/stat)."""
    fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fields[:8])
    return (user + nice + system + irq + softirq + steal) / CLOCK_TICKS


def wait_quiet(limit: float, share: float = 0.10, quiet_seconds: int = 2) -> bool:
    """Wait (up to `limit` s) until the whole machine has used under `share` of its CPUs for
    `quiet_seconds` seconds in a row: on a shared machine, other people's jobs skew a benchmark."""
    cores = os.cpu_count() or 1
    t_end, quiet = time.monotonic() + limit, 0
    while time.monotonic() < t_end:
        b0 = machine_busy_seconds()
        time.sleep(1)
        quiet = quiet + 1 if (machine_busy_seconds() - b0) / cores < share else 0
        if quiet >= quiet_seconds:
            return True
    return False


def memory_kb(pid: int) -> dict[str, int]:
    """RSS and PSS (proportional: shared pages divided among the processes sharing them), in kB."""
    out = {}
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in ("Rss", "Pss"):
                out[key.lower()] = int(rest.split()[0])
    except OSError:
        pass
    return out


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of a non-empty list."""
    s = sorted(values)
    k = max(0, min(len(s) - 1, math.ceil(p / 100 * len(s)) - 1))
    return s[k]
