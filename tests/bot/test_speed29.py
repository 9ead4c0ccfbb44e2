"""Session 29's speed work, which must change no answer: the bot's long lists of rewrites are skipped where a question
lacks the literal text a rewrite needs (literals.py), the out-of-scope terms are searched only by category when the
question holds one of their first words, and a stated figure is found in the store without looking at every figure near
it. Each skip is exact; these tests say so on every question of the evaluation and tuning sets."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from webapp.bot.asides import ANALOGY
from webapp.bot.causes import READ_REWRITES
from webapp.bot.evaluate import TUNING_FILES, load_items
from webapp.bot.literals import Rewrites, folded, needs
from webapp.bot.normalize import tidy
from webapp.bot.meant import AS_MEANT_REWRITES

QUESTIONS = sorted({tidy(t) for f in TUNING_FILES for i in load_items(f) for t in [i["q"], *i.get("after", [])]})


@pytest.mark.parametrize("pattern, flags, wanted", [
    (r"\b(per|a|each|every) weak\b", 0, {" weak"}),           # the run every match holds, not a choice of four
    (r"(?:captive|prisoner)s? of war", 0, {" of war"}),
    (r"\b(?:sums?|totals?) (?:up )?to\b", 0, {"sum", "total"}),  # one of a choice's strings
    (r"\bin (?:ukrainian|ukraine's) hands\b", 0, {"in ukrain"}),  # (re's parser takes a choice's shared start out)
    (r"\bHANDS UP\b", re.I, {"hands up"}),                    # a pattern ignoring case is compared in lower case
    (r"(?:ab|)c", 0, {"c"}),                                  # a choice with an empty side needs nothing; the rest does
    (r"\w+ing\b", 0, {"ing"}),
    (r"(?:very )?big", 0, {"big"}),                           # an optional part needs nothing
    (r"(?:ha)+", 0, {"ha"}),                                  # a part there at least once is needed
    (r"(?:ha)*", 0, None),                                    # nothing needed: always run
    (r"\b(?:x|)\b", 0, None),
    (r"(a)\1", 0, {"a"}),                                     # a back reference needs no fixed text of its own
])
def test_needs_reads_what_a_match_cannot_lack(pattern, flags, wanted):
    assert needs(re.compile(pattern, flags)) == (None if wanted is None else frozenset(wanted))


def test_a_rewrite_is_not_run_where_it_cannot_apply():
    calls = []

    class Counted:  # a pattern that counts its runs
        def __init__(self, pattern):
            self.rx, self.pattern, self.flags = re.compile(pattern), pattern, re.compile(pattern).flags

        def sub(self, by, text):
            calls.append(self.pattern)
            return self.rx.sub(by, text)

    rewrites = Rewrites([(Counted(r"\bper weak\b"), "per week"), (Counted(r"\bweakly\b"), "weekly")])
    assert rewrites("how many surrender per weak") == "how many surrender per week"
    assert calls == [r"\bper weak\b"]  # "weakly" needs "weakly", which the question lacks
    assert rewrites("how many officers") == "how many officers" and calls == [r"\bper weak\b"]


def test_a_rewrite_sees_what_an_earlier_one_wrote():
    rewrites = Rewrites([(re.compile(r"\bpow\b"), "prisoner of war"), (re.compile(r"\bprisoner of war\b"), "captive")])
    assert rewrites("how is a pow treated") == "how is a captive treated"


def test_letters_that_match_ascii_ones_when_case_is_ignored_are_not_skipped():
    # re.I matches "ı" and "İ" for "i", "ſ" for "s" (and "İ".lower() is two characters); the skip must not miss them.
    # as_meant's rewrites see the question before it is tidied: "İS THAT OFFİCİAL?" is still "is that official?"
    for pattern, text in [(r"\bkilled\b", "kılled"), (r"\bsurrender\b", "ſurrender"), (r"\bofficial\b", "OFFİCİAL")]:
        rx = re.compile(pattern, re.I)
        assert Rewrites([(rx, "X")])(text) == rx.sub("X", text) == "X"
    assert AS_MEANT_REWRITES("İS THAT OFFİCİAL?") != "İS THAT OFFİCİAL?"


def test_a_part_that_ignores_case_in_a_pattern_that_does_not_is_always_run():
    rx = re.compile(r"\bper (?i:weak)\b")
    assert Rewrites([(rx, "per week")])("per WEAK") == "per week"


@pytest.mark.parametrize("rewrites", [READ_REWRITES, AS_MEANT_REWRITES], ids=["read", "as_meant"])
def test_skipping_changes_no_rewritten_question(rewrites):
    # every question (and earlier turn) of the evaluation and tuning sets, rewritten with and without the skips
    def every(t):
        for rx, by, _need, _fold in rewrites.pairs:
            t = rx.sub(by, t)
        return t
    assert len(QUESTIONS) > 2000
    assert [q for q in QUESTIONS if rewrites(q) != every(q)] == []
    # (as_meant's see a question as typed, before it is tidied: in capitals too)
    assert [q for q in QUESTIONS for t in (q.upper(), q.title()) if rewrites(t) != every(t)] == []


def test_out_of_scope_categories_are_found_as_before(bot):
    def every(*texts):  # each category searched, whatever words the texts hold
        for cat, rx, _firsts in bot.scope.rx:
            if any(rx.search(ANALOGY.sub("", x) if cat == "other-wars" else x) for x in texts):
                return cat
        return None
    assert [q for q in QUESTIONS if bot.scope.outside(q) != every(q)] == []
    assert sum(bool(every(q)) for q in QUESTIONS) > 100  # (the sets do ask about things no article covers)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.floats(min_value=0, max_value=2e6, allow_nan=False) | st.sampled_from([10000, 10500, 9600, 83, 0.8, 76, 350]))
def test_a_stated_figure_is_carried_exactly_when_a_near_one_is_found(bot, n):
    assert bot.index.carries(n) == bool(bot.index.near_numbers(n))
