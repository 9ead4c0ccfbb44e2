"""Security, as an attacker and a careless browser would probe it: stored and reflected XSS in every
text a user can type, the security headers on every kind of response, the session cookie's flags,
the body-size limit, and the answer key before a question is answered.

Runs with CSRF on, as in production (every form post here carries the token read from the page),
on the made-up harbour subject (its bank has every question type; no source texts needed).
The property-based fuzz of the same endpoints is in test_fuzz.py."""
from __future__ import annotations

import html as htmllib
import json
import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from markupsafe import escape
from werkzeug.datastructures import MultiDict
from werkzeug.test import encode_multipart

from webapp import create_app, db
from webapp.config import IMPORT_MAX_BYTES, REQUEST_OVERHEAD
from webapp.accounts import create_teacher
from webapp.prose import Notes, render_inline

from .conftest import HTMX, MINI, make_app
from .test_quiz import right_form

QUIZ_PANEL = {**HTMX, "HX-Target": "quiz-panel"}
FACT_RESULTS = {**HTMX, "HX-Target": "fact-results"}
TEACHER = {"email": "teacher@school.org", "password": "correct horse battery"}
MAX_BODY = IMPORT_MAX_BYTES + REQUEST_OVERHEAD  # what webapp.config sets; test_body_limit_is_the_configured_one checks it
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


# --- shared with test_fuzz.py ------------------------------------------------------------------

def secure_app(path, **config):
    """The app as production runs it (CSRF on), on the harbour subject; rate limits stay off."""
    app = make_app(path, CONTENT_DIR=str(MINI / "content"), SOURCE_TEXTS=str(MINI / "texts"),
                   WTF_CSRF_ENABLED=True, **config)
    database = db.connect(app.config["DATABASE"])
    try:
        create_teacher(database, TEACHER["email"], TEACHER["password"])
    finally:
        database.conn.close()
    return app


def token_from(client, page: str = "/ask") -> str:
    """The CSRF token as a browser gets it: from the hidden field of a page's form."""
    resp = client.get(page)
    m = TOKEN.search(resp.get_data(as_text=True))
    assert m, f"{page} ({resp.status_code}) has no csrf_token field"
    return m.group(1)


def post_form(client, url: str, data: dict | None = None, page: str = "/ask", **kw):
    """Post a form with the token read from `page`, like a browser submitting it."""
    return client.post(url, data={"csrf_token": token_from(client, page), **(data or {})}, **kw)


def encoded(data, multipart: bool = False) -> dict:
    """client.open() arguments for a form body, urlencoded or multipart. Multipart is encoded here in
    memory: werkzeug's test client spools large multipart bodies to a temporary file it never closes
    (a ResourceWarning, which this suite turns into an error)."""
    if not multipart:
        return {"data": MultiDict(data)}
    boundary, body = encode_multipart(MultiDict(data))
    return {"data": body, "content_type": f'multipart/form-data; boundary="{boundary}"'}


def sign_in(client, **form):
    return post_form(client, "/teach/sign-in", {**TEACHER, **form}, page="/teach/sign-in")


def start_quiz(client, seed: int | str = 1, length: str = "5") -> str:
    r = post_form(client, "/quiz/", {"scope": "mixed", "length": length, "seed": str(seed)}, page="/quiz/")
    assert r.status_code == 303, r.get_data(as_text=True)
    return r.location.split("?")[0]


def attempt_of(app, location: str) -> dict:
    database = db.connect(app.config["DATABASE"])
    try:
        return db.get_attempt(database, location.split("?")[0].rsplit("/", 1)[-1])
    finally:
        database.conn.close()


def first_question_of_type(app, client, qtype: str) -> str:
    """A new attempt whose first question has the given type (the draw is seeded, so this is stable)."""
    bank = app.extensions["sourced"].bank
    for seed in range(300):
        loc = start_quiz(client, seed)
        if bank.questions[attempt_of(app, loc).layout[0]["q"]].type == qtype:
            return loc
    raise AssertionError(f"no seed puts a {qtype} question first")


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    return secure_app(tmp_path_factory.mktemp("security"))


@pytest.fixture
def client(app):
    return app.test_client()


