"""JSON API over the fact store. Shapes are fixed by the foundation issue; other faces rely on them."""
from __future__ import annotations

from flask import Blueprint, abort, jsonify, request

from ..payloads import FactOut, SourceOut
from ..web import store

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.get("/sources")
def sources():
    return jsonify({"sources": [SourceOut.of(s).model_dump(mode="json") for s in store().sources.values()]})


@bp.get("/facts")
def facts():
    topic = request.args.get("topic", "").strip()
    if topic and topic not in store().topics:
        return jsonify({"error": f"unknown topic {topic[:80]!r}", "topics": store().topics}), 400
    items = [f for f in store().facts.values() if not topic or topic in f.topics]
    return jsonify({"facts": [FactOut.of(f).payload() for f in items]})


@bp.get("/facts/<fact_id>")
def fact(fact_id: str):
    f = store().facts.get(fact_id)
    if f is None:
        abort(404)
    return jsonify(FactOut.of(f).payload())
