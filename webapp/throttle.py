"""Sign-in throttling with backoff, counted in the database so every worker sees the same counts.

Not a lockout: after a few failures for one account from one place, each further try must wait
longer (doubling, at most BACKOFF_CAP seconds) and is refused without checking the password until
then. "One place" is the client's address, or — for a browser in which the teacher has signed in
before (a signed device cookie) — that browser, so that someone guessing from a school's shared
address cannot keep the teacher out. An account also slows down after many failures from
anywhere (guesses spread over many addresses), except for the teacher's own known browsers.
No Flask here."""
from __future__ import annotations

import sqlite_utils

from . import db

FREE_PER_PLACE = 10  # failures for one account from one address or browser before waiting starts
FREE_PER_ACCOUNT = 20  # failures for one account from anywhere
BACKOFF_CAP = 15 * 60  # seconds


def keys(email: str, place: str) -> tuple[str, str]:
    return f"account:{email}", f"place:{email}|{place}"


def backoff(failures: int, free: int) -> float:
    """Seconds to wait after `failures` failures in a row when the first `free` cost nothing."""
    return 0.0 if failures < free else float(min(2 ** (failures - free), BACKOFF_CAP))


def wait_seconds(database: sqlite_utils.Database, email: str, place: str, known_device: bool, now: float) -> int:
    """How long this sign-in must wait before a password is checked (0: go ahead)."""
    account, here = keys(email, place)
    seen = db.sign_in_failures(database, [account, here])
    waits = []
    if here in seen:
        n, last = seen[here]
        waits.append(last + backoff(n, FREE_PER_PLACE) - now)
    if account in seen and not known_device:
        n, last = seen[account]
        waits.append(last + backoff(n, FREE_PER_ACCOUNT) - now)
    return max([0, *[int(w) + 1 for w in waits if w > 0]])


def record(database: sqlite_utils.Database, email: str, place: str, succeeded: bool, now: float) -> None:
    """A failure counts against the account and the place; a success clears both."""
    db.record_sign_in(database, list(keys(email, place)), failed=not succeeded, now=now)
