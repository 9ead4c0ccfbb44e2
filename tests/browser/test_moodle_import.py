"""Issue 16 in a real browser: a teacher imports a Moodle XML file with a picture, per-answer feedback and
questions Sourced cannot ask, reads the report, edits the seven-option question to ready, exports it
back, and a student reads the chosen option's feedback under the picture."""
from __future__ import annotations

import re
from pathlib import Path

from lxml import etree
from playwright.sync_api import expect

from ..test_exchange_carry import SEVEN, moodle_xml
from ..test_exchange_images import B64, PNG_BYTES
from .test_teacher import make_teacher, sign_in

SHOTS = Path("/tmp/shots-mx")


def shoot(pg, name: str) -> None:
    """Full-page screenshots at 1280 and 390 px wide, for a person to look at (not committed)."""
    SHOTS.mkdir(exist_ok=True)
    for width in (1280, 390):
        pg.set_viewport_size({"width": width, "height": 900})
        pg.screenshot(path=str(SHOTS / f"{name}-{width}{'' if pg.js else '-nojs'}.png"), full_page=True)
        assert pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1") if pg.js else True, \
            f"{name} scrolls sideways at {width}px"
    pg.set_viewport_size({"width": 1280, "height": 900})


PICTURED_SEVEN = SEVEN.replace(
    "<![CDATA[<p>Pick: x<sup>2</sup> and <strong>bold</strong></p>]]></text>",
    "<![CDATA[<p>Which band is <strong>blue</strong>? Look at the picture.</p>"
    '<p><img src="@@PLUGINFILE@@/bands.png" alt="Three coloured bands: blue, orange, green"></p>]]></text>'
    f'<file name="bands.png" path="/" encoding="base64">{B64}</file>')
FILE = moodle_xml(
    PICTURED_SEVEN,
    '<question type="essay"><name><text>Explain the record</text></name><questiontext><text>Why?</text></questiontext></question>',
    '<question type="ddwtos"><name><text>Drag the words</text></name><questiontext><text>[[1]]</text></questiontext></question>')


def test_teacher_imports_edits_a_seven_option_question_to_ready_and_exports_it(page, browser, live_server, tmp_path):
    email = f"moodle-{'js' if page.js else 'nojs'}@school.org"
    make_teacher(live_server, email)
    sign_in(page, email)

    # the import and its report
    upload = tmp_path / "science.xml"
    upload.write_text(FILE)
    page.goto("/teach/import")
    expect(page.get_by_text("up to 1 MB")).to_be_visible()
    page.get_by_label(re.compile("File")).set_input_files(str(upload))
    page.get_by_role("button", name="Import").click()
    expect(page.get_by_role("status")).to_contain_text("1 question imported as drafts")
    report = page.locator(".import-report")
    expect(report).to_contain_text("7 options kept; the question form shows all of them")
    expect(report).to_contain_text("1 image(s) kept")
    expect(report.locator(".report-entry", has_text="Explain the record")).to_contain_text("left out")
    expect(report.locator(".report-entry", has_text="Drag the words")).to_contain_text("drag and drop into text")
    shoot(page, "import-report")

    # the form shows all seven options with the right one ticked; tie it to a fact and save it ready
    report.get_by_role("link", name=re.compile("edit")).first.click()
    for k in range(7):
        expect(page.locator(f'input[name="option-{k}-text"]')).to_have_value(re.compile("choice "))
    expect(page.locator('input[name="correct"][value="4"]')).to_be_checked()
    expect(page.locator('input[name="option-1-feedback"]')).to_have_value("fb 2")
    page.get_by_label("Search the facts").fill("most surrenders")
    page.get_by_role("button", name="Search facts").click()
    page.locator("#fact-results").get_by_role("checkbox").first.check()
    page.get_by_role("button", name="Search facts").click()  # the option's fact list now offers it
    fact = page.locator('input[name="fact_ids"]').first.get_attribute("value")
    page.locator('select[name="option-4-fact"]').select_option(fact)
    page.get_by_label("Explanation shown after answering").fill(
        f"The record week saw {{{{{fact}}}}}, as the news report says.")
    shoot(page, "seven-option-form")
    page.get_by_role("button", name="Save question").click()
    expect(page.get_by_role("status")).to_contain_text("Question saved")

    # a set with it, exported back to Moodle XML: seven answers, their feedback, the picture
    page.goto("/teach/")
    page.get_by_label("New set's title").fill("Imported colours")
    page.get_by_role("button", name="Create set").click()
    page.goto(page.url.split("?")[0] + "?origin=mine")  # the filter as a plain link: steady on a loaded machine
    expect(page.locator("#bank-results")).to_contain_text("Which band is", timeout=30000)
    page.locator("#bank-results").get_by_role("button", name=re.compile("^Add")).first.click()
    expect(page.locator("#set-items")).to_contain_text("In this set (1)")
    set_url = page.url
    xml = page.request.get(set_url.split("?")[0] + "/export.xml").text()
    q = etree.fromstring(xml.encode()).find("question[@type='multichoice']")
    assert len(q.findall("answer")) == 7
    assert [a.findtext("feedback/text") for a in q.findall("answer")][1] == "<p>fb 2</p>"
    f = q.find("questiontext/file")
    assert f is not None and f.text == B64 and "<strong>blue</strong>" in q.findtext("questiontext/text")
    assert [h.findtext("text") for h in q.findall("hint")] == ["<p>Think about squares.</p>", "<p>Remove the wrong ones.</p>"]

    # published; a student picks a wrong option and reads its feedback under the picture
    page.get_by_role("link", name="Publish as an assignment").click()
    page.get_by_role("button", name="Publish").click()
    code = page.locator(".join-code").inner_text()
    student = browser.new_context(java_script_enabled=page.js, base_url=live_server.url).new_page()
    student.js = page.js
    student.goto("/join")
    student.get_by_label("Class code").fill(code)
    student.get_by_role("button", name="Next").click()
    student.get_by_label("Your name").fill("Student Sam")
    student.get_by_role("button", name="Start").click()
    picture = student.get_by_role("img", name="Three coloured bands: blue, orange, green")
    expect(picture).to_be_visible()
    if page.js:  # visible is not loaded: on a loaded machine the bytes may still be on their way
        student.wait_for_function("img => img.complete", arg=picture.element_handle())
        assert student.evaluate("img => img.naturalWidth", picture.element_handle()) == 120
    assert student.request.get(picture.get_attribute("src")).body() == PNG_BYTES
    student.get_by_label("choice two").check()
    student.get_by_role("button", name="Submit answer").click()
    panel = student.locator("#quiz-panel")
    expect(panel).to_contain_text("Feedback on your answer")
    expect(panel).to_contain_text("fb 2")
    expect(panel).to_contain_text("Not this time.")
    shoot(student, "student-feedback")
    student.context.close()
