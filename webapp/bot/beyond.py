"""What no article reports, however it is asked: who won the war or when it ended (the articles report it
still going on), a check of the articles by someone outside them, what those a count counts did, the members of a
group a fact names none of, and one particular week for which a fact gives only a rate.

No Flask. Used by engine.Bot before and while it retrieves facts.
"""
from __future__ import annotations

import re

from lemminflect import getAllLemmas

from ..facts import Store
from .normalize import stem
from .pastarticles import past_the_articles  # noqa: F401 (the refusals engine reads from here; the war round them: pastarticles)
from .wrapping import ONE_MAN_ITSELF

# "how many (people) USED / have CONTACTED…": what those counted did
DID_WHAT = re.compile(r"\bhow many\b(?: [a-z']+){0,4}? (?:have |has |had |were |was |did |is |are )?([a-z]+ed)\b"
                      r"(?= (?:the|a|an|it|them|this|that|to|with|for|on|at)\b|\W*$)")  # not "how many WOUNDED prisoners"
# "has anyone independently checked / verified / fact-checked…": a check some outside body made, which no article reports
CHECKED_BY = re.compile(r"^(?:so |and |but )?(?:has|have|did|does) (?:anyone|anybody|someone|somebody|any ?one|any (?:\w+ ){0,2}?"
                        r"(?:group|body|organi[sz]ations?|journalists?|experts?|agency|agencies|observers?|monitors?))\b"
                        r".*\b(?:checked|check|verified|verify|fact-?checked|audited|investigated|confirmed|confirm)\b"
                        # "has the blog post been fact-checked by anyone?"
                        r"|\b(?:blog|post|report|article|articles|story|piece|sources?|figures|numbers)\b(?: \w+){0,3} (?:been|was|were|is|are|get|got) (?:independently )?(?:fact-?checked|checked|verified|audited|confirmed) by "
                        r"(?:anyone|anybody|someone|somebody|any ?one|an? (?:independent|outside|third)\b)")
# who won or is winning, whether or when the war ended: the articles report it still going on, with no winner
OUTCOME = re.compile(r"\bwho (?:has |have )?(?:won|wins|is winning|'s winning|are winning|lost|is losing)\b(?! (?:more|most|the most|men|soldiers|troops|prisoners)\b)|\bwhen (?:did|does|will|is) "
                     r"the war (?:end|ending|finish|stop|over)\b|\bwhen (?:the )?war (?:will|is going to|gonna) (?:end|finish|stop|be over)\b"
                     # a learner's "when the war is finish?", "when is finish the war?": its end, ahead
                     r"|^(?:and |so |but )?when (?:the )?war (?:is |will )?(?:finish|end)\b|^(?:and |so |but )?when (?:is |will )?(?:finish|end) (?:the )?war\b|\b(?:is|was) the war (?:over|finished|done)\b|\b(?:has|have|did) "
                     r"(?:ukraine|russia|putin|kyiv|moscow|the ukrainians|the russians) (?:won|win|lost\b(?! (?:back|territory|ground|land|men|soldiers))|lose(?= (?:the|this) war\b|\W*$))"
                     r"|\b(?:ukraine|russia|putin|kyiv|moscow) (?:is |are )?(?:gonna|going to) (?:win|lose)\b"
                     # "can he say Russia HAS LOST THE WAR?": the war's end, stated
                     r"|\b(?:ukraine|russia|putin|kyiv|moscow|the ukrainians|the russians) (?:has|have|had) (?:already |now |basically |effectively |actually )?(?:won|lost) (?:the|this) war\b"
                     # "when will it end?", "when is all this going to be over?": the war's end asked with "it" (a forecast, not a date of a figure)
                     r"|^(?:and |so |but )?when (?:will|is|'s) (?:it|it all|this|all this|all of this|this war|the fighting) (?:ever )?(?:going to |gonna )?(?:end|finish|stop|be over)\b(?!\s*\w)"
                     # "is the war ending soon?", "is the end of the war near?": its end, ahead ("will the war be over?" is a forecast)
                     r"|\bis the war (?:nearly |almost |soon )?(?:ending|over|finished|coming to an end|drawing to a close|winding down)\b"
                     r"|\bthe end of the war (?:is )?(?:near|close|in sight|coming|soon)\b"
                     # "is the war going in Ukraine's favour?", "who has the upper hand?": which side is ahead
                     r"|\b(?:war|fighting|things) (?:is |are )?(?:going|turning|swinging) (?:in|to) (?:ukraine|russia|kyiv|moscow)'?s? favou?r\b"
                     r"|\bwho (?:has|holds|'s got|has got) the upper hand\b"
                     # "is Russia winning or losing the war right now?" (and as typed, "wining or loosing … rite now"): which side is ahead ("is Russia
                     # losing?" alone is the author's view that Putin is losing on the front of belief: test_words23)
                     r"|\b(?:is|are) (?:ukraine|russia|putin|kyiv|moscow|the ukrainians|the russians) (?:winning|wining|losing|loosing) or (?:winning|wining|losing|loosing)"
                     r"(?: (?:the|this) war)?(?: (?:right now|rite now|now|at the moment|currently|today|so far))?\W*$")
# "when do they THINK it will all finish?", "when does anyone expect the war to end?": a forecast of its end asked of
# someone, which no article makes (asked of the author too: OUTCOME's view of someone is not this)
END_FORECAST = re.compile(r"^(?:and |so |but )?when (?:do|does|did) (?:they|you|experts|analysts|people|anyone|anybody|the author|he|she) "
                          r"(?:think|expect|reckon|predict|believe|say|guess) (?:that )?(?:it|it all|this|all this|the war|this war|the fighting)"
                          r"(?: will| would| is going to|'ll)?(?: all)?(?: ever)?(?: to)? (?:end|finish|stop|be over)\b")
