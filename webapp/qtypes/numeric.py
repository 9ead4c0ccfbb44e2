"""A number: the student types it (digits or words), right within the question's tolerance.

The answer is a cited figure in that figure's unit; the unit is shown with the question. An imported
question may carry more answers (`numeric_answers`: partial credit within their own tolerance, each
with its feedback); as in Moodle, the first answer the number matches gives the grade.
"""
from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET

from ..exchange.gift_syntax import UNIT_SUFFIX, gift_escape, split_answers, unescape
from ..exchange.text import ExchangeError, clean, num, weight
from ..exchange.xml_syntax import answer_el, find_text, fraction, html_el, xml_text
from ..numbers import AnswerFormatError, format_number, parse_answer
from .base import MAX_RESPONSE, AnswerError, Marked, QuestionType, Shown, all_or_nothing


def _within(value: float, q) -> bool:
    return abs(value - float(q.answer)) <= q.tolerance + 1e-9


def _number(text: str, field: str, problems: list[tuple[str, str]], message: str) -> float | None:
    t = text.replace(",", "").replace("\u00a0", "").strip()
    if not re.fullmatch(r"-?\d{1,15}(\.\d{1,6})?", t):
        problems.append((field, message))
        return None
    return float(t)


# The right answer box takes what its hint says: digits, or one figure as the article gives it
# ("13%", resolved to its fact before this check: figure_match.resolve_typed).
ANSWER_FORMAT = "Type one number in digits, e.g. 350 or 2.5, or a figure as the article gives it, e.g. 13%."


