"""Web-layer wiring shared by every blueprint: extensions, htmx, security headers, error pages.

The blueprints themselves are registered in `create_app`, where the whole app can be read at once."""
from __future__ import annotations

import time
from importlib import resources

from flask import Flask, current_app, g, jsonify, render_template, request, send_file, session
from flask.sessions import SecureCookieSessionInterface
from flask_wtf.csrf import CSRFError, CSRFProtect, generate_csrf
from htmx_flask import Htmx
from itsdangerous import BadSignature
from werkzeug.exceptions import HTTPException
from werkzeug.routing import IntegerConverter

from . import identity, phrases, qtypes
from .facts import Store
from .ratelimit import Limiter


class QuickCSRF(CSRFProtect):
    """Flask-WTF's CSRF check, with the tokens it has verified remembered per process.

    A token is verified by unsigning it and comparing it with the secret in the session; tokens carry
    no expiry here (WTF_CSRF_TIME_LIMIT is None), so the same token with the same session secret under
    the same key verifies the same way every time: a student posting ten answers with one page's token
    is checked once. With a time limit, or on HTTPS with its referrer check, every request is checked."""

    def protect(self, apply_exemptions=False):
        cfg = current_app.config
        if request.method not in cfg["WTF_CSRF_METHODS"]:
            return None  # a GET: nothing to check (Flask-WTF looks up the view's exemption first)
        if apply_exemptions and (not request.endpoint or self._is_exempt()):
            return None  # the JSON API (looked up once, not twice)
        if cfg.get("WTF_CSRF_TIME_LIMIT") is not None or (request.is_secure and cfg["WTF_CSRF_SSL_STRICT"]):
            return super().protect()
        raw, sent = session.get(cfg["WTF_CSRF_FIELD_NAME"]), self._get_csrf_token()
        key = (cfg.get("WTF_CSRF_SECRET_KEY") or current_app.secret_key, raw, sent)
        if isinstance(raw, str) and sent and key in _verified_tokens:
            g.csrf_valid = True
            return None
        super().protect()  # a 400 (CSRFError) unless the token holds
        if isinstance(raw, str) and sent:
            if len(_verified_tokens) > 10_000:
                _verified_tokens.clear()
            _verified_tokens.add(key)
        return None


_verified_tokens: set[tuple] = set()
csrf = QuickCSRF()
htmx = Htmx()
# Limits are declared per view (`@limiter.limit(...)`), counted per client address unless a view says
# otherwise, in RATELIMIT_STORAGE_URI (create_app: the app's database by default). ratelimit.py.
limiter = Limiter()


def browser_token(create: bool = False) -> str | None:
    """This browser's random token, kept in its signed session (made on first need): what owns its
    attempts (views/quiz.browser_owner) and what its rate limits count."""
    token = session.get("browser")
    if not isinstance(token, str) and create:
        token = session["browser"] = identity.new_browser_token()
        session.permanent = True  # outlives closing the browser, so an attempt can be resumed
    return token if isinstance(token, str) else None


def browser_key() -> str:
    """Rate-limit key for one browser (its token, made here if it is new). A class behind one school
    address (NAT) is many browsers, so limits meant for one student count per browser; a looser limit
    per address still bounds one machine, however many fresh browsers it pretends to be."""
    return "browser:" + browser_token(create=True)[:64]


def store() -> Store:
    return current_app.extensions["sourced"].store


def wants_json() -> bool:
    return request.path.startswith("/api/")


CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'"
)


def init_extensions(app: Flask) -> None:
    """The session cookie, CSRF, htmx and the rate limiter, and the one check that must run before CSRF's."""
    app.session_interface = QuietSessionInterface()

    @app.before_request
    def refuse_nameless_fields():
        # Registered before CSRF: a multipart part without a name is stored under the key None, which
        # Flask-WTF's token lookup cannot read (AttributeError). No form of ours sends one.
        if request.method == "POST" and request.mimetype == "multipart/form-data" and (
                None in request.form or None in request.files):
            return error_page(400, "This form sent a field without a name: nothing was saved. Reload the page "
                                   "and try again.")

    # <int:…> ids go to SQLite, whose integers stop at 2**63 - 1: a longer number is no page (404),
    # not an OverflowError (500). Set before any blueprint adds its routes.
    app.url_map.converters["int"] = StoredInt
    csrf.init_app(app)
    app.jinja_env.globals["csrf_token"] = csrf_token
    htmx.init_app(app)
    limiter.init_app(app)


