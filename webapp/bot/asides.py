"""What a visitor adds around a question that is no part of what is asked: who told them a claim, where they met it, how it strikes
them, a closing "too" or "as well" that adds the question to the one before, and a closing "again" asking to be reminded.

No Flask. Used by wrapping.the_question (and REMARK_AFTER by understand.understand too).
"""
from __future__ import annotations

import re
from typing import Callable

# "Who wrote it? I'M A JOURNALIST AND NEED TO CREDIT IT.": a remark after the question mark, set aside; words there that start as
# a question does ("is that a lot? WHATS THE MOST EVER"), or as a guess at where a place lies ("kursk? ISNT THAT IN RUSSIA"), are a
# second question typed without its mark, and stay
REMARK_AFTER = re.compile(r"(?<=\?)\s+(?!(?:what|whats|who|whos|where|when|which|how|why|is|are|was|were|do|does|did)\b"
                          r"|(?:isn'?t|wasn'?t) (?:that|it) in\b"
                          # "how much exactly? I WANT THE NUMBER IN KM SQUARED": the unit the figure is wanted in, asked
                          r"|(?:i (?:want|need|would like)|i'd like) (?:it|that|this|the (?:number|figure|area|amount|total)) (?:in|as) "
                          # (a unit: "…the number in the news report" is a remark on where, and the question before it is asked)
                          r"(?:square |sq )?(?:kilomet|km|sq|miles|mi\b|acres|hectares|percent|a percentage|percentages|numbers|absolute))[^?]{3,}$"
                          # "and generals? IS THERE ANY FIGURE FOR THOSE?": asked of the thing just named, nothing of its own
                          r"|(?<=\?)\s+(?:is|are) there (?:any |a |an )?(?:figures?|numbers?|counts?|data|stats?|statistics) (?:for|on|about|of) "
                          r"(?:those|them|that|these|it|this|him)\W*$"
                          # "are surrenders speeding up, NOT JUST ADDING UP?", "how many officers were killed, NOT CAPTURED?": what is set aside, not asked (but "an exact number, not hundreds?" asks the figure the words refuse)
                          r"|,\s*(?:and |but )?not (?:(?:just|only|merely|simply) )?(?!['\"\d]|(?:hundreds|thousands|dozens|a few|some|many|an? estimate|rounded)\b)[^,?.!;:]{2,40}?(?=\W*$)"
                          # "they said he'd be in the rear, NOT IN SHTURM. did this happen to others?": the post he was told he'd
                          # be spared, before the question
                          r"|,\s*(?:and |but )?not (?:in|at|on|as) [^,?.!;:]{2,30}?(?=[.!;]\s+(?:did|does|do|is|are|was|were|has|have|can|will|how|what|why|where|who|which|when)\b)"
                          # "y would u even surrender ngl THATS KINDA SUS": a texter's verdict on the question, no part of it
                          # and a child's, relayed by a parent: "why would they want to get caught, ISN'T THAT SCARY", "why do that? HE
                          # THINKS THAT'S REALLY MEAN"
                          r"|(?<=[a-z?])\s*,?\s+(?:(?:ngl|tbh|lol|lmao|fr|honestly|like)\s+)*(?:(?:he|she|they|my \w+|i) (?:thinks?|says?|feels?) )?"
                          r"(?:that'?s|thats|it'?s|its|seems|sounds|isn'?t (?:that|it)|is (?:that|it) not) "
                          r"(?:kinda |kind of |so |pretty |really |lowkey |a bit |very |super |actually )?(?:sus|weird|wild|crazy|insane|mad|nuts|"
                          r"messed up|wack|whack|strange|odd|scary|sketchy|shady|mean|sad|cruel|horrible|awful|terrible|unfair|cool|funny)"
                          r"(?:\s+(?:ngl|tbh|lol|lmao|fr|tho|though|honestly))*\W*$"
                          # and what the child is doing it for: "…, HE IS DOING A POSTER", "SHE'S MAKING A PROJECT ON IT"
                          r"|(?<=[a-z?])\s*,?\s+(?:he|she|they|i|we|my \w+)(?: is|'s| are|'re| am|'m) (?:doing|making|writing|working on) "
                          r"(?:a|an|his|her|their|my|our) (?:[a-z]+ )?(?:poster|project|homework|essay|presentation|assignment|report|talk)"
                          r"(?: (?:on|about) (?:it|this|that|them|the war))?\W*$")

