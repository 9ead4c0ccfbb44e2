"""Issue 16: what a supported Moodle question carries comes in, is scored as Moodle scores it, and
goes back out — per-answer feedback, right / partly / wrong feedback, hints, partial credit on a
single answer, exact multiple-answer weights, numerical partial-credit answers, matching
distractors, categories and tags — and what cannot come in is listed question by question.

The fixtures are written here the way Moodle's own GIFT and XML exporters write questions (read in
Moodle's question/format/gift and question/format/xml code); none is copied from Moodle."""
from __future__ import annotations

import pytest
from lxml import etree

from webapp import qtypes
from webapp.exchange import ExchangeError, export_gift, export_moodle_xml, import_gift, import_moodle_xml
from webapp.qtypes.base import feedback_for
from webapp.schemas import Question

GIFT = """// question: 101  name: Largest planet
::Largest planet::[html]Which planet is the <em>largest</em>?{
\t=Jupiter#Right: it holds more mass than all the others together.
\t~Saturn#Close, but Saturn is a little smaller.
\t~Mars#Mars is about half the width of Earth.
\t####<p>Jupiter is the largest planet.</p>
}

$CATEGORY: $course$/top/Default for Science 7/Planets

::Capital, half credit::Which city is the capital of Australia?{
\t=Canberra
\t~%50%Sydney#The largest city, not the capital.
\t~Perth
}

::Two right::Which of these is a primary colour of light?{=Red =Green ~Yellow}

::Exact weights::Which of these are mammals?{
\t~%50%Whale
\t~%50%Bat
\t~%0%Shark#A fish.
\t~%-100%Trout
}

::Speed of sound::How fast does sound travel in air, in metres per second?{#
\t=343:0#Exactly.
\t=%50%343:20#Close enough for half.
\t~#Look at the table again.
}

::Match the symbols::Match each element with its symbol.{
\t=Oxygen -> O
\t=Iron -> Fe
\t=Gold -> Au
\t= -> Ag
\t= -> Cu
}

::Sun is a star::The Sun is a star.{T#It is a star: a G-type one.#Yes.}

::Essay one::Describe the water cycle.{}

::Notice::This is only a description, not a question.
"""

PNG = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==")
SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script>'
       '<rect width="10" height="10" fill="red" onclick="alert(2)"/></svg>')


def moodle_xml(*questions: str, category: str = "$course$/top/Default for Science 7/Chemistry") -> str:
    cat = (f'<question type="category"><category><text>{category}</text></category>'
           '<info format="moodle_auto_format"><text></text></info></question>')
    return '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>' + cat + "".join(questions) + "</quiz>"


def xml_choice(name: str, answers: list[tuple[str, str, str]], single: str = "true", extra: str = "") -> str:
    body = "".join(f'<answer fraction="{f}" format="html"><text><![CDATA[<p>{t}</p>]]></text>'
                   f'<feedback format="html"><text>{fb}</text></feedback></answer>' for t, f, fb in answers)
    return (f'<question type="multichoice"><name><text>{name}</text></name>'
            f'<questiontext format="html"><text><![CDATA[<p>Pick: x<sup>2</sup> and <strong>bold</strong></p>]]></text>'
            '</questiontext><generalfeedback format="html"><text>&lt;p&gt;General words.&lt;/p&gt;</text></generalfeedback>'
            '<defaultgrade>2.0000000</defaultgrade><penalty>0.3333333</penalty><hidden>0</hidden>'
            f'<single>{single}</single><shuffleanswers>0</shuffleanswers><answernumbering>abc</answernumbering>'
            '<correctfeedback format="html"><text>&lt;p&gt;Well done.&lt;/p&gt;</text></correctfeedback>'
            '<partiallycorrectfeedback format="html"><text>Partly there.</text></partiallycorrectfeedback>'
            '<incorrectfeedback format="html"><text>Not this time.</text></incorrectfeedback>'
            f'<shownumcorrect/>{body}'
            '<hint format="html"><text>Think about squares.</text><shownumcorrect/></hint>'
            '<hint format="html"><text>Remove the wrong ones.</text><clearwrong/></hint>'
            f'<tags><tag><text>powers</text></tag></tags>{extra}</question>')


