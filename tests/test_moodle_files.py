"""Question files as teachers' Moodles export them (tests/fixtures/moodle_files/, written from Moodle's
formats by someone who never saw the importer, on Moodle 3.3-4.5 shapes: BOMs, CRLF, CDATA, images,
categories, feedback, partial credit, distractors, unsupported types). MANIFEST.md there says per
question whether a careful importer takes it (TAKE) or lists it as left out (SKIP). None of these files
may be refused; only the malformed ones are, naming where."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from webapp import exchange

FILES = Path(__file__).parent / "fixtures" / "moodle_files"
MANIFEST = (FILES / "MANIFEST.md").read_text()
GOOD = sorted(p.name for p in FILES.iterdir() if p.name.endswith((".xml", ".gift.txt"))
              and not p.name.startswith("malformed"))


def verdicts(name: str) -> list[str]:
    section = MANIFEST.split(f"## {name}", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\d+\. .*?\| `[a-z]+` \| (TAKE|SKIP)", section, flags=re.M)


def read(name: str, **kw):
    data = (FILES / name).read_bytes()
    if name.endswith(".xml"):
        return exchange.import_moodle_xml(data, **kw)
    return exchange.import_gift(data, **kw)


@pytest.mark.parametrize("name", GOOD)
def test_a_teachers_file_comes_in_whole_and_lists_what_it_leaves_out(name):
    drafts = read(name, skip_unsupported=True)
    expected = verdicts(name)
    assert len(drafts) == expected.count("TAKE"), [d.prompt[:40] for d in drafts]
    assert len(drafts.skipped) == expected.count("SKIP"), drafts.skipped
    assert all(s.reason for s in drafts.skipped)
    assert len(drafts.report) == len(expected)  # one report entry per question of the file


@pytest.mark.parametrize("name", [n for n in GOOD if "SKIP" in verdicts(n)])
def test_refusing_the_whole_file_names_every_question_left_out(name):
    with pytest.raises(exchange.ExchangeError) as e:
        read(name)
    assert str(e.value).count("(") >= verdicts(name).count("SKIP") or len(verdicts(name)) == 1


@pytest.mark.parametrize("name", ["malformed-no-quiz-root.xml", "malformed-unclosed-brace.gift.txt",
                                  "malformed-unclosed-tags.xml"])
def test_a_malformed_file_is_refused_saying_where(name):
    with pytest.raises(exchange.ExchangeError, match=r"Line \d+|root element"):
        read(name, skip_unsupported=True)


def test_gift_true_false_feedback_goes_to_the_answer_it_is_for():
    """{T#a#b}: Moodle shows a when the student answers wrongly, b when rightly."""
    q = next(d for d in read("gift01-history-tudors-basic.gift.txt") if "Armada" in d.prompt)
    assert q.wrong_feedback.startswith("No - 1588") and q.right_feedback == "Yes, 1588."


def test_short_answers_that_differ_only_in_capitals_are_kept_once_and_reported():
    drafts = read("gift06-spanish-text-formats.gift.txt", skip_unsupported=True)
    q = next(d for d in drafts if "miércoles" in d.prompt)
    assert [a.text for a in q.accepted] == ["jueves"]
    entry = next(e for e in drafts.report if e.name == "Días de la semana")
    assert any("reads the same as an earlier one" in c for c in entry.changed)
