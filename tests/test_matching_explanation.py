"""WALK-8: a matching question's "Why" read "See contract, mobilised and conscripts. [1, 2, 3]". It is now a
sentence built from the pairs' facts, each figure cited as elsewhere; an author's own explanation follows
it, unless it only pointed at those facts. Bank questions and teacher-made (imported, tied) ones alike."""
from __future__ import annotations

import html as htmllib
import io
import re

from tests.test_teach import add, join, new_set, publish, signed_in  # noqa: F401
from webapp import db


def _why(html: str) -> tuple[str, str]:
    """The feedback's Why, as its markup and as the words a student reads."""
    dd = re.search(r"<dt>Why</dt>\s*<dd>(.*?)</dd>", html, re.S).group(1)
    return dd, " ".join(htmllib.unescape(re.sub(r"<[^>]+>", "", dd)).split())


def _match_right(app, s, url, bank_q=None):
    """Answer the attempt's first (matching) question with every pair right: the feedback page."""
    a = db.get_attempt(db.connect(app.config["DATABASE"]), url.rsplit("/", 1)[1])
    entry = a.layout[0]
    data = {"position": "0", **{f"match-{k}": str(entry["right"].index(pid)) for k, pid in enumerate(entry["order"])}}
    r = s.post(url + "/answer", data=data)
    assert r.status_code == 303, r.get_data(as_text=True)[:400]
    return s.get(r.location).get_data(as_text=True)


def test_a_bank_matching_questions_why_is_a_cited_sentence(client, signed_in, app):
    set_id = new_set(client)
    add(client, set_id, "comp-service-match-news")
    _, code = publish(client, set_id, feedback="each")
    s, url = join(app, code, "Ana")
    markup, words = _why(_match_right(app, s, url))
    assert words == ("The news report gives as high as 76% for contract soldiers, only 19% for mobilised people "
                     "and 5% for conscripts.[1, 2, 3]")
    assert "See" not in words
    assert len(re.findall(r'href="#q-comp-service-match-news-note-\d"', markup)) == 3  # each figure cited


def test_a_teacher_made_matching_question_keeps_its_own_words_after_the_sentence(client, signed_in, app):
    from webapp.exchange import export_moodle_xml
    original = app.extensions["sourced"].bank.questions["comp-rank-match"]
    xml, _ = export_moodle_xml([original])
    client.post("/teach/import", data={"file": (io.BytesIO(xml.encode()), "one.xml")},
                content_type="multipart/form-data")
    database = db.connect(app.config["DATABASE"])
    draft = db.teacher_questions(database, 1, "draft")[0]
    body = draft["body"]
    figure_of = {(p.left, p.right): p.figure for p in original.pairs}
    form = {"type": "matching", "prompt": body["prompt"], "fact_ids": list(original.fact_ids), "difficulty": "2",
            "explanation": "All three shares come from one breakdown of the prisoners."}
    for k, p in enumerate(body["pairs"]):
        form.update({f"row-{k}-id": p["id"], f"row-{k}-left": p["left"], f"row-{k}-right": p["right"],
                     f"row-{k}-figure": figure_of[(p["left"], p["right"])]})
    assert client.post(f"/teach/questions/{draft['id']}/edit", data=form).status_code == 303
    set_id = new_set(client)
    assert add(client, set_id, draft["id"]).status_code == 303
    _, code = publish(client, set_id, feedback="each")
    s, url = join(app, code, "Bo")
    _, words = _why(_match_right(app, s, url))
    assert words == ("The news report gives 83% for rank-and-file soldiers, 13% for non-commissioned officers "
                     "and 3% for officers (figures it credits to the \"I Want to Live\" project).[1, 2, 3] "
                     "All three shares come from one breakdown of the prisoners.")  # the body apart from the outlet (walk 16)