# --- reading HTML as a browser would -------------------------------------------------------------

class Tags(HTMLParser):
    """Every start tag with its attributes, as the browser's parser sees them."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    handle_startendtag = handle_starttag


URL_ATTRS = {"href", "src", "action", "formaction", "hx-get", "hx-post", "data", "poster", "xlink:href"}


def assert_no_injected_markup(body: str) -> None:
    """Nothing in the page runs script: the only <script>s are our htmx and static/quiz.js, no on* handler, no javascript: URL."""
    for tag, attrs in Tags(body).tags:
        handlers = [a for a in attrs if a.startswith(("on", "hx-on"))]
        assert not handlers, f"<{tag}> carries event handler {handlers}"
        if tag == "script":
            assert attrs.get("src") in ("/vendor/htmx.min.js", "/static/quiz.js"), f"unexpected <script {attrs}>"
        for name in URL_ATTRS & set(attrs):
            scheme = re.sub(r"[\s\x00-\x1f]", "", attrs[name]).lower()
            bad = scheme.startswith(("javascript:", "vbscript:", "data:text/html"))
            assert not bad, f"<{tag} {name}={attrs[name]!r}>"
        assert tag not in ("iframe", "object", "embed", "base"), f"injected <{tag}>"


def assert_shown_escaped(body: str, payload: str) -> None:
    """The payload is shown back (so the test is not vacuous), escaped, and became no markup."""
    assert str(escape(payload)) in body, "the payload should be echoed back, HTML-escaped"
    if set(payload) & set("<>\"'"):
        assert payload not in body, "the payload appears unescaped"
    assert "test-secret" not in body  # {{ config }} never renders the configuration
    assert_no_injected_markup(body)


def field_value(body: str, name: str) -> str:
    """What a browser puts in the named <input>: the attribute value, character references decoded."""
    values = [attrs.get("value") for tag, attrs in Tags(body).tags if tag == "input" and attrs.get("name") == name]
    assert len(values) == 1, f"{len(values)} inputs named {name!r}"
    return values[0]


def text_of(markup: str) -> str:
    markup = re.sub(r"<sup\b.*?</sup>", "", markup, flags=re.S)
    return re.sub(r"\s+", " ", htmllib.unescape(re.sub(r"<[^>]+>", " ", markup))).strip()


# --- 2. XSS: every text a user can type ----------------------------------------------------------

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "</textarea><script>alert(1)</script>",
    "javascript:alert(1)",
    "{{7*7}} {{ config }}",
    "{% print 7*7 %}",
    "＜script＞alert(1)＜/script＞",          # fullwidth brackets: never folded into real ones
    "\u202e<script>alert(1)</script>",         # right-to-left override in front
    "&lt;script&gt;alert(1)&lt;/script&gt;",   # already-escaped text is not unescaped on the way
]
IDS = ["script", "attr-break", "svg-onload", "textarea-break", "js-url", "template", "jinja-stmt",
       "fullwidth", "rlo", "pre-escaped"]


def test_the_checks_catch_real_injection():
    """The helpers above are the teeth of this file: they must fail on unescaped output."""
    for payload in PAYLOADS[:4]:
        with pytest.raises(AssertionError):
            assert_shown_escaped(f"<p>{payload}</p>", payload)
    with pytest.raises(AssertionError):
        assert_no_injected_markup('<a href=" javascript:alert(1)">x</a>')
    with pytest.raises(AssertionError):
        assert_no_injected_markup('<input value=""><img src=x onerror=alert(1)>">')
    assert_no_injected_markup('<input value="&#34;&gt;&lt;img src=x onerror=alert(1)&gt;">')


@pytest.mark.parametrize("payload", PAYLOADS, ids=IDS)
def test_bot_question_on_the_page_after_a_plain_post(client, payload):
    r = post_form(client, "/ask", {"question": payload})
    assert r.status_code == 303
    page = client.get("/ask").get_data(as_text=True)
    assert_shown_escaped(page, payload)


@pytest.mark.parametrize("payload", PAYLOADS, ids=IDS)
def test_bot_question_in_the_htmx_partial(client, payload):
    r = post_form(client, "/ask", {"question": payload}, headers=HTMX)
    assert r.status_code == 200
    body = r.get_data(as_text=True)
    assert "<html" not in body
    assert_shown_escaped(body, payload)


@pytest.mark.parametrize("payload", PAYLOADS, ids=IDS)
def test_a_refused_bot_question_is_echoed_escaped(client, payload):
    """Over the length limit: the form comes back with what was typed (cut to the limit)."""
    question = payload + " x" * 300
    r = post_form(client, "/ask", {"question": question})
    assert r.status_code == 422 and "too long" in r.get_data(as_text=True)
    assert_shown_escaped(r.get_data(as_text=True), payload)


@pytest.mark.parametrize("payload", PAYLOADS, ids=IDS)
def test_bot_question_through_the_json_api_and_back_from_the_store(app, payload):
    api = app.test_client()  # no cookie, no token: the API is JSON-only
    r = api.post("/api/ask", json={"question": payload})
    assert r.status_code == 200
    assert r.mimetype == "application/json" and r.headers["X-Content-Type-Options"] == "nosniff"
    data = json.loads(r.get_data(as_text=True))  # JSON, whatever it carries
    if set(payload) & set("<>"):  # the reply does not echo the question; were it to, then JSON-escaped
        assert payload not in r.get_data(as_text=True)
    conversation = data["conversation"]
    # Another browser continues that conversation from the database: the stored question is shown.
    browser = app.test_client()
    r = post_form(browser, "/ask", {"question": "", "conversation": conversation})
    assert r.status_code == 422  # an empty question re-renders the page with the stored exchanges
    assert_shown_escaped(r.get_data(as_text=True), payload)
    post_form(browser, "/ask", {"question": "How many boats?", "conversation": conversation})
    assert_shown_escaped(browser.get("/ask").get_data(as_text=True), payload)
    # and a second API call on it answers in JSON, the stored text never turned into anything else
    again = api.post("/api/ask", json={"question": payload, "conversation": conversation})
    assert again.mimetype == "application/json" and again.json["conversation"] == conversation


@pytest.mark.parametrize("payload", PAYLOADS, ids=IDS)
def test_the_quiz_numeric_answer_refused_and_echoed(app, client, payload):
    loc = first_question_of_type(app, client, "numeric")
    for headers in ({}, QUIZ_PANEL):
        r = post_form(client, f"{loc}/answer", {"position": "0", "answer": payload}, page=loc, headers=headers)
        assert r.status_code == 422
        body = r.get_data(as_text=True)
        assert "not a number I can read" in body
        assert_shown_escaped(body, payload)
        assert field_value(body, "answer") == payload  # what they typed stays in the box, inert
        assert ("<html" in body) == (not headers)
    assert attempt_of(app, loc).answers == []


@pytest.mark.parametrize("payload", PAYLOADS, ids=IDS)
def test_the_sign_in_email_and_next_echoed_on_failure(client, payload):
    r = post_form(client, "/teach/sign-in", {"email": payload, "password": "not the password",
                                             "next": payload}, page="/teach/sign-in")
    assert r.status_code == 400 and "do not match an account" in r.get_data(as_text=True)
    body = r.get_data(as_text=True)
    assert_shown_escaped(body, payload)
    assert field_value(body, "email") == payload  # inside the attribute, whole: it broke nothing out
    assert field_value(body, "next") == payload
    assert_shown_escaped(client.get("/teach/sign-in", query_string={"next": payload}).get_data(as_text=True), payload)


@pytest.mark.parametrize("payload", PAYLOADS, ids=IDS)
def test_the_facts_search_query_and_topic(client, payload):
    page = client.get("/facts", query_string={"q": payload}).get_data(as_text=True)
    assert_shown_escaped(page, payload)
    assert field_value(page, "q") == payload  # in the search box, whole
    part = client.get("/facts", query_string={"q": payload}, headers=FACT_RESULTS).get_data(as_text=True)
    assert "<html" not in part
    assert_shown_escaped(part, payload)  # in "N facts matching “…”"
    topic = client.get("/facts", query_string={"topic": payload}).get_data(as_text=True)
    assert "There is no topic called" in topic
    assert_shown_escaped(topic, payload)
    api = client.get("/api/facts", query_string={"topic": payload})
    assert api.status_code == 400 and api.mimetype == "application/json"
    assert api.headers["X-Content-Type-Options"] == "nosniff"


def test_template_syntax_is_never_evaluated(client):
    """{{7*7}} comes back as typed, never as 49, wherever it is echoed."""
    marker = "{{7*7}}zq"
    pages = [client.get("/facts", query_string={"q": marker}).get_data(as_text=True),
             post_form(client, "/teach/sign-in", {"email": marker, "password": "x"},
                       page="/teach/sign-in").get_data(as_text=True)]
    post_form(client, "/ask", {"question": marker})
    pages.append(client.get("/ask").get_data(as_text=True))
    for body in pages:
        assert marker in body and "49zq" not in body


# --- 3. headers on every kind of response; the session cookie; the body limit ---------------------

def _fresh_attempts(app, client):
    bank = app.extensions["sourced"].bank
    loc = start_quiz(client, seed=7)
    a = attempt_of(app, loc)
    post_form(client, f"{loc}/answer", {"position": "0", **right_form(bank, a.layout[0])}, page=loc)
    done = start_quiz(client, seed=8)
    for pos, entry in enumerate(attempt_of(app, done).layout):
        post_form(client, f"{done}/answer", {"position": str(pos), **right_form(bank, entry)}, page=done)
    return loc, done, client.get_cookie("session").value  # the attempts answer only to this browser


def _signed_in(client):
    assert sign_in(client).status_code == 303
    return client


PAGE_KINDS = {  # name: (request, expected status)
    "home": (lambda c, w: c.get("/"), 200),
    "module list": (lambda c, w: c.get("/modules"), 200),
    "module": (lambda c, w: c.get("/modules/harbour-basics"), 200),
    "facts": (lambda c, w: c.get("/facts?q=boats"), 200),
    "facts partial (htmx)": (lambda c, w: c.get("/facts?q=boats", headers=FACT_RESULTS), 200),
    "fact": (lambda c, w: c.get("/facts/boats-registered"), 200),
    "sources": (lambda c, w: c.get("/sources"), 200),
    "quiz start": (lambda c, w: c.get("/quiz/"), 200),
    "quiz start refused": (lambda c, w: post_form(c, "/quiz/", {"length": "7"}, page="/quiz/"), 400),
    "quiz question": (lambda c, w: c.get(w[0]), 200),
    "quiz question partial": (lambda c, w: c.get(w[0], headers=QUIZ_PANEL), 200),
    "quiz answer unreadable": (lambda c, w: post_form(c, f"{w[0]}/answer", {"position": "1"}, page=w[0]), 422),
    "quiz answer refused": (lambda c, w: post_form(c, f"{w[0]}/answer", {"position": "3"}, page=w[0]), 409),
    "quiz feedback": (lambda c, w: c.get(f"{w[0]}/feedback/0"), 200),
    "quiz feedback partial": (lambda c, w: c.get(f"{w[0]}/feedback/0", headers=QUIZ_PANEL), 200),
    "quiz results": (lambda c, w: c.get(f"{w[1]}/results"), 200),
    "quiz redirect": (lambda c, w: c.get(f"{w[0]}/results"), 303),
    "ask": (lambda c, w: c.get("/ask"), 200),
    "ask posted": (lambda c, w: post_form(c, "/ask", {"question": "How many boats?"}), 303),
    "ask partial (htmx)": (lambda c, w: post_form(c, "/ask", {"question": "How many boats?"}, headers=HTMX), 200),
    "ask error partial": (lambda c, w: post_form(c, "/ask", {"question": ""}, headers=HTMX), 422),
    "ask new": (lambda c, w: post_form(c, "/ask/new"), 303),
    "api ask": (lambda c, w: c.post("/api/ask", json={"question": "How many boats?"}), 200),
    "api ask refused": (lambda c, w: c.post("/api/ask", data="question=x"), 400),
    "api facts": (lambda c, w: c.get("/api/facts"), 200),
    "api 404": (lambda c, w: c.get("/api/facts/nope"), 404),
    "sign-in": (lambda c, w: c.get("/teach/sign-in"), 200),
    "sign-in failed": (lambda c, w: post_form(c, "/teach/sign-in", {"email": "x@y.org", "password": "nope"},
                                               page="/teach/sign-in"), 400),
    "teachers' redirect": (lambda c, w: c.get("/teach/"), 303),
    "teachers' home": (lambda c, w: _signed_in(c).get("/teach/"), 200),
    "sign-out": (lambda c, w: post_form(_signed_in(c), "/teach/sign-out"), 303),
    # teachers' pages behind sign-in: add their GET pages and form posts here
    "404 page": (lambda c, w: c.get("/no/such/page"), 404),
    "404 partial": (lambda c, w: c.get("/quiz/a/nope", headers=QUIZ_PANEL), 404),
    "405 page": (lambda c, w: c.get("/teach/sign-out"), 405),
    "csrf 400 page": (lambda c, w: c.post("/ask", data={"question": "x"}), 400),
    "csrf 400 partial": (lambda c, w: c.post("/ask", data={"question": "x"}, headers=HTMX), 400),
    "413 page": (lambda c, w: c.post("/ask", data={"question": "x" * (MAX_BODY + 1)}), 413),
    "413 json": (lambda c, w: c.post("/api/ask", json={"question": "x" * (MAX_BODY + 1)}), 413),
    "stylesheet": (lambda c, w: c.get("/static/site.css"), 200),
    "htmx script": (lambda c, w: c.get("/vendor/htmx.min.js"), 200),
}


@pytest.fixture(scope="module")
def world(app):
    return _fresh_attempts(app, app.test_client())


def csp_of(resp) -> dict[str, list[str]]:
    csp = resp.headers.get("Content-Security-Policy")
    assert csp, "no Content-Security-Policy"
    directives = {}
    for part in csp.split(";"):
        if part.strip():
            name, *values = part.split()
            directives[name.lower()] = values
    return directives


def assert_security_headers(resp) -> None:
    csp = csp_of(resp)
    script = csp.get("script-src", csp.get("default-src"))
    assert script, "CSP sets neither script-src nor default-src"
    for unsafe in ("'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:"):
        assert unsafe not in script, f"script-src allows {unsafe}"
    assert csp.get("frame-ancestors") == ["'none'"]
    assert csp.get("object-src") == ["'none'"]
    assert resp.headers.get("X-Content-Type-Options") == "nosniff"
    assert resp.headers.get("Referrer-Policy") in ("no-referrer", "same-origin", "strict-origin",
                                                   "strict-origin-when-cross-origin")


@pytest.mark.parametrize("kind", list(PAGE_KINDS))
def test_every_kind_of_response_sends_the_security_headers(app, world, kind):
    request, status = PAGE_KINDS[kind]
    c = app.test_client()
    c.set_cookie("session", world[2])
    with request(c, world) as resp:
        assert resp.status_code == status, resp.get_data(as_text=True)[:300]
        assert_security_headers(resp)
        if 300 <= status < 400:
            loc = urlsplit(resp.location)
            assert not loc.scheme and not loc.netloc and resp.location.startswith("/")


def test_an_unexpected_error_page_sends_them_too(tmp_path, monkeypatch):
    app = secure_app(tmp_path)

    @app.get("/boom")
    def boom():
        raise RuntimeError("boom")

    # the traceback is expected here; app.logger is the one "webapp" logger of the process, so it is
    # switched back on after the test (left off, a later test saw none of the app's warnings)
    monkeypatch.setattr(app.logger, "disabled", True)
    resp = app.test_client().get("/boom")
    assert resp.status_code == 500 and "Something went wrong" in resp.get_data(as_text=True)
    assert "RuntimeError" not in resp.get_data(as_text=True)  # no traceback for the visitor
    assert_security_headers(resp)


def test_htmx_partials_vary_on_the_htmx_header(client):
    """The same URL serves a partial and a page: caches must keep them apart."""
    resp = client.get("/facts?q=boats", headers=FACT_RESULTS)
    assert "HX-Request" in resp.headers.get("Vary", "")


def test_the_header_checks_have_teeth(client):
    resp = client.get("/")
    resp.headers["Content-Security-Policy"] = resp.headers["Content-Security-Policy"].replace(
        "script-src 'self'", "script-src 'self' 'unsafe-inline'")
    with pytest.raises(AssertionError):
        assert_security_headers(resp)
    del resp.headers["Content-Security-Policy"]
    with pytest.raises(AssertionError):
        assert_security_headers(resp)


def session_cookie(resp, name: str = "session") -> dict[str, str | bool]:
    for header in resp.headers.getlist("Set-Cookie"):
        first, *attrs = [p.strip() for p in header.split(";")]
        if first.split("=", 1)[0] == name:
            flags: dict[str, str | bool] = {}
            for a in attrs:
                k, _, v = a.partition("=")
                flags[k.lower()] = v or True
            return flags
    raise AssertionError(f"no {name} cookie set: {resp.headers.getlist('Set-Cookie')}")


def test_the_session_cookie_is_httponly_and_samesite_lax(client):
    flags = session_cookie(client.get("/ask"))  # the CSRF token lives in the session
    assert flags.get("httponly") is True
    assert flags.get("samesite") == "Lax"
    assert "secure" not in flags  # plain http in development; production turns it on (below)
    teacher = session_cookie(sign_in(client))
    assert teacher.get("httponly") is True and teacher.get("samesite") == "Lax"
    assert "expires" in teacher  # a teacher's session ends (PERMANENT_SESSION_LIFETIME)


def test_every_cookie_set_anywhere_has_the_flags(app, world):
    for kind, (request, _) in PAGE_KINDS.items():
        with request(app.test_client(), world) as resp:
            for header in resp.headers.getlist("Set-Cookie"):
                assert "HttpOnly" in header and "SameSite=Lax" in header, (kind, header)


def test_secure_cookie_when_configured(tmp_path):
    app = secure_app(tmp_path, SESSION_COOKIE_SECURE=True)
    assert session_cookie(app.test_client().get("/ask")).get("secure") is True


def test_secure_cookie_from_the_environment_as_production_sets_it(tmp_path, monkeypatch):
    env = {"SOURCED_SESSION_COOKIE_SECURE": "true", "SOURCED_SECRET_KEY": "from-the-environment",
           "SOURCED_DATABASE": str(tmp_path / "prod.sqlite3"), "SOURCED_CONTENT_DIR": str(MINI / "content"),
           "SOURCED_SOURCE_TEXTS": str(MINI / "texts")}
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    app = create_app()
    assert app.config["SESSION_COOKIE_SECURE"] is True
    flags = session_cookie(app.test_client().get("/ask"))
    assert flags.get("secure") is True and flags.get("httponly") is True and flags.get("samesite") == "Lax"


def test_rate_limited_requests_get_a_clean_429(tmp_path):
    """The fuzz runs with rate limits off; here they are on: past the bot's limit, a 429 in the shape
    each client expects (JSON, a message under the form for htmx, the page), never a 500."""
    app = secure_app(tmp_path, RATELIMIT_ENABLED=True)
    api, browser = app.test_client(), app.test_client()
    codes = [api.post("/api/ask", json={"question": "How many boats?"}).status_code for _ in range(21)]
    assert codes[:20] == [200] * 20 and codes[20] == 429
    limited = api.post("/api/ask", json={"question": "How many boats?"})
    assert limited.mimetype == "application/json" and "wait" in limited.json["error"]
    assert_security_headers(limited)
    token = token_from(browser)
    for _ in range(20):
        browser.post("/ask", data={"csrf_token": token, "question": "How many boats?"}, headers=HTMX)
    part = browser.post("/ask", data={"csrf_token": token, "question": "How many boats?"}, headers=HTMX)
    assert part.status_code == 429 and "<html" not in part.get_data(as_text=True)
    page = browser.post("/ask", data={"csrf_token": token, "question": "How many boats?"})
    assert page.status_code == 429 and "asking very fast" in page.get_data(as_text=True)
    assert_security_headers(page)


def test_body_limit_is_the_configured_one(app):
    assert app.config["MAX_CONTENT_LENGTH"] == MAX_BODY


POSTS = {  # every form or API a visitor can post to, with the page its token comes from
    "quiz create": ("/quiz/", "/quiz/"),
    "quiz answer": ("{attempt}/answer", "{attempt}"),
    "ask": ("/ask", "/ask"),
    "ask new": ("/ask/new", "/ask"),
    "sign-in": ("/teach/sign-in", "/teach/sign-in"),
    "sign-out": ("/teach/sign-out", "/ask"),
    # teachers' forms: add ("url", "page with the form") here
}


@pytest.mark.parametrize("name", list(POSTS))
@pytest.mark.parametrize("headers", [{}, QUIZ_PANEL], ids=["page", "htmx"])
@pytest.mark.parametrize("with_token", [True, False], ids=["token", "no-token"])
@pytest.mark.parametrize("multipart", [False, True], ids=["urlencoded", "multipart"])
def test_an_oversized_form_is_a_clear_413(app, world, name, headers, with_token, multipart):
    client = app.test_client()
    url, page = (p.format(attempt=world[0]) for p in POSTS[name])
    data = {"filler": "x" * (MAX_BODY + 1)}
    if with_token:
        data["csrf_token"] = token_from(client, page)
    resp = client.post(url, headers=headers, **encoded(data, multipart))
    body = resp.get_data(as_text=True)
    assert resp.status_code == 413 and "too large" in body
    assert ("<html" in body) == (not headers)  # htmx gets the message alone, to swap in
    assert_security_headers(resp)


def test_the_json_api_limit_is_exact(client):
    def body_of(size: int) -> bytes:
        head, tail = b'{"question": "', b'"}'
        return head + b"x" * (size - len(head) - len(tail)) + tail

    at_limit = client.post("/api/ask", data=body_of(MAX_BODY), content_type="application/json")
    assert at_limit.status_code == 400 and "too long" in at_limit.json["error"]  # read, then refused
    over = client.post("/api/ask", data=body_of(MAX_BODY + 1), content_type="application/json")
    assert over.status_code == 413 and over.mimetype == "application/json"
    assert "too large" in over.json["error"]


# --- CSRF: the forms need their token; the JSON API cannot be posted to by a cross-site form -------

@pytest.mark.parametrize("name", list(POSTS))
def test_a_token_from_another_session_is_refused(app, world, name):
    url, page = (p.format(attempt=world[0]) for p in POSTS[name])
    attacker, victim = app.test_client(), app.test_client()
    token = token_from(attacker, page)
    token_from(victim, page)  # the victim has a session (and a token of their own)
    resp = victim.post(url, data={"csrf_token": token, "question": "x", **TEACHER})
    assert resp.status_code == 400 and "nothing was saved" in resp.get_data(as_text=True)


@pytest.mark.parametrize("content_type, body", [
    ("text/plain", '{"question": "How many boats?", "x": "="}'),  # <form enctype="text/plain">
    ("application/x-www-form-urlencoded", "question=How+many+boats%3F"),
    ("multipart/form-data; boundary=b",
     '--b\r\nContent-Disposition: form-data; name="question"\r\n\r\nHow many boats?\r\n--b--\r\n'),
])
def test_the_csrf_exempt_api_refuses_what_a_cross_site_form_can_send(app, content_type, body):
    database = db.connect(app.config["DATABASE"])
    try:
        before = database.conn.execute("select count(*) from bot_conversations").fetchone()[0]
        resp = app.test_client().post("/api/ask", data=body, content_type=content_type)
        assert resp.status_code == 400 and resp.mimetype == "application/json"
        assert database.conn.execute("select count(*) from bot_conversations").fetchone()[0] == before
    finally:
        database.conn.close()


# --- 4. the answer key never reaches the browser before the answer ---------------------------------
# test_quiz.py already checks the question page and its htmx partial for option ids, fact ids and the
# explanation's source text. This adds: the explanation as the student would read it (rendered), the
# numeric answer itself, marks on the right choice, the pages after a refused answer, and the feedback
# and results addresses asked for too early.

def _explanation_text(app, q) -> str:
    with app.test_request_context():
        from flask import url_for
        store = app.extensions["sourced"].store
        return text_of(str(render_inline(q.explanation, store,
                                         lambda f: url_for("explain.fact", fact_id=f), Notes())))


def assert_no_key(app, q, body: str) -> None:
    panel = body.split('id="quiz-panel"', 1)[-1]
    shown = text_of(panel)
    assert _explanation_text(app, q) not in shown, "the explanation is on the page"
    assert "<!--" not in panel
    tags = Tags(panel).tags
    for tag, attrs in tags:
        assert not {"checked", "selected"} & set(attrs), f"<{tag}> comes pre-chosen"
        assert not any(a.startswith("data-") for a in attrs), f"<{tag}> carries data attributes {attrs}"
        assert not re.search(r"\b(right|correct|answer-key|key)\b", attrs.get("class", "")), attrs
    choices = [attrs for tag, attrs in tags if tag == "input" and attrs.get("name") == "answer"
               and attrs.get("type") in ("radio", "checkbox")]
    # the choices differ only in their (shuffled, positional) values
    assert len({tuple(sorted((k, v) for k, v in c.items() if k != "value")) for c in choices}) <= 1
    assert all(c["value"].isdigit() or c["value"] in ("true", "false") for c in choices)
    for a in q.accepted:  # a short answer's accepted answers
        assert not re.search(rf"\b{re.escape(a.text)}\b", shown, re.I), f"the accepted answer {a.text} is shown"
    if q.type == "numeric":
        v = float(q.answer)
        for spelled in {f"{v:g}", f"{v:,.0f}", f"{v:.0f}", str(q.answer)}:
            number = rf"(?<!\d)(?<!\d[.,]){re.escape(spelled)}(?!\d|[.,]\d)"
            assert not re.search(number, shown), f"the answer {spelled} is shown"


def test_the_key_is_not_on_any_question_page_nor_after_a_refused_answer(app, client):
    bank = app.extensions["sourced"].bank
    seen = set()
    for seed in range(4):
        loc = start_quiz(client, seed=seed, length="20")
        for pos, entry in enumerate(attempt_of(app, loc).layout):
            q = bank.questions[entry["q"]]
            seen.add(q.type)
            assert_no_key(app, q, client.get(loc).get_data(as_text=True))
            assert_no_key(app, q, client.get(loc, headers=QUIZ_PANEL).get_data(as_text=True))
            # a short answer reads any text it is given: too long is what it refuses
            bad = {"position": str(pos), "answer": "x" * 300 if q.type == "shortanswer" else "not an answer"}
            for headers in ({}, QUIZ_PANEL):
                refused = post_form(client, f"{loc}/answer", bad, page=loc, headers=headers)
                assert refused.status_code == 422
                assert_no_key(app, q, refused.get_data(as_text=True))
            ahead = post_form(client, f"{loc}/answer", {"position": str(pos + 1)}, page=loc)
            assert ahead.status_code in (400, 409)
            assert_no_key(app, q, ahead.get_data(as_text=True))
            # asking for this question's feedback or the results before answering shows neither
            for early in (f"{loc}/feedback/{pos}", f"{loc}/results"):
                resp = client.get(early)
                assert resp.status_code == 303 and resp.location.endswith(loc.rsplit("/", 1)[-1])
            r = post_form(client, f"{loc}/answer", {"position": str(pos), **right_form(bank, entry)}, page=loc)
            assert r.status_code == 303
    assert seen == {"single", "multiple", "truefalse", "numeric", "shortanswer", "ordering", "matching"}


def test_the_key_checks_have_teeth(app):
    bank = app.extensions["sourced"].bank
    numeric = next(q for q in bank.questions.values() if q.type == "numeric")
    with pytest.raises(AssertionError):
        assert_no_key(app, numeric, f'<div id="quiz-panel"><p>{_explanation_text(app, numeric)}</p></div>')
    with pytest.raises(AssertionError):
        assert_no_key(app, numeric, f'<div id="quiz-panel"><p>It is {numeric.answer:g}.</p></div>')
    single = next(q for q in bank.questions.values() if q.type == "single")
    with pytest.raises(AssertionError):
        assert_no_key(app, single, '<div id="quiz-panel"><input type="radio" name="answer" value="0">'
                                   '<input type="radio" name="answer" value="1" class="correct"></div>')
