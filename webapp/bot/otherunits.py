"""How a follow-up asks for the last answer's figure in other terms: another unit ("in square km?", "as a
percentage?") or another period ("per year?", "what's that a month?").

No Flask. The patterns only: understand.py reads a bare one as a follow-up, inunits.py answers it.
"""
from __future__ import annotations

import re

# the last answer's figure in other terms, bare or asked in full (one definition for both; understand.follows reads the
# bare form as a follow-up): a unit ("in square km?", "as a percentage?", "and what is that in square kilometres?",
# "in km, not percent?") or a period ("per year?", "so how many is that per year?", "what's that a month?")
UNIT_NAMED = (r"(?:square |sq )?(?:(?:kilomet\w*|km) squared|kilomet\w*|km|kms|km2|km²|sq km|sqkm|miles|mi|acres|hectares|percent\w*|a percentage|"
              r"percentages|a number|numbers|real numbers|actual numbers|absolute terms|absolute numbers)")
OTHER_UNIT = (r"(?:in|as) " + UNIT_NAMED +
              r"(?:,? (?:not|rather than|instead of) (?:in |as )?(?:a )?(?:percent|percentages?|shares?|km|kilometres|kilometers|%))?")
OTHER_PERIOD = r"(?:per|in a|in a whole|in one|over a|over a whole|for a|for a whole) (?:year|month|day|week)"
# asked in full, "a month" and "each week" are a period too ("what's that a month?"); bare, "and each week?" asks for
# the weekly fact, not the last figure over a week
CONVERT = re.compile(r"^(?:and |so |ok )?(?:like )?(?:(?:roughly|about|approximately|around|more or less|exactly|precisely) )?(?:(?:what|how much|how many|how big(?: an area| a piece of land)?)(?:'s| is| was| are| would| does)? (?:that|this|it)"
                     r"(?: (?:percentage|percent|share|figure|number|fraction|proportion|total|amount|count|estimate))?"
                     rf"(?: be| come to| come out at| work out at| make| amount to| equal| translate to| translate into)? (?:(?:a|each|every) (?:year|month|day|week)|{OTHER_PERIOD}|{OTHER_UNIT})"
                     rf"|{OTHER_PERIOD}|{OTHER_UNIT}"
                     # "I want the number in km squared, not percent", "give me that in square km": the unit asked as a wish
                     r"|(?:(?:how much|how many|how big|what)(?: exactly| precisely)?\?? )?(?:i (?:want|need|would like|would prefer)|i'd (?:like|prefer)|(?:can you |could you |please )?(?:give|tell|show) (?:me|us)|(?:(?:can|could|would) you |please )*(?:convert|turn|translate|change|put|express))"
                     rf" (?:it|that|this|the (?:number|figure|area|amount|total|answer|size))(?: percentage| percent| share| figure| number)?(?: exactly| precisely)?(?: (?:in)?to (?:an? )?(?:approximate |rough |estimated )?(?:area|figure|number|amount))? {OTHER_UNIT}"
                     # "so how many a day is that": the period first, then what it is asked of
                     r"|(?:how many|how much) (?:a|per|each|every) (?:year|month|day) (?:is that|is it|would that be|does that make)"
                     # "how many sq km is that?": the unit first too (walk 17: it repeated the percentage)
                     r"|(?:how many|how much) (?:square |sq )?(?:kilomet\w*|km|kms|km2|km²|sq km|miles|acres|hectares) "
                     r"(?:is that|is it|would that be|does that make|are we talking)"
                     # "so in square kilometres that's roughly what?": the unit first, then what it comes to
                     rf"|{OTHER_UNIT},? (?:that'?s|that is|is that|it'?s|it is|that would be|that comes to) (?:roughly |about |approximately |around )?"
                     r"(?:what|how much|how many)"
                     # "in square km, roughly how much is that?": the unit first, then the question of what it comes to
                     rf"|{OTHER_UNIT},? (?:roughly |about |approximately |around )?(?:what|how much|how many|how big)"
                     r" (?:is that|is it|would that be|does that come to|does that make|does it come to|are we talking)"
                     # "that's like how big in km?", "so that's what in square miles?": the figure named first, then the unit
                     r"|(?:that'?s|thats|that is|that would be|that comes to) (?:like )?(?:roughly |about |approximately |around )?"
                     rf"(?:what|how much|how many|how big(?: an area)?),? {OTHER_UNIT}"
                     # "convert to sq km.", "can you convert that into square kilometres": asked as a task
                     rf"|(?:(?:can|could|would) you (?:please |pls )?|please |pls |plz )?(?:convert|change|turn|put)(?: (?:that|this|it|the figure|the percentage))? (?:to|into|in) {UNIT_NAMED})"
                     r"(?:,? (?:tho|though|then|instead|please|pls|plz|thanks|mate|actually|rather|for me|for us))?\W*$")  # ("in sq km tho": a softener after it)


def unit_word(text: str) -> str:
    """The unit a conversion follow-up asks for, as it starts in a figure's unit ("kilomet", "percent", "")."""
    if m := re.search(r"\b(?:per|a|each|every|in a|whole|one) (year|month|day|week)(?: (?:is that|is it|would that be|does that make))?\W*$", text):
        return m.group(1)
    if re.search(r"\b(miles|mi|acres|hectares)\b", text):
        return "mile"  # no fact gives one
    if re.search(r"\b(kilomet\w*|km|kms|km2)\b|km²", text):
        return "kilomet"
    return "percent" if re.search(r"\bpercent(?:age)?s?\b(?!,)", text) and not re.search(r"\bnot (in |as )?(a )?percent", text) else ""
