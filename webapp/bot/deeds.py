"""A yes/no question about a deed or an outcome: answered only by a fact that states that deed.

No Flask. A mixin of engine.Bot. "Did any die in captivity?" asks whether a thing happened; a fact on exchanges or on
the intelligence prisoners give shares the question's subject but states no death in captivity, so it answers a
neighbouring question: the reply refuses and offers that fact as related. Narrow on purpose: only the deed of a yes/no
question ("are prisoners TORTURED for…", "did any DIE…", "were they ever EXECUTED"), a regular participle or a verb after
a quantifier or pronoun subject, and only when the fact that would lead holds no form of it (through the lexicon);
"are prisoners treated well?" is still answered by the fact on their treatment.
"""
from __future__ import annotations

import re

from lemminflect import getAllLemmas

from .normalize import STOP_FORMS, STOP_STEMS, STOPWORDS, stem

QUANT = r"(?:any|anyone|anybody|some|many|most|all|none|they|he|she|any of them|some of them|many of them|most of them)"
DEED = re.compile(r"^(?:and |so |but |ok )?(?:(?:is|are|was|were) (?:the |any |their |all |most |some |many |these |those )?"
                  r"(?!(?:it|that|this|there)\b)[a-z']+(?: (?!(?:who|that|which)\b)[a-z']+)?? (?:(?:being|ever|really|actually|often|usually|"
                  r"sometimes|also|regularly|routinely|systematically) )*"
                  # "have they ever been tortured" (a passive perfect; "has Putin demanded…" is a deed of his, asked another way)
                  r"|(?:have|has|had) (?:the |any |their |all |most |some |many |these |those )?(?!(?:it|that|this|there)\b)[a-z']+"
                  r"(?: (?!(?:who|that|which)\b)[a-z']+)?? (?:ever |really |actually |often |also )?been )([a-z]+ed)\b"
                  rf"|^(?:and |so |but |ok )?(?:did|do|does) {QUANT} (?:(?:ever|really|actually|often|also) )*([a-z]+)\b")
# saying, counting and showing: what a fact reports, asked of the article ("were they COUNTED…"), not a deed done to the men
REPORTING = {"say", "said", "report", "reported", "mention", "mentioned", "count", "counted", "include", "included", "list", "listed",
             "name", "named", "base", "based", "publish", "published", "describ", "describe", "described", "call", "called", "know",
             "known", "confirm", "confirmed", "verifi", "verified", "record", "recorded",
             # what they may or must do, not a deed ("are they ALLOWED to contact their families?")
             "allowed", "permitted", "supposed", "expected", "required", "obliged", "meant", "forced", "encouraged", "interested"}


def deed_asked(text: str) -> str | None:
    """The deed a yes/no question asks about ("tortured", "die"), or None."""
    m = DEED.match(text)
    if not m:
        return None
    w = m.group(1) or m.group(2)
    if w in STOPWORDS or w in STOP_FORMS or stem(w) in STOP_STEMS or w in REPORTING or stem(w) in REPORTING:
        return None
    return w if "VERB" in getAllLemmas(w) else None


class Deeds:
    def deed_not_stated(self, u, ranked: list):
        """A refusal offering the would-be lead when a yes/no question's deed is one it does not state; else None."""
        if not ranked or u.qtype not in (None, "how") or u.follow_up and u.own == []:
            return None
        w = deed_asked(u.reading.text)
        if w is None:
            return None
        forms = self.lex.expand(stem(w))
        lead = ranked[0].fact_id
        if forms & self.index.fact_stems[lead]:
            return None
        return self.refuse("not-covered", "not-covered", [lead] + [s.fact_id for s in ranked[1:2] if forms & self.index.fact_stems[s.fact_id]])
