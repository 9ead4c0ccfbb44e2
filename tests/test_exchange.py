"""Moodle XML and GIFT export/import (webapp/exchange.py).

Exports are checked with an independent parser (lxml) against Moodle's question structure, and by
importing them back; imports are checked against GIFT written the way Moodle's GIFT documentation
writes it, and against malformed and hostile files."""
from __future__ import annotations

import pytest
from lxml import etree

from webapp import exchange
from webapp.exchange import (
    ExchangeError, export_gift, export_moodle_xml, gift_escape, import_gift, import_moodle_xml,
)
from webapp.schemas import DraftQuestion, Question

COMMON = {"fact_ids": ["some-fact"], "explanation": "Because the source says so.", "difficulty": 2,
          "topics": ["scale"]}


def q(**kw) -> Question:
    return Question(**{**COMMON, **kw})


SPECIAL = "Braces {1}, an = sign, a ~tilde, a #hash, a colon: and a back\\slash"

QUESTIONS = [
    q(id="q-single", type="single", prompt=f"Which option is right? {SPECIAL}",
      options=[{"id": "a", "text": "Alpha {1}"}, {"id": "b", "text": "Beta = 2"},
               {"id": "c", "text": "%5% off ~ maybe"}], answer="a"),
    q(id="q-multiple", type="multiple", prompt="Which two are right?",
      options=[{"id": "a", "text": "one"}, {"id": "b", "text": "two"}, {"id": "c", "text": "three"},
               {"id": "d", "text": "four"}], answer=["a", "c"]),
    q(id="q-true", type="truefalse", prompt="The report counts soldiers.", answer=True),
    q(id="q-false", type="truefalse", prompt="The report counts sailors.", answer=False, contradicts="other-fact"),
    q(id="q-numeric", type="numeric", prompt="How many were counted?", answer=10000, tolerance=50, unit="soldiers"),
    q(id="q-decimal", type="numeric", prompt="Which change?", answer=-3.25, tolerance=0.5, unit="points"),
    q(id="q-matching", type="matching", prompt="Match each figure with what it counts.",
      pairs=[{"id": "a", "left": "83%", "right": "rank-and-file soldiers", "figure": "f1"},
             {"id": "b", "left": "12%", "right": "officers: junior", "figure": "f2"},
             {"id": "c", "left": "5%", "right": "others -> rest", "figure": "f3"}]),
    q(id="q-ordering", type="ordering", prompt="Order from largest to smallest.",
      items=[{"id": "x", "text": "small", "figure": "f1"}, {"id": "y", "text": "large", "figure": "f2"},
             {"id": "z", "text": "middle", "figure": "f3"}], answer=["y", "z", "x"]),
    q(id="q-xss", type="single", prompt='<script>alert("x")</script> & <b>not bold</b>',
      options=[{"id": "a", "text": "<img src=x onerror=alert(1)>"}, {"id": "b", "text": "plain"}], answer="b"),
]
BY_ID = {x.id: x for x in QUESTIONS}


def parse(xml: str):
    return etree.fromstring(xml.encode("utf-8"))


def questions_of(root, qtype=None):
    return [e for e in root.findall("question") if qtype is None or e.get("type") == qtype]


def named(root, name):
    return next(e for e in root.findall("question") if e.findtext("name/text") == name)


# --- Moodle XML export ----------------------------------------------------------------------------

def test_moodle_xml_structure():
    xml, skipped = export_moodle_xml(QUESTIONS, category="Sourced / quiz")
    assert skipped == []
    assert xml.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    root = parse(xml)
    assert root.tag == "quiz"
    first = root.find("question")
    assert first.get("type") == "category"
    assert first.findtext("category/text") == "$course$/top/Sourced // quiz"  # "/" inside a name is "//"
    assert [e.get("type") for e in questions_of(root)[1:]] == [
        "multichoice", "multichoice", "truefalse", "truefalse", "numerical", "numerical", "matching",
        "ordering", "multichoice"]
    for e in questions_of(root)[1:]:
        assert e.find("questiontext").get("format") == "html"
        assert e.findtext("questiontext/text").startswith("<p>")
        assert e.findtext("idnumber") == e.findtext("name/text")


