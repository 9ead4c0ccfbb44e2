"""What a visitor adds around a question that is no part of what is asked: who told them a claim, how it strikes
them, and a closing "too" or "as well" that adds the question to the one before.

No Flask. Used by normalize.the_question.
"""
from __future__ import annotations

import re

# "…half of them are ex convicts, THAT'S WHAT MY LORRY MATE TOLD ME": who said it, after the claim
WHO_TOLD = re.compile(r",?\s*(?:that'?s|that is|or so|at least that'?s) what (?:my |a |his |her |our |some |the )?[a-z' ]{0,30}?"
                      r"(?:told me|said|says|reckons|claims|heard|read|thinks)\b[^?]*")
# "…100,000 have been captured, WHICH SOUNDS FAR TOO HIGH TO ME. Is that right?": how the claim strikes the visitor
VIEW_ASIDE = re.compile(r",? which (?:sounds|seems|looks|strikes me as|feels|sounded|seemed)\b[^.?!,;]*")
# "does the blog give that figure AS WELL?", "is that what the officials say TOO?": adds the question to one before it,
# names nothing asked about (not "too many", "too little": those come before what they qualify)
ADDITIVE = re.compile(r",?\s+(?:as well|too|also|either)(?=\s*(?:[?!.,;]|$))")
# after a wh-question: "how long has the war gone on, I LOSE TRACK", "what does Ukraine gain, APART FROM FEEDING THEM"
AFTERTHOUGHT = re.compile(r",\s*(?:(?:i|i'm|im|i've|i'd)\s(?![^?]*\b(?:how|what|why|which|where|when|who)\b)[^?]*"
                          r"|(?:apart from|aside from|other than|besides|except for)\b[^?,]*)(?=\?*\s*$)")
# "and sergeants, corporals, THAT LEVEL", "food, doctor AND SO ON": a list left open, naming nothing more
OPEN_LIST = re.compile(r",?\s*(?:that level|that rank|that sort of (?:thing|level)|that kind of (?:thing|level)|and so on|and so forth|etc\.?|"
                       r"and the like|or whatever|and stuff|and things like that|or something like that)(?=\W*$|\W*[?,])")
# "WAIT what armbands", "HANG ON, why so many?": a start of surprise before the question, naming nothing asked about
INTERJECTION = re.compile(r"^(?:wait|wait a (?:sec|second|minute)|hold on|hang on|hmm+|huh|erm|umm*|whoa|woah|wow)[,!.]*\s+"
                          r"(?=(?:what|how|why|which|where|when|who|whose|is|are|was|were|do|does|did|so|and|but|the|that|this|those|these|ok|okay)\b)")
# "what EVEN is I Want to Live?", "why even surrender?": a wh-word's stress, naming nothing asked about
WH_EVEN = re.compile(r"\b(what|who|why|how|where|when|which)(?:'s)? even\b")