# "…half of them are ex convicts, THAT'S WHAT MY LORRY MATE TOLD ME": who said it, after the claim
WHO_TOLD = re.compile(r",?\s*(?:that'?s|that is|or so|at least that'?s) what (?:my |a |his |her |our |some |the )?[a-z' ]{0,30}?"
                      r"(?:told me|said|says|reckons|claims|heard|read|thinks)\b[^?]*")
# "a figure of 1.2 million casualties GOING AROUND ONLINE, is that right?", "…, that's the number BEING BANDIED ABOUT ON
# TWITTER": where the visitor met the claim, no part of it
_WHERE_SEEN = r"(?:online|on (?:the )?(?:social media|socials|internet|web|twitter|x|tiktok|facebook|reddit|telegram|youtube|news|tv|telly|radio))"
CIRCULATING = re.compile(r",?\s*(?:(?:that'?s|which is|it'?s) (?:the |a )?(?:figure|number|claim|stat|statistic)\s*)?(?:that'?s |which is |being )*"
                         r"(?:(?:going|floating|bandied|thrown|passed|flying|knocking) (?:about|around|round)(?: " + _WHERE_SEEN + r")?"
                         r"|(?:circulating|shared|spreading|spread|posted|doing the rounds|trending|making the rounds)(?: " + _WHERE_SEEN + r")?"
                         # "what is this 'I Want to Live' thing PEOPLE KEEP TALKING ABOUT?", "…I KEEP HEARING ABOUT": heard of, not asked
                         r"|(?:that |which )?(?:(?:people|everyone|everybody|folks|they) (?:keep|keeps|are|is|have been|has been|'re|'s) (?:always )?"
                         r"(?:talking|going on|posting|chatting|on) about|(?:i|we) (?:keep|have been|'ve been) (?:hearing|reading|seeing)(?: people talk)?(?: about)?))"
                         r"(?=\s*(?:[,.?!;]|-|$|(?:says|said|claims)\b))")  # ("that 1.2 million figure I keep hearing - where's it from?")
# "is it basically a psyop, LIKE THE LEAFLET DROPS OF WW2?": a likeness to another war, beside a question on this one (no
# question about another war: understand.Scope and the reading set it aside)
ANALOGY = re.compile(r",\s*(?:just |a bit |rather |much |sort of |kind of )?(?:like|as in|similar to|akin to|comparable to)\b[^,;?]*?"
                     r"\b(?:ww ?(?:2|ii|1|i|two|one)|world wars?\b[^,;?]*|vietnam|afghanistan|korean war|cold war|iraq|chechnya|syria)\b[^,;?]*")
