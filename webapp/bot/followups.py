"""How a follow-up question narrows the last answer, as a score for each candidate fact.

No Flask. The conversation's context (engine.Bot.answer) carries the facts shown, the facts they link
to (related, conflicting: the lead's first) and the last question's ideas and type; understand.py
reads what the follow-up adds (`own`).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..schemas import Fact
from .durations import WHERE_TAKEN
from .normalize import PERIODS, STOPWORDS, TOKEN
from .subject import CHECK

if TYPE_CHECKING:
    from .retrieve import FactIndex

# follow-ups about the last answer itself (engine.Bot.about_last)
WHO_SAYS = re.compile(r"^(and |so |ok |but |wait |well )?((does|do|did) (the |either |each |both )?(news |blog )?(report|article|blog|piece|post|story)s? (say|mention|tell us|state|name) )?(who|whom)\b.*\b(says?|said|saying|claims?|claimed|claiming|counts?|counted|counting|(?<!news )(?<!the )(?<!a )(?<!this )(?<!that )reports?|reported|reporting|credits?|credited|crediting|attribut\w*|cites?|cited|told|gave|gives|provided|provides|published|publishes|compiled|logged|logs|registered|documented|tall(?:y|ies|ied)|thinks?|thought|believes?|argues?|estimat\w*)\b"
                      r"|\b(says who|(?:according|acc) to whom?|what('s| is| was) (the|your|its|their|his|her) source|where (is|was) (that|this) from|where (did|do) you get (that|this|it)( from)?|where'?s (that|this|it)( figure| number| claim)? (from|coming from))\b"
                      # "whose numbers is that based on?", "has that been confirmed?": who stands behind the last answer
                      r"|\bwhose (numbers?|figures?|data|datasets?|count|counts|estimates?|stats|statistics|research|characteri[sz]ations?|descriptions?|labels?|claims?)\b"
                      r"|^(and )?(has|have|was|were|is) (that|this|it) (been |ever |presented as (an? )?)?(confirmed|verified|proven|proved|checked|backed up|established fact)\b"
                      # "is that from Ukrainian officials?", "is that Russia's own figure?", "who tracks it?": where the last answer is from
                      r"|^(and |so |ok |but )?(is|was|are|were) (that|this|it|those|these)( (figure|number|count|claim|stat|statistic|estimate|data|one|promise|undertaking|pledge|guarantee|commitment)s?)? ((?:backed |attributed |credited |sourced )?(?:by|to)|from|by|according to)\b"
                      # "who is that number attributed to?", "is that claim sourced in the news report?": whose the last answer is
                      r"|\b(that|this|it)( (figure|number|count|claim|stat|estimate|one))? (is |was )?(attributed|sourced|credited) (to|in|by)\b|\b(pin(ned|s)? (that|this|it|the (figure|number|count|claim))( (figure|number|count|claim))?|(figure|number|count|claim) (is |was )?pinned) on (somebody|someone|anyone|anybody|a source|any source)\b"
                      r"|^(and |so |ok |but )?(is|was) (that|this|it)( (figure|number|count|claim|stat|estimate|one))? (actually |properly )?(sourced|attributed|unsourced|unattributed)\b"
                      # "that number comes from Ukraine's General Staff, doesn't it?" (read as "is it true that…"): whose the last figure is
                      r"|^(is it true that |and |so |but )?(that|this|those|these|the) (number|figure|count|estimate|total|data|stat|statistic)s? "
                      r"(comes?|came|is|was|are|were)( originally)? (from|by|according to)\b"
                      # "is that the Coordination Headquarters' figure?", "is it the I Want to Live project's count?"
                      r"|^(and |so |ok |but )?(is|was) (that|this|it) (the )?([\w\"-]+ ){0,4}([\w\"-]+('s|s'|’s) |\w+s own |their |his |her |its )(own )?(figure|number|count|estimate|claim|data|stat)s?\b"
                      # "is that a Ukrainian government number?", "is it an official figure?", "a Ukrainian number or a Russian one?": whose
                      r"|^(and |so |ok |but )?(is|was) (that|this|it) (an? |the )?(ukrainian|russian|official|government|kyiv|moscow|state|independent|mod)"
                      r"( government| official| state| army| military)? (figure|number|count|estimate|claim|data|stat)s?(\W*$|( out of \w+)? or (an? |the )?\w)"
                      # "which body is that figure attributed to?", "what organisation gave that number?": who stands behind it
                      r"|^(and |so |ok |but )?(which|what) (body|bodies|organi[sz]ations?|agency|agencies|authority|authorities|institutions?|office|department|outfit)"
                      r" (is|was|are|were|gave|gives|published|publishes|produced|produces|put out|puts out|said|says|counts?|counted|compiled)\b"
                      r"|^(and |so |ok |but )?who (tracks|tracked|keeps track of|records|recorded|monitors|measures|measured|collects|collected|counts) (it|that|this|them|those)\b"
                      r"|^(and |so |ok |but )?(is there|do (you|they|we) have|got|any) (any )?(proof|evidence)( (of|for) (that|this|it))?( though| tho| at all)?\W*$"
                      # "source?", "source for that?", "any proof of this?", "evidence for it?": where the last answer is from
                      r"|^(and |so |ok |but )?(the |any |a |got a |got any )?(source|sources|citation|reference|proof|evidence)"
                      r"( (for|of|on|behind) (that|this|it|those|these|the (claim|figure|number|count|estimate)))?( pls| please)?\W*$"
                      # "does either article name a source for that?", "who is the source for it?", "does the news say who it came from?":
                      # the source of the last answer, asked within a longer question
                      r"|\b(a |any |the |its |their )?(source|sources|citation|citations|(body|organi[sz]ation|agency|authority) responsible)( ((does|do|did) )?(it|they|he|she|the (blog|blog post|post|report|news report|article|piece)) (cites?|cited|gives?|gave|names?|named|uses?|used|quotes?|quoted))? (for|of|behind) (that|this|it|those|these)( (claim|figure|number|count|estimate|one))?\W*$"
                      r"|\b(attribut\w*|credit\w*) (that|this|it|the) ?(claim|figure|number|count|estimate)?( the same way| in the same way| differently)?\W*$"  # ("do they attribute that claim in the same way?")
                      r"|\bwho (it|that|this) (came|comes) from\b|^(and |so |but )?who (did|does) (it|that|this|those|these) (come|originally come) from\b"
                      # "who vouches for that?", "on whose authority?", "does the report back that with any source?", "is that
                      # claim unattributed?", "is that body Ukrainian or international?": who stands behind the last answer
                      r"|^(?=[^?]{0,70}\??$)(?=.*\b(that|this|it|those|these)\b).*\b(unattributed|vouch\w*|back(s|ed)? (that|this|it) (up )?with (any |a |some )?(source|sources|citation|name|body|official)"
                      r"|behind (that|this|it)( figure| number| count| claim| estimate)?\W*$|where (that|this|it) (comes?|came) from|(that|this) (body|organi[sz]ation|agency|outfit|group) (ukrainian|russian|international|official|independent|governmental|a government))\b"
                      r"|^(and |so |but )?on whose (authority|word|say-so|say so|evidence|data|datasets?|figures?)\b"
                      # "how was that counted?", "how do they count that?", "how is it estimated?": who stands behind the last answer
                      r"|^(and |so |but )?how (was|is|were|are|do|does|did) (that|this|it|those|these|they|he|the (number|figure|count|total|estimate)) ?"
                      r"(counted|calculated|measured|estimated|worked out|tallied|count (that|it|them|those)|calculate (that|it)|measure (that|it)|estimate (that|it))\W*$"
                      # "which article is that based on?", "what is that based on?": where the last answer is from
                      r"|^(and |so |but )?(which|what) (article|source|report|data|figures?|numbers?|study|survey)? ?(is|are|was|were) (that|this|it) based on\W*$"
                      # "which paragraph says that?", "where in the article is that?": where the last answer was reported
                      r"|^(and |so |but )?(which|what) (paragraph|part|section|line|bit)( of the (article|report|news report|blog|blog post|post))?"
                      r"( (says|said|is|has|gives|reports|mentions) (that|this|it)| (is|was) (that|this|it) (in|from))?\W*$"
                      r"|^(and |so |but )?where in the (article|report|news report|blog|blog post|post|text) (is|was|does it say) (that|this|it)\b")
# "what exactly does the blog point to as proof of that?": the facts the last answer rests on, which it links to
EVIDENCE_FOR = re.compile(r"\bwhat (?:exactly )?(?:does|do|did) (?:the )?(?:blog|blogger|author|writer|report|news report|article|post|he|she|it|they) "
                          r"(?:point to|give|offer|cite|use) as (?:proof|evidence)(?: (?:of|for) (?:that|this|it))?\W*$")
# "who worked that out?", "who came up with that?", "who figured it out?": who made the figure just given (asked only of an
# answer: after a refusal that showed a figure, "that number" is the one shown, which retrieval finds)
WHO_MADE = re.compile(r"^(?:(?:and|so|ok|okay|but|wait|well),? )*who\b.*\b(?:(?:worked|figured|totted|added|summed) (?:that|it|this|those|these|them) (?:out|up)"
                      r"|(?:came up with|calculated|computed|tallied|totalled|totaled|put together|produced|worked out|figured out) "
                      r"(?:that|it|this|those|these|them|the (?:figures?|numbers?|totals?|counts?|estimates?|maths?|sums?|stats?)))\b"
                      # "and this number, who has made it?", "who made that figure?": a learner's "made" for a figure's maker
                      r"|^(?:(?:and|so|ok|okay|but|well),? )*(?:this|that|the) (?:numbers?|figures?|counts?|estimates?|totals?|stats?),? who "
                      r"(?:has |have |had )?(?:made|created|done)\b|\bwho (?:has |have |had )?(?:made|created) (?:this|that|these|those|the) "
                      r"(?:numbers?|figures?|counts?|estimates?|totals?|stats?|statistics)\b")
# "the same figure in both articles": one figure asked of each article
_SAME_FIGURE = r"the same (?:figure|number|share|percentage|count|total|data|stat|estimate)s? (?:in|across|between|for) (?:both|the two|each)\b"
OTHER_ARTICLE = re.compile(r"\b(other|second|another) (article|source|report|post|one|piece|site)\b"
                           r"|\bsame (in|across|between|for) (both|the two)( articles| sources| reports| pieces)?\b|\bdo (they|both|the two|the articles)"
                           r" (agree|say the same|differ)\b|\b(news report|blog( post)?) (say|agree|differ)\b"
                           rf"|\b{_SAME_FIGURE}"
                           # "is that in both articles?", "do they both say that?", "is that only in one article?": the last answer's
                           # point in each article
                           r"|\b(?:that|this|it|they)\b.*\b(?:in|from) both(?: articles| sources| reports| pieces)?\W*$"
                           r"|\b(?:do|did|does) (?:both|they both|the two)(?: articles| sources| reports| pieces)? (?:give|say|have|report|mention|carry|include)\b"
                           r"|\bonly (?:in|from) one (?:article|source|report|piece)\b")
# "is that the same figure in both articles?" after an answer: that figure in each article (not the articles' records)
SAME_IN_BOTH = re.compile(rf"\b(?:that|this|it)(?: is| was)? {_SAME_FIGURE}")
THAT = re.compile(r"\b(that|this|it|those|these|them|they)\b")
# "how many in total?", "and overall?", "so far?" after the weekly pace: the running count, not the week's again
TOTAL_ASKED = re.compile(r"\b(?:in total|altogether|overall|(?:the|a|grand) total|so far|to date|(?:till|until|up ?till|uptil) (?:date|now|today)|up ?to (?:now|today)|thus far|all told|in all)\b")
PER_PERIOD = re.compile(r"\b(?:each|every|a|per|one|single|in a) (?:typical |average )?(?:week|day|month)\b")
# "what illnesses?" after "why are they sick?", "which countries?" after why foreigners join: a thing asked for, not the
# last question's why or how again
WHAT_THING = re.compile(r"^(?:and |so |but |ok )?(?:what|which) (?!(?:about|else|if|of|for|ones?|exactly|now|then|do|does|did|is|are|was|were|kind|sort|type)\b)[a-z]{4,}\W*$")
# follow-ups that ask for the last answer again, or for more of it
DOUBT = re.compile(r"^(and |so |ok |but )?(is (that|this|it) (true|right|correct|so|real)|really|are you sure|seriously|how (do|does|did|would|could|can|will) (you|they|we|he|she|anyone|anybody|one|people|the (author|blogger|blog|news report|report)) (even |really |actually |possibly |ever )?know"
                   r"|how (?:can|could|would|do) (?:we|you|i|anyone|anybody|one) (?:check|verify|confirm|be sure of) (?:that|this|it)|(?:can|could) (?:that|this|it)(?: figure| number| count)? be (?:checked|verified|confirmed)"
                   r"|where (does|do|did) (he|she|they|the (author|blogger|blog|article|report|news report)) get (that|this|it|those)( from)?"
                   r"|where (does|do|did) (that|this|it|the)( figure| number| count| estimate)?( originally| first| actually| really)? come from|what(?:'s|s| is) (that|this|it) based on|based on what"
                   r"|(the )?(exact|precise|actual) (number|figure|count))\b")
# a doubt said of the last answer itself ("is it true THAT'S a guesstimate?", "…that THE NUMBER is inflated?", "…IT'S made
# up?"): its words no fact holds are no claim of its own (lastanswer.checks_its_own). VERDICTS are the words that judge it,
# in SAID_OF_LAST's order; VERDICT_WORDS, each of their words and a few more, are taken out of what the doubt goes on to say
VERDICTS = ("inflated", "exaggerated", "made up", "fake", "invented", "accurate", "real", "right", "wrong", "correct", "false")
VERDICTS_TOO = ("high", "low", "big", "small")  # "too high"
VERDICTS_MORE = ("overstated", "understated", "fabricated", "padded", "reliable", "propaganda", "overblown", "a lie", "lies", "credible",
                 "believable", "plausible")
SAID_OF_LAST = re.compile(r"[\s?!.,]*(?:that )?(?:(?:that|this|it)(?:'s| is| was)\b|(?:the|that|this|those|these|its|their|your) (?:numbers?|figures?|counts?|"
                          r"totals?|estimates?|shares?|stats?|statistics|data|tally|tallies|percentages?)\b(?! (?:of|for|on) \w)|(?:it|they)(?:'re| are|'s| is| were| was) "
                          r"(?:(?:a bit|a little|way|far|much|all|really|just|totally|completely) )?(?:" + "|".join(VERDICTS)
                          + "|too (?:" + "|".join(VERDICTS_TOO) + ")|" + "|".join(VERDICTS_MORE) + r")\b)")
VERDICT_WORDS = {w for v in (*VERDICTS, *VERDICTS_TOO, *VERDICTS_MORE) for w in v.removeprefix("a ").split()} \
    | {"exaggerating", "inflating", "lying", "true", "trustworthy"}
# "how many was that again?", "how many exactly?", "is there an exact number?": the last answer's figure, again (a fact
# giving only "hundreds" or "no exact count" says so itself)
AGAIN = re.compile(r"^(?:and |so |ok |but )?(?:how (?:many|much)|what(?:'s| is| was) the (?:number|figure|count))(?: (?:was|is|were|are) "
                   r"(?:that|it|they|those))?(?: again| exactly| precisely| then| in total)+\W*$"
                   r"|^(?:and |so |ok |but )?(?:how (?:many|much)) (?:was|is|were|are) (?:that|it|they|those)\W*$"
                   r"|^(?:and |so |ok |but )?(?:is|was) (?:there|that|it) an? (?:exact|precise|actual|real) (?:number|figure|count)\b")
# "what's the number?", "and the figure?", nothing else named: the last answer's own count (not a year, a date or a share,
# after which the count is looked up)
NUMBER_ALONE = re.compile(r"^(?:and |so |ok |but )?(?:what(?:'s| is| was) )?the (?:number|figure|count)\W*$")
RESTATE = re.compile(r"^(and )?(which ones|which|like what|such as|what are they|what were they|name them|list them|"
                     r"what (?:kinds?|sorts?|types?)|examples?|for example)\b")
# "bypassing who?", "going around whom?", "tricked how?": a few of the last answer's own words echoed with a question word, asking
# to hear that part again; answered by the last answer when it holds them (lastanswer.about_last)
ECHO = re.compile(r"^(?:and |so |but )?(?:[a-z'-]+ ){1,3}(?:who|whom|what|where|which|how)\W*$")
# "is that killed or wounded?", "does that include the wounded?", "is that just the dead?": what the last answer's figure
# counts; answered by the last answer when it holds those words (lastanswer.about_last)
SCOPE_OF_IT = re.compile(r"^(?:and |so |but |ok |wait,? )?(?:(?:is|was) (?:that|this|it)(?: (?:figure|number|count|total|estimate))? (?:just|only|all|both|including|counting)\b(?! (?:in|from) )"
                         r"|(?:does|did) (?:that|this|it)(?: (?:figure|number|count|total|estimate))? (?:include|count|cover)\b"
                         r"|(?:is|was) (?:that|this|it) (?:the )?[a-z]+ (?:or|and) (?:the )?[a-z]+\W*$)")
POINTED_AT = re.compile(r"^(?:and |so |but |ok |wait,? )?(?:is|was|does|did) (?:that|this)\b")
# "can you say that in simpler words?", "explain that more simply", "in plain English?": the last answer asked again in
# easier words; the bot has no words of its own for a fact, so it shows the same statement
SIMPLER = re.compile(r"^(?:and |so |ok |but |sorry,? |um,? )?(?:(?:can|could|would|will) (?:you|u) (?:please |pls )?|please |pls )?"
                     r"(?:say|put|explain|word|rephrase|phrase|tell me|give me|repeat) (?:that|this|it)(?: again)? "
                     r"(?:in (?:simpler|simple|plain|plainer|easier|easy|normal|everyday|other) (?:words|terms|english|language)|"
                     r"(?:more )?(?:simply|plainly|more simply|more plainly|more clearly))(?: please| pls)?\W*$"
                     r"|^(?:and |so )?(?:in (?:simpler|simple|plain|plainer|easier|normal|other) (?:words|terms|english)|(?:simplify|rephrase|"
                     r"dumb down) (?:that|this|it)|(?:simplify|rephrase|dumb) (?:that|this|it) (?:down|please|pls))\W*$")
MORE = re.compile(r"^(and |so )?((?:can|could|would|will) you (?:please )?)?(tell me more|more|go on|anything else|what else|more details|details|explain|and then"
                  # "can you elaborate?", "expand on that", "keep going", "can you go into more detail?"
                  r"|elaborate|expand|say more|keep going|give me more|go into (?:more |a bit more |some )?detail|what more"
                  r"|what happened (instead|next|then|after that)"
                  # "and elsewhere?", "where else?", "anywhere else?": the linked fact on the other places
                  r"|elsewhere|where else|anywhere else|any other places?)\b")  # "and what happened instead?": the fact it links to
# "why?", "how come?", "why so few?", "why is that": the reason for what was just said
# a fact that reports a promise, a guarantee or an offer (not what is in fact done)
PROMISE = re.compile(r"\b(?:guarantee\w*|promis\w*|pledge\w*|vow\w*|offers?|offered)\b")
WHY_THAT = re.compile(r"^(and |but |so |ok |ok but |ok so |wait )?(why|how come|whys?|what for|for what reason"
                      # "what caused it?", "what happened that month to cause it?": the reason for what was just said
                      r"|what (?:caused|causes|led to|leads to|explains|was behind|is behind) (?:it|that|this)"
                      r"|what happened (?:(?:that|this|then|in that) (?:week|month|year|time) )?to cause (?:it|that|this))( (is|was|are|were) (that|it|this)( happening| the case| going on| so)?"
                      r"| (does|did|has|had) (that|it|this) (happen|\w+(ed|en)|change|flip|switch|rise|grow|fall|drop|shift|turn|go up|go down|matter)| (would|could|might|should|can) (that|it|this) be( so| the case)?"
                      r"| so| tho| though| then"
                      r"| ((would|did|do|does|will) (they|he|she|it|russia|the kremlin|putin|commanders|the army)|(they|russia|the kremlin|putin|commanders|the army) (would|will)) (even )?(do|did) (that|this|it)"
                      r"( to (them|him|her|those (men|soldiers|guys)|(their|his|its) own (men|soldiers|troops|people|guys|boys|lads)))?"
                      r"| (that|this|then|there) (week|year|month|day|place|region|one))?"
                      r"( (so )?(few|many|much|little|low|high|small|big|large|often|fast|slow)( of them)?)?"
                      r"( (that|this|then|there) (week|year|month|day|place|region|one))?\W*$")
# "oh, there's no exact number?", "so no figure at all?" right after a refusal: the visitor takes it in; still none to give
NO_FIGURE_AFTER = re.compile(r"^(?:(?:oh|so|ok|okay|wait|hmm|really|right)\b[\s,.!]*)*(?:there'?s |there is |theres |is there |so )?"
                             r"no (?:exact |precise |real |actual |firm |hard |official |specific )?(?:number|figure|count|total|data|stats?|statistics)s?"
                             r"(?: at all| then| for (?:it|that|them|this))?\W*$")
# "says who? does either article name a source for that?", "so in the blog who is the source": the last answer's claimant, not
# the articles' own records
SOURCE_OF_LAST = re.compile(r"\bsays who\b|\b(?:a|the|any) sources? (?:for|of|behind) (?:that|this|it)\b(?! (?:article|post|blog|report|piece|story|one)\b)|\bwho(?:'s| is| was) the source\b")
# "what does the author think about THAT / conclude from it / think it means": the view linked to the last answer
VIEW_OF_THAT = re.compile(r"\b(think|thinks|thought|conclude|concludes|concluded|make of|read into|mean|means|view|opinion|take|verdict)"
                          r"\b.*\b(that|this|it|them)\b|\b(that|this|it)\b.*\b(tells? us|shows?|means?)\W*$"
                          # "what does the author think?", "and the blogger's view?" asked bare after an answer: of that answer
                          r"|^(and |so |but |ok )?(what (does|do|did) |what'?s |what is )?(the )?(author|blogger|writer)('s)? (think|view|opinion|take|verdict)\W*$")
# "is that the author's own view or someone else's?", "whose wording is that?", "is that the journalist talking or a
# source?": a short follow-up pointing at the last answer ("that", not "the author's view ON that") whose every content
# word is about who makes a claim asks whose the last answer is, however it is worded (a word list, not one more pattern)
ATTRIBUTION_WORDS = frozenset("own view views else else's elses stated state states characterisation characterization "
                              "wording words word phrase phrasing phrased take line label talking back backed backs authority "
                              "official estimate personal voice".split())
# ("who did that?" after the armbands asks who did it, not who reports it: "who" alone is a cue only without such a verb;
# "opinion" is a cue but not one of the words, as "is that opinion shared…" asks more than whose it is: it cost a held-out
# follow-up)
ATTRIBUTION_CUE = re.compile(r"\b(?:whose|author|writer|reporter|journalist|blogger|source|sourced|attributed|opinion|view|fact|own|stated|claim|"
                             r"official|backed|back (?:that|this|it) up)\b")
DOER = re.compile(r"\bwho (?:did|does|do|would|will|could|can|wants?|wanted|made|makes|ordered|orders|decided|decides|benefits?"
                  r"|is (?:it|that|this) for|are (?:they|those|these) for)\b")
# ("who else says that?", "does the blog state that too?": another article's or source's version, asked elsewhere)
ELSEWHERE = re.compile(r"\b(?:too|also|either|both|same|other|blog|news|article|report|post)\b|\belse\b(?!'?s\b)")
POINTS_BACK = re.compile(r"\b(?:that|this|it)\b")
# ("what does the blogger think that shows?", "why would they do that to their own men?": what the claim says, not whose)
CONTENT_ASKED = re.compile(r"^(?:(?:and|so|but|ok|wait),? )?(?:what|why|how|where|when|which)\b")
ABOUT_IT = re.compile(r"(?<!source )(?<!sources )\b(?:on|of|about|for|with|from|to|in|behind|than|like) (?:that|this|it)\b")  # ("the source on that?")


# "before that?", "since when?" after a statement that says what changed: that statement again (lastanswer.last_detail)
BEFORE_THAT = re.compile(r"^(?:and |so |ok |but )?(?:since when|from when|before (?:that|then|this)|what (?:was|were) (?:it|things) like "
                         r"before (?:that|then)|and before (?:that|then)(?: point)?|(?:and )?before that point)\b")
# "what about before?", "how was it before?", "before?" bare: only a statement that says what came before answers it
BEFORE_BARE = re.compile(r"^(?:and |so |ok |but )?(?:what (?:was|were) (?:it|things|the situation) like before|how (?:was|were) (?:it|things) "
                         r"before|(?:what|how) about before|before)\W*$")
WHAT_CAME_BEFORE = re.compile(r"\b(?:revers\w*|earlier|previously|used to|no longer|changed|flipped|turned)\b")
# "since when?", "from when?" bare: when what the last answer says began (not another fact's date: the record week's)
SINCE_WHEN = re.compile(r"^(?:and |so |ok |but )?(?:since|from) when(?: (?:was|is|did|does) (?:that|it|this)(?: start| begin)?)?\W*$")
CHANGED = re.compile(r"\b(?:since|until|reversed|turned|flipped|changed|used to|no longer)\b")

# "who" asked (whose_claim: "who's the source on that"), and "from" asked (follow_bonus: "where are they FROM?")
WHO_WORD, FROM_WORD = re.compile(r"\bwho\b"), re.compile(r"\bfrom\b")


def whose_claim(text: str, words: list[str]) -> bool:
    """Whether a follow-up asks only whose the last answer is: it points back at it ("that"), asks nothing of its content,
    and its content words are all ATTRIBUTION_WORDS."""
    if len(text.split()) > 14 or CONTENT_ASKED.match(text) or ELSEWHERE.search(text) or ABOUT_IT.search(text):
        return False
    if not set(words) <= ATTRIBUTION_WORDS or not POINTS_BACK.search(text):
        return False
    return ATTRIBUTION_CUE.search(text) is not None or WHO_WORD.search(text) is not None and not DOER.search(text)


# "any difference between the two?", "is there a discrepancy?", "does the blog put it higher or lower?", "what did the other
# writer say?": after an answer, a follow-up made only of words for the articles and how their versions compare asks for
# the other article's version of that point (records.compared answers the same words asked with no answer before)
VERSION_WORDS = frozenset("other another second two both different difference differences differ differs discrepancy discrepancies "
                          "compare compared comparison same agree agrees disagree disagreement match matches higher lower bigger "
                          "smaller larger put puts version versions writer author blog news report article source piece post "
                          "number figure figures numbers say says said give gives".split())
# a word comparing versions, or the other article named ("and the other two?" after a share asks for the other ranks);
# not "agree": "do the two articles agree on that?" is read with the agree question type, which says how they differ
VERSION_CUE = re.compile(r"\b(?:different|difference|differs?|discrepanc(?:y|ies)|compared?|comparison|same|match(?:es)?|"
                         r"higher or lower|lower or higher|versions?|(?:other|another|second) (?:article|source|report|piece|post|writer|author|blog))\b")
# what the articles' records answer ("is the other source reliable?", "who is the other author?"), or no version asked
# ("compared to what?")
NOT_VERSIONS = re.compile(r"\b(?:who|when|reliab\w*|unreliable|trust\w*|credib\w*|bias\w*|published|wrote|written|date|title|headline)\b"
                          r"|\b(?:compared?|comparison) (?:to|with) what\b")
# the articles named as a whole: "the two articles", "between the blog and the news report"
BOTH_NAMED = re.compile(r"\b(?:articles|sources|texts|pieces|reports|posts)\b|\bbetween (?:the )?[a-z]+(?: [a-z]+)? and (?:the )?[a-z]+")


def versions_asked(text: str) -> bool:
    """Whether a follow-up asks only how the other article's version of the last point compares: every word of it that
    is no stopword is one of VERSION_WORDS (its words, not the reading's: "other countries" is read as one idea)."""
    if len(text.split()) > 14 or not VERSION_CUE.search(text) or NOT_VERSIONS.search(text):
        return False
    if BOTH_NAMED.search(text) and not POINTS_BACK.search(text):  # ("the difference between the two articles?": the articles)
        return False
    return all(w.removesuffix("'s") in VERSION_WORDS for w in TOKEN.findall(text) if w not in STOPWORDS)


# "is that a fact or an opinion?", bare "fact or opinion?": both words, nothing else asked (a doubt, "is that a fact?", is not this)
FACT_OR_VIEW = re.compile(r"^(?:and |so |but |ok |wait )?(?:(?:is|was) (?:that|this|it) )?(?:(?:an? |just )?fact or (?:just )?(?:an? )?"
                          r"(?:opinion|view)|(?:an? )?(?:opinion|view) or (?:an? )?fact"
                          # "is that a fact?" after a view: its kind, of the last answer (walk 17: another view was shown)
                          r"|(?<=is that )(?:an? |just an? )?fact|(?<=is this )(?:an? |just an? )?fact|(?<=is it )(?:an? |just an? )?fact)\s*\??\s*$"
                          # "is that conclusion presented as established fact or as the writer's own interpretation?": the same, in full
                          r"|^(?:and |so |but |ok |wait )?(?:is|was) (?:that|this|it)(?: (?:conclusion|claim|point|argument|statement|view|idea|line))? "
                          r"(?:presented|stated|given|put|framed|reported|offered|written|made|asserted|put forward|meant) as (?:an? )?"
                          r"(?:established |hard |plain |proven |a )?fact,? or (?:as )?(?:just )?(?:an? |the (?:writer|author|blogger|reporter)'?s |his |her )?"
                          r"(?:own )?(?:opinion|view|interpretation|judgement|judgment|take|belief|assessment)\s*\??\s*$")
# "what are their names?", "who are they?": the people behind the last answer's claim
# "who is he?", "what is his position, exactly?", "what does he do?" after a figure a named person gives: who that person is,
# which the claim's own attribution says ("Kyiv's army chief Oleksandr Syrskii")
HIS_ROLE = re.compile(r"^(?:and |so |but |ok |okay )?(?:who(?: is|'s| was) (?:he|she|that|this)(?: guy| man| person)?"
                      r"|what(?: is|'s| was) (?:his|her) (?:job|role|position|post|title|rank|function)"
                      r"|what (?:does|did) (?:he|she) do)\b")
THEIR_NAMES = re.compile(r"\b(their|his|her|its) (real |full )?names?\b|^(and )?(the )?names?\W*$|^(and )?who are (they|these people)\b"
                         r"|\bwhat(?:'s|s| is) (?:the )?(?:guy|man|person|woman|founder|creator|boss|chief|head)(?:'?s)? (?:real |full )?names?\b")  # ("like whats the guys name")
UNNAMED = re.compile(r"\bunnamed\b|\bno source given\b|\bnot named\b")
# words that only name an article ("what about the blog?", "and in the news report?")
SOURCE_WORDS = {"blog", "post", "news", "report", "newspaper", "blogger", "article", "version", "one", "paper", "site", "piece",
                "too", "also", "either", "different", "say", "says"}
# a fact about the soldiers counted or lost: "what about the Ukrainians?" after it asks for the other side
PRISONERS_OR_LOSSES = re.compile(r"prisoner|captur|surrender|killed|wounded|died|injured|losses|casualt")


def context_after(facts: list[Fact], concepts: list[list[str]], qtype: str | None) -> dict:
    """The conversation after an answer made of `facts`, as the next turn reads it: what was asked (its ideas and
    type), the facts shown and their topics, the facts they link to (the lead's first: a follow-up most likely
    narrows to one of them), and whether the lead counts soldiers taken or lost."""
    ids = [x.id for x in facts]
    near = list(dict.fromkeys(i for x in facts for i in [*x.related, *(c.fact for c in x.conflicts_with)] if i not in ids))
    lead = facts[0]
    return {"concepts": concepts, "qtype": qtype, "topics": sorted({t for x in facts for t in x.topics}), "facts": ids,
            "near": near, "lead_near": len([*lead.related, *lead.conflicts_with]),
            "counted": bool(PRISONERS_OR_LOSSES.search(lead.statement.lower()))}


# "what happens to prisoners after they surrender", "what happened to the wounded": what is done to them afterwards,
# which a fact on how they came to be there (how to surrender, where they were caught) does not say
FATE = re.compile(r"\bwhat (?:happens|happened|will happen|is going to happen|becomes|became) (?:to|of)\b")
AFTERWARDS = re.compile(r"\b(?:treat\w*|exchang\w*|swap\w*|sent|send|go back|went back|returned|handed back|detention|custody|"
                        r"releas\w*|punish\w*|prosecut\w*)\b")


def done_afterwards(f: Fact) -> bool:
    """Whether a statement says something done to the men afterwards (treated, exchanged, sent back…), in its own
    lower-case words: a name such as "…for the Treatment of Prisoners of War" is no treatment."""
    return AFTERWARDS.search(f.statement) is not None


def follow_bonus(index: "FactIndex", f: Fact, qtype: str | None, near: frozenset[str], own: list[set[str]],
                 shown: frozenset[str], prev: list[set[str]] = (), text: str = "") -> float:
    """A follow-up narrows the last answer: to the facts it links to (a reason, for "why"), to a fact holding
    what the follow-up adds ("were THEY MARKED?"), and not to the fact just given again."""
    score = 0.0
    if not own and WHICH_THEY_HAD.match(text):  # "what illness did they have?" after "were any of them sick?": which ones,
        return score  # told by the facts on that subject as if asked afresh, not by a fact the last answer links to
    holds_own = bool(own) and index.holds_all(f.id, own)
    if f.id in near:  # (a linked reason or way: one holding what the follow-up adds, when it adds something: "how do they
        # get RECRUITED?" after the foreigners' share is not the linked claim on Russia not taking them back)
        # ("what happens to them?" after the count of prisoners: not a linked claim on how many gave up when, which says
        # nothing done to them afterwards)
        way = qtype in ("why", "how", "opinion") and f.kind in ("claim", "opinion") and (holds_own or not own) \
            and not (FATE.search(text) and not done_afterwards(f))
        score += 0.1 + (0.15 if way else 0.0)
    if own and index.holds_all(f.id, own):  # ("do they get FOOD?" after the Geneva guarantee: a yes-no on
        score += 0.3 + (0.1 if qtype is None and f.id in shown else 0.0)  # what was just shown, not the Russian army's food)
    if own and prev:  # "what about OFFICERS?" after "what intel do prisoners give": officers, in that intel
        score += 0.15 * sum(1 for c in prev if c & index.fact_stems[f.id]) / len(prev)
    # not the fact just given, unless it holds what the follow-up adds ("how were they RECRUITED?"), or says what brought it
    # about when how or why is asked ("how did Ukrainians come to be in Kursk?" after the Kursk fact: "after Kyiv's incursion")
    if f.id in shown and qtype not in ("who", "source", "agree") and not (own and index.holds_all(f.id, own)) \
            and not (qtype in ("how", "why") and EVENT_BEHIND.search(f.statement)) \
            and not (qtype == "where" and FROM_WORD.search(text) and PLACE_GIVEN.search(f.statement)):  # ("where are they FROM?": the 40 countries again)
        score -= 0.2
    return score


# "which illnesses did they have?", "what kind of illness do they have?" of the last question's own subject: which of it,
# the particulars of the fact just given, not another fact on the same subject
WHICH_THEY_HAD = re.compile(r"^(?:and |so |but |ok )?(?:what|which) (?:kinds? of |sorts? of |types? of )?[a-z]{4,} (?:did |do |does )?"
                            r"(?:they|he|the (?:soldiers|prisoners|men|captives|pows)) (?:have|had|got|get|suffer from|suffered from)\b")
# a statement that says what brought something about: an event it followed, or a cause
EVENT_BEHIND = re.compile(r"\b(?:after|because|due to|thanks to|as a result of)\b")
# a statement that says where: a place by name, or how many places ("from more than 40 countries")
PLACE_GIVEN = re.compile(r"\b(?:from|in|around|near) (?:more than |over |about |some )?(?:\d+ (?:different )?(?:countries|nations|regions)|"
                         r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]+)")