# "are Ukrainian troops still in Kursk now?", "ukraine still hold kursk?", "is he still army chief?": how things stand now, which no article reports (they were written at one time)
STILL_NOW = re.compile(r"(?:^|[,;:] )(?:and |so |but |ok |wait )?(?:(?:is|are|does|do|has|have) )?(?:[a-z']+ ){0,3}still (?:(?:is|are) )?(?:in|there|here|holds?|"
                       r"holding|controls?|controlling|occup\w+|(?:the )?(?:army |military )?(?:chief|head|commander|in charge|in office|"
                       r"in post|in power|ukrainian|russian))\b"
                       # "do the Ukrainians hold still territory in Kursk?": the same, in a German or Dutch word order
                       r"|\b(?:holds?|holding|controls?|controlling|occup(?:y|ies|ying)) still (?!more\b|less\b|further\b)[a-z]"
                       # "is it going up or down THIS MONTH?", "how many surrendered this week?": the present period, no article's
                       r"|(?<!\bwas )(?<!\bwere )(?<!\bis )\b(?:this|the current|the present) (?:month|week)\b(?! (?:of|in|that|with|when|where)\b)")
# "who is Russia's army chief?", "who commands the Russian army?": no article names him (the chief named is Kyiv's, Syrskii)
# ("the RF", "the Russian Federation's": Russia)
_RUSSIAN = r"(?:russian federation'?s?|rf'?s?|russian|russia'?s|russias)"
RUSSIAS_CHIEF = re.compile(rf"\b(?:who|what)(?:'s| is| was)? (?:the name of )?(?:(?:the )?(?:{_RUSSIAN}|moscow'?s|the kremlin'?s) "
                           r"(?:(?:army|military|armed forces|defen[cs]e) (?:chief|head|commander|boss|leader)|top (?:general|commander|soldier|officer)|chief of (?:the )?(?:general )?staff)"
                           rf"|(?:the )?(?:commander|chief|head|leader|boss)(?: in chief| of (?:the )?(?:general )?staff)? of (?:the )?{_RUSSIAN} "
                           rf"(?:army|military|armed forces|troops|forces)|(?:in charge of|commands|leads|heads|runs) (?:the )?(?:{_RUSSIAN} (?:army|military|armed forces|troops|forces)"
                           rf"|(?:army|military|armed forces|troops|forces) of (?:the )?(?:{_RUSSIAN}|russia)))\b"
                           # "what does the Kremlin say about these numbers?", "what do Russian officials say?": no article gives Russia's word
                           rf"|\bwhat (?:do|does|did) (?:the )?(?:russian (?:officials|government|state media|side|military|army|mod|defen[cs]e ministry|ministry of defen[cs]e|authorities)|russia|moscow|kremlin"
                           rf"|{_RUSSIAN} (?:army|military|defen[cs]e) (?:chief|head|commander|boss|leader)|{_RUSSIAN} (?:generals?|commanders?|top brass))"
                           r"(?: itself| themselves| officially| actually| even)? (?:say|think|claim|reply|respond|answer)\b"
                           # "have the Russian authorities responded to the allegations?", "how did the Kremlin react?": Russia's answer, likewise
                           r"|\b(?:have|has|did) (?:the )?(?:russian (?:officials|government|state media|military|army|mod|defen[cs]e ministry|ministry of defen[cs]e|authorities)|russia|moscow|kremlin)"
                           r"(?: ever| officially| publicly| actually| even)? (?:respond|responded|reply|replied|react|reacted|comment|commented|answer|answered|deny|denied)\b"
                           # "what is Russia's side of the story?", "the Kremlin's version of events": its own account, likewise
                           rf"|\b(?:{_RUSSIAN}|moscow'?s|(?:the )?kremlin'?s) (?:own )?(?:side of (?:the )?(?:story|things|events|it)|version(?: of (?:events|the story|things))?"
                           r"|account(?: of (?:events|it|this|things))?|narrative|official line)\b")