def test_moodle_xml_multichoice_fractions():
    root = parse(export_moodle_xml(QUESTIONS)[0])
    single = named(root, "q-single")
    assert single.findtext("single") == "true"
    assert [(a.get("fraction"), a.findtext("text")) for a in single.findall("answer")] == [
        ("100", "<p>Alpha {1}</p>"), ("0", "<p>Beta = 2</p>"), ("0", "<p>%5% off ~ maybe</p>")]
    multi = named(root, "q-multiple")
    assert multi.findtext("single") == "false"
    fractions = [float(a.get("fraction")) for a in multi.findall("answer")]
    # two right of four: +100/2 for each right one, -100/2 for each wrong one (Sourced's own scoring)
    assert fractions == [50, -50, 50, -50]
    assert sum(f for f in fractions if f > 0) == 100


def test_moodle_xml_truefalse_numerical_matching_ordering():
    root = parse(export_moodle_xml(QUESTIONS)[0])
    for name, right in (("q-true", "true"), ("q-false", "false")):
        answers = {a.findtext("text"): a.get("fraction") for a in named(root, name).findall("answer")}
        assert answers == {right: "100", ("false" if right == "true" else "true"): "0"}
    num = named(root, "q-numeric")
    (ans,) = num.findall("answer")
    assert (ans.get("fraction"), ans.findtext("text"), ans.findtext("tolerance")) == ("100", "10000", "50")
    assert num.findtext("units/unit/unit_name") == "soldiers"
    assert num.findtext("units/unit/multiplier") == "1"
    dec = named(root, "q-decimal").find("answer")
    assert (dec.findtext("text"), dec.findtext("tolerance")) == ("-3.25", "0.5")
    match = named(root, "q-matching")
    assert [(s.findtext("text"), s.findtext("answer/text")) for s in match.findall("subquestion")] == [
        ("<p>83%</p>", "rank-and-file soldiers"), ("<p>12%</p>", "officers: junior"),
        ("<p>5%</p>", "others -> rest")]
    order = named(root, "q-ordering")
    assert order.findtext("gradingtype") == "ABSOLUTE_POSITION"
    assert [(a.get("fraction"), a.findtext("text")) for a in order.findall("answer")] == [
        ("1.0000000", "<p>large</p>"), ("2.0000000", "<p>middle</p>"), ("3.0000000", "<p>small</p>")]


def test_moodle_xml_can_leave_ordering_out():
    xml, skipped = export_moodle_xml(QUESTIONS, include_ordering=False)
    assert [s.id for s in skipped] == ["q-ordering"] and "Moodle 4.4" in skipped[0].reason
    assert "ordering" not in {e.get("type") for e in parse(xml)}


def test_moodle_xml_general_feedback():
    root = parse(export_moodle_xml(QUESTIONS, explanations={"q-single": "Rendered: about 83% <of> them."})[0])
    gf = named(root, "q-single").find("generalfeedback")
    assert gf.get("format") == "html"
    assert gf.findtext("text") == "<p>Rendered: about 83% &lt;of&gt; them.</p>"
    # no rendered text given: the plain explanation is used
    assert named(root, "q-true").findtext("generalfeedback/text") == "<p>Because the source says so.</p>"
    # an explanation with unrendered {{fact}} references is not sent as markup
    with_ref = q(id="q-ref", type="truefalse", prompt="P", answer=True, explanation="It is {{some-fact}}.")
    assert named(parse(export_moodle_xml([with_ref])[0]), "q-ref").findtext("generalfeedback/text") in ("", None)


def test_script_in_a_prompt_stays_text_in_moodle_xml():
    xml, _ = export_moodle_xml([BY_ID["q-xss"]])
    assert "<script" not in xml and "<img" not in xml  # escaped twice: once as HTML, once as XML
    e = named(parse(xml), "q-xss")
    assert e.findtext("questiontext/text") == (
        "<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;not bold&lt;/b&gt;</p>")
    (d,) = import_moodle_xml(xml)
    assert d.prompt == BY_ID["q-xss"].prompt
    assert [o.text for o in d.options] == ["<img src=x onerror=alert(1)>", "plain"]