def reason_linked(index: "FactIndex", f: Fact, qtype: str | None, near: frozenset[str], own: list[set[str]]) -> bool:
    """"How were they lured in?", "why did they sign up?" right after the criminal-records figure: a reason or a way asked
    of what the follow-up names itself, and a claim the last answer links to holds all of it. That claim answers it
    without the last question's subject (the coverage `rank` gives it is then the follow-up's own). So is a yes-no question
    or a comparison of the last answer ("is that BETTER than in Russia's army?" after Ukraine's promise)."""
    return qtype in ("why", "how", None, "compare") and bool(own) and f.id in near and f.kind in ("claim", "opinion") \
        and index.holds_all(f.id, own)

# "it", "this", "that one": a thing the last question named, not the soldiers every question is about
WH_OWN = re.compile(r"^(?:how (?:old|many|much|long)|what|where|when|why|who|which) (?:\w+ )?(?:were|was|are|is|did|do|does|had|have|has) (?:they|them)\b"
                    # "do they get meds in Ukraine?" after another subject: a yes-no question about the soldiers, of its own subject
                    r"|^(?:and |so |but )?(?:do|does|did|can|are|were) (?:they|he|prisoners|the prisoners) (?:get|have|receive|see)\b"
                    r"|^(?:and |so |but )?(?:are|were) (?:lots|many|most|some|a lot|plenty) of (?:them|the prisoners|the men)\b")
