"""Example questions per fact (content/asks.yaml): loading and checking them (issue 13).

No Flask. Each fact may carry a few questions it answers, in the project's own words; the
explainer bot matches a visitor's question against them as well as against the statement. The
checks: every key is a known fact id, each list holds 1–12 questions of 8–160 characters ending
in "?", no question is given twice, and none repeats a run of COPIED_WORDS words of an article.
"""
from __future__ import annotations

import re
from pathlib import Path

from pydantic import ValidationError

from .facts import Problem, pydantic_problems, read_paragraphs, read_yaml
from .schemas import Asks, Fact, Source

FILE = "asks.yaml"
# questions are short: a run this long taken from an article is its prose, not a question's wording
COPIED_WORDS = 8
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def words(text: str) -> list[str]:
    return WORD.findall(text.lower().replace("’", "'"))


def load_asks(root: Path, facts: dict[str, Fact], problems: list[Problem]) -> dict[str, list[str]]:
    """The example questions by fact id ({} when the file is absent); problems are appended."""
    path = root / FILE
    if not path.exists():
        return {}
    data = read_yaml(path, root, problems)
    if data is None:
        return {}
    try:
        asks = Asks.model_validate(data).asks
    except ValidationError as e:
        problems += pydantic_problems(FILE, e, data)
        return {}
    seen: dict[str, str] = {}
    for fact_id, questions in asks.items():
        if fact_id not in facts:
            problems.append(Problem(FILE, fact_id, "asks", "no fact has this id"))
        for i, q in enumerate(questions):
            key = " ".join(words(q))
            if key in seen:
                problems.append(Problem(FILE, fact_id, f"asks.{i}", f"the same question is also given for {seen[key]}"))
            seen[key] = fact_id
    return asks


def copied_asks(asks: dict[str, list[str]], sources: dict[str, Source], texts_dir: Path) -> list[Problem]:
    """Example questions that repeat COPIED_WORDS or more consecutive words of an article."""
    grams: set[str] = set()
    for s in sources.values():
        path = texts_dir / s.file
        if path.is_file():
            for para in read_paragraphs(path):
                w = words(para)
                grams.update(" ".join(w[i:i + COPIED_WORDS]) for i in range(len(w) - COPIED_WORDS + 1))
    out = []
    for fact_id, questions in asks.items():
        for i, q in enumerate(questions):
            w = words(q)
            if any(" ".join(w[j:j + COPIED_WORDS]) in grams for j in range(len(w) - COPIED_WORDS + 1)):
                out.append(Problem(FILE, fact_id, f"asks.{i}", "copies the article's prose: ask it in your own words"))
    return out
