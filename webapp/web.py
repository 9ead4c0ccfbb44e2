"""Web-layer wiring shared by every blueprint: extensions, htmx, security headers, error pages.

The blueprints themselves are registered in `create_app`, where the whole app can be read at once."""
from __future__ import annotations

from importlib import resources

from flask import Flask, current_app, jsonify, render_template, request, send_file, session
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_wtf.csrf import CSRFError, CSRFProtect
from htmx_flask import Htmx
from werkzeug.exceptions import HTTPException
from werkzeug.routing import IntegerConverter

from . import identity, qtypes
from .facts import Store

csrf = CSRFProtect()
htmx = Htmx()
# Limits are declared per view (`@limiter.limit(...)`); storage is per process (memory://) unless
# RATELIMIT_STORAGE_URI names a shared store.
limiter = Limiter(key_func=get_remote_address)


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
    """CSRF, htmx and the rate limiter, and the one check that must run before CSRF's."""
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
    htmx.init_app(app)
    limiter.init_app(app)


def init_pages(app: Flask) -> None:
    """What every page shares: htmx served locally, security headers, error pages, template globals."""
    app.add_url_rule("/vendor/htmx.min.js", "htmx_js", htmx_js)
    app.after_request(security_headers)
    app.register_error_handler(CSRFError, csrf_error)
    app.register_error_handler(HTTPException, http_error)
    app.register_error_handler(Exception, unexpected)
    app.context_processor(template_globals)
    app.jinja_env.globals["qtype"] = qtypes.get  # templates ask a question's type what it is (e.g. one_tap)


def htmx_js():
    # Served from the installed package (django-js-lib-htmx ships htmx as plain files).
    path = resources.files("js_lib_htmx").joinpath("static/htmx/htmx.min.js")
    return send_file(path, mimetype="text/javascript", max_age=86400)


def security_headers(resp):
    resp.headers.setdefault("Content-Security-Policy", CSP)
    resp.headers.setdefault("X-Content-Type-Options", "nosniff")
    resp.headers.setdefault("Referrer-Policy", "same-origin")
    resp.headers.setdefault("X-Frame-Options", "DENY")
    if current_app.config.get("SESSION_COOKIE_SECURE"):  # served over HTTPS: browsers must keep to it
        resp.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    if request.headers.get("HX-Request"):
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
    return {"site_name": "Sourced", "faces": {n: n in current_app.blueprints for n in ("quiz", "ask", "teach")}}


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
