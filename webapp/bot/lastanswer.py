"""Replies about the last answer itself: who makes the claim, what the other article (or a named one)
says, its figure in another unit, the author's view of it, a reason it links to, more of it.

No Flask. A mixin of engine.Bot (which owns the store, the statements and refusals); the follow-ups
that narrow by retrieval are scored in followups.py.
"""
from __future__ import annotations

import re

from ..schemas import Fact
from . import reply as rp
from .followups import (done_afterwards, place_reasons, PLACE_GIVEN, BEFORE_BARE, BEFORE_THAT, CHANGED, FATE, SINCE_WHEN, WHAT_CAME_BEFORE, PER_PERIOD, TOTAL_ASKED, AGAIN, DOUBT, ECHO, EVIDENCE_FOR, FACT_OR_VIEW, HIGHER_ONE, HIS_ROLE, MORE, NUMBER_ALONE, POINTED_AT, PROMISE, RESTATE, SAID_OF_LAST, SCOPE_OF_IT, SIMPLER, SOURCE_WORDS, THAT, THEIR_NAMES, UNNAMED, VIEW_OF_THAT,
                        VERDICT_WORDS, WHO_MADE, WHO_SAYS, WHY_THAT, whose_claim)
from .normalize import STOPWORDS, TOKEN, phrase_rx, read, stem
from .reply import Reply
from .fit import DAY_ASKED, figure_fits, gives_a_day, gives_no_reason
from .durations import BEGAN_ASK, DATE_ASK, PER_WHICH, PERIOD_ASK, SPAN, began_dated
from .inunits import InUnits
from .otherarticle import A_FIGURE, OtherArticle
from .retrieve import WHO_OF, unit_fits
from .subject import BY_THEN
from .understand import SIDE_WORD
from .viewoflast import view_of_last
from .weights import rounds_to


# "is there a single number I could put on the board for that?": one figure for the last answer, to quote (as AGAIN)
ONE_NUMBER = re.compile(r"^(?:and |so |ok |but )?(?:is there|(?:do|does) (?:it|that|this) (?:have|give)) (?:a single|one|a single,? simple|one simple|a simple) (?:number|figure)"
                        r"(?: (?:i|we) (?:could|can|might|should) (?:write|put|use|quote|cite|give|show|say)(?: (?:it )?(?:on|in) (?:the|a|my|our) (?:board|whiteboard|slide|screen|worksheet|notes))?)?"
                        r"(?: for (?:that|this|it|them|those))?\W*$")
# "what is this page about?", "explain this", "what does this mean?" asked on a fact's own page
THIS_PAGE = re.compile(r"\b(?:this|the) (?:page|fact)\b.*\babout\b|^(?:so |and )?(?:what(?: is|'s)|explain) (?:this|it)(?: about)?\W*$"
                       r"|^what does (?:this|it) (?:mean|say)\W*$")
# a claimant who is a person: a role, then a first name and a surname ("Kyiv's army chief Oleksandr Syrskii", "spokesman Ivan Petrenko")
NAMED_PERSON = re.compile(r"\b(?:chief|general|minister|commander|president|spokes(?:man|woman|person)|official|head|analyst|officer|"
                          r"adviser|advisor|ombudsman|governor|mayor) [A-Z][a-z]+ [A-Z][a-z]+\b")
# "do they ACTUALLY get it?", "is it really kept in practice?" after a promise or guarantee
KEPT = re.compile(r"\b(?:actually|really|in practice|in reality)\b.*\b(?:get|gets|got|receive\w*|happen\w*|kept|keep|keeps|"
                  r"honou?r\w*|deliver\w*|stick\w*|follow\w*)\b|\b(?:is|was|are|were) (?:it|that|the promise) (?:ever )?(?:kept|honou?red)\b")
# "and what actually happened to them instead?", "what did they get instead?" after a promise: what was done instead of it,
# which a statement linked to the last answer (or one step further) says in its own words
INSTEAD_ASKED = re.compile(r"^(?=.*\b(?:instead|actually|really|in the end|in reality|after that)\b)(?:and |so |but |ok )?what (?:actually |really )?(?:happened|happens|did they get|were they given|was done)"
                           r"(?: to them| to those men| to these men| with them)?(?: actually| really)?(?: instead| in the end| in reality| after that)?\W*$")
INSTEAD = re.compile(r"\b(?:instead|rather than)\b", re.I)
# "did it work?", "and it worked?": whether what the last answer reports had its effect, which only a statement judging
# its outcome says ("none of which has stopped a growing collapse")
WORKED = re.compile(r"^(?:and |so |but |ok )?(?:(?:did|does|has|have|is|was) (?:it|that|this|they|those|any of (?:it|that|them))"
                    r"(?: actually| really| ever)? (?:work|worked|working|help|helped|succeed|succeeded|pay off|paid off)"
                    r"|(?:it|that|they) (?:actually |really )?(?:worked|helped|succeeded|paid off))\W*$")
