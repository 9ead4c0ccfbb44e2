"""What a reply must say plainly about what was asked, beyond the facts it shows.

No Flask. A mixin of engine.Bot (which owns the store and the refusals). Each rule here reads what the question asks
for and what the facts found can and cannot say about it:
- a part of a combined figure ("how many were KILLED" when the articles count the killed and wounded together): the
  refusal says what the figure covers;
- one article named ("according to the news report…"): the reply says which article gives it and which does not,
  never passing one article's figure off as the other's;
- a computation asked for ("how many square km is 0.8 percent", "what share is not accounted for"): a figure Sourced
  computed leads, not the figure it was computed from;
- how things are in fact ("are the prisoners treated well?") answered by a promise or guarantee: the framing says
  it is a promise reported, not treatment observed;
- what happens to people afterwards: the lead, then facts on other things done to them (an exchange beside a
  guarantee), up to two;
- what a person thinks ("does Putin think money buys obedience?") when no fact quotes him: the author's opinion
  about him, labelled as the author's.
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import reply as rp
from .beyond import years_compared
from .fit import KILLED, WOUNDED, one_half_of
from .followups import FATE, PROMISE, context_after, done_afterwards
from .normalize import TOKEN, read, stem
from .reply import Reply
from .ftsquery import idea_query
from .retrieve import Scored, clears, rank
from .checked import TAG

# asked for a figure worked out from others: the share left over, the total of several, a percentage of an area
COMPUTE_CUE = re.compile(r"\b(?:adds? up|added up|add together|sum|summed|not accounted|unaccounted|remaining|remainder|the rest|"
                         r"left over|leftover|missing|is missing|difference|minus|subtract\w*|works? out|worked out|calculat\w*|in total)\b")
FORMULA_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# "how do you get 5000 sq km out of 0.8 percent?": how a computed figure, named, was arrived at
ARRIVED_AT = re.compile(r"\bhow (?:do|does|did|would|can|could) (?:you|they|one|it|sourced|the app|the bot) (?:get|arrive at|come up with|reach|end up with)\b")
# the size of the whole country asked ("how big is all Ukraine", "Ukraine's total area", "of what total area"): the figure the
# article gives, not an area Sourced computed from a share of it
WHOLE_SIZE = re.compile(r"\b(?:total|whole|entire|overall) (?:area|size)\b|\bhow (?:big|large) is (?:all |the whole of |the whole |"
                        r"the entire )?(?:ukraine|the country)\b|\b(?:ukraine'?s|country'?s) (?:area|size)\b|\b(?:area|size) (?:of|for) "
                        r"(?:all |the whole of )?(?:ukraine|the country)\b|\barea (?:does|do|did) [^?]*\bgive for (?:ukraine|the country)\b")
# "how many square kilometres is…", "how much land in km": the unit asked for
UNIT_ASKED = re.compile(r"\bhow (?:many|much|big|large)\b[^?]*?\b(square|sq|km|kms|km2|kilomet\w*|miles)\b|\bin (?:square |sq )?(?:km|kilomet\w*)\b")
# arithmetic asked on figures: "that leaves about 4,000", "what's 7% of 10,000", "10,000 minus 6,000", "603,550 sq km in square
# miles"; answered only by a figure Sourced computed from those numbers, never by the bot's own sums
# ("killed-plus-wounded", "KIA plus WIA": one figure counted in two words, no sum; "10,000 plus 6,000", "10k plus" are)
ARITH = re.compile(r"\b(?:leaves?|leaving|minus|multiplied|divided|subtract\w*|take away|that makes|works? out|add(?:ed)? to)\b"
                   r"|(?:(?<![a-z][ -])|(?<=\d[km][ -]))\bplus\b|\bplus(?=[ -]\d)"
                   r"|\d\s*(?:times|x)\s*\d|\d\s+[-−]\s+\d|\d\s*[+×*/]\s*\d|\d[\d,.]*\s*(?:%|percent|per cent) of (?:the )?\d|\bin (?:square |sq )?(?:miles|acres|hectares)\b")
# "ninety a week means nearly five thousand a year?", "so 60 a day is 1,800 a month": one period's figure carried to another,
# a sum of the bot's own (stated numbers needed, as for ARITH)
PERIOD_SUM = re.compile(r"\b(?:a|per|each|every) (?:week|day|month)\b[^?.;]{0,20}?\b(?:means?|meaning|makes?|comes? to|equals?|gives?|is|=)\b"
                        r"[^?.;]{0,40}?\b(?:a|per|each|every|in a|in one) (?:year|month|week)\b")
# asked how things are in fact: "are they treated well", "how are they treated", "what are conditions like"
IN_FACT = re.compile(r"\b(?:treated|treating|treat them|looked after|conditions?|abused?|tortured?|mistreat\w*|fed|feed|humane\w*|"
                     r"well|badly|fairly|properly|actually|really|get|gets|getting|receive\w*|given)\b")
# "does Putin THINK…", "does the Kremlin BELIEVE…": what someone holds, which the author's view of him may answer
THINKS = re.compile(r"^(?:does|do|did) (?:the )?[a-z' -]{1,40}? (?:think|thinks|believe|believes|expect|feel|reckon|hope)\b")
YES_NO = re.compile(r"^(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b")
# "what about the year before?", "and the previous year?", "the year after?": a year from the last answer's
YEAR_AROUND = re.compile(r"\bthe (?:year (before|after|prior)|(previous|next|following) year)\b")
# "were most captured IN LUHANSK?", "any NEAR KHARKIV?": a place after a preposition of place
AT_PLACE = re.compile(r"\b(?:in|near|around|outside|at|from|towards?) (?:the )?([a-z'-]+)(?= (?:region|oblast|province|area|city|town|district)\b|\W*$|\W*\?| or\b| and\b|,)")
MOST = re.compile(r"\b(?:most|largest|biggest|main(?:ly)?|mostly)\b")
# the words naming an article ("according to the news report", "in the blog post"), which favour its facts' wording
NAMING = re.compile(r"\b(?:(?:according|acc) to |in |by )?(?:the )?(?:news|blog)\w*(?: (?:report|post|article|piece|story|site))?\b|\b(?:report|article)\b")
# a fact saying its article counts none ("it gives no exact count"), not one saying it names no source ("does not say who")
NO_COUNT = re.compile(r"\bgives? no (?:exact |precise )?(?:count|figure|number|share|total)\b")
# a fact saying its article gives no figure for the thing
GIVES_NONE = re.compile(r"\bgives? no\b|\bno (?:share|figure|number|count)\b|\bdoes not (?:give|say)\b")


class Asked:
    def part_of_combined(self, u, related: list[str]) -> tuple[str, list[str]] | None:
        """"How many Russians were killed in 2025?": the articles give the killed and wounded as one figure. The
        refusal's key and the combined facts (first) when a count asks for one half of such a figure."""
        if u.qtype not in ("how_many", "share"):
            return None
        text = u.reading.text
        halves = [i for i in related if one_half_of(self.store.facts[i], text)]
        if not halves:
            return None
        why = "part-killed" if KILLED.search(text) and not WOUNDED.search(text) else "part-wounded"
        return why, halves

    def the_named(self, u) -> list[str]:
        named = self.named_sources(u.reading.text) if u.qtype not in ("agree", "source") else []
        return named if len(named) == 1 and len(self.store.sources) > 1 else []

    def named_lacks(self, u, ranked: list) -> tuple | None:
        """"According to the news report, how many were captured by the end of 2025?": when no fact of the article named
        answers but one of the other article does, say so and show the other's, never as the named one's."""
        named = self.the_named(u)
        if not named or YES_NO.match(u.reading.text) or TAG.search(u.text):  # "does the news report say…?": a check,
            return None  # which the fact giving it answers, its own article named in it
        fits = [s for s in ranked if clears(s, self.min_coverage, self.min_score)
                and rp.answers_a_figure_question(self.store.facts[s.fact_id], u.qtype)]
        if fits and any(self.cites(s.fact_id, named) for s in fits):
            fits = self.only_elsewhere(u, named, fits)  # the named article's are neighbours ("how many captured": handed back)
        if not fits or any(self.cites(s.fact_id, named) for s in fits):
            return None
        if fits[0].coverage < max(s.coverage for s in ranked):
            return None
        other = [s.fact_id for s in fits][:rp.MAX_RELATED]
        return named[0], other

    def only_elsewhere(self, u, named: list[str], fits: list) -> list:
        """A count asked of one article ("according to the news report, how many have been captured?") that, the article
        unnamed, a figure of the other article answers, with no version in the named one (no fact it conflicts with there):
        that figure, which the named article's facts only neighbour (the POWs handed back, a share of the prisoners)."""
        if u.follow_up or u.qtype not in ("how_many", "share") or any(
                NO_COUNT.search(self.store.facts[s.fact_id].statement) for s in fits if self.cites(s.fact_id, named)):
            return []  # (the named article's own word that it gives no figure answers: "it gives no exact count")
        unnamed = replace(u.reading, text=NAMING.sub(" ", u.reading.text))
        ranked = rank(self.index, self.search, u.ideas, u.qtype, unnamed, u.prev_topics, u.other_side, self.min_coverage)
        best = ranked[0] if ranked else None
        if not clears(best, self.min_coverage, self.min_score) or self.cites(best.fact_id, named):
            return []
        f = self.store.facts[best.fact_id]
        versions = [c.fact for c in f.conflicts_with if c.fact in self.store.facts]
        if f.kind != "figure" or any(self.cites(v, named) for v in versions) or not rp.answers_a_figure_question(f, u.qtype):
            return []
        return [best]

    def named_refusal(self, named: str, other: list[str]):
        label = self.store.sources[named].label
        others = sorted({self.store.sources[c.source_id].label for i in other for c in self.store.facts[i].citations})
        message = f"{label[0].upper()}{label[1:]} does not report that; {' and '.join(others)} does:"
        reply = self.refuse("other-article", "not-covered", other)  # covered, by the other article: not a question to log
        reply.message = message
        return reply

    def named_framing(self, u, facts: list) -> str | None:
        """"What share were conscripts according to the blog post?": the blog's fact says it gives no share, the news
        report's gives one; the framing says which article gives it."""
        named = self.the_named(u)
        if named and not any(self.cites(f.id, named) for f in facts) and len(self.store.sources) == 2:
            # "does the blog mention Donetsk?": only the other article does
            label = self.store.sources[named[0]].label
            other = sorted({self.store.sources[c.source_id].label for f in facts for c in f.citations})
            return f"{label[0].upper()}{label[1:]} does not report that; {' and '.join(other)} does:"
        if not named or len(facts) < 2 or not self.cites(facts[0].id, named):
            return None
        others = [f for f in facts[1:] if not self.cites(f.id, named)]
        # (a figure the article gives itself is one: "7%… it does not say who identified them" gives a figure)
        if not others or not GIVES_NONE.search(facts[0].statement) or any(g.numbers and not g.derived for g in facts[0].figures):
            return None
        label = self.store.sources[named[0]].label
        other = sorted({self.store.sources[c.source_id].label for f in others for c in f.citations})
        return f"{label[0].upper()}{label[1:]} gives no figure for that; {' and '.join(other)} does. Here they are side by side:"

    def places_instead(self, u, ranked: list) -> list[str]:
        """"Were most captured in Luhansk?": a place no fact names is refused, offering the facts on where the articles
        do place them (where most were first when most is asked), not nothing."""
        text = u.reading.text
        unheard = [m.group(1) for m in AT_PLACE.finditer(text)
                   if not any(self.index.df[e] for e in self.lex.expand(stem(m.group(1).removesuffix("'s"))))]
        if not unheard:
            return []
        where = [s.fact_id for s in ranked if s.coverage > 0 and "geography" in self.store.facts[s.fact_id].topics
                 and self.store.facts[s.fact_id].kind != "opinion"]
        if MOST.search(text):
            where.sort(key=lambda i: not MOST.search(self.store.facts[i].statement.lower()))
        return where[:rp.MAX_RELATED]

    def undated(self, reply: Reply, after: dict) -> tuple[Reply, dict]:
        """"Were there any exchanges in 2022?": the year was set aside to check it against the fact's own date, and the
        fact found gives no date at all, so it cannot say yes or no for that year: refused, offering it."""
        lead = self.store.facts[reply.statements[0].fact_id] if reply.answered and reply.statements else None
        dated = lead is None or any(self.index.fact_years.get(i) for i in [lead.id] + [j for g in lead.figures for j in g.from_facts])
        if not dated:  # (a figure Sourced computed is dated by the facts it was computed from)
            return self.refuse("not-covered", "undated", [s.fact_id for s in reply.statements]), after
        return reply, after

    def unnamed_kind(self, u, central: bool, ranked: list) -> tuple[Reply | None, list]:
        """A question naming a thing no fact names, of a kind some fact speaks of: refused when it is all the question
        asks about ("was Wagner one of them?") or its subject; named in passing, only a fact on its kind answers."""
        kind = self.kinds_instead(u)
        if kind is None:
            return None, ranked
        if not central and not set(u.reading.words) <= kind[0] and (on_kind := [s for s in ranked if s.fact_id in kind[1]]):
            return None, on_kind
        reply = self.refuse("not-covered", "unnamed", kind[1])
        reply.message = reply.message.format(name=kind[2].title(), kind=kind[3])  # "The articles do not name Wagner; …"
        return reply, ranked

    def kinds_instead(self, u) -> tuple[set[str], list[str], str, str] | None:
        """"Can they surrender over Telegram?", "was Wagner one of them?": a named thing no fact names, of a kind some
        fact speaks of (the lexicon's `kinds`): its words, and the facts on that kind to offer; None when none is named.
        (Named in passing, "do they reach it by phone, telegram or what?", it leaves the question to the other rules.)"""
        text = f" {u.reading.text} "
        for kind, names in self.store.lexicon.kinds.items():
            if named := [n for n in names if f" {n} " in text and not self.index.df[stem(n)]]:
                query = " AND ".join(q for c in read(kind, self.lex).concepts if (q := idea_query(c)))  # facts holding the kind
                hits = self.search(query, rp.MAX_RELATED * 3)
                said = {stem(w) for w in kind.split()}  # in the fact's own words, not a synonym's ("contact" is no messenger)
                shown = named[0] + "s" if named[0] + "s" in names else named[0]  # "North Koreans", not "North Korean"
                return set(named[0].split()), [fid for fid, _ in hits if self.store.facts[fid].kind != "opinion" and said <=
                                               {stem(w) for w in TOKEN.findall(self.store.facts[fid].statement.lower())}][:rp.MAX_RELATED], shown, kind
        return None

    def computed_first(self, u, ranked: list) -> list:
        """A figure Sourced computed leads when the question asks for that computation: it states one of the numbers
        computed from and asks for the computed unit, or asks what is left over / what they add up to."""
        if not ranked:
            return ranked
        text, top = u.reading.text, ranked[0].coverage
        if WHOLE_SIZE.search(text):  # (a stable sort: the facts giving the article's own figure first)
            return sorted(ranked, key=lambda s: any(g.derived for g in self.store.facts[s.fact_id].figures))
        stated = {n for n in u.reading.numbers if n not in u.reading.years}
        for s in ranked[:6]:
            f = self.store.facts[s.fact_id]
            derived = [g for g in f.figures if g.derived and g.formula]
            if not derived or s.coverage < top:
                continue
            operands = {float(x) for g in derived for x in FORMULA_NUMBER.findall(g.formula)} - {100.0}
            unit = any(g.unit not in ("percent", "fraction") for g in derived) and UNIT_ASKED.search(text)
            if (stated & operands and (unit or COMPUTE_CUE.search(text))) or (COMPUTE_CUE.search(text) and not stated) \
                    or ARRIVED_AT.search(text) and stated & {n for g in derived for n in g.numbers}:
                if unit and u.qtype == "share":
                    u.qtype = "how_many"  # "how many square km is 0.8 percent": an area, not a share
                return [s] + [x for x in ranked if x is not s]
        return ranked

    def promise_framing(self, u, facts: list) -> str | None:
        """"Are the prisoners treated well?" answered by a guarantee: a promise reported, not treatment observed."""
        lead = facts[0]
        # the statement leads with the promise ("Ukraine guarantees…"), not a promise among other things ("pay…, and promises of…")
        # ("instead of the roles they were promised, they were sent…": what was done instead, a promise broken)
        head = " ".join(lead.statement.lower().split()[:10])
        if lead.kind == "opinion" or not PROMISE.search(head) or "instead of" in head or PROMISE.search(u.reading.text):
            return None
        if not IN_FACT.search(u.reading.text):
            return None
        label = self.store.sources[lead.citations[0].source_id].label
        return (f"{label[0].upper()}{label[1:]} reports a promise, not how things turn out in practice: the articles do "
                "not report how it is kept. Here is what is promised:")

    def afterwards(self, u, ranked: list, chosen: list[str]) -> list[str]:
        """"What happens to them after they surrender?": beside the lead, facts on other things done to them afterwards
        (an exchange beside a guarantee), at most two."""
        if not FATE.search(u.reading.text) or len(chosen) >= rp.MAX_STATEMENTS:
            return chosen
        seen = set(self.store.facts[chosen[0]].topics)
        for s in ranked[1:]:
            f = self.store.facts[s.fact_id]
            if len(chosen) >= rp.MAX_STATEMENTS:
                break
            if s.fact_id in chosen or f.kind == "opinion" or set(f.topics) & seen or not clears(s, self.min_coverage, self.min_score):
                continue
            if done_afterwards(f):  # (in the statement's own lower-case words, not a name)
                chosen.append(s.fact_id)
        return chosen

    def view_of_speaker(self, u, before: list, speaker) -> list:
        """"Does Putin think money buys obedience?": no fact quotes Putin, but the author's opinion of what he counts on
        answers, labelled as the author's; "what does X SAY" still needs X as the claimant."""
        ideas, sources = speaker
        if sources or not ideas or not THINKS.search(u.reading.text):
            return []
        return [s for s in before if self.store.facts[s.fact_id].kind == "opinion"
                and self.index.holds_all(s.fact_id, ideas)]

    def speaker_framing(self, u, facts: list) -> str | None:
        """The framing of the author's view of someone asked what he thinks: no article quotes him on it."""
        speaker = self.speaker(u.reading.text) if THINKS.search(u.reading.text) else None
        lead = facts[0]
        if not speaker or not speaker[0] or lead.kind != "opinion" or self.said_by(lead.id, speaker):
            return None
        words = re.findall(r"[A-Z][\w'-]*", lead.statement)
        name = next((w for w in words if any(stem(w.lower()) in idea for idea in speaker[0])), "them")
        return f"No article quotes {name} on this; this is an opinion of {rp.author_of(self.store, lead)} about {name}, not a reported fact:"

    def answer_with(self, u, ranked: list) -> tuple:
        """The reply for facts that answer: the lead, what it conflicts with, supporting facts; the framing says what
        the question needs said (one article named, a promise, someone's view reported by another)."""
        chosen = self.afterwards(u, ranked, rp.choose(self.store, ranked, u.qtype))
        facts = [self.store.facts[i] for i in chosen]
        context = context_after(facts, [sorted(c) for c in u.ideas], u.qtype)
        message = self.named_framing(u, facts) or self.promise_framing(u, facts) or self.speaker_framing(u, facts) \
            or self.lead_in(u, facts)
        return Reply(True, message, [self.statement(x) for x in facts]), context

    def sum_asked(self, u, ranked: list):
        """"If 10,000 were captured and 6,000 sent back, that leaves 4,000, right?": arithmetic on the articles' figures is
        refused, offering the facts that give those figures, unless a figure Sourced computed from them leads."""
        stated = {n for n in u.reading.numbers if n not in u.reading.years}
        if not stated:
            return None
        # "83 + 13 + 3 is not 100, where is the other 1?": two or more of the numbers a computed figure was worked out from
        asks_sum = ARITH.search(u.text.lower()) or COMPUTE_CUE.search(u.reading.text)
        worked = [fid for fid, operands in self.computed_figures() if len(operands & stated) >= 2] if asks_sum else []
        if worked:
            return self.answer_with(u, [Scored(worked[0], 1.0, 1.0)])[0]
        if not (ARITH.search(u.text.lower()) or PERIOD_SUM.search(u.text.lower())) or stated <= {100}:  # "do the shares add to 100?": the whole, no sum of the bot's
            return None
        lead = self.store.facts[ranked[0].fact_id] if ranked else None
        if lead and any(g.derived and g.formula and {float(x) for x in FORMULA_NUMBER.findall(g.formula)} & stated for g in lead.figures):
            return None
        given = [s.fact_id for s in ranked if any(n in stated for g in self.store.facts[s.fact_id].figures for n in g.numbers)]
        given = given or [i for n in sorted(stated) for x in self.index.near_numbers(n) for i in self.index.by_number[x]]
        given = list(dict.fromkeys(given + [s.fact_id for s in ranked[:1]]))
        return self.refuse("not-covered", "no-sum" if given else "no-sum-bare", given)

    def year_before(self, text: str, context: dict) -> int | None:
        """The year a follow-up means by "the year before" / "the year after": one from the last answer's year."""
        m = YEAR_AROUND.search(text) if not re.search(r"\b(?:than|more|less|fewer|compared|higher|lower)\b", text) else None
        last = self.store.facts.get((context.get("facts") or [""])[0])
        years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", last.statement)] if m and last else \
            list(context.get("years", [])) if m else []  # (after a refused question on one year: that year)
        if not years:
            return None
        return max(years) - 1 if m.group(1) in ("before", "previous", "prior") else max(years) + 1

    def year_carried(self, u, context: dict) -> int | None:
        """"And at what cost in men?" after Russia's land taken DURING 2025: a count asked with no year after an answer on
        one year's events is a count for that year (the year a total runs to, "by the end of 2025", is not one)."""
        last = self.store.facts.get((context.get("facts") or [""])[0])
        if not last or u.qtype != "how_many" or not u.follow_up or re.search(r"\b(?:total|overall|all|since|altogether|ever)\b", u.reading.text) \
                or self.index.holds_all(last.id, u.ideas):  # (a total, or more of the last answer's own count)
            return None
        years = set(re.findall(r"\b(?:during|in) ((?:19|20)\d\d)\b(?! and)", last.statement))
        return int(years.pop()) if len(years) == 1 and len(set(re.findall(r"\b(?:19|20)\d\d\b", last.statement))) == 1 else None

    def computed_figures(self) -> list[tuple[str, set[float]]]:
        """The facts with a figure Sourced computed, and the numbers each was computed from (found once per bot)."""
        if getattr(self, "_computed", None) is None:
            self._computed = [(f.id, {float(x) for g in f.figures if g.derived and g.formula for x in FORMULA_NUMBER.findall(g.formula)} - {100.0})
                              for f in self.store.facts.values() if any(g.derived and g.formula for g in f.figures)]
        return self._computed

    def offered(self, u, ranked: list, money: set[str]) -> list[str]:
        """The related facts a refusal would offer: for a trend in one year, the facts comparing years ("did surrenders go
        up in 2024?"); for a sum of money, the facts that speak of pay ("how much is a contract soldier paid?")."""
        if years_compared(u):
            return self.trends[:rp.MAX_RELATED]
        related = self.related(ranked)
        if money:
            related = list(dict.fromkeys([s.fact_id for s in ranked if s.coverage > 0 and money & self.index.counted_stems(s.fact_id)
                                          and self.store.facts[s.fact_id].kind != "opinion"] + related))
        return related[:rp.MAX_RELATED]

    def in_years(self, years: set[int], context: dict) -> list[str]:
        """Facts on the last answer's topics that do report the year a follow-up asked about."""
        topics, shown = set(context.get("topics", ())), set(context.get("facts", ()))
        return [f.id for f in self.store.facts.values() if f.id not in shown and f.kind != "opinion"
                and topics & set(f.topics) and any(str(y) in f.statement for y in years)]
