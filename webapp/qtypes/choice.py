"""Multiple choice: one right option (`single`) or several (`multiple`, with partial credit).

A multiple-answer question scores +1/n for each of its n right options ticked and -1/n for each
wrong one, floored at 0 — exactly what Moodle does with weights of +100/n and -100/n. An imported
question whose options carry other grades (`Option.weight`: 50% for a half-right single answer, 0%
for a wrong option of a multiple one) is scored the way Moodle scores it: the chosen option's grade
(single), or the sum of the ticked options' grades between 0 and 1 (multiple). Each option may
carry feedback the student reads after choosing it.
"""
from __future__ import annotations

from collections import Counter

import xml.etree.ElementTree as ET

from ..exchange.gift_syntax import format_text, gift_answer, gift_escape, split_answers
from ..keys import fixed_order
from ..exchange.text import ExchangeError, ids, text_to_html, weight
from ..exchange.xml_syntax import answer_el, combined_feedback, find_text, fraction, html_el, xml_text
from ..numbers import same
from .base import (AnswerError, Marked, QuestionType, Shown, all_or_nothing, digits_in, index, many, one,
                   shuffled, uncited)

MAX_OPTIONS = 6  # option fields in a new question's form
FORM_OPTIONS = 20  # the most option rows the form reads back (an imported question may have more than 6)
FULL = 0.9999  # a grade this high is full credit (Moodle writes 100% as 1.0000000 or 99.99999)


def blank_options(n: int = MAX_OPTIONS) -> list[dict]:
    return [{"text": "", "fact": "", "correct": False, "feedback": "", "credit": ""} for _ in range(n)]


def _credit(raw: str, k: int, problems) -> float | None:
    """An option's credit field (a percentage, blank for the type's default) as a fraction."""
    if not raw:
        return None
    try:
        v = float(raw.replace("%", "").strip())
    except ValueError:
        v = None
    if v is None or not -100 <= v <= 100:
        problems.append((f"option-{k}", "Give the credit as a percentage from -100 to 100, or leave it blank."))
        return None
    return round(v / 100, 7)