WORDS = ["one", "two", "three", "four", "five", "six", "seven"]
SEVEN = xml_choice("Seven options", [(f"choice {w}", "100" if n == 5 else "0", f"fb {n}")
                                     for n, w in enumerate(WORDS, 1)])


def by_name(drafts, name):
    return next(d for d in drafts if d.source_name == name)


def as_question(d, **kw) -> Question:
    """A draft as the question the teacher makes of it (tied to a fact): every imported field kept."""
    body = d.model_dump(exclude={"source_name", "source_line"})
    body.update(fact_ids=["a-fact"], explanation=d.explanation or "Why.", topics=d.topics or ["general"])
    body.update(kw)
    if body["type"] in ("matching",):
        body["pairs"] = [{**p, "figure": "ff"} for p in body["pairs"]]
    if body["type"] == "ordering":
        body["items"] = [{**i, "figure": "ff"} for i in body["items"]]
    return Question(**body)


def mark(q, response):
    return qtypes.get(q.type).score(q, response)


# --- GIFT: what comes in ------------------------------------------------------------------------

def test_gift_per_answer_and_general_feedback_come_in():
    d = by_name(import_gift(GIFT, skip_unsupported=True), "Largest planet")
    assert [o.text for o in d.options] == ["Jupiter", "Saturn", "Mars"]
    assert d.options[0].feedback == "Right: it holds more mass than all the others together."
    assert d.options[2].feedback == "Mars is about half the width of Earth."
    assert d.explanation == "Jupiter is the largest planet."
    assert all(o.weight is None for o in d.options)  # a plain one-right-answer question keeps the default


def test_gift_partial_credit_on_a_single_answer_is_kept_and_scored_as_moodle_does():
    d = by_name(import_gift(GIFT, skip_unsupported=True), "Capital, half credit")
    assert d.type == "single" and d.answer == "a"
    assert [o.weight for o in d.options] == [1.0, 0.5, 0.0]
    q = as_question(d)
    assert mark(q, {"option": "b"}).score == 0.5 and not mark(q, {"option": "b"}).correct
    assert mark(q, {"option": "a"}).correct and mark(q, {"option": "c"}).score == 0
    assert feedback_for(q, {"option": "b"}, False, 0.5) == ["The largest city, not the capital."]


def test_gift_several_full_credit_answers_make_a_single_answer_with_two_right():
    d = by_name(import_gift(GIFT, skip_unsupported=True), "Two right")
    q = as_question(d)
    assert q.type == "single" and mark(q, {"option": "a"}).correct and mark(q, {"option": "b"}).correct
    assert qtypes.get("single").right_answer(q) == ["Red", "Green"]


def test_multiple_answer_weights_are_kept_exactly_and_scored_as_moodle_sums_them():
    d = by_name(import_gift(GIFT, skip_unsupported=True), "Exact weights")
    assert d.type == "multiple" and d.answer == ["a", "b"]
    assert [o.weight for o in d.options] == [0.5, 0.5, 0.0, -1.0]  # 0% stays 0%, not -50%
    q = as_question(d)
    assert mark(q, {"options": ["a", "b"]}).correct
    assert mark(q, {"options": ["a", "b", "c"]}).score == 1.0  # Moodle: a 0% option costs nothing
    assert mark(q, {"options": ["a", "c"]}).score == 0.5
    assert mark(q, {"options": ["a", "d"]}).score == 0.0  # floored at 0
    xml, _ = export_moodle_xml([q])
    fractions = [a.get("fraction") for a in etree.fromstring(xml.encode()).iter("answer")]
    assert fractions == ["50", "50", "0", "-100"]
    gift, _ = export_gift([q])
    assert "\t~%0%Shark\\#" not in gift and "\t~%0%Shark#A fish." in gift and "\t~%-100%Trout" in gift


def test_default_multiple_answer_weights_store_nothing_extra():
    d = import_gift("::M::Which?{~%50%a ~%50%b ~%-50%c ~%-50%d}")[0]
    assert all(o.weight is None for o in d.options) and d.answer == ["a", "b"]


