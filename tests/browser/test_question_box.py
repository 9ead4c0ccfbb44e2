"""A question's text sits inside its box on a phone: the fieldset's legend (the question, in heading type)
straddled the box's top border at 390 px, the border striking through the middle of it (WALK-7 S13, on a
matching question; every fieldset question had it). Checked on each kind of an assignment's questions."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .test_class import attempt_of, publish, shoot
from .test_student import answer_current

INSIDE = """() => {
  const out = [];
  for (const fs of document.querySelectorAll('#quiz-panel fieldset')) {
    const lg = fs.querySelector(':scope > legend');
    if (!lg) continue;
    const f = fs.getBoundingClientRect(), l = lg.getBoundingClientRect(), st = getComputedStyle(fs);
    const top = f.top + parseFloat(st.borderTopWidth), left = f.left + parseFloat(st.borderLeftWidth);
    const right = f.right - parseFloat(st.borderRightWidth);
    // a legend drawn on the border starts where the fieldset's box starts (the border runs through its middle);
    // inside the box it starts below the border
    if (l.top < top + 1) out.push(`the question is drawn across the box's top border (${Math.round(l.height)} px of it)`);
    if (l.left < left - 0.5 || l.right > right + 0.5) out.push('the question runs past the box sideways');
  }
  return out;
}"""


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
def test_each_question_sits_inside_its_box_on_a_phone(browser, live_server, js):
    app = live_server.app
    bank = app.extensions["sourced"].bank
    code = publish(app, attempts=1)
    context = browser.new_context(java_script_enabled=js, base_url=live_server.url, viewport={"width": 390, "height": 860})
    page = context.new_page()
    page.js = js
    page.goto(f"/join/{code}")
    page.get_by_label("Your name").fill(f"Box Tester {'J' if js else 'N'}")
    page.get_by_role("button", name="Start").click()
    expect(page).to_have_url(re.compile(r"/quiz/a/[\w-]+$"))
    attempt = attempt_of(app, page)
    problems = {}
    for pos in range(5):
        expect(page.locator("#quiz-panel")).to_contain_text(f"Question {pos + 1} of 5")
        # measured once the page's stylesheets have loaded: the text can be there before site.css (a 304 on a busy
        # machine), and without it a legend is drawn on the border (CI, session 32: "truefalse at 390 px")
        page.wait_for_load_state("load")
        kind = bank.questions[attempt.layout[pos]["q"]].type
        for width in (390, 1280):
            page.set_viewport_size({"width": width, "height": 860})
            if found := page.evaluate(INSIDE):
                problems[f"{kind} at {width} px"] = found
        page.set_viewport_size({"width": 390, "height": 860})
        if kind == "matching":
            shoot(page, "question-box-matching")
        answer_current(page, bank, attempt)
        if pos < 4:
            page.get_by_role("link", name="Next question").click()
    context.close()
    assert problems == {}
