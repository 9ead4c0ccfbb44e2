"""A figure as a phrase that reads inside a sentence, with its unit and qualifier (issue 12).

No Flask. `figure_phrase(fig, "long")` is the whole phrase ("more than 40 countries", "the end of
2025", "almost four years"); `"short"` leaves the unit to the sentence ("more than 10,000" before
"Russian soldiers"). `choose_form` picks the form from the word that follows the reference, so
"{{fact}} Russian soldiers" does not say "soldiers Russian soldiers" and "from {{fact}}." does not
end on a bare number.
"""
from __future__ import annotations

import re

from .numbers import ORDINALS, format_number
from .schemas import Figure

_SMALL = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten"}
_ORDINAL_WORDS = {v: k for k, v in ORDINALS.items()}
_FRACTION_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 10: "ten"}
DATE_UNITS = ("year", "date")
# a unit that is part of the number's sign, so the short form already carries it
SELF_UNITS = ("percent", "fraction", "year", "date")
# a date whose text starts with a common noun takes "the": "the end of 2025", "the summer of 2024"
_DATE_NOUN = re.compile(r"^(end|start|beginning|summer|winter|spring|autumn|middle) of ", re.I)

# Words that may follow a short figure because they say what it counts (the unit, in the sentence's
# own words). A short reference followed by anything else is a bare number.
UNIT_WORDS: dict[str, set[str]] = {
    "soldiers": {"soldiers", "soldier", "troops", "russian", "russians", "prisoners", "surrenders", "captured",
                 "men", "ukrainian", "of"},
    "prisoners": {"prisoners", "russian", "russians", "pows", "soldiers"},
    "countries": {"countries", "different"},
    "killed or wounded": {"killed", "dead", "russian", "russians", "casualties", "soldiers", "troops"},
    "square kilometres": {"square", "sq"},
    "soldiers per week": {"soldiers", "troops", "russian", "surrenders", "a", "each", "every", "per"},
    "foreign fighters per week": {"foreign", "new", "a", "each", "every", "per"},
    "years": {"years", "year"},
    "year of the war": {"year"},
    "years of age": {"years", "year"},
}


def unit_words(unit: str) -> set[str]:
    return UNIT_WORDS.get(unit, set(unit.lower().split()))


def _number(fig: Figure) -> str:
    """The bare number or range, spelled as the article spells it (words when it uses words)."""
    words = fig.text is not None and not re.search(r"\d", fig.text)
    if fig.value is not None:
        if words and float(fig.value).is_integer() and int(fig.value) in _SMALL:
            return _SMALL[int(fig.value)]
        return format_number(fig.value)
    return f"{format_number(fig.low)} to {format_number(fig.high)}"


def _date_phrase(fig: Figure, form: str) -> str:
    text = (fig.text or format_number(fig.value or 0)).strip()
    if form == "short":
        return _DATE_NOUN.sub("", text)
    if _DATE_NOUN.match(text):
        return "the " + text[0].lower() + text[1:]
    return text


def figure_phrase(fig: Figure, form: str = "long") -> str:
    """The figure as a phrase: qualifier, number, and (long form) its unit."""
    if fig.unit in DATE_UNITS:
        return _date_phrase(fig, form)
    if fig.qualifier == "hundreds":
        return "hundreds" if form == "short" else f"hundreds of {fig.unit}"
    if fig.unit == "fraction" and fig.value:
        number = f"one in {_FRACTION_WORDS.get(round(1 / fig.value), str(round(1 / fig.value)))}"
    elif fig.unit == "year of the war" and fig.value is not None:
        ordinal = _ORDINAL_WORDS.get(int(fig.value), format_number(fig.value))
        return ordinal if form == "short" else f"its {ordinal} year"
    else:
        number = _number(fig)
    if fig.unit == "percent":
        number = number.replace(" to ", "% to ") + "%"
    prefix = "" if fig.qualifier in ("exact", "computed") else fig.qualifier + " "
    if fig.approximate:
        prefix = "about "
    phrase = prefix + number
    if form == "long" and fig.unit not in SELF_UNITS:
        unit = fig.unit.replace(" per week", " a week")
        if fig.unit == "years of age":
            unit = "years old"
        phrase += f" {unit}"
    return phrase


def choose_form(fig: Figure, following: str) -> str:
    """'short' when the next word of the sentence already says what the figure counts, else 'long'."""
    if fig.unit in SELF_UNITS:
        return "short"
    m = re.match(r"\s*([A-Za-z\u2019'-]+)", following)
    if m and m.group(1).lower() in unit_words(fig.unit):
        return "short"
    return "long"


def bare_number(fig: Figure, form: str, following: str) -> bool:
    """A short figure with a unit that the following words do not supply: '… from 40.'"""
    if form != "short" or fig.unit in SELF_UNITS:
        return False
    return choose_form(fig, following) != "short"


def and_list(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c' ('' for none)."""
    return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else "".join(items)


def claimed_by(claimant: str) -> str:
    """How an attribution line opens: 'Claimed by Ukraine's General Staff', but a figure Sourced worked out says so
    itself ('Computed by Sourced from the blog post's figures'), never 'Claimed by computed by…'."""
    if claimant.lower().startswith("computed by"):
        return claimant[0].upper() + claimant[1:]
    return f"Claimed by {claimant}"
