"""Polling or server-sent events for live mode, on the deployment we document (gunicorn, 2 sync workers)?

    .venv/bin/python benchmarks/sse_probe.py [--clients 50] [--workers 2]

Starts gunicorn over a tiny app with both: `/events` (an SSE stream that sends the version every
second for 15 s, what a live page would hold open) and `/poll?v=N` (204 while the version is N).
N clients poll every 1.5 s for 10 s (answers and their latency); then N clients open the stream at
once and we count how many receive their first event within 3 s.
"""
from __future__ import annotations

import argparse
import asyncio
import shutil
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serving import Gunicorn, app_env, percentile  # noqa: E402

APP = '''
import time
from flask import Flask, Response, request
app = Flask(__name__)

@app.get("/events")
def events():
    def stream():
        for n in range(15):
            yield f"data: {n}\\n\\n"
            time.sleep(1)
    return Response(stream(), mimetype="text/event-stream")

@app.get("/poll")
def poll():
    return ("", 204) if request.args.get("v") == "1" else "new panel"
'''


async def first_event(url: str, limit: float) -> float | None:
    t0 = time.monotonic()
    try:
        async with httpx.AsyncClient(timeout=limit, trust_env=False) as c:
            async with c.stream("GET", url + "/events") as r:
                async for _ in r.aiter_bytes():
                    return time.monotonic() - t0
    except httpx.HTTPError:
        return None
    return None


async def poller(url: str, seconds: float, out: list[float]) -> None:
    async with httpx.AsyncClient(timeout=5, trust_env=False) as c:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            t0 = time.monotonic()
            r = await c.get(url + "/poll?v=1")
            if r.status_code == 204:
                out.append(time.monotonic() - t0)
            await asyncio.sleep(1.5)


async def probe(url: str, clients: int) -> None:
    # polling first: streams left open by the SSE round would hold the workers for 15 s more
    lat: list[float] = []
    await asyncio.gather(*(poller(url, 10, lat) for _ in range(clients)))
    lat.sort()
    print(f"polling: {len(lat)} answers to {clients} clients in 10 s, p50 {percentile(lat, 50) * 1000:.1f} ms, "
          f"p95 {percentile(lat, 95) * 1000:.1f} ms, max {lat[-1] * 1000:.1f} ms")
    firsts = await asyncio.gather(*(first_event(url, 3.0) for _ in range(clients)))
    got = sorted(f for f in firsts if f is not None)
    print(f"SSE: {len(got)}/{clients} clients received their first event within 3 s"
          + (f" (p50 {percentile(got, 50) * 1000:.0f} ms)" if got else ""))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="sourced-sse-"))
    (tmp / "probe_app.py").write_text(APP)
    server = Gunicorn("probe_app:app", args.workers, app_env(tmp), tmp / "gunicorn.log", chdir=tmp)
    try:
        server.wait_ready("/poll?v=1")
        print(f"gunicorn, {args.workers} sync workers, {args.clients} clients")
        asyncio.run(probe(server.url, args.clients))
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
