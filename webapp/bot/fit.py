"""Whether a fact is the kind of answer a question asks for: a count for "how many", a share for "what
share", a date for "when", a claim or an opinion (labelled) for "why" and "how".

No Flask. Used by retrieve.rank (type_bonus), by engine/reply (answers_a_figure_question) and by engine.narrow
(counts_other_things, counts_a_part, one_half_of: a figure that counts something else than the question).
"""
from __future__ import annotations

import re
from functools import lru_cache

from lemminflect import getAllLemmas

from ..numbers import same
from ..schemas import Fact
from .normalize import STOPWORDS, TOKEN, Reading, phrase_rx, stem, tidy
from .durations import BEGAN
from .subject import NP_END

COUNT_UNITS = {"soldiers", "prisoners", "killed or wounded", "countries", "soldiers per week",
               "foreign fighters per week", "square kilometres", "years of age"}
SHARE_UNITS = {"percent", "fraction"}
TIME_UNITS = {"date", "year"}
# counts that answer "how many" only when the question names what they count
UNIT_CUES = {
    "killed or wounded": re.compile(r"kill|wound|casualt|loss|lost|lose|dead|died|death|injur"),
    "countries": re.compile(r"countr|nation"),
    "square kilometres": re.compile(r"territor|\bland|\barea|square|\bkm|\bbig|\bsize|\blarge"),
    "years of age": re.compile(r"\bold\b|\bage"),
    "soldiers per week": re.compile(r"week"),
    "foreign fighters per week": re.compile(r"week"),
}
# a count that also says how those counted were brought in ("7% are foreigners, DRAWN IN BY social media campaigns"): a means
# clause, a participle and "by" something other than who did the counting or taking ("taken by Ukrainian forces")
MEANS_GIVEN = re.compile(r"\b[a-z]+(?:ed|wn)(?: in| over| away)? by (?!the\b|ukrain|russia|sourced\b|kyiv\b)[a-z]+")
VIEW_ASKED = re.compile(r"\b(?:think|thinks|view|opinion|believe|believes|author|blogger|writer|argue|argues|conclude|concludes)\b")
COMPARES = re.compile(r"\bthan\b|\bexceed|\boutnumber|\brevers|\bcompared\b", re.I)  # a statement that compares


SPANS = {"years", "months", "weeks", "days", "hours"}


def other_count(unit: str) -> bool:
    """A count of things this project's lexicon does not know, as a teacher's subject has them ("theatres",
    "visitors", "boats"): one plural word, not a share, a date or a span of time."""
    return unit not in COUNT_UNITS and unit not in SHARE_UNITS | TIME_UNITS | SPANS and re.fullmatch(r"[a-z-]+s", unit) is not None


def unit_fits(f: Fact, qtype: str | None) -> bool:
    units = {g.unit for g in f.figures}
    if qtype == "share":
        return bool(units & SHARE_UNITS)
    if qtype == "how_many":
        return bool(units & COUNT_UNITS) or any(other_count(u) for u in units)
    if qtype == "when":
        return bool(units & TIME_UNITS)
    return True


def count_fits(f: Fact, text: str) -> bool:
    """A count answers "how many" about what the question names: a count of countries fits a
    question about countries, a weekly rate one about weeks, and so on."""
    for g in f.figures:
        if g.unit in COUNT_UNITS:
            cue = UNIT_CUES.get(g.unit)
            if cue is None or cue.search(text):
                return True
        elif other_count(g.unit) and stem(g.unit) in {stem(w) for w in TOKEN.findall(text)}:  # "how many new THEATRES"
            return True
    return False


# "how much training did they get?": a fact saying how much in words ("with little training") answers it
HOW_MUCH = re.compile(r"\bhow much ([a-z]+)\b")
AMOUNT_IN_WORDS = re.compile(r"\b(?:little|no|much|some|scant|minimal|enough|hardly any|barely any) ([a-z]+)")


