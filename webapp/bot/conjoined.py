"""Two or three counts asked in one breath: "what share were officers and NCOs?", "contract vs mobilised vs conscripts?", "how many were contract soldiers and how
many conscripts?", "what are the shares for rank-and-file, NCOs and officers?". No fact holds them all, so the question as a
whole is refused; each part is a question some fact may answer.

No Flask. `halves` gives the questions (the shared head, "what share were", repeated), or None when the question is not
counts joined by "and". engine.Bot answers each alone and, when all are answered by different facts, gives them side by
side; otherwise the refusal stands. `first_question` and `after_remarks` give the one question of a turn that asks two,
or that tells the visitor's own story before it asks, for engine.Bot to answer when the whole turn is refused.
"""
from __future__ import annotations

import re

from .stopwords import STOPWORDS, TOKEN

HEAD = r"(?:how many|what shares?|what percentage|what percent|what proportion|what fraction|what part)"
VERB = r"(?:were|are|was|is)"
# "what are the shares for rank-and-file, NCOs and officers?": the same, with the parts listed after the head
# ("% NCOs and officers?", "percentages of contract and mobilised?": a share sign or word at the head, typed short)
_SHARES_OF = (r"^(?:and |so |ok )?(?:what (?:(?:are|were) the (?:shares|percentages|proportions) (?:for|of) "  # ("what shares of the
              r"|(?:shares|percentages|proportions) of (?:the )?(?:prisoners|pows|captured|captives) (?:are|were) )"  # prisoners were…")
              r"|(?:%|percent|percentages?|shares?)(?: of)? )(?:the )?")
_PART = r"([a-z][a-z' -]{2,40}?)"
LISTED = re.compile(rf"{_SHARES_OF}{_PART}, (?:the )?{_PART},? and (?:the )?{_PART}\W*$"
                    rf"|{_SHARES_OF}{_PART},? and (?:the )?{_PART}\W*$")
CONJOINED = re.compile(rf"^(?:and |so |ok )?({HEAD}(?: of (?:them|those|the (?:prisoners|pows|captured|captives|soldiers|men)))? {VERB}) "
                       # ("what shares were rank-and-file, NCOs and officers?": three, the first two between commas)
                       rf"([a-z][a-z' -]{{2,40}}?)(?:, (?:the )?([a-z][a-z' -]{{2,40}}?))?,? and (?:{HEAD} )?(?:{VERB} )?(?:the )?([a-z][a-z' -]{{2,40}}?)\W*$")
# "contract vs mobilised vs conscripts split among the POWs?", "the split between contract soldiers and conscripts?": the
# shares of each kind named, set against each other
_OF_THEM = (r"(?: (?:split|breakdown|mix|shares?))?(?: (?:among|of|for|in) (?:the )?(?:prisoners|pows|captured|captives))?"
            r"(?:\W+what(?:'s| is) the (?:split|breakdown|mix))?\W*$")  # ("…among the prisoners: what's the split?")
_VS = r",? (?:vs\.?|versus|v\.?) (?:the )?"
VERSUS = re.compile(rf"^(?:and |so |ok )?(?:the )?{_PART}{_VS}{_PART}(?:{_VS}{_PART})?{_OF_THEM}"
                    rf"|^(?:and |so |ok )?(?:what(?:'s| is| was) the |(?:is there )?any |the )(?:split|breakdown|mix|balance) (?:between|of) (?:the )?{_PART}"
                    rf"(?:, (?:the )?{_PART},?)? (?:and|vs\.?|versus) (?:the )?{_PART}{_OF_THEM}")
# halves that are no count of men: years, or one figure counted in two words ("killed and wounded")
NOT_HALVES = re.compile(r"\b(?:19|20)\d\d\b|\bkilled\b.*\bwounded\b|\bdead\b.*\bwounded\b|\bin total\b|\baltogether\b")
# "contract vs mobilised vs conscript split, please.": a courtesy at either end is no part of the list
_COURTESY = re.compile(r"^(?:please|pls|plz)\W+|\W+(?:please|pls|plz|thanks|thank you|ta|cheers)\W*$")


# "Service-type split in the news report: contract vs mobilised vs conscript, in %.", "and by service type, contract vs…?": the kinds set against each other after a
# heading that names the split and the article, and the unit wanted after them; the article is asked of each part
_HEADED = re.compile(r"^(?:and |so |ok )?(?:%|percent|percentages?|shares?)(?: of)?\s+(?=.*\b(?:vs\.?|versus)\s)"  # ("% NCOs vs officers")
                     r"|^(?:and |so |ok )?(?:by|per) [a-z' -]{0,20}?\b(?:type|kind|category|status|branch)s?\s*[,:-]\s*(?=.*\b(?:vs\.?|versus)\s)"
                     r"|^(?:[a-z' -]{0,30}?\b(?:split|breakdown|mix|shares?|percentages)\b(?: (?:in|from|according to) (the (?:news report|blog(?: post)?)))?"
                     r"\s*[:-]\s*)(?=.*\b(?:vs\.?|versus)\s)|,?\s*(?:in %|in percent(?:ages)?|as percentages|as %)\W*$")