class Choice(QuestionType):
    """What one-answer and several-answer questions share; `multiple` tells them apart."""

    multiple = False
    writable = True
    figure_use = "a right option"
    form_part = "teach/types/_options.html"
    exchange_label = "multiple choice (one or several right answers)"
    xml_name = "multichoice"

    def right(self, q) -> set[str]:
        if self.multiple:
            return set(q.answer)
        return {q.answer} | {o.id for o in q.options if o.weight is not None and o.weight >= FULL}

    def picked(self, response: dict) -> list[str]:
        return list(response["options"]) if self.multiple else [response["option"]]

    def choices(self, q, responses):  # a student counts once under each option ticked
        chosen, right = Counter(o for r in responses for o in self.picked(r)), self.right(q)
        # a one-answer option worth part of the mark (an imported weight) is partly right
        return [(o.text, chosen[o.id], o.id in right, not self.multiple and o.id not in right and 0 < self.grade(q, o))
                for o in q.options]

    def grade(self, q, o) -> float:
        """The credit choosing option `o` earns: its own weight, else the type's default."""
        if o.weight is not None:
            return o.weight
        if self.multiple:
            return (1 if o.id in q.answer else -1) / len(q.answer)
        return 1.0 if o.id == q.answer else 0.0

    def answer_feedback(self, q, response):
        picked = set(response.get("options") or [response.get("option")])
        return [o.feedback for o in q.options if o.id in picked and o.feedback]

    def wrong_figures(self, q, allowed):
        right = self.right(q)
        return "options", [n for o in q.options if o.id not in right for n in digits_in(o.text)]

    def answer_shape(self, q) -> str | None:
        """What is wrong with the answer's form (one id, or a list of ids), or None."""
        raise NotImplementedError

    def gift_mark(self, q, o, right: set[str]) -> str:
        """What stands before an option in GIFT: = or ~, with a %weight% where needed."""
        raise NotImplementedError

    # --- the quiz
    def layout(self, q, rng):
        return {"order": shuffled([o.id for o in q.options], rng)}

    def unshuffled(self, q, entry):
        # one order for everyone, seeded by the question, never the written one (authors tend to
        # write the right option first)
        return {**entry, "order": fixed_order(q)}

    def shown(self, q, entry):
        by_id = {o.id: o for o in q.options}
        choices = [(str(k), by_id[oid].text) for k, oid in enumerate(entry["order"])]
        return Shown(q.type, q.prompt, choices, [], None)

    def right_answer(self, q):
        key = self.right(q)
        return [o.text for o in q.options if o.id in key]

    # --- the bank
    def shape(self, q, min_rows, tied):
        ids_ = [o.id for o in q.options]
        if len(q.options) < 2:
            return f"a {q.type} question needs at least two options"
        if (problem := self.answer_shape(q)):
            return problem
        answers = q.answer if self.multiple else [q.answer]
        unknown = [a for a in answers if a not in ids_]
        if unknown:
            return f"answer names unknown option(s): {', '.join(map(str, unknown))}"
        return None

    def check(self, q, ties):
        out = []
        texts = [o.text.strip().lower() for o in q.options]
        if len(set(texts)) != len(texts):
            out.append(("options", "two options have the same text"))
        correct = self.right(q)
        for o in q.options:
            out += self._check_right(q, o, ties) if o.id in correct else self._check_wrong(q, o, ties)
        return out

    @staticmethod
    def _check_right(q, o, ties):
        if digits_in(o.text):
            if bad := uncited(o.text, ties.allowed):
                return [(f"options.{o.id}", f"correct option states {', '.join(bad)}, which no cited fact carries")]
        elif not o.fact:
            return [(f"options.{o.id}", "a correct option without a figure must name the fact it states (fact:)")]
        elif o.fact not in q.fact_ids:
            return [(f"options.{o.id}", f"fact {o.fact!r} is not one of the question's fact_ids")]
        return []

    @staticmethod
    def _check_wrong(q, o, ties):
        out = []
        if o.fact and o.fact in q.fact_ids:
            out.append((f"options.{o.id}", f"a wrong option names cited fact {o.fact!r} as what it states"))
        equal = [f"{n:g}" for n in digits_in(o.text) if any(same(n, a) for a in ties.allowed)]
        if equal:
            out.append((f"options.{o.id}", f"distractor states {', '.join(equal)}, a true figure of a cited fact"))
        return out

    # --- the teacher's form: one-answer and several-answer questions share the option fields
    def read_form(self, one, many):
        correct = set(many("correct"))
        opts = []
        for k in range(FORM_OPTIONS):
            if one(f"option-{k}-text", 300) == "" and k >= MAX_OPTIONS and not one(f"option-{k}-feedback", 1):
                break
            opts.append({"text": one(f"option-{k}-text", 300).strip(), "fact": one(f"option-{k}-fact", 80),
                         "correct": str(k) in correct, "feedback": one(f"option-{k}-feedback", 2000).strip(),
                         "credit": one(f"option-{k}-credit", 12).strip()})
        return {"options": opts}

    def to_draft(self, q):
        right = self.right(q)
        opts = [{"text": o.text, "fact": o.fact or "", "correct": o.id in right, "feedback": o.feedback or "",
                 "credit": f"{o.weight * 100:.7g}" if o.weight is not None else ""} for o in q.options]
        return {"options": opts[:FORM_OPTIONS] + blank_options(MAX_OPTIONS - len(opts))}

    def from_draft(self, d, data, problems):
        opts = [(k, o) for k, o in enumerate(d.options) if o["text"]]
        if len(opts) < 2:
            problems.append(("options", "Give at least two options."))
        right = [f"o{k}" for k, o in opts if o["correct"]]
        if not right:
            problems.append(("options", "Tick every right option." if self.multiple else "Tick the right option."))
        elif not self.multiple and len(right) > 1 and not all(o.get("credit") for _, o in opts if o["correct"]):
            problems.append(("options", "A one-answer question has exactly one right option: untick the others "
                                        "(or give each ticked option a credit of 100)."))
        data["options"] = []
        for k, o in opts:
            credit = _credit(o.get("credit", ""), k, problems)
            if credit is not None and o["correct"] != (credit >= FULL if not self.multiple else credit > 0):
                problems.append((f"option-{k}", "A ticked option earns full credit (one answer) or some credit "
                                                "(several answers); an unticked one does not: tick it or change its credit."))
            data["options"].append({"id": f"o{k}", "text": o["text"], **({"fact": o["fact"]} if o["fact"] else {}),
                                    **({"weight": credit} if credit is not None else {}),
                                    **({"feedback": o["feedback"]} if o.get("feedback") else {})})
        data["answer"] = right if self.multiple else (right[0] if right else right)

    # --- exchange formats
    def gift_write(self, q):
        right = self.right(q)
        return q.prompt, "", [f"\t{self.gift_mark(q, o, right)}{gift_answer(o.text)}"
                              + (f"#{gift_escape(o.feedback)}" if o.feedback else "") for o in q.options]

    def gift_claims(self, answertext):  # one right answer is written =, several by %weight% only
        return "~" in answertext and not answertext.startswith("#") and ("=" in answertext) != self.multiple

    def gift_read(self, answertext, fields, at):
        answers = split_answers(answertext.replace("=", "~="), "~")
        if len(answers) < 2:
            raise at.error("a multiple-choice question needs at least two answers")
        options, weights = [], []
        for a in answers:
            full = a.startswith("=")
            w, a = at.weight(a[1:] if full else a)
            atext, _, fb = a.partition("#")
            atext = format_text(atext, at.fmt)[0]
            if not atext:
                raise at.error("an answer is empty")
            feedback = format_text(fb, at.fmt)[0] if fb.strip() else None
            options.append({"text": atext, **({"feedback": feedback} if feedback else {})})
            weights.append(w if w is not None else (1.0 if full else 0.0))
        keys = ids(len(options))
        fields["options"] = [{"id": i, **o} for i, o in zip(keys, options)]
        fields.update(self._key(keys, weights, fields["options"], at.error, (
            "full-credit answer (= or %100%)", "no answer earns credit: mark right answers with = or a positive %weight%")))

    def xml_write(self, q, el):
        ET.SubElement(el, "single").text = "false" if self.multiple else "true"
        ET.SubElement(el, "shuffleanswers").text = "true"
        ET.SubElement(el, "answernumbering").text = "abc"
        ET.SubElement(el, "showstandardinstruction").text = "0"
        combined_feedback(el, q)
        for o in q.options:
            html_el(answer_el(el, text_to_html(o.text), weight(self.grade(q, o) * 100)), "feedback", o.feedback or "")

    def xml_claims(self, q):
        single = (find_text(q, "single").strip().lower() or "true") not in ("false", "0")
        return super().xml_claims(q) and single != self.multiple

    def xml_read(self, q, fields, label):
        answers = q.findall("answer")
        if len(answers) < 2:
            raise ExchangeError("a multiple-choice question needs at least two answers", question=label)
        options, fracs = [], []
        for a in answers:
            atext = xml_text(a)
            if not atext:
                raise ExchangeError("an answer is empty", question=label)
            feedback = xml_text(a.find("feedback"))
            options.append({"text": atext, **({"feedback": feedback} if feedback else {})})
            fracs.append(fraction(a, label) / 100)
        keys = ids(len(answers))
        fields["options"] = [{"id": i, **o} for i, o in zip(keys, options)]
        fields.update(self._key(keys, fracs, fields["options"], lambda m: ExchangeError(m, question=label), (
            "full-credit answer (100%)", "no answer earns credit")))

    def _key(self, keys: list[str], weights: list[float], options: list[dict], error, words) -> dict:
        """The type and answer of an imported choice question from its answers' grades (fractions, 1
        full credit); grades other than the type's default are kept on the options, exactly."""
        right_word, none_right = words
        if not self.multiple:
            right = [i for i, w in zip(keys, weights) if w >= FULL]
            if not right:
                raise error(f"a single-answer question needs a {right_word}; none is")
            default = len(right) == 1 and all(w >= FULL or w == 0 for w in weights)
            answer: str | list[str] = right[0]
        else:
            answer = [i for i, w in zip(keys, weights) if w > 0]
            if not answer:
                raise error(none_right)
            n = len(answer)
            default = all(abs(w - (1 if w > 0 else -1) / n) < 1e-4 for w in weights)
        if not default:
            for o, w in zip(options, weights):
                o["weight"] = round(max(-1.0, min(1.0, w)), 7)
        return {"type": self.name, "answer": answer}