def test_numerical_partial_credit_answers_and_their_feedback_are_kept():
    d = by_name(import_gift(GIFT, skip_unsupported=True), "Speed of sound")
    assert (d.answer, d.tolerance, d.right_feedback) == (343, 0, "Exactly.")
    assert [(a.value, a.tolerance, a.weight, a.feedback) for a in d.numeric_answers] == \
        [(343, 20, 0.5, "Close enough for half.")]
    assert d.wrong_feedback == "Look at the table again."
    q = as_question(d, unit="metres per second")
    assert mark(q, {"value": 343.0, "typed": "343"}).correct
    half = mark(q, {"value": 330.0, "typed": "330"})
    assert half.score == 0.5 and not half.correct
    assert feedback_for(q, {"value": 330.0}, False, 0.5) == ["Close enough for half.", "Look at the table again."]
    assert mark(q, {"value": 100.0, "typed": "100"}).score == 0
    assert feedback_for(q, {"value": 343.0}, True, 1.0) == ["Exactly."]


def test_gift_matching_distractors_come_in_and_are_offered():
    d = by_name(import_gift(GIFT, skip_unsupported=True), "Match the symbols")
    assert [(p.left, p.right) for p in d.pairs] == [("Oxygen", "O"), ("Iron", "Fe"), ("Gold", "Au")]
    assert d.distractors == ["Ag", "Cu"]
    q = as_question(d)
    import random
    entry = qtypes.get("matching").layout(q, random.Random(1))
    shown = qtypes.get("matching").shown(q, entry)
    assert sorted(t for _, t in shown.choices) == ["Ag", "Au", "Cu", "Fe", "O"]
    gift, _ = export_gift([q])
    assert "\t= -> Ag\n\t= -> Cu" in gift
    back = import_gift(gift)[0]
    assert back.distractors == ["Ag", "Cu"]


def test_truefalse_feedback_for_each_answer():
    d = by_name(import_gift(GIFT, skip_unsupported=True), "Sun is a star")
    assert d.answer is True and d.wrong_feedback == "It is a star: a G-type one." and d.right_feedback == "Yes."
    gift, _ = export_gift([as_question(d)])
    assert "{TRUE#It is a star\\: a G-type one.#Yes.\n" in gift


def test_gift_category_becomes_the_tag_of_the_questions_after_it():
    drafts = import_gift(GIFT, skip_unsupported=True)
    assert by_name(drafts, "Largest planet").tags == []
    assert by_name(drafts, "Capital, half credit").tags == ["Planets"]


# --- what cannot come in is listed, never a reason to refuse the rest -----------------------------

UNSUPPORTED_XML = moodle_xml(
    SEVEN,
    '<question type="essay"><name><text>Explain reactions</text></name><questiontext><text>Why?</text></questiontext></question>',
    '<question type="description"><name><text>Read this first</text></name><questiontext><text>Intro</text></questiontext></question>',
    '<question type="multianswer"><name><text>Fill the gaps</text></name><questiontext><text>{1:SA:=a}</text></questiontext></question>',
    '<question type="ddwtos"><name><text>Drag words</text></name><questiontext><text>[[1]]</text></questiontext></question>',
    '<question type="calculated"><name><text>Formula</text></name><questiontext><text>{x}+1</text></questiontext></question>',
)


def test_unsupported_questions_are_each_listed_and_the_rest_comes_in():
    drafts = import_moodle_xml(UNSUPPORTED_XML, skip_unsupported=True)
    assert [d.source_name for d in drafts] == ["Seven options"]
    left = [(e.name, e.kind) for e in drafts.report if e.status == "left out"]
    assert left == [("Explain reactions", "essay"), ("Read this first", "description"),
                    ("Fill the gaps", "cloze (embedded answers)"), ("Drag words", "drag and drop into text"),
                    ("Formula", "calculated")]


