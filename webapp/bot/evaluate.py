"""Score the bot on an evaluation set, beside a plain baseline (FTS5 bm25 top-1, fixed cut-off).

No Flask. Four figures per system:
- answer accuracy: of the items that expect facts, the share whose reply is answered and LEADS with
  an expected fact (its first statement, the direct answer): a fact on a neighbouring subject
  further down does not count;
- correct-refusal rate: of the items that expect a refusal, the share refused;
- follow-ups right: of the items asked after earlier questions (`after`: one, or a list in order), how many got the right
  outcome (either kind);
- unsupported statements: statements whose fact is missing, that have no citation, or whose text
  holds a number the fact does not carry (must be 0).

Two sets are scored the same way: the tuning set (tests/bot/eval.yaml) and, when it exists, a
held-out set written by someone who never saw the bot's rules (tests/bot/heldout.yaml).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..facts import Store
from ..numbers import same
from . import about
from .engine import Bot, Reply, Statement
from .normalize import TOKEN, tidy

EVAL_FILE = Path(__file__).resolve().parents[2] / "tests" / "bot" / "eval.yaml"
HELDOUT_FILE = EVAL_FILE.with_name("heldout.yaml")
# the tuning material: the first set and six more written blind (A students, B adults in session 5;
# C adults, D students in session 6; E learners of English and sceptics, F students, listeners and
# parents in session 7; G teachers, fact-checkers and sceptics on the sources, H fast typists, learners
# of English and dictation in session 8; J school students revising and K adults in session 9; … Y learners of
# English, dictation, a sourcing seminar, a librarian, a grandparent and a sceptic in session 15; Z a history teacher, a debate club,
# a podcast host, a phone typist, a retired reader and a sceptic in session 17; … AF a history teacher comparing the
# articles, a debate club, a soldier's relative, a social-media visitor, a fact-checker and a long chatter, AG an essay
# writer, a learner of English, a local journalist, a teenage gamer, a retired soldier and a primary teacher in session 25;
# AH a sceptic arguing from premises, a rambling grandparent, a human-rights worker, a numbers person, a German, French or
# Ukrainian speaker's English and a student dictating in a group chat in session 26),
# each scored before it was tuned on
TUNING_FILES = [EVAL_FILE] + [EVAL_FILE.with_name(f"tuning-{x}.yaml") for x in [*"abcdefghjklmoprsuvwxyz", "aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak", "al", "am", "an", "ao", "ap", "aq", "ar", "as", "at", "au", "av", "aw", "ax", "ay", "az", "ba", "bb", "bc"]]
BASELINE_CUTOFF = -1.0  # bm25 below this (more negative is better) counts as an answer


@dataclass
class Result:
    name: str
    answered_ok: int = 0
    answer_items: int = 0
    refused_ok: int = 0
    refuse_items: int = 0
    unsupported: int = 0
    followups_ok: int = 0
    followup_items: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.answered_ok / self.answer_items if self.answer_items else 1.0

    @property
    def refusal_rate(self) -> float:
        return self.refused_ok / self.refuse_items if self.refuse_items else 1.0


def load_items(path: Path = EVAL_FILE) -> list[dict]:
    return yaml.safe_load(Path(path).read_text())["items"]


def turns_before(item: dict) -> list[str]:
    """The questions asked before an item's own, in order: `after` is one question or a list (a longer conversation)."""
    after = item.get("after") or []
    return [after] if isinstance(after, str) else list(after)


def unsupported(st: Statement, store: Store) -> bool:
    if (source := about.sid(st.fact_id)) is not None:  # from an article's own record, word for word
        return source not in store.sources or st.text not in about.statements(store, source)
    f = store.facts.get(st.fact_id)
    if f is None or not st.citations:
        return True
    carried = [n for g in f.figures for n in g.numbers]
    for m in re.finditer(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", st.text):
        n = float(m.group(0).replace(",", ""))
        if not any(same(n, c) for c in carried) and m.group(0) not in f.statement:
            return True
    return st.text != f.statement


def right(item: dict, reply: Reply) -> bool:
    """Strict: an answerable item is right only when the reply's lead statement is an expected fact."""
    if item.get("refuse"):
        return not reply.answered
    if not reply.answered:
        return bool(item.get("or_refuse"))
    return bool(reply.statements) and reply.statements[0].fact_id in item["expect"]


def score_reply(res: Result, item: dict, reply: Reply, store: Store) -> None:
    res.unsupported += sum(unsupported(s, store) for s in reply.statements + reply.related)
    ok = right(item, reply)
    if item.get("after"):
        res.followup_items += 1
        res.followups_ok += ok
    got = [s.fact_id for s in reply.statements]
    if item.get("refuse"):
        res.refuse_items += 1
        res.refused_ok += ok
        if not ok:
            res.misses.append(f"answered, should refuse: {item['q']!r} → {got}")
    else:
        res.answer_items += 1
        res.answered_ok += ok
        if not ok:
            res.misses.append(f"{'wrong lead' if reply.answered else 'refused'}: {item['q']!r} → {got} "
                              f"(expected one of {item['expect']})")


def evaluate_bot(bot: Bot, items: list[dict]) -> Result:
    res = Result("bot (rules)")
    for item in items:
        context = None
        for earlier in turns_before(item):  # `after`: one earlier question, or a list of them in order
            _, context = bot.answer(earlier, context)
        reply, _ = bot.answer(item["q"], context)
        score_reply(res, item, reply, bot.store)
    return res


def baseline_reply(bot: Bot, question: str) -> Reply:
    """FTS5 bm25 top-1 over the question's words, no rules, a fixed cut-off."""
    words = [w for w in TOKEN.findall(tidy(question)) if w.isalpha()][:20]
    hits = bot.search(" OR ".join(f'"{w}"' for w in words), 1) if words else []
    if hits and hits[0][1] <= BASELINE_CUTOFF:
        return Reply(True, "", [bot.statement(bot.store.facts[hits[0][0]])])
    return Reply(False, "")


def evaluate_baseline(bot: Bot, items: list[dict]) -> Result:
    res = Result("baseline (bm25 top-1)")
    for item in items:
        q = " ".join(turns_before(item) + [item["q"]])
        score_reply(res, item, baseline_reply(bot, q), bot.store)
    return res
