"""Live class mode in real browsers: a teacher's projector (1920×1080) and three students — one on a
390 px phone, one on a laptop, one with JavaScript off — run a five-question session (single, true/false,
numeric, ordering, matching) to the end. Every reveal reaches every student within 3 s; the projector is
photographed at each reveal; axe checks the projector and the students' pages at every stage."""
import re
import time

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from .conftest import ARTIFACTS
from .test_accessibility import AXE_OPTIONS
from .test_teacher import make_teacher, sign_in

KINDS = ("single", "truefalse", "numeric", "ordering", "matching")
REVEAL_WITHIN_MS = 3000


def make_set(live_server, email) -> str:
    from webapp import db
    bank = live_server.app.extensions["sourced"].bank
    database = db.connect(live_server.app.config["DATABASE"])
    teacher = db.teacher_by_email(database, email)
    set_id = db.create_set(database, teacher["id"], "Live walk")
    for kind in KINDS:
        db.change_set(database, teacher["id"], set_id, "add", next(q.id for q in bank.authored if q.type == kind))
    database.conn.close()
    return "Live walk"


def context(browser, live_server, js=True, width=1280, height=900):
    ctx = browser.new_context(java_script_enabled=js, base_url=live_server.url,
                              viewport={"width": width, "height": height})
    # (no request interception here: with five contexts polling it stalled the sync driver)
    pg = ctx.new_page()
    errors = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.errors = errors
    return ctx, pg


def answer_on(pg):
    """Answer whatever question is on this student's screen (not necessarily right)."""
    form = pg.locator("form.live-answer")
    taps = form.locator("button.tap")
    if taps.count():
        taps.first.click()
        return
    number = form.get_by_label(re.compile("Your answer"))
    if number.count():
        number.fill("350")
    else:
        selects = form.locator("select")
        for k in range(selects.count()):
            selects.nth(k).select_option(index=k + 1)
    form.get_by_role("button", name="Send my answer").click()


def check_axe(axe, pg, name, failures):
    result = axe.run(pg, options=AXE_OPTIONS)
    if result.violations_count:
        failures[name] = result.generate_report()


def test_a_five_question_live_session_with_a_projector_and_three_students(browser, live_server):
    email = "live-walk@school.org"
    make_teacher(live_server, email)
    title = make_set(live_server, email)
    axe, failures = Axe(), {}
    shots = ARTIFACTS / "live"
    shots.mkdir(parents=True, exist_ok=True)

    tctx, pj = context(browser, live_server, width=1920, height=1080)
    sign_in(pj, email)
    pj.get_by_role("link", name="Live class").click()
    pj.get_by_label("Question set").select_option(label=f"{title} (5 questions)")
    pj.get_by_role("button", name="Open the projector page").click()
    code = pj.locator(".pj-big-code").inner_text().strip()
    assert re.fullmatch(r"[A-Z0-9]{6}", code)
    expect(pj.locator(".pj-qr svg")).to_be_visible()

    phone_ctx, phone = context(browser, live_server, width=390, height=844)
    laptop_ctx, laptop = context(browser, live_server)
    nojs_ctx, nojs = context(browser, live_server, js=False)
    # the phone types the code in the class-code box on /join (where assignments are joined too) and
    # lands on the live join page; the others open the QR code's link
    phone.goto("/join")
    phone.get_by_label("Class code").fill(code.lower())
    phone.get_by_role("button", name="Next").click()
    phone.get_by_label("Your name").fill("Ana")
    phone.get_by_role("button", name="Join").click()
    for pg, name in ((laptop, "Ben"), (nojs, "Cleo")):
        pg.goto(f"/live/join/{code}")
        if pg is laptop:  # axe runs inside the page: not in the context without JavaScript
            check_axe(axe, pg, "student join", failures)
        pg.get_by_label("Your name").fill(name)
        pg.get_by_role("button", name="Join").click()
    students = (phone, laptop, nojs)
    for pg, name in zip(students, ("Ana", "Ben", "Cleo")):
        expect(pg.get_by_role("heading", name=f"You are in, {name}")).to_be_visible()
    expect(pj.locator(".pj-name-list")).to_contain_text("Cleo", timeout=REVEAL_WITHIN_MS)
    pj.screenshot(path=str(shots / "projector-lobby.png"))
    check_axe(axe, pj, "projector lobby", failures)
    check_axe(axe, phone, "student lobby", failures)

    reveal_ms = []
    for k in range(len(KINDS)):
        pj.get_by_role("button", name=re.compile(r"^(Start: show question 1|Next: question \d)$")).click()
        for pg in students:
            expect(pg.locator("form.live-answer")).to_be_visible(timeout=REVEAL_WITHIN_MS)
        if k == 0:
            check_axe(axe, pj, "projector question", failures)
            check_axe(axe, phone, "student question", failures)
        check_axe(axe, laptop, f"student question {KINDS[k]}", failures)
        for pg in students:
            answer_on(pg)
            expect(pg.get_by_text("Your answer is in")).to_be_visible()
        expect(pj.locator(".pj-count")).to_have_text("3 of 3 answered", timeout=REVEAL_WITHIN_MS)
        pj.get_by_role("button", name="Reveal the answer").click()
        t0 = time.monotonic()
        for pg in students:
            expect(pg.get_by_role("heading", name=re.compile("^(Right|Partly right|Not right)$"))).to_be_visible(
                timeout=REVEAL_WITHIN_MS)
        reveal_ms.append(1000 * (time.monotonic() - t0))
        expect(pj.locator(".live-chart")).to_be_visible()
        expect(pj.locator(".pj-facts")).to_contain_text("paragraph")
        pj.screenshot(path=str(shots / f"projector-reveal-{k + 1}-{KINDS[k]}.png"))
        phone.screenshot(path=str(shots / f"phone-reveal-{k + 1}.png"), full_page=True)
        if k == 0:
            check_axe(axe, pj, "projector reveal", failures)
            check_axe(axe, phone, "student reveal", failures)
    assert max(reveal_ms) < REVEAL_WITHIN_MS, reveal_ms

    pj.get_by_role("button", name="Show the class results").click()
    expect(pj.get_by_role("heading", name="Class results")).to_be_visible()
    pj.screenshot(path=str(shots / "projector-results.png"))
    check_axe(axe, pj, "projector results", failures)
    for pg in students:
        expect(pg.get_by_role("heading", name="The live quiz has ended")).to_be_visible(timeout=REVEAL_WITHIN_MS)
        expect(pg.locator(".live-score")).to_contain_text("of 5 right")
    phone.screenshot(path=str(shots / "phone-end.png"), full_page=True)
    nojs.screenshot(path=str(shots / "nojs-end.png"), full_page=True)
    check_axe(axe, phone, "student end", failures)
    # no sideways scroll on the phone
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    # the session's results are an assignment's: the teacher opens them from the projector
    pj.get_by_role("link", name="Results and item analysis").click()
    for name in ("Ana", "Ben", "Cleo"):  # each name links to that student's answers
        expect(pj.get_by_role("link", name=re.compile(rf"^{name}\b"))).to_be_visible()
    for c in (tctx, phone_ctx, laptop_ctx, nojs_ctx):
        pages = c.pages
        errors = [e for p in pages for e in getattr(p, "errors", [])]
        c.close()
        assert errors == []
    assert failures == {}, "\n\n".join(f"{u}:\n{r}" for u, r in failures.items())
