"""Whose soldiers a question is about: the Russians Ukraine captured, whom the articles count, or Ukraine's own
(held by Russia, their losses, what kind of men they are), which the articles do not cover.

No Flask. Used by understand.understand.
"""
from __future__ import annotations

import re

# Ukrainian soldiers captured by Russia: the other side of what the articles count
OTHER_SIDE = re.compile(
    r"\bukrainian (soldiers?|troops?|prisoners?|pows?|servicemen|fighters?)\b.*\b(captur\w*|caught|surrender\w*|prisoner|held|hold\w*|taken|keep\w*|kept|detain\w*|give up|giving up|gave up|defect\w*)\b"
    r"|\b(captured|caught|held|taken prisoner|detained|imprisoned) by (russia|the russians|russian forces)\b|\bin russian captivity\b|\brussia (has )?(captured|took|takes|holds) (\w+ )?(ukrainian|soldier|prisoner|troop|pow|fighter|men)"
    r"|\bukrainian\w* .*\b(russia|moscow|the russians) (has |have |'s )?got\b|\b(russia|moscow|the russians) (does|do|did) (the same|that|this|it) (to|for|with) (the )?ukrainian"  # "how many Ukrainian POWs has Russia got?"
    # "and of the ukrainian side, how many casualties?", "casualties on the Ukrainian side?": Ukraine's own losses, said apart
    # (not when Russia is named as the one whose losses they are: "for the Ukrainians, how many Russian troops were killed?")
    r"|\b(?<!estimates of )(?<!estimate of )(?:of|on|for) (?:the )?ukrainian(?:s| side)\b(?:(?!\b(?:russi\w*|moscow|kremlin|putin\w*|enemy)\b)[^?])*\b(?:losses|casualties|dead|deaths|killed|wounded|death toll)\b"
    r"|\b(?:losses|casualties|dead|deaths|killed|wounded|death toll)\b(?:(?!\b(?:russi\w*|moscow|kremlin|putin\w*|enemy)\b)[^?])*\b(?:of|on|for) (?:the )?ukrainian(?:s| side)\b(?!'?s? (?:figures?|numbers?|count|estimate|claim|data|enemy|enemies|foes?|opponents?|adversar\w*))(?! according\b)"
    r"|(?<!by )(?<!by the )\bukrainian (?:soldiers?|troops?|prisoners?|pows?|army)\b.*\b(?:ill|sick\w*|illness\w*|morbidity|diseases?|hiv|tuberculosis|hepatitis)\b|\b(?:morbidity|ill\w*|sick\w*|diseases?)\b.*(?:\bthan (?:in |among |for )?(?:ukraine|the ukrainian|ukrainian)|\b(?:among|of|in) (?:the )?ukrainian (?:soldiers|troops|prisoners|pows|army)\b)"  # Ukraine's men's health
    r"|\bukrainian (side'?s? |army'?s? |forces'?s? |military'?s? |troops'?s? )?(own )?(losses|casualties|dead|deaths|war dead|death toll)\b|\bukraine(?:'?s)? (own |side'?s? |army'?s? )?(losses|casualties|dead|deaths|death toll|war dead)\b"
    # "does Ukraine count ITS OWN losses?", "does Kyiv publish its own dead?": Ukraine's own losses, told by "its own"
    r"|\b(?:ukraine|kyiv)\b(?:(?!\b(?:russi\w*|moscow|kremlin|putin\w*|enemy)\b)[^?.;])*?\bits own (?:losses|casualties|dead|deaths|death toll|war dead|killed|wounded)\b"
    # "how are prisoners treated by the Russians?", "…, by the Russian army?", "in Russia?": prisoners Russia holds (not Ukraine's guarantee)
    r"|\b(?:prisoners?|pows?|captives?|detainees)\b(?: \w+){0,2}? (?:treated|tortured|abused|mistreated|beaten|fed|kept|handled)\b,? (?:by|in) "
    r"(?:russia|the russians|russians|(?:the )?russian (?:army|side|military|forces|soldiers))\b"
    # "how many soldiers has Russia captured?", "how much soldiers Russia has captured from Ukraine side?": Russia the captor
    r"|\bhow (?:many|much) (?:\w+ ){0,2}?(?:soldiers?|troops?|prisoners?|pows?|men|people|fighters?|captives?) (?:(?:has|have|did|does|do) )?"
    r"(?:russia|the russians|russian forces|moscow) (?:has |have )?(?:captur\w*|caught|catch\w*|held|hold\w*|imprison\w*|detain\w*|(?:take|taken|took)\b(?! (?:\w+ )?(?:from|out|into|to|for|as)\b(?! ukrain)))\b(?! back| home)"
    r"|\bhow (?:many ukrainians?|much ukrainians)\b.*\b(captured?|captures|surrender\w*|prisoner\w*|killed|died|dead|held|hold|holds|kept|detained|in captivity)\b"
    r"|\bukrainian (soldiers?|troops?|prisoners?|pows?|servicemen|fighters?|captives?)\b.*\b(in russia|russian (camps?|prisons?|jails?|captivity|detention|custody|hands))\b"
    # "the record week for UKRAINIANS SURRENDERING", "a surrender programme FOR UKRAINIANS", "help Ukrainian soldiers WHO WANT TO LEAVE"
    r"|(?<!\bthan )(?<!\band )(?<!\bor )\bukrainians? (surrender\w*|defect\w*|deserting|giving up|gave up|(?<!have the ukrainians )(?<!have ukrainians )(?<!had the ukrainians )taken prisoner)\b|\b((surrender|defection) (program\w*|project|scheme|hotline|line)|hotline)s? for (the )?ukrainians?\b"
    r"|\bukrainian(s|( (soldiers?|troops?|servicemen|fighters?))) who (want|wish|try|tried|wanted) to (leave|surrender|defect|desert|give up|quit)\b"
    # "does Russia follow the Geneva Conventions with Ukrainian prisoners?", "do russians treat ukrainian POWs the same way?"
    r"|\b(?:russia|russians|moscow|the kremlin) (?:\w+ ){0,2}?(?:treat\w*|follow\w*|tortur\w*|abus\w*|feed\w*|respect\w*)\b.{0,40}"
    r"\bukrainian (?:soldiers?|troops?|prisoners?|pows?|captives?)\b")

