"""Session 30's speed mend: a list of rewrites none of whose patterns ignores case never folds the question's case."""
from __future__ import annotations

import re

from webapp.bot import literals
from webapp.bot.causes import READ_REWRITES
from webapp.bot.literals import Rewrites


def test_a_list_that_minds_case_never_folds_the_text(monkeypatch):
    def refuse(_text):
        raise AssertionError("folded")
    monkeypatch.setattr(literals, "folded", refuse)
    minds = Rewrites([(re.compile(r"\bper weak\b"), "per week"), (re.compile(r"\bweakly\b"), "weekly")])
    assert minds("how many surrender per weak, weakly?") == "how many surrender per week, weekly?"
    assert not READ_REWRITES.folds  # the list every question passes through minds case throughout


def test_a_list_with_a_case_blind_pattern_still_folds():
    blind = Rewrites([(re.compile(r"\bper weak\b"), "per week"), (re.compile(r"\bweakly\b", re.I), "weekly")])
    assert blind.folds and blind("per weak, WEAKLY") == "per week, weekly"
