"""Rate limits per view, counted in a `limits` storage: `@limiter.limit("20/minute;300/hour")`.

A thin layer of our own over the `limits` package, in place of Flask-Limiter (issue 18). Flask-Limiter
did per request, for every limited view, a generic resolution of default, application, blueprint,
meta and decorated limits, built a context object, and read each counter back for the headers; in the
workers that was most of the limiter's 0.2 ms a request, more than the count itself. Every limit here
decorates its view, so what a request needs is only: the view's rules, one key each, the counts.

What stays as it was: the limit strings, the storage URIs (`limits`' own: memory://, redis://…, and
`sqlite://` from limits_sqlite.py, the default), the counters' keys, fixed windows, the order in which
limits are checked (shorter windows first; the first one breached stops the others from counting),
`key_func`, `methods`, `exempt_when`, `deduct_when` (tested before the view, counted after it when the
response says so), a 429 raised as an HTTP error (each blueprint's 429 page), and the X-RateLimit-Limit /
-Remaining / -Reset and Retry-After headers of the limit nearest to running out. A storage with
`incr_many` (SQLite) counts all of a view's limits in one statement.
"""
from __future__ import annotations

import functools
import logging
import time
from dataclasses import dataclass
from typing import Callable

from flask import Flask, current_app, g, request
from limits import RateLimitItem, parse_many
from limits.storage import Storage, storage_from_string
from werkzeug.exceptions import TooManyRequests

from . import limits_sqlite  # noqa: F401  (registers the sqlite:// scheme with `limits`)

log = logging.getLogger(__name__)


def remote_address() -> str:
    return request.remote_addr or "127.0.0.1"


class RateLimitExceeded(TooManyRequests):
    def __init__(self, item: RateLimitItem):
        super().__init__(description=str(item))
        self.limit = item


@dataclass(frozen=True)
class Rule:
    item: RateLimitItem
    key_func: Callable[[], str]
    methods: frozenset[str] | None
    exempt_when: Callable[[], bool] | None
    deduct_when: Callable[[object], bool] | None


@dataclass
class Counted:
    """One limit as this request left it: for the headers and for a deduction after the view."""
    rule: Rule
    key: str
    count: int | None = None  # None: tested, not counted (a deduct_when limit): read when needed
    expires_at: float | None = None
    breached: bool = False


@dataclass
class State:
    storage: Storage
    enabled: bool
    headers: bool


class Limiter:
    def __init__(self, key_func: Callable[[], str] = remote_address):
        self.key_func = key_func

    def init_app(self, app: Flask) -> None:
        enabled = bool(app.config.setdefault("RATELIMIT_ENABLED", True))
        uri = app.config.get("RATELIMIT_STORAGE_URI") or "memory://"
        storage = storage_from_string(uri, **app.config.get("RATELIMIT_STORAGE_OPTIONS", {})) if enabled else None
        app.extensions["ratelimit"] = State(storage, enabled, bool(app.config.get("RATELIMIT_HEADERS_ENABLED")))
        app.after_request(after_view)
        app.teardown_request(forget)

    def limit(self, spec: str, key_func: Callable[[], str] | None = None, methods: list[str] | None = None,
              exempt_when: Callable[[], bool] | None = None, deduct_when: Callable[[object], bool] | None = None):
        rules = [Rule(item, key_func or self.key_func, frozenset(m.upper() for m in methods) if methods else None,
                      exempt_when, deduct_when) for item in parse_many(spec)]

        def decorate(view):
            if hasattr(view, "rate_rules"):  # stacked: one wrapper checks every rule at once
                view.written[:0] = rules  # the outer decorator's rules read first, as written
                view.rate_rules = in_order(view.written)
                return view
            wrapped = view

            @functools.wraps(view)
            def limited(*args, **kwargs):
                check(limited.rate_rules)
                return wrapped(*args, **kwargs)
            limited.written = list(rules)
            limited.rate_rules = in_order(rules)
            return limited
        return decorate

    @property
    def storage(self) -> Storage | None:
        return current_app.extensions["ratelimit"].storage


def in_order(rules: list[Rule]) -> list[Rule]:
    """Shorter windows first; as written within a window (the order Flask-Limiter checked them in)."""
    return sorted(rules, key=lambda r: r.item.GRANULARITY.seconds)


def check(rules: list[Rule]) -> None:
    """Count this request against the rules that apply to it; a 429 when one is used up."""
    state: State = current_app.extensions["ratelimit"]
    if not state.enabled:
        return
    endpoint, method = request.endpoint or "", request.method
    applied = []
    for rule in rules:
        if (rule.methods and method not in rule.methods) or (rule.exempt_when and rule.exempt_when()):
            continue
        who = rule.key_func()
        if who:  # an empty key counts nothing (as Flask-Limiter did)
            applied.append(Counted(rule, rule.item.key_for(who, endpoint)))
    if not applied:
        return
    reached = count(state.storage, applied)
    breached = reached[-1] if reached[-1].breached else None
    g.rate_limits = (reached, breached)
    if breached is not None:
        log.info("ratelimit %s (%s) exceeded at endpoint: %s", breached.rule.item, breached.key, endpoint)
        raise RateLimitExceeded(breached.rule.item)


def count(storage: Storage, applied: list[Counted]) -> list[Counted]:
    """Count the hits (one statement when the storage can) and test the deduct_when limits, in order,
    up to the first limit found used up (marked `breached`): the limits after it are not counted."""
    hits = [c for c in applied if not c.rule.deduct_when]
    if hasattr(storage, "incr_many") and hits:
        for c, (n, expires_at) in zip(hits, storage.incr_many([(c.key, c.rule.item.get_expiry()) for c in hits])):
            c.count, c.expires_at = n, expires_at
    for i, c in enumerate(applied):
        if c.rule.deduct_when:
            used_up = storage.get(c.key) >= c.rule.item.amount
        else:
            if c.count is None:
                c.count = storage.incr(c.key, c.rule.item.get_expiry())
            used_up = c.count > c.rule.item.amount
        if used_up:
            c.breached = True
            later = [x for x in applied[i + 1:] if x.count is not None and not x.rule.deduct_when]
            if later:  # counted together above: take back what is not counted past a breach
                storage.uncount_many([x.key for x in later])
            return applied[:i + 1]
    return applied


def after_view(resp):
    """Deductions a response asks for (deduct_when), then the headers of the limit nearest its end."""
    got = g.pop("rate_limits", None)
    if got is None:
        return resp
    reached, breached = got
    state: State = current_app.extensions["ratelimit"]
    for c in reached:
        if c.rule.deduct_when and c.rule.deduct_when(resp):
            state.storage.incr(c.key, c.rule.item.get_expiry())
    if state.headers:
        add_headers(resp, state.storage, breached or reached[0])
    return resp


def forget(exc=None) -> None:  # a failed request's limits do not reach the next one in the same context
    g.pop("rate_limits", None)


def add_headers(resp, storage: Storage, c: Counted) -> None:
    amount = c.rule.item.amount
    if c.count is None or c.rule.deduct_when:
        used, expires_at = storage.get(c.key), storage.get_expiry(c.key)
    else:
        used, expires_at = c.count, c.expires_at if c.expires_at is not None else storage.get_expiry(c.key)
    reset_at = int(expires_at + 1)
    resp.headers.add("X-RateLimit-Limit", str(amount))
    resp.headers.add("X-RateLimit-Remaining", str(max(0, amount - used)))
    resp.headers.add("X-RateLimit-Reset", str(reset_at))
    resp.headers.set("Retry-After", str(int(reset_at - time.time())))
