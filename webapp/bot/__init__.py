"""The explainer bot: rule-based retrieval over the fact store (no language model, no network).

`normalize` reads a question (tidy text, numbers, spelling, synonyms); `engine` retrieves facts
with FTS5 bm25 and re-ranks them by rules; `evaluate` scores it on the evaluation set.
"""
from .engine import Bot, Reply, Statement

__all__ = ["Bot", "Reply", "Statement"]