# the words for one who writes an article ("the author", "the journalist"), and with the blog's author by name
_WRITES = r"(?:author|blogger|writer|journalist|reporter)"
_AUTHOR = rf"(?:the |this |that )?(?:blog(?:post)? |blog post'?s? )?(?:{_WRITES}|drucker|michael drucker)"
# "where does he live?", "since which year is he army chief?", "how long time he is chief?": a named person's own life or
# time in office, which no article gives (they name him and what he said, no more)
HIS_LIFE = re.compile(r"\bwhere (?:does|did) (?:he|she) (?:live|come from|grow up|study)\b|\b(?:he|she)(?:'s| is| was) (?:born|married)\b"
                      # "who pays this blogger?", "who is paying the journalist?": who keeps the writer, which no record says
                      r"|\bwho (?:pays?|paid|is paying|was paying|finances|bankrolls) (?:the |this |that )?(?:blogger|author|writer|journalist|reporter)s?\b"
                      r"|\bhow long (?:time )?(?:he|she) (?:is|was|has been)\b"
                      # "since when is he the chief of the army?", "this Syrskii, since when is he in charge?": his time in office
                      r"|\bsince when (?:is|was|has|had) (?:he|she|(?:this |that |mr |general )?[a-z'-]+(?: [a-z'-]+)?) (?:been )?(?:the )?(?:(?:army|military|armed forces|ukrainian|kyiv'?s?|top) )?"
                      r"(?:chief|head|commander|commander-in-chief|boss|leader|in charge|in command|in office|in the (?:job|post|role))\b"
                      # "how long has he been in the job?", "how long has she held the post?": his time in office
                      r"|\bhow long (?:has|had|is|was) (?:he|she) (?:been )?(?:held |had |in |at )?(?:the |that |this |his |her )?(?:job|post|role|office|"
                      r"position|charge|command|power|helm|army chief|chief|head|commander)\b|\b(?:since|from) (?:which|what) year (?:is|was|has) (?:he|she)\b"
                      r"|\b(?:he|she)\b[^?]*\b(?:chief|head|commander|in charge)\b[^?]*\bfrom (?:which|what) year\b"
                      # "when did he take up that post?", "when did he become army chief?": his time in office
                      r"|\bwhen (?:did|was) (?:he|she) (?:take up|take over|assume|get|start|begin|appointed|named)(?: in| to)? (?:that|the|this|his|her) (?:post|job|role|office|position|command)\b"
                      r"|\bwhen (?:did|was) (?:he|she) (?:become|made|appointed|named) (?:the |army |military )*(?:chief|head|commander)\b"
                      # "what sort of jobs did they do before they joined up?": the men's working lives before the army
                      r"|\bwhat (?:sort of |kinds? of |types? of )?(?:jobs?|work|occupations?|professions?|careers?|trades?) (?:did|do|had|have) (?:they|he|(?:the|these|those) (?:others|men|prisoners|soldiers|captives|pows|recruits))\b[^?]*\b(?:before|prior to)\b"
                      r"|\bwhat did (?:they|he|(?:the|these|those) (?:others|men|prisoners|soldiers|captives|pows|recruits)) do (?:for a living|for work|for money)\b"
                      # "did he read the report?", "has the blogger been to Ukraine?", "did the author interview any prisoners?": what the
                      # writer himself did, which no article says (not "does the author read the surrenders as…", a view)
                      rf"|\b(?:did|does|do|has|have|had) (?:{_AUTHOR}|he|she) (?:ever |actually |even |really |personally )?(?:read|seen|see|look at|looked at|check|checked|use|used) "
                      r"(?:the|that|this|a|any|those|these) (?:[a-z'-]+ ){0,2}?(?:report|article|study|book|paper|news|blog|post|piece|sources?|data)\b(?! as\b| into\b| to mean\b)"
                      rf"|\b(?:did|does|do|has|have|had) (?:{_AUTHOR}|he|she) (?:ever |actually |even |really |personally )?(?:visit|visited|been to|gone to|go to|travel\w* to|live in|lived in|fight in|fought in|serve in|served in)\b"
                      rf"|\b(?:did|does|has|had) {_AUTHOR} (?:ever |actually |even |really |personally )?(?:talk|talked|speak|spoke|spoken|interview|interviewed|meet|met)\b"
                      # "what is his job?", "was he in the army?" (after the writer): his own working life
                      r"|\bwhat(?:'s| is| was) (?:his|her) (?:job|work|profession|occupation|background|career|day job|line of work)\b"
                      r"|\bwhat (?:does|did) (?:he|she) do (?:for a living|for work|for money)\b"
                      r"|\b(?:was|is|has|did) (?:he|she) (?:ever )?(?:been )?(?:in|serve in|served in|fight in|fought in) the (?:army|military|forces)\b")
# "is Bakhmut the same town they used to call Artemivsk?", "what was Pokrovsk's old name?": a place's names over time, which no
# article gives (the lexicon knows the old names only so that a visitor who uses one finds the place)
PLACE_NAMES = re.compile(r"\bsame (?:town|city|village|place)\b[^?]*\b(?:call|called|name|named|known)\b(?! up\b)|\b(?:used to|formerly|once|previously|back then) "
                         r"(?:be )?(?:called|call|named|known as)\b(?! up\b)|\b(?:old|former|soviet|previous|earlier) names?\b|\brenamed\b"
                         # "is that more than MY WHOLE TOWN?", "more people than live in our city": a figure set against the visitor's own
                         # place, whose size no article gives
                         r"|\b(?:than|as|like) (?:(?:all )?(?:the )?(?:people|population|number of people|everyone|everybody|pupils|kids) (?:in|of|at) )?(?:my|our) "
                         r"(?:whole |entire |little |small |home ?)?(?:town|city|village|school|hometown|street|neighbou?rhood|county)\b"
                         r"|\b(?:live|lives|living) in (?:my|our) (?:whole |entire |little |small |home ?)?(?:town|city|village)\b")
# "which article of the Geneva Conventions covers POWs?", "what clause of international law…": a numbered part of a law or a
# treaty, which no article cites (the blog names the Geneva Conventions, no article or clause of them)
LAW_CLAUSE = re.compile(r"\b(?:which|what) (?:exact |specific |particular )?(?:article|clause|section|paragraph|provision|rule|part)s? "
                        r"(?:of|in|under) (?:the )?(?:(?:third |3rd |fourth )?geneva convention|international law|(?:the )?laws? of war|treaty|convention)")
# "do they swap prisoners one for one?", "…in Turkey?", "who brokers the swaps?": the terms, place, pace or go-between of a swap, which
# no article gives (the news report counts those handed back; the blog says whom Russia favours)
SWAP_TERMS = re.compile(r"\b(?:swap\w*|exchang\w*|trad(?:e|es|ed|ing))\b.*\b(?:one[- ]for[- ]one|all[- ]for[- ]all|\d+[- ]for[- ]\d+|ratio|"
                        r"in (?:turkey|istanbul|belarus|the uae|the emirates|abu dhabi|saudi arabia|qatar)|mediat\w*|broker\w*)\b"
                        r"|\bwhere (?:do|does|did|are|is|were|was) (?:\w+ ){0,4}?(?:swap\w*|exchang\w*)\b"
                        # how often they happen, and the dead handed back (no article counts either)
                        r"|\bhow (?:often|frequently)\b.*\b(?:swap\w*|exchang\w*)\b|\b(?:bodies|remains|corpses)\b.*\b(?:swap\w*|exchang\w*|repatriat\w*)\b"
                        r"|\b(?:swap\w*|exchang\w*)\b.*\b(?:bodies|remains|corpses)\b"
                        # "how does the project organise a handover of bodies?": the dead handed back, however it is put
                        r"|\bhand-?overs? of (?:the )?(?:bodies|remains|corpses|dead)\b|\b(?:bodies|remains|corpses)\b.*\b(?:hand-?overs?|hand(?:s|ed|ing)? (?:back|over)|return\w*)\b"
                        # "when was THE LATEST SWAP?", "the next exchange": one particular swap, which no article describes
                        # (not "the latest exchange FIGURE", nor "left UNTIL the last exchange": the totals and priorities the articles give)
                        r"|(?<!until the )(?<!till the )(?<!before the )\b(?:latest|last|most recent|next|first|previous|upcoming|biggest|largest|smallest|single biggest|single largest) (?:prisoner |pow )?(?:swap|exchange|trade)\b(?!s)"
                        r"(?! (?:figures?|totals?|counts?|numbers?|data|stats?|statistics)\b)")