def same_content(draft: DraftQuestion, orig: Question):
    assert draft.type == orig.type
    assert draft.prompt == orig.prompt
    if orig.type in ("single", "multiple"):
        assert [o.text for o in draft.options] == [o.text for o in orig.options]
        right = {orig.answer} if orig.type == "single" else set(orig.answer)
        got = {draft.answer} if draft.type == "single" else set(draft.answer)
        assert {o.text for o in draft.options if o.id in got} == {o.text for o in orig.options if o.id in right}
    elif orig.type == "truefalse":
        assert draft.answer is orig.answer
    elif orig.type == "numeric":
        assert (draft.answer, draft.tolerance, draft.unit) == (orig.answer, orig.tolerance, orig.unit)
    elif orig.type == "matching":
        assert [(p.left, p.right) for p in draft.pairs] == [(p.left, p.right) for p in orig.pairs]
    elif orig.type == "ordering":
        texts = {i.id: i.text for i in draft.items}
        otexts = {i.id: i.text for i in orig.items}
        assert [texts[i] for i in draft.answer] == [otexts[i] for i in orig.answer]


def test_moodle_xml_round_trip():
    drafts = import_moodle_xml(export_moodle_xml(QUESTIONS, category="Sourced")[0].encode("utf-8"))
    assert [d.source_name for d in drafts] == [x.id for x in QUESTIONS]
    assert [d.id for d in drafts] == [x.id for x in QUESTIONS]
    for d, orig in zip(drafts, QUESTIONS):
        same_content(d, orig)
    assert drafts[0].explanation == "Because the source says so."
    assert all(d.fact_ids == [] for d in drafts)  # drafts until the teacher ties them to facts


# --- GIFT export ----------------------------------------------------------------------------------

def test_gift_escape_matches_moodle():
    assert gift_escape("a~b=c#d{e}f:g\\h\ni") == "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni"


def test_gift_export_text():
    text, skipped = export_gift(QUESTIONS, category="Sourced")
    assert skipped == []
    assert text.startswith("$CATEGORY: $course$/top/Sourced\n\n")
    assert "::q-single::[plain]Which option is right? Braces \\{1\\}, an \\= sign, a \\~tilde, " \
           "a \\#hash, a colon\\: and a back\\\\slash{" in text
    assert "\t=Alpha \\{1\\}\n\t~Beta \\= 2\n\t~%0%%5% off \\~ maybe\n" in text  # a leading % is not a weight
    assert "\t~%50%one\n\t~%-50%two\n\t~%50%three\n\t~%-50%four\n" in text
    assert "::q-true::[plain]The report counts soldiers.{TRUE\n\t####Because the source says so.\n}" in text
    assert "{FALSE\n" in text
    assert "::q-numeric::[plain]How many were counted? (unit\\: soldiers){#10000:50\n" in text
    assert "{#-3.25:0.5\n" in text
    assert "\t=83% -> rank-and-file soldiers\n\t=12% -> officers\\: junior\n" in text
    blocks = text.strip().split("\n\n")
    assert len(blocks) == 1 + len(QUESTIONS)  # the category and one block per question


def test_gift_round_trip():
    text, _ = export_gift(QUESTIONS)
    drafts = import_gift(text)
    exported = QUESTIONS
    assert [d.source_name for d in drafts] == [x.id for x in exported]
    for d, orig in zip(drafts, exported):
        same_content(d, orig)
        assert d.explanation == orig.explanation
    assert drafts[0].source_line == 2  # the line after the "// question:" comment


def test_gift_skips_matching_with_arrow_on_the_left():
    bad = q(id="q-arrow", type="matching", prompt="Match.",
            pairs=[{"id": "a", "left": "a -> b", "right": "x", "figure": "f"},
                   {"id": "b", "left": "c", "right": "y", "figure": "f"},
                   {"id": "c", "left": "d", "right": "z", "figure": "f"}])
    text, skipped = export_gift([bad])
    assert text == "" and skipped[0].id == "q-arrow"


