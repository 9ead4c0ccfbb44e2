"""What every question type answers: the hooks the quiz, the bank checks, the teacher's form, the
bank export and the exchange formats ask (`QuestionType`), and the small helpers they share.

No Flask here. A type is one instance of a `QuestionType` subclass registered in `qtypes/__init__.py`;
its templates are `quiz/types/_<name>.html` (the student's form) and, when teachers tie imported rows
to figures, `teach/types/_<name>_rows.html`.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Mapping

from ..numbers import evaluate_formula, same, whole_number

if TYPE_CHECKING:  # only for annotations: schemas asks the registry, so it cannot be imported here
    from ..facts import Store
    from ..schemas import Question

MAX_RESPONSE = 200  # characters in one typed answer; longer is refused with a message
DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
Problems = list[tuple[str, str]]  # (field, message)
ROW_WORDS = {2: "two", 3: "three"}  # the least rows an ordering or matching needs, in words
MAX_ROWS = 12  # imported rows (ordering items, matching pairs) the teacher's form carries


class AnswerError(ValueError):
    """What the student sent can't be read as an answer; the message says what to fix."""


class CannotWrite(Exception):
    """A format has no way to carry this question; the message says why (the export lists it)."""


@dataclass(frozen=True)
class Shown:
    """A question as it is sent before answering: no ids that reveal the key, no facts, no answer."""

    type: str
    prompt: str
    choices: list[tuple[str, str]]  # (value the form posts, text)
    rows: list[tuple[str, str]]  # ordering items / matching left sides: (field key, text)
    unit: str | None


@dataclass(frozen=True)
class Marked:
    """A response with its mark."""

    response: dict  # what the student chose, in the question's own ids (stored)
    correct: bool
    score: float  # 0..1, partial credit for multiple / ordering / matching


def feedback_for(q: "Question", response: dict, correct: bool, score: float) -> list[str]:
    """Everything a question's author wrote for this answer: the chosen answer's own feedback, then the
    feedback for a right, partly right or wrong answer (issue 16: imported from Moodle files)."""
    from . import get  # the registry imports this module
    whole = q.right_feedback if correct else q.partial_feedback if score > 0 else q.wrong_feedback
    if whole is None and score > 0 and not correct:
        whole = q.wrong_feedback
    return [*get(q.type).answer_feedback(q, response), *([whole] if whole else [])]


def all_or_nothing(response: dict, ok: bool) -> Marked:
    return Marked(response, ok, 1.0 if ok else 0.0)


# --- reading a posted form -------------------------------------------------------------------------

def one(form: Mapping, key: str) -> str:
    v = form.get(key)
    if isinstance(v, list):
        v = v[0] if v else None
    return (v or "").strip() if isinstance(v, str) else ""


def many(form: Mapping, key: str) -> list[str]:
    getlist = getattr(form, "getlist", None)
    vals = getlist(key) if getlist else form.get(key, [])
    if isinstance(vals, str):
        vals = [vals]
    return [v.strip() for v in vals if isinstance(v, str) and v.strip()]


def index(value: str, n: int, what: str) -> int:
    k = whole_number(value, 4)
    if k is None or k >= n:
        raise AnswerError(f"That {what} is not one of the choices: pick one from the list.")
    return k


def shuffled(ids: list[str], rng: random.Random) -> list[str]:
    out = list(ids)
    rng.shuffle(out)
    return out


# --- the figures a question may state (bank checks) -----------------------------------------------

def digits_in(text: str) -> list[float]:
    return [float(m.group(0).replace(",", "")) for m in DIGITS.finditer(text)]


def cited_numbers(fact_ids: list[str], store: "Store") -> list[float]:
    """The numbers questions citing these facts may state: their figures (and a computed figure's inputs)."""
    out: list[float] = []
    for fid in fact_ids:
        f = store.facts.get(fid)
        for g in (f.figures if f is not None else []):
            out += g.numbers
            if g.derived and g.formula:
                try:
                    out += evaluate_formula(g.formula)[1]
                except ValueError:
                    pass
    return out


