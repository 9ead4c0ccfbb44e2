"""The explainer bot's tables: the FTS5 search it asks, conversations, and the questions it refused."""
from __future__ import annotations

import json
import sqlite3
import time

import sqlite_utils

from .core import retry_busy, writes

MAX_EXCHANGES = 30  # a conversation keeps its last exchanges for the /ask page


def bot_search(db: sqlite_utils.Database, match: str, limit: int, ordered: bool = True,
               budget: int | None = None) -> list[tuple[str, float]]:
    """(fact id, bm25) for an FTS5 match expression, best first; [] when the expression is unusable.

    bm25 is computed for every matching row, so its cost grows with the matches: `budget` ranks
    only the first `budget` matches (in index order), and `ordered=False` skips bm25 and returns
    the first `limit` matches."""
    params: list = [match, limit]
    if not ordered:
        sql = "SELECT fact_id, 0.0 FROM facts_fts WHERE facts_fts MATCH ? LIMIT ?"
    elif budget:
        sql = ("SELECT fact_id, rank FROM (SELECT fact_id, bm25(facts_fts) AS rank FROM facts_fts"
               " WHERE facts_fts MATCH ? LIMIT ?) ORDER BY rank LIMIT ?")
        params = [match, budget, limit]
    else:
        sql = "SELECT fact_id, bm25(facts_fts) AS rank FROM facts_fts WHERE facts_fts MATCH ? ORDER BY rank LIMIT ?"
    try:
        return [(r[0], r[1]) for r in db.execute(sql, params).fetchall()]
    except sqlite3.OperationalError:
        return []


def get_conversation(db: sqlite_utils.Database, conv_id: str) -> dict | None:
    row = db.execute("SELECT context, exchanges FROM bot_conversations WHERE id = ?", [conv_id]).fetchone()
    return {"context": json.loads(row[0]), "exchanges": json.loads(row[1])} if row else None


def save_exchange(db: sqlite_utils.Database, conv_id: str, context: dict, exchange: dict,
                  refused_question: str | None = None) -> None:
    """Append one exchange to a conversation, keeping its last MAX_EXCHANGES (and log the question if
    the bot refused it), atomically. The append is one statement done by SQLite's JSON functions, so
    the conversation so far is neither read back nor encoded again; a refusal adds a second
    statement, and then both run in one transaction."""
    if refused_question is None:
        retry_busy(lambda: _append(db, conv_id, context, exchange))
    else:
        _append_and_log(db, conv_id, context, exchange, refused_question)


def _append(db: sqlite_utils.Database, conv_id: str, context: dict, exchange: dict) -> None:
    x = json.dumps(exchange)
    db.execute(
        "INSERT INTO bot_conversations (id, context, exchanges, updated_at) VALUES (?, ?, json_array(json(?)), ?)"
        " ON CONFLICT(id) DO UPDATE SET context = excluded.context, updated_at = excluded.updated_at,"
        " exchanges = json_insert(CASE WHEN json_array_length(exchanges) >= ? THEN"
        " json_remove(exchanges, '$[0]') ELSE exchanges END, '$[#]', json(?))",
        [conv_id, json.dumps(context), x, time.time(), MAX_EXCHANGES, x])


@writes
def _append_and_log(db: sqlite_utils.Database, conv_id: str, context: dict, exchange: dict, question: str) -> None:
    _append(db, conv_id, context, exchange)
    db.execute("INSERT INTO bot_refusals (question, asked_at) VALUES (?, ?)", [question, time.time()])


def list_refusals(db: sqlite_utils.Database, limit: int = 200) -> list[dict]:
    """The questions the bot could not answer, newest first (text and time only), for teachers."""
    return [{"question": r[0], "asked_at": r[1]} for r in db.execute(
        "SELECT question, asked_at FROM bot_refusals ORDER BY asked_at DESC, id DESC LIMIT ?", [limit]).fetchall()]