# "which one gives the higher figure?", "which article's number is bigger?" right after two versions side by side: those two
HIGHER_ONE = re.compile(r"^(?:and |so |but |ok )?which (?:one|article|source|piece|report|of them|of the two)(?:'s (?:figure|number|estimate|share))?"
                        r"(?: (?:gives?|has|says?|reports?|puts?|counts?|is)(?: it)?)?(?: the| a)? (?:higher|bigger|larger|lower|smaller|greater|"
                        r"highest|biggest|lowest|smallest)(?: (?:figure|number|estimate|share|one|count|percentage))?\W*$")
VIEW_CHECKED = re.compile(r"^(?:and |so |but )?(?:he|she|the (?:author|blogger|writer)) (?:says|thinks|believes|reckons|argues|claims) ")
# "since when has Ukraine been taking more POWs than it loses?" after another subject: a side named as its subject (its "it" is
# that side, not the last answer)
SIDE_ASKED = re.compile(r"^(?:and |so |but )?(?:since when|when|how long|how often) (?:has|have|had|did|does|do|is|are|was|were) "
                        r"(?:ukraine|russia|kyiv|moscow|the kremlin|ukrainians|russians)\b")
THING_REFERRED = re.compile(r"\b(it|its|this|that|(?:these|those)(?! (?!(?:numbers|figures|stats|statistics|counts|estimates|claims|ones|places|areas|towns|cities|regions|years|weeks|months|days|articles|reports|pieces|sources)\b)[a-z]{3,}s\b))\b", re.I)  # (not "these RECRUITS": a thing named)
# "isn't IT normally the attacker who…", "is IT true that…": an "it" that stands for nothing the last answer named
# "…treats them as throwaway? IS THAT HIS OPINION?": a tag after a question of its own, whose "that" is that question
OWN_TAG = re.compile(r"(?<=[?.!,])\s*(?:is|was) (?:that|this|it) (?:just |really )?(?:the (?:author|blogger|writer)'?s |his |her )?(?:own )?"
                     r"(?:opinion|view|right|true|correct)\s*\??\s*$")