class QuietSessionInterface(SecureCookieSessionInterface):
    """Flask's signed-cookie session, sent again only when it changed or is getting old.

    Flask re-signs and re-sends a permanent session on every response so that its expiry slides
    (SESSION_REFRESH_EACH_REQUEST); that costs a signature and a Set-Cookie on every request of
    every student. Here the cookie is refreshed once it is older than an eighth of its lifetime
    (an hour of eight): an active visitor's cookie still ends 7-8 hours after their last request."""

    REFRESH_SHARE = 8
    REMEMBERED = 4096

    def __init__(self):
        # cookie -> (signed at, its content as JSON, its content when every value is immutable): a
        # cookie verified once is not verified again; the same bytes under the same key verify the
        # same way, and its age is checked each time
        self._verified: dict[tuple[str, str], tuple[float, str, dict | None]] = {}

    def get_signing_serializer(self, app):
        """Flask builds the serializer afresh twice a request; it depends only on the keys."""
        key = (app.secret_key, tuple(app.config.get("SECRET_KEY_FALLBACKS") or ()))
        cached = getattr(self, "_serializer", None)
        if cached is None or cached[0] != key:
            cached = self._serializer = (key, super().get_signing_serializer(app))
        return cached[1]

    def open_session(self, app, request):
        s = self.get_signing_serializer(app)
        if s is None:
            return None
        val = request.cookies.get(self.get_cookie_name(app))
        if not val:
            return self.session_class()
        max_age = app.permanent_session_lifetime.total_seconds()
        key = (str(app.secret_key), val)
        hit = self._verified.get(key)
        if hit is not None and 0 <= time.time() - hit[0] <= max_age:
            # a session of plain strings and numbers (a student's) is copied; anything else decoded afresh
            opened = self.session_class(hit[2] if hit[2] is not None else s.serializer.loads(hit[1]))
            opened.signed_at = hit[0]
            return opened
        try:
            data, signed = s.loads(val, max_age=int(max_age), return_timestamp=True)
        except BadSignature:
            return self.session_class()
        if len(self._verified) >= self.REMEMBERED:
            self._verified.clear()
        flat = all(isinstance(v, (str, int, float, bool, type(None))) for v in data.values())
        self._verified[key] = (signed.timestamp(), s.serializer.dumps(data), dict(data) if flat else None)
        opened = self.session_class(data)
        opened.signed_at = signed.timestamp()
        return opened

    def save_session(self, app, session, response) -> None:
        """Flask's, but an unchanged session that needs no refresh costs only its Vary header (Flask
        looks up six cookie settings and parses the Vary header into a set first)."""
        if session and not session.modified and not self.should_set_cookie(app, session):
            if session.accessed:
                vary = response.headers.get("Vary")
                if not vary:
                    response.headers["Vary"] = "Cookie"
                elif "cookie" not in {v.strip().lower() for v in vary.split(",")}:
                    response.headers["Vary"] = vary + ", Cookie"
            return
        super().save_session(app, session, response)

    def should_set_cookie(self, app, session) -> bool:
        if session.modified:
            return True
        if not (session.permanent and app.config["SESSION_REFRESH_EACH_REQUEST"]):
            return False
        signed = getattr(session, "signed_at", None)
        lifetime = app.permanent_session_lifetime.total_seconds()
        return signed is None or time.time() - signed > lifetime / self.REFRESH_SHARE


_signed_tokens: dict[tuple, str] = {}


