"""Web-layer wiring shared by every blueprint: extensions, htmx, security headers, error pages."""
from __future__ import annotations

from importlib import resources

from flask import Flask, current_app, jsonify, render_template, request, send_file
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_wtf.csrf import CSRFError, CSRFProtect
from htmx_flask import Htmx
from werkzeug.exceptions import HTTPException

from .facts import Store

csrf = CSRFProtect()
htmx = Htmx()
# Limits are declared per view (`@limiter.limit(...)`); storage is per process (memory://) unless
# RATELIMIT_STORAGE_URI names a shared store.
limiter = Limiter(key_func=get_remote_address)


def store() -> Store:
    return current_app.extensions["sourced"].store


def wants_json() -> bool:
    return request.path.startswith("/api/")


CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'"
)


def init_web(app: Flask) -> None:
    @app.before_request
    def refuse_nameless_fields():
        # Registered before CSRF: a multipart part without a name is stored under the key None, which
        # Flask-WTF's token lookup cannot read (AttributeError). No form of ours sends one.
        if request.method == "POST" and request.mimetype == "multipart/form-data" and (
                None in request.form or None in request.files):
            return error_page(400, "This form sent a field without a name: nothing was saved. Reload the page "
                                   "and try again.")

    csrf.init_app(app)
    htmx.init_app(app)
    limiter.init_app(app)

    from .views import api, ask, explain, quiz, teach
    app.register_blueprint(explain.bp)
    app.register_blueprint(quiz.bp)
    app.register_blueprint(ask.bp)
    csrf.exempt(ask.api)  # JSON only (checked), so a cross-site form cannot post to it
    app.register_blueprint(api.bp)
    app.register_blueprint(teach.bp)
    from .views import articles; app.register_blueprint(articles.bp)  # issue 20: teachers' own articles
    csrf.exempt(api.bp)

    @app.get("/vendor/htmx.min.js")
    def htmx_js():
        # Served from the installed package (django-js-lib-htmx ships htmx as plain files).
        path = resources.files("js_lib_htmx").joinpath("static/htmx/htmx.min.js")
        return send_file(path, mimetype="text/javascript", max_age=86400)

    @app.after_request
    def security_headers(resp):
        resp.headers.setdefault("Content-Security-Policy", CSP)
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("Referrer-Policy", "same-origin")
        resp.headers.setdefault("X-Frame-Options", "DENY")
        if request.headers.get("HX-Request"):
            resp.headers.add("Vary", "HX-Request")
        return resp

    @app.errorhandler(CSRFError)
    def csrf_error(e):
        return error_page(400, "This form has expired or was not sent from this site. "
                               "Go back, reload the page and try again: nothing was saved.")

    @app.errorhandler(HTTPException)
    def http_error(e: HTTPException):
        messages = {
            404: "There is nothing at this address.",
            405: "This address does not accept that kind of request.",
            413: "What you sent is too large.",
            429: "Too many requests: please wait a moment and try again.",
        }
        return error_page(e.code or 500, messages.get(e.code, e.description or e.name))

    @app.errorhandler(Exception)
    def unexpected(e):
        current_app.logger.exception("unexpected error")
        return error_page(500, "Something went wrong on our side. Nothing you sent was lost; please try again.")

    @app.context_processor
    def globals_():
        return {"site_name": "Sourced", "faces": {n: n in app.blueprints for n in ("quiz", "ask", "teach")}}


def error_page(code: int, message: str):
    if wants_json():
        return jsonify({"error": message}), code
    if request.headers.get("HX-Request"):  # swapped into part of a page: just the message
        return render_template("errors/_message.html", code=code, message=message), code
    return render_template("errors/error.html", code=code, message=message), code
