"""The content copy: sources, facts and modules as validated at start-up, with the facts' FTS5 index.

Replaced in one transaction whenever the content (or the bot's indexing of it) changes.
"""
from __future__ import annotations

import hashlib
import json
import re
from typing import Callable

import sqlite_utils

from ..facts import Store
from .core import writes


def content_digest(db: sqlite_utils.Database) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = 'content_digest'").fetchone()
    return row[0] if row else None


def load_content(db: sqlite_utils.Database, store: Store, extra_terms: Callable[[object], str] | None = None,
                 force: bool = False) -> bool:
    """Replace the content tables with `store`, in one transaction. Returns False when already current.

    The search terms each fact is indexed with are part of the digest, so a change to the bot's
    indexing rebuilds the index even when the content itself did not change."""
    terms = {f.id: (extra_terms(f) if extra_terms else "") for f in store.facts.values()}
    digest = hashlib.sha256((store.digest + json.dumps(terms, sort_keys=True)).encode()).hexdigest()
    if not force and content_digest(db) == digest:
        return False
    _replace_content(db, store, terms, digest)
    return True


@writes
def _replace_content(db: sqlite_utils.Database, store: Store, terms: dict[str, str], digest: str) -> None:
    for table in ("sources", "facts", "fact_topics", "modules", "facts_fts"):
        db.execute(f"DELETE FROM {table}")
    db["sources"].insert_all(
        [{**s.model_dump(mode="json", exclude={"note", "exempt_paragraphs", "link"}),
          "status": store.verified.get(s.id, "")} for s in store.sources.values()])
    db["facts"].insert_all(
        [{"id": f.id, "statement": f.statement, "kind": f.kind, "claimant": f.claimant,
          "figures": json.dumps([g.model_dump(mode="json") for g in f.figures]),
          "citations": json.dumps([c.model_dump(mode="json") for c in f.citations]),
          "topics": json.dumps(f.topics), "related": json.dumps(f.related),
          "conflicts_with": json.dumps([c.model_dump(mode="json") for c in f.conflicts_with]),
          "position": i} for i, f in enumerate(store.facts.values())])
    db["fact_topics"].insert_all(
        [{"fact_id": f.id, "topic": t} for f in store.facts.values() for t in f.topics])
    db["modules"].insert_all(
        [{"id": m.id, "title": m.title, "summary": m.summary, "position": i,
          "body": m.model_dump_json()} for i, m in enumerate(store.modules.values())])
    db["facts_fts"].insert_all(
        [{"fact_id": f.id, "statement": f.statement, "claimant": f.claimant,
          "topics": " ".join(t.replace("-", " ") for t in f.topics),
          "terms": terms[f.id]} for f in store.facts.values()])
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('content_digest', ?)", [digest])


_FTS_WORD = re.compile(r"[\w]+", re.UNICODE)


def fts_query(text: str, mode: str = "AND") -> str | None:
    """A safe FTS5 query from user text: each word quoted, prefix-matched, joined by AND/OR."""
    words = [w for w in _FTS_WORD.findall(text.lower()) if len(w) > 0][:20]
    if not words:
        return None
    return f" {mode} ".join(f'"{w}"*' for w in words)


def search_facts(db: sqlite_utils.Database, text: str = "", topic: str | None = None, limit: int = 500) -> list[str]:
    """Fact ids matching a search and/or a topic, best first (bm25), else in content order."""
    params: list = []
    if text.strip() and (q := fts_query(text)):
        sql = "SELECT f.id FROM facts_fts JOIN facts f ON f.id = facts_fts.fact_id WHERE facts_fts MATCH ?"
        params.append(q)
        if topic:
            sql += " AND f.id IN (SELECT fact_id FROM fact_topics WHERE topic = ?)"
            params.append(topic)
        sql += " ORDER BY bm25(facts_fts), f.position LIMIT ?"
    else:
        sql = "SELECT f.id FROM facts f"
        if topic:
            sql += " WHERE f.id IN (SELECT fact_id FROM fact_topics WHERE topic = ?)"
            params.append(topic)
        sql += " ORDER BY f.position LIMIT ?"
    params.append(limit)
    return [r[0] for r in db.execute(sql, params).fetchall()]


def source_status(db: sqlite_utils.Database) -> dict[str, str]:
    return {r[0]: r[1] for r in db.execute("SELECT id, status FROM sources").fetchall()}