def said_in_words(f: Fact, text: str) -> bool:
    m = HOW_MUCH.search(text)
    return bool(m) and any(stem(w) == stem(m.group(1)) for w in AMOUNT_IN_WORDS.findall(f.statement.lower()))


# "when was the LAST exchange?", "when did the FIRST swap happen?": the date of one event, which only a dated fact gives (a
# year a statement names, or one a count is tallied in, says when something was counted, not when that event took place)
ONE_EVENT = re.compile(r"\b(?:when (?:was|were|is|did|does|will)|(?:exact |precise )?date of) (?:the |their |its |that )?(?:very )?"
                       r"(?:first|last|latest|most recent|previous|next|earliest)(?: (?:big|major|large|small|real|actual|prisoner|pow))* ([a-z]+)")


# "which day exactly?", "the exact dates?", "which week in August?": a date finer than a month, which a fact dating
# something to a month or a year ("in a week of August 2024") does not give
MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
DAY_ASKED = re.compile(r"\b(?:which|what|exact|precise|specific|particular|actual)(?: exact| precise| specific| particular| actual)? days?\b"
                       r"|\b(?:exact|precise|specific|particular|actual) dates?\b|\b(?:which|what) dates\b"
                       rf"|\b(?:which|what) (?:exact |precise |specific |particular )?week (?:in|of) (?:{MONTHS})\b"
                       r"|\b(?:which|what) (?:exact |precise |specific |particular )?week\b.*\b(?:exactly|precisely)\b")
# "when did it start / begin?": when something began, which a fact saying since when, or when it began, gives
WHEN_BEGAN = re.compile(r"^(?:and |so |but |ok )?when did (?:\w+ ){0,3}?(?:start|begin|kick off|get going)\b")
# "how many … in December 2025", "… during March": a count for one month named (not a check: "was it 530 in July?")
IN_A_MONTH = re.compile(rf"\bhow many\b.*\b(?:in|during|throughout|over) (?:the month of )?({MONTHS})\b")
# "oct 2025?", "what happened in October 2025?": a month of a year, which a fact dating things to that year only does not
# date (one naming the month, or a season or end of year holding it, does); not a check ("was it in July 2024?")
MONTH_OF_YEAR = re.compile(rf"(?<!since )(?<!after )(?<!until )(?<!till )(?<!to )\b({MONTHS}) (?:of )?(?:19|20)\d\d\b")  # (not a span's bound: "since January 2025")
A_CHECK = re.compile(r"^(?:and |so |but |ok )?(?:is|was|were|are|did|does|do|has|have|had)\b")
SEASONS = {"spring": "march april may", "summer": "june july august", "autumn": "september october november",
           "fall": "september october november", "winter": "december january february", "end of": "december"}


def dates_the_month(f: Fact, month: str) -> bool:
    low = f.statement.lower()
    return month in low or any(month in months and re.search(rf"\b{s}\b", low) for s, months in SEASONS.items())


A_DAY = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:{MONTHS})\b|\b(?:{MONTHS}) \d{{1,2}}(?:st|nd|rd|th)?\b(?!\d)", re.I)


def gives_a_day(f: Fact) -> bool:
    """Whether a fact dates something to the day ("24 February 2022"), not only to a month or a year."""
    return any(g.unit == "date" and A_DAY.search(g.text) for g in f.figures) or bool(A_DAY.search(f.statement))


def no_such_figure(f: Fact, text: str, related: list[str]) -> tuple[str, list[str]]:
    """Why a fact found does not answer a figure question, and the facts offered: "which day exactly?" of a fact dated
    to a month offers the date it gives; otherwise no figure for it, with the related facts."""
    return ("no-day", [f.id]) if DAY_ASKED.search(text) and unit_fits(f, "when") else ("no-figure", related)


