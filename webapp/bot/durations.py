"""How long something lasts: answered only by a fact giving a length of time for that thing.

No Flask. "How long do their contracts last?" asks the length of the contracts; the fact that the war is almost four years
long gives a length of time, but of the war, so it answers a neighbouring question. "How long has he been army chief?"
asks a length the fact naming him does not give. A fact answers a "how long" question when it gives a length of time
(a number of years, months, weeks or days, "its fourth year", "since …") and holds what the question asks the length of
(the subject after "how long has/do/is …"; a pronoun leaves that to the conversation). Also the wordings that ask
the span or date of the last answer's own figure ("is that per week or per month?", "as of when?").
"""
from __future__ import annotations

import re

from .normalize import STOPWORDS, Lexicon, stem

HOW_LONG = re.compile(r"\bhow long (?:has|have|is|are|was|were|do|does|did|will|would|had|can|could|should|until|till|before) (?:the |their |his |her |its |"
                      r"this |that |these |those |a |an |russia'?s |ukraine'?s )?([a-z][a-z-]*)"
                      # asked inside another question: "does the blog say how long THOSE CONTRACTS last?"
                      r"|\bhow long (?:the |their |his |her |its |this |that |these |those |a |an )?([a-z][a-z-]*) (?:last|lasts|lasted|run|runs|"
                      r"ran|go on|goes on|went on|continue|continues|continued|take|takes|took)\b")
PRONOUNS = {"he", "she", "it", "they", "we", "you", "i", "them", "this", "that", "there"}
DURATION = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|few) (?:years?|months?|weeks?|days?)\b(?! old)"
                      r"|\b(?:\w+)-(?:year|month|week|day)\b|\b(?:first|second|third|fourth|fifth|sixth|\d+th) (?:year|month|week)\b"
                      r"|\byears? long\b|\bsince\b")


def subject_asked(text: str) -> str | None:
    """The thing a "how long" question asks the length of, None when it asks no length (or names it by a pronoun)."""
    m = HOW_LONG.search(text)
    asked = m and (m.group(1) or m.group(2))
    if not asked or asked in PRONOUNS or asked in STOPWORDS:
        return None
    return asked


def lasts(text: str, statement: str, stems: set[str], lex: Lexicon) -> bool:
    """Whether a fact may answer a "how long" question: it gives a length of time, of the thing asked (any question
    that asks no length: True)."""
    if not HOW_LONG.search(text):
        return True
    if not DURATION.search(statement.lower()):
        return False
    subject = subject_asked(text)
    return subject is None or bool(lex.expand(stem(subject)) & stems)


# "where were they caught?", "where do most of them surrender?", "where do most of them GET captured?": a place of capture, which only a fact on where they were
# taken gives (after the prisoners' ages, "they" brings the ages along, and the age fact must not answer it)
WHERE_TAKEN = re.compile(r"^(?:and |so |but |ok )?where (?:were|was|are|is|do|does|did|have|has) (?:(?:most|many|the majority|the bulk|a lot|lots) of (?:them|those|these|the) )?"
                         r"(?:[a-z']+ ){0,3}?(?:(?:get|gets|got|getting|be|been) )?(?:captured|caught|taken|"
                         r"surrender\w*|give up|gave up|giving up|defect\w*|held|taken prisoner)\b"
                         # "where was that?", "where did it happen?" of the last answer: its place, which a fact on geography gives
                         r"|^(?:and |so |but |ok )?where (?:was|is|were|did|does) (?:that|it|this)(?: (?:happen|take place|occur)\w*)?\W*$"
                         r"|^(?:and |so |but |ok )?where(?: exactly)?\W*$")  # a bare "where?" of the last answer


# "that record week, in WHICH REGION?", "where did the record week HAPPEN?": a place asked by name, which only a fact on
# geography gives (not "where do the foreign fighters come from?": their countries, counted)
WHICH_PLACE = re.compile(r"\b(?:which|what) (?:town|city|village|region|oblast|province|sector|front|direction|location|part of the front)s?\b"
                         r"|^(?:and |so |but |ok )?where (?:did|does|was|were) (?:[a-z0-9']+ ){1,4}(?:happen|take place|occur)\w*\W*$")


def placed(text: str, topics: list[str]) -> bool:
    """Whether a fact may answer a "where were they taken" question: one on geography (any other question: True)."""
    return not (WHERE_TAKEN.search(text) or WHICH_PLACE.search(text)) or "geography" in topics


