"""What a teacher can change after publishing: close now, reopen, extend, rename, archive, delete,
a new join code, deleting one attempt, another attempt for one student.

No Flask here. Each function checks the change, then stores it with `db`, which records it in the
assignment's log with who and when. A change that can't be made raises `ControlRefused` with a
sentence the teacher reads; nothing is stored then.

Closing is a close date: closing now sets it to this minute, so students joining later are refused
with the usual "closed" message, and attempts in progress stop taking answers (their deadline moves
to the close). Reopening or extending moves the close date and gives unfinished attempts their
deadline back (their time limit still counts from when they started).
"""
from __future__ import annotations

import datetime as dt
import time

from . import db
from .assignments import AssignmentOptions, deadline_for, new_join_code, when_text
from .attempts import Assignment, utcnow


class ControlRefused(ValueError):
    """A change that can't be made; the message says why and what to do instead."""


def _when(t: dt.datetime) -> str:
    return when_text(t) + " (UTC)"


def _store_options(database, teacher_id: int, a: Assignment, opts: AssignmentOptions, action: str,
                   detail: str) -> None:
    attempts = [x for x in db.assignment_attempts(database, a.id) if x.finished_at is None]
    deadlines = {x.id: deadline_for(opts, x.created_at) for x in attempts}
    db.change_assignment_options(database, a.id, teacher_id, opts.model_dump(mode="json"), action, detail, deadlines)


def _with(opts: AssignmentOptions, **changes) -> AssignmentOptions:
    try:
        return AssignmentOptions.model_validate({**opts.model_dump(), **changes})
    except ValueError as e:
        msg = str(e.errors()[0]["msg"]) if hasattr(e, "errors") else str(e)
        raise ControlRefused(msg.removeprefix("Value error, ")) from None


def close_now(database, teacher_id: int, a: Assignment, now: dt.datetime | None = None) -> None:
    now = (now or utcnow()).replace(second=0, microsecond=0)
    if a.status()[0] == "closed":
        raise ControlRefused("This assignment is already closed.")
    opens = a.options.opens_at
    changes = {"closes_at": now}
    if opens and opens >= now:  # not open yet: closing it means it never opens
        changes["opens_at"] = now - dt.timedelta(minutes=1)
    _store_options(database, teacher_id, a, _with(a.options, **changes), "close",
                   f"Closed the assignment early, on {_when(now)}.")


def reopen(database, teacher_id: int, a: Assignment, closes_at: dt.datetime | None,
           now: dt.datetime | None = None) -> None:
    """Open a closed assignment again, until `closes_at` (or with no close date)."""
    now = now or utcnow()
    if a.status(now)[0] != "closed":
        raise ControlRefused("This assignment is not closed, so there is nothing to reopen. To give it more time, "
                             "extend it.")
    if closes_at is None and a.options.feedback == "due":
        raise ControlRefused("Students see the answers after the close date, so reopening needs a new close date.")
    if closes_at is not None and closes_at <= now:
        raise ControlRefused("The new close date must be in the future.")
    until = f"until {_when(closes_at)}" if closes_at else "with no close date"
    _store_options(database, teacher_id, a, _with(a.options, closes_at=closes_at), "reopen",
                   f"Reopened the assignment {until}.")


def extend(database, teacher_id: int, a: Assignment, closes_at: dt.datetime | None,
           now: dt.datetime | None = None) -> None:
    """Move the close date later (an open or a closed assignment)."""
    now = now or utcnow()
    if closes_at is None:
        raise ControlRefused("Give the new close date and time, e.g. 2026-12-01 09:00.")
    if closes_at <= now:
        raise ControlRefused("The new close date must be in the future.")
    if a.options.closes_at and closes_at <= a.options.closes_at:
        raise ControlRefused(f"The new close date must come after the present one, {_when(a.options.closes_at)}.")
    was = _when(a.options.closes_at) if a.options.closes_at else "no close date"
    _store_options(database, teacher_id, a, _with(a.options, closes_at=closes_at), "extend",
                   f"Moved the close date from {was} to {_when(closes_at)}.")


