"""Teachers' subjects at run time: each published subject's Store, Bank and Bot, and the site-wide
store and bank that include them.

The content in content/ is loaded once at start-up (webapp/__init__.py). A subject made in the
browser lives in the database, so its Store is built from its rows (through the content checker,
articles.store_of), its questions come from the same generator (bank.generate) and its bot searches
an FTS5 index of its own in memory. All of it is cached per process and rebuilt when the subject's
`updated_at` changes; the merged store and bank are rebuilt when `db.subjects_version` changes
(a subject published), which every worker sees on its next request.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field

from flask import g, has_app_context

from . import db
from .articles import Bundle, publishable, store_of
from .bank import Bank, check_bank, generate
from .bot import Bot
from .facts import Fact, Store
from .schemas import Module, Source


def bundle_of(row: dict) -> Bundle:
    """A subject's rows as a Bundle: its sources and texts, its confirmed facts, its modules."""
    sources = [Source.model_validate(s["meta"]) for s in row["sources"]]
    facts = [Fact.model_validate(f["body"]["fact"]) for f in row["facts"]
             if f["status"] == "confirmed" and f["body"].get("fact")]
    return Bundle(sources=sources, texts={s["id"]: s["text"] for s in row["sources"]}, facts=facts,
                  modules=[Module.model_validate(m) for m in row["modules"]])


@dataclass
class Subject:
    """One subject ready to serve: its checked store, its generated questions and its bot."""

    id: str
    title: str
    store: Store
    bank: Bank
    bot: Bot | None
    row: dict = field(repr=False, default_factory=dict)


def _bank_for(store: Store, seed: int) -> Bank:
    qs = generate(store, seed)
    bad = {p.record for p in check_bank([("(generated)", q) for q in qs], store)}
    return Bank(questions={q.id: q for q in qs if q.id not in bad}, seed=seed)


def _bot_for(store: Store, subject_id: str = "", title: str | None = None) -> Bot | None:
    """A bot over the subject alone: its own FTS5 index in an in-memory database. Its statements link to the
    fact on the subject's page (which is there whether or not the subject is merged into /facts)."""
    if not store.facts:
        return None
    mem = db.connect(":memory:")
    lock = threading.Lock()

    def search(*a, **k):
        with lock:  # one in-memory connection shared by a worker's threads
            return db.bot_search(mem, *a, **k)
    # its facts and its article's record (title, author, date) are on the subject's page
    bot = Bot(store, search=search, source_url=lambda i: f"/subjects/{subject_id}",  # its page shows the article's record
              fact_url=lambda fid: f"/subjects/{subject_id}#{fid}", subject=title or subject_id)
    db.migrate(mem)
    db.load_content(mem, store, extra_terms=bot.index_terms)
    bot._memory_db = mem  # kept alive with the bot
    return bot


MAX_CACHED = 200  # subjects kept built per process
_cache: dict[str, tuple[tuple, Subject]] = {}
_lock = threading.Lock()


def subject(row: dict, seed: int) -> Subject:
    """The served form of a subject row, built once per change (keyed by its updated_at)."""
    # created_at tells apart two databases' subjects of the same id in one process (tests)
    version = (row["created_at"], row["updated_at"], seed)
    with _lock:
        hit = _cache.get(row["id"])
        if hit and hit[0] == version:
            return hit[1]
    st = store_of(publishable(bundle_of(row)))  # a preview exempts what is not taught yet, as publishing does
    built = Subject(id=row["id"], title=row["title"], store=st, bank=_bank_for(st, seed), bot=_bot_for(st, row["id"], row["title"]), row=row)
    with _lock:
        if len(_cache) >= MAX_CACHED:
            _cache.clear()
        _cache[row["id"]] = (version, built)
    return built


def published(database, seed: int) -> list[Subject]:
    return [subject(db.get_subject(database, r["id"]), seed) for r in db.list_subjects(database, published=True)]


def clashes(base: Store, s: Store) -> bool:
    """A subject whose ids the site's content already uses (content/ loaded into the browser) is
    served on its own pages only, never merged."""
    return bool(base.sources.keys() & s.sources.keys() or base.facts.keys() & s.facts.keys()
                or base.modules.keys() & s.modules.keys())


def merge(base: Store, bank: Bank, subjects: list[Subject]) -> tuple[Store, Bank]:
    sources, facts, modules, verified = dict(base.sources), dict(base.facts), dict(base.modules), dict(base.verified)
    questions = dict(bank.questions)
    for s in subjects:
        if clashes(base, s.store) or s.store.facts.keys() & facts.keys():
            continue
        sources.update(s.store.sources)
        facts.update(s.store.facts)
        modules.update(s.store.modules)
        verified.update(s.store.verified)
        questions.update(s.bank.questions)
    store = Store(sources=sources, facts=facts, modules=modules, lexicon=base.lexicon,
                  fact_files=dict(base.fact_files), verified=verified)
    return store, Bank(questions=questions, files=dict(bank.files), seed=bank.seed)


class LiveLoaded:
    """What `app.extensions["sourced"]` holds: the start-up content plus the published subjects.

    `.store` and `.bank` are the merged ones inside a request (checked once per request against
    db.subjects_version); outside one (CLI, start-up) they are the start-up content's."""

    def __init__(self, loaded, seed: int):
        self.base = loaded
        self.bot = loaded.bot
        self.seed = seed
        self._merged: tuple[tuple, Store, Bank] | None = None
        self._lock = threading.Lock()

    def _current(self) -> tuple[Store, Bank]:
        if not has_app_context():
            return self.base.store, self.base.bank
        if "sourced_live" in g:
            return g.sourced_live
        database = db.get_db()
        version = db.subjects_version(database)
        if not version[0]:
            g.sourced_live = (self.base.store, self.base.bank)
            return g.sourced_live
        with self._lock:
            merged = self._merged
        if merged is None or merged[0] != version:
            store, bank = merge(self.base.store, self.base.bank, published(database, self.seed))
            merged = (version, store, bank)
            with self._lock:
                self._merged = merged
        g.sourced_live = (merged[1], merged[2])
        return g.sourced_live

    @property
    def store(self) -> Store:
        return self._current()[0]

    @property
    def bank(self) -> Bank:
        return self._current()[1]
