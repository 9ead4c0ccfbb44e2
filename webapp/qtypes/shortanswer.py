"""Short answer: the student types a word, a name or a figure; it is marked against accepted answers.

Read as Moodle's short-answer type reads them (question/type/shortanswer): the typed answer and each
accepted answer are put in Unicode form C, the typed answer is trimmed (spaces, tabs, line ends; not
the spaces inside it), and the first accepted answer that matches the whole of it gives its grade.
`*` stands for any run of characters (several stars are one), `\\*` is a literal star; letters are
compared without case unless the question is case-sensitive (Moodle's `usecase`).

Tied to facts (`check`): an answer worth the full mark is stated in a cited fact — its words are a run
of the fact's statement, or it writes one of the fact's figures; an answer worth part of the mark
states no number the cited facts don't carry; and a wildcard never stands in an answer that writes a
number, where it could accept a wrong figure (83* accepts 839); and feedback states only cited figures.
"""
from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET

from ..exchange.gift_syntax import GIFT_FORMATS, gift_answer, gift_escape, split_answers, unescape
from ..exchange.text import ExchangeError, clean, note, text_to_html, weight
from ..exchange.xml_syntax import answer_el, find_text, fraction, text_el, xml_text
from ..numbers import same
from .base import MAX_RESPONSE, AnswerError, CannotWrite, Marked, QuestionType, Shown, digits_in, uncited

MAX_ACCEPTED = 8  # accepted-answer rows in the teacher's form
TRIM = " \t\n\r\0\x0b"  # what PHP's trim() takes off, as Moodle's comparison does
WILDCARD = re.compile(r"(?<!\\)\*+")
WORD = re.compile(r"[^\W_]+(?:[.,'’][^\W_]+)*")
GRADES = (100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571,
          12.5, 11.11111, 10, 5, 0)  # Moodle's grade choices, in percent
TF_WORDS = ("T", "TRUE", "F", "FALSE")
FORMAT_MARK = re.compile(r"^\[(?:%s)\]" % "|".join(GIFT_FORMATS))  # Moodle drops it from an answer's text


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def pieces(text: str) -> list[str]:
    """The literal parts of an accepted answer between its wildcards, with \\* read as a star."""
    return [p.replace("\\*", "*") for p in WILDCARD.split(_nfc(text))]


def matches(accepted: str, typed: str, case_sensitive: bool) -> bool:
    """Whether `typed` matches the accepted answer, wildcards and all, as Moodle compares them."""
    rx = ".*".join(re.escape(p) for p in pieces(accepted))
    return re.fullmatch(rx, _nfc(typed).strip(TRIM), 0 if case_sensitive else re.IGNORECASE) is not None


def shown_answer(text: str) -> str:
    """An accepted answer as the student reads it: each star a space (Moodle's clean_response)."""
    return " ".join(p.replace("\\*", "*") for p in re.split(r"(?<!\\)\*", text)).strip(TRIM)


def first_match(q, typed: str):
    """The first accepted answer that matches what was typed (Moodle's order), or None."""
    return next((a for a in q.accepted if matches(a.text, typed, q.case_sensitive)), None)


def normalised(q, typed: str) -> str:
    """What was typed, as the marking sees it: form C, trimmed, and lower case unless case counts."""
    t = _nfc(typed).strip(TRIM)
    return t if q.case_sensitive else t.lower()


def _percent(grade: float) -> str:
    return weight(grade * 100) + "%"


def _grade(percent: float) -> float:
    return round(percent / 100, 7)


# --- stated in a fact ------------------------------------------------------------------------------

def _words(text: str) -> list[str]:
    return WORD.findall(_nfc(text).casefold())


def _run_in(part: list[str], words: list[str], open_start: bool, open_end: bool) -> bool:
    """Whether `part` is a run of `words`; a piece's first word may end one of them when a wildcard
    stands before it, its last word may begin one when a wildcard follows."""
    n = len(part)
    for i in range(len(words) - n + 1):
        ok = True
        for k, w in enumerate(part):
            have = words[i + k]
            if not (w == have or (k == 0 and open_start and have.endswith(w))
                    or (k == n - 1 and open_end and have.startswith(w))):
                ok = False
                break
        if ok:
            return True
    return False


def _said_by(text: str, fact) -> bool:
    """Every literal piece of the answer is a run of words of the fact's statement."""
    ps = pieces(text)
    words = _words(fact.statement)
    for k, p in enumerate(ps):
        part = _words(p)
        if part and not _run_in(part, words, k > 0, k < len(ps) - 1):
            return False
    return True


def _figure_of(text: str, fact) -> bool:
    """The answer writes numbers of one figure of the fact, and its other words are that figure's or
    the statement's (e.g. "83%", "83 percent")."""
    nums = digits_in(text)
    if not nums:
        return False
    others = [w for w in _words(text) if not any(c.isdigit() for c in w)]
    for g in fact.figures:
        if all(any(same(n, v) for v in g.numbers) for n in nums):
            vocab = set(_words(" ".join([fact.statement, g.text or "", g.unit, g.qualifier])))
            if all(w in vocab for w in others):
                return True
    return False


