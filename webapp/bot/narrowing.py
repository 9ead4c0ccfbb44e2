"""Narrowing: which of the ranked facts answer the question asked, not a neighbouring one.

No Flask. A mixin of engine.Bot (which owns the store, the lexicon and the index). It owns the filters that run on the
ranked facts before a reply is made: who a "what does X say / X's view" question asks about and whether a fact is theirs,
what a yes/no or "who is the head of X" question focuses on, what a count counts (with counting.py) and for which period,
place or year, whether a fact states what was said or promised rather than naming it, and how a follow-up narrows to the
last answer's place, person or year.
"""
from __future__ import annotations

import re

from ..numbers import same
from .aroundwords import COUNT_WORDS
from .asked import YES_NO
from .beyond import ANY_OTHER, COMPARES_PERIODS, EXTREME, PROMISE_ASKED, gives_content, group_asked, names_none, years_compared
from .normalize import STOP_FORMS, STOP_STEMS, STOPWORDS, TOKEN, stem
from .fit import PEOPLE_UNITS, count_fits, gives_no_reason
from .retrieve import Scored, unit_fits
from .subject import (ABSOLUTE, ALONE, AVERAGE, BY_THEN, DIED_HELD, DISTANCE, EXCLUDED, FIGURE_PASSIVE, FOUNDED, GIVEN_WHAT, HEAD_OF, HELD_NOW,
                      HELD_WHERE, KINDS_USED, LIST_NOUN, NAMES_LIST, NEVER_GIVEN, OWNED, PASSIVE_ASKED, PERSON, THERE, WEEK, WHEN_WAS, YES_NO_VERB, doer_unnamed, left_out_rx,
                      side_not_named, surname)
from .weights import commonness, only_verb

# a plural noun named as the members asked for ("which COUNTRIES", "what NATIONS"), not a verb ("which SAYS") or "which ones",
# nor the captured men as a class ("which SOLDIERS were sent into drone zones?": what kind, which a fact names otherwise,
# "such recruits", "vulnerable people")
PLURAL_NOUN = re.compile(r"(?!(?:says|does|has|was|is|ones|sides|this|its|percentages|figures|numbers|soldiers|prisoners|troops|russians|captives"
                         r"|recruits|fighters|conscripts|convicts|inmates|individuals|persons|guys|servicemembers)$)[a-z]{3,}[^su]s")
NAMES_NOBODY = re.compile(r"\b(?:no account of|names? (?:no one|nobody|none|anyone))\b")
MEMBERS_ASKED = re.compile(r"(?: (?:are|were|do|did|have|had)\b|\W*$)")  # ("which countries ARE they from?", "which units?")

# "does the blog MENTION Geneva?", "which article REFERS TO Kursk?": whether a word is there at all
SIDE_STEM = re.compile(r"(?:russia|ukrain|kyiv|moscow|kremlin)")
# what happens to the men after a swap (sent to fight again, wounded, dying), past the swap itself
AFTER_SWAP = re.compile(r"\b(?:fight\w*|front|again|wounded|injured|sick|unhurt|healthy|die|died|dies|dying|vanish\w*)\b")
MENTION = re.compile(r"\b(?:mention|mentions|mentioned|mentioning|refer to|refers to|referred to|bring up|brings up|brought up)\b(.*)$")

