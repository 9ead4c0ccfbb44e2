"""The live reveal on a projector: every fact the answer rests on is on the screen at once, in type a class
can read from the back of the room, with the teacher's button still in view — on a 1920×1080 projector
and on an older 1280×720 one. (It showed the first of three facts; the others were a sliver at the bottom
edge, inside a scroll box nobody in the room could scroll.) The phone's reveal stays one column at 390 px."""
import re

from playwright.sync_api import expect

from .conftest import ARTIFACTS
from .test_live import context
from .test_teacher import make_teacher, sign_in

# The questions whose reveals carry the most text: three facts each with the other article's version
# (six statements), three facts with two others, one fact with its other and a long prompt, the
# longest prompt in the bank; and a choice whose options are long sentences (their chart labels ran off the
# left edge of the screen).
WORST = ("comp-service-order-news", "rhf-foreign-match", "rhf-illness-blog-who", "gen-captured-by-end-2025-1-num",
         "comp-commanders-opinion")
SIZES = ({"width": 1920, "height": 1080}, {"width": 1280, "height": 720})

# Readable from the back: a statement at least 1/45 of the screen's height (24 px on 1080 lines, 16 on
# 720 — the same size on the wall), the source lines at least 1/60 of it.
MEASURE = """() => {
  const H = innerHeight, W = innerWidth, out = [];
  const seen = (el) => {
    const r = el.getBoundingClientRect();
    if (r.top < 0 || r.left < 0 || r.bottom > H + 0.5 || r.right > W + 0.5) return 'outside the screen';
    for (const y of [r.top + 2, r.bottom - 3]) {
      const hit = document.elementFromPoint(r.left + r.width / 2, y);
      if (!hit || !(hit === el || el.contains(hit))) return 'hidden (scrolled or covered)';
    }
    return '';
  };
  const px = (el) => parseFloat(getComputedStyle(el).fontSize);
  for (const el of document.querySelectorAll('.pj-facts .cited-statement')) {
    const why = seen(el);
    if (why) out.push(`fact "${el.textContent.trim().slice(0, 50)}": ${why}`);
    if (px(el) < H / 45) out.push(`fact "${el.textContent.trim().slice(0, 50)}": ${px(el)} px type`);
  }
  for (const el of document.querySelectorAll('.pj-facts .cited-source, .pj-facts .cited-note')) {
    const why = seen(el);
    if (why) out.push(`source line "${el.textContent.trim().slice(0, 50)}": ${why}`);
    if (px(el) < H / 60) out.push(`source line "${el.textContent.trim().slice(0, 50)}": ${px(el)} px type`);
  }
  const chart = document.querySelector('.live-chart');
  if (chart) {
    const c = chart.getBoundingClientRect();
    for (const t of chart.querySelectorAll('text')) {
      const r = t.getBoundingClientRect();
      if (r.left < c.left - 0.5 || r.right > c.right + 0.5) out.push(`chart label "${t.textContent.slice(0, 40)}" cut at the chart's edge`);
    }
  }
  for (const sel of ['.pj-right', '.live-chart', '.pj-controls button']) {
    const el = document.querySelector(sel);
    const why = el ? seen(el) : 'missing';
    if (why) out.push(`${sel}: ${why}`);
  }
  if (document.documentElement.scrollHeight > H + 1) out.push(`the page scrolls (${document.documentElement.scrollHeight} px)`);
  return {problems: out, facts: document.querySelectorAll('.pj-facts .cited-statement').length};
}"""


def make_worst_set(live_server, email) -> str:
    from webapp import db
    bank = live_server.app.extensions["sourced"].bank
    database = db.connect(live_server.app.config["DATABASE"])
    teacher = db.teacher_by_email(database, email)
    set_id = db.create_set(database, teacher["id"], "Projector fit")
    for qid in WORST:
        assert qid in bank.questions, qid
        db.change_set(database, teacher["id"], set_id, "add", qid)
    database.conn.close()
    return "Projector fit"