DUMMY_IT = re.compile(r"\b(?:isn'?t|is|wasn'?t|was) it (?=(?:normally|usually|generally|typically|commonly|always|true|the case|common)\b)")


def whole_question(u, context: dict) -> bool:
    """A follow-up the conversation could not answer that may be read on its own: "how old were they?" after a refused
    sum ("they" are the soldiers every question is about; "who runs it?" needs what the last one named); "do prisoners
    get to call their families?" after another subject (a question with subjects of its own); "was that more than
    in 2022 and 2023?" (two years compared say what is asked)."""
    if (u.qtype == "compare" or CHECK.match(u.reading.text)) and len(u.reading.years) >= 2 or WHERE_TAKEN.search(u.reading.text):
        return True  # (two years compared, or set side by side in a claim checked; "where were they caught?": the soldiers)
    if DUMMY_IT.search(u.text) and u.own and not u.reading.years:  # "isn't it normally the attacker who…": a general claim
        return True                                                  # checked, of its own subject
    if SIDE_ASKED.match(u.reading.text) and u.own and not u.reading.years and not re.search(r"\b(?:this|that|these|those)\b", u.text):
        return True
    if THING_REFERRED.search(OWN_TAG.sub("", u.text)) or u.reading.years or not u.own:
        return False
    # "how old were they?" after the ranks: a whole wh-question of its own about the soldiers, when the conversation can't answer it
    # "do they give the same figure for CONTRACT SOLDIERS?": "they" are the two articles, and what is compared is named
    # "and he SAYS they're just isolated incidents?": the author's view checked, of a subject of its own
    return bool(context.get("refused")) or len(u.own) >= 2 or bool(WH_OWN.match(u.reading.text)) or u.qtype == "agree" \
        or bool(VIEW_CHECKED.match(u.reading.text))


