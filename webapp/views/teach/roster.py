"""A class list (roster) for an assignment: names the teacher lists, each with a personal code.

With a class list, students join with their personal code instead of typing a name, so nobody can
borrow a classmate's name. Shown on the assignment's page (teach/_roster.html).
"""
from __future__ import annotations

from flask import redirect, render_template, request, url_for

from ... import db
from ...assignments import new_personal_code
from ...identity import clean_display_name, name_skeleton
from . import bp, get_owned_assignment, login_required

MAX_ROSTER = 200


def read_names(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    """(name, skeleton) pairs from one name a line, and the problems (unreadable or repeated names)."""
    names, problems, seen = [], [], set()
    for n, line in enumerate((text or "")[:20000].splitlines(), 1):
        if not line.strip():
            continue
        name = clean_display_name(line)
        if name is None:
            problems.append(f"Line {n}: a name is 1 to 40 characters with at least one letter or digit.")
            continue
        key = name_skeleton(name)
        if key in seen:
            problems.append(f"Line {n}: “{name}” reads the same as a name above it; add an initial to one of them.")
            continue
        seen.add(key)
        names.append((name, key))
    if len(names) > MAX_ROSTER:
        problems.append(f"A class list holds at most {MAX_ROSTER} names.")
    return names, problems


@bp.app_template_global()
def roster_of(assignment_id: int) -> list[dict]:
    return db.get_roster(db.get_db(), assignment_id)


@bp.post("/assignments/<int:assignment_id>/roster")
@login_required
def save_roster(assignment_id: int):
    a = get_owned_assignment(assignment_id)
    typed = request.form.get("names", "")
    names, problems = read_names(typed)
    if problems:
        return render_template("teach/roster_problems.html", a=a, problems=problems, typed=typed[:20000]), 400
    db.set_roster(db.get_db(), a.id, names, new_personal_code)
    return redirect(url_for("teach.assignment", assignment_id=a.id) + "#roster-title", 303)
