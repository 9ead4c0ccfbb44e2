"""Issue 16, short answer: the student types a word, a name or a figure, marked the way Moodle's
short-answer type marks it (question/type/shortanswer/question.php: Unicode form C, the typed answer
trimmed, `*` for any run of characters, `\\*` a star, case only when `usecase`, the first accepted
answer that matches gives its grade); tied to facts; taken, authored, analysed, imported and exported."""
from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from lxml import etree
from pydantic import ValidationError

from tests.conftest import MINI
from webapp import db, quiz
from webapp.bank import check_question
from webapp.exchange import export_gift, export_moodle_xml, import_gift, import_moodle_xml
from webapp.facts import load_store
from webapp.qtypes.base import AnswerError
from webapp.qtypes.shortanswer import matches, shown_answer
from webapp.results import response_counts
from webapp.schemas import Question

COMMON = {"fact_ids": ["regatta-visitors"], "explanation": "The officials give {{regatta-visitors.2}}.",
          "difficulty": 1, "topics": ["events"]}


def short(accepted, **kw) -> Question:
    return Question(**{"id": "sa-test", "type": "shortanswer", "prompt": "In which month is the regatta?",
                       "accepted": accepted, **COMMON, **kw})


def mark(q, typed):
    m = quiz.score(q, quiz.read_answer(q, {"q": q.id}, {"answer": typed}))
    return m.score, m.correct


# --- marking, as Moodle marks --------------------------------------------------------------------

@pytest.mark.parametrize("accepted, typed, ok", [
    ("July", "july", True), ("July", "JULY", True), ("July", "  July \t\n", True),  # case, trimmed ends
    ("New York", "New  York", False),  # the spaces inside are compared as they are
    ("July", "July 2025", False), ("July", "in July", False),  # the whole answer, not a part of it
    ("Jul*", "July", True), ("Jul*", "Jul", True), ("*land", "Ireland", True), ("J*y", "July", True),
    ("Jul**", "July", True),  # a run of stars is one wildcard
    ("5\\*", "5*", True), ("5\\*", "55", False),  # \* is a star itself
    ("3.5", "3x5", False), ("a+b", "a+b", True), ("(x)", "(x)", True),  # no other character is special
    ("caf\u00e9", "cafe\u0301", True),  # form C: a composed é is the decomposed one
    ("Jul*", "Ju\nly", False),  # a wildcard does not run over a line end
])
def test_matching_follows_moodles_rules(accepted, typed, ok):
    assert matches(accepted, typed, case_sensitive=False) is ok


def test_case_counts_only_when_the_question_says_so():
    assert matches("Kyiv", "kyiv", case_sensitive=False)
    assert not matches("Kyiv", "kyiv", case_sensitive=True) and matches("Kyiv", "Kyiv", case_sensitive=True)
    q = short([{"text": "July"}], case_sensitive=True)
    assert mark(q, "July") == (1.0, True) and mark(q, "july") == (0.0, False)


def test_the_first_matching_answer_gives_its_grade_in_the_authors_order():
    q = short([{"text": "July"}, {"text": "Jul*", "grade": 0.5}, {"text": "*", "grade": 0, "feedback": "Look again."}])
    assert mark(q, "july") == (1.0, True)
    assert mark(q, "Jul.") == (0.5, False)
    assert mark(q, "June") == (0.0, False)
    first_partial = short([{"text": "Jul*", "grade": 0.5}, {"text": "July"}])
    assert mark(first_partial, "July") == (0.5, False)  # Moodle's order: the partial answer comes first
    third = short([{"text": "July"}, {"text": "Juli", "grade": 0.3333333}])
    assert mark(third, "juli") == (0.3333333, False)


def test_feedback_is_the_matched_answers_and_the_key_reads_without_stars():
    q = short([{"text": "July", "feedback": "Yes, July."}, {"text": "Jul*", "grade": 0.5, "feedback": "Write it in full."},
               {"text": "*", "grade": 0, "feedback": "Not that month."}])
    def fb(typed):
        m = quiz.score(q, {"typed": typed})
        return quiz.feedback_for(q, {"typed": typed}, m.correct, m.score)
    assert (fb("JULY"), fb("Jul"), fb("May")) == (["Yes, July."], ["Write it in full."], ["Not that month."])
    plain = short([{"text": "July"}])
    assert quiz.feedback_for(plain, {"typed": "May"}, False, 0.0) == []
    assert quiz.right_answer(q) == ["July"]  # a part-mark answer is not "the right answer"
    assert shown_answer("New*York") == "New York" and shown_answer("5\\*") == "5*"
    assert quiz.right_answer(short([{"text": "July"}, {"text": "in July"}])) == ["July", "Also right: in July"]


