"""Reading a turn again: afresh, or in part, when the whole turn read in the conversation gets no answer.

No Flask. `Rereading.reread` is tried after the first reply: it returns a better reply, or None to keep the
first. The readings, in order: the turn afresh when it names two years its answer does not set side by side;
the turn afresh when a follow-up is a whole question of its own; each count of "X and Y?" side by side; the
first of two questions in one turn, or the second when the first only asks whether a view holds; the question after a
visitor's remarks (`conjoined`); the question without what it says again after "i.e." or "aka"; a long turn without the
clauses that ask nothing (`clauses`).
"""
from __future__ import annotations

import re

from . import clauses, conjoined, reply as rp
from .asides import RESTATED
from .followups import whole_question
from .reply import Reply
from .wrapping import there_placed


# a question of its own: what the turn asks is not only whether a claim holds
# the shares of one kind of prisoner: "what about the mobilised and the conscripts?" asks each of them only after another such share
KIND_SHARE = re.compile(r"^(?:rank-and-file|nco|officers|contract|mobilised|conscripts)-")
# and the other shares of all prisoners a kind may be set beside ("what about the foreigners and the criminals?" after the
# mobilised): the foreigners', the criminal records'
OTHER_SHARE = re.compile(r"^(?:foreign-fighters-blog|mercenaries-news|criminal-records)$")
ASKS = re.compile(r"\b(?:what|which|who|whom|whose|when|where|why|how)\b", re.I)


# a turn that puts a claim (a statement), or asks whether one holds ("…Is that correct?", "…right?", read as "is it true that
# …?" when the claim comes first, fronted.py); not "of the
# 10,000, were any from Moscow?", which asks of the figure's men
CLAIM_END = re.compile(r"^is it (?:true|correct|right) |[a-z0-9)'\"][.!]\s*$|\b(?:correct|right|true|accurate|so|fair|wrong|legit|real|verified|backed up|supported|"
                       r"in the (?:sources?|articles?|reports?|blog|news|texts?))\W*$", re.I)


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
        not_covered = not reply.answered and reply.reason == "not-covered"
        if (not_covered or conjoined.VERSUS.match(u.text)) and (two := self.both_counts(u.text, context)):  # "officers and NCOs?"
            return two
        if not_covered and (named := self.by_its_figure(u)) is not None:  # "the 10,000 figure is made up": the figure's facts
            return named
        if not_covered:  # "…? what's the cut-off date on that?": the first question; "I was a nurse for forty years. Is it
            last = conjoined.after_remarks(question)  # true some are ill?": the last, unless it asks of the remarks ("…is that so?")
            # (nor of a place they name: "my son is in Kharkiv. do many surrender THERE?" is asked of Kharkiv, which no fact holds)
            after = None if last and (conjoined.points_back(last) or there_placed(question[:-len(last)], last)) else last
            if (one := self.first_answered((conjoined.first_question(u.text), after, conjoined.second_question(u.text)), context)):
                return one
        if (plain := RESTATED.sub("", question)) != question:  # "what share were contract soldiers, I.E. PAID VOLUNTEERS?": what is
            if (one := self.answer(plain, context))[0].answered:  # asked, without its restatement (whose "paid" had the pay lead),
                return one  # answered or not; read whole when that alone is refused ("the coercion rate, i.e. the share deceived")
        if not reply.answered and reply.reason in rp.LACKING:  # a long turn's question among clauses that ask nothing (clauses.py)
            return self.first_answered(clauses.shorter(question), context)
        return None

    def first_answered(self, parts, context: dict) -> tuple[Reply, dict] | None:
        """The reply to the first of these readings of a turn (None skipped) that is answered, or None."""
        for part in parts:
            if part and (one := self.answer(part, context))[0].answered:
                return one
        return None

    def by_its_figure(self, u) -> tuple[Reply, dict] | None:
        """"The opposing team will say the 10,000 figure is made up.", "The student puts the 1,213,460 casualties down to
        Russia's defence ministry. Is that correct?": no question of its own (a claim, or a claim and a check) but figures,
        not years, that one or two facts carry, and no figure of the visitor's own: those facts, with who gives the figure;
        None otherwise."""
        if u.reading is None or ASKS.search(u.text) or not CLAIM_END.search(u.text):
            return None
        stated = [n for n in u.reading.numbers if n >= 100 and n not in u.reading.years]
        ids = list(dict.fromkeys(i for n in stated for i in self.index.by_number.get(n, ())  # (an article's figure, not one
                                 if any(n in g.numbers and not g.derived for g in self.store.facts[i].figures)))  # Sourced computed)
        if not 1 <= len(ids) <= 2 or not all(n in self.index.by_number for n in stated):  # ("10,000 minus 6,000 leaves 4,000":
            return None  # a figure of the visitor's own is in the claim)
        facts = [self.store.facts[i] for i in ids]
        return self.shown(facts), {"facts": ids}

    def both_counts(self, text: str, context: dict | None = None) -> tuple[Reply, dict] | None:
        """"What share were officers and NCOs?": each count alone, side by side, when different facts give them all (conjoined.py);
        "and what about the mobilised and the conscripts?" after an answer: each asked of it."""
        parts, after = conjoined.halves(text), None
        if not parts and context and context.get("facts") and (parts := conjoined.about_both(text)):
            after = context
        if not parts:
            return None
        replies = [self.answer(q, after) for q in parts]
        if not all(r.answered for r, _ in replies):
            return None
        said = [r.statements[0] for r, _ in replies]
        topics = [set(self.store.facts[st.fact_id].topics) for st in said]
        if after:  # (kinds of the last answer's own: after "were many sick?", "the officers and the conscripts" are no shares;
            # after a criminal-record share or a weekly count, the kinds' shares of all prisoners are not that measure)
            if not KIND_SHARE.match(after["facts"][0]) or not all(KIND_SHARE.match(st.fact_id) or OTHER_SHARE.match(st.fact_id) for st in said):
                return None
            # (the foreigners', the records': shares of all prisoners as well, each of a subject of its own)
            topics = [set(self.store.facts[after["facts"][0]].topics)] + topics if all(KIND_SHARE.match(st.fact_id) for st in said) else []
        if len({st.fact_id for st in said}) < len(said) or topics and not all(t & topics[0] for t in topics[1:]):
            return None  # (two counts of one kind: "officers and generals" is not the General Staff's estimate)
        return Reply(True, rp.BOTH_COUNTS if len(said) == 2 else rp.ALL_COUNTS, said), {**replies[0][1], "facts": [s.fact_id for s in said]}
