"""True or false: a statement from the articles, as it stands (true) or with a figure changed (false).

A false statement names the fact it contradicts and must change one of that fact's figures (or turn
a lower bound round: "fewer than 10,000" against "more than 10,000"); its prompt is the one place a
question may state a number no cited fact carries.
"""
from __future__ import annotations

from collections import Counter

from ..exchange.text import ExchangeError
from ..exchange.gift_syntax import format_text, gift_escape
from ..exchange.xml_syntax import answer_el, html_el, xml_text
from ..exchange.xml_syntax import fraction as xml_fraction
from .. import bounds
from ..numbers import same
from .base import AnswerError, QuestionType, Shown, all_or_nothing, cited_numbers, digits_in, one

_WORDS = {True: "True", False: "False"}


class TrueFalse(QuestionType):
    name = "truefalse"
    one_tap = True
    label = "true / false"
    writable = True
    prompt_label = "The statement students judge"
    form_part = "teach/types/_truefalse.html"
    exchange_label = "true/false"
    xml_name = "truefalse"
    xml_penalty = "1.0000000"
    gift_feedback = True

    # --- the quiz
    def shown(self, q, entry):
        return Shown(q.type, q.prompt, [("true", "True"), ("false", "False")], [], None)

    def read(self, q, entry, form):
        v = one(form, "answer").lower()
        if v not in ("true", "false"):
            raise AnswerError("Choose True or False before you submit.")
        return {"value": v == "true"}

    def score(self, q, response):
        return all_or_nothing(response, response["value"] is q.answer)

    def right_answer(self, q):
        return [_WORDS[bool(q.answer)]]

    def describe(self, q, response):
        return [_WORDS[bool(response["value"])]]

    def choices(self, q, responses):
        said = Counter(bool(r["value"]) for r in responses)
        return [(_WORDS[v], said[v], v == bool(q.answer)) for v in (True, False)]

    # --- the bank
    def shape(self, q, min_rows, tied):
        if not isinstance(q.answer, bool):
            return "a true/false answer is true or false"
        if tied and q.answer is False and not q.contradicts:
            return "a false statement must name the fact it contradicts (contradicts:)"
        return None

    def prompt_is_checked(self, q):
        return q.answer is not False  # a false statement is checked against the fact it contradicts

    def wrong_figures(self, q, allowed):
        if q.answer is not False:
            return "prompt", []
        return "prompt", [n for n in digits_in(q.prompt) if not any(same(n, a) for a in allowed)]

    def check(self, q, ties):
        if q.answer is not False:
            return [("contradicts", "only a false statement contradicts a fact")] if q.contradicts else []
        if q.contradicts not in q.fact_ids:
            return [("contradicts", f"{q.contradicts!r} must be one of the question's fact_ids")]
        nums = digits_in(q.prompt)
        theirs = cited_numbers([q.contradicts], ties.store)
        if bounds.states_reversed_bound(q.prompt, ties.store.facts[q.contradicts].figures):
            return []  # "fewer than 10,000" against "more than 10,000": the figure, its bound turned round
        if nums and all(any(same(n, a) for a in theirs) for n in nums):
            return [("prompt", f"a false statement must change a figure of {q.contradicts!r}; "
                               "every number it states is one of that fact's figures")]
        return []

    # --- the teacher's form
    def read_form(self, one, many):
        return {"truth": one("truth", 10), "contradicts": one("contradicts", 80)}

    def to_draft(self, q):
        return {"truth": "true" if q.answer else "false", "contradicts": q.contradicts or ""}

    def from_draft(self, d, data, problems):
        if d.truth not in ("true", "false"):
            problems.append(("truth", "Say whether the statement is true or false."))
        data["answer"] = d.truth == "true"
        if d.truth == "false":
            if not d.contradicts:
                problems.append(("contradicts", "A false statement names the fact it contradicts."))
            data["contradicts"] = d.contradicts or None

    # --- exchange formats
    # GIFT: {TRUE#feedback for a wrong answer#feedback for a right one}, as Moodle reads it
    def gift_write(self, q):
        key = "TRUE" if q.answer else "FALSE"
        if q.right_feedback or q.wrong_feedback:
            key += f"#{gift_escape(q.wrong_feedback or '')}#{gift_escape(q.right_feedback or '')}"
        return q.prompt, key, []

    def gift_claims(self, answertext):
        return answertext.split("#", 1)[0].strip().upper() in ("T", "TRUE", "F", "FALSE")

    def gift_read(self, answertext, fields, at):
        key, wrong, right = (answertext.split("#", 2) + ["", ""])[:3]
        fields.update(type="truefalse", answer=key.strip().upper() in ("T", "TRUE"))
        for attr, text in (("wrong_feedback", wrong), ("right_feedback", right)):
            if text.strip():
                fields[attr] = format_text(text, at.fmt)[0]

    def xml_write(self, q, el):
        for value in (True, False):
            right = q.answer is value
            a = answer_el(el, "true" if value else "false", "100" if right else "0", "moodle_auto_format")
            html_el(a, "feedback", (q.right_feedback if right else q.wrong_feedback) or "")

    def xml_read(self, q, fields, label):
        value, feedback = None, {}
        for a in q.findall("answer"):
            word = xml_text(a).strip().lower()
            if word not in ("true", "false"):
                raise ExchangeError(f"a true/false answer reads {word!r}, not true or false", question=label)
            feedback[word] = xml_text(a.find("feedback"))
            if xml_fraction(a, label) >= 99.99:
                value = word == "true"
        if value is None:
            raise ExchangeError("neither true nor false is marked right (fraction 100)", question=label)
        fields.update(type="truefalse", answer=value)
        for attr, word in (("right_feedback", str(value).lower()), ("wrong_feedback", str(not value).lower())):
            if feedback.get(word):
                fields[attr] = feedback[word]