# "who is winning, in HIS VIEW?", "does the AUTHOR think Putin is losing?": an opinion some fact holds
VIEW_OF = re.compile(r"\b(?:his|her)\b(?! (?:essay|homework|school|class|teacher|project|assignment|report|worksheet|presentation|speech)\b)"
                     r"|\b(?:author|authors|author's|blog\w*|writer\w*|news report|article|view|opinion|according)\b|\b(?:they|he|she) thinks?\b")

# the period a rate or a record is asked for ("per MONTH", "in a single WEEK", "the busiest DAY", "DAILY"): a fact
# for another period ("each week" for "a month", a year's claim for "the busiest week") answers something else
PERIOD = re.compile(r"\b(?:per|a|an|each|every|one|single|in a|in one|busiest|biggest|worst|best|record|highest|most in a|"
                    r"most in one|typical|average) (week|month|day|year)\b|(?:\b(week|month|year)ly\b|\b(dai)ly\b)(?! (?:life|lives|routine|existence|conditions))"
                    # "the year-by-year breakdown", "broken down by month": a count for each period
                    r"|\b(week|month|day|year)[- ](?:by|on)[- ](?:week|month|day|year)\b|\b(?:broken down |split |breakdown )?by (week|month|day|year)\b"
                    # "which MONTH of 2025 had the most?": a month at the top, which a year's or a week's record does not name
                    r"|(?:\b(?:which|what) |\bthe )(month|day)s?\b,?(?: (?:which|what)\b)?(?!.*\bweek)(?=.*\b(?:most|fewest|highest|lowest|busiest|peak|biggest|largest|worst|best|quietest)\b)")


# "in the FIRST WEEK of the war", "the last month": one particular period, which a rate ("60-90 each week") does not count
ONE_PERIOD = re.compile(r"\b(?:first|last|opening|final|second|third|past|previous) (week|month|day)s? (?:of|after|since|before)\b")
RATE = r"\b(?:each|per|every|a|an|average|typical) {}\b|\b{}ly\b"


def a_rate_for(statement: str, text: str) -> bool:
    """Whether a question asks about one particular week (month, day) and a fact gives a rate for any such period."""
    m = ONE_PERIOD.search(text)
    p = m.group(1) if m else ""
    return bool(p) and bool(re.search(RATE.format(p, "dai" if p == "day" else p), statement.lower()))


def periods_asked(text: str) -> set[str]:
    return {("day" if g == "dai" else g) for m in PERIOD.finditer(text) for g in m.groups() if g}


def speaks_of(statement: str, period: str) -> bool:
    """Whether a fact speaks of that period ("week" in "each week", "weekly"; "day" in "daily")."""
    return bool(re.search(rf"\b{'dai' if period == 'day' else period}(?!s?[- ]old\b)", statement.lower()))  # ("65 years old": an age)

# "the YOUNGEST prisoner", "the most senior officer captured": one person at an extreme, which a spread ("most were between 18 and 65") does not give
EXTREME = re.compile(r"\b(youngest|oldest|most senior|highest[- ]ranking|highest[- ]ranked|longest[- ]serving|quietest|slowest|lowest|fewest)\b")


def war_length(store: Store) -> list[str]:
    """The facts saying how long the war has gone on (offered when asked who won or when it ended)."""
    return [f.id for f in store.facts.values() if f.kind == "context"
            and re.search(r"\byears?\b", f.statement) and re.search(r"\b(?:war|invasion)\b", f.statement)]


# "WHICH analysts?", "what units was that in?", "which officials? names please": the members of a group picked out,
# which a fact speaking of the group in general ("analysts, unnamed", "unit make-up") does not give
WHICH_ONES = re.compile(r"\b(?:which|what) (?:(?:russian|ukrainian|exact|specific|particular|actual) )?([a-z]{3,}s)\b(?! of\b)"
                        # "(tell me) what Ukrainian officials ARE REPORTED TO say": what they say, not which officials
                        r"(?! (?:are|were|is|was) (?:reported|said|thought|believed|quoted|known) to\b)")
NOT_NAMES = {"russian", "russians", "ukrainian", "ukrainians", "russia's", "ukraine's"}  # a side, not a name
NOT_GROUPS = {"articles", "sources", "figures", "numbers", "facts", "years", "is", "was", "does", "has", "this", "kinds",
              "types", "sorts", "ways", "means", "reasons", "things", "words", "percentages", "stats", "statistics",
              # a kind of the men the articles count is described, not named ("which soldiers does Moscow want back")
              "soldiers", "prisoners", "men", "troops", "people", "pows", "fighters", "recruits", "conscripts", "officers",
              # what a thing is like, told in words, not names to give ("what CONDITIONS do captured soldiers describe?")
              "conditions", "problems", "benefits", "effects", "consequences", "results", "dangers", "risks", "difficulties",
              "hardships", "experiences", "accounts", "incentives", "methods", "tactics", "arguments", "views",
              "opinions", "claims", "details", "changes", "trends", "patterns", "motives", "motivations", "goals", "aims"}