# a figure for one year only ("during 2025", "in 2025 alone")
# "by the end of 2025", "by 2024": a running total to that year (not "since the start of 2025", the year itself)
RUNNING_TO = re.compile(r"\bby (?:the end of |the close of )?(?:19|20)\d\d\b")
ONE_YEAR = re.compile(r"\b(?:during|in|over|throughout|for) (?:the (?:whole|course|entire|full) (?:year )?of )?(?:19|20)\d\d(?! and)\b(?! (?:and|or|to|-))")
# what a prisoner may choose to do ("can they STAY in Ukraine", "can a prisoner REFUSE to go back")
CHOICE = re.compile(r"(stay|remain|refuse|choose|decide|opt|apply|request|settle|emigrate|vote|marry|work)\w*$")
# how a figure or claim is sourced or checked, not something done to the soldiers
SOURCED = re.compile(r"(?:attribut|report|confirm|verifi|sourc|quot|cit|mention|publish|writt|estimat|calculat|count|check|stat|back)\w*$")
# the same after a longer subject ("can a Russian POW who surrendered REFUSE…", "can a Russian who surrenders ask to STAY…")
CHOICE_LATER = re.compile(r"^(?:can|could) (?:the |a |an |any )?(?:[a-z']+ ){1,4}?(?:ask to |be allowed to |choose to )?(stay|remain|refuse|settle|emigrate)\b(?! alive)")
SAYS = re.compile(r"\b(?:what|how) (?:does|do|did|has|have) (?:the )?([a-z][a-z' -]{1,40}?) (?:say|said|think|claim|report|write|argue|"
                  r"conclude|believe|count|call|estimate|react|reacted|respond|responded|explain|justify|describe|see|view|interpret)\b"
                  r"|^(?:does|do|did|has|have) (?:the )?([a-z][a-z' -]{1,40}?) (?:deny|denied|admit|admitted|acknowledge|confirm|comment|respond"
                  r"|think|believe|reckon|argue|claim|suggest|(?:give|gives|have|has|publish|release|keep|offer|provide|put out) (?:its|their|his|her) own)\w*\b|^(?:does|do|did|has|have) (?:the )?([a-z][a-z' -]{1,40}?) (?:ever )?(?:say|said|speak|spoke|talk|talked) (?:anything|something|publicly)\b"
                  r"|^what (?:the )?([a-z][a-z' -]{1,40}?) (?:said|says|say|claimed|claims) (?:about|on|of)\b"
                  # "does Russia agree with that?", "has Moscow disputed the figure?": one who is neither article nor author
                  r"|^(?:does|do|did|has|have) (?!(?:the |these |those )?(?:two |both )?(?:blog|news|articles?|pieces?|reports?|posts?|sources?|outlets?|author|writer|blogger|they|it|you|u|i|we|he|she|analysts?|experts?)\b)"
                  r"(?:the )?([a-z][a-z' -]{1,40}?) (?:ever )?(?:agree|disagree|dispute|contest)\w*\b")  # (a phone's "what putin said about…")
# "what is Putin's view": the same as "what does Putin think"
# (and "what is Moscow's OWN FIGURE for its losses?": a count of its own, which only a fact it claims gives)
OWN_VIEW = re.compile(r"\b((?:[a-z]+ ){0,2}[a-z]+)'s (opinion|view|views|position|stance|take|reaction|response|verdict"
                      r"|own (?:[a-z]+ )?(?:figures?|estimates?|counts?|numbers?|tally|tallies|data|statistics|stats))\b")
# "what does the army chief SAY ABOUT Russian morale?": what one speaker says on a subject (not the author, whose views range wide)
SAYS_ABOUT = re.compile(r"^(?:and |so |but )?what (?:does|do|did|has|have) (?:the )?(?![a-z' -]*\b(?:author|blogger|writer|columnist)\b)[a-z' -]{1,40}? "
                        r"(?:say|said|claim|claimed|report|reported)(?: anything)? (?:about|regarding|concerning|on)\b")
# "ACCORDING TO RUSSIA, how many surrendered?", "how many were killed according to Moscow?": whose figure is asked for
ACCORDING = re.compile(r"\baccording to (?:the )?(?!(?:[a-z]+ ){0,2}(?:pieces?|articles?|reports?|texts?|sources?|posts?|stor(?:y|ies)|him|her|them|"
                       r"he|she|it|this|that|these|those|both|each|either|whom?|authors?|writers?|bloggers?|journalists?)\b)"
                       r"([a-z][a-z' -]{1,40}?)(?=\s*(?:,|\?|$|how\b|what\b|who\b|is\b|are\b|was\b|were\b|did\b|do\b|does\b))")
# "are there foreign fighters among the Russian prisoners?": whether there are any, which a count of them answers
ANY_AMONG = re.compile(r"^(?:so |and |but )?(?:are|were) there (?:any |many |some |a lot of |lots of )?([a-z' -]+?) (?:among|amongst|in|of) "
                       r"(?:the |those )?(?:ones|russians|russian|prisoners|pows|captured|captives|soldiers|men)\b")
