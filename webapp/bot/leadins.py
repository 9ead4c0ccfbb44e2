"""What a visitor says before a colon about the question itself, or what the answer is for, is not what is asked:
"So the big question, the one I ask every guest: what's driving them to give up?", "Here's my question: …",
"For my catalogue note: what is 'I Want to Live'?", "For our newsletter - how many officers were captured?", a worksheet's
"q4: how does Ukraine make it easy to surrender?", "for listeners just tuning in, what is I Want to Live?"; and who wants
the answer, said before it with no stop ("my son wants to know where…", "help me understand why…"); and the visitor's own
guess before a claim put up to be checked ("I bet most are conscripts", "presumably…"), read as "I think…" is. FOR_A_CHILD:
whom the answer must suit, anywhere in the question ("explain like I'm 5…", "…, in words a child would understand").

No Flask. Used by wrapping.the_question, after the filler words a question starts with ("so", "ok") are gone. Besides the
wanting and the guessing frames, only a lead-in that ends in a colon, a semicolon or a dash and is followed by a question is
taken off; what a lead-in names as the use of the answer is the visitor's own (my, our, a), never an article ("for the
blog: …" asks about the blog).
"""
from __future__ import annotations

import re

# the words a question (after the lead-in) starts with
_ASKS = r"(?=(?:what|how|why|who|whose|when|where|which|is|are|was|were|do|does|did|can|could|has|have|will|would|should)\b)"
_ARTICLE = r"(?:blog|blogs|post|report|article|articles|piece|pieces|news|author|writer|blogger|source|sources|site|outlet)"
# a class the answer is for: "pupils", "my Year 10s", "a Year 10 class", "15-year-olds", "GCSE students"
_CLASS = (r"(?:(?:a|an|my|our|the) )?(?:(?:year ?\d{1,2}|gcse|a-level|secondary(?: school)?|high school|middle school|\d{1,2}[- ]?years?[- ]old|"
          r"teenage|young) )?(?:class|classes|pupils|students|learners|teens|teenagers|year ?\d{1,2}s|\d{1,2}[- ]?years?[- ]olds|kids)")
# a teacher's asking how to put it to a class ("how do I explain to teenagers why…"): no advice asked, the question after it is
_TEACHING = (r"how (?:would|do|should|could|can|might) (?:i|we) (?:best )?(?:explain|describe|teach|put across|get across|present)"
             rf"(?: (?:it|this|that))?(?: to {_CLASS})?")
# (for the scope check only with the class named, and not before "what a POW is/means" -- a definition no fact gives -- nor
# before the visitor's own case, "why I want to surrender")
_TEACHING_TO = (r"how (?:would|do|should|could|can|might) (?:i|we) (?:best )?(?:explain|describe|teach|put across|get across|present)"
                rf"(?: (?:it|this|that))? to {_CLASS}")
TEACHING = re.compile(rf"^(?:and |but |so )?{_TEACHING_TO}"
                      r"(?= (?:what|how|why|who|whose|where|when|which|whether)\b)"
                      r"(?! (?:what|how|why|where|whether|when) (?:i|we|me|my|our)\b(?! want to live))"
                      r"(?! what (?:a |an |the )?(?!i want to live)[a-z' -]+ (?:is|are|means?|does)\W*$)"
                      # and what to show or quote to them: "which places should I point to on the map where…"; not "which numbers
                      # should I quote?", "should I stress that…?" (advice: the verb is the question's own)
                      r"|(?<=[a-z] )(?<!^what )(?<!^which )(?:should|shall) (?:i|we) (?:point to|point out|mention|show|quote|cite|highlight|"
                      r"stress|focus on|put on the board)\b(?=.* (?:where|when|why|how|who)\b)")
