"""Multiple choice: one right option (`single`) or several (`multiple`, with partial credit).

A multiple-answer question scores +1/n for each of its n right options ticked and -1/n for each
wrong one, floored at 0 — exactly what Moodle does with weights of +100/n and -100/n.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET

from ..exchange.gift_syntax import format_text, gift_answer, split_answers
from ..keys import fixed_order
from ..exchange.text import ExchangeError, ids, text_to_html, weight
from ..exchange.xml_syntax import answer_el, combined_feedback, find_text, fraction, text_el, xml_text
from ..numbers import same
from .base import (AnswerError, Marked, QuestionType, Shown, all_or_nothing, digits_in, index, many, one,
                   shuffled, uncited)

MAX_OPTIONS = 6  # option fields in the teacher's form


def blank_options(n: int = MAX_OPTIONS) -> list[dict]:
    return [{"text": "", "fact": "", "correct": False} for _ in range(n)]


class Choice(QuestionType):
    """What one-answer and several-answer questions share; `multiple` tells them apart."""

    multiple = False
    writable = True
    figure_use = "a right option"
    form_part = "teach/types/_options.html"
    exchange_label = "multiple choice (one or several right answers)"
    xml_name = "multichoice"

    def right(self, q) -> set[str]:
        return set(q.answer) if self.multiple else {q.answer}

    def wrong_figures(self, q, allowed):
        right = self.right(q)
        return "options", [n for o in q.options if o.id not in right for n in digits_in(o.text)]

    def answer_shape(self, q) -> str | None:
        """What is wrong with the answer's form (one id, or a list of ids), or None."""
        raise NotImplementedError

    @staticmethod
    def gift_mark(q, o, right: set[str]) -> str:
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
        return {"options": [{"text": one(f"option-{k}-text", 300).strip(), "fact": one(f"option-{k}-fact", 80),
                             "correct": str(k) in correct} for k in range(MAX_OPTIONS)]}

    def to_draft(self, q):
        right = q.answer if isinstance(q.answer, list) else [q.answer]
        opts = [{"text": o.text, "fact": o.fact or "", "correct": o.id in right} for o in q.options][:MAX_OPTIONS]
        return {"options": opts + blank_options(MAX_OPTIONS - len(opts))}

    def from_draft(self, d, data, problems):
        opts = [(k, o) for k, o in enumerate(d.options) if o["text"]]
        if len(opts) < 2:
            problems.append(("options", "Give at least two options."))
        right = [f"o{k}" for k, o in opts if o["correct"]]
        if not right:
            problems.append(("options", "Tick every right option." if self.multiple else "Tick the right option."))
        elif not self.multiple and len(right) > 1:
            problems.append(("options", "A one-answer question has exactly one right option: untick the others."))
        data["options"] = [{"id": f"o{k}", "text": o["text"], **({"fact": o["fact"]} if o["fact"] else {})}
                           for k, o in opts]
        data["answer"] = right if self.multiple else (right[0] if right else right)

    # --- exchange formats
    def gift_write(self, q):
        right = self.right(q)
        return q.prompt, "", [f"\t{self.gift_mark(q, o, right)}{gift_answer(o.text)}" for o in q.options]

    def gift_claims(self, answertext):  # one right answer is written =, several by %weight% only
        return "~" in answertext and not answertext.startswith("#") and ("=" in answertext) != self.multiple

    def gift_read(self, answertext, fields, at):
        answers = split_answers(answertext.replace("=", "~="), "~")
        if len(answers) < 2:
            raise at.error("a multiple-choice question needs at least two answers")
        options, weights = [], []
        for a in answers:
            if a.startswith("="):
                w, a = 1.0, a[1:]
            else:
                w, a = at.weight(a)
            atext = format_text(a.split("#", 1)[0], at.fmt)[0]
            if not atext:
                raise at.error("an answer is empty")
            options.append(atext)
            weights.append(w or 0.0)
        keys = ids(len(options))
        fields["options"] = [{"id": i, "text": t} for i, t in zip(keys, options)]
        fields.update(self._key(keys, weights, 1, at.error, (
            "mark one answer with = and the others with ~", "right answer (=)",
            "no answer earns credit: mark right answers with = or a positive %weight%")))

    def xml_write(self, q, el):
        right = self.right(q)
        ET.SubElement(el, "single").text = "false" if self.multiple else "true"
        ET.SubElement(el, "shuffleanswers").text = "true"
        ET.SubElement(el, "answernumbering").text = "abc"
        ET.SubElement(el, "showstandardinstruction").text = "0"
        combined_feedback(el)
        for o in q.options:
            frac = (100 if o.id in right else -100) / len(right) if self.multiple else (100 if o.id in right else 0)
            text_el(answer_el(el, text_to_html(o.text), weight(frac)), "feedback", "")

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
            options.append(atext)
            fracs.append(fraction(a, label))
        keys = ids(len(answers))
        fields["options"] = [{"id": i, "text": t} for i, t in zip(keys, options)]
        fields.update(self._key(keys, fracs, 99.99, lambda m: ExchangeError(m, question=label), (
            "give one answer 100% and the others 0%", "answer worth 100%", "no answer earns credit")))

    def _key(self, keys: list[str], weights: list[float], full: float, error, words) -> dict:
        """The type and answer of an imported choice question from its answers' weights (`full` or more:
        full credit; GIFT weighs 0..1, Moodle XML 0..100)."""
        how, right_word, none_right = words
        if not self.multiple:
            if any(0 < w < full for w in weights):
                raise error(f"partial credit on a single-answer question is not supported: {how}")
            right = [i for i, w in zip(keys, weights) if w >= full]
            if len(right) != 1:
                raise error(f"a single-answer question needs exactly one {right_word}, found {len(right)}")
            return {"type": self.name, "answer": right[0]}
        right = [i for i, w in zip(keys, weights) if w > 0]
        if not right:
            raise error(none_right)
        return {"type": self.name, "answer": right}


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
        return all_or_nothing(response, response["option"] == q.answer)

    def describe(self, q, response):
        return [o.text for o in q.options if o.id == response["option"]]

    @staticmethod
    def gift_mark(q, o, right):
        return "=" if o.id in right else ("~%0%" if o.text.startswith("%") else "~")


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
        frac = max(0.0, (len(picked & right) - len(picked - right)) / len(right))
        return Marked(response, picked == right, round(frac, 4))

    def describe(self, q, response):
        return [o.text for o in q.options if o.id in response["options"]]

    @staticmethod
    def gift_mark(q, o, right):
        return "~%" + weight((100 if o.id in right else -100) / len(right)) + "%"