# "why in August 2024 - was it because of Kursk?": a cause the visitor puts forward, which the answer must hold
CAUSE_ASKED = re.compile(r"\b(?:was|is|were|are) (?:it|that|this|they|these|those) (?:all |just |mainly |mostly |partly )?"
                         r"(?:because of|due to|caused by|down to) ([a-z' -]+)|^(?:was|is|were|are) [a-z' -]+? (?:because of|due to|caused by) ([a-z' -]+)")
# "does the news report agree on the places?": one article asked whether it agrees (with the other, just given): its facts first
ONE_AGREES = re.compile(r"^(?:and |so |but |ok |well )?(?:does|did|do) (?:the |that |this )?[a-z' -]{1,30}? (?:also |too |even |actually |really )?"
                        r"(?:agree|disagree|differ|say the same|give the same|match)\b")
# a rank or office before a name, which a claimant may give otherwise ("army chief Oleksandr Syrskii")
TITLES = {"general", "gen", "colonel", "col", "commander", "president", "minister", "mr", "mrs", "ms", "dr", "sir", "chief", "head"}
# words of "what does X say" that name no one in particular
NOT_A_SPEAKER = {"he", "she", "they", "it", "him", "his", "her", "you", "we", "i", "the", "a", "an", "of", "in", "on", "from", "by", "to", "for", "what", "is", "was", "according", "and", "this", "that", "it", "they", "them", "article", "articles", "source",
                 "sources", "data", "figures", "numbers", "facts", "text", "two", "both", "each", "other", "s",
                 # the articles in other words ("what do the two PIECES say about officers?")
                 "piece", "pieces", "texts", "write-up", "write-ups", "writeup", "writeups", "reports", "material", "materials", "coverage", "reporting"}


# "does that add up to 100?" after one of several shares: the sum Sourced computed from it (a figure of its own, with its arithmetic)
ADDS_UP = re.compile(r"\b(?:adds? up|added up|adding up|add together|sums? (?:up )?to|summed|the sum)\b")
# a follow-up that only names a group ("generals?", "and the colonels?"): the same kind of answer as the last, for that group
BARE_GROUP = re.compile(r"^(?:and |so |ok |what about |how about )?(?:any |the )?[a-z'-]+s(?: (?:among|of) (?:them|those|these))?\W*$")

# "were they mostly from one unit?", "were most of them officers?" after the record week: what the men were, which a fact
# silent on it (the week's count) does not say
MOSTLY_THEY = re.compile(r"^(?:and |so |but |ok )?(?:(?:are|were|did|do) (?:they|those|these|the (?:prisoners|pows|captives|men|soldiers))(?: all)? "
                         r"(?:mostly|mainly|largely|predominantly|primarily|chiefly|generally|nearly all|almost all|all)"
                         r"|(?:are|were|did|do) (?:most|many|all|lots|a lot|the majority) of (?:them|those|these))\b")


# a follow-up that asks its own count ("how much land…?"), not the last one's carried
COUNT_ASKED = re.compile(COUNT_WORDS + r"|\b(?:number|area|size) of\b")