def test_every_fact_of_a_reveal_fits_a_projector_and_reads_from_the_back(browser, live_server):
    email = "projector-fit@school.org"
    make_teacher(live_server, email)
    title = make_worst_set(live_server, email)
    shots = ARTIFACTS / "live"
    shots.mkdir(parents=True, exist_ok=True)
    tctx, pj = context(browser, live_server, width=1920, height=1080)
    sign_in(pj, email)
    pj.goto("/live/new")
    pj.get_by_label("Question set").select_option(label=f"{title} ({len(WORST)} questions)")
    pj.get_by_role("button", name="Open the projector page").click()
    code = pj.locator(".pj-big-code").inner_text().strip()
    phone_ctx, phone = context(browser, live_server, width=390, height=844)
    phone.goto(f"/live/join/{code}")
    phone.get_by_label("Your name").fill("Ana")
    phone.get_by_role("button", name="Join").click()
    expect(pj.locator(".pj-name-list")).to_contain_text("Ana")

    problems, most = {}, 0
    for k in range(len(WORST)):
        pj.set_viewport_size(SIZES[0])
        pj.get_by_role("button", name=re.compile(r"^(Start: show question 1|Next: question \d)$")).click()
        pj.get_by_role("button", name="Reveal the answer").click()
        pj.wait_for_load_state()
        expect(pj.locator(".pj-facts")).to_contain_text("paragraph")
        for size in SIZES:
            pj.set_viewport_size(size)
            pj.wait_for_function(f"innerHeight === {size['height']} && document.readyState === 'complete'")
            found = pj.evaluate(MEASURE)
            most = max(most, found["facts"])
            pj.screenshot(path=str(shots / f"fit-{size['width']}-{k + 1}.png"))
            if found["problems"]:
                problems[f"question {k + 1} at {size['width']}×{size['height']}"] = found["problems"]
        # a teacher driving the session from a phone: nothing wider than the screen (a hidden table made it 854 px)
        pj.set_viewport_size({"width": 390, "height": 844})
        pj.wait_for_function("innerWidth === 390")
        assert pj.evaluate("document.documentElement.scrollWidth") <= 390, f"question {k + 1}: teacher's page scrolls sideways"
        # ... and the chart reads there: its labels were the SVG's, scaled down to ~7 px (WALK-8)
        labels = pj.evaluate("""() => [...document.querySelectorAll('.live-bars .live-bar-label')].map(el => {
            const r = el.getBoundingClientRect();
            return {px: parseFloat(getComputedStyle(el).fontSize), left: r.left, right: r.right, h: r.height,
                    text: el.textContent.trim()}; })""")
        assert labels and pj.locator(".pj-answer .live-chart").is_hidden()
        for lab in labels:
            assert lab["px"] >= 12 and lab["left"] >= 0 and lab["right"] <= 390, (k + 1, lab)
        if k + 1 == len(WORST):  # the long options wrap onto more lines, whole (not cut with an ellipsis)
            assert any(lab["h"] > 2 * lab["px"] * 1.2 for lab in labels) and not any("…" in lab["text"] for lab in labels)
            pj.screenshot(path=str(shots / "fit-teacher-phone-reveal.png"), full_page=True)
        # the same reveal on the student's phone: one column, nothing wider than the screen
        expect(phone.locator(".live-cited")).to_be_visible(timeout=5000)
        phone.screenshot(path=str(shots / f"fit-phone-{k + 1}.png"), full_page=True)
        assert phone.evaluate("document.documentElement.scrollWidth") <= 390
        # (one evaluation: the phone's poll may swap its panel between two look-ups)
        wide = phone.evaluate("""() => [...document.querySelectorAll('.live-cited .cited-statement')]
            .filter(el => { const r = el.getBoundingClientRect(); return r.left < 0 || r.right > 390; }).length""")
        assert wide == 0
    assert most == 6  # the worst reveal really had six statements to show
    assert problems == {}, "\n".join(f"{where}: {p}" for where, ps in problems.items() for p in ps)
    for c in (tctx, phone_ctx):
        errors = [e for p in c.pages for e in getattr(p, "errors", [])]
        c.close()
        assert errors == []
