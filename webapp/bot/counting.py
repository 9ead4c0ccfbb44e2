"""What a count question counts, and the facts whose figure counts something else.

No Flask. A mixin of engine.Bot (which owns the store, the lexicon and the index): the ideas a "how many / what share
of" question counts, the verb of those it counts ("how many have CONTACTED the hotline"), and the facts a count of
men, a whole or both halves of a count does not answer for.
"""
from __future__ import annotations

import re

from lemminflect import getAllLemmas

from ..schemas import Fact
from .beyond import DID_WHAT, PERIOD, a_rate_for, periods_asked, speaks_of
from .durations import in_russia_first, lasts, placed
from .fit import CAPTIVES, COUNTS, answers_a_figure_question, counts_a_part, counts_other_things, head_noun, one_half_of
from .normalize import STOP_FORMS, STOP_STEMS, STOPWORDS, phrase_rx, stem
from .subject import BY_THEN, CHECK, COUNTED_AFTER, COUNTED_NP, NP_END, WEEK
from .understand import CHECK_FIGURE
from .retrieve import stated as figures_stated
from .weights import rounds_to

# a figure said back, with no "is it true" before it: "350 a day?", "wait, it's 350 every day??"
SAID_BACK = re.compile(r"^(?:(?:so|wait|and|but|really|hang on|hold on)\W+)*(?:it's |its |it is |that's |thats |that is |only )?"
                       # ("TWO TO THREE a day?", "sixty to ninety every day?": the figure in words)
                       r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                       r"a hundred|hundreds|a thousand|ten thousand)\b)")


# a common verb of taking something up, said of those counted ("how many have USED / TRIED the hotline?"): a stop word
# elsewhere ("used to", "tried to"), and in the lexicon a word of gain ("what use is it")
TAKEN_UP = {"used", "tried", "needed", "wanted"}
# "how many USE it?", "how many soldiers have USED I Want to Live?": those who took it up, in the present or naming the project
TAKING_IT_UP = re.compile(r"\bhow many\b(?: [a-z']+){0,4}? (?:have |has |had |did |do |does )?(?:(?:actually|really|even|still|ever) )?(use|uses|used|try|tries|tried)"
                          r" (?:it|them|this|that|the (?:hotline|line|project|scheme|service|programme|program|app|bot)|i want to live)\b")