# "Breakdown by terms of service: contract, mobilised, conscript.", "split by rank - privates, NCOs, officers": a heading naming a
# split, then the kinds listed by commas alone (the list is what is asked, each part a share)
_HEADED_LIST = re.compile(r"^(?:and |so |ok )?[a-z' -]{0,30}?\b(?:split|breakdown|mix|shares?|percentages|proportions)\b"
                          r"(?: (?:by|per|of|for|across) [a-z' -]{1,30}?)?(?: (?:in|from|according to) (the (?:news report|blog(?: post)?)))?(?::|\s[:-])\s*"
                          rf"{_PART}, (?:the )?{_PART}(?:,? (?:and|or) |, )(?:the )?{_PART}\W*$")


def halves(text: str) -> tuple[str, ...] | None:
    """The questions a question joining two or three counts asks, or None."""
    if NOT_HALVES.search(text.lower()):
        return None
    text = _COURTESY.sub("", text.strip().lower())
    if m := _HEADED_LIST.match(text):
        return tuple(f"what share were {part}{' in ' + m.group(1) if m.group(1) else ''}?" for part in m.groups()[1:])
    src = next((m.group(1) for m in _HEADED.finditer(text) if m.group(1)), None)
    text = _HEADED.sub("", text).strip()
    if listed := LISTED.match(text.strip().lower()) or VERSUS.match(text.strip().lower()):
        return tuple(f"what share were {part}{' in ' + src if src else ''}?" for part in listed.groups() if part)
    m = CONJOINED.match(text.strip().lower())
    if not m:
        return None
    head, *parts = m.groups()
    return tuple(f"{head} {part}?" for part in parts if part)


# "and what about the mobilised ones and the conscripts?": two kinds asked after the last answer, each as "what about…" of it
ABOUT_BOTH = re.compile(rf"^(?:and |so |ok )?(?:what|how) about (?:the )?{_PART},? and (?:the )?{_PART}\W*$")


def about_both(text: str) -> tuple[str, ...] | None:
    """The two "what about…?" questions a follow-up naming two kinds asks, or None."""
    m = None if NOT_HALVES.search(text.lower()) else ABOUT_BOTH.match(text.strip().lower())
    return tuple(f"and what about the {part}?" for part in m.groups()) if m else None


# "Can I say Ukraine holds 10,000? What's the cut-off date on that?": two questions in one turn, the second about the
# first's answer ("that", "it", "what about the rest?"), which the first's answer may tell (not a count of its own: "what is
# I Want to Live? how many people used it?" asks what no article gives)
# ("What is the basis for the 40% figure? Does the blog name a source?", "…which analysts? Names?": a press for whose it is or
# who they are, which the first's answer tells as far as the articles do)
_SOURCE_PRESSED = (r"(?:(?:does|do|did) (?:the |that |this )?(?:blog(?: post)?|news report|report|article|author|writer|it|he|they) "
                   r"(?:name|give|cite|credit|mention) (?:a |any |the |its |his )?(?:sources?|names?|who)\b|names?|sources?|who says(?: so)?)")
_TWO = re.compile(r"^\s*([^?]{12,}?\?)\s+(?!how (?:many|much)\b)(?:[^?]*\b(?:that|it|this|those|these)\b|(?:what|how) about\b"
                  rf"|{_SOURCE_PRESSED}(?=\W*$))[^?]*\?\s*$", re.I)


# "Total Russian casualties per the General Staff, and what fraction of that fell in 2025?": the same, joined by a comma and "and"
# ("How many Russian POWs returned via exchanges, and IS THAT a lower bound?": a yes/no question about the first's figure)
_TWO_JOINED = re.compile(r"^\s*(?!(?:do|does|did|is|are|was|were|can|could|will|would|should|has|have)\b)([^?,;]{12,}?),\s*(?:and|plus|then|also)\s+(?!how (?:many|much)\b)"
                         r"(?:(?:what|which|how|who|when|where)\b[^?]*\b(?:that|it|this|those|these)\b|(?:is|was|are|were) (?:that|it|this|those|these)\b)[^?]*\?\s*$", re.I)


# "Go the Ukrainians around the commanders, or how reaches the message the soldiers?": a guess put as a question, then
# ", or how…?" asking the same another way; the guess may be read alone
_OR_HOW = re.compile(r"^\s*([^?,;]{12,}?(?:,[^?,;]{4,})*?),\s*or (?:else )?(?:how|what|where|who|which|why|when)\b[^?]{4,}\?\s*$", re.I)