def after_a_count(u, prev: list[set[str]], context: dict, text: str) -> list[set[str]]:
    """The last question's ideas a why or how follow-up to a count carries: "why do they do it?" after the weekly pace
    asks why they surrender, not why weekly (its period is dropped); "why do they surrender?" after a count of surrenders
    asks the reasons, not what the count links to (no bonus for the last answer's neighbours)."""
    if u.qtype not in ("why", "how") or context.get("qtype") not in ("how_many", "share"):
        return prev
    prev = [c for c in prev if not c & PERIODS] or prev
    if u.ideas and all(c in prev for c in u.ideas) and re.match(r"(?:and |so |but |ok )?(?:why|how)\b", text):
        u.prev_topics, u.prev_near = set(), frozenset()
    return prev


# "why there?" after an answer on where soldiers surrender: the statement that gives the places' reason describes them
# ("places where Russian forces have lost very heavily"), not the one saying how Ukraine got to Kursk
PLACES_WHY = re.compile(r"\bplaces? where\b")


def place_reasons(facts: dict, lead_id: str, place_names: list[str]) -> list[Fact]:
    """Why soldiers surrender at the place the last answer led with: that statement, when it says what its places share;
    else a statement of heavy fighting at a place it names ("captured in Donetsk": "heavy fighting in Donetsk throughout")."""
    lead = facts.get(lead_id)
    if lead is None or PLACES_WHY.search(lead.statement):
        return [lead] if lead else []
    places = [p for p in place_names if re.search(rf"\bin {p}\b", lead.statement.lower())]
    return [f for f in facts.values() if f.id != lead.id and any(re.search(rf"\bfighting in {p}\b", f.statement.lower()) for p in places)][:1]