def resolve_figure(ref: str, q: "Question", store: "Store") -> tuple[Any, Any] | str:
    """The (fact, figure) a row's figure reference names, or what is wrong with the reference."""
    from ..schemas import FigureRef  # schemas asks this package for the types: import it late
    try:
        r = FigureRef.parse(ref)
    except Exception:
        return f"{ref!r} is not a figure reference (write fact-id or fact-id.N)"
    if r.fact not in store.facts:
        return f"{ref!r} names an unknown fact"
    if r.fact not in q.fact_ids:
        return f"{ref!r} is not one of the question's fact_ids"
    f = store.facts[r.fact]
    if r.index > len(f.figures):
        return f"{ref!r}: fact {r.fact!r} has only {len(f.figures)} figure(s)"
    return f, f.figures[r.index - 1]


def read_rows(one: Any) -> list[dict]:
    """The imported rows the teacher's form posts back, each with the figure it is tied to."""
    rows = []
    for k in range(MAX_ROWS):
        rid = one(f"row-{k}-id", 8)
        if rid:
            rows.append({"id": rid, "text": one(f"row-{k}-text", 300).strip(),
                         "left": one(f"row-{k}-left", 300).strip(), "right": one(f"row-{k}-right", 300).strip(),
                         "figure": one(f"row-{k}-figure", 90)})
    return rows


def tie_rows(d: Any, key: str, problems: Problems) -> None:
    """An imported ordering's or matching's rows must each be tied to a figure in the form."""
    for r in d.rows:
        if not r["figure"]:
            problems.append((key, f"Tie row {r['id']} to the figure it stands for."))


def uncited(text: str, allowed: list[float]) -> list[str]:
    """The numbers `text` writes in digits that are none of `allowed`."""
    return [f"{n:g}" for n in digits_in(text) if not any(same(n, a) for a in allowed)]


@dataclass(frozen=True)
class Ties:
    """What a question's per-type check needs to know about its cited facts."""

    store: "Store"
    facts: list  # the cited Fact objects, in the question's order
    allowed: list[float]  # every number the question may state


# --- the type itself -------------------------------------------------------------------------------