# "how many have long-term conditions WE'D NEED TO PLAN FOR?", "…, FOR OUR PLANNING": what the visitor's own work will do with
# the answer (an aid worker's register), no part of what is asked
PURPOSE = re.compile(r",?\s+(?:that |which )?(?:we|i|our team|my team|our staff)(?:'d|'ll| would| will| might| may| should)? (?:need|have|want|be asked) to "
                     r"(?:plan|prepare|budget|cater|account|provide|arrange|make provision|allow) for\b[^?,;]*"
                     r"|,?\s+for (?:our|my) (?:planning|records|report|team|staff|programme|program|budget|logistics|needs assessment|response|"
                     r"outro|intro|script|episode|segment|slides?|lesson|notes)"
                     r"(?: purposes)?(?=\W*$)|,?\s+for planning(?: purposes)?(?=\W*$)|,?\s+(?:(?:that|which) (?:i|we) (?:can|could) (?:read out|read|say|use|quote|put out)"
                     r"(?: (?:it|them))?(?: on (?:the )?(?:air|radio|show|programme|program))?|on (?:the )?air)(?=\W*(?:$|for\b))"
                     # "what's the closing line, PARAPHRASED, for my outro?": the visitor's own rewording of the answer, no part of what is asked
                     r"|,\s*(?:paraphrased|in paraphrase|roughly paraphrased|in your own words)\s*(?=,|\W*$)"
                     # "and how many Ukrainians, SO I CAN GIVE BOTH SIDES?", "…SO I CAN SAY 'UP FROM X'": what the visitor will say with it
                     r"|,?\s+so (?:that )?(?:i|we) (?:can|could|may) (?:give|say|show|present|report|quote|cite|write|put|compare|tell|mention|use|read out)\b[^?]*(?=\W*$)"
                     # and the work announced before it: "WE'RE PLANNING medical support for detainees": the support is the subject
                     r"|^(?:we'?re|we are|i'?m|i am|our team is|my team is) (?:currently |now |busy )?(?:planning|preparing|organi[sz]ing|arranging|"
                     r"setting up|putting together|budgeting|designing) (?=[a-z])")
# "how would he reach the Ukrainians WITHOUT HIS COMMANDER FINDING OUT?": kept from those around him, a condition on the way
# asked for and no part of it (no article says who finds out; the commanders would lead instead of the ways in touch)
# (not Ukraine's own outreach: "how does Ukraine get its message to soldiers without their bosses knowing?" is answered by
# Ukraine going around the commanders)
UNNOTICED = re.compile(r"^(?=(?:and |so |but )?how\b)((?!.*\b(?:ukraine|kyiv|ukrainians|the project|i want to live|the hotline)(?:'s)? (?:get|gets|send|sends|reach|reaches|talk|talks|"
                       r"speak|speaks|contact|contacts|message|messages|spread|spreads|tell|tells)\b)(?!.*\b(?:its|their) (?:message|messages|propaganda)\b).*?)"
                       r",?\s+(?:without (?:his|their|her|the|your|my|any|an|our) (?:own )?(?:commanders?|officers?|superiors?|bosses?|"
                       r"command|sergeants?|comrades|unit|mates|handlers?|side|people)|without (?:anyone|anybody)) (?:finding out|knowing|noticing|"
                       r"seeing|catching on|catching (?:him|them)|hearing|realising|realizing|suspecting|getting wind)(?: (?:about )?(?:it|this|that))?(?=\W*$)")
# "…100,000 have been captured, WHICH SOUNDS FAR TOO HIGH TO ME. Is that right?": how the claim strikes the visitor
# and "what does the news report say about NCOs THAT THE BLOG LEAVES OUT?": the other article's silence, said of what is asked
VIEW_ASIDE = re.compile(r",? which (?:sounds|seems|looks|strikes me as|feels|sounded|seemed)\b[^.?!,;]*"
                        # "are the wounded prioritised, LIKE YOU'D EXPECT ON MEDICAL GROUNDS?": what the visitor expects, no part of it
                        r"|,\s*(?:just |much |exactly )?(?:like|as) (?:you'?d|you would|one would|one might|you might|i'?d|i would|we'?d|we would|anyone would) "
                        r"(?:expect|imagine|assume|guess|hope|think)\b[^.?!,;]*"
                        # "do the Russians want all their men back, I WOULD HAVE THOUGHT SO", "…, I imagine": the visitor's own guess at the answer
                        r"|,\s*(?:i|one|we)(?:'d| would| should)?(?: have)? (?:thought|think|imagine|imagined|expect|expected|assume|assumed|suppose|"
                        r"supposed|guess|guessed)(?: so| as much)?(?=\W*$)"
                        # "how is Ukraine treating the prisoners, GOOD OR BAD?": the verdict the visitor offers to choose from, after a how-question
                        r"|,\s*(?:good|well|bad|badly|fairly|decently) or (?:bad|badly|good|well|not|unfairly|poorly)(?=\W*$)"
                        r"|,? (?:that|which) (?:the )?(?:blog(?: post)?|news report|report|post|article|other (?:one|article|piece)) (?:leaves out|omits|skips|misses"
                        r"|ignores|does ?n[o']?t (?:mention|give|include|have|say)|never mentions)\b(?:(?! (?:how|what|why|which|where|when|who)\b)[^.?!,;])*" + "|" + ANALOGY.pattern + "|" + PURPOSE.pattern)
