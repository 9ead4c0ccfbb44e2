"""How a question speaks of what an article does: the source it cites, what it mentions, what it calls a thing, the
figure it puts a thing at, whether its headline is borne out and whether the other article says so too. Each is read as
the words the facts and the articles' records use, not as a subject a fact must hold ("which article TALKS ABOUT HIV?"
is which one mentions it).

No Flask. Rewrites (a pattern and its replacement), spliced in order into sounds_like.SOUNDS_LIKE, which normalize.read
applies to the tidied question.
"""
from __future__ import annotations

import re


# an article's verbs for naming a source (attributed) and for mentioning a thing
CITES_AND_MENTIONS = [
    # "does the blog CITE anyone for it?", "who does it CREDIT?", "is that SOURCED to anyone?": whom a figure is put down
    # to, asked in the article's own terms ("is it ok to cite a blog?" keeps its cite)
    (re.compile(r"\b(?:cites?|cited|credits?|credited|sourced?)\b(?= (?:it |that |this |the \w+ )?(?:to )?(?:anyone|anybody|someone|"
                r"somebody|any ?one|a source|any source|a name|whom)\b)"), "attributed"),
    (re.compile(r"\b(?:(who (?:does|did|do) (?:it|they|the \w+(?: \w+)?) )|who (?:do|can|could|would) (?:i|we) )(?:credit|cite|quote|name)\b"), lambda m: (m.group(1) or "who does it ") + "attribute"),
    # "which article TALKS ABOUT HIV?", "does the blog DISCUSS Kursk?", "which one QUOTES Syrskii?": what an article
    # mentions, its way of saying so no subject (Ukraine "talks to" soldiers, a fact, keeps its verb)
    (re.compile(r"\b((?:article|blog|report|news|post|author|blogger|writer|journalist|source|piece|story|one|it)s?(?: post| report)?"
                r"(?: (?:really|actually|even|ever|also|both|at all))?) (?:talks? about|talked about|talking about|discuss(?:es|ed|ing)?|"
                r"touch(?:es|ed)? on|go(?:es)? into|quotes?|quoted|quoting|cites?|cited|citing)\b"), r"\1 mention"),
    # (and "does the news report DESCRIBE the armbands?": whether it mentions them; "how does it describe…" asks its words)
    (re.compile(r"^((?:and |so |but )?(?:does|did|do) (?:the |either |both |each )?(?:article|blog|report|news|post|author|blogger|"
                r"writer|journalist|source|piece|story|one|it)s?(?: post| report)?(?: (?:really|actually|even|ever|also|both|at all))?)"
                r" (?:describe|depict|portray|report on|cover)\b"), r"\1 mention"),
]

# how an article calls a thing it names
CALLS = [
    # "the blog CALLS the surrenders unprecedented": how an article describes a thing it names, not a phone call nor
    # the men "called up" (mobilised); the words it is called by carry the question ("calls it psychological warfare"
    # keeps its word, the one the analysts' fact uses)
    (re.compile(r"\b((?:blog|post|report|article|story|piece|author|blogger|writer|reporter|journalist|analysts?|experts?|news)"
                r"(?: post| report| story| article)?) (?:calls|call|called|calling)(?= (?:the|these|those|its|their|russia's|russian|ukraine's|ukrainian) )"), r"\1"),
]

# the figure an article puts a thing at
PUTS_AT = [
    # "the blog PUTS the mobilised AT 40%", "does the report put conscripts at 10%?": what a figure is said to be, not
    # a word the facts must hold (only one fact is worded with 'puts')
    (re.compile(r"\b(?:puts?|putting)\b(?= (?:the |them |those |their |its )?[a-z-]+(?: [a-z-]+)? (?:at|as) (?:about |around |roughly |only |"
                r"just |some |over |under |nearly |almost |more than |less than )?(?:\d|one|two|three|four|five|ten|twenty|forty|fifty))"), "says"),
]

# whether the headline is borne out
HEADLINE_BORNE_OUT = [
    # "is the HEADLINE MISLEADING?", "does the headline MATCH THE TEXT?", "does the article BACK UP its headline?": whether
    # the headline is borne out, which the fact on the headline answers; the verdict word asks, it names no subject
    # ('misleading' is no soldier misled)
    (re.compile(r"\b(headlines?(?: (?:is|are|was|were|really|just|a bit|too|so|at all|even))*) (?:(?:misleading|accurate|inaccurate|"
                r"exaggerated|exaggerating|overblown|over the top|sensational(?:ist)?|clickbait|fair|unfair|honest|dishonest|justified)"
                r"(?: or (?:not|misleading|accurate|inaccurate|exaggerated|overblown|sensational(?:ist)?|clickbait|fair|unfair|honest|"
                r"dishonest|justified))?|(?:match|matches|fit|fits|reflect|reflects|square with|squares with|agree with|agrees with)"
                r"(?: (?:the|its|their) (?:article|text|report|story|paragraphs|content|body))?)\b"), r"\1"),
    (re.compile(r"\b(?:back|backs|backed|bear|bears|bore) (?:up|out)(?= (?:the |its |their )?headlines?\b)"
                r"|\b(?:support|supports|supported|justify|justifies|justified)(?= (?:the |its |their )?headlines?\b)"
                # ("is the headline's word SUPPORTED BY the body of the report?")
                r"|\b(?:supported|backed up|borne out|justified)(?= by (?:the |its |their )?(?:body|text|paragraphs|report|article|story)\b)"), "mention"),
]

# whether the other article says so too, and what backs a word
SAYS_SO_TOO = [
    # "does the news report BACK THAT UP (with anything)?": whether the other article says so too, not an exchange back
    # ("does the news piece back that up WITH A DATE?": when the other article says it happened, its saying so too)
    (re.compile(r"\b((?:does|do|did) (?:the |either )?(?:news report|news piece|news article|news|report|blog|blog post|post|"
                r"article|other article|other one|other))"
                r" (?:back|backs) (?:that|this|it|those|these) up(?: (?:with anything|in any way|at all|with any(?:thing| source| evidence)?"
                r"|with (?:a |any )?(?:dates|date|timeline|timing|time)\b))?"),
     r"\1 say so too"),
    # "whose count BACKS THAT WORD?" after a word the blog uses ("unprecedented"): what backs the claim, not a word as a subject
    (re.compile(r"\b(backs?|backed|backing|supports?|supported|justif(?:y|ies|ied)) (?:up )?(?:that|this|the|his|its) "
                r"(?:word|term|label|wording|description|adjective)\b"), "supports that"),
]