# "where is the project (based)?", "where are the hotline's offices located?": where a thing is, not where men go
WHERE_IT_IS = re.compile(r"^(?:and |so |but )?where (?:is|are|was|were) (?:the |this |that |its |their )(?:(?!in |on |within |inside )[a-z'-]+ ){0,5}?[a-z'-]+"
                         r"(?: (?:based|located|headquartered|situated|found|run from))?"
                         # ("where were the recruits SENT?": where men were sent, which the facts that say so give, not a map)
                         r"(?<!fighters from)(?<!mercenaries from)(?<!foreigners from)(?<! sent)(?<! deployed)(?<! posted)(?<! moved)(?<! transferred)(?<! shipped)$")


EXACT_ASKED = re.compile(r"\b(?:exact|precise|actual|real) (?:number|figure|count|total|tally|numbers|figures|totals)\b")


# "what is the number for 2024?", "give me the figure for that week": a figure asked by name, which only a fact giving
# one (not a date alone) answers
FIGURE_NAMED = re.compile(r"\b(?:what(?:'s|s| is| was| are| were)|give me|tell me|got) (?:the |a |an )?(?:(?:exact|precise|actual|real|"
                          r"overall|official|total) )?(?:number|figure|count|tally|numbers|figures|stat|stats|statistic|statistics)\b")


def figure_fits(f: Fact, text: str) -> bool:
    """Whether a fact can answer a figure asked by name: "the exact number" needs one in figures; "what is the number of
    prisoners with illnesses?" is answered by one in words too ("hundreds"); a length of time only when one is asked ("the
    number of years"). Not a question about a figure ("what's the figure's source?"). True when no figure is named."""
    exact = EXACT_ASKED.search(text)
    m = exact or FIGURE_NAMED.search(text)
    if not m or ABOUT_THE_FIGURE.match(text, m.end()):
        return True
    if WHETHER_ONE.match(text) and NONE_GIVEN.search(f.statement):  # "is an exact figure given?": "it gives no exact count" says no
        return True
    spans = bool(SPAN_ASKED.search(text))
    if any(g.numbers and g.unit not in TIME_UNITS and (spans or not SPAN_UNIT.match(g.unit)) for g in f.figures):
        return True
    return not exact and any(not g.numbers and g.unit not in TIME_UNITS for g in f.figures)


# "is a precise figure offered…?", "does the blog give an exact number…?": whether there is one, which a fact saying its article
# gives none answers
WHETHER_ONE = re.compile(r"^(?:is|are|was|were|does|do|did|has|have) (?:there |the (?:blog|news|article|report|post|author)\w* (?:\w+ )?)?(?:an? |any )?"
                         r"(?:exact|precise|actual|real)\b")
NONE_GIVEN = re.compile(r"\bgives? no (?:exact |precise )?(?:count|figure|number)\b")
SPAN_UNIT = re.compile(r"(?:years?|months?|weeks?|days?)(?: of the war)?$")  # "its fourth year", "almost four years"
SPAN_ASKED = re.compile(r"\bnumber of (?:years|months|weeks|days)\b|\bhow long\b|\blength\b")
ABOUT_THE_FIGURE = re.compile(r"(?:'s\b|s'|\s+(?:based|from|source|sources|come|comes|came|mean|means|refer|refers)\b)")


# how old, by age, "65-year-olds": an age range answers a how-many question only when age is what it asks about
AGE_ASKED = re.compile(r"\bolds?\b|\bage|\byoung|\bteen")
PART_OF_IT = re.compile(r"\bhow much of (?:that|it|this|those|them)\b")


# since a thing (not the war) began: "since it began", "since the project was launched", "since its launch"
SINCE_IT_BEGAN = re.compile(r"\bsince (?:it|they|the (?:project|hotline|scheme|programme|program|initiative|line)) (?:began|started|launched|opened|"
                            r"was (?:launched|set up|created|started|founded|opened))\b|\bsince (?:its |the )?(?:launch|start|creation|founding|beginning)\b(?! of)")