class Numeric(QuestionType):
    name = "numeric"
    label = "a number"
    writable = True
    figure_use = "the right answer"
    figure_use_needs_number = True
    form_part = "teach/types/_numeric.html"
    exchange_label = "numerical"
    xml_name = "numerical"
    gift_feedback = True

    # --- the quiz
    def shown(self, q, entry):
        return Shown(q.type, q.prompt, [], [], q.unit)

    def read(self, q, entry, form):
        raw = form.get("answer")
        raw = raw if isinstance(raw, str) else ""
        if len(raw) > MAX_RESPONSE:
            raise AnswerError("That answer is too long: type just the number.")
        try:
            value = parse_answer(raw)
        except AnswerFormatError as e:
            raise AnswerError(str(e)) from None
        return {"typed": raw.strip(), "value": value}

    def score(self, q, response):
        if _within(response["value"], q) or not q.numeric_answers:
            return all_or_nothing(response, _within(response["value"], q))
        alt = _matched(q, response["value"])
        return Marked(response, False, round(max(0.0, alt.weight), 4) if alt else 0.0)

    def answer_feedback(self, q, response):
        alt = None if _within(response["value"], q) else _matched(q, response["value"])
        return [alt.feedback] if alt is not None and alt.feedback else []

    def right_answer(self, q):
        tol = f" (any answer within {format_number(q.tolerance)} of it counts as right)" if q.tolerance else ""
        return [f"{format_number(float(q.answer))} {q.unit}{tol}"]

    def describe(self, q, response):
        return [response.get("typed") or format_number(response["value"])]

    # --- the bank
    def shape(self, q, min_rows, tied):
        if isinstance(q.answer, bool) or not isinstance(q.answer, (int, float)):
            return "a numeric answer is a number"
        if tied and not q.unit:
            return "a numeric question shows its unit (unit:)"
        return None

    def typed_answer(self, q):
        return float(q.answer)

    def check(self, q, ties):
        hits = [g for f in ties.facts for g in f.figures if any(_within(n, q) for n in g.numbers)]
        if not hits:
            return [("answer", f"{format_number(float(q.answer))} (± {format_number(q.tolerance)}) "
                               "matches no figure of the cited facts")]
        if not any((q.unit or "").lower() == g.unit.lower() for g in hits):
            units = sorted({g.unit for g in hits})
            return [("unit", f"unit {q.unit!r} is not the figure's unit ({', '.join(map(repr, units))})")]
        return []

    def payload(self, q):
        return {"tolerance": q.tolerance, "unit": q.unit}

    # --- the teacher's form
    def read_form(self, one, many):
        return {"answer": one("answer", 60).strip(), "tolerance": one("tolerance", 60).strip(),
                "unit": one("unit", 300).strip()}

    def to_draft(self, q):
        number = isinstance(q.answer, (int, float)) and not isinstance(q.answer, bool)
        return {"answer": f"{q.answer:g}" if number else "", "tolerance": f"{q.tolerance:g}" if q.tolerance else "",
                "unit": q.unit or ""}

    def from_draft(self, d, data, problems):
        value = _number(d.answer, "answer", problems, ANSWER_FORMAT) if d.answer else None
        if not d.answer:
            problems.append(("answer", "Give the right number, as the fact's figure states it."))
        data["answer"] = value if value is not None else 0.0
        if d.tolerance:
            tol = _number(d.tolerance, "tolerance", problems, "Enter the tolerance as a number in digits, e.g. 5 or 2.5.")
            if tol is not None and tol < 0:
                problems.append(("tolerance", "The tolerance cannot be negative."))
            data["tolerance"] = abs(tol or 0.0)
        if not d.unit:
            problems.append(("unit", "Give the unit the student answers in, e.g. people or prisoners."))
        data["unit"] = d.unit or None

    # --- exchange formats: GIFT has no units, so the unit ends the prompt as "(unit: soldiers)"
    def gift_write(self, q):
        prompt = f"{q.prompt} (unit: {q.unit})" if q.unit else q.prompt
        main = f"{num(q.answer)}:{num(q.tolerance)}"
        if not (q.numeric_answers or q.right_feedback or q.wrong_feedback):
            return prompt, f"#{main}", []
        lines = [f"\t={main}" + (f"#{gift_escape(q.right_feedback)}" if q.right_feedback else "")]
        for a in q.numeric_answers:
            value = f"{num(a.value)}:{num(a.tolerance)}" if a.value is not None else "*"
            lines.append(f"\t=%{weight(a.weight * 100)}%{value}" + (f"#{gift_escape(a.feedback)}" if a.feedback else ""))
        if q.wrong_feedback:
            lines.append(f"\t~#{gift_escape(q.wrong_feedback)}")
        return prompt, "#", lines

    def gift_claims(self, answertext):
        return answertext.startswith("#")

    def gift_read(self, answertext, fields, at):
        body, wrong = answertext[1:], ""
        if "~" in body:
            body, wrong = body[:body.find("~")], body[body.find("~") + 1:]  # feedback for any wrong answer
        answers = split_answers(body, "=")
        if not answers or not any(a.split("#", 1)[0].strip() for a in answers):
            raise at.error("the numerical answer block {#...} has no answer")
        read = []
        for a in answers:
            w, a = at.weight(a)
            a, _, fb = a.partition("#")
            a = unescape(a).strip()
            if a == "":
                continue
            value = (None, 0.0) if a == "*" else _gift_value(a, at)
            read.append((value, 1.0 if w is None else w, unescape(fb).strip() or None))
        _keep(read, fields, at.error, unescape(wrong.partition("#")[2]).strip() or None)
        m = UNIT_SUFFIX.search(fields["prompt"])
        if m:
            fields["prompt"], fields["unit"] = fields["prompt"][:m.start()].rstrip(), m.group(1).strip()

    def xml_write(self, q, el):
        answers = [(q.answer, q.tolerance, 1.0, q.right_feedback)]
        answers += [(a.value, a.tolerance, a.weight, a.feedback) for a in q.numeric_answers]
        if q.wrong_feedback:
            answers.append((None, 0.0, 0.0, q.wrong_feedback))
        for value, tol, w, fb in answers:
            a = answer_el(el, num(value) if value is not None else "*", weight(w * 100), "moodle_auto_format")
            html_el(a, "feedback", fb or "")
            ET.SubElement(a, "tolerance").text = num(tol)
        if q.unit:
            unit = ET.SubElement(ET.SubElement(el, "units"), "unit")
            ET.SubElement(unit, "multiplier").text = "1"
            ET.SubElement(unit, "unit_name").text = clean(q.unit)
        ET.SubElement(el, "unitgradingtype").text = "0"  # the unit is not graded
        ET.SubElement(el, "unitpenalty").text = "0.1000000"
        # Moodle's showunits (qtype_numerical::UNIT*): 0 the unit typed in the answer box, 1 radio buttons,
        # 2 a drop-down, 3 none (the unit is never shown, and a typed unit makes the answer invalid). With 0
        # and unitgradingtype 0 a student may type "12 soldiers" or "12", and the right answer names the unit.
        ET.SubElement(el, "showunits").text = "0" if q.unit else "3"
        ET.SubElement(el, "unitsleft").text = "0"

    def xml_read(self, q, fields, label):
        read = []
        for a in q.findall("answer"):
            raw = find_text(a).strip()
            if raw == "":
                continue
            value = (None, 0.0) if raw == "*" else _xml_value(a, raw, label)
            read.append((value, fraction(a, label) / 100, xml_text(a.find("feedback")) or None))
        _keep(read, fields, lambda m: ExchangeError(m, question=label), None)
        for unit in q.findall("units/unit"):
            if (find_text(unit, "multiplier").strip() or "1") in ("1", "1.0", "1.0000000"):
                unit_name = find_text(unit, "unit_name").strip()
                if unit_name:
                    fields["unit"] = unit_name
                    break


