"""A courteous visitor's wrapping around a question: thanks and exclamations before it ("Thank you kindly.", "How very
sad."), an apology or a hope for asking ("Forgive an old man's curiosity, but", "I hope this isn't a silly question,
but"), a request to be told ("Would you be so good as to remind me?", "Would it be impertinent to ask"), and asides
inside it ("if it's not too much trouble", "as I seem to recall reading", "as my neighbour keeps insisting", "all
told"), and the weight given a word ("why on earth", "this dreadful war", "those poor boys"). None of it names what is asked about; read as words, it is what made such questions refused.

No Flask. Used by wrapping.the_question, before the question is read.
"""
from __future__ import annotations

import re

_FEELING = r"(?:remarkable|interesting|sad|awful|dreadful|terrible|kind|fascinating|extraordinary|shocking|grim|decent|good|helpful)"
# before the question: thanks, an exclamation, a fond word to whoever answers ("Dear, …", "Oh my dear, …"), an apology or a hope
# for asking, ended by its own stop or by "but"
OPENER = re.compile(r"^(?:(?:thank you|thanks)(?: (?:kindly|so much|very much|a lot))?|splendid|lovely|wonderful|marvellous|excellent|"
                    r"goodness(?: me)?|good heavens|gosh|(?:oh |my |oh my )?(?:dear|dearie|deary|darling)|oh my(?: goodness| word)?|my goodness|how (?:very |terribly |truly )?" + _FEELING + r"(?: that [^.!?;]*)?|"
                    r"(?:that|it) (?:sounds|seems|is) (?:very |most |quite )?" + _FEELING + r"|"
                    r"i (?:do |really |just )?hope (?:you can help(?: me)?|this (?:isn'?t|is not) a (?:silly|stupid|daft|foolish) question|"
                    r"you don'?t mind(?: me asking)?)|sorry to (?:bother|trouble) you|(?:do |please )?forgive (?:me|an? [a-z' ]{2,30}?)(?: for asking)?|"
                    r"(?:do |please )?pardon (?:me|my [a-z' ]{2,30}?)|it'?s a (?:grim|sad|dark|hard|difficult|painful|delicate) (?:subject|topic|question|business)"
                    r"(?:,? i know)?|i (?:should|would|'d) hate to think[^.!?;,]*)\s*(?:[.!,;:]+\s*(?:but\s+)?|\s+but\s+)(?=\w)")
# the asking itself, at the start: "Would it be impertinent to ask how many…", "My granddaughter asked me how old…"
ASKING = re.compile(r"^(?:(?:and |so |but )?(?:would it be (?:impertinent|rude|too much|wrong) to ask|might i ask|may i ask)(?: whether| if)?"
                    r"|(?:my|our) [a-z]+ (?:asked|asks|was asking) (?:me|us)(?= (?:how|what|why|which|where|when|who|whether|if)\b)"
                    r"|(?:and |so |but )?(?:would|do|did|might|could) you (?:happen to |perhaps )?know(?: whether| if)?(?= \w)"
                    r"|(?:and |so |but )?might you (?:tell me|say)(?: whether| if)?(?= \w)"
                    # "Would you be so good as to tell me where…", "could you kindly tell me whether…"
                    r"|(?:and |so |but )?(?:would|could|will|might) you (?:be so (?:good|kind) as to|be (?:good|kind) enough to|kindly|please) "
                    r"(?:tell|remind|explain to|show) (?:me|us)(?: whether| if)?(?= \w)"
                    # "I read both pieces over breakfast and I was wondering, …": what the visitor did, then the asking
                    r"|(?:(?:i|i've|we) [^?,;.]{0,80}? (?:and|but|so) )?(?:i|we) (?:wondered|was wondering|were wondering|wonder)(?: if| whether)?"
                    r"(?=,? (?:if |how|what|why|which|where|when|who|whether|roughly|about|approximately|exactly))),?\s*")
