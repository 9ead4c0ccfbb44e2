"""Who those caught are: "who are the soldiers who were CAUGHT?", "who are the ones that gave up?", "who gets captured?" ask
what kind of men the prisoners are (the breakdown by rank and kind), as "what kind of soldiers were taken prisoner?"
does; read word by word they ask only "caught", which any fact on captures holds (the route to surrender, a yearly count).

No Flask. Each entry is a pattern and its replacement, applied with causes' rewrites by normalize.read.
"""
from __future__ import annotations

import re

_CAUGHT = (r"(?:caught|captured|taken prisoner|taken captive|surrendered|gave up|given up|gave themselves up|given themselves up|"
           r"handed themselves over|defected)")
# the clause must end the question (or be followed only by "exactly", or a second sentence offering the ranks): "who gets
# captured twice / in Donetsk / with HIV / more, Russians or Ukrainians?", "... and why did they?" ask something else
_END = (r"(?=(?:,? (?:exactly|then|mostly|usually))?\s*(?:[?.!]+\s*(?:(?:are they|is it|mostly|what|which) )?(?:the )?"
        r"(?:officers|privates|rank and file|ordinary soldiers|ncos)\b[\w ,]*)?[?.!]*\s*$)")
_MEN = r"(?:(?:russian|captured|enemy) )?(?:soldiers|men|russians|troops|ones|guys|people|prisoners|pows|fighters)"

# how often, said of who is caught: "who gets captured USUALLY in winter?", "who MOSTLY surrenders at night?" ask who is
# caught then or there, not how things usually go in war (a fact on what attacking armies usually do)
_OFTEN = r"(?:usually|mostly|typically|normally|generally|often|mainly)"
_WHO_CAUGHT = rf"(?:gets|got|is|are|is getting|are getting|is being|are being|tends to get) {_CAUGHT}|surrenders|surrendered|gives up|gave up|defects|defected"
_THEN_OR_THERE = r"(?=(?:in|at|on|during|around|near|after|before|when|by|from)\b)"

WHO_THEY_ARE = [
    (re.compile(rf"^((?:(?:and|so|but|ok) )?who) {_OFTEN} ((?:{_WHO_CAUGHT}),? ){_THEN_OR_THERE}"), r"\1 \2"),
    (re.compile(rf"^((?:(?:and|so|but|ok) )?who (?:{_WHO_CAUGHT})),? {_OFTEN},? {_THEN_OR_THERE}"), r"\1 "),
    # "who are the soldiers who were caught?", "who were those that got captured?", "who are the men who surrendered?"
    (re.compile(rf"\bwho (?:are|were) (?:the|these|those|all the|all those)(?: {_MEN})? (?:who|that)(?: (?:were|got|have|had|are|have been|had been|"
                rf"were being|are being|get))? {_CAUGHT}\b{_END}"), "what kind of soldiers were captured"),
    # "who gets captured?", "who is getting caught?", "who are the ones being taken prisoner?"
    (re.compile(rf"^(?:(?:and|so|but|ok) )?who (?:gets|got|is getting|are getting|is being|are being|tends to get|usually gets) "
                rf"(?:caught|captured|taken prisoner|taken captive)\b{_END}"), "what kind of soldiers were captured"),
]