# "which SPECIFIC operation was foiled?", "what exact unit was it?": one member picked out, by name
WHICH_ONE = re.compile(r"\b(?:which|what) (?:exact|specific|particular|precise) (?:(?:russian|ukrainian) )?([a-z]{3,})\b(?! of\b)")


def group_asked(text: str) -> str | None:
    """The noun a "which X" question asks to be named, if any: a plural, or one picked out as "which specific X"."""
    if (m := WHICH_ONE.search(text)) and m.group(1) not in NOT_GROUPS and m.group(1) + "s" not in NOT_GROUPS \
            and "NOUN" in getAllLemmas(m.group(1)):
        return m.group(1)
    for m in WHICH_ONES.finditer(text):
        w = m.group(1)
        lemmas = getAllLemmas(w).get("NOUN", ())
        if w not in NOT_GROUPS and lemmas and lemmas[0] != w:
            return w
    return None


def names_none(statement: str, group: str, also: set[str] = frozenset()) -> bool:
    """Whether a fact speaks of that group only in general: no name or number within four words of it (or of a word the
    lexicon gives for it, `also`: "which illnesses?" is not answered by "sick soldiers" with none named)."""
    words = list(re.finditer(r"[\w'-]+", statement))
    g = {stem(group)} | set(also)
    at = [i for i, m in enumerate(words) if g & {stem(m.group().lower()), stem(m.group().lower().split("-")[0])}]
    named = [bool(re.match(r"\d", m.group()) or m.group()[0].isupper() and m.group().lower() not in NOT_NAMES
                  and not re.search(r"(?:^|[.!?:]\s*)$", statement[:m.start()])) for m in words]  # not a sentence's first word
    # "analysts, UNNAMED in the blog post" says which: none are named; armbands labelling them "INFECTED" say which ones
    named = [n or m.group().lower() in ("unnamed", "anonymous") or statement[m.start() - 1:m.start()] in "\"“" and m.start() > 0
             for n, m in zip(named, words)]
    return bool(at) and not any(any(named[max(0, i - 4): i + 5]) for i in at)  # silent on it: other rules decide


# "did surrenders go up in 2024?": a trend in one year is shown only by a fact comparing it with others ("more than in
# 2022 and 2023 put together", "more than any other year"), not by one figure of that year (its record week)
COMPARES_PERIODS = re.compile(r"\bthan\b|\bany other\b|\breverse\b|\bmore often\b|\bfaster\b|\bgrowing\b|\brising\b"
                              r"|\bno sign of easing\b|\bput together\b")


ANY_OTHER = re.compile(r"\bany other (?:year|period|time)\b|\bever\b")  # compares a year with every other one


def years_compared(u) -> bool:
    """A trend in a year ("did surrenders go up in 2024?") or two years compared ("more in 2024 than in 2023?")."""
    return bool(u.reading.years) and u.qtype == "trend" or u.qtype == "compare" and len(u.reading.years or u.compared) >= 2


def yearly_trends(store: Store) -> list[str]:
    """The facts that compare one year with others (offered when a trend in a year no fact compares is asked about)."""
    return [f.id for f in store.facts.values() if f.kind != "opinion" and re.search(r"\b(?:19|20)\d\d\b", f.statement)
            and COMPARES_PERIODS.search(f.statement)]


# "what's the hotline number?", "what number do they call?", "the website address": a contact detail, which no article
# gives (they say which ways of getting in touch exist); a "number" here is no count
CONTACT_DETAIL = re.compile(r"\b(?:phone|telephone|hotline|helpline|contact|whatsapp|telegram|signal|viber)(?:'s)? (?:number|no|address|handle|link|"
                            r"username|id)\b|\b(?:number|website|site|link|address) (?:for|of) (?:the )?(?:hotline|helpline|project|chatbot|bot|line)\b"
                            r"|\b(?:what|which) (?:number|website|link|address) (?:do|does|did|should|can|could|would) .*\b(?:call|ring|dial|text|"
                            r"visit|contact|use|message)\b|\bnumber (?:to|i can|they can|you can|they|you) (?:call|ring|dial|text)\b"
                            r"|\b(?:e-?mail|web|website) address\b"
                            # "what's the name of the chatbot he could use?": what it is called, which no article gives
                            r"|\bname of (?:the |that |this |their |its )?(?:chatbot|bot|app|hotline|helpline|channel|telegram (?:bot|channel))\b"
                            r"|\b(?:chatbot|bot|app|hotline|helpline)'?s name\b"
                            # "who is the contact person for the project?": someone to ask for, whom no article names
                            r"|\bcontact (?:person|people|name|officer)\b|\bperson to (?:contact|call|ring|speak to|talk to)\b")
# "what happens to the FAMILIES of men who surrender?", "how do their families feel?": the families themselves, of whom the
# articles report nothing; the prisoners' reaching them ("can they CALL their family?") is what a fact reports
FAMILIES = re.compile(r"\b(?:famil(?:y|ies)|relatives|loved ones)\b")
REACHING = re.compile(r"\b(?:call\w*|contact\w*|phon\w*|ring\w*|reach\w*|talk\w*|speak\w*|spoke|writ\w*|wrote|messag\w*|text\w*|"
                      r"touch|hear\w*|see|seeing|visit\w*|letters?|in contact|get through|get word|send word|allowed|"
                      # or going back to them: "do they get to go HOME TO THEIR FAMILIES?" asks whether they are sent home
                      r"(?:home|back) to (?:their|his|the) (?:famil(?:y|ies)|relatives|loved ones)|reunit\w*)\b")


# "how many are over sixty?", "how many prisoners are under 30?": a count by age, which no article gives (the project's
# "between 18 and 65" is the ages it takes, not a count); answered with the weekly pace or the total, whatever else matched
AGE_COUNT = re.compile(r"^(?:and |so |but |ok )?how (?:many|much) (?:(?:of (?:them|the \w+)|prisoners|soldiers|men|pows|captives|of the prisoners) )?(?:are|were) "
                       r"(?:over|under|above|below|older than|younger than|aged over|aged under) (?:the age of )?(?:[1-9]\d|twenty|thirty|forty|fifty|sixty|seventy|eighty)"
                       r"(?: years?(?: old| of age)?)?\W*$")
