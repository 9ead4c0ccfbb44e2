"""Words read by the words round them: a "zone" is a place only where men are taken ("which zone of Ukraine saw the most
surrenders?", "zones along the front"), not a time, war, grey or buffer zone; "the handover" is a surrender only where the
project or a surrender is named ("how does the hotline run the handover?"), not a handover of bodies or in a swap; a "band"
is an armband when it is on the arm.

No Flask. Each entry is a pattern and its replacement, applied with sounds_like's and causes' rewrites by normalize.read.
"""
from __future__ import annotations

import re

_TAKEN = r"\b(?:captur|caught|surrend|prisoner|pow|gave up|give up|giving up|defect)"
_PROJECT = r"\b(?:i want to live|khochu zhit|hotline|chatbot|chat bot|project)\b|^how\b.*\bsurrender\w*"
_GAIN = r"\b(?:gain\w*|get|gets|getting|got|bring\w*|brought|cost\w*|learn\w*|weaken\w*|benefit\w*|win|wins|profit\w*|help\w*|out of)\b"
_SWAP = r"\b(?:exchang\w*|swaps?|trades?|traded|ukrainian\w*|bodies|remains)\b"

AROUND_WORDS = [
    # "in WHAT ZONE OF Ukraine were most taken?": where (as "which part of Ukraine"), when men are taken there
    (re.compile(rf"\b(?:in |from )?(?:which|what) zones? of (?:ukraine|the country|russia|the front(?: ?line)?)\b(?=.*{_TAKEN})"), "where"),
    # "which ZONES OF THE LINE OF CONTACT…": the sectors, not the front as a subject of its own
    (re.compile(r"\bzone(s?) (?:of|along|on) the (?:front(?: ?lines?)?|line of contact|contact line|loc)\b"), r"sector\1"),
    # "how does I Want to Live organise THE HANDOVER?": the surrender it arranges; not "the handover of bodies / of prisoners"
    (re.compile(rf"^(?=.*{_PROJECT})(?!.*{_SWAP})(.*)\b(?:the|a) hand-?over\b(?! (?:of|rate)\b)"), r"\1the surrender"),
    # "what does it gain FROM EACH PRISONER it takes?": what each surrender brings; "is each POW sick?" asks of the prisoners
    (re.compile(rf"^(?=.*{_GAIN}.*\b(?:from|per|of|with) (?:each|every)\b)(.*\b(?:from|per|of|with) )(?:each|every) (?:single )?(?:prisoner|captive|capture|pow|defector)s?\b"
                r"|\bper (?:prisoner|captive|pow)\b(?=.*\b(?:gain|get|bring|cost|learn|weaken|benefit))"), lambda m: f"{m.group(1) or ''}each surrender"),
    # "what COMMS does the hotline use?": its channels, where the project, a surrender or Ukraine reaching soldiers is named
    # (not "do Russian soldiers have comms with home?")
    (re.compile(rf"^(?=.*(?:{_PROJECT}|\b(?:surrender\w*|defect\w*|give up|giving up|handover)\b|\bukrain\w* .*\b(?:reach|contact)\w*))(.*)\b(?:comms|communications?)\b(?! channels)"),
     r"\1channels"),
    # "which Russians does Moscow PREFER to get back?", "who do they prefer in the swaps?": whom exchanges favour, not what is
    # better (the group of "prefer" elsewhere: a prisoner better off)
    (re.compile(rf"\bprefer(?:s|red|ring)?\b(?=.*(?:{_SWAP}|\b(?:recover\w*|get (?:\w+ )?back|bring (?:\w+ )?back|have (?:\w+ )?back|want (?:\w+ )?back)\b))"
                r"(?!.*\b(?:prisoners?|captiv\w*|captured|pows?) (?:prefer|would prefer|prefers)\b)"), lambda m: "favour" + {"s": "s", "red": "ed", "ring": "ing"}.get(m.group(0)[6:], "")),
    # "why, IN THE VIEW OF Ukrainian officials, …?": whose claim it is, as "according to" says, not the author's view (which
    # "in the view of the author" still asks)
    (re.compile(r"\b(?:in the (?:view|eyes|opinion|judgement|judgment) of|from the (?:point of view|viewpoint|perspective|standpoint) of)"
                r"(?= (?!(?:the |this |that |its )?(?:author|blogger|writer|columnist|blog|post|piece|article|essay)\b))"), "according to"),
    # "made to wear A BAND ON THE ARM", "bands around their arms": armbands (the one word), said round about; a band alone stays
    (re.compile(r"\b(?:an? )?bands? (?:on|around|round|about) (?:the|their|his|her|an|one) (?:upper )?arms?\b"), "armbands"),
    # "is the conscript share STATED in the blog?", "the report STATES that…": said, as "given" is; not the state ("state media")
    (re.compile(r"\b(?<!united )(?:stated|states|stating)\b(?! (?:media|tv|television|run|owned|of)\b)"), "given"),
]