# "does the blog give that figure AS WELL?", "is that what the officials say TOO?": adds the question to one before it,
# names nothing asked about (not "too many", "too little": those come before what they qualify)
ADDITIVE = re.compile(r",?\s+(?:as well|too|also|either)(?=\s*(?:[?!.,;]|$))")
# after a wh-question: "how long has the war gone on, I LOSE TRACK", "what does Ukraine gain, APART FROM FEEDING THEM"
# (not the project's name: "what do you mean, I WANT TO LIVE?" asks what it is)
AFTERTHOUGHT = re.compile(r",\s*(?:(?:i|i'm|im|i've|i'd)\s(?!(?:want to|wanna) li[vf]e?\W*$)(?![^?]*\b(?:how|what|why|which|where|when|who)\b)[^?]*"
                          r"|(?:apart from|aside from|other than|besides|except for)\b[^?,]*"
                          # "how many are ordinary privates, THE SIMPLE SOLDIERS AT THE BOTTOM": the men asked about, said again
                          r"|(?:i mean |meaning |as in |like )?the (?:[a-z-]+ ){0,3}(?:soldiers|men|troops|ones|guys|lads|people)\b[^?,]*)(?=\?*\s*$)")
# "and sergeants, corporals, THAT LEVEL", "food, doctor AND SO ON": a list left open, naming nothing more
OPEN_LIST = re.compile(r",?\s*(?:that level|that rank|that sort of (?:thing|level)|that kind of (?:thing|level)|and so on|and so forth|etc\.?|"
                       r"and the like|or whatever(?: (?:it'?s|its|it is|they'?re|theyre|they are) (?:called|named))?|and stuff|and things like that|or something like that)(?=\W*$|\W*[?,])")
# "when did the war start AGAIN?", "what's the average age again?": asking to be reminded, a wh-question's closing word that
# names nothing asked about (not a thing done twice: "captured again", "sent to fight again", "did they surrender again?")
REMINDED = re.compile(r"^(?=(?:and |so |sorry,? |but )?(?:what|when|who|whose|where|which|how)\b)(.*?)(?<!captur)(?<!captured)(?<!caught)"
                      r"(?<!taken)(?<!surrender)(?<!surrendered)(?<!exchanged)(?<!swapped)(?<!sent)(?<!fight)(?<!fighting)(?<!back)"
                      r",?\s+again(?=\s*[?!.]*\s*$)")
# "whats the 'i want to live' thing, LIKE A SURRENDER APP?", "what is the headquarters, LIKE A MINISTRY OR SOMETHING?": the
# visitor's guess at what the thing asked about is, after a what-is question; what it is is asked, the guess names nothing more
GUESSED = re.compile(r"^(?=(?:and |so |ok |okay )?(?:what'?s|whats|what is|what are|what exactly is)\b)(.*?),\s*(?:like|as in|sort of like|"
                     r"kind of like|basically) (?:a|an|some(?: kind of| sort of)?) [^,?]*?(?: or (?:something|what|smth))?(?=\W*$)")
# "BASED. so is putin losing", "they signed up for the money, COPE HARDER. how much…", "…is propaganda COPE. who counted that",
# "so putin's losing OR IS THAT COPIUM": a forum commenter's verdict on a claim, no part of what is asked ("cope" only as that
# verdict: after a noun before a stop, the claim kept but not what it is called ("… is ukrainian propaganda cope"), or "cope harder"; not "how do they cope?")
VERDICT_SLANG = re.compile(r"^based\s*[.!,]+\s*|\s*,?\s*\bcope (?:harder|and seethe)\b[.!]*"
                           # (bare "cope" ends a claim, not a question: not "how do the prisoners cope.", "how do they cope, mentally?")
                           r"|(?:^|(?<=[.!?;]))(?!\s*(?:how|what|why|who|when|where|which|do|does|did|can|could|will|would|is|are|was|were|"
                           r"and how|so how|but how)\b)(?P<claim>[^.!?;]*?[a-z])(?:(?: is|'s| are| was)(?: [a-z]+){0,3})? cope(?=\s*[.!,])"
                           r"|,?\s*\bor (?:is (?:that|it|this) )?(?:just |pure |total )?(?:copium|hopium|cope)\b(?=\W*$)|\s*\b(?:copium|hopium)\b")