# by way of the project ("how many gave up THROUGH THE HOTLINE / VIA I Want to Live / USING IT / BECAUSE OF IT?", "how many
# CONTACTED it?", "how many did THE PROJECT BRING OVER?"): the prisoners' counts and shares are of all those captured, not of
# those the project brought in (a weekly rate answers "through it each week")
_NAMED = (r"(?:the (?:i want to live |surrender )?(?:hotline|line|project|scheme|service|programme|program|initiative|app|bot|chatbot|"
          r"channels?)|i want to live)")
_PROJECT = rf"(?:it|them|this|that|{_NAMED})"
BY_WAY_OF_IT = re.compile(rf"\b(?:through|via|using|thanks to|because of|with the help of|by way of|by means of|by (?:calling|contacting|using)|"
                          rf"contact(?:s|ed)?|call(?:s|ed)?|messag(?:e|es|ed)|phon(?:e|es|ed)|rang|ring|text(?:s|ed)?|reached out to|wr(?:o|i)te to|(?:surrendered|gave up|given up|defected) to) {_PROJECT}\b"
                          rf"|\bhow many\b.*\b(?:did|has|have|had) {_NAMED} (?:brought|bring|helped|help|saved|save|got|get|persuaded|persuade|"
                          rf"convinced|convince|talked|talk)\b")
# ("how many surrender PER WEEK since the project started?", "ON AVERAGE…": the rate is what is asked)
RATE_ASKED = re.compile(r"\b(?:per|a|each|every|in a) (?:typical |average |normal )?(?:week|day|month)\b|\bon average\b|\bweekly\b|\brate\b")


def answers_a_figure_question(f: Fact, qtype: str | None, text: str = "") -> bool:
    """A "how many" or "what share" question is answered by a count or a share, a "when" question
    by a date (a figure, or a year the statement names), nothing else; "how much training?" also by the words a fact
    gives it in ("little training"); "which day exactly?" only by a fact dating something to the day."""
    if DAY_ASKED.search(text) and not gives_a_day(f):
        return False
    if (month := MONTH_OF_YEAR.search(text)) and not A_CHECK.match(text) and not dates_the_month(f, month[1]):
        return False  # "oct 2025?": the 2025 totals do not date October
    if not figure_fits(f, text):
        return False  # "what's the exact number for that year?", "what is the number for 2024?": a fact that gives none
    if qtype == "how_many" and said_in_words(f, text):
        return True
    if qtype == "how_many" and f.figures and all(g.unit == "years of age" for g in f.figures) and not AGE_ASKED.search(text) \
            and not all(phrase_rx(f"{x:g}").search(text) for g in f.figures for x in g.numbers):
        return False  # "how many soldiers have surrendered through it?": how old they are counts years, not soldiers
    if qtype == "how_many" and SINCE_IT_BEGAN.search(text) and not RATE_ASKED.search(text) \
            and f.figures and all(" per " in g.unit for g in f.figures if g.unit not in TIME_UNITS):
        return False  # "how many have surrendered through it since it began?": a running count, which a weekly rate is not
    if qtype in ("how_many", "share") and BY_WAY_OF_IT.search(text) and not RATE_ASKED.search(text):
        return False  # "how many have given up THROUGH THE HOTLINE?": no count or share is of those the project brought in
    if qtype == "when" and WHEN_BEGAN.search(text) and not BEGAN.search(f.statement):
        return False  # "when did the surrenders start?": a fact dating a record year says nothing of when they began
    if qtype == "when" and (event := ONE_EVENT.search(text)):  # dated, and of that event ("the latest SWAP", not a capture)
        noun = event.group(1)
        return any(g.unit == "date" for g in f.figures) and (
            noun in STOPWORDS or noun in ("one", "ones", "time") or stem(noun) in {stem(w) for w in TOKEN.findall(tidy(f.statement))})
    if qtype == "when":
        return unit_fits(f, "when") or bool(re.search(r"\b(19|20)\d\d\b", f.statement))
    if qtype == "where" and WHERE_IT_IS.search(text):  # "where is the project based?": a place, which only the facts on
        return "geography" in f.topics               # where things happen give (not "where do they end up?")
    if qtype not in ("share", "how_many"):
        return True
    if (month := IN_A_MONTH.search(text)) and not re.search(rf"\b{month[1]}\b", f.statement, re.I):
        return False  # "how many in December 2025 alone?": a count for that month, which a year's total does not give
    if qtype == "share" and IN_NUMBERS.search(text) and SHARE_REFUSED.search(text):  # ("in numbers, not percent": a count)
        return count_fits(f, text)
    if qtype == "share":  # "what share / percentage": a share, nothing else ("how much of THAT was in 2025?" after a count:
        return unit_fits(f, "share") or bool(PART_OF_IT.search(text)) and unit_fits(f, "how_many")  # that part's count too)
    # "how many (of them)": a count or a share; "in numbers, not percent": a count only
    return count_fits(f, text) if IN_NUMBERS.search(text) else unit_fits(f, "how_many") or unit_fits(f, "share")


