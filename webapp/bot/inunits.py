"""The last answer's figure in other terms: another unit or period ("in km?", "per year?"), or the sum Sourced
worked out from it ("and the rest?").

No Flask. A mixin of lastanswer.LastAnswer (engine.Bot owns the store, the computed facts and refusals). The bot
does no arithmetic of its own: a computed fact in content/ gives the figure, or the reply says none does.
"""
from __future__ import annotations

import re

from ..schemas import Fact
from .courtesy import PURPOSE
from .otherunits import CONVERT, unit_word
from .reply import Reply

# "rest?", "what's left over?", "does it add up?" after a share: the sum Sourced worked out from it
LEFT_OVER = re.compile(r"^(?:and |so |ok |but )?(?:what about |and what about )?(?:the )?(?:rest|remainder|remaining \w+|what'?s left(?: over)?"
                       r"|left ?over|the missing \w+|sum|total of (?:them|those|the shares)|(?:does|do) (?:it|that|they|those) add up"
                       r"|what (?:does|do) (?:it|they|those) add up to)(?: then| though)?(?:,? (?:it|they|that) (?:doesn'?t|don'?t|does not|do not) add(?: up)?(?: to (?:100|a hundred)(?: percent)?)?)?\W*$")


class InUnits:
    """Mixed into lastanswer.LastAnswer: uses the bot's `store`, `derived_from`, `index`, `alone` (lastanswer) and `refuse`."""
    def in_other_terms(self, text: str, last: Fact) -> Reply | None:
        """The last answer's figure in another unit or period ("in km?", "so how many is that per year?"), or the sum
        Sourced worked out from it ("rest?"): a computed fact, the last one when it already gives that unit, or a refusal
        (the bot does no arithmetic of its own)."""
        text = PURPOSE.sub("", text) or text  # ("in km, how much is that, for listeners who can't picture percentages?": no percent asked)
        versions = [last.id] + [c.fact for c in last.conflicts_with]  # (after the blog's share: the sum from the news report's)
        if LEFT_OVER.match(text) and (done := [self.store.facts[i] for v in versions for i in self.derived_from.get(v, ())]):
            # "rest?", "and what's left over?" after a share: the sum Sourced worked out from it, or from the other article's version
            return self.alone(done[0])
        if CONVERT.match(text) and unit_word(text) == "percent" and self.in_unit(last, "percent"):  # "as a percentage?" after one
            return self.alone(last)
        if CONVERT.match(text) and (done := self.converted(last, unit_word(text))):
            return self.alone(done)
        if CONVERT.match(text) and not self.in_unit(last, (unit := unit_word(text))):  # "in square miles?": no fact gives it,
            # and the bot does no arithmetic of its own; "per year?" after a running total: a one-year figure it links to is offered
            units = {g.unit for g in last.figures if g.numbers}  # (the same count, for one year: 2025's losses after the total)
            # "per week??" after the 10,000 captured: a fact it links to counting the same per week answers (the weekly average)
            per = [f for i in last.related if unit in ("week", "month", "day") and (f := self.store.facts.get(i)) and self.in_unit(f, unit)
                   and any(u in g.unit for u in units for g in f.figures if g.numbers)]
            if per:
                return self.alone(per[0])
            of_one = [i for i in last.related if i in self.store.facts and unit == "year" and self.index.fact_years.get(i)
                      and units & {g.unit for g in self.store.facts[i].figures}]
            return self.refuse("not-covered", "no-sum", [last.id, *of_one])
        return None

    @staticmethod
    def in_unit(f: Fact, unit: str) -> bool:
        """Whether a fact already gives its figure in the unit asked ("as a percentage?" after a share)."""
        if unit in ("year", "month", "day", "week"):
            return bool(re.search(rf"\b{'dai' if unit == 'day' else unit}", f.statement.lower()))
        return any((unit in g.unit) if unit else "percent" not in g.unit and g.numbers for g in f.figures)

    def converted(self, last: Fact, unit: str) -> Fact | None:
        """A figure Sourced computed from the last answer's, in the unit asked ("in km?": 0.8 percent of Ukraine's area)."""
        for fid in self.derived_from.get(last.id, ()):
            f = self.store.facts[fid]
            if any((unit in g.unit) if unit else "percent" not in g.unit for g in f.figures if g.derived):
                return f
        return None