# "what share were contract soldiers, I.E. PAID VOLUNTEERS?", "…conscripts, AKA DRAFTEES?": what is asked, said again in other
# words after "i.e." or "aka"; the words before it are what a fact must hold
RESTATED = re.compile(r",?\s*\b(?:i\.?\s?e|a\.?k\.?a)\b\.?,?\s+[^,?;!.]*(?=[?!.]?\s*$|,)")
# "WAIT what armbands", "HANG ON, why so many?": a start of surprise before the question, naming nothing asked about
INTERJECTION = re.compile(r"^(?:wait|wait a (?:sec|second|minute)|hold on|hang on|hmm+|huh|erm|umm*|whoa|woah|wow)[,!.]*\s+"
                          r"(?=(?:what|how|why|which|where|when|who|whose|is|are|was|were|do|does|did|so|and|but|the|that|this|those|these|ok|okay"
                          # ("wait, IT'S 60 to 90 a day??", "hang on, THEY only count…", "wow, 10,000?"): a figure or a claim said back
                          r"|it|it's|its|they|they're|theyre|there|there's|thats|that's|only|just|really|seriously"
                          # ("wait SOME of them have hiv??", "hang on, MOST were conscripts?")
                          r"|some|most|many|all|half|none|no|few|a|an|he|she|you|u|we|russia|ukraine|russians|ukrainians)\b|\d)")
# "what EVEN is I Want to Live?", "why even surrender?": a wh-word's stress, naming nothing asked about
WH_EVEN = re.compile(r"\b((?:what|who|why|how|where|when|which)(?:'s)?"
                     # "why would you EVEN surrender", "what's I Want to Live EVEN": the same stress, after the asking or at the end
                     r"|(?:why|what|how) (?:would|do|does|did|should|could|can) (?:you|u|they|anyone|a soldier|a man)) even\b"
                     r"|(?<=[a-z]) even(?=\W*$)")
# "I'm on the side that says morale is cracking. HOW MANY SURRENDER IN A TYPICAL WEEK?", "Let's talk about the human
# cost. How many were killed or hurt?": a remark, a stance or a topic announced before a wh-question that stands on its
# own (it names a thing of its own and points back to nothing: no "it", "that", "they", "there"): the wh-question is asked
SET_UP = re.compile(r"^(?:i|i'm|im|i've|i'd|we|we're|let's|lets|let me|here's|so|ok|okay|right|now|good|thanks|thank you|my|as a|speaking as|heard|apparently)\b[^?]*?(?:[.!:;]|\s-)\s+(?=(?:and |so |but |ok |okay |now )?(?:from |in |to |for |at |of |by |with |since |until )?(?:how|what|why|which|where|when|who|whose)\b[^?.!;:]*\??\s*$)")
POINTS_BACK = re.compile(r"\b(?:it|its|this|that|these|those|they|them|their|he|she|him|her|his|one|ones|there|then|so)\b")


def after_set_up(t: str, names_a_thing: Callable[[str], bool]) -> str:
    """The wh-question after a remark that sets it up, when it names what it asks about itself."""
    m = SET_UP.match(t)
    asked = t[m.end():] if m else ""
    return asked if m and names_a_thing(asked) and not POINTS_BACK.search(asked) else t


def without_verdict(text: str) -> str:
    """The text without a forum commenter's verdict on a claim ("based.", "… is propaganda cope.", "or is that copium")."""
    return VERDICT_SLANG.sub(lambda m: m.group("claim") or "", text)
