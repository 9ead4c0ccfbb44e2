"""A topic said first and asked about after it: "I Want to Live, what is it?", "donetsk where is it?", "the record week -
when was it?", "and conscripts, what percentage were they?"; and the challenge said first: "says who? the 1,213,460 figure"; and who will hear a claim, said before it: "can I tell my class that …?". As spoken, and as learners of English put it; read as the question it is ("what is I Want to Live?"), so
that the pronoun is not taken for the last answer, nor "is it" for a tag that turns a statement into a check.

No Flask. Used by understand.understand before anything else reads the question.
"""
from __future__ import annotations

import re

from .meant import as_meant
from .normalize import tidy

# the topic: a few words, none of them a verb that would make it a sentence of its own ("they surrender, what is that?")
_WORD = r"(?!(?:is|are|was|were|do|does|did|has|have|had|says?|said|think|thinks|thought|get|gets|got)\b)[a-z0-9'\"-]+"
_TOPIC = (r"(?P<topic>(?!(?:and|so|but|ok|okay|well|wait|hang on|hold on|they|he|she|we|you|there|what|where|who|when|how|why|which|whose|is|are|was|were|do|does|did|can)\b)"
          + _WORD + r"(?: " + _WORD + r"){0,5}?)")  # (words split at spaces only: a long run of letters is one word, tried once)
FRONTED = re.compile(r"^(?P<lead>(?:(?:and|so|but|ok|okay|well|um|hmm|wait|hang on|hold on)\W+)*)" + _TOPIC +
                     r"\s*[,:;-]?\s*(?P<wh>what|where|who|when|what (?:percentage|percent|share|proportion|fraction|part))"
                     r"(?P<be>'s| is| are| was| were) (?:it|they|that|this|those|these)"
                     r"(?: (?:exactly|then|again|quick|quickly|briefly|pls|please|tho|though))?"
                     # ("I Want to Live, what is it AND HOW DOES IT WORK?": a second question of the same topic, kept after it)
                     r"(?P<more>,? and (?:how|who|why|when|where) (?:does|do|did|is|are|was|were|runs?|ran) [^?]{1,40}?)?\s*(?P<end>\?+|$)")
# "and the conscripted ones, how much percent they are?": the same, in a learner's word order (the verb after its subject)
FRONTED_LEARNER = re.compile(r"^(?P<lead>(?:(?:and|so|but|ok|okay|well|um|hmm|wait|hang on|hold on)\W+)*)" + _TOPIC +
                             r"\s*[,:;-]\s*(?P<wh>what|how many|how much|(?:what|how much|how many) (?:percentage|percent|share|proportion|part))"
                             r" (?:it|they|that|this|those|these)(?P<be> is| are| was| were)\s*(?P<end>\?+|$)")

# "Russian prisoners, how many until end of 2025?", "foreign fighters - how many countries?": the counted thing said first, then
# "how many" asked of the rest, as learners of English and speakers put it; read as "how many Russian prisoners until …"
FRONTED_COUNT = re.compile(r"^(?P<lead>(?:(?:and|so|but|ok|okay|well|um|hmm|wait|hang on|hold on)\W+)*)"
                           r"(?!(?:according|for|in|as|at|on|from|by|after|before|during|conversely|also|then|now|besides|anyway|meanwhile|"
                           r"however|i|my|our|your|sorry|yes|yeah|yep|yup|no|nope|cool|nice|great|thanks|thank|right|alright|excuse|hi|hello|"
                           r"hey|please|pls|just|honestly|seriously|interesting|wow|oh|ah|got|tell|quick|one more|okay|ok|fine|good|sure|"
                           r"everyone|everybody|anyone|someone|somebody|people|wait|hmm)\b)"
                           r"(?!(?:[a-z0-9'\"-]+ ){0,5}?(?:wants?|know|knows|wonder|wondering|asks?|asked|told|like|need|needs|think|thinks)\b)"
                           + _TOPIC +  # (not "according to the report, how much…", "for my lesson: how many…", "sorry, how much…?",
                           # "everyone wants to know, how many…?": a lead-in, a word said to the bot, or a clause, no thing counted)
                           r"\s*[,:;-]\s*(?P<wh>how many|how much|what (?:percentage|percent|share|proportion|part))"
                           r"(?P<rest>(?: (?:until|till|by|in|at|during|since|before|after|up to|through|among|so far|in total|total|altogether|overall)\b"
                           r"(?:(?!\b(?:it|they|them|that|this|those|these)\b)[^?])*)?)\s*(?P<end>\?+|$)")  # (the rest no question of its own)

# "and the NCOs, what is their (own) share?", "the contract soldiers - what was their number?": the topic said first, then its
# share or count asked of a possessive pointing at it (not at the last answer); read as "what is the share of the NCOs?"
FRONTED_OWNER = re.compile(r"^(?P<lead>(?:(?:and|so|but|ok|okay|well|um|hmm|wait|hang on|hold on)\W+)*)" + _TOPIC +
                           r"\s*[,:;-]\s*(?P<wh>what|how big|how large|how high)(?P<be>'s| is| are| was| were) (?:their|its) (?:own )?"
                           r"(?P<noun>share|percentage|percent|proportion|fraction|part|number|count|figure)"
                           r"(?: (?:then|exactly|again|please|pls))?\s*(?P<end>\?+|$)")