def test_script_in_a_prompt_survives_gift():
    text, _ = export_gift([BY_ID["q-xss"]])
    (d,) = import_gift(text)
    assert d.prompt == BY_ID["q-xss"].prompt
    assert d.options[0].text == "<img src=x onerror=alert(1)>"


# --- GIFT import: samples written the way Moodle's documentation writes them ----------------------

DOC_SAMPLES = r"""// EXAMPLE QUESTIONS written as in Moodle's GIFT documentation
// comment lines start with two slashes

::Grant's tomb::Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}

Grant is {~buried =entombed ~living} in Grant's tomb.

The American holiday of Thanksgiving is celebrated on the {
    ~second
    ~third
    =fourth
} Thursday of November.

Japanese characters originally came from what country? {
    ~India
    =China
    ~Korea
    ~Egypt}

// ===True-False===
Grant was buried in a tomb in New York City.{T}

The sun rises in the West.{FALSE}

::TF upper::The sun rises in the East.{TRUE}

::TF feedback::The sun rises in the West.{F#No, it rises in the East.#Right: it sets there.}

// ===Numerical===
::Q5:: When was Ulysses S. Grant born?{#1822:5}

What is the value of pi (to 3 decimal places)? {#3.14159:0.0005}

::Range:: Pick a whole number from 1 to 5. {#1..5}

::Partial::When was Ulysses S. Grant born? {#
    =1822:0      # Correct! Full credit.
    =%50%1822:2  # He was born in 1822. Half credit for being close.
}

// ===Matching===
Match the following countries with their corresponding capitals. {
    =Canada -> Ottawa
    =Italy  -> Rome
    =Japan  -> Tokyo
    =India  -> New Delhi
    ####It's good to know the capitals
}

// ===Multiple answers with weights===
What two people are entombed in Grant's tomb? {
   ~%-100%No one
   ~%50%Grant
   ~%50%Grant's wife
   ~%-100%Grant's father
}

// ===Special characters===
::Escapes::Which answer equals 5? {
   ~ \= 2 + 2
   = \= 2 + 3
   ~ \= 2 + 4
}

::Colon\: braces \{ \} and \~ \#::Is a \{curly\} brace, a \~tilde or a \#hash special in GIFT?{TRUE}

::Multiline::This question
spans two lines
of text.{T}

::HTML::[html]<p>Is <b>this</b> text &amp; that <i>bold</i>?</p>{FALSE}

::Feedback::What's 2 + 2? {
    =four  # right
    ~three # too small
    ~five  # too big
    #### Count on your fingers.
}
"""