# "how many foreigners in numbers, not percent?", "in absolute numbers": a count, which a share does not give
# ("not percent", "rather than a percentage", "instead of the share": the share turned down)
SHARE_REFUSED = re.compile(r"\b(?:not|rather than|instead of|no) (?:in |as |the |a )?(?:percent|percentages?|shares?|proportions?)\b")
IN_NUMBERS = re.compile(r"\b(?:in|as) (?:absolute |actual |real |raw |hard |plain )?numbers\b|\babsolute (?:numbers?|figures?|terms)\b")


# a figure's statement that gives a cause or a means with it ("which the number of Russians held made possible")
REASON_GIVEN = re.compile(r"\b(?:made possible|makes possible|because|due to|thanks to|as a result|so that|in order to|which (?:means|allows|lets))\b")


def gives_no_reason(f: Fact, text: str) -> bool:
    """Whether a figure answers a "why" question with a count alone: no cause or means in its statement, none of its
    figures computed (the arithmetic is the reason: "why do the shares not add up to 100?") and no hedge of it asked
    about ("why does it say ABOUT?"). A claim that only compares counts ("more surrenders in 2025 than in any other
    year") is a count in words: it restates the rise a "why are more of them giving up?" asks the cause of."""
    if reason_or_means(f.statement):
        return False
    if f.kind == "claim":  # (unless the visitor makes the comparison: "why more … than Ukrainians?")
        return compares(f.statement) and not re.search(r"\bthan\b", text)
    return f.kind == "figure" and not any(g.derived for g in f.figures) \
        and not any(g.qualifier and phrase_rx(g.qualifier.lower()).search(text) for g in f.figures)


# a statement's own wording, looked at for each of a hundred candidates of every "why" question: worked out once per statement
@lru_cache(maxsize=65536)
def reason_or_means(statement: str) -> bool:
    return bool(REASON_GIVEN.search(statement) or MEANS_GIVEN.search(statement))


@lru_cache(maxsize=65536)
def compares(statement: str) -> bool:
    return bool(COMPARES.search(statement) or re.search(r"\bnever (?:seen|recorded) before\b", statement))


# a share stated ("less than 5% of prisoners": the tidied text has dropped the % sign, "5 of prisoners")
PERCENT_STATED = re.compile(r"\b\d{1,2}(?:\.\d+)?\s*(?:%|per ?cent\b|of (?:the |all )?(?:prisoners|captured|pows|them|those)\b)")
# "how many RUSSIANS…", "how many Russian soldiers…": Russians counted
RUSSIANS_COUNTED = re.compile(r"\bhow many (?:of the )?russian(?:s| soldiers| troops| prisoners| pows| men)?\b")


NAMES_NO_ONE = re.compile(r"\b(?:does not|doesn't|without) (?:say|saying|name|naming) (?:who|whose|by whom)\b|\bnames? no (?:source|one)\b")