class Single(Choice):
    name = "single"
    one_tap = True
    label = "one answer"
    tick = "the right one"

    def answer_shape(self, q):
        return None if isinstance(q.answer, str) else "a single-choice answer is one option id"

    def read(self, q, entry, form):
        v = one(form, "answer")
        if not v:
            raise AnswerError("Choose one of the options before you submit.")
        return {"option": entry["order"][index(v, len(entry["order"]), "option")]}

    def score(self, q, response):
        if not any(o.weight is not None for o in q.options):
            return all_or_nothing(response, response["option"] == q.answer)
        got = max(0.0, next((self.grade(q, o) for o in q.options if o.id == response["option"]), 0.0))
        return Marked(response, got >= FULL, round(min(got, 1.0), 4))

    def describe(self, q, response):
        return [o.text for o in q.options if o.id == response["option"]]

    def gift_mark(self, q, o, right):
        g = self.grade(q, o)
        if g >= FULL:
            return "="
        return f"~%{weight(g * 100)}%" if g != 0 else ("~%0%" if o.text.startswith("%") else "~")


class Multiple(Choice):
    name = "multiple"
    label = "several answers"
    multiple = True
    tick = "every right one"

    def answer_shape(self, q):
        if isinstance(q.answer, list) and q.answer:
            return None
        return "a multiple-answer answer is a non-empty list of option ids"

    def read(self, q, entry, form):
        vals = many(form, "answer")
        if not vals:
            raise AnswerError("Tick at least one option before you submit.")
        return {"options": sorted({entry["order"][index(v, len(entry["order"]), "option")] for v in vals})}

    def score(self, q, response):
        right, picked = set(q.answer), set(response["options"])
        if any(o.weight is not None for o in q.options):  # Moodle's sum of the ticked grades, 0..1
            got = sum(self.grade(q, o) for o in q.options if o.id in picked)
            return Marked(response, got >= FULL, round(max(0.0, min(1.0, got)), 4))
        frac = max(0.0, (len(picked & right) - len(picked - right)) / len(right))
        return Marked(response, picked == right, round(frac, 4))

    def describe(self, q, response):
        return [o.text for o in q.options if o.id in response["options"]]

    def gift_mark(self, q, o, right):
        return "~%" + weight(self.grade(q, o) * 100) + "%"