class Counting:
    def counting_something_else(self, u, ranked: list) -> list:
        """Drop the facts whose figure counts something else than a count question asks: men for swaps or calls,
        a whole for one thing it lists ("how many had HIV"), the dead and wounded together for the dead alone."""
        text, fact = u.reading.text, lambda s: self.store.facts[s.fact_id]
        if not (u.qtype in ("how_many", "share") and COUNTS.search(text)):
            # a follow-up of a count ("dead only?" after the killed and wounded): not both halves for one
            return [s for s in ranked if not one_half_of(fact(s), text)] if u.follow_up and u.qtype in ("how_many", "share") else ranked
        if u.qtype == "how_many" and (m := COUNTED_NP.search(text)) and (head := head_noun(m.group(1), bool(CAPTIVES.search(text)))) and self.index.df[stem(head)]:
            ranked = [s for s in ranked if not counts_other_things(fact(s), stem(head), self.people)]
        asked = [{st} for st in u.reading.word_of if st not in self.people]  # its own words: a group holds "illness" too
        asked += [{e} for c in u.ideas for e in c if e.startswith("~") and e[1:] in text and not c & self.people]
        grow = lambda c: set().union(*(self.lex.expand(e) for e in c))  # noqa: E731
        return [s for s in ranked if not counts_a_part(fact(s).statement, asked, text, grow)
                and not one_half_of(fact(s), text)]  # "how many DIED": not "died or injured"

    def counted_verb(self, text: str) -> list[set[str]]:
        """What the counted did, when a count asks for those who did something ("how many have CONTACTED the hotline",
        "how many people USED it"): a fact counting others (officers among the prisoners) answers something else."""
        if taken := TAKING_IT_UP.search(text):
            return [{stem(taken.group(1))}]  # (no count holds those who use it)
        m = DID_WHAT.search(text)
        w = m.group(1) if m else ""
        if w in TAKEN_UP and re.match(r" (?:the|a|an|it|them|this|that)\b", text[m.end():]):
            return [{stem(w)}]  # "how many people USED it?": those who took it up, in the verb's own sense, which no count holds
        if not w.endswith("ed") or w in STOPWORDS or w in STOP_FORMS or "VERB" not in getAllLemmas(w) or "NOUN" in getAllLemmas(w) \
                or any(p.startswith(w + " ") and phrase_rx(p).search(text) for p, _ in self.lex.phrases_in(text)):
            return []  # ("how many have DESERTED TO UKRAINE": a phrase of the lexicon's, an idea already)
        return [self.lex.expand(stem(w))]

    def counted_ideas(self, text: str) -> list[set[str]]:
        """The ideas of what a "how many / what share of" question counts ("wounded prisoners")."""
        m = COUNTED_NP.search(text)
        if (after := COUNTED_AFTER.search(text)) and (nouns := [w for w in after.groups() if w and plural_noun(w)]):
            return [set().union(*(self.lex.expand(stem(w)) for w in nouns))]  # ("generals or colonels": either)
        if not m:
            return []
        words = []
        for w in m.group(1).split():
            if w in NP_END:
                break
            words.append(w)
            if w.endswith("s") and ("NOUN" in getAllLemmas(w) and getAllLemmas(w)["NOUN"][0] != w
                                    or not getAllLemmas(w) and w not in STOPWORDS and w[:-1] in self.lex._vocab_set):
                break  # a plural ends the phrase: "how many new ONES turn up", "how many PRISONERS escaped", "how many POWS
                # handed back" (an abbreviation's plural, no word of the dictionary's: not "POWs HANDful")
        np = " ".join(words)
        # a phrase begun in the counted words and ended after them is one idea too ("how many CHUCK IT IN each week")
        rest = text[m.start(1):]
        out = [set(self.lex.groups[gi]) for p, gi in self.lex.phrases_in(rest)
               if p in rest and (f := phrase_rx(p).search(rest)) and f.start() < len(np)]
        used = {w for c in out for p in c if p.startswith("~") for w in p[1:].split()}
        out += [self.lex.expand(stem(w)) for w in words  # "how many people WORK there": the verb picks them out
                if w not in STOPWORDS and stem(w) not in STOP_STEMS and w not in used and not w[0].isdigit()]
        return out

    def time_and_place_fit(self, u, ranked: list) -> list:
        """Keep the facts whose time or place fits what was asked: not a rate for "the FIRST week of the war"; a fact for
        the period asked (for_period); a length of time of the thing asked ("how long do contracts last?"); a place of
        capture for "where were they caught?"; a date leading a when-question; not one week's figure for a year's total."""
        text, fact = u.reading.text, lambda s: self.store.facts[s.fact_id]  # noqa: E731
        ranked = self.checked_for_its_year([s for s in ranked if not a_rate_for(fact(s).statement, text)], u)
        ranked = [s for s in self.for_period(u, ranked) if lasts(text, fact(s).statement, self.index.fact_stems[s.fact_id], self.lex)
                  and placed(text, fact(s).topics)]  # "where were they caught?" after their ages
        if u.qtype == "where":  # "which region of Russia were they taken in?": a place in Russia first
            ranked = in_russia_first(text, ranked, lambda s: fact(s).statement)
        if u.qtype == "when":  # "when did it start then?": a fact giving a date leads, not one on the war's length
            ranked = [s for s in ranked if answers_a_figure_question(fact(s), "when")] or ranked
        if u.qtype == "how_many" and u.reading.years and not WEEK.search(text):  # a year's total is not one week's
            ranked = [s for s in ranked if not WEEK.search(fact(s).statement.lower())]
        return ranked

    def checked_for_its_year(self, ranked: list, u) -> list:
        """"Is it true 10,000 were captured by the end of 2024?": a figure checked for a year that none of that year's facts
        carries, and a fact of another year carries on the same subject, is not answered by another figure of that year;
        none is kept, so the check is retried without its year (engine.reply_to) and the fact giving the figure answers,
        with the year it gives. (A figure no fact carries is misremembered: that year's fact answers, saying so.)"""
        stated = figures_stated(u.reading)
        if not (u.reading.years and stated and CHECK.match(u.reading.text)):
            return ranked
        # the facts of another year carrying the figure, on what the question is about
        elsewhere = {i for n in stated for x in self.index.near_numbers(n) for i in self.index.by_number[x]
                     if not self.index.fact_years[i] & u.reading.years and self.index.holds_all(i, u.ideas)}
        carried = [x for s in ranked for g in self.store.facts[s.fact_id].figures for x in g.numbers]
        return [] if elsewhere and not any(rounds_to(n, x) for n in stated for x in carried) else ranked

    def for_period(self, u, ranked: list) -> list:
        """"How many a month", "the busiest week in 2025": the facts for that period. A figure checked for another period
        ("is it true 350 surrender every day?" of a week's record) is answered by the facts carrying that figure for their
        own period, said not to be as stated (u.other_period), not refused as if no fact gave it."""
        periods = periods_asked(u.reading.text)
        if not periods:
            return ranked
        fact = lambda s: self.store.facts[s.fact_id]  # noqa: E731
        kept = [s for s in ranked if all(speaks_of(fact(s).statement, p) for p in periods)]
        stated = checked_figures(u.reading)
        if kept or not stated:
            return kept
        other = [s for s in ranked if PERIOD.search(fact(s).statement.lower()) and carries(fact(s), stated)]
        u.other_period = bool(other)
        # ("200 a day?": a rate no fact carries, for a period none counts by) the rates the articles give, for their own
        # period: the reply says the figure is not theirs (engine.lead_in)
        return other or [s for s in ranked if any(g.numbers and " per " in f" {g.unit} " for g in fact(s).figures)]

    def within_one_year(self, u, ranked: list) -> list:
        """"In 2025 alone", "how many surrendered in 2025?": not a running total "by the end of 2025". A figure checked for
        one year that only a running total carries ("is it true 10,000 gave up in 2025 alone?") is answered by that total,
        said to be for another period (u.other_period), not refused as if no fact gave it."""
        fact = lambda s: self.store.facts[s.fact_id]  # noqa: E731
        kept = [s for s in ranked if not BY_THEN.search(fact(s).statement)]
        stated = checked_figures(u.reading)
        if not stated or any(carries(fact(s), stated) for s in kept):
            return kept
        total = [s for s in ranked if s not in kept and carries(fact(s), stated)]
        u.other_period = bool(total)
        return total or kept