LEAD_IN = re.compile(
    # "the big question(, the one I always ask my guests):", "here's my question:", "one question for you:", "my question is:"
    r"^(?:(?:and |but )?(?:here'?s |here is |this is )?(?:the|my|our|one|a|an|another|the next|the last|a last|one last|one more|a quick|"
    r"a simple|a silly)? ?(?:(?:big|real|main|key|next|last|final|first|second|quick|simple|silly|daft|obvious|burning|basic|"
    r"honest|million[- ]dollar|follow[- ]up|genuine|serious) )?questions?(?: (?:for you|then|is|i have|i've got|i always ask"
    r"(?: [a-z']+){0,3}))?(?:,[^,:;?]{0,60})?"
    # "quick one:", "Quick one for the compare-and-contrast bit:": a question announced as short (and what it is for), not what is asked
    r"|(?:a |one |another |just a )?quick one(?: (?:for|on|about) [^,:;?]{0,50}?)?"
    # "quick check:", "just checking -", "sanity check:": the question announced as a check, not what is asked ("quick": no pace)
    r"|(?:a |one |another |just a )?(?:quick |sanity |fact[- ]?|double[- ]?)check|(?:just )?(?:double[- ])?checking"
    # "for my catalogue note:", "for our newsletter -", "for a quiz I'm writing:": what the answer is for
    rf"|for (?:my|our|a|an) (?!(?:[a-z']+ ){{0,3}}?{_ARTICLE}\b)(?:[a-z'-]+ ){{0,7}}?[a-z'-]+"
    # a part of the visitor's own programme or page named with "the": "for the cold open:", "for the segment on sick soldiers:"
    rf"|for (?:the|this|that|today's) (?:cold open|intro|introduction|outro|opening|segment|episode|script|show|voice-?over|teaser|"
    rf"trailer|promo|slide|caption|graphic|timeline|recap|wrap-?up|closing|sign-?off)"
    rf"(?: (?:on|about) (?:[a-z'-]+ ){{0,3}}?[a-z'-]+)?"
    # a debater's side or part of the round: "for the opposition side:", "for the rebuttal -", "for the affirmative case:" (not
    # "for the debate ON PRISONER SWAPS: how many?", whose topic is the question's subject)
    rf"|for (?:the|this|that|today's|our|my) (?:(?:opposition|proposition|affirmative|negative|opposing)(?: side| team| bench| case| speech)?|debate|motion|"
    rf"rebuttal|cross-?ex(?:amination)?)(?= ?[:;-])"
    # what the visitor is after, named before the colon: "dramatic beat I want:", "the stat I need -", "key line we're after:"
    rf"|(?:the |a |one )?(?:[a-z'-]+ ){{0,2}}?(?:beat|scene|moment|stat|statistic|figure|number|line|detail|fact|hook|angle|bit|thing)s? "
    rf"(?:i|we)(?:'m|'re| am| are)? (?:really |still )?(?:want|need|after|looking for)"
    # a worksheet's item label: "q4:", "question 3 -", "worksheet q2:", "put it in my own words for q5:"
    rf"|(?:(?:[a-z']+ ){{0,6}}?for )?(?:(?:my|our|the) )?(?:(?:worksheet|homework|quiz|exercise|handout|sheet|test) )?"
    rf"(?:q|question|no\.?|number|task|ex|part) ?\d{{1,2}}[a-z]?\)?)\s*(?:[:;.)]|\s-)\s*{_ASKS}"
    # whom the answer is for, before a comma: "for listeners just tuning in, what is …?", "for the class, how many …?"
    # the angle the visitor asks from, before a comma: "from a medical-ethics standpoint, which conditions…" (not "from the blog's…")
    rf"|^(?:and |but |so )?from (?:a|an) [a-z'-]+(?: [a-z'-]+)? (?:standpoint|perspective|point of view|viewpoint|angle)\s*,\s*(?={_ASKS[3:-1]} )"
    rf"|^(?:and |but )?for (?:the |our |my |any |all )?(?:listeners?|viewers?|readers?|audience|students?|pupils?|class|"
    rf"kids|children|followers|subscribers|folks|newcomers|beginners)\b"
    rf"[^,:;?]{{0,40}}?\s*[,:;]\s*{_ASKS}"
    # who wants the answer, and that they want it, said before the question with no stop: "my son wants to know where…", "I need
    # to find out for my essay why…", "help me understand why…", "the thing I want to know is how many…"
    rf"|^(?:and |but |so )?(?:the (?:thing|one thing|question) )?(?:(?:i|we|my \w+|our \w+|his \w+|her \w+|their \w+|he|she|they) )?"
    rf"(?:(?:really |just |still |also )?(?:wants?|wanted|needs?|needed|would like|'d like|am trying|'m trying|is trying|are trying) to "
    rf"(?:know|find out|understand|work out|figure out)|(?:can you |could you |please )?help (?:me|us|him|her|them) (?:to )?(?:understand|work out|figure out|find out)"
    rf"|(?:is|are|was|were|keeps?|kept) (?:asking|wondering)(?: me| us)?|asked(?: me| us| them| him| her)?|asks(?: me| us)?|wonders|wondered)"
    rf"(?: for (?:my|our|his|her|their|a|an|the) [a-z]+(?: [a-z]+)?)?(?: is)?,?\s*(?:(?={_ASKS[3:-1]} )"
    # a yes-no question reported ("my son asked IF foreigners fight for Russia. do they?"): the clause is what is asked
    # (only when nothing but a tag follows it: "…? are some from other countries?" asks a question of its own)
    rf"|(?:if|whether) (?=[a-z0-9'\"][^?.!;]*(?:[.?!]+\s*(?:and |so |but )?(?:do|does|did|is|are|was|were|has|have|had|can|will|would)"
    rf"(?: (?:they|it|he|she|there|that|we))?(?: really)?)?\s*[.?!]*\s*$))"
    # the visitor's own guess before the claim it puts up to be checked, as "I think…" is read: "I suppose most are from Donetsk?",
    # "I bet most are conscripts", "my guess is…", "presumably…"
    rf"|^(?:and |but |so )?(?:i (?:suppose|assume|imagine|guess|bet|expect|gather|presume|take it)|i'?d (?:guess|say|imagine|assume)"
    rf"|i am (?:guessing|assuming|betting)|i'm (?:guessing|assuming|betting)|my (?:guess|assumption|hunch) is|presumably|bet"
    # and an Australian's or Irish visitor's "reckon …?", "I reckon …": the guess, the claim after it checked
    rf"|i reckon|reckon(?= (?:many|most|some|any|a lot|lots|half|they|it|the|there|that|those|these|all|few|only)\b)"
    # and the belief held until now: "I always thought…", "I'd assumed…", "I was under the impression that…"
    rf"|(?:i|i'd|i had) (?:always |just |honestly |somehow )?(?:thought|assumed|believed|figured|imagined|supposed)"
    rf"|i (?:was|am) under the impression|i (?:had|got) the impression"
    # and what the visitor was told: "I have heard that many are ill", "I've read that…", "someone told me…"
    rf"|i(?: have|'ve)? (?:heard|read)(?: somewhere| online| on the news)?|(?:someone|somebody|a friend|people) (?:told me|say|says)"
    # a fact-checker's line under check: "I'm checking a line that says…", "we're verifying a claim that…": the claim is asked
    rf"|(?:i'?m|i am|we'?re|we are) (?:checking|verifying|fact[- ]?checking|looking at|subbing|editing) (?:a|the|this|one|my|our) "
    rf"(?:[a-z-]+ ){{0,2}}?(?:line|claim|sentence|statement|figure|quote|paragraph|passage|caption|tweet|draft|copy)"
    rf"(?: (?:that|which) (?:says|said|claims|states|reads|runs)| saying| claiming| stating)?"
    # a teacher's asking how to put it to a class: "how would I explain to pupils what…", "how do I explain to my Year 10s why…"
    rf"|{_TEACHING}(?= (?:what|how|why|who|whose|where|when|which|whether)\b"
    # ("how would I explain 'I Want to Live'?": the thing named, what it is)
    rf"| ['\"]?(?:the )?[a-z][a-z -]{{2,40}}['\"]?(?: project| programme| hotline)?(?:,? in (?:a|one|two|simple|plain) (?:sentence|line|words?)s?)? *[?.!]*$)"
    # and a debater's call for the evidence of a claim: "what's the best evidence that surrenders are speeding up?", "what's the
    # strongest stat to show recruits were tricked?", "best proof of low morale?": the claim is what is asked about
    rf"|(?:what'?s|what is|what are|give me|show me)? ?(?:the |your |some )?(?:best|strongest|most convincing|clearest|hardest|"
    rf"single best|key|main) (?:piece of )?(?:evidence|proof|stats?|statistics?|figures?|numbers?|facts?|examples?|data|signs?)"
    rf" (?:that|to show(?: that)?|to prove(?: that)?|showing(?: that)?|proving(?: that)?|suggesting(?: that)?|for|of))"
    rf"(?: that)?,?\s+(?=[a-z0-9'\"])")

