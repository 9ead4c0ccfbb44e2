"""Reading a turn again: afresh, or in part, when the whole turn read in the conversation gets no answer.

No Flask. `Rereading.reread` is tried after the first reply: it returns a better reply, or None to keep the
first. The readings, in order: the turn afresh when it names two years its answer does not set side by side;
the turn afresh when a follow-up is a whole question of its own; each count of "X and Y?" side by side; the
first of two questions in one turn; the question after a visitor's remarks (`conjoined`).
"""
from __future__ import annotations

import re

from . import conjoined, reply as rp
from .followups import whole_question
from .reply import Reply


class Rereading:
    """Mixed into engine.Bot: uses its `answer` and `store`."""
    def reread(self, question: str, u, context: dict, reply: Reply) -> tuple[Reply, dict] | None:
        if u.follow_up and reply.answered and len(years := {str(y) for y in u.reading.years}) >= 2 and reply.statements \
                and not years <= set(re.findall(r"\d{4}", reply.statements[0].text)):  # "how did 2025 compare with 2022 and
            fresh = self.answer(question, None)  # 2023?" after the 10,000: the fact setting those years side by side
            if fresh[0].answered and years <= set(re.findall(r"\d{4}", fresh[0].statements[0].text)):
                return fresh
        if u.follow_up and not reply.answered and (reply.reason in rp.LACKING or reply.reason == "out-of-scope" and context.get("side") != "ukrainian") \
                and whole_question(u, context):  # (not a follow-up still on Ukraine's own soldiers)
            if (fresh := self.answer(question, None))[0].answered:
                return fresh
        not_covered = not reply.answered and reply.reason == "not-covered" \
            and reply.message not in (self.refusals["part-killed"], self.refusals["part-wounded"])  # ("KIA only. Not WIA. Figure?": it stands)
        if (not_covered or conjoined.VERSUS.match(u.text)) and (two := self.both_counts(u.text)):  # "officers and NCOs?"
            return two
        if not_covered:  # "…? what's the cut-off date on that?": the first question; "I was a nurse for forty years. Is it
            last = conjoined.after_remarks(question)  # true some are ill?": the last, unless it asks of the remarks ("…is that so?")
            for part in (conjoined.first_question(u.text), None if last and conjoined.points_back(last) else last):
                if part and (one := self.answer(part, context))[0].answered:
                    return one
        return None

    def both_counts(self, text: str) -> tuple[Reply, dict] | None:
        """"What share were officers and NCOs?": each count alone, side by side, when different facts give them all (conjoined.py)."""
        if not (parts := conjoined.halves(text)):
            return None
        replies = [self.answer(q, None) for q in parts]
        if not all(r.answered for r, _ in replies):
            return None
        said = [r.statements[0] for r, _ in replies]
        topics = [set(self.store.facts[st.fact_id].topics) for st in said]
        if len({st.fact_id for st in said}) < len(said) or not all(t & topics[0] for t in topics[1:]):
            return None  # (two counts of one kind: "officers and generals" is not the General Staff's estimate)
        return Reply(True, rp.BOTH_COUNTS if len(said) == 2 else rp.ALL_COUNTS, said), {**replies[0][1], "facts": [s.fact_id for s in said]}
