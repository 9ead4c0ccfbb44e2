"""A statement put up to be checked ("the blog puts conscripts at 10%, yes?", "… 20,000 by the end of 2025. Is that the
figure these articles give?", "it was 2023, wasn't it, the record year?") read as the check it is: "is it true that …".

No Flask. Used by understand.understand before the question's type is read.
"""
from __future__ import annotations

import re

from .normalize import tidy
from .leadins import LEAD_IN
from .wrapping import FILLER, PREAMBLE, REMARK


# "the blog puts conscripts at 10%, yes?", "it flipped in June 2024, correct?": a statement to check, asked by its tag
TAG = re.compile(r"\s*(?:[,;.:!?-]+\s*|\s+)(?:yes|yeah|yep|yea|right|correct|true|no|nah|or not|or nah|or no|is it|"
                 # "…, didn't it?", "…, weren't they?", "…, that can't be right": a statement checked by its tag
                 r"(?:isn|wasn|weren|aren|didn|doesn|don|hasn|haven|hadn)'?t (?:it|they|he|she|there|that|we)|that can'?t be (?:right|true|correct)|"
                 r"is that (?:right|correct|true|so)|am i right|have i got (?:that|it) right|did i get (?:that|it) right|innit|"
                 # "…, am I remembering that right?", "…, do I remember it correctly?": a memory put up to be checked
                 r"(?:am i|do i|have i) (?:remembering|remember|recalling|recall|recalled|remembered) (?:that|it|this) (?:right|rightly|correctly)|"
                 r"ok|okay|no\?|yes or no|true or false|right or wrong|or what|admit it|surely|obviously|"
                 # "…. legit??", "…. yes/no", "…. real or fake", "…. does that hold up": a claim seen online, checked
                 r"legit|yes ?/ ?no|(?:real|true|fact) or (?:fake|false|not|fiction|made up)|(?:is (?:that|it|this) )?(?:real|for real|fake)|"
                 r"(?:does|do|did) (?:that|it|this|that claim|this claim) (?:hold up|stand up|check out|add up)|"
                 # "…' Fair summary?", "…' an accurate reading?": a marker's check of a line put to the articles
                 r"(?:is (?:that|this|it) )?(?:a |an )?(?:fair|accurate|correct|faithful) (?:summary|reading|description|account|paraphrase|report)(?: of (?:it|the (?:blog|report|article|post)))?|"
                 # "…, as I remember the report saying?", "…, if I'm not mistaken?": a memory put up to be checked
                 r"(?:as|if) i (?:remember|recall)(?: it| rightly| correctly| right)?(?: (?:the |that )?(?:report|blog|article|post|news|author)"
                 r"(?: post| report)?(?: saying| says| said| put it| puts it)?)?|as far as i (?:remember|recall|know)|if i'?m not (?:mistaken|wrong)|"
                 # "…, thats not right is it?": the tag doubts the statement before it
                 r"(?:that'?s|thats) not (?:right|true|correct)(?:,? (?:is it|surely))?)\s*\?*\s*$")
STATED = re.compile(r"^(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|how|what|which|who|why|when|where)\b")


# "… 20,000 by the end of 2025. Is that the figure these articles give, or have I got it muddled?": the sentence before
# a check of it is the claim checked; "…casualties. THAT'S ABSURD, isn't it?": the visitor's verdict on the claim before it
VERDICT_SAID = (r"(?:that'?s|thats|that is|it'?s|surely that'?s) (?:absurd|ridiculous|crazy|nonsense|impossible|insane|wrong|exaggerated|"
                r"an exaggeration|propaganda|(?:way |far |much )?too (?:high|low|many|few|much))")
