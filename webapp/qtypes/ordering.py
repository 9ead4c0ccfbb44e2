"""Ordering: put items in the order of their figures, largest first; partial credit per position.

Teachers don't write these in the form: they come in by import (Moodle XML or GIFT), and the teacher
ties each item to the figure it stands for. In GIFT, core Moodle's ordering type (qtype_ordering,
standard since Moodle 4.4) writes `{>N ALL VERTICAL ABSOLUTE_POSITION SHOW` and then one item per
line, in the right order, then `}`.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..exchange.gift_syntax import format_text, gift_escape

from ..exchange.text import ExchangeError, ids, text_to_html
from ..exchange.xml_syntax import answer_el, combined_feedback, fraction, xml_text
from .base import (MAX_ROWS, ROW_WORDS, AnswerError, CannotWrite, Marked, QuestionType, Shown, index, one,
                   read_rows, resolve_figure, tie_rows, uncited)

_GIFT_WORDS = re.compile(r"^>\s*(\d+)\s*((?:[A-Z_]+|\d)\s*)*$")
_XML_SETTINGS = (("layouttype", "VERTICAL"), ("selecttype", "ALL"), ("selectcount", "0"),
                 ("gradingtype", "ABSOLUTE_POSITION"), ("showgrading", "SHOW"), ("numberingstyle", "none"))


def _sort_value(g) -> float | None:
    return g.value if g.value is not None else g.high


def _in_order(q, order) -> list[str]:
    by_id = {i.id: i.text for i in q.items}
    return [f"{n}. {by_id[i]}" for n, i in enumerate(order, 1)]


class Ordering(QuestionType):
    name = "ordering"
    label = "ordering"
    rowed = True
    exchange_label = "ordering"
    xml_name = "ordering"
    xml_requires = "Moodle 4.4 or later (qtype_ordering)"

    # --- the quiz
    def layout(self, q, rng):
        order = [i.id for i in q.items]
        while True:  # never show the items already in the right order
            rng.shuffle(order)
            if order != list(q.answer):
                return {"order": order}

    def shown(self, q, entry):
        by_id = {i.id: i for i in q.items}
        rows = [(str(k), by_id[iid].text) for k, iid in enumerate(entry["order"])]
        return Shown(q.type, q.prompt, [(str(n), str(n)) for n in range(1, len(rows) + 1)], rows, None)

    def read(self, q, entry, form):
        n = len(entry["order"])
        ranks: dict[str, int] = {}
        for k, iid in enumerate(entry["order"]):
            v = one(form, f"rank-{k}")
            if not v:
                raise AnswerError("Give every item a position before you submit.")
            r = index(v, n + 1, "position")
            if r == 0:
                raise AnswerError("Positions start at 1.")
            ranks[iid] = r
        if len(set(ranks.values())) != n:
            raise AnswerError("Give each item a different position (1 is the largest).")
        return {"order": sorted(ranks, key=ranks.get)}

    def score(self, q, response):
        got = response["order"]
        hits = sum(a == b for a, b in zip(got, q.answer))
        return Marked(response, list(got) == list(q.answer), round(hits / len(q.answer), 4))

    def right_answer(self, q):
        return _in_order(q, q.answer)

    def describe(self, q, response):
        return _in_order(q, response["order"])

    # --- the bank
    def shape(self, q, min_rows, tied):
        if len(q.items) < min_rows:
            return f"an ordering question needs at least {ROW_WORDS[min_rows]} items"
        if not isinstance(q.answer, list) or sorted(q.answer) != sorted(i.id for i in q.items):
            return "an ordering answer lists every item id once" + (", largest first" if tied else "")
        return None

    def check(self, q, ties):
        out, values = [], {}
        for it in q.items:
            r = resolve_figure(it.figure, q, ties.store)
            if isinstance(r, str):
                out.append((f"items.{it.id}", r))
                continue
            values[it.id] = _sort_value(r[1])
            if bad := uncited(it.text, list(r[1].numbers)):
                out.append((f"items.{it.id}", f"states {', '.join(bad)}, which is not its figure"))
        if len(values) == len(q.items):
            out += self._check_order(q, values)
        return out

    @staticmethod
    def _check_order(q, values):
        if None in values.values():
            return [("items", "an item's figure has no value to rank by")]
        out = []
        if len(set(values.values())) != len(values):
            out.append(("items", "two items have the same figure: the order would be ambiguous"))
        expected = sorted(values, key=lambda k: -values[k])
        if list(q.answer) != expected:
            out.append(("answer", f"the figures rank {', '.join(expected)} (largest first), "
                                  f"not {', '.join(q.answer)}"))
        return out

    def payload(self, q):
        return {"options": [i.model_dump(mode="json") for i in q.items]}

    # --- the teacher's form: the imported items, each tied to its figure
    def read_form(self, one, many):
        return {"rows": read_rows(one), "order": [x for x in one("order", 200).split(",") if x][:MAX_ROWS]}

    def to_draft(self, q):
        rows = [{"id": i.id, "text": i.text, "left": "", "right": "", "figure": i.figure or ""} for i in q.items]
        return {"rows": rows, "order": list(q.answer) if isinstance(q.answer, list) else []}

    def from_draft(self, d, data, problems):
        tie_rows(d, "items", problems)
        data["items"] = [{"id": r["id"], "text": r["text"], "figure": r["figure"]} for r in d.rows]
        data["answer"] = d.order

    # --- exchange formats: qtype_ordering keeps the right order in each answer's fraction (1, 2, 3 ...)
    def gift_write(self, q):
        by_id = {i.id: i.text for i in q.items}
        if any("\n" in t for t in by_id.values()):
            raise CannotWrite("an item runs over several lines, and GIFT writes one item per line")
        head = f">{len(q.items)} ALL VERTICAL ABSOLUTE_POSITION SHOW"
        return q.prompt, head, [gift_escape(by_id[iid]) for iid in q.answer]

    def gift_claims(self, answertext):
        return answertext.startswith(">")

    def gift_read(self, answertext, fields, at):
        head, _, body = answertext.partition("\n")
        if not _GIFT_WORDS.match(head.strip()):
            raise at.error(f"{head.strip()!r} does not start an ordering question the way Moodle writes it "
                           "({>N ALL VERTICAL ABSOLUTE_POSITION SHOW, then one item per line)")
        texts = [format_text(ln, at.fmt)[0] for ln in body.split("\n") if ln.strip()]
        if len(texts) < 2:
            raise at.error("an ordering question needs at least two items, one per line")
        keys = ids(len(texts))
        fields.update(type="ordering", items=[{"id": i, "text": t} for i, t in zip(keys, texts)], answer=keys)

    def xml_write(self, q, el):
        for tag, value in _XML_SETTINGS:
            ET.SubElement(el, tag).text = value
        combined_feedback(el, q)
        by_id = {i.id: i.text for i in q.items}
        for pos, iid in enumerate(q.answer, 1):
            answer_el(el, text_to_html(by_id[iid]), f"{pos}.0000000")

    def xml_read(self, q, fields, label):
        answers = q.findall("answer")
        texts = [xml_text(a) for a in answers]
        if len(texts) < 2 or not all(texts):
            raise ExchangeError("an ordering question needs at least two non-empty items", question=label)
        pos = [fraction(a, label) for a in answers]
        order = list(range(len(texts)))
        if len(set(pos)) == len(pos) and all(p > 0 for p in pos):
            order.sort(key=lambda k: pos[k])
        keys = ids(len(texts))
        fields.update(type="ordering", items=[{"id": i, "text": t} for i, t in zip(keys, texts)],
                      answer=[keys[k] for k in order])
