"""West African Pidgin English read as the standard words it stands for: "how many DON surrender" (have), "how many DEY
surrender every week" (are), "the ones WEY DEM capture" (that they), "WETIN be this" (what), "the Ukrainians NKO" (what
about), "2025 get more surrender PASS the other years" (than). Read before anything else (meant.as_meant), so that every
rule written for the standard words reads these too.

No Flask.
"""
from __future__ import annotations

import re

from .literals import Rewrites

# (each only where the word cannot be the English one: "don" before a verb, not "Don" the name after "the"; "na" standing
# for "is" or closing a question, not "nah")
PIDGIN = [
    (re.compile(r"\babeg\b,?\s*", re.I), ""),  # (please)
    (re.compile(r"\bwetin(?: be)?\b", re.I), "what is"),
    (re.compile(r"\b(what|who|when|where|which|how) be\b", re.I), r"\1 is"),
    (re.compile(r"\bwhich side (?=dem\b)", re.I), "where "),  # ("which side dem capture most?": where)
    # "how much Russia COLLECT for 2025?": the land it took
    # (only the land collected: not "prisoners collected in Kursk territory", "collect data on captured land")
    (re.compile(r"\bcollect(?:ed)?(?= (?:(?!(?:in|on|at|from|of|near|for|about|data|info)\b)\w+ ){0,2}?(?:land|territory|ground|km|kilometres|kilometers|villages?|towns?|square)\b)", re.I), "take"),
    (re.compile(r"^(?=.*?\bhow much (?:land|territory|ground|of ukraine)\b)(.*?)\bcollect(?:ed)?\b(?! (?:\w+ ){0,2}?(?:data|figures|numbers|information|stats|statistics|prisoners|men|soldiers)\b)", re.I), r"\1take"),
    (re.compile(r"^(?=.*?\bhow many (?:km|kilometres|kilometers|villages|towns|square)\b)(.*?)\bcollect(?:ed)?\b", re.I), r"\1take"),
    (re.compile(r"(?<!do )\b(you|u) think say\b", re.I), r"do \1 think"),
    # "you think say the war GO end?": a forecast, "will end" (not "go back home")
    (re.compile(r"\b(?<!to )go (?=(?:end|finish|stop|win|lose|happen|continue|last)\b)", re.I), "will "),
    (re.compile(r"\bdey talk\b(?! about)", re.I), "are talking about"),
    # "how far with the land, how much…": a greeting that names the subject, "as for the land" (not "how far did they advance")
    (re.compile(r"^how far(?: o)?,? with\b", re.I), "as for"),
    (re.compile(r"^how far(?: o)?\s*[,!.?]+\s*(?=\w)", re.I), ""),
    (re.compile(r"\be be like (?:say )?", re.I), "is it true that "),
    (re.compile(r"\bna true say\b", re.I), "is it true that"),
    (re.compile(r"\b(?<!the )don(?= (?!t\b)[a-z]{2,})", re.I), "have"),
    (re.compile(r"\b(?<!the )dey\b", re.I), "are"),
    (re.compile(r"\bwey\b", re.I), "that"),
    (re.compile(r"\bno be\b", re.I), "are not"),
    (re.compile(r"\b(?<=\w )dem\b|^dem\b", re.I), "they"),
    # "the Ukrainians NKO?", "and per day nko": what about them
    (re.compile(r"^((?:and|ok|so|but)\b,? )?(.+?),? nko\b", re.I), r"\1what about \2"),
    (re.compile(r"\bsef\b,?", re.I), ""),
    # "na so?", "na true?", "or na only…": "is"; at the end of a question, a word of emphasis only
    (re.compile(r",? na(?=\s*[?!.]*\s*$)", re.I), ""),
    (re.compile(r"(^|[,;.?!] |\bor )na\b", re.I), r"\1is it"),
    (re.compile(r"\bmore ((?:[a-z]+ ){0,3}?)pass\b(?! (?:away|on|through|by|out)\b)", re.I), r"more \1than"),
    (re.compile(r"\bsmall small (soldiers|men|boys|guys)\b", re.I), r"ordinary \1"),
]

PIDGIN_REWRITES = Rewrites(PIDGIN)


def as_english(question: str) -> str:
    """The question with the pidgin words it uses read as the standard ones."""
    new = PIDGIN_REWRITES(question)
    return question if new == question else re.sub(r"\s{2,}", " ", new).strip()
