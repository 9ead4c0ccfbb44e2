"""A partly right answer carries ◐ wherever answers carry ✓ / ✗ (WALK-8): the teacher's attempt page and
the item analysis's answers table, each with words a screen reader reads."""
from __future__ import annotations

import re
from types import SimpleNamespace

from tests.test_teach import join, published, signed_in  # noqa: F401
from webapp import db


def _order(app, s, url, position: int, partly: bool):
    """Answer an ordering question all in place, or with two rows swapped (partly right)."""
    a = db.get_attempt(db.connect(app.config["DATABASE"]), url.rsplit("/", 1)[1])
    q = app.extensions["sourced"].bank.questions[a.layout[position]["q"]]
    order = a.layout[position]["order"]
    ranks = {k: q.answer.index(iid) + 1 for k, iid in enumerate(order)}
    if partly:
        two = [k for k in ranks if ranks[k] in (2, 3)]
        ranks[two[0]], ranks[two[1]] = ranks[two[1]], ranks[two[0]]
    r = s.post(url + "/answer", data={"position": str(position), **{f"rank-{k}": str(v) for k, v in ranks.items()}})
    assert r.status_code == 303
    return q


def test_a_partly_right_ordering_is_marked_half_on_the_attempt_page_and_in_the_item_analysis(client, signed_in, app):
    _, aid, code = published(client, app, 2, kind="ordering", attempts="1", shuffle_questions="")
    s, url = join(app, code, "Ana")
    q = _order(app, s, url, 0, partly=True)
    _order(app, s, url, 1, partly=False)
    attempt = client.get(f"/teach/assignments/{aid}/attempts/{url.rsplit('/', 1)[1]}").get_data(as_text=True)
    assert '<span class="verdict partial"><span aria-hidden="true">◐</span> partly right</span>' in attempt
    assert '<span class="verdict right"><span aria-hidden="true">✓</span> right</span>' in attempt
    results = client.get(f"/teach/assignments/{aid}").get_data(as_text=True)
    item = results[results.index('id="item-1"'):results.index('id="item-2"')]
    assert q.prompt[:40].replace('"', "&#34;") in item
    row = re.search(r'<tr class="partial">\s*<td>(.*?)</td>', item, re.S)
    assert row and row.group(1).startswith('◐ <span class="visually-hidden">(partly right) </span>')
    assert 'class="bar-partial"' in item


def test_a_one_answer_option_worth_part_of_the_mark_is_partly_right_in_the_item_analysis(app):
    from webapp.results import response_counts
    q = next(q for q in app.extensions["sourced"].bank.authored if q.type == "single")
    half = next(o for o in q.options if o.id != q.answer)
    q = q.model_copy(update={"options": [o.model_copy(update={"weight": 0.5}) if o is half else o for o in q.options]})
    answers = [SimpleNamespace(question_id=q.id, response={"option": half.id}, correct=False, score=0.5)]
    choices, _ = response_counts(q, [SimpleNamespace(answers=answers)])
    marked = {c.label: (c.right, c.partial) for c in choices}
    assert marked[half.text] == (False, True)
    assert [k for k, (right, _) in marked.items() if right] == [next(o.text for o in q.options if o.id == q.answer)]