# a quiz-writer's label for the question: "quiz q:", "trivia question -", "trick question:", "bonus q:"; what follows is asked
# whatever it opens with ("quiz q: per the General Staff, …")
QUIZ_LABEL = re.compile(r"^(?:and |so |ok |okay )?(?:(?:a|another|one more|the next|next|last|final) )?(?:pub[- ]?quiz|quiz|trivia|trick|bonus|"
                        r"tie-?breaker) (?:q|qn|question)(?: ?\d{1,2})?\s*(?:[:;.)]|\s-)\s*(?=[a-z0-9'\"])")


# whom the answer must suit, said anywhere in the question ("explain like I'm 5 what…", "…, in words a child would understand",
# "explain it for a 10 year old", "ELI5"): how to answer, as "in a sentence" is, not what is asked (the 5 no figure, the kid
# no subject; "how many of them were children" keeps its children)
_YOUNG = r"(?:\d{1,2}|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)"
_CHILD = rf"(?:(?:a |an |my |our )?(?:{_YOUNG}[- ]?(?:years?[- ]old|yr[- ]old|yo)|kid|child|little one|primary school(?:er| kid| child)?)s?)"
FOR_A_CHILD = re.compile(
    rf",?\s*\b(?:explain(?:ed)? (?:it |this |that )?)?(?:like|as if|as though) (?:i'?m|i am|i was|i were|you'?re talking to|talking to) "
    rf"(?:a |an )?(?:{_YOUNG}|{_CHILD})(?: years? old)?\b|\beli5\b"
    rf"|,?\s*\b(?:in (?:one |a |simple |plain )?(?:sentence|words|terms|language|way) )?(?:that |which )?(?:{_CHILD}|{_CLASS}) (?:would|could|can|will|might) "
    rf"(?:get|understand|follow|grasp)(?: it)?\b"
    # (and before how long the answer should be: "…to fifteen-year-olds in a sentence?")
    rf"|,?\s*\b(?:for|to) {_CHILD}(?=(?:,? in (?:a|one|two|simple|plain) (?:sentence|line|words?)| briefly| simply)? *[?.!]*$| (?:what|how|why|who|where|when|which)\b)")


REPORTED_IF = re.compile(r"\b(?:if|whether)\s+$")  # a lead-in ending in "asked if": a clause reported, not a question


def asked_clause(m: re.Match) -> str:
    """What a lead-in leaves: nothing, or, before a clause reported with if/whether that is no question of its own ("my
    teacher asked if the news report names its sources"), the question it reports, put as a claim to check ("is it true
    that the news report names its sources"), so a statement about an article is read as one."""
    rest = m.string[m.end():]
    return "is it true that " if REPORTED_IF.search(m[0]) and not re.match(_ASKS, rest) else ""


def reported_clause(text: str) -> str:
    """The question a visitor reports with if/whether, put as a claim to check (asked_clause), for the checks that read the
    question as typed (records.about_articles: "my teacher asked if the news report names its sources" asks its record)."""
    m = LEAD_IN.match(text)
    return text if m is None or not REPORTED_IF.search(m[0]) else text[:m.start()] + asked_clause(m) + text[m.end():]