OUTCOME_SAID = re.compile(r"\bnone of which\b|\b(?:has|have|had|did) (?:not |never )?(?:stopped|worked|succeeded|helped)\b"
                          r"|\b(?:failed|backfired|in vain|to no avail)\b")
# "where did THOSE 350 surrender?", "which town was THAT in?", "that record week, which sector?": where the last answer's
# own figure happened (a statement naming no place does not say; the places most surrender are another answer)
PLACE_OF_THAT = re.compile(r"^(?!.*\b(?:figure|number|count|estimate|claim)s? (?:\w+ )?(?:come|comes|came) from\b)(?:and |so |but |ok )?(?:(?:that|this|the) [a-z0-9 ]{0,20}?(?:week|month|day|record|figure|number)s?,? )?"
                           r"(?:where|(?:in |at |for |from )?(?:which|what) (?:town|city|village|place|region|oblast|area|sector|front|part|direction|location))\b")
SINCE_FROM = re.compile(r"(?:and |so |ok |but )?(?:since|from)\b")  # ("since when?", "from when has that been so?": not "when did it start?")
POINTS_TO_IT = re.compile(r"\b(?:that|those|this|these) (?:\d+|week|month|day|record|number|figure)\b|\b(?:was|is) (?:that|it)\b")
DATED = re.compile(r"\b(?:19|20)\d\d\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b", re.I)
AUTHOR_ASKED = re.compile(r"\b(?:author|authors|writer|blogger|blog|columnist)\b")
DATE_WORDS = {"month", "year", "date", "day", "week", "exactly", "exact"}  # "which month and year was that?": the last answer's
# the verbs of "who says / counted / gave that?": no part of what the claim is about
SAY_STEMS = {stem(w) for w in "say says said count counted counts claim claims claimed report reports reported give gave gives given "
             "provide provided publish published compile compiled estimate estimated think thinks".split()}
# "the 2025 figure", "the 2025 losses", "the figure for 2025": a year's own figure, named
YEARS_FIGURE = re.compile(r"\b((?:19|20)\d\d)(?:'s)? (?:figure|number|count|estimate|total|toll|losses|casualties|tally)\b"
                          r"|\b(?:figure|number|count|estimate|total|toll|losses|casualties|tally) (?:for|in|of) ((?:19|20)\d\d)\b")
AVERAGE_OF_IT = re.compile(r"^(?:and |so |ok |but )?(?:what(?:'s| is| was) )?(?:the )?(?:average|mean|median)(?: one)?\W*$")
# "is that a lot?", "is that many?", "is it high?": how big the last figure is, in the articles' own words
SO_MANY = re.compile(r"^(?:and |so |ok |but |wow,? |damn,? )?(?:(?:is|was|are|were) (?:that|this|it|those|these|they)|that'?s|that is|thats) (?:a lot|lots|many|much|big|high|large|"
                     r"low|small|few|significant|normal|unusual|a big deal|a big number|a high number|a lot of people)(?:,? (?:tho|though|really|then|honestly|actually|or not))?\W*$")
JUDGED = re.compile(r"\b(?:staggering|unprecedented|record|high human price|heavy|huge|massive|only|so few|little|few)\b", re.I)
# "what about the overall total since 2022?" after one year's figure: the whole span's
TOTAL = re.compile(r"\b(?:overall|total|whole|altogether|cumulative)\b")
# "what sort of info?": the kinds the last answer lists ("which countries?" asks a list a count of them does not give)
KIND_OF = re.compile(r"^(?:and |so )?what (?:kinds?|sorts?|types?) of\b")
RESTATED_WORDS = SOURCE_WORDS | {"ones", "kind", "kinds", "examples", "example", "rounded", "round", "approximate", "approximation", "rough", "ballpark", "estimate"}


# "is that more than the Ukrainians who came home?": the last answer's figure held against another
THAT_AGAINST = re.compile(r"^(?:and |so |but |ok )?(?:is|was|are|were) (?:that|this|it|those|these) (?:many |much )?(?:more|less|fewer|higher|"
                          r"lower|bigger|smaller|greater|larger) than\b")


# "how much pay?", "how much better was the pay?" after pay told in words ("several times the national average"): those
# words are what the articles give of it (a sum in roubles or dollars none gives: not asked here)
PAY_ASKED = re.compile(r"^(?:and |so |ok |but )?how (?:much|big|high|good|generous)(?: (?:better|more|higher|bigger))?(?: (?:was|is|were|are))?"
                       r"(?: (?:the|their|that|this))? (?:pay|salary|salaries|wages?|money)(?: (?:was|is|were|are)(?: it| that)?)?"
                       r"(?: (?:did |do )?(?:they|he|them|recruits) (?:get|got|earn|earned|receive|received|offered))?\W*$")