# inside it or after it: an aside between commas, or a request to be told tacked on the end
ASIDE = re.compile(r",\s*(?:if (?:it'?s|it is|it isn'?t) not too much trouble|if it isn'?t too much trouble|if you(?:'d| would) be so kind"
                   r"|as (?:i (?:seem to |think i |vaguely )?(?:recall|remember)(?: reading| hearing)?|my [a-z]+ (?:keeps |kept )?"
                   r"(?:insisting|insists|says|said|claims))|all told|if i may(?: ask| say so)?|may i ask|if you please|by any chance|in fairness|i know|i'?m afraid)\s*(?:,\s*|(?=[?.!-]|$))"
                   r"|^(?:if you(?:'d| would) be so kind|if (?:it'?s|it is) not too much trouble),\s*"
                   r"|,?\s*(?:and )?i confess i (?:couldn'?t|can'?t|could not|cannot|don'?t|didn'?t) (?:remember|recall)[^.?!]*"
                   r"|[.?!,]?\s*(?:would|could) you be so (?:good|kind) as to (?:remind|tell) me\s*\??\s*$"
                   # "what was that about, DEAR", "…, my dear?": an older reader's fond word to whoever answers, naming nothing
                   r"|,?\s+(?:my )?(?<!hold )(?<!holds )(?:dear|dearie|deary)(?=\s*[?.!]*\s*$)"
                   r"|,\s*(?:do|does) (?:the|these|both|either) (?:articles?|pieces?|sources?) (?:say|tell us|go into (?:it|that))\s*(?=\?*\s*$)")


# the weight a visitor gives a question word or the war, which names nothing asked about: "why ON EARTH would…", "how THE HELL…",
# "this DREADFUL war"
EMPHASIS = re.compile(r"\b(why|what|how|who|where|when)(?: on earth| in the world| in god'?s name| the hell| the heck)\b"
                      r"|\b(this|the|that) (?:dreadful|terrible|awful|horrible|horrid|horrific|brutal|senseless|bloody|tragic|cruel|"
                      r"wretched|pointless|ghastly|appalling|miserable|sad|stupid|dirty) (war|conflict)\b")
# "how many of THEIR POOR soldiers were lost?", "those poor boys": pity for the men, not their poverty (the lexicon's "poor";
# "were they poor men?" keeps it)
PITY = re.compile(r"\b(those|these|their|the|them) poor (?=(?:young |old )?(?:soldiers|men|boys|lads|souls|devils|things|fellows|chaps|guys|sods|kids)\b)")

# what the answer is for, said after the question: "…, I need a number for my poster", "…, for listeners who can't picture
# percentages", "… for my homework" (not "for the project" or "for the report", which can be what is asked about)
_USE = (r"(?:poster|essay|homework|assignment|presentation|slides?|class|lesson|worksheet|podcast|episode|segment|show|newsletter|"
        r"listeners?|viewers?|readers?|students?|pupils?|audience|kids|script)")
PURPOSE = re.compile(rf"[,.;]?\s*(?:(?:i|we) (?:really |just |still )?(?:need|want|'d like|would like) (?:a|the|some|one|this|that|it|an)"
                     rf"(?: (?:number|figure|stat|statistic|fact|quote|line|answer|source|date))? for (?:my|our|a|an|the) (?:[a-z'-]+ )?{_USE}"
                     rf"|,?\s*for (?:(?:my|our|the|a|an) )?(?:[a-z'-]+ )?{_USE}(?: (?:who|that|on|about)\b[^?.!,]*)?)\W*$")


def without_asides(t: str) -> str:
    """The text without its asides (one between commas leaves a space)."""
    return ASIDE.sub(lambda m: " " if m.group(0).rstrip().endswith(",") else "", t).strip(" ,;")


def without_courtesies(t: str) -> str:
    """The question without the courtesies around it; the text as it was when nothing else is left."""
    new = t
    for _ in range(3):
        before = new
        # (an aside first: "I wonder, if it is not too much trouble, who…" asks once the aside is gone)
        new = PURPOSE.sub("", ASKING.sub("", OPENER.sub("", without_asides(new))))
        if new == before:
            break
    new = without_asides(PITY.sub(r"\1 ", EMPHASIS.sub(lambda m: m.group(1) or f"{m.group(2)} {m.group(3)}", new)))
    return new if re.search(r"[a-z]", new) else t