# "where were such men sent": sounds_like's reading of "where does a man like him end up?"; a promise just reported ("promised rear
# jobs") says which men, and without one nothing does ("where does a man like him end up?" after foreign fighters: not where sent)
SUCH_MEN_SENT = re.compile(r"\bwhere were such men sent\b")
PROMISED = re.compile(r"\b(?:promis\w*|pledge\w*|vow\w*)\b")  # (not Ukraine's "guarantee" of treatment)


def unpromised_kind(text: str, store: Store, context: dict) -> bool:
    """One man 'like him' asked where he ends up, with no promise in the last answer to say which men."""
    last = store.facts.get((context.get("facts") or [""])[0])
    return bool(SUCH_MEN_SENT.search(text)) and not (last and PROMISED.search(last.statement.lower()))


# harm done to soldiers for giving up, by their own side ("do Russian drones KILL their own men WHO TRY TO SURRENDER?", "are
# SURRENDERING soldiers SHOT by their own side?", "executed for deserting"): no article reports any (the blog's "without being
# shot" is the safe way it offers, not a harm)
HARM = (r"(?:kill|kills|killed|killing|shoot|shoots|shot|shooting|guns? down|gunned down|gunning down|execut\w*|murder\w*|"
        r"(?:fires?|fired|firing|open(?:s|ed)? fire) (?:at|on|upon)|target(?:s|ed|ing)?|bomb(?:s|ed|ing)?|droned|punish\w*|"
        r"liquidat\w*|eliminat\w*|finish(?:es|ed)? off|tak(?:e|es|en|ing) out|took out|hunt(?:s|ed|ing)? down)")
GIVING_UP = (r"(?:surrender\w*|defect\w*|desert(?:s|ed|ing|er|ers)?|giv(?:e|es|en|ing) (?:themselves |himself )?up|gave (?:themselves |himself )?up|"
             r"switch(?:es|ed|ing)? sides|go(?:es|ing)? over|went over|cross(?:es|ed|ing)? (?:over|the lines?)|white flag)")
HARMED_FOR_GIVING_UP = re.compile(
    rf"\b{HARM}\b(?: [\w']+){{0,5}}? (?:who|while|when|as|for|if|caught|trying|attempting|that)\b(?: [\w']+){{0,4}}? {GIVING_UP}"
    # "are those who surrender shot by their commanders?", "do soldiers who defect get killed?"
    rf"|\b{GIVING_UP}(?: (?!because|afraid|scared|rather|than|instead|fear\w*|of|or|and|to)[\w']+){{0,4}}? (?:(?:are|is|were|was|get|gets|got|getting|be|been|being) "
    rf"(?:\w+ )?{HARM}\b|{HARM} by\b)"
    # "drones ATTACKING THEIR OWN SURRENDERING men", "killing its own deserters"
    rf"|\b(?:{HARM}|attack(?:s|ed|ing)?) (?:their|its|his) own {GIVING_UP}"
    # "does the Russian army KILL ITS OWN SOLDIERS?", "do commanders shoot their own men?": no article reports it either
    # (not "does the Kremlin TARGET its own people FOR RECRUITMENT?": whom it recruits, which the articles tell)
    rf"|\b{HARM} (?:their|its|his) own (?:soldiers|men|troops|comrades|side|people|guys|ranks|wounded)\b"
    r"(?! (?:\w+ ){0,3}?(?:for|with|in|by) (?:\w+ )?(?:recruit\w*|pay|money|cash|propaganda|ads?|adverts?|campaigns?|contracts?|bonus\w*|enlist\w*|mobili[sz]\w*|draft\w*|incentives?))")



# "can soldiers surrender WITH THEIR WEAPONS?", "can they KEEP THEIR PHONES?": what a man gives up with, or keeps, when he gives
# up, which no article says (the guarantee names food, care, conditions and a chance to reach family; the channels are ways in)
_KIT = r"(?:own )?(?:weapons?|guns?|rifles?|arms|firearms|ammo|ammunition|kit|gear|equipment|phones?|mobiles?|smartphones?|belongings|possessions|uniforms?|documents|papers|money|cash|valuables)"
BELONGINGS = re.compile(r"\b(?:surrender\w*|give up|gave up|giving up|gives up|defect\w*|cross(?:es|ed|ing)? over|come over|comes over|came over) "
                        rf"(?:with|carrying|holding|bringing|armed with) (?:their|his|a|any|all their) {_KIT}\b"
                        rf"|\b(?:keep|keeps|kept|keeping|hold on to|holds on to|retain|retains|hang on to|get back) (?:their|his|any of their|any|all their) {_KIT}\b"
                        # "have" only of a man taken or giving up ("do the prisoners have their phones?"): "do russian soldiers have
                        # any equipment?" asks of Russia's army (bad equipment)
                        rf"|\b(?:prisoners?|pows?|captives?|captured|in captivity|surrender\w*|give up|gave up|giving up)\b[^.?!]*\bhave (?:their|his|any of their|any|all their) {_KIT}\b"
                        rf"|\bhave (?:their|his|any of their|any|all their) {_KIT}\b[^.?!]*\b(?:captured|in captivity|after (?:surrender\w*|giving up|they give up)|once (?:captured|taken|they surrender))\b")