def first_question(text: str) -> str | None:
    """The first of two questions asked in one turn, or None."""
    if m := _TWO_JOINED.match(text) or _OR_HOW.match(text):
        return m.group(1).rstrip() + "?"
    return m.group(1) if (m := _TWO.match(text)) else None


# "My late husband served in the navy. I saw on the television that … What do the captured men say life was like?": remarks
# about the visitor first (sentences ending in a full stop), the question last; the question may be read alone
_AFTER_REMARKS = re.compile(r"^[^?]*?\b(?!(?:mr|mrs|ms|dr|st|vs)\b)(?!(?:no|nr|num)\. ?of\b)[a-z0-9'\")]{2,}[.!]\s+((?:[^.!?]*[a-z][^.!?]*\?\s*)+)$", re.I | re.S)


# "Isn't it just a PR stunt, or do they actually get anything useful out of the prisoners?": a verdict put first, then the
# other side of the choice as a question of its own, which may be read alone (as a remark before a question is)
_OR_ELSE = re.compile(r"^(?:and |so |but )?(?:is|isn'?t|was|wasn'?t|are|aren'?t) (?:it|this|that|the \w+|they)\b[^?,;]{0,30}?\b(?:just|only|simply|merely|"
                      r"basically|all|really) [^?,;]{2,40},\s*or (?:else )?((?:do|does|did|is|are|was|were|can|has|have) [^?]{8,}\?)\s*$", re.I)


# "The student says Drucker served in the army. Do we know HIS background?", "…India supplies the most. Is THAT in the sources?":
# the closing question asks of the remarks before it, so read alone it would ask about nothing, or about someone else: it says
# "his", "her" or "him" (not a soldier's own "his commander", "his unit": any soldier's) or ends "like that", or it points with "that", "this" or "it" and, without its tag ("…, is that right?"), has no word of its
# own to ask about ("is that in the sources?"; not "how can soldiers contact it?", nor "that blog", "these soldiers")
_WHOSE_BACK = re.compile(r"\b(?:his|her|hers|him)\b(?<!\bhim)(?! (?:own )?(?:commanders?|officers?|unit|superiors?|comrades?|side|army|platoon|squad)\b)|\bhim\b|\blike (?:that|this|those|these)\W*$|\b(?:the|which|that|this) (?:[a-z]+est |other |same |last |first )?ones?\W*$", re.I)  # ("a yearly figure like that?")
_POINTER = re.compile(r"\b(?:that|this|it)\b", re.I)
_TAG = re.compile(r",?\s*(?:is (?:that|it)|isn'?t it|was (?:that|it))?\s*(?:right|true|correct|so)?\W*$", re.I)
_CHECKING = {"sign", "signs", "trace", "mention", "proof", "truth", "basis", "grounds", "backing", "word"}  # ("any sign of that?")
_DUMMY_IT = re.compile(r"\bit(?:'s| is| was)? (?:true|right|correct|accurate|the case|so|possible|likely) (?=(?:that )?[a-z])", re.I)  # "is it true some are ill?"


def points_back(text: str) -> bool:
    """Whether a closing question asks only of something said before it (see _WHOSE_BACK, _POINTER)."""
    if _WHOSE_BACK.search(text):
        return True
    untagged = _TAG.sub("", text)  # ("is that so?" is all tag: the whole question is read)
    asked = _DUMMY_IT.sub(" ", untagged if untagged.strip() else text)
    return bool(_POINTER.search(asked)) and all(w in STOPWORDS or w in _CHECKING for w in TOKEN.findall(asked.lower()))


def after_remarks(text: str) -> str | None:
    """The question(s) a turn ends with after sentences that are no question (or after a verdict offered), or None."""
    if m := _OR_ELSE.match(text.strip()):
        return m.group(1)
    return m.group(1).strip() if (m := _AFTER_REMARKS.match(text.strip())) else None



# "Does the attrition argument hold up? How much land did Russia gain in 2025?": a yes/no question on a view or a claim, then a
# question of its own asking for a figure, a date or a place (not one asking of the first: "…? how many of THEM?")
_CHECK_THEN_ASK = re.compile(r"^\s*(?:do|does|did|is|are|was|were|can|could|has|have)\b[^?]{8,}\?\s+((?:how (?:many|much)|when|where)\b[^?]{8,}\?)\s*$", re.I)
_BACK = re.compile(r"\b(?:that|this|it|its|those|these|them|they|their)\b", re.I)


def second_question(text: str) -> str | None:
    """The second of two questions in one turn when the first asks only whether something holds and the second asks a
    figure, a date or a place of its own; else None."""
    m = _CHECK_THEN_ASK.match(text)
    return m.group(1) if m and not _BACK.search(m.group(1)) else None