PAY_IN_WORDS = re.compile(r"\b(?:pay|wages?|salar\w+)\b[^.;]*\b(?:times|average|double|twice)\b")


# "is that km figure actually in the article?", "does the article give that?": whether an article gives the last figure, which a
# figure Sourced computed says itself (the article gives only what it was computed from)
IN_AN_ARTICLE = re.compile(r"\b(?:is|was) (?:that|this|it)(?: [a-z0-9]+){0,3}? (?:actually |really |even )?(?:in|from|given in|stated in) (?:the|either|any|both) "
                           r"(?:articles?|reports?|sources?|texts?|blog|post)\b|\b(?:does|do|did) (?:the|either|any|both) (?:articles?|reports?|sources?|texts?) "
                           r"(?:actually |really )?(?:give|say|have|mention|state|contain)s? (?:that|it|this)\b")


# "is that the author's opinion?" of the last answer: whose statement it is (an author's view is labelled so)
WHOSE_VIEW = re.compile(r"^(?:and |so |but |ok |wait )?(?:is|was) (?:that|this|it) (?:just |only |really |actually )?"
                        r"(?:the (?:author|blogger|writer)'?s|his|her) (?:own )?(?:opinion|view)\s*\??\s*$")


# "who REPORTED it?", "who documented those illnesses?" right after a refusal: who reported the thing asked about, which the
# articles may say (looked up afresh); only "who says so?" of the refused turn's own claim has nothing to give (engine.after_refusal)
REPORTED_THING = re.compile(r"\bwho (?:first |actually |originally )?(?:reported|documented|registered|recorded|logged)\b", re.I)


def whose_refused(text: str) -> bool:
    """Whether a follow-up right after a refusal asks whose its (absent) claim is."""
    return bool(WHO_SAYS.search(text)) and not REPORTED_THING.search(text)


# "is that reliable?", "can I trust that figure?", "should we believe it?": whether to trust the last answer
TRUST_LAST = re.compile(r"^(?:and |so |ok |but )?(?:(?:is|are) (?:that|this|it|those|these|they)(?: (?:figure|number|count|claim|estimate|"
                        r"source|data|stat|figures|numbers|claims|sources))? (?:really |actually )?(?:reliable|trustworthy|accurate|credible|"
                        r"believable|legit|to be trusted)|(?:can|could|should|do) (?:i|we|you|people|anyone) (?:really |actually )?(?:trust|believe|rely on)"
                        r" (?:that|this|it|those|these|them)(?: (?:figure|number|count|claim|estimate|source|data|figures|numbers|claims))?)\b")


# "why there?", "why in those places?" after an answer on where soldiers surrender (followups.place_reasons)
WHY_THERE = re.compile(r"^(?:and |but |so |ok |wait )?(?:why|how come)(?: (?:is it|was it|are they|do they|did they|does it)"
                       r"(?: (?:surrender\w*|captured|happen\w*|give up))?)? (?:there|(?:in |at |around )?(?:those|these|that|this|the) "
                       r"(?:places?|towns?|cities|regions?|areas?|spots?|ones?))(?: (?:of all places|especially|in particular))?\W*$")


def doubts(text: str) -> bool:
    """"Is that true?", "really?", "that's from the General Staff, right?": a doubt about the last answer. "Is it true
    that 500 surrendered in one week?" states the figure it doubts: a check of its own, read as any question."""
    return (m := DOUBT.match(text)) is not None and not re.search(r"\d", text[m.end():])


# the words a request for more of the last answer may hold ("tell me more", "where else?", "can you elaborate?", "keep going")
MORE_WORDS = {"more", "else", "details", "detail", "explain", "next", "instead", "then", "elsewhere", "where", "anywhere", "places", "place",
              "other", "elaborate", "expand", "say", "keep", "going", "give", "go", "bit"}