CHECK_TAIL = re.compile(r"(?<=[.?!;,-])\s*(?:so |but |and )?(?:is (?:that|this|it) (?:the (?:figure|number|count|same|claim)|what (?:it|they|the)|right|"
                        # "… . Is that what happens here?", "… . Is that the case?": the claim before it, checked
                        r"what (?:happens|happened|is happening|goes on)|the case|how it (?:works|is|went)|so|true|(?:a )?fact(?= *(?:[?!.]|$| or\b))|"
                        r"correct|in line|accurate|roughly right|close|common|usual|normal|typical|widespread|unusual|rare)\b(?! that\b)|"
                        # "… . Does the report say that?", "… . Is it the blog that says so?": the claim before it, checked against an article
                        r"(?:does|did) (?:the |either |each |that )?(?:news )?(?:report|blog|article|post|source|piece)s?(?: post)? (?:really |actually )?"
                        r"(?:say|state|give|claim|report|back|support) (?:that|this|it|so)\b|"
                        r"is (?:it|that) (?:the |that )?(?:news )?(?:report|blog|article|post|piece)(?: post)? that (?:says|gives|states|claims) (?:that|this|it|so)\b|"
                        # "… . Have other men been told the same?": the story before it, checked as common
                        r"(?:have|has|were|was) (?:other|many|more|lots of) (?:men|soldiers|recruits|people)(?: also)? (?:been )?(?:told|promised|offered|given) "
                        r"the same\b|does (?:that|this|it) (?:match|fit|agree|happen to (?:others|other (?:men|soldiers|people|recruits)|many|lots of (?:men|people)))|have i (?:got|remembered|misremembered)"
                        r"|am i (?:right|wrong|remembering)|or (?:is|am|are|have|was) (?:he|she|i|they|it)\b|(?:is|are) (?:he|she|they) (?:right|wrong|correct)\b"
                        rf"|{VERDICT_SAID}\b)[^.?!]*[.?!]*(?:\s*(?:or|and)?\s*[^.?!]*[?])?\s*$")


# "most of them surrender near Kharkiv, ACCORDING TO THE ARTICLES?": a claim put up to be checked (not when a wh-question
# asks it: "how many were killed, according to the report?")
ACCORDING_TAG = re.compile(r"\s*,?\s*according to (?:the |these |both )?(?:articles?|blog|report|news report|post|blog post|sources?|pieces?)\s*\?+\s*$")
WH_ANYWHERE = re.compile(r"\b(?:how|what|why|which|where|when|who|whose)\b")
# "it was 2023, WASN'T IT, the record year?": the tag inside the statement, before what it is said of
MID_TAG = re.compile(r",\s*(?:wasn|isn|weren|aren|didn|doesn|hasn|haven)'?t (?:it|they|that|there),\s*(?=[a-z][^,]*\?*\s*$)")


# "…casualties. THAT'S ABSURD, isn't it?": the visitor's verdict on the claim, no part of the claim checked
VERDICT = re.compile(rf"[.;,!]\s*{VERDICT_SAID}\W*$")
# "most of them were conscripts, obviously. ADMIT IT.": a tag said as a statement
SAID_TAG = re.compile(r"\b(admit it|surely|obviously)[.!]+\s*$", re.I)


def as_check(question: str) -> str:
    """A statement followed by a tag ("…, right?", "… . Is that the figure given?") reads as the check it is:
    "is it true that …"."""
    if not re.search(r"\b(?:isn|wasn|aren|weren|doesn|didn)'?t (?:it|they|that)\b", question, re.I):  # (one tag is enough)
        question = SAID_TAG.sub(r"\1?", question.strip())
    t = MID_TAG.sub(" ", tidy(question)).rstrip(" ?") + "?" if MID_TAG.search(tidy(question)) else tidy(question)
    if t != tidy(question):
        return "is it true that " + t if not STATED.match(t) else question
    if re.fullmatch(r"\W*(?:is (?:that|it|this) )?(?:real|for real|fake|legit)\W*", t):
        return "is this true?"  # "real?", "is this real?" of nothing: a check of nothing said (not the headline's "real mutiny")
    m = TAG.search(t) or CHECK_TAIL.search(t) or (ACCORDING_TAG.search(t) if not WH_ANYWHERE.search(t) else None)
    if not m or m.start() == 0 or STATED.match(t):
        return question
    said = VERDICT.sub("", FILLER.sub("", t[:m.start()].rstrip(" ,;:-"))).rstrip(" ,;:-")
    said = re.sub(r"^(?:surely|obviously|clearly|and|also),?\s+|,?\s*\b(?:obviously|surely|clearly)\W*$", "", said)
    if re.search(r"\b(?:isn|wasn|aren|weren|doesn|didn)'?t (?:it|they|that)$", said):  # "…propaganda isn't it. admit it": tagged already
        return question
    while (r := REMARK.match(said)) and r.end() < len(said):  # "I'm a teacher checking a claim. Someone says …"
        said = said[r.end():]
    said = said[p.end():] if (p := PREAMBLE.match(said)) else said  # "I heard (that) …": what was heard
    said = said[g.end():] if (g := LEAD_IN.match(said)) and g.end() < len(said) else said  # "reckon …, or …?": the guess checked
    return "is it true that " + said + "?" if said and not STATED.match(said) else question
