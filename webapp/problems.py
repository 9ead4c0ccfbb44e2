"""What a content check reports: one Problem per defect, and the error that keeps bad content from being served."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    file: str
    record: str
    field: str
    message: str

    def __str__(self) -> str:
        where = " › ".join(p for p in (self.file, self.record, self.field) if p)
        return f"{where}: {self.message}"


class ContentError(Exception):
    """Content that must not be served. `problems` lists each one."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in content:\n" + "\n".join(f"  - {p}" for p in problems))