def _matched(q, value: float):
    """The first of the question's other answers the number matches ("*" matches any), or None."""
    for a in q.numeric_answers:
        if a.value is None or abs(value - a.value) <= a.tolerance + 1e-9:
            return a
    return None


def _keep(read: list, fields: dict, error, wrong: str | None) -> None:
    """The draft's answers from the file's ((value, tolerance), grade, feedback), in the file's order:
    the first full-credit number is the main answer, a catch-all "*" worth nothing gives the feedback for
    a wrong answer, the others are kept with their grades."""
    main = next((k for k, ((v, _), w, _) in enumerate(read) if v is not None and w >= 0.9999), None)
    if main is None:
        raise error("no numerical answer earns full credit")
    (value, tol), _, fb = read[main]
    fields.update(type="numeric", answer=value, tolerance=tol)
    if fb:
        fields["right_feedback"] = fb
    others = []
    for k, ((v, t), w, f) in enumerate(read):
        if k == main:
            continue
        if v is None and w <= 0:
            wrong = wrong or f
            continue
        others.append({"value": v, "tolerance": t, "weight": round(max(-1.0, min(1.0, w)), 7),
                       **({"feedback": f} if f else {})})
    fields["numeric_answers"] = others
    if wrong:
        fields["wrong_feedback"] = wrong


def _gift_value(a: str, at) -> tuple[float, float]:
    """(value, tolerance) of a GIFT numerical answer: 10, 10:2 or the range 8..12."""
    if ".." in a:
        lo, hi = (at.number(x) for x in a.split("..", 1))
        if lo > hi:
            raise at.error(f"the range {a} runs backwards")
        return (lo + hi) / 2, (hi - lo) / 2
    if ":" in a:
        v, t = a.split(":", 1)
        value, tol = at.number(v), at.number(t)
        if tol < 0:
            raise at.error(f"the tolerance {t.strip()} is negative")
        return value, tol
    return at.number(a), 0.0


def _xml_value(a, raw: str, label: str) -> tuple[float, float]:
    try:
        value = float(raw)
        tol = float(find_text(a, "tolerance").strip() or 0)
    except ValueError:
        raise ExchangeError(f"the numerical answer {raw!r} or its tolerance is not a number",
                            question=label) from None
    if not (math.isfinite(value) and math.isfinite(tol)) or tol < 0:
        raise ExchangeError(f"the numerical answer {raw!r} has an impossible tolerance", question=label)
    return value, tol
