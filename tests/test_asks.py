"""Example questions per fact (content/asks.yaml, issue 13): checked by `content check` with a clear
message naming the file, the fact and the field; good ones load and reach the bot."""
from pathlib import Path

import pytest

from webapp.facts import ContentError, load_store

from .conftest import MINI


def load(root: Path):
    return load_store(root / "content", root / "texts")


def write(root: Path, body: str):
    (root / "content" / "asks.yaml").write_text("asks:\n" + body)


def test_good_example_questions_load(mini_content):
    write(mini_content, "  boats-registered:\n    - How many fishing boats are on the register?\n")
    assert load(mini_content).asks == {"boats-registered": ["How many fishing boats are on the register?"]}


def test_without_the_file_there_are_none():
    assert load(MINI).asks == {}


@pytest.mark.parametrize("body, where, message", [
    ("  no-such-fact:\n    - How many boats are there?\n", "no-such-fact › asks", "no fact has this id"),
    ("  boats-registered: []\n", "boats-registered", "at least 1"),
    ("  boats-registered:\n    - Boats?\n", "boats-registered", "at least 8"),
    ("  boats-registered:\n    - " + "How many boats " * 12 + "?\n", "boats-registered", "at most 160"),
    ("  boats-registered:\n    - Tell me about the boats.\n", "boats-registered", "pattern"),
    ("  boats-registered:\n    - How many boats are registered?\n  regatta-visitors:\n    - How many boats are registered?\n",
     "regatta-visitors › asks.0", "also given for boats-registered"),
    ("  boats-registered:\n    - Did the harbour master say on Monday that 412 fishing boats were registered?\n",
     "boats-registered › asks.0", "copies the article's prose"),
])
def test_bad_example_questions_are_refused_with_a_clear_message(mini_content, body, where, message):
    write(mini_content, body)
    with pytest.raises(ContentError) as e:
        load(mini_content)
    text = str(e.value)
    assert "asks.yaml" in text and where in text and message in text, text