def test_moodle_documentation_samples():
    drafts = {d.source_name or d.prompt: d for d in import_gift(DOC_SAMPLES)}
    assert len(drafts) == 19
    grant = drafts["Grant's tomb"]
    assert (grant.type, grant.prompt) == ("single", "Who's buried in Grant's tomb?")
    assert [o.text for o in grant.options] == ["Grant", "Jefferson", "no one"]
    assert grant.answer == "c" and grant.source_line == 4

    missing = drafts["Grant is _____ in Grant's tomb."]  # missing-word format
    assert [o.text for o in missing.options if o.id == missing.answer] == ["entombed"]
    thanks = drafts["The American holiday of Thanksgiving is celebrated on the _____ Thursday of November."]
    assert [o.text for o in thanks.options] == ["second", "third", "fourth"]
    assert drafts["Japanese characters originally came from what country?"].answer == "b"

    assert drafts["Grant was buried in a tomb in New York City."].answer is True
    assert drafts["The sun rises in the West."].answer is False
    assert drafts["TF upper"].answer is True
    assert drafts["TF feedback"].answer is False

    assert (drafts["Q5"].answer, drafts["Q5"].tolerance) == (1822, 5)
    assert drafts["Q5"].prompt == "When was Ulysses S. Grant born?"
    pi = drafts["What is the value of pi (to 3 decimal places)?"]
    assert (pi.answer, pi.tolerance) == (3.14159, 0.0005)
    assert (drafts["Range"].answer, drafts["Range"].tolerance) == (3, 2)  # 1..5 is 3 ± 2
    assert (drafts["Partial"].answer, drafts["Partial"].tolerance) == (1822, 0)  # the full-credit answer

    match = drafts["Match the following countries with their corresponding capitals."]
    assert match.type == "matching"
    assert [(p.left, p.right) for p in match.pairs] == [
        ("Canada", "Ottawa"), ("Italy", "Rome"), ("Japan", "Tokyo"), ("India", "New Delhi")]
    assert match.explanation == "It's good to know the capitals"

    two = drafts["What two people are entombed in Grant's tomb?"]
    assert two.type == "multiple"
    assert [o.text for o in two.options if o.id in two.answer] == ["Grant", "Grant's wife"]

    esc = drafts["Escapes"]
    assert [o.text for o in esc.options] == ["= 2 + 2", "= 2 + 3", "= 2 + 4"] and esc.answer == "b"
    colon = drafts["Colon: braces { } and ~ #"]
    assert colon.prompt == "Is a {curly} brace, a ~tilde or a #hash special in GIFT?" and colon.answer is True
    assert drafts["Multiline"].prompt == "This question\nspans two lines\nof text."
    assert drafts["HTML"].prompt == "Is this text & that bold?"
    fb = drafts["Feedback"]
    assert [o.text for o in fb.options] == ["four", "three", "five"]  # per-answer feedback dropped
    assert fb.explanation == "Count on your fingers."


def test_gift_ids_are_unique_slugs():
    drafts = import_gift("::Same::A?{T}\n\n::Same::B?{F}\n\n::!!::C?{T}\n")
    assert [d.id for d in drafts] == ["same", "same-2", "imported"]


def test_gift_category_lines_are_not_questions():
    drafts = import_gift("$CATEGORY: $course$/top/Imported\n\n::A::Is it?{T}\n")
    assert len(drafts) == 1 and drafts.skipped == []


# --- GIFT import: malformed files -----------------------------------------------------------------

def gift_error(text, **kw) -> ExchangeError:
    with pytest.raises(ExchangeError) as e:
        import_gift(text, **kw)
    return e.value


def test_unclosed_brace_names_the_line():
    text = "// header\n\n::Good::Fine?{T}\n\n::Broken::Which? {\n=a\n~b\n\n::Next::Ok?{F}\n"
    e = gift_error(text)
    assert e.line == 5 and "never closed" in e.message and "Broken" in e.question
    assert str(e).startswith("Line 5, question 2 ('Broken'): ")


def test_closing_brace_without_opening():
    e = gift_error("::X::What } is this {=a ~b}")
    assert "never opened" in e.message and e.line == 1


def test_two_answer_blocks():
    assert "more than one answer block" in gift_error("A {=a ~b} and {=c ~d}").message


@pytest.mark.parametrize(("text", "words"), [
    ("::Essay::Write about it.{}", "essay questions are not supported"),
    ("::Empty choice::Which?{~}", "at least two answers"),
    ("::Empty numeric::How many?{#}", "has no answer"),
    ("::Not a number::How many?{#lots}", "'lots' is not a number"),
    ("::Bad range::How many?{#5..1}", "runs backwards"),
    ("::Bad tol::How many?{#5:-1}", "negative"),
    ("::No right::Which?{~%-50%a ~%-50%b}", "no answer earns credit"),
    ("::Description::Just some text, no answers.", "description"),
    ("::Untitled::Open title", None),
    ("::Weight::Which?{~%150%a ~b}", "outside -100% to 100%"),
    ("::Pair::Match {=a -> 1 =b}", "has no '->'"),
    ("::Long::" + "Which? {=" + "x" * 400 + " ~b}", "options.0.text"),
])
def test_malformed_gift(text, words):
    e = gift_error(text)
    assert e.line == 1
    if words:
        assert words in e.message


def test_unclosed_title():
    e = gift_error("::Title without end\nWhat?{T}")
    assert "no closing '::'" in e.message and e.line == 1