def rename(database, teacher_id: int, a: Assignment, title: str) -> None:
    title = " ".join((title or "")[:300].split())
    if not 0 < len(title) <= 120:
        raise ControlRefused("Give the assignment a title of 1 to 120 characters.")
    if title == a.title:
        raise ControlRefused("That is already its title.")
    db.change_assignment_options(database, a.id, teacher_id, _with(a.options, title=title).model_dump(mode="json"),
                                 "rename", f"Renamed it from “{a.title}” to “{title}”.")


def archive(database, teacher_id: int, a: Assignment, archived: bool = True) -> None:
    """Archive (closed if it was open, moved out of the main list, results kept) or bring it back."""
    if archived and a.status()[0] != "closed":
        close_now(database, teacher_id, a)
    detail = ("Archived it: closed, out of the main list, results kept." if archived
              else "Brought it back from the archive (still closed until reopened).")
    db.set_archived(database, a.id, teacher_id, archived, detail)


def delete(database, teacher_id: int, a: Assignment, typed_code: str) -> int:
    """Delete the assignment with its attempts; the teacher types its code to confirm. The set stays."""
    if (typed_code or "").strip().upper() != a.code:
        raise ControlRefused(f"Type the join code {a.code} to confirm: deleting can't be undone.")
    n = len(db.assignment_attempts(database, a.id))
    return db.delete_assignment(database, a.id, teacher_id,
                                f"Deleted “{a.title}” ({a.code}) with its {n} attempt{'s' if n != 1 else ''}; "
                                f"the set it came from is kept.")


def rotate(database, teacher_id: int, a: Assignment) -> str:
    """A fresh join code; the old one stops working at once."""
    return db.rotate_code(database, a.id, teacher_id, new_join_code)[1]


def delete_attempt(database, teacher_id: int, a: Assignment, attempt_id: str) -> str:
    """Delete one attempt (a test run, a fake name); the student's name. Its attempt is given back."""
    def detail(name: str) -> str:
        return f"Deleted an attempt by {name or 'a student'} (id {attempt_id[:6]}…) with its answers."
    return db.delete_attempt(database, a.id, teacher_id, attempt_id[:40], detail)


def _ended(x, now: float) -> bool:
    """An attempt that takes no more answers: finished, or its time (or the assignment) ran out."""
    return x.finished or x.late(now)


def can_have_another(attempts, limit: int | None, extra: dict[str, int], now: float) -> list[str]:
    """The names a teacher may give another attempt, sorted: every attempt they started has ended
    and they have used all they had (the limit plus any given before; `extra` keys lower-cased).
    A student still in progress is not among them: they can carry on with the attempt they have."""
    if limit is None:
        return []
    names: dict[str, list] = {}
    for x in attempts:
        names.setdefault((x.display_name or "").lower(), []).append(x)
    return sorted(xs[0].display_name for key, xs in names.items()
                  if key and len(xs) >= limit + extra.get(key, 0) and all(_ended(x, now) for x in xs))


def grant(database, teacher_id: int, a: Assignment, display_name: str, now: float | None = None) -> int:
    """One more attempt for a student who has used theirs (all finished or out of time)."""
    name = " ".join((display_name or "")[:200].split())
    if not name:
        raise ControlRefused("Say which student gets another attempt.")
    if a.options.attempts is None:
        raise ControlRefused("Attempts are unlimited here: every student can already try again.")
    now = time.time() if now is None else now
    theirs = [x for x in db.assignment_attempts(database, a.id) if (x.display_name or "").lower() == name.lower()]
    if not theirs:
        raise ControlRefused(f"No one called {name} has an attempt at this assignment.")
    if not all(_ended(x, now) for x in theirs):
        raise ControlRefused(f"{name} is still taking the assignment and can carry on with that attempt; "
                             "another one can be given once it is finished or its time is up.")
    allowed = a.options.attempts + db.extra_attempts(database, a.id).get(name.lower(), 0)
    if len(theirs) < allowed:
        raise ControlRefused(f"{name} has not used up their attempts yet ({len(theirs)} of {allowed} used).")
    return db.grant_attempt(database, a.id, teacher_id, name)