def test_what_the_form_posts_is_read_or_refused_in_words():
    q = short([{"text": "July"}])
    assert quiz.read_answer(q, {}, {"answer": "  July  "}) == {"typed": "July"}
    for empty in ("", "   ", None):
        with pytest.raises(AnswerError, match="Type your answer"):
            quiz.read_answer(q, {}, {"answer": empty})
    with pytest.raises(AnswerError, match="too long: type at most 200 characters"):
        quiz.read_answer(q, {}, {"answer": "x" * 201})


# --- the shape of the question and its ties to facts --------------------------------------------

@pytest.mark.parametrize("accepted, words", [
    ([], "at least one accepted answer"),
    ([{"text": "Jul*", "grade": 0.5}], "worth the full mark"),
    ([{"text": "July"}, {"text": "JULY", "grade": 0.5}], "same text"),
    ([{"text": "*", "grade": 0}, {"text": "July"}], "after a lone \\* can never match"),
    ([{"text": "July", "grade": 1.5}], "less than or equal to 1"),
])
def test_a_short_answer_that_cannot_be_marked_is_refused(accepted, words):
    with pytest.raises(ValidationError, match=words):
        short(accepted)


@pytest.fixture(scope="module")
def mini_store():
    return load_store(MINI / "content", MINI / "texts")


@pytest.mark.parametrize("accepted", [
    [{"text": "July"}], [{"text": "July 2025"}], [{"text": "the regatta"}],  # runs of the statement's words
    [{"text": "1,200"}], [{"text": "1200 visitors"}], [{"text": "roughly 1,200"}],  # a figure of the fact
    [{"text": "Jul*"}], [{"text": "*gatta"}],  # a wildcard finishing or starting a word of the statement
    [{"text": "July"}, {"text": "Juli", "grade": 0.5}],  # a part mark need not be in the fact ...
    [{"text": "July"}, {"text": "August", "grade": 0, "feedback": "No."}, {"text": "*", "grade": 0}],  # nor a wrong one
])
def test_accepted_answers_stated_in_the_fact_pass(mini_store, accepted):
    assert check_question(short(accepted), mini_store) == []


@pytest.mark.parametrize("accepted, words", [
    ([{"text": "August"}], "no cited fact states it"),
    ([{"text": "regatta officials"}], "no cited fact states it"),  # words of it, but not a run
    ([{"text": "1,300"}], "no cited fact states it"),  # a figure the fact does not carry
    ([{"text": "1,200 boats"}], "no cited fact states it"),  # the figure with a word that is not the fact's
    ([{"text": "1,2*"}], "next to a wildcard"),  # would accept 1,234
    ([{"text": "*"}], "anything typed"),
    ([{"text": "July"}, {"text": "1,300", "grade": 0.5}], "1300, which no cited fact carries"),
    ([{"text": "July", "feedback": "Yes, with 1,500 visitors."}], "the feedback states 1500"),  # feedback too
    ([{"text": "July"}, {"text": "*", "grade": 0, "feedback": "It was 3,000."}], "the feedback states 3000"),
])
def test_a_credited_answer_not_in_the_fact_is_refused(mini_store, accepted, words):
    problems = check_question(short(accepted), mini_store)
    assert problems and all(f.startswith("accepted.") for f, _ in problems)
    assert any(words in m for _, m in problems), problems


# --- taking one in the app, without JavaScript -----------------------------------------------------