def test_strict_mode_names_every_question_it_cannot_take():
    with pytest.raises(ExchangeError) as e:
        import_moodle_xml(UNSUPPORTED_XML)
    for name in ("Explain reactions", "Read this first", "Fill the gaps", "Drag words", "Formula"):
        assert name in e.value.message
    with pytest.raises(ExchangeError) as e:
        import_gift(GIFT)
    assert "Essay one" in e.value.message and "Notice" in e.value.message and "line" in e.value.message


def test_the_report_says_what_came_in_what_changed_and_what_was_dropped():
    drafts = import_moodle_xml(UNSUPPORTED_XML, skip_unsupported=True)
    e = drafts.report[0]
    assert e.status == "imported" and e.kind == "one answer"
    kept = " ".join(e.kept)
    assert "7 options kept; the question form shows all of them" in kept
    assert "feedback on 7 answers kept" in kept and "2 hints kept" in kept
    assert "feedback for a right answer kept" in kept and "category and tags kept as tags: Chemistry, powers" in kept
    changed, dropped = " ".join(e.changed), " ".join(e.dropped)
    assert "the question text's formatting (bold, superscript)" in kept and "<sup>" not in changed
    assert "default mark of 2" in dropped and "keep the answers in order" in dropped
    assert "interactive tries" in dropped


def test_xml_reads_combined_feedback_hints_and_tags():
    d = import_moodle_xml(moodle_xml(SEVEN))[0]
    assert len(d.options) == 7 and d.answer == "e"
    assert [o.feedback for o in d.options] == [f"fb {n}" for n in range(1, 8)]
    assert (d.right_feedback, d.partial_feedback, d.wrong_feedback) == ("Well done.", "Partly there.", "Not this time.")
    assert d.hints == ["Think about squares.", "Remove the wrong ones."]
    assert d.tags == ["Chemistry", "powers"] and d.explanation == "General words."


def test_xml_matching_distractor_subquestions_are_kept():
    m = ('<question type="matching"><name><text>M</text></name><questiontext><text>Match.</text></questiontext>'
         '<subquestion format="html"><text>A</text><answer><text>1</text></answer></subquestion>'
         '<subquestion format="html"><text>B</text><answer><text>2</text></answer></subquestion>'
         '<subquestion format="html"><text></text><answer><text>3</text></answer></subquestion></question>')
    d = import_moodle_xml(moodle_xml(m))[0]
    assert d.distractors == ["3"] and len(d.pairs) == 2


def test_malformed_files_are_still_refused_whole_naming_line_and_question():
    with pytest.raises(ExchangeError) as e:
        import_gift("::Fine::Q?{=a ~b}\n\n::Broken::Q?{=a ~b\n", skip_unsupported=True)
    assert e.value.line == 3 and "Broken" in e.value.question
    with pytest.raises(ExchangeError) as e:
        import_moodle_xml(moodle_xml(SEVEN, xml_choice("No right", [("a", "0", ""), ("b", "0", "")])),
                          skip_unsupported=True)
    assert "No right" in e.value.question and e.value.question.startswith("2")


# --- round trips, field by field -----------------------------------------------------------------

