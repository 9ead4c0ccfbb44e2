"""Matching: pair each figure (left) with what it counts (right); partial credit per pair.

Teachers don't write these in the form: they come in by import, and the teacher ties each pair to
the figure its left side states. Extra wrong answers (Moodle's distractors: GIFT `= -> Cat`, an XML
subquestion without text) are kept in `distractors` and offered among the right sides.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..exchange.gift_syntax import format_text, gift_answer, gift_escape, split_answers, unescape
from ..exchange.text import ExchangeError, clean, ids, text_to_html
from ..exchange.xml_syntax import combined_feedback, find_text, text_el, xml_text
from ..content_rules import is_self_claimant
from ..phrases import and_list
from .base import (ROW_WORDS, AnswerError, CannotWrite, Marked, QuestionType, Shown, digits_in, index, one,
                   read_rows, resolve_figure, shuffled, tie_rows, uncited)


class Matching(QuestionType):
    name = "matching"
    label = "matching"
    rowed = True
    exchange_label = "matching"
    xml_name = "matching"

    # --- the quiz
    def layout(self, q, rng):
        right = shuffled([p.id for p in q.pairs] + _distractor_ids(q), rng)
        return {"order": shuffled([p.id for p in q.pairs], rng), "right": right}

    def shown(self, q, entry):
        by_id = {p.id: p for p in q.pairs}
        rows = [(str(k), by_id[pid].left) for k, pid in enumerate(entry["order"])]
        rights = _rights(q)
        choices = [(str(k), rights[rid]) for k, rid in enumerate(entry["right"]) if rid in rights]
        return Shown(q.type, q.prompt, choices, rows, None)

    def read(self, q, entry, form):
        pairs: dict[str, str] = {}
        for k, pid in enumerate(entry["order"]):
            v = one(form, f"match-{k}")
            if not v:
                raise AnswerError("Match every figure with what it counts before you submit.")
            pairs[pid] = entry["right"][index(v, len(entry["right"]), "choice")]
        if len(set(pairs.values())) != len(pairs):
            raise AnswerError("Use each description once: two figures were matched to the same one.")
        return {"pairs": pairs}

    def score(self, q, response):
        hits = sum(response["pairs"].get(p.id) == p.id for p in q.pairs)
        return Marked(response, hits == len(q.pairs), round(hits / len(q.pairs), 4))

    def right_answer(self, q):
        return [f"{p.left} — {p.right}" for p in q.pairs]

    def describe(self, q, response):
        left = {p.id: p.left for p in q.pairs}
        right = _rights(q)
        return [f"{left[a]} — {right.get(b, '?')}" for a, b in response["pairs"].items()]

    def explanation(self, q, store):
        """A sentence built from the pairs' facts, each figure cited ("The news report gives 76% for contract
        soldiers, only 19% for mobilised men and 5% for conscripts."), then the author's explanation unless
        it only points at those facts ("See [[a|contract]], [[b|mobilised]] and [[c|conscripts]].")."""
        by_source: dict[str, dict[str, list[str]]] = {}  # outlet -> body it credits ("" none) -> "{{figure}} for what"
        for p in q.pairs:
            if p.figure:
                by_source.setdefault(_sources_of(p.figure, store), {}).setdefault(_credited(p.figure, store), []).append(
                    f"{{{{{p.figure}}}}} for {p.right.strip().rstrip('.')}")
        if not by_source:
            return q.explanation
        said = "; ".join(f"{who} give{'s' if ' and ' not in who else ''} " + ", and ".join(
            and_list(parts) + (f" ({'a figure' if len(parts) == 1 else 'figures'} it credits to {body})" if body else "")
            for body, parts in groups.items()) for who, groups in by_source.items())
        lead = f"{said[0].upper()}{said[1:]}."
        return lead if _only_points(q.explanation) else f"{lead} {q.explanation}".strip()

    # --- the bank
    def shape(self, q, min_rows, tied):
        if len(q.pairs) < min_rows:
            return f"a matching question needs at least {ROW_WORDS[min_rows]} pairs"
        if len({p.id for p in q.pairs}) != len(q.pairs):
            return "pair ids must be unique"
        return None

    def check(self, q, ties):
        out = []
        lefts = [p.left.strip().lower() for p in q.pairs]
        rights = [p.right.strip().lower() for p in q.pairs]
        if len(set(lefts)) != len(lefts) or len(set(rights)) != len(rights):
            out.append(("pairs", "each side of a matching question needs distinct texts"))
        for p in q.pairs:
            r = resolve_figure(p.figure, q, ties.store)
            if isinstance(r, str):
                out.append((f"pairs.{p.id}", r))
            elif not digits_in(p.left) and r[1].numbers:
                out.append((f"pairs.{p.id}", "the left side must show the figure"))
            elif bad := uncited(p.left, list(r[1].numbers)):
                out.append((f"pairs.{p.id}", f"left side states {', '.join(bad)}, which is not its figure"))
        return out

    def payload(self, q):
        return {"options": [p.model_dump(mode="json") for p in q.pairs], "answer": {p.id: p.id for p in q.pairs}}

    # --- the teacher's form: the imported pairs, each tied to its figure
    def read_form(self, one, many):
        return {"rows": read_rows(one)}

    def to_draft(self, q):
        return {"rows": [{"id": p.id, "text": "", "left": p.left, "right": p.right, "figure": p.figure or ""}
                         for p in q.pairs]}

    def from_draft(self, d, data, problems):
        tie_rows(d, "pairs", problems)
        data["pairs"] = [{"id": r["id"], "left": r["left"], "right": r["right"], "figure": r["figure"]}
                         for r in d.rows]

    # --- exchange formats
    def gift_write(self, q):
        if any("->" in p.left for p in q.pairs):
            raise CannotWrite("a matching left-hand text contains '->', which GIFT cannot escape")
        return q.prompt, "", ([f"\t={gift_answer(p.left)} -> {gift_escape(p.right)}" for p in q.pairs]
                              + [f"\t= -> {gift_escape(d)}" for d in q.distractors])

    def gift_claims(self, answertext):
        return "=" in answertext and "->" in answertext and "~" not in answertext and not answertext.startswith("#")

    def gift_read(self, answertext, fields, at):
        answers = split_answers(answertext, "=")
        if len(answers) < 2:
            raise at.error("a matching question needs at least two pairs")
        pairs, extra = [], []
        for a in answers:
            if "->" not in a:
                raise at.error(f"the matching pair {unescape(a)!r} has no '->'")
            left, right = a.split("->", 1)
            left, right = format_text(left, at.fmt)[0], unescape(right).strip()
            if not right:
                raise at.error(f"the matching pair {unescape(a)!r} has nothing after '->'")
            if left:
                pairs.append((left, right))
            else:
                extra.append(right)  # `= -> Cat`: a wrong answer among the right sides
        if len(pairs) < 2:
            raise at.error("a matching question needs at least two pairs")
        fields.update(type="matching", pairs=[{"id": i, "left": lft, "right": rgt}
                                              for i, (lft, rgt) in zip(ids(len(pairs)), pairs)], distractors=extra)

    def xml_write(self, q, el):
        ET.SubElement(el, "shuffleanswers").text = "true"
        combined_feedback(el, q)
        for left, right in [(text_to_html(p.left), p.right) for p in q.pairs] + [("", d) for d in q.distractors]:
            sub = text_el(el, "subquestion", left)
            ET.SubElement(ET.SubElement(sub, "answer"), "text").text = clean(right)

    def xml_read(self, q, fields, label):
        pairs, extra = [], []
        for sub in q.findall("subquestion"):
            left = xml_text(sub)
            right = find_text(sub.find("answer")).strip()
            if not left:
                if right:
                    extra.append(right)  # an extra wrong answer among the right sides
                continue
            if not right:
                raise ExchangeError(f"the matching stem {left!r} has no answer", question=label)
            pairs.append((left, right))
        if len(pairs) < 2:
            raise ExchangeError("a matching question needs at least two pairs", question=label)
        fields.update(type="matching", pairs=[{"id": i, "left": lft, "right": rgt}
                                              for i, (lft, rgt) in zip(ids(len(pairs)), pairs)], distractors=extra)


def _distractor_ids(q) -> list[str]:
    return [f"x{k}" for k in range(len(q.distractors))]


def _rights(q) -> dict[str, str]:
    """Every right side a student can pick, by id: the pairs' and the distractors' (x0, x1, ...)."""
    return {**{p.id: p.right for p in q.pairs}, **dict(zip(_distractor_ids(q), q.distractors))}


def _sources_of(figure: str, store) -> str:
    """The articles a figure's fact is cited from ("the news report", "the blog post and the news report")."""
    fact = store.facts.get(figure.split(".")[0])
    labels: list[str] = []
    for c in fact.citations if fact else []:
        src = store.sources.get(c.source_id)
        if src and src.label not in labels:
            labels.append(src.label)
    return and_list(labels) if labels else "the sources"


_ASIDE = re.compile(r"\s*\(.*\)$")  # "Ukrainian officials (as relayed by the blog post)": the outlet is said already


def _credited(figure: str, store) -> str:
    """The body a figure's fact credits it to ("Ukraine's General Staff"), or "" when the claimant is the article
    itself: the claimant kept apart from the outlet (walk 16: "The blog post gives more than 10,000" credited the
    Coordination Headquarters' count to the blog)."""
    fact = store.facts.get(figure.split(".")[0])
    return "" if not fact or is_self_claimant(fact.claimant) else _ASIDE.sub("", fact.claimant)


_POINTER = re.compile(r"\s*(?:see\s+)?(?:(?:the\s+)?(?:\[\[[^\]]+\]\]|\{\{[^}]+\}\})(?:\s*(?:,|;|and|,\s*and)\s*)?)+\s*\.?\s*",
                      re.I)


def _only_points(text: str) -> bool:
    """Whether an explanation only sends the reader to facts ("See [[a|x]], [[b|y]] and [[c|z]].")."""
    return not text.strip() or bool(_POINTER.fullmatch(text))