def test_unsupported_questions_can_be_skipped_and_listed():
    drafts = import_gift("::Essay::Write.{}\n\n::Ok::Fine?{T}\n\n::Short::Who?{=x}\n", skip_unsupported=True)
    assert [d.source_name for d in drafts] == ["Ok", "Short"]  # short answer is a type Sourced asks
    assert [s.id for s in drafts.skipped] == ["Essay"]
    assert "not supported" in drafts.skipped[0].reason


def test_gift_is_all_or_nothing():
    # the first question is fine, the second is broken: nothing comes back
    with pytest.raises(ExchangeError):
        import_gift("::A::Fine?{T}\n\n::B::Broken {=a\n")


def test_gift_limits_and_encoding(monkeypatch):
    assert "no questions found" in gift_error("// only a comment\n\n").message
    assert "1 MB" in gift_error("x" * (exchange.MAX_BYTES + 1)).message
    assert "not UTF-8" in gift_error(b"::A::\xff?{T}").message
    monkeypatch.setattr(exchange, "MAX_QUESTIONS", 2)
    e = gift_error("A?{T}\n\nB?{T}\n\nC?{T}\n")
    assert "more than 2 questions" in e.message and e.line == 5
    assert len(import_gift(b"\xef\xbb\xbfA?{T}\r\n\r\nB?{F}\r\n")) == 2  # BOM and Windows line ends


# --- Moodle XML import ----------------------------------------------------------------------------

MOODLE_SAMPLE = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
<!-- question: 0  -->
  <question type="category">
    <category><text>$course$/top/Default for Course</text></category>
  </question>
  <question type="multichoice">
    <name><text>Capital</text></name>
    <questiontext format="html">
      <text><![CDATA[<p>What is the capital of <strong>France</strong>?</p>]]></text>
    </questiontext>
    <generalfeedback format="html"><text><![CDATA[<p>Paris &amp; nowhere else.</p>]]></text></generalfeedback>
    <defaultgrade>1.0000000</defaultgrade>
    <single>true</single>
    <answer fraction="100" format="html"><text><![CDATA[<p>Paris</p>]]></text>
      <feedback format="html"><text>Yes</text></feedback></answer>
    <answer fraction="0" format="html"><text><![CDATA[<p>Lyon</p>]]></text></answer>
  </question>
  <question type="truefalse">
    <name><text>Sky</text></name>
    <questiontext format="moodle_auto_format"><text>The sky is green.</text></questiontext>
    <answer fraction="0"><text>true</text></answer>
    <answer fraction="100"><text>false</text></answer>
  </question>
  <question type="numerical">
    <name><text>Pi</text></name>
    <questiontext format="plain_text"><text>Pi to two places, 3 &lt; x &lt; 4</text></questiontext>
    <answer fraction="100"><text>3.14</text><tolerance>0.01</tolerance></answer>
    <answer fraction="0"><text>*</text><tolerance>0</tolerance></answer>
  </question>
  <question type="matching">
    <name><text>Pairs</text></name>
    <questiontext format="html"><text>Match them.</text></questiontext>
    <subquestion format="html"><text><![CDATA[<p>cat</p>]]></text><answer><text>meow</text></answer></subquestion>
    <subquestion format="html"><text>dog</text><answer><text>woof</text></answer></subquestion>
    <subquestion format="html"><text></text><answer><text>moo</text></answer></subquestion>
  </question>
  <question type="ordering">
    <name><text>Sizes</text></name>
    <questiontext format="html"><text>Largest first.</text></questiontext>
    <answer fraction="2"><text>medium</text></answer>
    <answer fraction="1"><text>big</text></answer>
    <answer fraction="3"><text>small</text></answer>
  </question>