RICH = [
    Question(id="r-single", type="single", prompt="Which?", fact_ids=["ff"], explanation="Why.", difficulty=2,
             topics=["tt"], tags=["Week 3", "Planets"], answer="a", right_feedback="Good.", wrong_feedback="No.", partial_feedback="Half.",
             hints=["First hint.", "Second hint."],
             options=[{"id": "a", "text": "Alpha", "weight": 1.0, "feedback": "Yes, alpha."},
                      {"id": "b", "text": "Beta", "weight": 0.5, "feedback": "Half right."},
                      *({"id": f"o{k}", "text": f"Other {k}", "weight": 0.0} for k in range(5))]),
    Question(id="r-multiple", type="multiple", prompt="Which ones?", fact_ids=["ff"], explanation="Why.",
             difficulty=2, topics=["tt"], answer=["a", "b"],
             options=[{"id": "a", "text": "A", "weight": 0.5}, {"id": "b", "text": "B", "weight": 0.5},
                      {"id": "c", "text": "C", "weight": 0.0, "feedback": "Not C."}]),
    Question(id="r-numeric", type="numeric", prompt="How many?", fact_ids=["ff"], explanation="Why.", difficulty=2,
             topics=["tt"], answer=12.0, tolerance=0.0, unit="boats", right_feedback="Twelve.",
             wrong_feedback="Count again.", numeric_answers=[{"value": 12, "tolerance": 2, "weight": 0.5,
                                                              "feedback": "Nearly."}]),
    Question(id="r-true", type="truefalse", prompt="It is so.", fact_ids=["ff"], explanation="Why.", difficulty=2,
             topics=["tt"], answer=True, right_feedback="Indeed.", wrong_feedback="It is so."),
    Question(id="r-matching", type="matching", prompt="Match.", fact_ids=["ff"], explanation="Why.", difficulty=2,
             topics=["tt"], distractors=["spare"], right_feedback="All matched.",
             pairs=[{"id": "a", "left": "1", "right": "one", "figure": "ff"},
                    {"id": "b", "left": "2", "right": "two", "figure": "ff"},
                    {"id": "c", "left": "3", "right": "three", "figure": "ff"}]),
    Question(id="r-ordering", type="ordering", prompt="Order.", fact_ids=["ff"], explanation="Why.", difficulty=2,
             topics=["tt"], items=[{"id": "a", "text": "big", "figure": "ff"}, {"id": "b", "text": "small", "figure": "ff"},
                                  {"id": "c", "text": "mid", "figure": "ff"}], answer=["a", "c", "b"]),
]
XML_FIELDS = ("type", "prompt", "explanation", "right_feedback", "partial_feedback", "wrong_feedback", "hints",
              "tolerance", "unit", "distractors", "tags")


def _options(x):
    return [(o.text, o.weight, o.feedback) for o in x.options]


def _answers(x):
    return [(a.value, a.tolerance, a.weight, a.feedback) for a in x.numeric_answers]


def _key(x):
    """The key in the order's texts (ids are renumbered on import)."""
    if x.type == "ordering":
        by = {i.id: i.text for i in x.items}
        return [by[i] for i in x.answer]
    if x.type in ("single", "multiple"):
        by = {o.id: o.text for o in x.options}
        return sorted(by[a] for a in ([x.answer] if isinstance(x.answer, str) else x.answer))
    if x.type == "matching":
        return [(p.left, p.right) for p in x.pairs]
    return x.answer


@pytest.mark.parametrize("original", RICH, ids=[x.id for x in RICH])
def test_moodle_xml_round_trip_keeps_every_field(original):
    xml, skipped = export_moodle_xml([original])
    assert not skipped
    back = import_moodle_xml(xml)[0]
    for f in XML_FIELDS:
        assert getattr(back, f) == getattr(original, f), f
    assert _options(back) == _options(original) and _answers(back) == _answers(original)
    assert _key(back) == _key(original)
    # and the app's own question made of it writes the same file again
    again, _ = export_moodle_xml([as_question(back, id=original.id, fact_ids=["ff"], topics=original.topics,
                                              **({"unit": original.unit} if original.unit else {}))])
    strip = lambda s: s.replace(original.id, "")  # noqa: E731
    assert strip(again) == strip(xml)


GIFT_FIELDS = ("type", "prompt", "explanation", "tolerance", "unit", "distractors")


@pytest.mark.parametrize("original", RICH, ids=[x.id for x in RICH])
def test_gift_round_trip_keeps_what_gift_can_carry(original):
    text, skipped = export_gift([original])
    assert not skipped
    back = import_gift(text)[0]
    for f in GIFT_FIELDS:
        assert getattr(back, f) == getattr(original, f), f
    assert _options(back) == _options(original) and _answers(back) == _answers(original)
    assert _key(back) == _key(original)
    if original.type in ("numeric", "truefalse"):  # GIFT carries these two types' right / wrong feedback
        assert (back.right_feedback, back.wrong_feedback) == (original.right_feedback, original.wrong_feedback)


# --- an independent parser reads every export: lxml against Moodle's element rules ----------------