def test_a_student_answers_a_short_answer_question_and_reads_its_feedback(tmp_path):
    from tests.test_quiz import mini_app
    app = mini_app(tmp_path)
    c = app.test_client()
    loc = c.post("/quiz/", data={"scope": "topic:events", "length": "20"}).location.split("?")[0]
    layout = db.get_attempt(db.connect(app.config["DATABASE"]), loc.rsplit("/", 1)[-1]).layout
    bank = app.extensions["sourced"].bank
    pos = next(k for k, e in enumerate(layout) if bank.questions[e["q"]].type == "shortanswer")
    from tests.test_quiz import right_form
    for k in range(pos):  # the questions before it
        assert c.post(f"{loc}/answer", data={"position": str(k), **right_form(bank, layout[k])}).status_code == 303
    page = c.get(loc).get_data(as_text=True)
    assert 'name="answer"' in page and "Your answer" in page and "July" not in page
    empty = c.post(f"{loc}/answer", data={"position": str(pos), "answer": "  "})
    assert empty.status_code == 422 and "Type your answer before you submit." in empty.get_data(as_text=True)
    huge = c.post(f"{loc}/answer", data={"position": str(pos), "answer": "x" * 5000})
    assert huge.status_code == 422 and "too long" in huge.get_data(as_text=True)
    r = c.post(f"{loc}/answer", data={"position": str(pos), "answer": " jul "})
    assert r.status_code == 303
    fb = c.get(r.location).get_data(as_text=True)
    assert "Partly right" in fb and "Feedback on your answer" in fb and "Write the month in full." in fb
    assert "jul" in fb.split("Your answer", 1)[1] and "July" in fb.split("The right answer", 1)[1]


# --- results: typed answers counted as they are marked ---------------------------------------------

def test_results_count_typed_answers_as_they_are_marked():
    q = short([{"text": "July"}, {"text": "Jul*", "grade": 0.5}])
    typed = ["July", " july", "JULY ", "Jul", "june", "June", "June", "Jul"]
    answers = [SimpleNamespace(question_id=q.id, response={"typed": t.strip()}, correct=mark(q, t)[1],
                               score=mark(q, t)[0]) for t in typed]
    choices, answered = response_counts(q, [SimpleNamespace(answers=answers)])
    assert answered == 8
    got = {c.label: (c.count, c.right, c.partial) for c in choices}  # part of the mark: ◐ on the results page
    assert got == {"july": (3, True, False), "june": (3, False, False), "jul (50% of the mark)": (2, False, True)}
    assert [c.label for c in choices][0] in ("july", "june")  # most common first


# --- exchange: GIFT and Moodle XML, both ways ------------------------------------------------------

SA = Question(id="sa-special", type="shortanswer", prompt="Which {word}: = # ~ and a back\\slash?",
              accepted=[{"text": "July", "feedback": "Right: the officials name July # {it}."},
                        {"text": "Jul*", "grade": 0.3333333, "feedback": "Write it ~ in full."},
                        {"text": "5\\* = five", "grade": 0.5},
                        {"text": "*", "grade": 0, "feedback": "Not = that."}], **COMMON)
SA_CASE = Question(id="sa-case", type="shortanswer", prompt="Which city?", case_sensitive=True,
                   accepted=[{"text": "Kyiv"}, {"text": "Kiev", "grade": 0.5, "feedback": "The older spelling."}],
                   **COMMON)


def same_fields(draft, q):
    assert draft.type == "shortanswer" and draft.prompt == q.prompt
    assert [a.model_dump() for a in draft.accepted] == [a.model_dump() for a in q.accepted]
    assert draft.case_sensitive == q.case_sensitive


def test_gift_round_trip_keeps_every_accepted_answer_field_by_field():
    text, skipped = export_gift([SA, SA_CASE])
    assert [s.id for s in skipped] == ["sa-case"] and "case-sensitive" in skipped[0].reason
    assert "\t=%100%July#Right\\: the officials name July \\# \\{it\\}.\n" in text
    assert "\t=%33.33333%Jul*#Write it \\~ in full." in text and "\t=%50%5\\\\* \\= five\n" in text
    (draft,) = import_gift(text)
    same_fields(draft, SA)