def stated(text: str, facts) -> bool:
    return any(_said_by(text, f) or _figure_of(text, f) for f in facts)


def _check_answer(k: int, a, ties) -> list[tuple[str, str]]:
    field = f"accepted.{k + 1}"
    if a.feedback and (bad := uncited(a.feedback, ties.allowed)):
        return [(field, f"the feedback states {', '.join(bad)}, which no cited fact carries")]
    if a.grade == 0:
        return []  # an anticipated wrong answer, there for its feedback
    if not any(_words(p) for p in pieces(a.text)):
        return [(field, f"{a.text!r} earns credit for anything typed: give the words it accepts")]
    if len(pieces(a.text)) > 1 and digits_in(a.text):
        return [(field, f"{a.text!r} writes a number next to a wildcard, which could accept a wrong figure: "
                        "write the figure without *")]
    if a.grade < 1:
        bad = uncited(a.text, ties.allowed)
        return [(field, f"{a.text!r} earns credit for {', '.join(bad)}, which no cited fact carries")] if bad else []
    if not stated(a.text, ties.facts):
        return [(field, f"{a.text!r} earns the full mark but no cited fact states it: use the fact's own "
                        "words (a run of its statement) or one of its figures")]
    return []


def _one_of_each(fields: dict, accepted: list[dict], case_sensitive: bool) -> list[dict]:
    """Accepted answers that read the same as an earlier one (Moodle compares them without case unless
    usecase) can never match: keep the first, and say so in the import report."""
    out, seen = [], set()
    for a in accepted:
        key = _nfc(a["text"]) if case_sensitive else _nfc(a["text"]).lower()
        if key in seen:
            note(fields, "changed", f"the accepted answer {a['text']!r} reads the same as an earlier one"
                 + ("" if case_sensitive else " (capital letters do not count)") + ": kept the first")
            continue
        seen.add(key)
        out.append(a)
    return out


