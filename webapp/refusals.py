"""A refusal with a reason: what attempts and live sessions raise when they can't do what was asked.

No Flask here. Each kind lists its reasons and the sentence a student reads for each; views map a
reason to an HTTP status.
"""
from __future__ import annotations


class Refused(Exception):
    """Something that can't be done now; `reason` is a key of the subclass's MESSAGES."""

    MESSAGES: dict[str, str] = {}

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(self.MESSAGES[reason])