# a person inside a body the articles name only as a body ("who is the journalist's CONTACT at the General Staff?", "who did the
# reporter TALK TO there?", "which OFFICIAL at the Coordination Headquarters gave it?"): no article names one (Syrskii, the one
# person named, speaks as Kyiv's army chief, not from inside these)
_WRITER = rf"(?:{_WRITES}|correspondent|news report|report|blog|article|paper|newspaper)(?:'s|s')?"  # (or the article itself)
UNNAMED_INSIDER = re.compile(
    rf"\bwho (?:is|are|was|were) (?:the |their |his |her |its )?{_WRITER} (?:contacts?|sources?|informants?|insiders?|man|woman|person|people|guy)"
    r" (?:at|in|inside|within|from|on)\b"
    rf"|\bwho (?:did|does|do|has|had) (?:the |their )?{_WRITER} (?:speak|talk|spoke|talked|interview|consult|ask)\w*(?: to| with)?\b"
    r"|\b(?:which|what) (?:exact |specific |particular )?(?:officials?|person|people|individuals?|staffers?|employees?|spokes\w+|press officers?|"
    r"officers?|generals?|members?) (?:at|in|inside|within|from|of) (?:the |ukraine's |kyiv's )?(?:general staff|coordination headquarters|"
    r"headquarters|hq|i want to live|project|hotline)\b"
    r"|\bwho (?:at|in|inside|within|from) (?:the )?(?:general staff|coordination headquarters|headquarters|project|i want to live)\b"
    r"|\b(?:which|what) (?:general staff|headquarters|project) (?:officials?|officers?|person|people|spokes\w+|staffers?|employees?)\b"
    # "who started it, was it Zelensky HIMSELF?": one man guessed as the one behind it, whom no article names
    rf"|^(?:and |so |but )?who\b[^?]*\b(?:was|is) it (?:[a-z'-]+ )?{ONE_MAN_ITSELF}")


def harmed_for_giving_up(text: str) -> bool:
    return bool(HARMED_FOR_GIVING_UP.search(re.sub(r"\bwithout (?:being|getting) \w+\b", "", text)))


# "what hotline can FAMILIES RING for news of a captured relative?": the families reaching someone, not the prisoners them
FAMILIES_REACH = re.compile(r"\b(?:famil(?:y|ies)|relatives|loved ones|parents|mothers|wives) (?:can|could|should|may|might|would|to|are able to)"
                            r" (?:\w+ )?(?:(?:ring|phone|ask)\b|(?:call|contact|write to|reach|get in touch)\b(?! (?:the |their )?(?:prisoners|pows|captives|captured|them)\b))"
                            # "can PARENTS CALL it for news?", "could relatives contact the hotline?": the same, asked with the verb first
                            r"|\b(?:can|could|may|might|do|does|will|would) (?:the |their |his |a |any )?(?:famil(?:y|ies)|family members|relatives|loved ones|parents|mothers|mums|moms|wives)"
                            r" (?:also |even |ever |actually )?(?:ring|phone|call|contact|write to|reach|get in touch with|use)\b(?! (?:the |their |his |her |captured |russian )?(?:prisoners?|pows?|captives|captured|them|him|sons?|husbands?|soldiers?|men|troops|relatives?|loved ones?)\b)"
                            r"|\bfor news of (?:a |an |their |his |her |my |our )?(?:captured |missing |imprisoned )?(?:relatives?|sons?|husbands?|loved ones?|"
                            r"brothers?|fathers?|family members?)\b")

# "does EVERY prisoner get help from it?", "does the project help ALL who surrender?": whether the project reaches every man, which
# no article says (it is a route offered; how many use it is counted, not who is left out)
EVERY_ONE_HELPED = re.compile(r"\b(?:every|each|all(?: the| of the)?) ?(?:single )?(?:prisoners?|soldiers?|pows?|captives|men|man|one|body|russians?|"
                              r"(?:who|that) (?:surrender\w*|give up|gives up))\b[^?]*\bhelp(?:ed)? (?:from|by) (?:it|the project|i want to live|the hotline|them)\b"
                              r"|\b(?:does|do|did|can|will) (?:it|the project|i want to live|the hotline|they) help (?:every|each|all)\w*\b")


def families_themselves(text: str) -> bool:
    """A question about the prisoners' families (what is done to them, how they feel, whom they may ring for news), not the
    prisoners' reaching them."""
    return bool(FAMILIES.search(text)) and not REACHING.search(text) and len(text.split()) > 2 or bool(FAMILIES_REACH.search(text))


# the ways of getting in touch a fact names (offered beside that refusal)
CONTACT_MEANS = re.compile(r"\b(?:messengers?|chatbots?|contact lines?|hotlines?|phones?|telegram|apps?|helplines?)\b", re.I)


def contact_facts(store: Store) -> list[str]:
    return [f.id for f in store.facts.values() if f.kind != "opinion" and CONTACT_MEANS.search(f.statement)]


# "do you think Ukraine will win?", "what's your own view?": the bot's own opinion, which it does not have (an author's
# view is asked for by naming the author: "what does the blogger think")
# "this is all ukrainian propaganda lol": a remark on the articles, not a question; the bot has no view to give back
REMARK = re.compile(r"^(?:this|that|it|these|they|the (?:articles?|blog(?: post)?|news(?: report)?|report|figures|numbers))(?:'s| is| are|'re)? "
                    r"(?:all |just |pure |total |obviously |clearly )?(?:\w+ )?(?:propaganda|lies|fake|rubbish|nonsense|bs|bullshit|made up)\b[^?]*$")