# Ukraine's soldiers coming home in exchanges: what the articles do say about them, not the other side's count
HOME = re.compile(r"\bukrainian soldiers (\w+ ){0,3}(returned|home|back|exchanged|swapped)\b")

# "how many Ukrainian soldiers are sick?", "how old are Ukraine's troops?", "are Ukrainian troops recruited from prisons?":
# what kind of men Ukraine's own soldiers are, which the articles give only for the Russians Ukraine holds (whose facts
# on illness, age, recruitment and foreigners name no side)
UKRAINE_OWN = re.compile(r"\b(?:ukrainian|ukraine'?s|kyiv'?s)(?: own)? (?:side'?s? )?(?:soldiers?|troops?|servicemen|fighters?|army|forces|military|men|ranks)\b"
                         r"|\b(?:soldiers?|troops?|servicemen|fighters?|ranks) (?:of|in|serving) (?:the )?(?:ukrainian (?:army|forces|military)|ukraine)\b(?! (?:holds?|has|keeps?)\b)")
MAKEUP = re.compile(r"\b(?:sick|ill|illness\w*|disease\w*|diseased|hiv|aids|tuberculosis|tb|diabet\w*|mental\w*|health\w*|infected|chronic\w*"
                    r"|old|age|aged|ages|ageing|aging|young|younger|older|recruit\w*|prisons?|jails?|convicts?|criminals?|criminal records?"
                    r"|foreign\w*|mercenar\w*|contract\w*|mobili[sz]\w*|conscript\w*|jobless|unemployed|schooling|educat\w*"
                    # how they came to join, their ranks, pay and morale: given of the Russians only
                    r"|forced|coerced|tricked|misled|lied to|officers?|ncos?|non-commissioned|rank and file|rank-and-file|privates"
                    r"|paid|pay|salar\w*|wages?|morale|untrained|training|armbands?)\b")
NOT_OWN = re.compile(r"\brussia|\bputin|\bkremlin|\bmoscow|\bprisoners?\b|\bpows?\b|\bcaptur|\bcaptiv|\bsurrender|\bdefect|\bgave up\b|\bgive up\b"
                     r"|\btaken prisoner|\bheld by\b|\bchief\b|\bcommander|\bgeneral staff"
                     # "the men Ukrainian troops TOOK / CAUGHT / FOUND / HOLD": the Russians they took, not Ukraine's own
                     r"|\b(?:took|take|takes|taken|taking|caught|catch\w*|finds?|found|holds?|held|keeps?|kept|detain\w*|nabbed)\b")


def side_of(text: str) -> str:
    """"ukrainian" when a question asks about Ukraine's own soldiers, else "russian"."""
    if OTHER_SIDE.search(text) and not HOME.search(text):
        return "ukrainian"
    return "ukrainian" if UKRAINE_OWN.search(text) and MAKEUP.search(text) and not NOT_OWN.search(text) else "russian"