</quiz>
"""


def test_moodle_xml_sample():
    drafts = {d.source_name: d for d in import_moodle_xml(MOODLE_SAMPLE)}
    cap = drafts["Capital"]
    assert (cap.type, cap.prompt, cap.explanation) == ("single", "What is the capital of France?",
                                                       "Paris & nowhere else.")
    assert [o.text for o in cap.options] == ["Paris", "Lyon"] and cap.answer == "a"
    assert drafts["Sky"].answer is False
    pi = drafts["Pi"]
    assert (pi.type, pi.prompt, pi.answer, pi.tolerance, pi.unit) == (
        "numeric", "Pi to two places, 3 < x < 4", 3.14, 0.01, None)
    assert [(p.left, p.right) for p in drafts["Pairs"].pairs] == [("cat", "meow"), ("dog", "woof")]
    sizes = drafts["Sizes"]
    by_id = {i.id: i.text for i in sizes.items}
    assert [by_id[i] for i in sizes.answer] == ["big", "medium", "small"]


def xml_error(data, **kw) -> ExchangeError:
    with pytest.raises(ExchangeError) as e:
        import_moodle_xml(data, **kw)
    return e.value


BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<quiz><question type="truefalse"><name><text>&lol3;</text></name></question></quiz>
"""

EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<quiz><question type="truefalse"><name><text>&xxe;</text></name></question></quiz>
"""


@pytest.mark.parametrize("doc", [BOMB, EXTERNAL])
def test_entity_expansion_and_external_entities_are_refused(doc):
    assert "refused for safety" in xml_error(doc).message


def test_not_xml_and_wrong_root():
    e = xml_error("this is GIFT, not XML {=a ~b}")
    assert "not well-formed XML" in e.message and e.line == 1
    e = xml_error("<quiz>\n<question type='truefalse'>\n<name>\n</quiz>")
    assert e.line == 4
    e = xml_error(b"<html><body>hi</body></html>")
    assert "root element is <html>, expected <quiz>" in e.message
    assert "empty" in xml_error(b"  ").message
    assert "holds no questions" in xml_error("<quiz></quiz>").message


def wrap(*questions: str) -> str:
    return "<quiz>" + "".join(questions) + "</quiz>"


GOOD = ('<question type="truefalse"><name><text>Good</text></name><questiontext><text>Yes?</text>'
        '</questiontext><answer fraction="100"><text>true</text></answer>'
        '<answer fraction="0"><text>false</text></answer></question>')


@pytest.mark.parametrize(("question", "words"), [
    ('<question type="essay"><name><text>Essay one</text></name></question>', "essay questions are not supported"),
    ('<question type="multianswer"><name><text>Cloze</text></name></question>', "cloze"),
    ('<question type="multichoice"><name><text>Bad</text></name><questiontext><text>Q</text></questiontext>'
     '<answer fraction="0"><text>a</text></answer><answer fraction="0"><text>b</text></answer></question>',
     "needs a full-credit answer (100%)"),
    ('<question type="multichoice"><name><text>Bad</text></name><questiontext><text>Q</text></questiontext>'
     '<answer fraction="lots"><text>a</text></answer><answer fraction="0"><text>b</text></answer></question>',
     "not a number"),
    ('<question type="numerical"><name><text>Bad</text></name><questiontext><text>Q</text></questiontext>'
     '<answer fraction="100"><text>ten</text></answer></question>', "not a number"),
    ('<question type="truefalse"><name><text>Bad</text></name><questiontext><text></text></questiontext>'
     '<answer fraction="100"><text>true</text></answer></question>', "prompt"),
])
def test_bad_questions_name_the_question_and_nothing_is_imported(question, words):
    e = xml_error(wrap(GOOD, question))
    assert words in e.message
    assert e.question.startswith("2")  # the second question of the file, by position and name
    assert str(e).startswith("Question 2")


def test_xml_unsupported_can_be_skipped():
    drafts = import_moodle_xml(wrap(GOOD, '<question type="essay"><name><text>E</text></name></question>'),
                               skip_unsupported=True)
    assert [d.source_name for d in drafts] == ["Good"] and drafts.skipped[0].id == "E"


def test_xml_limits(monkeypatch):
    assert "1 MB" in xml_error(b" " * (exchange.MAX_BYTES + 1)).message
    monkeypatch.setattr(exchange, "MAX_QUESTIONS", 1)
    assert "more than 1 questions" in xml_error(wrap(GOOD, GOOD)).message
