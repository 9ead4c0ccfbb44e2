"""The explainer bot: understand a question, retrieve facts, assemble a reply only from facts.

No Flask. `Bot.answer` returns a `Reply` whose statements are fact statements, word for word, each
with its claimant and citations; the bot's own words are short framings without figures. When no
fact clears the threshold, or the question is about something the articles do not report, the
reply says so (`answered=False`) and offers related facts and questions it can answer.

The steps live in their own modules: `normalize` (reading the words), `understand` (type, year,
side, scope, follow-ups), `retrieve` (FTS5 bm25 candidates, rules, threshold) and `reply`.
"""
from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice
from typing import Callable

from ..facts import Store
from ..numbers import same
from ..schemas import Fact
from . import about, define, reply as rp
from .quoted import quoted_asked, quoted_phrases
from .beyond import periods_asked, REMARK, STILL_NOW, years_compared, YOUR_VIEW, CONTACT_DETAIL, contact_facts, families_themselves, yearly_trends, CHECKED_BY, OUTCOME, END_FORECAST, VIEW_OF, war_length, PROPAGANDA_VERDICT, RUSSIAS_CHIEF, HIS_LIFE, LAW_CLAUSE, PLACE_NAMES, SWAP_TERMS, unpromised_kind, AGE_COUNT, harmed_for_giving_up, UNNAMED_INSIDER, BELONGINGS, EVERY_ONE_HELPED, past_the_articles, COST_ASKED
from .normalize import PERIODS, TOKEN, Lexicon, read, stem, tidy, standard
from .wrapping import PERSONAL
from .reply import Reply, Statement
from .retrieve import MIN_COVERAGE, MIN_SCORE, FactIndex, Scored, Search, answers_a_figure_question, clears, rank, stated
from .fit import PEOPLE, no_such_figure
from .followups import NO_FIGURE_AFTER, PRISONERS_OR_LOSSES, TOTAL_ASKED, WHY_THAT
from .whose import without_checked_body
from .subject import WEEK, deed_asked, most_at_unknown, place_word_unknown, predicate_word_unknown, BY_THEN, place_names, CHECK, COUNT_OF, HEAD, WAY_TYPES, could_be_a_subject, willing_verb, counted_verbs, counted_word_unknown, head_word_unknown, is_verb, owned_word_unknown, places_taken
from .lastanswer import LastAnswer, whose_refused
from .records import Records
from .backto import THAT_YEAR, back_to, that_year
from .reread import Rereading
from .counting import Counting, checked_figures, misremembered
from .asked import Asked
from .narrowing import CAUSE_ASKED, Narrowing
from .suggest import Suggester
from .checked import STATED
from .understand import CHECK_OPENING, TRUST_FIGURE, Scope, qtype_of, understand

__all__ = ["Bot", "Reply", "Statement", "qtype_of"]


# "which article is more reliable IN YOUR OPINION?": the bot's own view, asked even of the articles (their records answer
# "which should I trust more?")
BOTS_OWN_VIEW = re.compile(r"\bin (?:your|ur) (?:own )?(?:opinion|view)\b|\b(?:your|ur) (?:own |personal )?(?:opinion|view|verdict)\b"
                           r"|\w,? (?:do|d'you) (?:you|u|ya) (?:really |personally )?(?:think|reckon)\W*$")  # ("is it biased, do you think?")
MONEY = re.compile(r"\b(pay|paid|money|salary|salaries|wages?|earn\w*|(?<!human )(?<!at what )(?<!at such a )cost\w*|spend\w*|spent|(?<!human )price|budget)\b")
SUM_NAMED = re.compile(r"(?:what|how much)(?:'s| is| was| are| were)? (?:the |a |an )?(?:\w+ ){0,2}(?:pay|salary|salaries|wages?|income|earnings)\b"
                       r"|how much (?:does|did|do|would|will) (?:\w+ ){1,4}(?:cost|get paid|earn)\b")  # "how much does the project cost?": a sum
MONEY_UNIT = re.compile(r"\b(roubles?|rubles?|dollars?|euros?|hryvnias?|hryvnyas?|pounds?|currency|usd)\b|\$")
# the stems of a period ("350 a DAY?"): how long a figure is counted over, no subject of its own (not "times")
PERIOD_STEMS = {stem(w) for w in PERIODS} - {stem("time")}


