"""Quizzes: draw questions, lay them out for one attempt, read and score what a student submits.

No Flask here. A quiz is fixed by its scope, length and seed: `draw` gives the same questions in
the same order, with the same shuffles, for the same seed — so an attempt can be rebuilt and a
quiz re-drawn. What the browser sees of a question is a `Shown` view that carries no answer key:
options, items and matching choices are named by their *position* in this attempt's shuffle.
What differs by question type is asked of the type's entry in `qtypes`.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Mapping

from . import qtypes
from .bank import Bank
from .facts import Store
from .qtypes.base import MAX_RESPONSE, AnswerError, Marked, Shown, feedback_for
from .schemas import Question

__all__ = ["LENGTHS", "MAX_RESPONSE", "AnswerError", "Marked", "Shown", "QuizScope", "pool", "draw", "layout",
           "shown", "read_answer", "score", "right_answer", "describe_response", "feedback_for", "tally_label",
           "topic_title"]

LENGTHS = (5, 10, 20)


def topic_title(slug: str, store: Store) -> str:
    """A topic tag as a reader sees it: the title of the module of that name, else its words, capitalised."""
    module = store.modules.get(slug)
    return module.title if module else slug.replace("-", " ").capitalize()


@dataclass(frozen=True)
class QuizScope:
    """Which questions a quiz draws from: every module's, one module's or one topic's."""

    kind: str  # "mixed" | "module" | "topic"
    value: str = ""

    def describe(self, store: Store) -> str:
        if self.kind == "module":
            return store.modules[self.value].title
        if self.kind == "topic":
            return f"Topic: {topic_title(self.value, store)}"
        if self.kind == "source" and self.value in store.sources:
            return f"Article: {store.sources[self.value].title}"
        return "Mixed questions from every module"

    @classmethod
    def parse(cls, text: str, store: Store, bank: Bank) -> "QuizScope":
        """'mixed', 'module:<id>' or 'topic:<slug>'; raises AnswerError for anything else."""
        kind, _, value = (text or "mixed").partition(":")
        if kind == "mixed" and not value:
            return cls("mixed")
        if kind == "module" and value in store.modules:
            return cls("module", value)
        if kind == "topic" and value in bank.topics:
            return cls("topic", value)
        if kind == "source" and value in store.sources:  # one article's questions (issue 20)
            return cls("source", value)
        raise AnswerError("Choose a module, a topic or mixed questions from the list.")

    def __str__(self) -> str:
        return self.kind if self.kind == "mixed" else f"{self.kind}:{self.value}"


def pool(bank: Bank, store: Store, scope: QuizScope) -> list[Question]:
    if scope.kind == "module":
        return bank.for_module(store, scope.value)
    if scope.kind == "topic":
        return bank.for_topic(scope.value)
    if scope.kind == "source":
        return [q for q in bank.questions.values()
                if any(c.source_id == scope.value for f in q.fact_ids if f in store.facts for c in store.facts[f].citations)]
    return list(bank.questions.values())


def draw(bank: Bank, store: Store, scope: QuizScope, length: int, seed: int) -> list[dict]:
    """The questions of one quiz with their layout: [{"q": id, "order": [...], "right": [...]}].

    Authored questions come first in the draw (they are the richer ones); generated questions fill
    a quiz when a scope has too few authored ones."""
    rng = random.Random(seed)
    candidates = pool(bank, store, scope)
    authored = [q for q in candidates if q.origin == "authored"]
    generated = [q for q in candidates if q.origin == "generated"]
    rng.shuffle(authored)
    rng.shuffle(generated)
    chosen = (authored + generated)[:length]
    rng.shuffle(chosen)
    return [layout(q, rng) for q in chosen]


def layout(q: Question, rng: random.Random, shuffle_options: bool = True) -> dict:
    """How one question is shown in one attempt: shuffled option / item / right-side order.

    `shuffle_options=False` gives one fixed order for everyone where that gives nothing away (a
    choice's options, never in the written order; never an ordering's items or a matching's sides). The shuffle is drawn either way, so
    the questions after it are laid out the same."""
    qtype = qtypes.get(q.type)
    entry = {"q": q.id, **qtype.layout(q, rng)}
    return entry if shuffle_options else qtype.unshuffled(q, entry)


# --- what the browser sees, what the student answered, and the key: each type's own ---------------

def shown(q: Question, entry: dict) -> Shown:
    return qtypes.get(q.type).shown(q, entry)


def read_answer(q: Question, entry: dict, form: Mapping) -> dict:
    """Turn the posted form into a response in the question's own ids; AnswerError when unreadable."""
    return qtypes.get(q.type).read(q, entry, form)


def score(q: Question, response: dict) -> Marked:
    return qtypes.get(q.type).score(q, response)


def right_answer(q: Question) -> list[str]:
    """The right answer in words, one line per part."""
    return qtypes.get(q.type).right_answer(q)


def explanation_text(q: Question, store: Store) -> str:
    """The explanation a student reads after the answer, as its type builds it (markup, cited)."""
    return qtypes.get(q.type).explanation(q, store)


def describe_response(q: Question, response: dict) -> list[str]:
    """What the student answered, in words."""
    return qtypes.get(q.type).describe(q, response)


def tally_label(q: Question, response: dict) -> str:
    """The response as the results page counts it (typed answers grouped as they are marked)."""
    return qtypes.get(q.type).tally_label(q, response)