# "isn't that just Kyiv propaganda?", "is this all Ukrainian propaganda?": a verdict on what the articles say, which only a
# view could give; so is "which of the two is more reliable?" or "should I trust the blog or the news report?" (tuning S,
# AE). "Which article should I trust more?" is still answered from the articles' records (walk 9)
PROPAGANDA_VERDICT = re.compile(r"^(?!.*\b(?:helpline|hotline|project|programme|program|scheme|initiative)\b)(?:and |so |but )?(?:is|isn'?t|was|wasn'?t) (?:this|that|it|all this|all that)(?: all)?(?: just| only| really| simply)?"
                            r" (?:\w+ )?propaganda\b"
                            r"|\b(?:which|what)(?: (?:one|article|source|report|piece|outlet))?(?: of (?:the|these|those|them)(?: two)?(?: articles| sources| reports| ones)?)? "
                            # ("which of the two WOULD HIS TEACHER THINK is more reliable?": a verdict still, another's)
                            r"(?:(?:would|will|does|do|did|might) (?:[a-z']+ ){1,3}?(?:think|say|consider|find|judge|rate|call)(?: (?:is|was|to be))? |(?:is|seems|looks) )(?:the )?"
                            r"(?:more|most|less|least) (?:reliable|trustworthy|trusted|credible|believable|accurate|biased)\b"
                            r"|\bshould (?:i|we|you|one) (?:trust|believe) (?:the )?(?:blog|news report|report|post)(?: post)? or\b"
                            # "is he a reliable man?", "is that outlet reliable?", "the political leaning of the outlet": a verdict on
                            # a writer or a publisher as such, which no record gives (a claim's reliability: who makes it, TRUST_LAST)
                            r"|^(?:and |so |but |ok )?(?:is|was) (?:he|she|the (?:author|writer|blogger|journalist)|that (?:man|guy|author|writer|blogger|journalist))"
                            r"(?: an?)?(?: really| actually)? (?:reliable|trustworthy|credible|honest)(?: (?:man|person|guy|source|writer|journalist|author))?\W*$"
                            r"|\b(?:is|was) (?:that|the|this) (?:outlet|newspaper|paper|publisher|publication|website|site|news site|news outlet)\b[^?]*"
                            r"\b(?:reliable|trustworthy|credible|biased|neutral|pro-\w+)\W*(?:$|or\b)"
                            r"|\b(?:political )?(?:leaning|bias|stance|slant)s? of (?:the|that|this) (?:outlet|newspaper|paper|publisher|publication|website|site)\b"
                            # "who benefits from putting that number out?": a motive behind a figure, a verdict no article gives
                            r"|\bwho (?:benefits|gains|profits|stands to gain)\b[^?]*\b(?:number|figure|count|claim|stat|statistic|estimate|data|report|story)s?\b")
YOUR_VIEW = re.compile(r"^(?:and |so |but |ok )?(?:do|what do|how do|don't) (?:you|u|ya) (?:personally |really )?(?:think|believe|reckon|feel)\b"
                       r"|\b(?:your|ur) (?:own |personal )?(?:view|opinion|take|thoughts|verdict|prediction)\b|\bin your (?:opinion|view)\b"
                       r"|\bwhat would you (?:say|do)\b"
                       # "and you yourself, what do you think, …", "what is your advice", "should Russian soldiers surrender?"
                       r"|\byou yourself\b|(?:^|[,;:-] ?)(?:and |so |but )?what do (?:you|u) (?:yourself |personally |really )?(?:think|believe|reckon)\b"
                       r"|\b(?:your|ur) (?:advice|recommendation|suggestion|guess)\b"
                       # "you agree?", "do you agree with him?", "is it right to surrender, morally?": a view, or a moral verdict
                       r"|^(?:and |so |but |ok )?(?:do |don't )?(?:you|u) (?:agree|disagree)\b|^(?:and |so |but )?(?:is|was) it (?:morally )?"
                       r"(?:right|wrong|moral|immoral|ethical|unethical|ok|okay|fair) (?:for (?:them|him|a soldier|soldiers) )?to \w+\b.*\bmorally\b"
                       r"|^(?:and |so |but )?(?:is|was) it (?:morally|ethically) (?:right|wrong|ok|okay|acceptable|justified) to\b"
                       r"|^(?:and |so |but |ok )?should (?:the |a )?(?:russian|ukrainian|ukraine|russia|putin|kyiv|moscow|zelensky\w*|soldiers?|troops|"
                       r"they|he|prisoners?|pows?|the west|europe|nato|america|the us)\b")


# "what did Putin PROMISE about conscripts?": what was promised, which a fact naming a promise without its content
# ("despite Putin's early promises.") does not say
PROMISE_ASKED = re.compile(r"^(?:so |and |but )?what (?:exactly )?(?:did|does|has|have|had|was|were) (?:[a-z']+ ){1,4}?(promis|pledg|vow|guarant|offer|threat)\w*\b"
                           # "what promises did Putin make", "what putin promised them"
                           r"|^(?:so |and |but )?(?:what|which) (promis|pledg|vow|threat)\w* (?:exactly )?(?:(?:did|does|has|have|had) )?(?:[a-z']+ ){1,3}?(?:make|made|give|gave|break|broke)\b"
                           r"|^(?:so |and |but )?what (?:[a-z']+ ){1,3}?(promis|pledg|vow|threaten)(?:ed|d)\b")


def gives_content(statement: str, verb: str) -> bool:
    """Whether a fact says what was promised (offered, threatened): the word followed by what, not by the sentence's end
    (a fact saying it in other words, "guarantees", is left to the other rules)."""
    found = list(re.finditer(rf"\b{verb}\w*", statement.lower()))
    return not found or any(not re.match(r"\s*[.,;:)]", statement[m.end():]) for m in found)


# "what does the I Want to Live project cost to run?", "what does the hotline cost?": a sum of money asked without "how much" (not
# "what did the war cost Russia?", a cost in men too, nor what a surrender, the gains or "it" cost: Russia's price in men, given in words)
COST_ASKED = re.compile(r"^(?:and |so )?what (?:does|did|do|would|will) (?!.*\bwar\b)(?:(?=.*\b(?:project|programme|program|initiative|hotline|helpline|"
                        r"chatbot|bot|scheme|campaign|channel|website|site|app|service)\b)|(?!(?:\w+ )*(?:surrender\w*|giv\w* up|defect\w*)\b))"
                        r"(?:\w+ ){1,6}cost(?: to (?:run|operate|fund|keep|maintain|set up|staff))?$")