def test_moodle_xml_export_follows_moodles_element_rules():
    xml, _ = export_moodle_xml(RICH)
    root = etree.fromstring(xml.encode())
    for el in root.findall("question"):
        for fb in el.iter("feedback"):
            assert fb.get("format") == "html" and fb.find("text") is not None
        for hint in el.findall("hint"):
            assert hint.get("format") == "html" and hint.findtext("text").startswith("<p>")
        for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
            if el.get("type") in ("multichoice", "matching", "ordering"):
                assert el.find(tag) is not None
    numeric = next(e for e in root.findall("question") if e.get("type") == "numerical")
    assert numeric.findtext("showunits") == "0"  # Moodle names the unit (3 would hide it)
    assert [a.findtext("text") for a in numeric.findall("answer")] == ["12", "12", "*"]
    assert [a.get("fraction") for a in numeric.findall("answer")] == ["100", "50", "0"]
    matching = next(e for e in root.findall("question") if e.get("type") == "matching")
    assert [s.findtext("text") for s in matching.findall("subquestion")][-1] == ""
    assert matching.findall("subquestion")[-1].findtext("answer/text") == "spare"


def test_ordering_goes_to_gift_in_core_moodles_syntax():
    text, skipped = export_gift([RICH[-1]])
    assert not skipped
    assert "{>3 ALL VERTICAL ABSOLUTE_POSITION SHOW\nbig\nmid\nsmall\n" in text


# --- formatting: kept through a maintained sanitiser (nh3), plain text keeps its meaning -----------

def test_superscripts_keep_their_meaning_in_plain_text():
    d = import_moodle_xml(moodle_xml(xml_choice("Powers", [("3<sup>2</sup>", "100", ""), ("3<sub>2</sub>", "0", ""),
                                                            ("x<sup>ab</sup>", "0", "")])))[0]
    assert d.prompt == "Pick: x² and bold"  # not "x2"
    assert [o.text for o in d.options] == ["3²", "3₂", "x^(ab)"]  # not "32"


def test_the_prompts_formatting_is_kept_cleaned_and_goes_back_out():
    text = ("<p>Solve x<sup>2</sup> = 9 <em>carefully</em>:</p><ul><li>one</li><li>two</li></ul>"
            "<table><tr><td onclick='alert(1)'>cell</td></tr></table><script>alert(1)</script>"
            "<a href='javascript:alert(1)'>link</a><p style='color:red'>end</p>")
    d = import_moodle_xml(moodle_xml(xml_choice("Rich", [("a", "100", ""), ("b", "0", "")]).replace(
        "<![CDATA[<p>Pick: x<sup>2</sup> and <strong>bold</strong></p>]]>", f"<![CDATA[{text}]]>")))[0]
    assert d.prompt_html == ("<p>Solve x<sup>2</sup> = 9 <em>carefully</em>:</p><ul><li>one</li><li>two</li></ul>"
                             "<table><tbody><tr><td>cell</td></tr></tbody></table>link<p>end</p>")
    q = as_question(d)
    xml, _ = export_moodle_xml([q])
    assert "<sup>2</sup>" in etree.fromstring(xml.encode()).findtext("question/questiontext/text")
    assert import_moodle_xml(xml)[0].prompt_html == d.prompt_html
    gift, _ = export_gift([q])
    assert "[html]<p>Solve x<sup>2</sup> \\= 9" in gift
    assert import_gift(gift)[0].prompt_html == d.prompt_html


def test_html_that_reaches_a_question_any_other_way_is_cleaned_too():
    q = as_question(import_gift("::T::Is it?{T}")[0], prompt_html="<b onmouseover=x>b</b><script>x()</script><img src=x>")
    assert q.prompt_html == "<b>b</b>"


def test_what_gift_cannot_carry_is_named_in_a_comment_moodle_skips():
    text, _ = export_gift([RICH[0]])
    assert "// not in GIFT, see the Moodle XML export: hints, tags, the right / partly right / wrong feedback" in text
    assert import_gift(text)[0].source_name == "r-single"  # still reads as the same question
    text, _ = export_gift([RICH[3]])  # true/false carries its feedback in GIFT
    assert "not in GIFT" not in text
