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
    # (not the verb: "how does Ukraine contact troops", "can families contact soldiers", "to contact men")
    (re.compile(r"(^|(?<![\w'%])(?!(?:can|could|will|would|should|may|might|must|to|you|we|they|i|it|he|she|who|me|us|them|"
                r"ukraine|ukrainians|kyiv|project|chatbot|hotline|bot|live|line|families|relatives|wives|mothers|officials|"
                r"soldiers|troops|men|ever|also|directly|still|even|never|not|help|helps|try|tries|and|or)\b)[\w'%]+[ ,]+)"
                r"contact(?= (?:soldiers?|troops|servicemen|fighters|recruits|men|army|service|serving|soldiering)\b)", re.I),
     r"\1contract"),
    (re.compile(r"\b(sign(?:s|ed|ing)? (?:a |an |the |their |his |army |military )?)contacts?\b", re.I), r"\1contract"),
    # "taken active", "held active", "among the actives": captive(s)
    (re.compile(r"\b(taken|took|take|held|hold|kept) active\b(?! (?:service|duty|fighting|combat|fight|role))", re.I), r"\1 captive"),
    (re.compile(r"\b(the|those|these|of|all|many) actives\b", re.I), r"\1 captives"),
    # "how much of UKRAINIAN did RUSSIA'S take": the country, not its people's or the country's
    (re.compile(r"\bof ukrainian(?= (?:did|does|do|has|had|have|was|is|were|are|will)\b|\W*$)", re.I), "of ukraine"),
    (re.compile(r"\b(did|does|do|has|have|had|will|would|can|could) russia's(?= (?!own\b)[a-z]+)", re.I), r"\1 russia"),
    # "how many EXCHANGED happened", "swapped back in prisoner EXCHANGED": the exchanges (not "how many were exchanged")
    # ("how many exchanged?", "how many exchanged so far?" is the men: only a verb wanting a plural subject makes it the exchanges)
    (re.compile(r"\b(how many|prisoner|pow|in the|the last|the biggest|the first) exchanged\b(?= (?:happened|have happened|took|"
                r"have taken|were there|was there|are there|have there|has there|were held|have been held)\b)", re.I),
     r"\1 exchanges"),
    (re.compile(r"\b(prisoner|pow|in the|the last|the biggest|the first) exchanged\b(?=\W*$)", re.I), r"\1 exchanges"),
    (re.compile(r"\bcriminal recorded\b", re.I), "criminal records"),
    # "is TEH blog biased", "which percent are OFFICIERS" (a French speaker's spelling; "sous-officiers" are NCOs)
    (re.compile(r"\bteh\b", re.I), "the"),
    (re.compile(r"(?<!sous )(?<!sous-)\bofficier(s?)\b", re.I), r"officer\1"),
    (re.compile(r"\bpayed\b", re.I), "paid"),
    # "more … THEN the average", "did more surrender in 2025 then in other years": than
    (re.compile(r"\b((?:more|less|fewer|higher|lower|bigger|larger|smaller|greater|better|worse|rather)\b(?: [a-z0-9']+){0,5}?) then\b(?= (?:the|in|a|an|before|ever|\d|any|other|last|previous|them|those|ukraine|russia|usual|average|normal)\b)", re.I),
     r"\1 than"),
]

AUTOCORRECT_REWRITES = Rewrites(AUTOCORRECTED)


def as_typed(question: str) -> str:
    """The question with the words a phone put for others read as the ones meant."""
    return AUTOCORRECT_REWRITES(question)