class Narrowing:
    def narrow(self, u, ranked: list) -> list:
        """Keep the facts that answer what was asked, not a neighbouring question."""
        text = u.reading.text
        ranked = self.by_speaker(u, ranked)
        if u.qtype == "why" and not [n for n in u.reading.numbers if n not in u.reading.years]:  # ("why … in 2025?" too): a share gives no reason
            ranked = [s for s in ranked if not gives_no_reason(self.store.facts[s.fact_id], text)]
        focus = self.counted_ideas(text) + self.counted_verb(text) if u.qtype in ("how_many", "share") else []
        focus += self.focus_ideas(text)
        if focus:  # "how many WOUNDED prisoners", "who is the HEAD of…": a fact silent on it answers something else
            ranked = [s for s in ranked if all(c & self.index.counted_stems(s.fact_id) for c in focus)]
        if m := LIST_NOUN.search(text) if u.qtype == "list" else NAMES_LIST.search(text):  # "which countries": a count of countries names none
            counted = self.lex.expand(stem(m.group(m.lastindex)))  # ("what nations": a count of countries names none either)
            kept = [s for s in ranked if not any(stem(w) in counted for g in self.store.facts[s.fact_id].figures for w in g.unit.split())]
            if PLURAL_NOUN.fullmatch(m.group(m.lastindex)) and m.group(m.lastindex) not in STOPWORDS and MEMBERS_ASKED.match(text, m.end()) \
                    and counted & self.index.stated:  # (and one silent on them names none:
                kept = [s for s in kept if counted & self.index.fact_stems[s.fact_id]  # "which units were giving up that week?",
                        or NAMES_NOBODY.search(self.store.facts[s.fact_id].statement)]  # "which countries are they from?" after
                # the weekly count of foreigners: the week, not the members; a noun only an example question holds, "which RIGHTS
                # do they have?", is the answering fact's in other words; a fact saying it names none answers it: "the headline
                # says they revolt, which units?" is the headline's revolt, of which the report gives no account)
            ranked = kept if kept[:1] == ranked[:1] else []  # (the best a count of them: the list is not given, nor a weaker fact's)
        # "does UKRAINE pay…": not a fact on what the Kremlin does
        named = [s for s in ranked if not side_not_named(text, self.store.facts[s.fact_id])]
        # (an exchange fact naming only the other side: kept when it holds more of the question than any naming this one, and
        # the question goes past the swap, "… and then they get sent to fight again": not a plain "does Ukraine send them back")
        named_ids = {id(s) for s in named}  # (by identity: a list's "in" compares every field of every statement)
        top = max((n.coverage for n in named), default=0) if AFTER_SWAP.search(text) else None
        ranked = [s for s in ranked if id(s) in named_ids or top is not None and s.coverage > top
                  and not side_not_named(text, self.store.facts[s.fact_id], True)]
        if u.qtype == "agree" and re.search(r"\bwhere\b", text):  # "do they agree on WHERE…": places first
            ranked = sorted(ranked, key=lambda s: "geography" not in self.store.facts[s.fact_id].topics)
        ranked = self.never_given(u, ranked)
        ranked = self.absolute_count(u, ranked)
        if m := AVERAGE.search(text):  # "the average AGE": a fact giving an average of that thing
            what = [self.lex.expand(stem(m.group(1)))] if m.group(1) and m.group(1) not in STOPWORDS else []
            ranked = [s for s in ranked if AVERAGE.search(self.store.facts[s.fact_id].statement.lower())
                      and all(c & self.index.counted_stems(s.fact_id) for c in what)]
        if literal := self.mentioning(text, ranked):  # "does the news report mention GENEVA?": the facts with the word itself
            ranked = literal
        named = self.named_sources(text) if u.qtype != "agree" or ONE_AGREES.match(text) else []
        if len(named) == 1 and not self.states_its_figure(u, ranked, named) and (mine := [s for s in ranked if self.cites(s.fact_id, named)]):  # "according to the blog"
            ranked = mine + [s for s in ranked if s not in mine]
        for m in EXCLUDED.finditer(text):  # "just the dead, not the WOUNDED": a fact counting the wounded in
            left_out = next(g for g in m.groups() if g)
            if left_out not in STOPWORDS and left_out not in STOP_FORMS:
                rx = left_out_rx(left_out)  # when the best answer counts it in, the articles do not give the split
                ranked = [] if ranked and rx.search(self.store.facts[ranked[0].fact_id].statement.lower()) else ranked
        ranked = self.over_the_period(u, ranked)
        if m := EXTREME.search(text):  # only a fact naming that extreme answers it
            ranked = [s for s in ranked if m.group(1) in self.store.facts[s.fact_id].statement.lower()]
        if group := group_asked(text):  # "which analysts?": a fact naming none of them answers something else
            ranked = [s for s in ranked if not names_none(self.store.facts[s.fact_id].statement, group, self.lex.expand(stem(group)))]
        ranked = self.counting_something_else(u, self.said_what(u, [s for s in ranked if not doer_unnamed(text, self.store.facts[s.fact_id].statement)]))
        return self.time_and_place_fit(u, ranked)  # a period, a length of time, a date, a place of capture (counting.py)

    def absolute_count(self, u, ranked: list) -> list:
        """"In numbers, not a percentage": a count with a number, not "hundreds" or a share, of what is counted (not a count of
        countries); when the best fact gives no such count, none (not a weaker fact's count of something else: "the total number
        of Ukrainians returned home" is given as hundreds; the 6,000 Russians handed back are the other side)."""
        text = u.reading.text
        if u.qtype not in ("how_many", "share") or not ABSOLUTE.search(text):
            return ranked
        kept = [s for s in ranked if unit_fits(self.store.facts[s.fact_id], "how_many")
                and any(g.numbers for g in self.store.facts[s.fact_id].figures) and count_fits(self.store.facts[s.fact_id], text)]
        return kept if kept[:1] == ranked[:1] else []

    def by_speaker(self, u, ranked: list) -> list:
        """"What does X say": only what X claims answers it; "does X think": the author's view of X."""
        text = u.reading.text
        if (speaker := self.speaker(text)) is None:
            return ranked
        ranked = [s for s in ranked if self.said_by(s.fact_id, speaker)] or self.view_of_speaker(u, ranked, speaker) \
            or (ranked if speaker[1] and len(self.store.sources) > 1 and not YES_NO.match(text) else [])
        # "what does the blog say about the weekly rate?": the blog gives none; the other article's facts stay, for
        # the reply to say which one reports it ("does the news report think…?" of the blog's view stays refused)
        return self.said_on(text, u.ideas, speaker, ranked)

    def over_the_period(self, u, ranked: list) -> list:
        """The facts over the period asked: one year alone, or the whole war."""
        text = u.reading.text
        if ALONE.search(text) or u.one_year or u.qtype == "how_many" and ONE_YEAR.search(text) and not BY_THEN.search(text):
            # "in 2025 alone", "how many surrendered in 2025?": not a running total "by the end of 2025"
            ranked = self.within_one_year(u, ranked)
        if u.reading.all_along and not u.reading.years or u.reading.years and RUNNING_TO.search(text):  # "how much does Russia
            # occupy in total", "by the end of 2025": not 2025's share, nor the area Sourced computed from it
            ranked = [s for s in ranked if not self.of_one_year(s.fact_id)]
        elif ranked and not u.reading.years and self.of_one_year(ranked[0].fact_id) and (whole := self.whole_war_instead(u, ranked)):
            ranked = [whole] + [s for s in ranked if s is not whole]  # a losses figure checked with no year: the whole war's
        return ranked

    def states_its_figure(self, u, ranked: list, named: list[str]) -> bool:
        """Whether a check states a figure the best fact gives and no fact of the article named does ("the news report says
        10,000 captured, right?" of the blog's 10,000): the fact giving it answers (the reply says whose it is)."""
        said = [n for n in u.reading.numbers if n not in u.reading.years]
        gives = lambda s: any(same(n, x) for g in self.store.facts[s.fact_id].figures for x in g.numbers for n in said)  # noqa: E731
        return bool(YES_NO.match(u.reading.text) or re.search(r"\b(?:right|correct|true)\W*$", u.reading.text)) and bool(ranked) \
            and gives(ranked[0]) and not any(gives(s) for s in ranked if self.cites(s.fact_id, named))

    def never_given(self, u, ranked: list) -> list:
        """What no fact gives, however near its words: where prisoners are held, deaths in captivity, the number held now,
        a distance between places; and a founding date, unless a fact says when something was set up."""
        text = u.reading.text
        if HELD_WHERE.search(text) or KINDS_USED.match(text) or NEVER_GIVEN.search(text) or DIED_HELD.search(text) \
                or DISTANCE.search(text) or u.qtype == "how_many" and HELD_NOW.search(u.text):  # (the tidied question:
            return []                                                                           # the reading drops "currently")
        if u.qtype == "when" and FOUNDED.search(text) and not re.search(r"\b(?:invasion|war|offensive|incursion|attack)\b", text):
            return [s for s in ranked if FOUNDED.search(self.store.facts[s.fact_id].statement.lower())]  # ("when was it set up?")
        return ranked

    def whole_war_instead(self, u, ranked: list):
        """"Russia lost 2 million killed and wounded, true?": a figure checked with no year named, which the one year's count
        leading (420,000 in 2025 alone) does not give, is checked against the count for the whole war on the same subject
        (the General Staff's), when one holds as much of the question; None otherwise."""
        stated = [n for n in u.reading.numbers if n >= 100]
        lead = self.store.facts[ranked[0].fact_id]
        if not stated or any(same(n, x) for g in lead.figures for x in g.numbers for n in stated):
            return None
        return next((s for s in ranked[1:] if s.coverage >= ranked[0].coverage and not self.of_one_year(s.fact_id)
                     and set(self.store.facts[s.fact_id].topics) & set(lead.topics)
                     and any(g.numbers and g.unit == lead.figures[0].unit for g in self.store.facts[s.fact_id].figures)), None)

    def of_one_year(self, fact_id: str) -> bool:
        """Whether a fact's figure is for one year, or computed from one that is."""
        f = self.store.facts[fact_id]
        return bool(ONE_YEAR.search(f.statement)) or any(ONE_YEAR.search(self.store.facts[i].statement) for g in f.figures
                                                         for i in (g.from_facts or ()) if i in self.store.facts)

    def said_what(self, u, ranked: list) -> list:
        """"What did Putin promise?": a fact saying what, not one naming a promise; "did surrenders go up in 2024?": a fact
        comparing that year with others, not one figure of that year."""
        if m := PROMISE_ASKED.search(u.reading.text):  # (a promise named as a noun: "what promises did he make")
            verb, whole = m.group(1) or m.group(2) or m.group(3), ranked
            ranked = [s for s in ranked if gives_content(self.store.facts[s.fact_id].statement, verb)]
            if max((s.coverage for s in whole), default=0) > max((s.coverage for s in ranked), default=0):
                ranked = []  # ("what were the EARLY promises?": the fact naming those promises holds more of it, and not what)
        if m := ANY_AMONG.match(u.reading.text):  # "are there foreigners among the ones captured?": the count of them first
            among = [self.lex.expand(stem(w)) for w in TOKEN.findall(m.group(1)) if w not in STOPWORDS]
            counts = lambda s: self.store.facts[s.fact_id].kind == "figure" and all(c & self.index.counted_stems(s.fact_id) for c in among)  # noqa: E731
            ranked = sorted(ranked, key=lambda s: not (among and counts(s)))
        if m := CAUSE_ASKED.search(u.reading.text):  # "was it because of Kursk?": a fact holding the cause and all that is asked
            cause = [self.lex.expand(stem(w)) for w in TOKEN.findall(m.group(1) or m.group(2)) if w not in STOPWORDS and not w[0].isdigit()]
            ranked = [s for s in ranked if all(c & self.index.counted_stems(s.fact_id) for c in cause)]
        if years_compared(u):  # ("did more surrender in 2024 than in 2023?": a fact comparing them, holding both years)
            years = u.reading.years or u.compared
            ranked = [s for s in ranked if COMPARES_PERIODS.search(self.store.facts[s.fact_id].statement)
                      and (years <= (fy := self.index.fact_years.get(s.fact_id, set())) or u.qtype == "trend" or u.compared and len(years & fy) > len(years) / 2
                           or years & self.index.fact_years.get(s.fact_id, set()) and ANY_OTHER.search(self.store.facts[s.fact_id].statement))]
        return ranked

    def gave_a_view(self, context: dict) -> bool:
        """Whether the last answer led with an opinion: "why is that?" after it asks about the same view, read as any question."""
        last = self.store.facts.get((context.get("facts") or [""])[0])
        return last is not None and last.kind == "opinion"

    def narrow_to_last(self, u, ranked: list, context: dict) -> list:
        """A follow-up about the last answer's place, person or year, or adding a word its claimant's name holds."""
        last = self.store.facts.get((context.get("facts") or [""])[0]) if u.follow_up else None
        if last is None or u.other_figure:  # ("who says 420,000 … in 2025?" after the weekly rate)
            return ranked
        text, said = u.reading.text, lambda s: self.store.facts[s.fact_id].statement
        if THERE.search(text) and u.qtype in ("how_many", "share"):  # "how many there?": counted at that place
            places = [p for p in self.place_names if p in last.statement.lower()]
            ranked = [s for s in ranked if any(p in said(s).lower() for p in places)] if places else ranked
        men = lambda f: any(g.unit in PEOPLE_UNITS for g in f.figures)  # noqa: E731
        if u.qtype == "how_many" and men(last) and not COUNT_ASKED.search(text):  # "by region?" after a count of men: men, not an area
            ranked = [s for s in ranked if not self.store.facts[s.fact_id].figures or men(self.store.facts[s.fact_id])
                      or all(g.unit == "years of age" for g in self.store.facts[s.fact_id].figures)]  # ("by age?": the men's ages)
        if u.reading.years and WEEK.search(last.statement.lower()):  # "and in 2025?" after the busiest week: a week of 2025
            ranked = [s for s in ranked if WEEK.search(said(s).lower())]
        if PERSON.search(text) and (name := surname(last.claimant)):  # "how old is he?": the person named
            ranked = [s for s in ranked if name in said(s)]
        if (m := PROMISE_ASKED.search(text)) and not gives_content(last.statement, m.group(1) or m.group(2) or m.group(3)):
            return []  # "what did he promise exactly?" after "despite Putin's early promises": what, which it does not say
        if ADDS_UP.search(text) and (sums := [i for i in self.derived_from.get(last.id, ())
                                              if any(g.derived and "+" in (g.formula or "") for g in self.store.facts[i].figures)]):
            # ("does that add up to 100?" after the officers' share, whose words hold none of the sum's: the sum of the shares)
            ranked = [Scored(i, 1.0, 1.0) for i in sums[:1]] + [s for s in ranked if s.fact_id not in sums[:1]]
        if u.own:  # "what about GENERALS?": not a fact whose claimant is the General Staff
            ranked = [s for s in ranked if all(c & self.index.counted_stems(s.fact_id) or not c & self.index.fact_stems[s.fact_id]
                                               for c in u.own)]
            if MOSTLY_THEY.match(text):  # ("were they mostly from one unit?": the men's unit, not the week's count; "were they
                # mostly young?": the ages, which hold the idea in other words or example questions)
                ranked = [s for s in ranked if all(c & self.index.counted_stems(s.fact_id) for c in u.own)]
            if last.kind == "figure" and BARE_GROUP.match(text):  # "generals?" after the officers' share: a figure for them
                ranked = [s for s in ranked if self.store.facts[s.fact_id].kind == "figure" and self.index.holds_all(s.fact_id, u.own)]
        return ranked

    def cites(self, fid: str, sources: list[str]) -> bool:
        return any(c.source_id in sources for c in self.store.facts[fid].citations)

    def focus_ideas(self, text: str) -> list[set[str]]:
        """The thing a "who is the head of X / X's budget / when was the biggest swap" question asks about,
        and the verb a yes/no question asks ("does Russia PUNISH the families")."""
        out = []
        if (m := YES_NO_VERB.match(text)) and m.group(1) not in STOPWORDS and m.group(1) not in STOP_FORMS \
                and (CHOICE.match(m.group(1)) and text.startswith(("can ", "could ", "are ", "is "))
                     or (only_verb(m.group(1)) and commonness(m.group(1)) >= 0.8)):
            # "can the prisoners STAY…", "can a prisoner REFUSE…": a choice open to them, which the answer must hold; a verb
            # with its particle the lexicon knows as one ("has Kyiv HANDED BACK prisoners?": returned) is the phrase's idea
            phrase = f"~{m.group(1)} {nxt.group(1)}" if (nxt := re.match(r" ([a-z]+)", text[m.end():])) else ""
            out.append(self.lex.expand(phrase) if phrase in self.lex.by_stem else self.lex.expand(stem(m.group(1))))
        elif m := CHOICE_LATER.match(text):
            out.append(self.lex.expand(stem(m.group(1))))
        elif (m := PASSIVE_ASKED.match(text)) and only_verb(m.group(1)) and commonness(m.group(1)) >= 0.8 \
                and not SOURCED.match(m.group(1)) and not re.search(r"\b(?:19|20)\d\d\b", text) and not FIGURE_PASSIVE.match(text):
            # ("is the figure ATTRIBUTED to anyone?": its source, asked elsewhere; "was it LAUNCHED in 2021?": a date checked)
            idea = self.lex.expand(stem(m.group(1)))  # ("are they PUNISHED back home?")
            if alt := re.search(r"\b([a-z]+(?:ed|en)) (?:or|and/or) $", text[:m.start(1)]):  # ("were they MARKED OR identified in…":
                idea = idea | self.lex.expand(stem(alt.group(1)))  # either deed answers it)
            out.append(idea)
        for rx in (OWNED, HEAD_OF, WHEN_WAS, GIVEN_WHAT):
            for m in rx.finditer(text):
                w = next(g for g in m.groups() if g)
                if w not in STOPWORDS and w not in STOP_FORMS and stem(w) not in STOP_STEMS and not w[0].isdigit() \
                        and (rx is not OWNED or commonness(w) >= 0.8):  # "somebody's PART": no thing asked about
                    out.append(self.lex.expand(stem(w)))
        return out

    def mentioning(self, text: str, ranked: list) -> list:
        """"Does the news report mention Geneva?", "which article mentions tuberculosis?": the facts holding the word
        asked about itself, not only a word of its synonym group (Geneva's is treatment, which half the facts hold)."""
        m = MENTION.search(text)
        words = [stem(w) for w in TOKEN.findall(m.group(1)) if w not in STOPWORDS and w not in STOP_FORMS
                 and not self.named_sources(w)] if m else []
        return [s for s in ranked if all(w in self.index.fact_stems[s.fact_id] for w in words)] if words else []

    def speaker(self, text: str) -> tuple[list[set[str]], list[str]] | None:
        """Who a "what does X say / what is X's view" question asks about: each of X's words with its
        synonyms (every one must be in a fact's claimant), or the article X names; None if no X."""
        m = SAYS.search(text) or OWN_VIEW.search(text) or ACCORDING.search(text)
        if not m:
            return None
        said_by = m.group(1) or m.group(2) or (m.group(3) or m.group(4) or m.group(5) if m.re is SAYS else None)
        if m.re is OWN_VIEW:  # "is 'expendable' THE AUTHOR's opinion?": whose view starts after its article, not at the word asked of
            said_by = re.split(r"\b(?:the|a|an|this|that|its|their)\b ", said_by)[-1]
        if named := self.named_sources(said_by):  # ("did the blog say anything about X": what it says on X, not a speaker)
            return None if m.lastindex == 3 else ([], named)
        words = [w for w in TOKEN.findall(said_by) if w not in NOT_A_SPEAKER and not w[0].isdigit()]
        # "Ukraine's defence chief": the words that name this speaker, not the side it is on
        words = [w for w in words if w not in STOPWORDS] or words
        # "what does the author ULTIMATELY conclude": how it is said, no word naming who says it
        words = [w for w in words if not (len(w) > 5 and w.endswith("ly") and not self.lex.expand(stem(w)) & self.any_claimant)] or words
        words = [w for w in words if w not in TITLES] or words  # "what does GENERAL Syrskyi say": the man, by any title
        if not words or self.a_topic(words):
            return None
        if m.re is ACCORDING and any(self.lex.expand(stem(w)) & self.any_claimant for w in words):
            return None  # "according to Ukraine": the ranking's own matter (the project is Ukraine's, the count its)
        return [self.lex.expand(stem(w)) for w in words], []

    def said_on(self, text: str, ideas: list[set[str]], speaker, ranked: list) -> list:
        """"What does the army chief say ABOUT MORALE?": the speaker's facts on that (some of what follows "about": "conditions
        inside their own army"), not his others."""
        if not speaker[0] or not (m := SAYS_ABOUT.match(text)):
            return ranked
        on = {stem(w) for w in TOKEN.findall(re.split(r",| and (?:who|what|how|where|when|why)\b", text[m.end():])[0])}
        on = [c for c in ideas if c & on and not any(c & w for w in speaker[0])  # (a side, or a word no fact holds, "gains":
              and not any(SIDE_STEM.match(e) for e in c) and any(self.index.df[e] for e in c)]  # no subject to sort by)
        return [s for s in ranked if not on or any(c & self.index.fact_stems[s.fact_id] for c in on)]

    def a_topic(self, words: list[str]) -> bool:
        """"What does the swap stuff say", "what does the rising pace show": X is a subject of the facts (a lexicon
        or topic word) and names no claimant, so it is what is asked about, not who speaks."""
        stems = {stem(w) for w in words}
        known = all(any(self.index.df[e] for e in self.lex.expand(s_)) for s_ in stems)
        return known and not stems & self.any_claimant and bool(stems & self.index.curated)

    def said_by(self, fid: str, speaker: tuple[list[set[str]], list[str]]) -> bool:
        ideas, sources = speaker
        if sources:
            return any(c.source_id in sources for c in self.store.facts[fid].citations)
        return all(self.claimant_stems[fid] & idea for idea in ideas)
