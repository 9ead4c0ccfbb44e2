"""Workers starting at the same moment over a database that does not exist yet (gunicorn's boot)."""
import multiprocessing
import time

from webapp.db import core


def _connect_at(path, start, results):
    while time.time() < start:
        pass
    try:
        db = core.connect(path)
        results.put(db.execute("PRAGMA journal_mode").fetchone()[0])
    except Exception as e:  # noqa: BLE001 - the test reports whatever a worker would have died of
        results.put(repr(e))


def test_processes_opening_a_new_database_together_all_get_it_in_wal_mode(tmp_path):
    # Switching to WAL needs the file to itself; SQLite answers "database is locked" at once, without
    # its busy wait, to the others starting in the same instant. A worker that died of that failed
    # gunicorn's boot ("Worker failed to boot") about once in a hundred starts.
    ctx = multiprocessing.get_context("fork")
    outcomes = []
    for r in range(25):
        path = str(tmp_path / f"fresh-{r}.sqlite3")
        results = ctx.Queue()
        start = time.time() + 0.2
        procs = [ctx.Process(target=_connect_at, args=(path, start, results)) for _ in range(8)]
        for p in procs:
            p.start()
        outcomes += [results.get(timeout=30) for _ in procs]
        for p in procs:
            p.join()
    assert outcomes == ["wal"] * len(outcomes)