# "which region OF RUSSIA were they taken in?", "where inside Russia…": a place in Russia asked for; a fact placing a capture in
# Russia ("Russia's Kursk province") leads, before one on Ukraine's regions
IN_RUSSIA = re.compile(r"\b(?:of|in|inside|within) russia\b(?!'s)|\brussian (?:soil|territory|land|regions?|provinces?)\b")
RUSSIAN_PLACE = re.compile(r"\b(?:in|inside) russia\b(?!'s)|\brussia's (?:[a-z]+ )?(?:province|region|oblast|territory|soil)\b")


def in_russia_first(text: str, ranked: list, statement) -> list:
    """The facts placing a capture in Russia first, when a where-question asks for a place in Russia."""
    return sorted(ranked, key=lambda s: not RUSSIAN_PLACE.search(statement(s).lower())) if IN_RUSSIA.search(text) else ranked



# "when did that start?", "since when has that been the case?" after a state of things: when it began, which the last answer
# or a fact it links to dates ("since June 2023"); when none does, it is looked up as any question
BEGAN_ASK = re.compile(r"^(?:and |so |ok |but )?(?:(?:since|from) when (?:has|have|was|is) (?:that|it|this) (?:been )?(?:so|the case|happening|going on|true)"
                       r"|when did (?:that|it|this)(?: all| trend| shift| reversal| change)? (?:start|begin|kick in|change|flip|turn around))\W*$")
# a statement saying when something began ("since June 2023", "was launched in 2022"): what began_dated and fit's "when did it
# begin?" look for
BEGAN = re.compile(r"\b(?:since|began|begun|started|start of|launched)\b", re.I)


def began_dated(facts) -> list:
    """The facts (in order) that date when something began: a date among their figures and "since", "began" or "launched" said."""
    return [f for f in facts if BEGAN.search(f.statement) and any(g.unit == "date" for g in f.figures)]


# The span and date of the last answer's own figure, asked of it in a follow-up (read by lastanswer.LastAnswer)
# "which month?", "as of when?": the date of the last answer's figure, which its statement gives (or does not)
# "what period does that cover?", "over what time frame?": the span the last figure is counted over, its dates too
DATE_ASK = re.compile(r"^(?:and |so |ok |but )?(?:(?:which|what) (?:month|year|date)|as of when|up to when|until when|by when|when exactly|exactly when"
                      r"|(?:(?:over|for|across) )?(?:which|what) (?:time |date )?(?:period|span|time ?frame|range of dates|dates)(?: of time)?"
                      r"(?: (?:does|do|did) (?:that|it|this|the (?:figure|number|count)) (?:cover|span|refer to))?)"
                      r"(?: (?:was|is) (?:that|it|this))?(?: exactly)?\W*$")
SPAN = re.compile(r"\b(?:a|per|each|every|one) (?:week|month|year|day)\b|\bsince\b|\bby the end\b|\bso far\b")
# "is that since 2022?", "10,000 in total or per year?", "what period does that cover?": the span of the last answer's figure,
# which its statement gives (or does not)
PERIOD_ASK = re.compile(r"^(?:and |so |ok |but )?(?:(?:is|was) (?:that|this|it)(?: figure| number| count| total)? (?:since|from|over|for|just|only|per|a|an|each|every|"
                        r"in total|in all|all told|the total|(?:all )?(?:the way )?(?:since|from) the (?:start|beginning))\b(?:[\w, ]*\b(?:year|month|week|war|invasion|"
                        r"start|beginning|total|(?:19|20)\d\d)s?(?: only| alone)?)?|(?:(?:what|which) (?:period|time ?span|time ?frame|years?|dates?) (?:does|do|did) (?:that|this|it|they) cover"
                        r"|over what (?:period|time)|(?:is (?:that|this|it) )?(?:\d[\d, ]*|that|it) ?(?:in )?total or (?:per|a|each) (?:year|month|week)))\W*$")
# "is that per week or per month?": which of the periods offered the last answer's figure is counted by
PER_WHICH = re.compile(r"^(?:and |so |ok |but )?(?:is|was|are) (?:that|it|this|those|these)(?: (?:figure|number|average|rate))?"
                       r" (?:per|a|an|each|every) (day|week|month|year) or (?:per |a |an |each |every )?(day|week|month|year)\W*$")