class QuestionType:
    """One kind of question. Subclasses fill in every hook; `tests/test_qtypes.py` checks they do."""

    name: str = ""
    label: str = ""  # how teachers see the type, e.g. "one answer"
    writable: bool = False  # teachers write it from scratch in the question form
    rowed: bool = False  # it comes in by import with rows the teacher ties to figures
    form_part: str | None = None  # teach/types/ partial with the form fields of a writable type
    exchange_label: str = ""  # how import messages name it ("true/false")
    xml_name: str = ""  # Moodle XML question type
    xml_penalty: str = "0.3333333"
    xml_requires: str | None = None  # a Moodle version or plugin the XML needs, if any
    prompt_label = "Question"  # what the teacher's form calls the prompt
    figure_use: str | None = None  # what a chosen fact's figure can become ("the right answer"), if anything
    figure_use_needs_number = False  # only a figure with a value ("13%", not "hundreds") can become it
    tick = ""  # what the teacher ticks among the options, for types that have them
    one_tap = False  # in live mode one tap on an option answers (no separate Send button)
    gift_feedback = False  # its GIFT syntax carries the right / wrong feedback (true/false, numerical)

    HOOKS = ("layout", "unshuffled", "shown", "read", "score", "right_answer", "describe", "shape", "check",
             "prompt_is_checked", "wrong_figures", "typed_answer", "answer_feedback", "tally_label", "choices", "payload", "read_form", "to_draft", "from_draft", "gift_write", "gift_claims", "gift_read",
             "xml_write", "xml_claims", "xml_read")

    def layout(self, q: "Question", rng: random.Random) -> dict:
        """The attempt's shuffles for the question (added to its layout entry)."""
        return {}

    def unshuffled(self, q: "Question", entry: dict) -> dict:
        """The layout entry in the author's order, where showing that order gives nothing away."""
        return entry

    def shown(self, q: "Question", entry: dict) -> Shown:
        raise NotImplementedError

    def read(self, q: "Question", entry: dict, form: Mapping) -> dict:
        """The posted form as a response in the question's own ids; AnswerError when unreadable."""
        raise NotImplementedError

    def score(self, q: "Question", response: dict) -> Marked:
        raise NotImplementedError

    def right_answer(self, q: "Question") -> list[str]:
        """The right answer in words, one line per part."""
        raise NotImplementedError

    def describe(self, q: "Question", response: dict) -> list[str]:
        """What the student answered, in words."""
        raise NotImplementedError

    def answer_feedback(self, q: "Question", response: dict) -> list[str]:
        """The feedback the file gave the answer the student chose (per option, per numeric answer);
        the right / partly right / wrong feedback of the whole question is added by `feedback_for`."""
        return []

    def explanation(self, q: "Question", store: Any) -> str:
        """The explanation a student reads after the answer (markup: `{{fact}}`, `[[fact|words]]`)."""
        return q.explanation

    def tally_label(self, q: "Question", response: dict) -> str:
        """How the results page groups this response with others of the same kind."""
        return " | ".join(self.describe(q, response))

    def choices(self, q: "Question", responses: list[dict]) -> list[tuple] | None:
        """For a type whose answers are a fixed set (options, true / false): each possible answer with
        how many of `responses` gave it (a zero included), whether it is right and (optionally) whether it
        earns part of the mark: results.Choice's fields. None for typed
        answers, which the results page tallies by `tally_label`."""
        return None

    def shape(self, q: Any, min_rows: int, tied: bool) -> str | None:
        """What makes the question's shape unusable for this type (schemas.shape_problem), or None."""
        raise NotImplementedError

    def prompt_is_checked(self, q: "Question") -> bool:
        """Whether every number the prompt states must be a cited figure."""
        return True

    def check(self, q: "Question", ties: Ties) -> Problems:
        """This type's ties-to-facts rules (bank.check_question)."""
        raise NotImplementedError

    def wrong_figures(self, q: "Question", allowed: list[float]) -> tuple[str, list[float]]:
        """(the field they are in, the numbers the question offers as wrong answers): what the
        framing rules check for a give-away (a true figure times or divided by ten)."""
        return "options", []

    def typed_answer(self, q: "Question") -> float | None:
        """The number a student types as the answer, for types that ask for one."""
        return None

    def payload(self, q: "Question") -> dict:
        """What the bank export (bank.export_payload) writes for this type beyond the common keys."""
        return {}

    def read_form(self, one: Any, many: Any) -> dict:
        """This type's fields of the posted question form (authoring.Draft), read with `one(key, max
        length)` and `many(key)`; a field that is not one of Draft's lands in its `extra`."""
        return {}

    def to_draft(self, q: Any) -> dict:
        """This type's fields of the question form (authoring.Draft), from a stored question."""
        raise NotImplementedError

    def from_draft(self, d: Any, data: dict, problems: Problems) -> None:
        """Fill `data` (a Question's fields) from the form `d`, adding what is missing to `problems`."""
        raise NotImplementedError

    def gift_write(self, q: "Question") -> tuple[str, str, list[str]]:
        """GIFT: (prompt, text right after '{', answer lines); CannotWrite when GIFT can't carry it."""
        raise NotImplementedError

    def gift_claims(self, answertext: str) -> bool:
        """Whether a GIFT answer block {...} is this type's syntax (no two types claim one block)."""
        return False

    def gift_read(self, answertext: str, fields: dict, at: Any) -> None:
        """Fill the draft's `fields` from the GIFT answer block; ExchangeError (located by `at`)."""
        raise NotImplementedError

    def xml_write(self, q: "Question", el: Any) -> None:
        """Add the type's elements to a Moodle XML <question>."""
        raise NotImplementedError

    def xml_claims(self, q: Any) -> bool:
        """Whether a Moodle XML <question> is this type (no two types claim one question)."""
        return bool(self.xml_name) and q.get("type", "") == self.xml_name

    def xml_read(self, q: Any, fields: dict, label: str) -> None:
        """Fill the draft's `fields` from a Moodle XML <question> of type `xml_name`."""
        raise NotImplementedError