def csrf_token() -> str:
    """Flask-WTF's generate_csrf, with the signed form of each session's token kept per process.

    Signing costs a few hundredths of a millisecond on every page with a form. Tokens carry no expiry
    here (WTF_CSRF_TIME_LIMIT is None), so the signed token of a given secret stays valid; with a
    time limit set, every page signs afresh."""
    if "csrf_token" in g or current_app.config.get("WTF_CSRF_TIME_LIMIT") is not None:
        return generate_csrf()
    secret = current_app.config.get("WTF_CSRF_SECRET_KEY") or current_app.secret_key
    raw = session.get("csrf_token")
    key = (secret, raw)
    if not isinstance(raw, str) or key not in _signed_tokens:
        signed = generate_csrf()
        if len(_signed_tokens) > 10_000:
            _signed_tokens.clear()
        _signed_tokens[(secret, session["csrf_token"])] = signed
        return signed
    g.csrf_token = _signed_tokens[key]
    return g.csrf_token


def init_pages(app: Flask) -> None:
    """What every page shares: htmx served locally, security headers, error pages, template globals."""
    app.add_url_rule("/vendor/htmx.min.js", "htmx_js", htmx_js)
    app.after_request(security_headers)
    app.register_error_handler(CSRFError, csrf_error)
    app.register_error_handler(HTTPException, http_error)
    app.register_error_handler(Exception, unexpected)
    app.context_processor(template_globals)
    app.jinja_env.globals["qtype"] = qtypes.get  # templates ask a question's type what it is (e.g. one_tap)
    app.jinja_env.filters["claimed_by"] = phrases.claimed_by  # "Claimed by X" / "Computed by Sourced from…"


def htmx_js():
    # Served from the installed package (django-js-lib-htmx ships htmx as plain files).
    path = resources.files("js_lib_htmx").joinpath("static/htmx/htmx.min.js")
    return send_file(path, mimetype="text/javascript", max_age=86400)


SECURITY_HEADERS = (("Content-Security-Policy", CSP), ("X-Content-Type-Options", "nosniff"),
                    ("Referrer-Policy", "same-origin"), ("X-Frame-Options", "DENY"))
HSTS = ("Strict-Transport-Security", "max-age=31536000")


def security_headers(resp):
    """Every response's security headers, unless the view set its own; one pass over the headers
    (setdefault would scan them once per header)."""
    fixed = SECURITY_HEADERS + ((HSTS,) if current_app.config.get("SESSION_COOKIE_SECURE") else ())  # HTTPS
    present = {k.lower() for k, _ in resp.headers.items()}
    resp.headers.extend([(k, v) for k, v in fixed if k.lower() not in present])
    if request.environ.get("HTTP_HX_REQUEST"):  # the header, without building an exception when it is absent
        resp.headers.add("Vary", "HX-Request")
    return resp


def csrf_error(e):
    return error_page(400, "This form has expired or was not sent from this site. "
                           "Go back, reload the page and try again: nothing was saved.")


HTTP_MESSAGES = {
    404: "There is nothing at this address.",
    405: "This address does not accept that kind of request.",
    413: "What you sent is too large.",
    429: "Too many requests: please wait a moment and try again.",
}


def http_error(e: HTTPException):
    return error_page(e.code or 500, HTTP_MESSAGES.get(e.code, e.description or e.name))


def unexpected(e):
    current_app.logger.exception("unexpected error")
    return error_page(500, "Something went wrong on our side. Nothing you sent was lost; please try again.")


def template_globals() -> dict:
    # csrf_token: Flask-WTF's context processor would otherwise put its own, uncached one back
    return {"site_name": "Sourced", "faces": {n: n in current_app.blueprints for n in ("quiz", "ask", "teach")},
            "csrf_token": csrf_token}


class StoredInt(IntegerConverter):
    """Flask's int converter, bounded to what SQLite can store."""

    def __init__(self, map, fixed_digits=0, min=None, max=2**63 - 1, signed=False):
        super().__init__(map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


def error_page(code: int, message: str):
    if wants_json():
        return jsonify({"error": message}), code
    if request.headers.get("HX-Request"):  # swapped into part of a page: just the message
        return render_template("errors/_message.html", code=code, message=message), code
    return render_template("errors/error.html", code=code, message=message), code