class ShortAnswer(QuestionType):
    name = "shortanswer"
    label = "short answer"
    writable = True
    figure_use = "an accepted answer"
    figure_use_needs_number = True  # the accepted answer is the figure's number, written out
    form_part = "teach/types/_shortanswer.html"
    exchange_label = "short answer"
    xml_name = "shortanswer"

    # --- the quiz
    def shown(self, q, entry):
        return Shown(q.type, q.prompt, [], [], None)

    def read(self, q, entry, form):
        raw = form.get("answer")
        raw = raw[0] if isinstance(raw, list) and raw else raw
        raw = raw if isinstance(raw, str) else ""
        if len(raw) > MAX_RESPONSE:
            raise AnswerError(f"That answer is too long: type at most {MAX_RESPONSE} characters.")
        typed = raw.strip(TRIM)
        if not typed:
            raise AnswerError("Type your answer before you submit.")
        return {"typed": typed}

    def score(self, q, response):
        hit = first_match(q, response["typed"])
        grade = hit.grade if hit else 0.0
        return Marked(response, grade >= 1, round(grade, 7))

    def right_answer(self, q):
        # the answers worth the full mark, stars read as spaces (Moodle shows the first one)
        full = list(dict.fromkeys(shown_answer(a.text) for a in q.accepted if a.grade >= 1))
        return full[:1] + (["Also right: " + ", ".join(full[1:])] if len(full) > 1 else [])

    def describe(self, q, response):
        return [response["typed"]]

    def answer_feedback(self, q, response):
        hit = first_match(q, response["typed"])
        return [hit.feedback] if hit and hit.feedback else []

    def tally_label(self, q, response):
        typed = normalised(q, response["typed"])
        mark = self.score(q, response).score
        return typed if mark in (0, 1) else f"{typed} ({_percent(mark)} of the mark)"

    # --- the bank
    def shape(self, q, min_rows, tied):
        if not q.accepted:
            return "a short-answer question needs at least one accepted answer (accepted:)"
        if not any(a.grade >= 1 for a in q.accepted):
            return "a short-answer question needs an accepted answer worth the full mark (grade: 1)"
        seen = [_nfc(a.text) if q.case_sensitive else _nfc(a.text).lower() for a in q.accepted]
        if len(set(seen)) != len(seen):
            return "two accepted answers have the same text"
        catch_all = next((k for k, a in enumerate(q.accepted) if not any(_words(p) for p in pieces(a.text))), None)
        if catch_all is not None and catch_all < len(q.accepted) - 1:
            return "an answer after a lone * can never match: put the * answer last"
        return None

    def check(self, q, ties):
        return [p for k, a in enumerate(q.accepted) for p in _check_answer(k, a, ties)]

    def wrong_figures(self, q, allowed):
        return "accepted", [n for a in q.accepted if a.grade == 0 for n in digits_in(a.text)]

    def payload(self, q):
        return {"accepted": [a.model_dump(mode="json", exclude_none=True) for a in q.accepted],
                "case_sensitive": q.case_sensitive}

    # --- the teacher's form
    def read_form(self, one, many):
        rows = [{"text": one(f"accepted-{k}-text", 300).strip(), "grade": one(f"accepted-{k}-grade", 12).strip(),
                 "feedback": one(f"accepted-{k}-feedback", 1000).strip()} for k in range(MAX_ACCEPTED)]
        return {"accepted": rows, "case_sensitive": one("case_sensitive", 5) == "on"}

    def to_draft(self, q):
        rows = [{"text": a.text, "grade": weight(a.grade * 100), "feedback": a.feedback or ""}
                for a in q.accepted][:MAX_ACCEPTED]
        blank = {"text": "", "grade": "100", "feedback": ""}
        return {"accepted": rows + [dict(blank) for _ in range(MAX_ACCEPTED - len(rows))],
                "case_sensitive": bool(q.case_sensitive)}

    def from_draft(self, d, data, problems):
        accepted = []
        for k, r in enumerate(d.accepted):
            if not r["text"]:
                if r["feedback"]:
                    problems.append(("accepted", f"Answer {k + 1}: feedback belongs to an answer; write the answer it is for."))
                continue
            try:
                pct = float(r["grade"] or "100")
            except ValueError:
                pct = -1.0
            if not 0 <= pct <= 100:
                problems.append(("accepted", f"Answer {k + 1}: give it a grade from 0% to 100%."))
                continue
            accepted.append({"text": r["text"], "grade": _grade(pct), **({"feedback": r["feedback"]} if r["feedback"] else {})})
        if not accepted:
            problems.append(("accepted", "Give at least one answer the student may type."))
        elif not any(a["grade"] >= 1 for a in accepted):
            problems.append(("accepted", "Give at least one answer the full mark (100%)."))
        data.update(accepted=accepted, case_sensitive=bool(d.case_sensitive), answer=None)

    # --- exchange formats: GIFT writes each answer as Moodle does, =%100%text#feedback
    def gift_write(self, q):
        if q.case_sensitive:
            raise CannotWrite("GIFT cannot say a short answer is case-sensitive; use the Moodle XML export")
        if any("->" in a.text for a in q.accepted):
            raise CannotWrite("an accepted answer contains '->', which GIFT reads as a matching question")
        lines = [f"\t=%{weight(a.grade * 100)}%{gift_answer(a.text)}"
                 + (f"#{gift_escape(a.feedback)}" if a.feedback else "") for a in q.accepted]
        return q.prompt, "", lines

    def gift_claims(self, answertext):
        # what Moodle's reader takes for short answer: no other type's mark, and not a true/false word
        if not answertext or answertext.lstrip().startswith(("#", ">")) or "~" in answertext:
            return False  # '>' opens core Moodle's ordering syntax
        if "=" in answertext and "->" in answertext:
            return False
        return answertext.split("#", 1)[0].strip() not in TF_WORDS

    def gift_read(self, answertext, fields, at):
        accepted = []
        for a in split_answers(answertext, "="):
            w, a = at.weight(a)
            text, _, feedback = a.partition("#")
            text = FORMAT_MARK.sub("", unescape(text).strip()).strip()
            if not text:
                raise at.error("a short answer is empty: write the text after =")
            if w is not None and w < 0:
                raise at.error(f"the short answer {text!r} has a negative grade: grades run from 0% to 100%")
            accepted.append({"text": text, "grade": round(1.0 if w is None else w, 7),
                             **({"feedback": unescape(feedback).strip()} if feedback.strip() else {})})
        if not any(a["grade"] >= 1 for a in accepted):
            raise at.error("no short answer earns full credit: mark one =%100% (or leave out the weight)")
        fields.update(type=self.name, accepted=_one_of_each(fields, accepted, False))

    def xml_write(self, q, el):
        ET.SubElement(el, "usecase").text = "1" if q.case_sensitive else "0"
        for a in q.accepted:
            ans = answer_el(el, clean(a.text), weight(a.grade * 100), "moodle_auto_format")
            text_el(ans, "feedback", text_to_html(a.feedback) if a.feedback else "")

    def xml_read(self, q, fields, label):
        accepted = []
        for a in q.findall("answer"):
            text = find_text(a).strip(TRIM)
            frac = fraction(a, label)
            if not text:
                continue  # Moodle's form leaves blank answer rows out
            if not 0 <= frac <= 100:
                raise ExchangeError(f"the short answer {text!r} has fraction {frac:g}: grades run from 0 to 100",
                                    question=label)
            feedback = xml_text(a.find("feedback"))
            accepted.append({"text": text, "grade": _grade(frac), **({"feedback": feedback} if feedback else {})})
        if not any(a["grade"] >= 1 for a in accepted):
            raise ExchangeError("no short answer is worth 100%", question=label)
        usecase = (q.findtext("usecase") or "0").strip().lower() in ("1", "true")
        fields.update(type=self.name, accepted=_one_of_each(fields, accepted, usecase), case_sensitive=usecase)