def test_moodle_xml_round_trip_and_an_independent_reading():
    xml, skipped = export_moodle_xml([SA, SA_CASE])
    assert skipped == []
    root = etree.fromstring(xml.encode())
    for el, q in zip(root.findall("question"), (SA, SA_CASE)):
        assert el.get("type") == "shortanswer"
        assert el.findtext("usecase") == ("1" if q.case_sensitive else "0")
        tags = [c.tag for c in el]
        assert tags.index("usecase") < tags.index("answer")  # as Moodle writes it
        answers = el.findall("answer")
        assert [float(a.get("fraction")) / 100 for a in answers] == pytest.approx([a.grade for a in q.accepted], abs=1e-7)
        assert [a.findtext("text") for a in answers] == [a.text for a in q.accepted]
        assert all(a.get("format") == "moodle_auto_format" and a.find("feedback").get("format") == "html" for a in answers)
        for a, want in zip(answers, q.accepted):
            assert etree.fromstring(f"<d>{a.findtext('feedback/text') or ''}</d>").xpath("string()") == (want.feedback or "")
    for draft, q in zip(import_moodle_xml(xml), (SA, SA_CASE)):
        same_fields(draft, q)


def test_gift_short_answers_as_moodle_writes_and_documents_them():
    text = ("::Tomb::Who's buried in Grant's tomb?{=no one =nobody}\n\n"
            "::Half::Name the month.{=%100%July#Yes. =%50%Jul#Nearly. =%0%*#No.}\n\n"
            "::Bare::Capital of France?{Paris}\n\n"
            "::Missing::The regatta is in {=July =Jul} this year.\n")
    tomb, half, bare, missing = import_gift(text)
    assert [(a.text, a.grade) for a in tomb.accepted] == [("no one", 1.0), ("nobody", 1.0)]
    assert [(a.text, a.grade, a.feedback) for a in half.accepted] == [("July", 1.0, "Yes."), ("Jul", 0.5, "Nearly."),
                                                                      ("*", 0.0, "No.")]
    assert [a.text for a in bare.accepted] == ["Paris"] and not bare.case_sensitive
    assert missing.prompt == "The regatta is in _____ this year." and len(missing.accepted) == 2


@pytest.mark.parametrize("block, words", [
    ("{=%50%July =%20%Jul}", "no short answer earns full credit"),
    ("{=July =%-50%June}", "negative grade"),
    ("{=July = }", "a short answer is empty"),
])
def test_gift_short_answers_that_cannot_be_marked_are_refused_by_line(block, words):
    from webapp.exchange import ExchangeError
    with pytest.raises(ExchangeError) as e:
        import_gift(f"// a comment\n::Month::Which month?{block}\n")
    assert e.value.line == 2 and words in e.value.message


def test_moodle_xml_short_answer_as_moodle_exports_it():
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<quiz><question type="shortanswer">
  <name><text>Month</text></name>
  <questiontext format="html"><text><![CDATA[<p>Which month?</p>]]></text></questiontext>
  <generalfeedback format="html"><text></text></generalfeedback>
  <defaultgrade>1.0000000</defaultgrade><penalty>0.3333333</penalty><hidden>0</hidden><idnumber></idnumber>
  <usecase>1</usecase>
  <answer fraction="100" format="moodle_auto_format"><text>July</text>
    <feedback format="html"><text><![CDATA[<p>Yes, <strong>July</strong>.</p>]]></text></feedback></answer>
  <answer fraction="66.66667" format="moodle_auto_format"><text>Jul</text><feedback format="html"><text></text></feedback></answer>
  <answer fraction="0" format="moodle_auto_format"><text></text><feedback format="html"><text></text></feedback></answer>