# "says who? the casualty number", "according to whom - the 83%?": who makes a claim, asked before the claim is named
SAYS_WHO = re.compile(r"^(?P<lead>(?:(?:and|so|but|ok|okay|well|um|hmm|wait|hang on|hold on)\W+)*)(?:says|said|according to) (?:who|whom)\s*[?,:;-]+\s*(?P<claim>\w.*)$")

# "can I tell my class, as a plain fact, that …": a claim put up to be checked, with who will hear it said first
TELL_THEM = re.compile(r"^(?:(?:and|so|but|ok|okay|well)\W+)*(?:can|could|may|should|shall) (?:i|we) (?:safely |honestly |really )?"
                       r"(?:tell|teach|say to|present to|write for) (?:my|our|the) [a-z]+(?: [a-z]+)?,?"
                       r"(?: as an? (?:plain |simple |hard |established |solid )?fact,?)? that (?P<claim>\w.*)$")


# "wasn't the record week in 2023?", "didn't the blog say 40%?": a check asked in the negative, the same check
# ("don't know how many…" is said, not asked; "isn't that betrayal?" is a view asked about, as it was)
NEGATED = re.compile(r"^(?P<lead>(?:(?:and|so|but|ok|okay|well|wait|hmm|um)\W+)*)(?P<aux>is|was|are|were|did|does|do|has|have)n'?t "
                     r"(?!(?:know|understand|care|matter|get it)\b|(?:that|this) (?!(?:the |a )?(?:figure|number|record|project|blog|report|week|year)\b))")
# "I heard the record week was in 2023?", "I thought the Red Cross runs it": a claim the visitor holds, put up to be checked
HELD = re.compile(r"^(?:(?:and|so|but|ok|okay|well|wait|hmm|um)\W+)*(?:i|we) (?:heard|read|thought|was told|were told|saw)"
                  r"(?: (?:somewhere|online|once))?,? (?:that )?(?P<claim>(?!.*\b(?:how|what|why|which|where|when|who|whose|if|whether)\b)"
                  r"(?!(?:about|of|it|so|this|that)\b)\w.*?)\W*$")

# "something about 2024 being the record year?", "there was a bit about red armbands?", "I remember reading that…": a claim
# half-remembered, put up to be checked
RECALLED = re.compile(r"^(?:(?:and|so|but|ok|okay|well|wait|hmm|um|also)\W+)*(?:(?:there was|there's|wasn'?t there|was there|they had|it had) (?:a bit|something|"
                      r"a part|a line|a section|a passage|a mention|mention|some stuff|a thing|a story)(?: in (?:there|it|the \w+(?: \w+)?))?"
                      r" (?:about|on|saying|that said)|something about|(?:i )?(?:remember|recall)(?: reading| seeing)?(?: something)? (?:about|that))"
                      r" (?P<claim>(?!(?:how|what|why|which|where|when|who|whose|it|this|that|them)\b)\w[^?]*?)\W*$")


# "can I say Ukraine has taken more than 10,000 prisoners?", "could we write that 2025 was the record year?": a claim the
# visitor would put in print, checked
SAY_IT = re.compile(r"^(?:(?:and|so|but|ok|okay|well)\W+)*(?:can|could|may|should|shall) (?:i|we) (?:safely |honestly |really |fairly |accurately )?"
                    r"(?:say|write|report|quote|claim|state|print|put|assert)(?: it)?(?: as (?:a )?fact)?,? (?:that )?(?P<claim>(?!(?:so|this|that|it)\b)\w.*)$")


# "going back to the hotline thing who runs it", "back to the armbands, why did they wear them?": a topic returned to, then
# asked about by a pronoun; the topic takes the pronoun's place ("who runs the hotline")
BACK_TO = re.compile(r"^(?P<lead>(?:(?:and|so|but|ok|okay|well|um|hmm|wait|hang on|hold on)\W+)*)(?:(?:going|getting|coming|circling|jumping|to go|"
                     r"go|get) )?back to (?P<topic>(?:the |that |this |those |these )?(?:[a-z0-9'\"-]+ ){0,4}?[a-z0-9'\"-]+?)"
                     r"(?: (?:thing|things|stuff|bit|one|business|question))?\s*[,:;-]?\s*"
                     r"(?P<ask>(?:who|what|how|when|where|why|which|is|are|was|were|do|does|did|can)\b(?:(?! (?:it|that|them)\b).)*?) "
                     r"(?P<pron>it|that|them)\b(?P<end>.*)$")

