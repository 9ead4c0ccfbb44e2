"""The explainer bot: rule-based retrieval over the fact store (no language model, no network).

`normalize` reads a question's words (tidy text, numbers, spelling, synonyms); `understand` finds
its type, year, side and scope and whether it follows up the last one; `retrieve` finds candidate
facts with FTS5 bm25 and re-ranks them by rules; `reply` assembles the answer from fact
statements; `engine.Bot` ties them together; `evaluate` scores it on the evaluation set.
"""
from .engine import Bot
from .reply import Reply, Statement

__all__ = ["Bot", "Reply", "Statement"]