def checked_figures(reading) -> list[float]:
    """The figures a question checks ("is it true 350…?", or said back: "350 a day?"), none when it checks none."""
    checks = CHECK_FIGURE.match(reading.text) or SAID_BACK.match(reading.text)
    return figures_stated(reading) if checks else []


def carries(f: Fact, stated: list[float]) -> bool:
    """Whether a fact carries one of the figures stated (rounded as the question may round it)."""
    return any(rounds_to(n, x) for n in stated for g in f.figures for x in g.numbers)


def plural_noun(w: str) -> bool:
    """Whether a word is a noun in the plural ("generals", "women"), not a participle ("captured") or an adjective."""
    lemmas = getAllLemmas(w)
    return "NOUN" in lemmas and lemmas["NOUN"][0] != w and not w.endswith("ed") and "ADJ" not in lemmas


def misremembered(reading, facts: list[Fact]) -> bool:
    """A check of a figure ("is it true 500 surrendered in one week?", "Syrskii said 8%, right?") that none of the facts
    answering it carries: the reply says so before the facts give the figure reported."""
    stated = [n for n in figures_stated(reading) if not (1900 <= n < 2100 and n == int(n))  # nor a year a check dropped
              # "do THE TWO articles agree?", "was Wagner ONE of them?": a word counting things, not a figure checked
              and not (n in (1, 2) and not re.search(rf"(?<![\d.]){int(n)}(?![\d.])", reading.text))]
    carried = [x for f in facts for g in f.figures for x in g.numbers]
    checks = CHECK_FIGURE.match(reading.text) or re.match(r"(?:does|do)\b", reading.text)  # "does the blog say 80%…?"
    # a share may be stated as a percentage of a fraction the fact gives ("a quarter" is 25, "one in four" 0.25)
    return bool(stated and carried and checks) and \
        not any(rounds_to(n * k, x) for n in stated for x in carried for k in (1, 0.01, 100))
