"""Reading numbers the way articles and people write them, and showing figures back.

No Flask here: the fact checker, the quiz's answer parser and the bot all use these functions.
"""
from __future__ import annotations

import ast
import operator
import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
ORDINALS = {"third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
NUMBER_WORDS = set(UNITS) | set(TENS) | set(SCALES)

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORD = r"[a-z]+"
_FRACTION = re.compile(rf"\b({_WORD})[\s-]+in[\s-]+({_WORD})\b", re.I)
_TOKEN = re.compile(rf"(?P<num>{_DIGITS})|(?P<word>\b[a-z]+\b)", re.I)


def _words_value(words: list[str]) -> float | None:
    """'ten thousand' → 10000; 'twenty five' → 25; None when the words are not a number."""
    total, current, seen = 0, 0, False
    for w in words:
        if w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in ("thousand", "million"):
            total += (current or 1) * SCALES[w]
            current = 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None


def parse_numbers(text: str) -> list[float]:
    """Every number a piece of article text states, in order.

    Digits with thousands commas and decimals, number words ("four", "ten thousand"), ordinals
    ("Fourth" → 4) and fractions ("One-in-Four" → 0.25). Vague words such as "hundreds" state no
    number and give nothing."""
    out: list[float] = []
    spans: list[tuple[int, int]] = []
    for m in _FRACTION.finditer(text):
        a, b = _words_value([m.group(1).lower()]), _words_value([m.group(2).lower()])
        if a is None and m.group(1).isdigit():
            a = float(m.group(1))
        if b is None and m.group(2).isdigit():
            b = float(m.group(2))
        if a is not None and b:
            out.append(a / b)
            spans.append(m.span())
    run: list[str] = []

    def flush():
        if run:
            v = _words_value(run)
            if v is not None:
                out.append(v)
            run.clear()

    for m in _TOKEN.finditer(text):
        if any(s <= m.start() < e for s, e in spans):
            continue
        if m.group("num"):
            flush()
            out.append(float(m.group("num").replace(",", "")))
            continue
        w = m.group("word").lower()
        if w in NUMBER_WORDS:
            run.append(w)
        elif w in ORDINALS:
            flush()
            out.append(float(ORDINALS[w]))
        elif w == "and" and run:
            continue  # "one hundred and five"
        else:
            flush()
    flush()
    return out


# Tokens in article prose that state a number: what the coverage check looks for.
_NUMBER_TOKEN = re.compile(
    rf"(?:{_DIGITS})|\b(?:{'|'.join(sorted(NUMBER_WORDS | set(ORDINALS) | {'hundreds', 'thousands', 'dozens'}, key=len, reverse=True))})\b",
    re.I,
)


def number_tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, token) for every number-like token in a paragraph."""
    return [(m.start(), m.end(), m.group(0)) for m in _NUMBER_TOKEN.finditer(text)]


def whole_number(text: str, max_digits: int) -> int | None:
    """A form field as a non-negative whole number in ASCII digits, or None. ('²' is a digit to
    str.isdigit() but not to int(); a long string of digits is refused before int() reads it.)"""
    if text.isascii() and text.isdigit() and len(text) <= max_digits:
        return int(text)
    return None


def same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


# --- the project's own arithmetic ---------------------------------------------------------------

_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def evaluate_formula(formula: str) -> tuple[float, list[float]]:
    """Evaluate plain arithmetic (+ - * / and parentheses); return the result and its numbers.

    Raises ValueError for anything else, so a formula can never run code."""
    try:
        tree = ast.parse(formula.replace("×", "*").replace("÷", "/"), mode="eval")
    except SyntaxError as e:
        raise ValueError(f"formula is not plain arithmetic: {formula!r}") from e
    literals: list[float] = []

    def ev(node):
        if isinstance(node, ast.Expression):
            return ev(node.body)
        if isinstance(node, ast.Constant) and type(node.value) in (int, float):
            literals.append(float(node.value))
            return float(node.value)
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](ev(node.left), ev(node.right))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -ev(node.operand)
        raise ValueError(f"formula may use only numbers, + - * / and parentheses: {formula!r}")

    try:
        return ev(tree), literals
    except ZeroDivisionError as e:
        raise ValueError(f"formula divides by zero: {formula!r}") from e


# --- showing figures -----------------------------------------------------------------------------

_FRACTION_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 10: "ten"}


def format_number(x: float) -> str:
    """10000 → '10,000'; 0.8 → '0.8'; 4828.4 → '4,828.4'."""
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def format_figure(value: float | None, low: float | None, high: float | None, unit: str,
                  qualifier: str, text: str | None) -> str:
    """A figure as the app shows it: qualifier, number, unit sign; dates as the article writes them."""
    if qualifier == "hundreds":
        return "hundreds"
    if unit in ("year", "date") and text:
        return text
    if unit == "fraction" and value:
        denom = round(1 / value)
        words = f"one in {_FRACTION_WORDS.get(denom, str(denom))}"
        number = words
    elif value is not None:
        number = format_number(value)
    else:
        number = f"{format_number(low)} to {format_number(high)}"
    if unit == "percent":
        number = number.replace(" to ", "% to ") + "%"
    elif unit == "square kilometres":
        number += " sq km"
    prefix = {"exact": "", "computed": ""}.get(qualifier, qualifier + " ")
    return f"{prefix}{number}"


# --- what people type as an answer -----------------------------------------------------------

class AnswerFormatError(ValueError):
    """The typed answer is not a number we can read; the message says why."""


_ANSWER_CLEAN = re.compile(r"[\s\u00a0\u202f_']+")


def parse_answer(typed: str) -> float:
    """Read a typed numeric answer: '10000', '10,000', '10 000', 'ten thousand', '83%', '83 percent'.

    Raises AnswerFormatError with a message a student can act on."""
    s = (typed or "").strip().lower()
    if not s:
        raise AnswerFormatError("Type a number, for example 40 or 10,000.")
    if len(s) > 60:
        raise AnswerFormatError("That answer is too long: type just the number.")
    s = re.sub(r"\s*(%|percent|per cent|pc)\s*$", "", s)
    s = re.sub(r"\s*(sq\.?\s*km|square kilomet(?:re|er)s?|km2|km²)\s*$", "", s)
    s = re.sub(r"\s+(soldiers|people|troops|prisoners|countries|years?|a week|per week|weekly)\s*$", "", s)
    s = s.replace("about", "").replace("around", "").strip()
    compact = _ANSWER_CLEAN.sub("", s)
    if re.fullmatch(r"[-+]?\d{1,3}(,\d{3})+(\.\d+)?|[-+]?\d+(\.\d+)?", compact):
        return float(compact.replace(",", ""))
    if re.fullmatch(r"[-+]?\d+,\d{1,2}", compact):  # "0,8": a decimal comma
        return float(compact.replace(",", "."))
    words = re.findall(r"[a-z]+", s.replace("-", " "))
    if words and all(w in NUMBER_WORDS or w == "and" for w in words):
        v = _words_value([w for w in words if w != "and"])
        if v is not None:
            return v
    if re.search(r"\d", s) and re.search(r"[a-z]", s):
        m = re.fullmatch(r"([\d.,]+)\s*(thousand|million|k|m)", s)
        if m:
            base = m.group(1).replace(",", "")
            try:
                return float(base) * {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6}[m.group(2)]
            except ValueError:
                pass
        unit = re.fullmatch(r"([-+]?[\d][\d.,\s]*?)\s+([a-z]+(?:\s+[a-z]+)?)", s)
        if unit and unit.group(2) not in ("thousand", "million", "k", "m"):
            try:  # "412 boats": a number followed by the unit's name
                return parse_answer(unit.group(1))
            except AnswerFormatError:
                pass
    raise AnswerFormatError(f"“{typed.strip()[:40]}” is not a number I can read: try digits, like 83 or 10,000.")


def figure_numbers(value: float | None, low: float | None, high: float | None) -> tuple[float, ...]:
    """The numbers a figure stands for: its value, or the two ends of its range, or none."""
    if value is not None:
        return (value,)
    if low is not None:
        return (low, high)
    return ()