# "any women among them?", "were there any from Britain?": whether the last answer's men include some, of a kind no fact names
ANY_OF = re.compile(r"^(?:and |so |but )?(?:(?:are|were|was|is) (?:there )?)?any\b")


class Bot(LastAnswer, Records, Counting, Asked, Narrowing, Rereading):
    """Answers questions from one store. `search(match, limit, ordered=True, budget=None)` returns
    (fact id, bm25) pairs from the FTS5 index, best first (db.bot_search); `fact_url(id)` gives a
    fact's page."""

    def __init__(self, store: Store, search: Search, fact_url: Callable[[str], str] = lambda i: f"/facts/{i}",
                 min_coverage: float = MIN_COVERAGE, min_score: float = MIN_SCORE,
                 source_url: Callable[[str], str] | None = lambda i: f"/sources#src-{i}", subject: str | None = None):
        self.store = store
        # a teacher's subject (its title): its refusals and greeting speak of its article, not of the prisoners
        self.refusals = rp.worded(rp.REFUSALS, len(store.sources), subject)
        self.smalltalk = rp.worded(rp.SMALLTALK, len(store.sources), subject)
        self.source_url = source_url  # None: questions about the articles themselves are not answered
        self.search = search
        self.fact_url = fact_url
        self.min_coverage = min_coverage
        self.min_score = min_score
        texts = [f"{f.statement} {f.claimant} {' '.join(f.topics)}" for f in store.facts.values()]
        texts += [q for qs in store.asks.values() for q in qs]
        oos_words = [t for terms in store.lexicon.out_of_scope.values() for t in terms]
        self.lex = Lexicon.build(store.lexicon.synonyms, texts, oos_words)
        self.index = FactIndex(store, self.lex)
        self.suggester = Suggester(self.index, store.lexicon.suggestions, lead_of=self.lead_of)
        self.claimant_stems = {f.id: {stem(w) for w in TOKEN.findall(tidy(f.claimant))} for f in store.facts.values()}
        self.any_claimant = set().union(*self.claimant_stems.values())
        self.money_figures = any(MONEY_UNIT.search(g.unit) for f in store.facts.values() for g in f.figures)
        self.scope = Scope(store.lexicon.out_of_scope, self.index.known_years)
        self.places_taken = places_taken(store)
        # facts offered beside a kind of refusal, found once: each is a look at every fact
        self.war_length, self.contact, self.trends = war_length(store), contact_facts(store), yearly_trends(store)
        self.names = define.names(store)
        # an article's author by name ("what does Drucker think…?") names whose view is asked, not a subject
        self.author_stems = frozenset(stem(n) for src in store.sources.values() for n in about.author_names(src))
        # a word for what no article reports, and the subject a refusal of it suggests questions on ("tortured": treatment)
        self.refusal_topics = [(re.compile(r"\b(?:" + "|".join(map(re.escape, ws)) + r")\b"), read(t, self.lex).concepts)
                               for t, ws in store.lexicon.refusal_topics.items() if ws]
        self.quoted = quoted_phrases(store)  # the plain words facts quote ('staggering', "infected")
        self.mentions = define.Mentions(store)
        self.people = {e for w in PEOPLE for e in self.lex.expand(stem(w))}  # the words a count of men may count by
        self.place_names = sorted(place_names(store))
        self.place_set = frozenset(self.place_names)
        self.derived_from: dict[str, list[str]] = {}  # a fact -> the facts whose figures Sourced computed from it
        for f in store.facts.values():
            for src in dict.fromkeys(i for g in f.figures for i in (g.from_facts or ())):
                self.derived_from.setdefault(src, []).append(f.id)

    def lead_of(self, question: str) -> str | None:
        """The fact that leads this bot's answer to a question asked on its own (None when refused)."""
        reply, _ = self.answer(question)
        return reply.statements[0].fact_id if reply.answered and reply.statements else None

    def carried(self, n: float) -> bool:
        """Whether some fact carries a figure the visitor states (a look in a window of the sorted figures)."""
        return self.index.carries(n)

    def index_terms(self, fact: Fact) -> str:
        """What a fact is indexed by besides its words (the FTS `terms` column)."""
        return self.index.index_terms(fact)

    def ideas_of(self, f: Fact) -> list[list[str]]:
        """The ideas a fact's statement holds, as a question's are kept in the conversation."""
        return [sorted(c) for c in read(f.statement, self.lex).concepts]

    def holds(self, fid: str, words: str) -> bool | None:
        """Whether a fact holds every idea of some words ("the casualties"); None when they have none ("the total")."""
        ideas = read(words, self.lex).concepts
        return self.index.holds_all(fid, ideas) if ideas and fid in self.store.facts else (None if not ideas else False)

    def statement(self, f: Fact) -> Statement:
        return rp.statement(self.store, f, self.fact_url)

    def suggestions(self, k: int = rp.MAX_SUGGESTIONS) -> list[str]:
        return list(self.store.lexicon.suggestions[:k])

    def refuse(self, reason: str, why: str, related: list[str] = ()) -> Reply:
        related = list(related[:rp.MAX_RELATED])
        return Reply(False, self.refusals[why], related=[self.statement(self.store.facts[i]) for i in related],
                     suggestions=self.suggestions_near(related), reason=reason)

    def suggestions_near(self, related: list[str], k: int = rp.MAX_SUGGESTIONS) -> list[str]:
        """After a refusal: questions that fit what was asked (the related facts' example questions),
        then the general ones."""
        near = [self.store.asks[i][0] for i in related if self.store.asks.get(i)]
        return list(dict.fromkeys(near + self.suggestions(k)))[:k]

    def related(self, ranked: list) -> list[str]:
        """Facts to offer beside a refusal: those holding all the question's known ideas, not opinions."""
        top = max((s.coverage for s in ranked), default=0)
        return [s.fact_id for s in ranked
                if s.coverage > 0 and s.coverage >= top and self.store.facts[s.fact_id].kind != "opinion"][:rp.MAX_RELATED]

    def answer(self, question: str, context: dict | None = None) -> tuple[Reply, dict]:
        """Reply to one question; `context` is the conversation so far (returned updated). A refusal's suggested
        questions share the question's subject and never repeat what its related facts show (suggest.py)."""
        context, question = dict(context or {}), standard(question)  # (dialect words read as the standard ones: dialect.py)
        if context and (back := back_to(question, context, self.store, self.ideas_of, self.holds)):  # "back to the first number: who counted it?"
            question, context = back
        if context.get("facts") and THAT_YEAR.search(question) and qtype_of(tidy(question)) not in ("why", "how", "opinion"):
            # "how many in that year?": the year of the last answer, or of a refused question that named one
            question = that_year(question, set(context.get("years", ())) if context.get("refused") else
                                 self.index.fact_years.get(context["facts"][0], set()))
        u = understand(question, self.lex, self.scope, context)
        u.other_figure = u.follow_up and self.names_another_figure(u, context)
        if u.other_figure and not u.reading.concepts:  # nothing of its own but the figure ("does the blog give the 10,000
            fresh, fresh_after = self.answer(question, None)  # too?" after the conscripts): read afresh, not the last subject
            if fresh.answered:
                return fresh, fresh_after
        if u.other_figure and u.prev_ideas:  # "where does the blog get ITS 10,000 figure?": the figure's, not the last subject
            u.ideas = [c for c in u.ideas if c not in u.prev_ideas] or u.ideas
        reply, after = self.reply_for(u, context)
        reply = self.beside_last(u.text, reply, context) if u.follow_up else reply  # "is that more than …?": both figures
        if (again := self.reread(question, u, context, reply)) is not None:  # afresh, or in part (reread.py)
            return again
        if not reply.answered and after is context and context.get("facts"):  # "who says that?" next is about this, not the last answer
            after = {**context, "refused": True, "years": sorted(u.reading.years) if u.reading is not None else []}
        if not reply.answered and reply.reason in (*rp.LACKING, "out-of-scope") and u.reading is not None:
            shown = {s.fact_id for s in reply.related} | set(context.get("facts", ()))  # on screen, or just answered
            near = [c for rx, concepts in self.refusal_topics if rx.search(u.reading.text) for c in concepts]  # ("tortured": treatment)
            reply.suggestions = self.suggester.near(near + u.ideas, u.reading.word_of, shown, rp.MAX_SUGGESTIONS)
        if after is not context and after.get("facts") and context.get("facts"):  # the answers before the last, newest first
            before = dict.fromkeys(context["facts"][:1] + context.get("earlier", []))
            after = {**after, "earlier": [i for i in before if i != after["facts"][0]][:4]}
        return reply, after

    def reply_for(self, u, context: dict) -> tuple[Reply, dict]:
        if u.kind == "empty":
            return self.refuse("empty", "empty"), context
        if u.kind in rp.SMALLTALK:
            tips = self.suggestions() if u.kind not in ("thanks", "dismissed") else []
            return Reply(False, self.smalltalk[u.kind], suggestions=tips, reason="smalltalk"), context
        if STILL_NOW.search(u.text):  # "are Ukrainian troops still in Kursk now?": no article reports how things stand now
            return self.refuse("not-covered", "now", context.get("facts", [])[:1]), context
        if CHECKED_BY.search(u.text):  # "has anyone independently checked…": no article reports a check by anyone
            return self.refuse("not-covered", "no-check"), context
        if self.source_url is not None and about.ABOUT_ME.search(u.text):  # "can I trust you?": what the bot is
            return self.about_me()
        if PROPAGANDA_VERDICT.search(u.text) or BOTS_OWN_VIEW.search(u.text):  # "isn't that just Kyiv propaganda?": a verdict, no view of the bot's
            return self.refuse("not-covered", "no-view"), context
        if (articles := self.quoted_word(u) or self.about_articles(u.text, context) or self.about_articles_spelled(u.text, context)) is not None:
            return articles
        if (OUTCOME.search(u.text) and not VIEW_OF.search(u.text) or END_FORECAST.search(u.text)) and not u.reading.text.startswith(("how many", "how much")):  # "who won the war?": no article reports an end
            return self.refuse("not-covered", "outcome", self.war_length), context
        if YOUR_VIEW.search(u.text) and not about.ARTICLE.search(u.text) or REMARK.match(u.text):  # "do you think Ukraine will win?"
            return self.refuse("not-covered", "no-view"), context
        if CONTACT_DETAIL.search(u.text):  # "what's the hotline number?": no article gives one; the ways in touch it names
            return self.refuse("not-covered", "no-contact", self.contact), context
        if families_themselves(u.reading.text) or RUSSIAS_CHIEF.search(u.text) or HIS_LIFE.search(u.text) or LAW_CLAUSE.search(u.text) or PLACE_NAMES.search(u.text) or SWAP_TERMS.search(u.text) or unpromised_kind(u.reading.text, self.store, context) or AGE_COUNT.search(u.text) or harmed_for_giving_up(u.reading.text) or UNNAMED_INSIDER.search(u.reading.text) or BELONGINGS.search(u.text) or EVERY_ONE_HELPED.search(u.reading.text) or past_the_articles(u.text, context):  # "are their families punished?", "who is Russia's army chief?": no article reports on them
            return self.refuse("not-covered", "not-covered"), context
        if u.kind == "out-of-scope":
            return self.refuse("out-of-scope", u.scope if u.scope in rp.REFUSALS else "not-covered"), context
        # no word to look up; "how many soldiers does Russia have in total?" still asks for a figure ("who says so?" after
        # a question naming only a figure, "what's 1,213,460?", asks about the last answer first)
        if u.kind == "nothing" and not (u.follow_up and context.get("facts")):
            return self.nothing_to_look_up(u), context

        if (term := define.term_asked(u.text, self.names) or define.term_asked(u.reading.text, self.names, bare=False)) and (meant := self.meaning(term, u, context)):
            return meant
        if (meant := self.place_meant(u, context)) is not None:
            return meant
        if u.follow_up and context.get("refused") and (why := self.after_refusal(u)):
            return self.refuse("not-covered", why), context
        if u.follow_up and context.get("facts") and not u.other_figure and not self.kinds_instead(u) \
                and (narrowed := self.about_last(u.text, context, u.reading.words, u.qtype)):  # ("who says 420,000?": not the last)
            return narrowed
        if u.kind == "nothing":
            return self.nothing_to_look_up(u), context
        if u.follow_up:
            self.read_after(u, context)
        reply, after = self.reply_to(u, context)
        if reply.answered and u.follow_up and context.get("refused") and "concepts" in after:  # "who estimates that?" after the
            held = self.index.fact_stems.get(reply.statements[0].fact_id, set())  # refused losses: the losses stay the subject
            after = {**after, "concepts": after["concepts"] + [c for c in context.get("concepts", []) if set(c) & held and c not in after["concepts"]]}
        if not reply.answered and after is context and reply.reason == "not-covered" and not context.get("facts"):
            # a refused question still sets the subject: "when was I Want to Live launched?" (refused), "and who is behind it?"
            after = {"concepts": [sorted(c) for c in self.subject_set(u)], "qtype": u.qtype, "facts": [], "refused": True, "years": sorted(u.reading.years),
                     "counted": bool(PRISONERS_OR_LOSSES.search(u.reading.text)),
                     # "how many surrendered in 2024?" (refused), "and 2025?": one year's count, not a total by then
                     "one_year": u.qtype == "how_many" and len(u.reading.years) == 1 and not BY_THEN.search(u.reading.text)}
        return reply, after

    def subject_set(self, u) -> list[set[str]]:
        """The ideas a refused turn leaves for the next one: all of a question's; of a remark on the visitor's own life ("I'm a
        librarian checking a citation.", "I read about the swaps in the paper."), only those some fact holds: its other words
        are the visitor's, no subject that "it" or "those" in the next question points back to."""
        if not ((PERSONAL.match(u.text) or PERSONAL.match(u.reading.text)) and not STATED.match(u.text) and "?" not in u.text):  # (after a greeting too)
            return u.ideas
        return [c for c in u.ideas if any(self.index.df[e] for e in c)]

    def place_meant(self, u, context: dict) -> tuple[Reply, dict] | None:
        """"Where is Kursk?", "where is that?" (the place the last answer names), "donetsk?" asked first: where the place lies,
        told only by a fact that locates it (define.py); None when no place is asked about."""
        last = self.store.facts.get(context["facts"][0]) if context.get("facts") else None
        if (place := define.place_asked(u.text, self.place_set) or define.place_referred(u.text, last, self.place_names)) \
                and (meant := self.meaning(place, u, context, "no-place")):
            return meant
        if not context.get("facts") and (place := define.bare_place(u.text, self.place_set)) \
                and (meant := self.meaning(place, u, context, "no-place")) and meant[0].answered:  # "donetsk?", first
            return meant
        return None

    def nothing_to_look_up(self, u) -> Reply:
        """No word to look up: refused, as asking for a figure when it is a count or share question."""
        return self.refuse("not-covered", "no-figure" if u.qtype in ("how_many", "share") else "nothing")

    @staticmethod
    def after_refusal(u) -> str | None:
        """Why a follow-up right after a refusal is refused too, if it is: "who says that?" (no claim to give), "why?"
        (no reason), "so there's no exact number?" (none, again)."""
        if whose_refused(u.text) and not u.own:
            return "who-refused"
        if WHY_THAT.match(u.text) and not u.reading.words:
            return "why-refused"
        return "no-figure" if NO_FIGURE_AFTER.match(u.text) else None

    def read_after(self, u, context: dict) -> None:
        """A follow-up's reading, settled by the conversation before it is answered as any question."""
        if WHY_THAT.match(u.text) and not u.reading.words and len(u.ideas) > 1 and not self.gave_a_view(context):
            # "why?" after "how many surrender each week": why they surrender, not why weekly; the subject
            # is the idea most facts share
            u.ideas = [max(u.ideas, key=lambda c: sum(self.index.df[e] for e in c))]
        if (u.reading.all_along or TOTAL_ASKED.search(u.text)) and not u.reading.years:  # "how many in total?" after the
            u.ideas = [c for c in u.ideas if not c & PERIOD_STEMS] or u.ideas  # weekly pace: the count,
            u.reading.all_along = True  # not the week's
        if context.get("one_year") and u.reading.years and not BY_THEN.search(u.reading.text):  # "and 2025?", not "by the end of 2025"
            u.one_year = True
        if not u.reading.years and (year := self.year_before(u.reading.text, context) or self.year_carried(u, context)):
            u.reading.years = {year}  # "what about the year before?" after 2025's losses: 2024

    def reply_to(self, u, context: dict) -> tuple[Reply, dict]:
        """Retrieve, check that the facts answer what was asked, and reply (or refuse)."""
        if any(self.carried(n) for n in stated(u.reading)):  # "is the 6,000 figure from the General Staff?": whose figure
            u.ideas = without_checked_body(u.ideas, u.reading.text)
        central, known = self.subject_unknown(u)
        ranked = self.ranked_for(u, context, central, known)
        money = self.lex.expand(stem(m.group(1))) if (m := MONEY.search(u.reading.text)) else set()
        unnamed, ranked = self.unnamed_kind(u, central, ranked)  # "was Wagner one of them?": no article names one
        if unnamed:
            return unnamed, context
        related = self.offered(u, ranked, money)
        ranked = self.computed_first(u, self.narrow_to_last(u, self.narrow(u, ranked), context))
        if sums := self.sum_asked(u, ranked):  # "that leaves about 4,000, right?": no sums of the bot's own
            return sums, context
        # "how much are they paid": no sum; "paid TO JOIN": a fact holding every idea (pay several times the average) answers
        ranked = [s for s in ranked if not any(g.numbers for g in self.store.facts[s.fact_id].figures)
                  and money & self.index.counted_stems(s.fact_id)] if money and not self.money_figures else ranked
        whole = len(u.ideas) >= 2 and bool(ranked) and ranked[0].coverage >= 0.999 and not MONEY_UNIT.search(u.text) \
            and not SUM_NAMED.match(u.reading.text) and not COST_ASKED.match(u.reading.text)  # "what is the average Russian wage?": a sum, not pay in words
        if whole and MONEY.search(u.reading.text) and not self.money_figures:
            u.qtype = None  # answered in words ("pay several times the national average"), not by a figure
        if ((u.qtype in ("how_many", "share", "what_is") or COST_ASKED.match(u.reading.text)) and MONEY.search(u.reading.text) and not self.money_figures and not whole) \
                or (MONEY_UNIT.search(u.text) and not self.money_figures) \
                or self.places_taken.search(u.reading.text):
            # "how much are they paid": a sum of money no fact carries; "did Russia take Bakhmut": a town, not soldiers
            return self.refuse("not-covered", "no-figure", [i for i in related if self.store.facts[i].kind != "figure"]), context
        if central:  # what the question is about is mentioned by no fact: no neighbouring fact answers it,
            # and none shares its subject, so none is offered (but a place no fact names: where they were); the suggestions are near what was asked
            reply = self.refuse("not-covered", "not-covered", self.places_instead(u, ranked))
            reply.suggestions = self.suggestions_near(related if known else [])
            return reply, context
        best = ranked[0] if ranked else None
        if u.other_side and not (context.get("side") == "ukrainian" and clears(best, self.min_coverage, self.min_score)):
            # Ukraine's own soldiers held by Russia: not covered; a follow-up may still ask what the
            # articles do say about Ukraine's soldiers ("and how many have come home?")
            side = {"concepts": [sorted(c) for c in u.ideas], "qtype": u.qtype, "side": "ukrainian", "facts": []}
            again = u.follow_up and context.get("side") == "ukrainian"  # "what about officers?" after an other-side refusal
            return self.refuse("out-of-scope", "other-side-again" if again else "other-side", related), side
        if not clears(best, self.min_coverage, self.min_score):
            if u.reading.years and (CHECK.match(u.reading.text) or years_compared(u) and u.qtype == "compare" and not u.follow_up):  # ("2025 vs 2024?")
                # "is it true the record week was in 2023?": the fact
                u.compared = set(u.reading.years) if years_compared(u) and u.qtype == "compare" else set()
                u.reading = replace(u.reading, years=set())    # that gives the real year answers it, if it gives one
                return self.undated(*self.reply_to(u, context))
            if u.follow_up and u.reading.years and context.get("facts") and not CAUSE_ASKED.search(u.reading.text):  # "and in 2025?"
                return self.thing_in_year(u, context) or (
                    self.refuse("not-covered", "year-narrow", self.in_years(u.reading.years, context)), context)
            # "how many were killed": the dead and wounded are one figure, which the refusal says
            return self.refuse("not-covered", *(self.part_of_combined(u, related) or ("not-covered", related))), context
        if lacks := self.named_lacks(u, ranked):  # "according to the news report…": only the other article gives it
            return self.named_refusal(*lacks), context
        f = self.store.facts[best.fact_id]
        if not answers_a_figure_question(f, u.qtype, u.reading.text):
            return self.refuse("not-covered", *(self.part_of_combined(u, related) or no_such_figure(f, u.reading.text, related))), context
        return self.answer_with(u, ranked)

    def thing_in_year(self, u, context: dict) -> tuple[Reply, dict] | None:
        """"And in 2025 alone?" after the General Staff's estimate of the losses: the thing the last question counted, in that
        year, whoever gives it; not the same source's figure for it (the idea most facts share is the thing, as for "why?")."""
        if len(u.ideas) < 2 or u.own or u.qtype == "compare":  # (not the year of a comparison: "and 2024?" after 2025 vs 2022)
            return None
        ideas, u.ideas = u.ideas, [max(u.ideas, key=lambda c: sum(self.index.df[e] for e in c))]
        reply, after = self.reply_to(u, context)
        last, found = (self.store.facts.get(i) for i in (context["facts"][0], reply.statements[0].fact_id if reply.answered else ""))
        if last and found and set(found.topics) & set(last.topics) and not one_week_for_a_year(found, last, u.reading.text):
            return reply, after  # a figure on the same topic as the last answer's (not one week's for a year's)
        u.ideas = ideas
        return None

    def ranked_for(self, u, context: dict, central: bool, known: list) -> list:
        """The candidate facts, best first: looked up by the ideas some fact holds when the subject is a word no fact
        holds, or when a figure stands for it (by_figure); else by all the question's ideas."""
        by_figure = self.by_figure(u, central, known)
        looked_up = [c for c in known if not c <= PERIOD_STEMS] if by_figure else known if central else u.ideas
        return rank(self.index, self.search, looked_up, u.qtype, u.reading, u.prev_topics,
                    u.other_side, self.min_coverage, near=u.prev_near, own=u.own, last=frozenset(context.get("topics", ())),
                    shown=frozenset(context.get("facts", ())) if u.follow_up and not CHECK_OPENING.match(u.reading.text) else frozenset(),
                    prev=u.prev_ideas)  # (a claim checked may be the one just given: "it was 2023, wasn't it, the record year?")

    def lead_in(self, u, facts: list) -> str:
        """The words before an answer's statements: a checked figure none of them carries is said to be so ("is it true 500
        surrendered in one week?": the record was 350); whether to trust a figure gets who makes the claim."""
        message = rp.framing(self.store, facts, bool(facts[0].conflicts_with))
        if u.other_period or misremembered(u.reading, facts):  # ("350 a DAY?" of a week's record: another period)
            return (rp.OTHER_PERIOD if u.other_period else rp.NOT_AS_STATED) + message
        if TRUST_FIGURE.search(u.text) and any(g.numbers for g in facts[0].figures):  # "can I trust the 1.2 million figure?"
            return rp.TRUST_FRAMING
        return rp.noted(self.store, facts, message)  # two versions side by side: how they differ first

    def quoted_word(self, u) -> tuple[Reply, dict] | None:
        """"Is 'staggering' the author's opinion?", "who says the total is staggering?": the fact that quotes the word
        (quoted.py); None when the question quotes no such word or asks what it means (a definition, `meaning`)."""
        if (quoting := quoted_asked(u.text, self.quoted)) and not define.term_asked(u.text, self.names):
            return self.answer_with(u, [Scored(i, 1.0, 1.0) for i in quoting])
        return None

    def meaning(self, term: str, u, context: dict, why: str = "no-definition") -> tuple[Reply, dict] | None:
        """"What is a non-commissioned officer?": the facts that explain the term, or a refusal offering those that only
        use it (define.py); None when no fact mentions it (the question is read as any other)."""
        # the term, or a word the lexicon gives for it ("NCO": "non-commissioned officer")
        terms = [term] + [w for g in self.store.lexicon.synonyms if term in g for w in g if w != term]
        term, mentioned = next(((w, m) for w in terms if (m := self.mentions.of(w))), (term, []))
        if not mentioned:
            return None
        # (the first few that explain it: a place named in thousands of facts is not looked at in every one)
        explained = list(islice((i for i in mentioned if define.explains(self.store.facts[i], term)), rp.MAX_STATEMENTS))
        if not explained:
            return self.refuse("not-covered", why, mentioned), context
        facts = [self.store.facts[i] for i in explained]
        return self.shown(facts), \
            {"concepts": [sorted(c) for c in u.ideas], "qtype": u.qtype, "facts": explained,
             "topics": sorted({t for f in facts for t in f.topics})}

    def by_figure(self, u, central: bool, known: list) -> bool:
        """Whether a figure some fact carries is looked up by itself: "what does the 83% represent?", "350 a day?" (said
        back for another period: counting.for_period) have no subject word beside the figure, only how they ask or a
        period. Not when a noun stands beside it ("the 10,000 tanks" asks about tanks), nor for a count of something
        else ("how many are older than 65?")."""
        return not central and all(c <= PERIOD_STEMS for c in known) and u.qtype not in ("how_many", "compare") \
            and any(self.carried(n) for n in stated(u.reading)) \
            and not any(could_be_a_subject(c, u.reading.words) for c in u.ideas if not c <= PERIOD_STEMS)

    def subject_unknown(self, u) -> tuple[bool, list[set[str]]]:
        """Whether what the question is about is a word no fact holds; and the ideas some fact holds."""
        u.ideas = [c for c in u.ideas if not c <= self.author_stems] or u.ideas  # ("Drucker": whose view, not a subject)
        unknown = [c for c in u.ideas if not any(self.index.df[e] for e in c)]
        if wrong := most_at_unknown(u.reading.text, unknown):  # "did most surrender in Crimea?": where most were answers it
            u.ideas = [self.lex.expand(stem("region")) if c in wrong else c for c in u.ideas]
            unknown = [c for c in unknown if c not in wrong]
        if unknown and u.reading.text.startswith("is it true") and any(c not in unknown and 0 < max(self.index.df[e] for e in c) <= 2 for c in (u.own or u.ideas)):
            # "is it true the armbands said 'traitor'?": a check of what the one fact on its subject says (its own, not the last question's)
            u.ideas, unknown = [c for c in u.ideas if c not in unknown], []
        deed = deed_asked(u.reading.text)  # "who MEDIATES the swaps": the deed whose doer is asked, no way of asking
        if u.qtype in WAY_TYPES:  # "how does Ukraine ENCOURAGE them": the way asked for, not a subject
            peripheral = [c for c in unknown if not could_be_a_subject(c, u.reading.words) and deed not in c]
            peripheral += [c for c in u.ideas if willing_verb(c, u.reading.text) and c not in peripheral]  # "RISK surrendering"
            u.ideas = [c for c in u.ideas if c not in peripheral]
            unknown = [c for c in unknown if c not in peripheral]
        if unknown and periods_asked(u.reading.text) and checked_figures(u.reading):  # "200 a DAY, real?": a rate checked,
            unknown = [c for c in unknown if not c <= PERIOD_STEMS]  # for a period no fact counts by (counting.for_period)
        known = [c for c in u.ideas if c not in unknown]
        text = u.reading.text
        # a year or a figure some fact carries is known content too ("by the close of 2025", "six thousand")
        held = len(u.reading.years) + sum(1 for n in stated(u.reading) if self.carried(n))
        # an everyday word ("wait", "end") weighs less than a subject word (weights.py)
        weight = dict(zip(map(frozenset, u.ideas), self.index.weights(u.ideas, u.reading.word_of)))
        heavy = [c for c in unknown if weight[frozenset(c)] >= 0.8]
        # (a figure or year stated weighs like two words: "what does the 0.8 percent figure signify")
        central = bool(unknown) and (len(unknown) >= len(known) + held + (held > 0) or head_word_unknown(text, unknown)
                                     or any(deed in c for c in unknown)
                                     or counted_word_unknown(text, unknown) or owned_word_unknown(text, unknown)
                                     or predicate_word_unknown(text, unknown) or place_word_unknown(text, unknown)
                                     or bool(u.follow_up and u.own and all(c in unknown for c in u.own) and (any(c in heavy for c in u.own) or ANY_OF.search(text)))
                                     or (COUNT_OF.search(text) and any(is_verb(c, counted_verbs(text)) for c in heavy)))
        return central, known


def one_week_for_a_year(found: Fact, last: Fact, text: str) -> bool:
    """"And 2024?" after the year with the most surrenders: the record week of August 2024 is one week's count, no year's."""
    return bool(WEEK.search(found.statement.lower())) and not WEEK.search(last.statement.lower()) and not WEEK.search(text)