class LastAnswer(InUnits, OtherArticle):
    def alone(self, f: Fact) -> Reply:
        """One fact as the whole reply, framed by the article that reports it (inunits and otherarticle use it too)."""
        return self.shown([f])

    def shown(self, facts: list[Fact], related: list = ()) -> Reply:
        """These facts as the whole reply, side by side, framed by the articles that report them (engine and reread use it too)."""
        return Reply(True, rp.framing(self.store, facts, False), [self.statement(f) for f in facts], list(related))

    def about_last(self, text: str, context: dict, words: list[str] = (),
                   qtype: str | None = None) -> tuple[Reply, dict] | None:
        """Follow-ups about the last answer itself: who makes the claim, what the other article (or a
        named one) says, which ones / is that true (the same fact again), tell me more (a linked fact)."""
        last = self.store.facts.get(context["facts"][0])
        if last is None or TOTAL_ASKED.search(text) and (PER_PERIOD.search(last.statement.lower()) or self.of_one_year(last.id)):
            return None  # ("how many in total?" after a week's or one year's figure: the running count, not that again)
        if (detail := self.last_detail(text, last, context)) is not None:
            return detail, context
        if INSTEAD_ASKED.match(text) and PROMISE.search(last.statement.lower()) and (done := self.done_instead(last, context)):
            return done, {**context, "facts": [done.statements[0].fact_id, *context["facts"]]}
        # "do they actually get it?": a promise reported, not whether it is kept; "their names?": the articles do not name them
        if (summed := share_of_all(text, last)) or KEPT.search(text) and PROMISE.search(last.statement.lower()) \
                or THEIR_NAMES.search(text) and UNNAMED.search(last.claimant):  # ("what fraction of all … is that?" after a count: a sum)
            return self.refuse("not-covered", "no-sum" if summed else "not-covered", [last.id]), context
        if (mine := WHOSE_VIEW.match(text)) or FACT_OR_VIEW.match(text):  # the last answer's own kind, never another opinion
            shown = [last] + [self.store.facts[i] for i in context["facts"][1:2] if i in {c.fact for c in last.conflicts_with}]
            return Reply(True, rp.framing(self.store, shown, False) if last.kind == "opinion" else rp.NOT_A_VIEW if mine else rp.A_CLAIM,
                         [self.statement(f) for f in shown]), context
        if (two := self.two_again(text, context)) is not None:  # "which one gives the higher figure?": the two just shown
            return two, context
        if TRUST_LAST.match(text):  # "is that reliable?", "can I trust that?": the bot cannot say; who makes the claim, again
            both = self.who_says(last, context, False)
            return Reply(True, rp.TRUST_FRAMING, both.statements), context
        # "who says so?"; on a fact's own page, "what is this page about?": that fact
        if (page := bool(context.get("page") and THIS_PAGE.search(text))) or WHO_SAYS.search(text) or self.who_says_spelled(text) or WHO_MADE.search(text) or whose_claim(text, words) \
                or doubts(text) and not self.checks_its_own(text, words, last):
            earlier = self.named_earlier(text, last, context)
            if not earlier and not doubts(text) and (self.year_figure_elsewhere(text, last) or (m := WHO_OF.search(text)) and self.missing_point(m[2], last, True)):
                return None  # "who gives the 2025 figure?" after the war's total, "who counted the casualties?" after the prisoners: looked up
            return self.who_says(earlier or last, context, page, text), context
        if SIDE_WORD.search(text):  # "and Ukrainians?": a linked fact on Ukraine's own soldiers, or the other side
            return self.their_side(text, context)
        if (converted := self.in_other_terms(text, last)) is not None:  # (the figure computed for it, kept for IN_AN_ARTICLE)
            shown = converted.statements[0].fact_id if converted.answered and converted.statements else last.id
            return converted, context if shown == last.id else {**context, "converted": [shown, last.id]}
        if (AGAIN.match(text) or ONE_NUMBER.match(text)) and last.figures or NUMBER_ALONE.match(text) and unit_fits(last, "how_many") and not unit_fits(last, "share") or not words and self.said_back(text, last) and not self.other_year(text, last) or set(words) <= DATE_WORDS and THAT.search(text) and qtype in ("how_many", "share", "when") \
                and unit_fits(last, qtype) and any(g.numbers for g in last.figures) and not self.named_sources(text) and not self.other_year(text, last) \
                and figure_fits(last, text) \
                and not self.phrase_it_lacks(text, last):
            # "how many was that?": the figure of the last answer (asked of an article by name: other_asked)
            return self.alone(last), context
        if (qtype == "opinion" and VIEW_OF_THAT.search(text) or view_of_last(text, words, last, self.index.fact_stems[last.id], self.lex.expand, self.index.df)) \
                and (view := self.linked_view(text, context)):
            return view, context  # "what does the author conclude from that?": the view
        if IN_AN_ARTICLE.search(text) and context.get("converted", [None, None])[1] == last.id:  # "is that km figure in the article?"
            shown = self.store.facts[context["converted"][0]]  # after the last figure in other units: the computed fact says
            return self.alone(shown), context
        if (other := self.other_asked(text, words, last, context)) is not None:
            return other, context
        if self.asks_it_again(text, words, last):  # "which ones?", "in simpler words?", "is that killed or wounded?": it again
            return self.alone(last), context
        if (grounds := self.grounds(text, last, context))[0]:  # "why?", "what does the blog point to as proof of that?"
            return grounds[1]
        return self.more_after(text, last, context) if MORE.match(text) and set(words) <= MORE_WORDS else None

    def more_after(self, text: str, last: Fact, context: dict) -> tuple[Reply, dict] | None:
        """"Tell me more": the next fact the last answer links to; "and then what happened to them?": one on what was done next."""
        shown = set(context["facts"])
        nxt = [i for i in context.get("near", []) if i in self.store.facts and i not in shown]
        if FATE.search(text) and not (nxt := [i for i in nxt if done_afterwards(self.store.facts[i])]):
            return None
        if not nxt:
            return self.refuse("not-covered", "not-covered", [last.id]), context
        f = self.store.facts[nxt[0]]
        return self.alone(f), {**context, "facts": [f.id, *shown]}

    def year_figure_elsewhere(self, text: str, last: Fact) -> bool:
        """"Who gives the 2025 figure?" after the war's total: a year the last answer does not name, for which another fact on its
        topic gives a figure (none does for 2023's losses: the last answer's source, as before); only the year is compared."""
        years = {int(m[1] or m[2]) for m in YEARS_FIGURE.finditer(text) if (m[1] or m[2]) not in last.statement}
        if not years:
            return False
        # the facts that name the rarest of the years asked (the index's by_year), not the whole store
        rarest = min(years, key=lambda y: len(self.index.by_year.get(y, ())))
        return any(i != last.id and years <= self.index.fact_years[i] and set((f := self.store.facts[i]).topics) & set(last.topics)
                   and any(g.numbers and g.unit != "date" for g in f.figures) for i in self.index.by_year.get(rarest, ()))

    def other_year(self, text: str, last: Fact) -> bool:
        """"And how much did it take in 2024?" after 2025's figure: a year the last answer's figure is not for."""
        asked = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)}
        # ("how many of those were just in 2025?" after a total by the end of 2025: that year alone, which it is not)
        return bool(asked - self.index.fact_years.get(last.id, set())) \
            or bool(asked and re.search(r"\b(?:just|only|alone|by itself|on its own)\b", text) and BY_THEN.search(last.statement.lower()))

    def asks_it_again(self, text: str, words: list[str], last: Fact) -> bool:
        """Whether a follow-up asks for the last answer again (in other words, or what its figure counts: "is that rounded?"):
        "which ones?" after the intelligence prisoners give (the fact lists them); besides the articles, only RESTATED_WORDS."""
        if SIMPLER.match(text):
            return True
        echo, scope = ECHO.match(text), SCOPE_OF_IT.match(text)
        if not (echo or RESTATE.match(text) or scope or POINTED_AT.match(text)) or DAY_ASKED.search(text) and not gives_a_day(last):
            return False  # ("which exact dates?" after a week of August asks a finer date, not the week again)
        return not scope and set(words) <= RESTATED_WORDS or bool((KIND_OF.match(text) or echo or scope) and words and all(
            self.lex.expand(stem(w)) & self.index.fact_stems[last.id] for w in words))

    def grounds(self, text: str, last: Fact, context: dict) -> tuple[bool, tuple[Reply, dict] | None]:
        """Whether the follow-up asks what the last answer rests on, and the reply: "what does the blog point to as proof of
        that?" (the fact the answer links to, if any); "why?" after an answer that is no view (a reason it links to)."""
        if EVIDENCE_FOR.search(text) and (linked := self.reason_linked(text, last, context)):
            return True, linked
        # "why there?" after where they surrender: the statement saying what the places share, when it led the last answer
        # (read after the news report's Donetsk, it cost a held-out item)
        if WHY_THERE.match(text) and (why := place_reasons(self.store.facts, (context["facts"] or [""])[0], self.place_names)):
            return True, (Reply(True, rp.framing(self.store, why[:1], False), [self.statement(why[0])]),
                          {**context, "facts": list(dict.fromkeys([why[0].id, *context["facts"]]))})  # (what "source?" next is about)
        return (True, self.reason_linked(text, last, context)) if WHY_THAT.match(text) and last.kind != "opinion" else (False, None)

    def two_again(self, text: str, context: dict) -> Reply | None:
        """"Which one gives the higher figure?" right after two articles' versions: the two again, side by side, not a
        fact that happens to say "higher" (the author's view of Putin's higher pay)."""
        shown = [self.store.facts[i] for i in context["facts"][:2] if i in self.store.facts]
        if not HIGHER_ONE.match(text) or len(shown) < 2 or {c.source_id for c in shown[0].citations} == {c.source_id for c in shown[1].citations}:
            return None
        return Reply(True, rp.framing(self.store, shown, bool(shown[0].conflicts_with)), [self.statement(f) for f in shown])

    def reason_linked(self, text: str, last: Fact, context: dict) -> tuple[Reply, dict] | None:
        """"Why?" after an answer that is no view: a claim or view the last answer links to; "why that week?" with none: a
        refusal (no reason the articles give); otherwise None (read as any question)."""
        reasons = [i for i in context.get("near", []) if i in self.store.facts and i not in context["facts"]
                   and self.store.facts[i].kind in ("claim", "opinion") and not gives_no_reason(self.store.facts[i], text)]
        if reasons:
            f = self.store.facts[reasons[0]]
            return self.alone(f), context
        if re.search(r"\b(that|this|then|there) (?!be\b)\w+", text):  # ("why that week?"; not "why would that be?")
            return self.refuse("not-covered", "not-covered", [last.id]), context
        return None

    def who_says_spelled(self, text: str) -> bool:
        """Whether the follow-up, its slips put right, asks who gives the last figure ("who COWNTED them?"); not when it names
        a thing of its own ("who cownted the officers?": a fresh question)."""
        spelled = re.sub(r"[a-z][a-z']+", lambda m: self.lex.correct(m.group()), text)
        return bool(WHO_SAYS.search(spelled) and re.search(r"\bwho\b(?: [a-z']+){1,2}(?: (?:them|those|that|it|this|these|so|the (?:counting|counts?|figures?|numbers?|tally)))?\W*$", spelled))

    def phrase_it_lacks(self, text: str, last: Fact) -> bool:
        """Whether a follow-up names, in a lexicon phrase (which leaves no word of its own), a thing the last answer does not
        hold: "how many of them have GONE HOME?" after the count of prisoners asks about others than that count."""
        held = self.index.fact_stems[last.id]
        return any(p in text and not self.lex.groups[gi] & held and phrase_rx(p).search(text) for p, gi in self.lex.phrases_in(text))

    def said_back(self, text: str, last: Fact) -> bool:
        """"420k?", "so 420,000 then?" after the 2025 losses: nothing but figures the last answer carries, said back to it
        (asked of an article by name, "does the blog say the same 3%?", it is the other article's: other_asked)."""
        stated = [n for n in read(text, self.lex).numbers if not (1900 <= n < 2100 and n == int(n))]
        return bool(stated) and not self.named_sources(text) and all(any(rounds_to(n, x) for g in last.figures for x in g.numbers) for n in stated)

    def names_another_figure(self, u, context: dict) -> bool:
        """Whether a follow-up names a figure (not a year, not a small count) that some fact carries and the last answer
        does not: "who says 420,000 were killed?" after the weekly rate asks about the 420,000, not about that rate."""
        if u.reading is not None and u.reading.all_along and TOTAL.search(u.reading.text) and context.get("facts") \
                and self.of_one_year(context["facts"][0]):  # "what about the overall total since 2022?" after 2025's: the whole span's
            return True
        if u.reading is None or not u.reading.numbers:
            return False
        last = [self.store.facts[i] for i in context.get("facts", ()) if i in self.store.facts]
        stated = [n for n in set(u.reading.numbers) if n not in u.reading.years  # (not the "2" of "km2", nor "three numbers")
                  and (n >= 10 or n != int(n) or re.search(rf"\b{n:g}\s*(?:%|per ?cent)", u.reading.text))]
        if re.search(r"\b(?:as|than|like|with|to) (?:the |that |those )?[\d.,]+", u.reading.text):
            return False  # "is that from the same source as the 10,000?": the last answer, held against another figure
        # (after a refusal too: "what's the 420,000 then?" after "how many died in 2025, dead not hurt?" asks of that figure; not a
        # count asked by an age, "and how many are over sixty?")
        refused = context.get("refused") and u.qtype != "how_many" and all(n >= 100 for n in stated)
        return bool((last or refused) and stated) and all(self.carried(n) and not any(rounds_to(n, x) for f in last for g in f.figures
                                                                          for x in g.numbers) for n in stated)

    def checks_its_own(self, text: str, words: list[str], last: Fact) -> bool:
        """"Is it true that some of them had to wear armbands?" after the illness figure: a doubt that goes on to state a
        claim of its own, naming a subject the last answer lacks, checks that claim, not the last answer (one no fact holds,
        "this author is military expert or not?", is refused as any question is; not said of the last answer: "THAT'S a
        guesstimate, isn't it?")."""
        m = DOUBT.match(text)
        if not m or self.named_sources(text[m.end():]):  # ("the blog said somewhere else, didn't it?": the articles compared)
            return False
        rest, alone = set(TOKEN.findall(text[m.end():])), not SAID_OF_LAST.match(text[m.end():])
        rest -= set() if alone else VERDICT_WORDS  # ("…the number is EXAGGERATED?": a verdict on it, no subject of its own)
        own = [e for w in words if w in rest and (e := self.lex.expand(stem(w))) and not e & self.index.fact_stems[last.id]
               and (alone or any(self.index.df[x] for x in e))]
        said = text[m.end():]  # (and a phrase the lexicon holds: "is it true that many have been IN TROUBLE WITH THE LAW?")
        own += [e for phrase, gi in self.lex.phrases_in(said) if phrase_rx(phrase).search(said) and (e := set(self.lex.groups[gi]))
                and not e & self.index.fact_stems[last.id] and any(self.index.df[x] for x in e)]
        return any(wt >= 0.8 for wt in self.index.weights(own, {}))  # a subject word, not "else" or "somewhere"

    def lead_links(self, context: dict) -> list[str]:
        """The facts the last answer's lead links to: the first of context["near"] (which holds its other statements' links after them)."""
        return context.get("near", [])[:context.get("lead_near", 99)]

    def linked(self, context: dict, further: bool = True) -> list[str]:
        """The facts the last answer links to and, `further`, those they link to in turn (each once, in link order)."""
        hops = [i for i in context.get("near", []) if i in self.store.facts]
        if further:
            hops += [j for i in hops for j in self.store.facts[i].related if j in self.store.facts and j not in hops]
        return hops

    def linked_view(self, text: str, context: dict) -> Reply | None:
        """An opinion linked to the last answer, or (the author asked for by name, not what Russia thinks of it) one a
        linked fact links to."""
        hops = self.linked(context, further=bool(AUTHOR_ASKED.search(text)))
        views = [self.store.facts[i] for i in hops if i not in context["facts"] and self.store.facts[i].kind == "opinion"]
        return Reply(True, rp.framing(self.store, views[:1], False), [self.statement(views[0])]) if views else None

    def done_instead(self, last: Fact, context: dict) -> Reply | None:
        """What was done instead of what the last answer says was promised: a linked statement saying "instead"."""
        hops = self.linked(context)
        instead = [self.store.facts[i] for i in hops if i not in context["facts"] and INSTEAD.search(self.store.facts[i].statement)]
        return Reply(True, rp.framing(self.store, instead[:1], False), [self.statement(instead[0])]) if instead else None

    def who_says(self, last: Fact, context: dict, page: bool, text: str = "") -> Reply:
        """The last answer again with who makes the claim; after both articles' versions side by side, who makes it in
        each, not in the first only ("who does THE NEWS REPORT credit?": its version alone); "what is this page about?" on
        a fact's own page: that fact."""
        if page:
            return self.alone(last)
        both = [last] + [self.store.facts[i] for i in context["facts"][1:2] if i in {c.fact for c in last.conflicts_with}]
        named = self.named_sources(text) if text and len(both) == 2 else []
        both = [f for f in both if self.cites(f.id, named)] or both if len(named) == 1 else both
        return Reply(True, rp.WHO_FRAMING if len(both) == 1 else rp.WHO_BOTH, [self.statement(f) for f in both])

    def beside_last(self, text: str, reply: Reply, context: dict) -> Reply:
        """"Is that more than the Ukrainians who came home?": the fact on the other figure, with the last answer's fact
        beside it, so that both figures are on the screen (the bot compares nothing itself)."""
        last = self.store.facts.get(context["facts"][0]) if context.get("facts") else None
        if not (reply.answered and reply.statements and last and THAT_AGAINST.match(text)) \
                or any(s.fact_id == last.id for s in reply.statements):
            return reply
        facts = [self.store.facts[reply.statements[0].fact_id], last]
        return self.shown(facts, reply.related)

    def last_detail(self, text: str, last: Fact, context: dict) -> Reply | None:
        """What the last answer says of its own figure: its exact number ("exact number?"), its average ("what's the
        average?"), how big it is ("is that a lot?"), when it began or what came before ("since when?", "before that?"),
        who the person giving it is ("who is he?")."""
        if (since := SINCE_WHEN.match(text)) or BEGAN_ASK.match(text):
            # "since when?": when the last answer's state began, if it says so (since June 2023, since the war began); else a
            # date that began in it or a fact it links to ("when did that start?" needs one); the weekly pace says neither
            if SINCE_FROM.match(text) and (DATED.search(last.statement) or CHANGED.search(last.statement)):
                return self.alone(last)
            if began := began_dated([last] + [self.store.facts[i] for i in self.lead_links(context)]):
                return self.alone(began[0])
            if since:
                return self.refuse("not-covered", "not-covered", [last.id])
        if DATE_ASK.match(text) or PERIOD_ASK.match(text):  # "which month?" after the record week (August 2024); after a figure with no date, none
            spans = DATED.search(last.statement) or PERIOD_ASK.match(text) and SPAN.search(last.statement) \
                and not re.search(r"\b(?:since|from|start|beginning|cover|(?:19|20)\d\d)\b", text)  # ("is that per year?": a week)
            return self.alone(last) if spans \
                else self.refuse("not-covered", "not-covered", [last.id])
        if PLACE_OF_THAT.match(text) and POINTS_TO_IT.search(text) and DATED.search(last.statement) and not PLACE_GIVEN.search(last.statement):
            return self.refuse("not-covered", "not-covered", [last.id])  # ("where was that?" after the record week: not said)
        if (per := PER_WHICH.match(text)) and re.search(rf"\b(?:a|an|each|every|per) (?:{per[1]}|{per[2]})\b|\b(?:{per[1]}|{per[2]})ly\b", last.statement):
            return self.alone(last)
        if WORKED.match(text):  # the last answer, or a statement it links to, judging whether it worked
            judged = [f for f in [last] + [self.store.facts[i] for i in context.get("near", []) if i in self.store.facts]
                      if OUTCOME_SAID.search(f.statement)]
            if judged:
                return Reply(True, rp.framing(self.store, judged[:1], False), [self.statement(judged[0])])
        if AVERAGE_OF_IT.match(text):  # "what's the average?" after the prisoners' ages: only an average the fact gives
            return self.alone(last) if re.search(r"\baverage\b", last.statement) \
                else self.refuse("not-covered", "no-figure", [last.id])
        if SO_MANY.match(text):  # "is that a lot?": the fact judging it (its own words, or a linked one's: "staggering")
            hops = self.linked(context)
            judged = [f for f in [last] + [self.store.facts[i] for i in hops] if JUDGED.search(f.statement)]
            # no fact judges it: the articles do not say whether it is many, which the refusal says, offering the figure
            return Reply(True, rp.framing(self.store, judged[:1], False), [self.statement(judged[0])]) if judged \
                else self.refuse("not-covered", "not-covered", [last.id])
        if BEFORE_THAT.match(text) and CHANGED.search(last.statement) or BEFORE_BARE.match(text) and WHAT_CAME_BEFORE.search(last.statement) \
                or PAY_ASKED.match(text) and PAY_IN_WORDS.search(last.statement) \
                or HIS_ROLE.match(text) and NAMED_PERSON.search(last.claimant):  # "who is he?" after Syrskii's figure: the claim naming him
            return self.alone(last)
        return None

    def their_side(self, text: str, context: dict) -> tuple[Reply, dict] | None:
        """"And Ukrainians?": a fact the last answer links to on Ukraine's own soldiers; "and ukraine?" after a count of
        Russia's men: Ukraine's own, which the articles do not cover; otherwise None (read as any question)."""
        ours = [i for i in self.lead_links(context) if "ukrainian soldiers" in self.store.facts[i].statement.lower()]
        if ours:
            f = self.store.facts[ours[0]]
            return self.alone(f), context
        if context.get("counted") and re.search(r"\b(?:ukraine|kyiv)\b", text):
            return self.refuse("out-of-scope", "other-side"), {**context, "side": "ukrainian", "facts": []}
        return None

    def named_earlier(self, text: str, last: Fact, context: dict) -> Fact | None:
        """"And who counted the WEEKLY number?" after the record week: an earlier answer (newest first) holding a word the last lacks."""
        missing = self.missing_point(text, last)
        return next((self.store.facts[i] for i in context.get("earlier", []) if missing and i in self.store.facts
                     and any(forms & self.index.counted_stems(i) for forms in missing)), None)

    def missing_point(self, text: str, last: Fact, whole: bool = False) -> list[set[str]]:
        """The words of "who says / counted …" the last answer lacks that some fact holds ("the CASUALTIES" after the prisoners); whole: none unless it lacks them all."""
        point = [self.lex.expand(stem(w)) for w in TOKEN.findall(text) if w not in STOPWORDS and w not in SOURCE_WORDS
                 and stem(w) not in SAY_STEMS and not A_FIGURE.fullmatch(w) and not w[0].isdigit()]
        missing = [forms for forms in point if not forms & self.index.counted_stems(last.id) and any(self.index.df[e] for e in forms)]
        return missing if not whole or len(missing) == len(point) else []


# "what fraction of all captured Russians is that?", "what percentage of the total is that?" after a count: a share of the
# bot's own working out, which no article gives
SHARE_OF_ALL = re.compile(r"^(?:and |so |ok )?(?:what|which) (?:fraction|share|percentage|proportion|percent|part) of (?:all|the total|the whole)\b"
                          r"[^?]*\b(?:is|are|was|were) (?:that|this|those|these|they|it)\W*$")


def share_of_all(text: str, last: Fact) -> bool:
    """Whether a follow-up asks what share of a whole the last answer's count is, the count not being a share itself."""
    return bool(SHARE_OF_ALL.search(text)) and not unit_fits(last, "share") and bool(last.figures)  # (a count in words too: "hundreds")
