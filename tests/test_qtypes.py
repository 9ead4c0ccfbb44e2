"""The question-type registry: every type answers every hook, the code around the types asks the
registry instead of naming types, and a new type is one registered entry."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from webapp import qtypes, quiz
from webapp.qtypes.base import AnswerError, Marked, QuestionType, Shown, one
from webapp.schemas import Question

WEBAPP = Path(__file__).resolve().parent.parent / "webapp"
TEMPLATES = WEBAPP / "templates"
# hooks with a sensible default on the base class; every other hook each type must write itself
DEFAULTED = {"layout", "unshuffled", "read_form", "payload", "gift_claims", "prompt_is_checked", "xml_claims",
             "wrong_figures", "typed_answer", "answer_feedback", "tally_label", "choices"}
# code that must ask the registry, never branch on a type's name
ASKERS = ["quiz.py", "bank.py", "authoring.py", "stats.py", "schemas.py", "results.py", *(
    f"exchange/{p.name}" for p in (WEBAPP / "exchange").glob("*.py"))]
TYPE_BRANCH = re.compile(r"""\b(?:type|t|qtype)\s*(?:==|!=|\bnot\s+in\b|\bin\b)\s*[(\[{]?\s*["']""")
TEMPLATE_BRANCH = re.compile(r"""\btype\s*(?:==|!=|\bin\b)\s*[(\[]?\s*['"]""")


def test_every_type_implements_every_hook():
    assert [t.name for t in qtypes.all_types()] == ["single", "multiple", "truefalse", "numeric", "shortanswer",
                                                     "ordering", "matching"]
    for t in qtypes.all_types():
        for hook in QuestionType.HOOKS:
            assert callable(getattr(t, hook)), (t.name, hook)
            if hook not in DEFAULTED:
                assert getattr(type(t), hook) is not getattr(QuestionType, hook), f"{t.name} lacks {hook}"
        assert t.label and t.exchange_label and t.xml_name, t.name
        assert (TEMPLATES / "quiz" / "types" / f"_{t.name}.html").is_file(), t.name
        if t.writable:
            assert (TEMPLATES / t.form_part).is_file(), t.name
        if t.rowed:
            assert (TEMPLATES / "teach" / "types" / f"_{t.name}_rows.html").is_file(), t.name


def test_gift_answer_blocks_are_claimed_by_one_type_at_most():
    blocks = ["", "#10:2", "=a ~b ~c", "~%50%a ~%50%b ~c", "=a -> 1 =b -> 2", "T", "FALSE", "#5~wrong", "paris"]
    for block in blocks:
        assert len([t for t in qtypes.all_types() if t.gift_claims(block)]) <= 1, block


@pytest.mark.parametrize("rel", ASKERS)
def test_code_asks_the_registry_instead_of_naming_types(rel):
    source = (WEBAPP / rel).read_text()
    assert not TYPE_BRANCH.findall(source), f"{rel} branches on a question type's name"


@pytest.mark.parametrize("rel", ["quiz/_question.html", "quiz/_review.html", "quiz/_feedback.html",
                                 "teach/question_form.html", "teach/_preview.html", "live/_answer_form.html"])
def test_templates_include_the_type_partial_instead_of_naming_types(rel):
    assert not TEMPLATE_BRANCH.findall((TEMPLATES / rel).read_text()), rel


def test_an_unknown_type_is_refused_by_name():
    with pytest.raises(ValidationError, match="'single', 'multiple'.*'matching'"):
        Question(id="odd-one", type="essay", prompt="Write about it.", fact_ids=["harbour-fact"], explanation="x",
                 difficulty=1, topics=["harbours"])


class Pick(QuestionType):
    """A made-up type: the answer is one of the question's option texts, typed in."""

    name = "toy-pick"
    label = "type an option"

    def layout(self, q, rng):
        return {"order": sorted(o.id for o in q.options)}

    def shown(self, q, entry):
        return Shown(q.type, q.prompt, [], [], None)

    def read(self, q, entry, form):
        if not one(form, "answer"):
            raise AnswerError("Type one of the options.")
        return {"typed": one(form, "answer")}

    def score(self, q, response):
        right = next(o.text for o in q.options if o.id == q.answer)
        ok = response["typed"].lower() == right.lower()
        return Marked(response, ok, 1.0 if ok else 0.0)

    def right_answer(self, q):
        return [o.text for o in q.options if o.id == q.answer]

    def describe(self, q, response):
        return [response["typed"]]

    def shape(self, q, min_rows, tied):
        return None if q.answer in [o.id for o in q.options] else "the answer names an option"


@pytest.fixture
def toy():
    qtypes.register(Pick())
    yield
    qtypes.unregister("toy-pick")


def test_a_registered_type_reaches_the_quiz(toy):
    q = Question(id="toy-question", type="toy-pick", prompt="Which harbour?", fact_ids=["harbour-fact"], explanation="x",
                 difficulty=1, topics=["harbours"], options=[{"id": "b", "text": "North"}, {"id": "a", "text": "South"}],
                 answer="a")
    entry = quiz.layout(q, random.Random(1))
    assert entry == {"q": "toy-question", "order": ["a", "b"]}
    assert quiz.shown(q, entry).prompt == "Which harbour?"
    with pytest.raises(AnswerError, match="Type one"):
        quiz.read_answer(q, entry, {"answer": " "})
    response = quiz.read_answer(q, entry, {"answer": "south"})
    assert quiz.score(q, response) == Marked({"typed": "south"}, True, 1.0)
    assert quiz.score(q, quiz.read_answer(q, entry, {"answer": "North"})).score == 0.0
    assert quiz.right_answer(q) == ["South"] and quiz.describe_response(q, response) == ["south"]
    with pytest.raises(ValidationError, match="the answer names an option"):
        Question(**{**q.model_dump(), "answer": "z"})


def test_an_unregistered_type_is_unknown_again(toy):
    qtypes.unregister("toy-pick")
    assert qtypes.find("toy-pick") is None
    with pytest.raises(ValidationError, match="Input should be 'single'"):
        Question(id="toy-question", type="toy-pick", prompt="P", fact_ids=["harbour-fact"], explanation="x", difficulty=1,
                 topics=["harbours"])


def test_moodle_xml_questions_are_claimed_by_one_type_at_most():
    from xml.etree.ElementTree import fromstring
    for xml in ('<question type="multichoice"><single>true</single></question>',
                '<question type="multichoice"><single>false</single></question>',
                '<question type="multichoice"/>', '<question type="truefalse"/>', '<question type="numerical"/>',
                '<question type="matching"/>', '<question type="ordering"/>', '<question/>',
                '<question type="shortanswer"/>',
                '<question type="essay"/>'):
        claims = [t.name for t in qtypes.all_types() if t.xml_claims(fromstring(xml))]
        assert len(claims) <= 1, (xml, claims)


def test_unshuffled_gives_a_choice_one_fixed_order_and_leaves_other_types_shuffled():
    """What assignments with "shuffle options" off ask for (assignments.attempt_layout): a choice's
    options in one order for everyone, seeded by the question and never the written order (issue 14);
    orderings and matchings stay shuffled, since their given order would be the answer."""
    from webapp.keys import fixed_order
    from webapp.bank import load_bank
    from webapp.facts import load_store
    from .conftest import MINI
    store = load_store(MINI / "content", MINI / "texts")
    bank = load_bank(MINI / "questions", store)
    by_type = {}
    for q in bank.questions.values():
        by_type.setdefault(q.type, q)
    assert set(by_type) == {t.name for t in qtypes.all_types()}
    for name, q in by_type.items():
        shuffled, kept = (quiz.layout(q, random.Random(7), shuffle_options=s) for s in (True, False))
        if name in ("single", "multiple"):
            assert kept == {**shuffled, "order": fixed_order(q)}
            assert kept["order"] != [o.id for o in q.options]
        else:
            assert kept == shuffled


class PickWithHint(Pick):
    name = "toy-pick"
    writable = True

    def read_form(self, one, many):
        return {"hint": one("hint", 40).strip()}


def test_a_registered_type_s_own_form_fields_reach_the_teacher_s_draft():
    from werkzeug.datastructures import MultiDict
    from webapp.authoring import Draft
    qtypes.register(PickWithHint())
    try:
        d = Draft.from_form(MultiDict({"type": "toy-pick", "prompt": "Which harbour?", "hint": " the bigger one "}),
                            store=None)
        assert d.type == "toy-pick" and d.extra == {"hint": "the bigger one"}
        assert d.unit == "" and len(d.options) == 6  # the other types' fields are read as before
    finally:
        qtypes.unregister("toy-pick")
    assert Draft.from_form(MultiDict({"type": "single"}), store=None).extra == {}


LIVE_FIELDS = {"single": 'class="tap tap-0"', "truefalse": 'class="tap tap-0"', "multiple": 'type="checkbox"',
               "numeric": 'inputmode="decimal"', "ordering": 'name="rank-r1"', "matching": 'name="match-r1"',
               "shortanswer": 'spellcheck="false"'}


@pytest.mark.parametrize("name", list(LIVE_FIELDS))
def test_live_mode_asks_each_type_with_big_inputs_and_sends_unless_one_tap_answers(app, name):
    from types import SimpleNamespace

    from flask import render_template
    view = Shown(name, "Which is it?", [("0", "First"), ("1", "Second")], [("r1", "A row")], "soldiers")
    with app.test_request_context("/live/ABC123"):
        html = render_template("live/_answer_form.html", s=SimpleNamespace(code="ABC123", position=1), view=view,
                               error=None)
    assert LIVE_FIELDS[name] in html and "Which is it?" in html
    assert ("Send my answer" in html) is (not qtypes.get(name).one_tap)
    if name not in ("single", "truefalse"):
        assert 'class="tap-input"' in html or 'class="tap tap-check"' in html


def test_a_type_with_no_live_partial_is_asked_in_live_mode_with_its_quiz_partial(app, toy):
    from types import SimpleNamespace

    from flask import render_template
    from jinja2 import ChoiceLoader, DictLoader
    app.jinja_env.loader = ChoiceLoader([app.jinja_env.loader, DictLoader(
        {"quiz/types/_toy-pick.html": '<input name="answer" class="{{ input_class }}" aria-label="typed">'})])
    with app.test_request_context("/live/ABC123"):
        html = render_template("live/_answer_form.html", s=SimpleNamespace(code="ABC123", position=1),
                               view=Shown("toy-pick", "Which harbour?", [], [], None), error=None)
    assert 'name="answer" class="tap-input"' in html and "Send my answer" in html


def test_results_count_every_option_of_a_fixed_answer_type_through_the_registry():
    from webapp.results import response_counts
    from .conftest import MINI
    from webapp.bank import load_bank
    from webapp.facts import load_store
    bank = load_bank(MINI / "questions", load_store(MINI / "content", MINI / "texts"))
    by_type = {}
    for q in bank.questions.values():
        by_type.setdefault(q.type, q)

    def tally(q, responses):
        answers = [type("A", (), {"question_id": q.id, "response": r, "correct": False})() for r in responses]
        got, answered = response_counts(q, [type("T", (), {"answers": answers})()])
        return [(c.label, c.count, c.right) for c in got], answered

    one = by_type["single"]
    other = next(o.id for o in one.options if o.id != one.answer)
    # an imported question may give full marks to a second option (several `=` in GIFT): both are right
    two_right = one.model_copy(update={"options": [o.model_copy(update={"weight": 1.0}) if o.id == other else o
                                                   for o in one.options]})
    rows, answered = tally(two_right, [{"option": one.answer}, {"option": other}, {"option": other}])
    assert answered == 3 and len(rows) == len(one.options)  # options nobody chose are listed with 0
    assert {label: (n, right) for label, n, right in rows}[next(o.text for o in one.options if o.id == other)] == (2, True)

    many = by_type["multiple"]  # a student counts once under each option ticked
    rows, answered = tally(many, [{"options": list(many.answer)}, {"options": [many.answer[0]]}])
    counts = {label: n for label, n, _ in rows}
    assert answered == 2 and counts[next(o.text for o in many.options if o.id == many.answer[0])] == 2
    assert [right for *_, right in rows] == [o.id in many.answer for o in many.options]

    tf = by_type["truefalse"]
    rows, answered = tally(tf, [{"value": True}, {"value": True}])
    assert rows == [("True", 2, tf.answer is True), ("False", 0, tf.answer is False)]
    assert qtypes.get("numeric").choices(by_type["numeric"], []) is None  # typed answers are tallied instead
