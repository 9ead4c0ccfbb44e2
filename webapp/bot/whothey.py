"""Who those caught are: "who are the soldiers who were CAUGHT?", "who are the ones that gave up?", "who gets captured?" ask
what kind of men the prisoners are (the breakdown by rank and kind), as "what kind of soldiers were taken prisoner?"
does; read word by word they ask only "caught", which any fact on captures holds (the route to surrender, a yearly count).

No Flask. Each entry is a pattern and its replacement, applied with causes' rewrites by normalize.read.
"""
from __future__ import annotations

import re

_CAUGHT = (r"(?:caught|captured|taken prisoner|taken captive|surrendered|gave up|given up|gave themselves up|given themselves up|"
           r"handed themselves over|defected|surrender|give up|give themselves up|get caught|get captured|are captured|are caught|"
           r"defect)")
_MEN = r"(?:(?:russian|captured|enemy) )?(?:soldiers|men|russians|troops|ones|guys|people|prisoners|pows|fighters)"
_THOSE_CAUGHT = (r"(?:the|these|those|all the|all those) (?:captured (?:soldiers|men|russians|troops|ones|guys|people|fighters)|prisoners|pows|"
                 r"captives|captured)")
_KIND = "what kind of soldiers were taken prisoner"

WHO_THEY_ARE = [
    # "who are the soldiers who were caught?", "who were those that got captured?", "who are the Russians who surrender?"
    (re.compile(rf"\bwho (?:exactly |really |actually )?(?:are|were) (?:the|these|those|all the|all those)(?: {_MEN})? (?:who|that)"
                rf"(?: (?:were|got|have|had|are|have been|had been|were being|are being|get))? {_CAUGHT}\b"), _KIND),
    # "who exactly are the prisoners?", "who are these POWs?", "tell me who the captured soldiers are": the men themselves
    (re.compile(rf"\bwho (?:exactly |really |actually )?(?:are|were) {_THOSE_CAUGHT}(?: exactly| really| actually)?\W*$"
                rf"|\bwho {_THOSE_CAUGHT} (?:are|were)(?: exactly| really| actually)?\W*$"), _KIND),
    # "who gets captured?", "who is getting caught?", "who surrenders?", "who gives up?"
    (re.compile(r"^(?:(?:and|so|but|ok) )?who (?:(?:gets|got|is getting|are getting|is being|are being|tends to get|usually gets) "
                r"(?:caught|captured|taken prisoner|taken captive)\b|(?:surrenders|gives up|is surrendering|is giving up|are surrendering|"
                r"are giving up)\W*$)"), _KIND),
]