</question></quiz>"""
    (d,) = import_moodle_xml(xml)
    assert d.case_sensitive and d.prompt == "Which month?"
    assert [(a.text, a.grade, a.feedback) for a in d.accepted] == [("July", 1.0, "Yes, July."), ("Jul", 0.6666667, None)]
    from webapp.exchange import ExchangeError
    with pytest.raises(ExchangeError, match="grades run from 0 to 100"):
        import_moodle_xml(xml.replace('fraction="66.66667"', 'fraction="150"'))
    with pytest.raises(ExchangeError, match="no short answer is worth 100%"):
        import_moodle_xml(xml.replace('fraction="100"', 'fraction="90"'))


# --- the teacher writes one in the app -------------------------------------------------------------

@pytest.fixture
def signed_in(auth):
    assert auth.sign_in().status_code == 303
    return auth


DONETSK = {"type": "shortanswer", "fact_ids": "most-captured-in-donetsk", "difficulty": "1",
           "prompt": "In which Ukrainian region, according to the news report, were most Russian prisoners captured?",
           "explanation": "The news report says most were captured in [[most-captured-in-donetsk|Donetsk]].",
           "accepted-0-text": "Donetsk", "accepted-0-grade": "100", "accepted-0-feedback": "Yes: the eastern region.",
           "accepted-1-text": "Donetsk*", "accepted-1-grade": "100",
           "accepted-2-text": "Donbas", "accepted-2-grade": "50", "accepted-2-feedback": "The wider area: name the region."}


def test_a_teacher_writes_a_short_answer_with_several_graded_answers(client, signed_in, app):
    form = client.get("/teach/questions/new?type=shortanswer").get_data(as_text=True)
    assert form.count('name="accepted-') == 4 * 3 and 'name="case_sensitive"' in form  # four rows to start
    assert 'name="option-0-text"' not in form and 'name="truth"' not in form
    r = client.post("/teach/questions/new", data=DONETSK)
    assert r.status_code == 303, re.findall(r'class="field-error"[^>]*>([^<]+)', r.get_data(as_text=True))
    body = db.teacher_questions(db.connect(app.config["DATABASE"]), 1)[0]["body"]
    assert [{k: v for k, v in a.items() if v is not None} for a in body["accepted"]] == [{"text": "Donetsk", "grade": 1.0, "feedback": "Yes: the eastern region."},
                                {"text": "Donetsk*", "grade": 1.0}, {"text": "Donbas", "grade": 0.5,
                                                                      "feedback": "The wider area: name the region."}]
    assert body["case_sensitive"] is False
    qid = db.teacher_questions(db.connect(app.config["DATABASE"]), 1)[0]["id"]
    edit = client.get(f"/teach/questions/{qid}/edit").get_data(as_text=True)  # the stored question, back in the form
    assert 'value="Donbas"' in edit and 'value="Yes: the eastern region."' in edit
    assert re.search(r'<option value="50"\s+selected>', edit)


def test_a_teachers_full_mark_answer_not_in_the_fact_is_refused_beside_the_answers(client, signed_in, app):
    r = client.post("/teach/questions/new", data={**DONETSK, "accepted-0-text": "Luhansk", "accepted-2-grade": "150"})
    html = r.get_data(as_text=True)
    assert r.status_code == 422
    field = html.split('id="f-accepted"')[1].split("</fieldset>")[0]
    assert "Answer 3: give it a grade from 0% to 100%." in field
    r = client.post("/teach/questions/new", data={**DONETSK, "accepted-0-text": "Luhansk", "accepted-3-text": "Donetsk oblast"})
    field = r.get_data(as_text=True).split('id="f-accepted"')[1].split("</fieldset>")[0]
    assert field.count('name="accepted-') == 6 * 3  # four answers written: two empty rows more
    assert "Luhansk" in field and "no cited fact states it" in field
    assert db.teacher_questions(db.connect(app.config["DATABASE"]), 1) == []


def test_live_mode_shows_the_typed_answers_as_they_are_marked():
    from webapp import live
    q = short([{"text": "July"}, {"text": "Jul*", "grade": 0.5}])
    bars = live.tally(q, [{"typed": t} for t in ("july", "July", "jul", "may")])
    assert [(b.label, b.count, b.right) for b in bars] == [("july", 2, True), ("jul (50% of the mark)", 1, False),
                                                            ("may", 1, False)]
    bars = live.tally(q, [{"typed": "May"}])
    assert [(b.label, b.count, b.right) for b in bars] == [("may", 1, False), ("July", 0, True)]


def test_a_chosen_facts_figure_becomes_an_accepted_answer(client, signed_in):
    form = {"type": "shortanswer", "prompt": "What share were NCOs?", "step": "use:nco-share-news.1"}
    html = client.post("/teach/questions/new", data=form).get_data(as_text=True)
    assert 'name="accepted-0-text" value="13%"' in html and "“13%” is now an accepted answer" in html
    assert 'name="fact_ids" value="nco-share-news" checked' in html


def test_a_fact_without_figures_can_be_found_and_chosen_for_its_words(client, signed_in):
    html = client.get("/teach/questions/facts?fact_q=most+captured+Donetsk&type=shortanswer").get_data(as_text=True)
    assert 'name="fact_ids" value="most-captured-in-donetsk"' in html and "use:most-captured-in-donetsk" not in html
    nco = client.get("/teach/questions/facts?fact_q=13%25&type=shortanswer").get_data(as_text=True)
    assert "Use 13% as an accepted answer" in nco
    form = client.post("/teach/questions/new", data={**DONETSK, "step": "search", "fact_q": ""}).get_data(as_text=True)
    assert 'name="fact_ids" value="most-captured-in-donetsk" checked' in form


def test_an_imported_short_answer_is_tied_to_its_fact_made_ready_and_exported_back(client, signed_in, app):
    import io
    gift = ("::Region::In which region were most Russian prisoners captured, according to the news report?"
            "{=Donetsk*#Yes. =%50%Donbas#Name the region. =%0%*#No.}\n")
    r = client.post("/teach/import", data={"file": (io.BytesIO(gift.encode()), "class.gift")},
                    content_type="multipart/form-data")
    assert r.status_code == 200 and "1 question imported as drafts" in r.get_data(as_text=True)
    database = db.connect(app.config["DATABASE"])
    (draft,) = db.teacher_questions(database, 1, "draft")
    page = client.get(f"/teach/questions/{draft['id']}/edit").get_data(as_text=True)
    assert 'value="Donetsk*"' in page and 'value="Name the region."' in page and 'value="*"' in page
    form = {k: v for k, v in DONETSK.items() if not k.startswith("accepted-")}
    form.update({"accepted-0-text": "Donetsk*", "accepted-0-grade": "100", "accepted-0-feedback": "Yes.",
                 "accepted-1-text": "Donbas", "accepted-1-grade": "50", "accepted-1-feedback": "Name the region.",
                 "accepted-2-text": "*", "accepted-2-grade": "0", "accepted-2-feedback": "No."})
    r = client.post(f"/teach/questions/{draft['id']}/edit", data=form)
    assert r.status_code == 303, re.findall(r'class="field-error"[^>]*>([^<]+)', r.get_data(as_text=True))
    stored = db.teacher_question(database, 1, draft["id"])
    assert stored["status"] == "ready"
    (back,) = import_gift(export_gift([Question.model_validate(stored["body"])])[0])
    assert [(a.text, a.grade, a.feedback) for a in back.accepted] == [("Donetsk*", 1.0, "Yes."), ("Donbas", 0.5, "Name the region."),
                                                                      ("*", 0.0, "No.")]


def test_the_bank_export_carries_the_accepted_answers():
    from webapp.bank import export_payload
    q = short([{"text": "July", "feedback": "Yes."}, {"text": "Jul*", "grade": 0.5}], case_sensitive=True)
    (row,) = export_payload(SimpleNamespace(questions={q.id: q}))["questions"]
    assert row["accepted"] == [{"text": "July", "grade": 1.0, "feedback": "Yes."}, {"text": "Jul*", "grade": 0.5}]
    assert row["case_sensitive"] is True


def test_an_accepted_answer_with_its_stars_escaped_matches_exactly_its_own_text():
    from hypothesis import given, strategies as st
    from webapp.qtypes.shortanswer import TRIM

    @given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\\"),
                   min_size=1, max_size=30),
           st.text(alphabet="ab *", max_size=5))
    def prop(text, other):
        text = text.strip()  # as an accepted answer is stored
        literal = text.replace("*", "\\*")
        if text:
            assert matches(literal, f" {text}\t", case_sensitive=True)
        if other.strip(TRIM) != text:  # an escaped star stands for itself, never for other text
            assert not matches(literal, other, case_sensitive=True)
    prop()


def test_gift_answers_that_look_like_markup_or_matching_survive_or_are_left_out():
    marked = short([{"text": "[html]July"}, {"text": "%50% off", "grade": 0.5}])
    (back,) = import_gift(export_gift([marked])[0])
    assert [(a.text, a.grade) for a in back.accepted] == [("[html]July", 1.0), ("%50% off", 0.5)]
    arrow = short([{"text": "July -> August"}])
    text, skipped = export_gift([arrow])
    assert text == "" and "'->'" in skipped[0].reason
