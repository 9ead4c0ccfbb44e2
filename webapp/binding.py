"""Where the app listens, as far as can be told, to warn when SOURCED_PROXIES is unsafe. No Flask here.

Trusting X-Forwarded-For is only safe when nobody can reach the app except through the proxy, that
is when it listens on a loopback address or a Unix socket. A client that can reach the app directly
can write any X-Forwarded-For it likes and so get a fresh rate-limit allowance on every request."""
from __future__ import annotations

import functools
import ipaddress
import os
import shlex
import sys


def bind_addresses(configured: str | None, argv: list[str] | None = None, env: dict | None = None) -> list[str]:
    """SOURCED_BIND when set (comma-separated), else gunicorn's -b/--bind from its command line or
    GUNICORN_CMD_ARGS, else gunicorn's default (127.0.0.1:8000) when run by gunicorn; [] when unknown."""
    if configured:
        return [b.strip() for b in str(configured).split(",") if b.strip()]
    argv = sys.argv if argv is None else argv
    env = os.environ if env is None else env
    if not argv or "gunicorn" not in os.path.basename(argv[0]):
        return []
    args = list(argv[1:]) + shlex.split(env.get("GUNICORN_CMD_ARGS", ""))
    found = []
    for i, a in enumerate(args):
        if a in ("-b", "--bind") and i + 1 < len(args):
            found.append(args[i + 1])
        elif a.startswith("--bind="):
            found.append(a.split("=", 1)[1])
        elif a.startswith("-b") and len(a) > 2:
            found.append(a[2:])
    return found or ["127.0.0.1:8000"]


def is_private_bind(bind: str) -> bool:
    """True for a Unix socket or a loopback address (127.0.0.0/8, ::1, localhost)."""
    if bind.startswith(("unix:", "fd://")):
        return True
    host = bind.rsplit(":", 1)[0] if bind.count(":") == 1 or bind.startswith("[") else bind
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name or 0.0.0.0-style wildcard: reachable from elsewhere


def exposed_binds(configured: str | None, argv: list[str] | None = None, env: dict | None = None) -> list[str]:
    """The listening addresses other machines may reach."""
    return [b for b in bind_addresses(configured, argv, env) if not is_private_bind(b)]


def refuse_unusable_hosts(wsgi_app):
    """WSGI middleware: a Host (or, behind a proxy, X-Forwarded-Host) that no URL can be built for —
    a label over 63 characters, say — gets a plain 400 here; inside Flask it would leave the request
    without a URL adapter, and even the error page would fail."""
    def app(environ, start_response):
        host = environ.get("HTTP_HOST") or environ.get("SERVER_NAME") or ""
        if not _usable_host(host):
            start_response("400 Bad Request", [("Content-Type", "text/plain; charset=utf-8")])
            return [b"Bad request: the Host header is not a usable host name.\n"]
        return wsgi_app(environ, start_response)
    return app


@functools.lru_cache(maxsize=256)  # the IDNA codec costs more than the rest of the check; hosts repeat
def _usable_host(host: str) -> bool:
    name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
    if len(host) > 300:
        return False
    if name.startswith("["):
        return True  # an IPv6 literal: no IDNA
    try:
        name.lower().encode("idna")
    except UnicodeError:
        return False
    return True
