"""A phone's autocorrect slips: a real word put for the one meant, read back as that one where the words round it show it
("what percent are CONTACT soldiers": contract; "taken ACTIVE", "among the ACTIVES": captive(s); "criminal RECORDED":
records; "PAYED more THEN the average": paid more than). Read before anything else (meant.as_meant), beside pidgin.

No Flask.
"""
from __future__ import annotations

import re

from .literals import Rewrites

AUTOCORRECTED = [
    # "contact soldiers", "signed a contact": a contract (not "contact with their families", "make contact")
    (re.compile(r"\bcontact(?= (?:soldiers?|troops|servicemen|fighters|recruits|men|army|service|serving|soldiering)\b)", re.I), "contract"),
    (re.compile(r"\b(sign(?:s|ed|ing)? (?:a |an |the |their |his |army |military )?)contacts?\b", re.I), r"\1contract"),
    # "taken active", "held active", "among the actives": captive(s)
    (re.compile(r"\b(taken|took|take|held|hold|kept|being|been) active\b(?! (?:service|duty|fighting|combat|fight|role))", re.I), r"\1 captive"),
    (re.compile(r"\b(the|those|these|of|all|many) actives\b", re.I), r"\1 captives"),
    # "how much of UKRAINIAN did RUSSIA'S take": the country, not its people's or the country's
    (re.compile(r"\bof ukrainian(?= (?:did|does|do|has|had|have|was|is|were|are|will)\b|\W*$)", re.I), "of ukraine"),
    (re.compile(r"\b(did|does|do|has|have|had|will|would|can|could) russia's(?= (?!own\b)[a-z]+)", re.I), r"\1 russia"),
    # "how many EXCHANGED happened", "swapped back in prisoner EXCHANGED": the exchanges (not "how many were exchanged")
    (re.compile(r"\b(how many|prisoner|pow|in the|the last|the biggest|the first) exchanged\b(?= (?:happened|took|have|has|had|were there|was there|are there|in total|so far)\b|\W*$)", re.I),
     r"\1 exchanges"),
    (re.compile(r"\bcriminal recorded\b", re.I), "criminal records"),
    (re.compile(r"\bpayed\b", re.I), "paid"),
    # "more … THEN the average", "did more surrender in 2025 then in other years": than
    (re.compile(r"\b((?:more|less|fewer|higher|lower|bigger|larger|smaller|greater|better|worse|rather)\b(?: [a-z0-9']+){0,5}?) then\b(?= (?:the|in|a|an|before|ever|\d|any|other|last|previous|them|those|ukraine|russia|usual|average|normal)\b)", re.I),
     r"\1 than"),
]

AUTOCORRECT_REWRITES = Rewrites(AUTOCORRECTED)


def as_typed(question: str) -> str:
    """The question with the words a phone put for others read as the ones meant."""
    return AUTOCORRECT_REWRITES(question)