def type_bonus(f: Fact, qtype: str | None, reading: Reading) -> float:
    """How well the kind of fact fits the kind of question ("how many" ↔ a count, "why" ↔ a claim)."""
    score = 0.0
    if qtype == "how_many" and RUSSIANS_COUNTED.search(reading.text) and "ukrainian soldiers" in f.statement.lower():
        score -= 0.3  # "how many Russians are in Ukrainian custody?": not the count of Ukraine's own men come home
    if qtype in ("share", "how_many", "when"):
        stated = any(same(n, x) for n in reading.numbers for g in f.figures for x in g.numbers)
        if unit_fits(f, qtype) and (qtype != "how_many" or stated or count_fits(f, reading.text)):
            score += 0.25
        elif qtype == "how_many" and (unit_fits(f, "share") or unit_fits(f, qtype)):
            score += 0.1  # "how many of them" is often answered by a share
        else:
            score -= 0.25
    elif qtype == "opinion":
        score += 0.2 if f.kind == "opinion" else 0.0
    elif qtype == "where":
        score += 0.25 if "geography" in f.topics else 0.0
    elif qtype == "who":
        score += 0.1 if f.kind in ("figure", "claim") else 0.0
    elif qtype == "what_is":
        score += 0.2 if f.kind == "context" else 0.0
    elif qtype in ("why", "how"):  # reasons and ways: claims and opinions (labelled), not counts
        # a reported claim before an author's view, unless the view is asked for ("why does the blogger think…")
        score += 0.2 if f.kind in ("claim", "context") or f.kind == "opinion" and VIEW_ASKED.search(reading.text) else 0.15 if f.kind == "opinion" \
            else 0.2 if MEANS_GIVEN.search(f.statement) else -0.15  # (a count that says how they were drawn in: the way asked)
    elif qtype == "agree":  # the sources' differences are facts too: those that record them come first
        both = "news report" in f.statement.lower() and "blog" in f.statement.lower()
        score += 0.25 if f.conflicts_with else 0.2 if both else -0.2 if f.kind == "opinion" else 0.0
    elif qtype == "trend":  # "is it growing": claims about the pace, not a count
        score += 0.2 if f.kind in ("claim", "opinion", "context") else 0.0
    elif qtype == "compare":  # ("officers are less than 5%?": a share held against one stated, so a share answers it)
        score += 0.15 if COMPARES.search(f.statement) else 0.1 if PERCENT_STATED.search(reading.text) and unit_fits(f, "share") else 0.0
    return score


# the units that count men (or give a share of them), and the words for men a "how many" may count by ("how many RUSSIANS", "how many CAPTIVES")
PEOPLE_UNITS = {"soldiers", "prisoners", "soldiers per week", "foreign fighters per week", "killed or wounded",
                "percent", "fraction"}  # the shares here are all shares of men
PEOPLE = set("""soldier prisoner pow russian ukrainian man men people person persons troop fighter mercenary merc conscript
recruit officer captive serviceman servicemen guy guys lad lads casualty casualties dead wounded killed invader occupier
individual individuals ukrainians russians body bodies life lives head heads""".split())


# a count asked of captives ("how many contract soldiers were CAPTURED?"): men of a kind among the prisoners, whose share answers
CAPTIVES = re.compile(r"\b(?:captur\w*|prisoners?|pows?|captives?|surrender\w*|taken prisoner|caught|gave up|given up|give up|"
                      r"giving up|gives up|detain\w*)\b")


def head_noun(counted: str, captives: bool = False) -> str | None:
    """The noun a "how many" phrase counts ("prisoner EXCHANGES there were"): the last noun before a verb or a
    function word, a plural ending it."""
    head = None
    for w in counted.split():
        pos = getAllLemmas(w)
        if head and captives and (w in PEOPLE or (pos.get("NOUN") or [w])[0] in PEOPLE):  # "how many contract SOLDIERS were
            return w  # captured?": men of a kind, a word for men ending the phrase (though a stopword)
        if w in NP_END or w in STOPWORDS:
            break
        if "NOUN" not in pos:
            break
        head = w
        if pos["NOUN"][0] != w:
            break  # a plural ends the phrase
    return head