# "and the 420,000 for last year - is that the General Staff too?", "the 83%: is it from the blog?": a stated figure said first,
# then whose it is asked of a pronoun pointing back at it; read as "is the 420,000 for last year from the General Staff?"
# (whose.py). The figure leads the topic (not a year: "and 2025 - is that the record year?"); the body is named after a
# source word, or is an institution or an article ("is that the record week?" is no source check)
FIGURE_SOURCE = re.compile(r"^(?:(?:and|so|but|ok|okay|well|um|hmm|wait|also)\W+)*(?:the |that |this )?"
                           r"(?P<fig>(?!(?:19|20)\d\d\b)\d[\d.,]*[^?:;,]*?)\s*[:;,-]\s*(?:is|was) (?:that|it|this)(?: (?:also|too))? "
                           r"(?:(?:from|by|according to|given by|reported by|the figure of|a figure from) (?:the )?(?P<named>[a-z' -]+?)"
                           r"|(?:the )?(?P<body>(?:[a-z'-]+ ){0,3}(?:staff|headquarters|ministry|government|officials?|blog|report|"
                           r"article|project|kremlin|kyiv|author|writer)(?:'s(?: figure| number| count| estimate)?)?))"
                           r"(?: (?:too|as well|also|again))?\s*\??$")

# "Where should I set his capture so it's realistic - where are most Russians taken prisoner?": the visitor's question about
# their own work (what they should do), then the question put to the articles after a dash or a colon; the latter is asked
OWN_PLAN = re.compile(r"^(?:where|how|what|when|which \w+) (?:should|shall|do|can|could|would|might) (?:i|we) [^?:;]{3,80}?(?:\s-|[:;])\s+"
                      r"(?=(?:and |so |but |then )?(?:what|how|who|whose|which|where|when|why)\b)")


# "the age of the prisoners, it is between what?", "the programme I want to live, how does it work?", "the prisoners of war, are
# they treated correctly?": a topic said first (a French speaker's or a talker's dislocation) and a whole question after it whose
# first pronoun stands for it (not for the last answer); read with the topic in the pronoun's place ("how does the programme
# I want to live work?"). The topic opens with a determiner, so a remark ("thanks, is it…") is no topic.
DISLOCATED = re.compile(r"^(?P<lead>(?:(?:and|so|but|ok|okay|well|um|hmm|wait|also)\W+)*)"
                        r"(?P<topic>(?:the|this|these|those) " + _WORD + r"(?: " + _WORD + r"){0,6}?)\s*[,:;-]\s*"
                        r"(?P<before>(?:(?:how|what|which|when|where|why|who|since when|how (?:many|much|old|long|often)|"
                        r"what (?:percentage|percent|share|proportion|part)|is|are|was|were|do|does|did|has|have|can|could|will|would)\s+){0,3})"
                        r"(?P<pron>it|they|he|she)\b(?P<after>(?:(?!\b(?:it|they|he|she|them|him|its|their|his)\b)[^?,;:])*)(?P<end>\?*)\s*$")


def fronted(question: str) -> str:
    """The question with a fronted topic put back in its place; unchanged when none is fronted."""
    t = NEGATED.sub(lambda m: f"{m.group('lead')}{m.group('aux')} ", OWN_PLAN.sub("", tidy(question)))
    if m := HELD.match(t) or RECALLED.match(t):
        return f"is it true that {m.group('claim')}?"
    if m := TELL_THEM.match(t) or SAY_IT.match(t):
        return f"is it true that {m.group('claim').rstrip('?. ')}?"
    if m := FIGURE_SOURCE.match(t):
        body = re.sub(r"'s(?: \w+)?$", "", m.group("named") or m.group("body"))
        return f"is the {m.group('fig').strip()} from the {body}?"
    if m := SAYS_WHO.match(t):
        return f"{m.group('lead')}who says {m.group('claim').rstrip('?. ')}?"
    if m := BACK_TO.match(t):
        topic = re.sub(r"^(?:that|this|those|these) ", "the ", m.group("topic"))
        return f"{m.group('lead')}{m.group('ask')} {topic}{m.group('end')}"
    if m := FRONTED_OWNER.match(t):
        be = " is" if m.group("be") == "'s" else m.group("be")
        return f"{m.group('lead')}{m.group('wh')}{be} the {m.group('noun')} of {m.group('topic').strip()}?"
    if m := FRONTED_COUNT.match(t):
        return f"{m.group('lead')}{m.group('wh')} {m.group('topic').strip()}{m.group('rest')}?"
    m = FRONTED.match(t) or FRONTED_LEARNER.match(t)
    if not m and (d := DISLOCATED.match(t)):
        return as_meant(f"{d.group('lead')}{d.group('before')}{d.group('topic')}{d.group('after')}?")  # (its topic in place: read as meant)
    if not m:
        return question if t == tidy(question) else t
    be = " is" if m.group("be") == "'s" else m.group("be")
    more = m.groupdict().get("more") or ""
    return f"{m.group('lead')}{m.group('wh')}{be} {m.group('topic').strip()}{more}?{t[m.end():]}"