def counts_other_things(f: Fact, head: str, people: set[str]) -> bool:
    """Whether a fact counting men answers a count of things of another kind ("how many EXCHANGES", "how many CALLS")."""
    return bool(f.figures) and all(g.unit in PEOPLE_UNITS for g in f.figures) and head not in people


# "hundreds … with illnesses SUCH AS tuberculosis, HIV", "76% … served on contracts, MANY OF THEM from prisons", "40% have a
# record, and MANY WERE jobless": what follows is a part of those counted, or others, with no figure of its own
COUNTS = re.compile(r"\bhow many\b|\bhow much of (?:the|these|those|their)\b|\bnumber of\b|\bpercent|\bshare\b|\bproportion\b|\bfraction\b")  # asked in the question itself
PART_OF = re.compile(r"\b(?:including|such as|many of them|some of them|among them|many were|many had|many have|some were|some had)\b")


def counts_a_part(statement: str, asked: list[set[str]], text: str, expand=lambda c: c) -> bool:
    """Whether a count question asks about one thing a fact holds only in its unquantified part ("how many had HIV":
    hundreds have illnesses such as HIV; "how many came from prisons": 76% on contracts, many of them from prisons).
    Naming the whole ("illnesses like HIV") or several of the things listed ("TB or diabetes") asks about the whole."""
    m = PART_OF.search(statement)
    if not m:
        return False
    def holds(part: str, idea: set[str]) -> bool:
        words = tidy(part)
        return bool(idea & {stem(w) for w in TOKEN.findall(words)}) or any(e.startswith("~") and e[1:] in words for e in idea)
    head, tail = statement[:m.start()], statement[m.end():]
    # in the part by the word itself ("HIV", listed), or by its lexicon group ("unemployed": "jobless") when the counted
    # whole holds none of that group ("sick" is in the group of the whole's "illnesses")
    only_tail = [c for c in asked if holds(tail, c) and not holds(head, c) or holds(tail, expand(c)) and not holds(head, expand(c))]
    return bool(only_tail) and not any(holds(head, c) for c in asked) and not re.search(r"\b(?:or|and)\b", text) \
        and len([c for c in asked if holds(tail, c)]) < 2  # ("hiv, tb: how many?": two of those listed, the whole)


# "how many were KILLED", "how many are DEAD": one half of a count that joins the killed and the wounded
KILLED = re.compile(r"\b(?:kill\w*|dead|die|died|dying|death\w*|fatalit\w*|kias?|deleted|unalived?|fragged|merked|whacked)\b")
WOUNDED = re.compile(r"\b(?:wound\w*|injur\w*|hurt\w*|wias?)\b")  # ("hurted": a learner's past tense)
BOTH = re.compile(r"\b(?:casualt\w*|loss\w*|lost|lose|losing|toll)\b")  # words for the two together
# "how many OF THE CASUALTIES were killed?", "what share of the losses died?": the two together named as the whole that one
# half is asked of
WHOLE_OF_BOTH = re.compile(r"\b(?:of|among|from) (?:all )?(?:the |those |these |their |russia's |russian )?(?:casualt\w*|loss\w*)\b")


# "killed RATHER THAN wounded", "the dead, NOT the wounded": one half asked, the other set aside
SET_ASIDE = re.compile(r"\b(?:rather than|not|instead of|as opposed to|excluding|without|apart from|but not|minus)\b")


def one_half_of(f: Fact, text: str) -> bool:
    """Whether a count asks for the dead alone (or the wounded alone) and a fact counts them together."""
    together = any(g.unit == "killed or wounded" for g in f.figures)
    if together and (k := KILLED.search(text)) and (w := WOUNDED.search(text)):
        between = text[min(k.end(), w.end()):max(k.start(), w.start())]
        return bool(SET_ASIDE.search(between))
    return together and (not BOTH.search(text) or bool(WHOLE_OF_BOTH.search(text))) and bool(KILLED.search(text)) != bool(WOUNDED.search(text))
