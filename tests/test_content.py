"""Content validation: each kind of broken file is refused with a clear message naming the file,
the record and the field; good content loads whole."""
from pathlib import Path

import pytest

from webapp.facts import ContentError, load_store

from .conftest import MINI, make_app


def load(root: Path, texts: bool = True):
    return load_store(root / "content", root / "texts" if texts else None)


def test_the_made_up_subject_loads_and_verifies():
    store = load(MINI)
    assert list(store.facts) == ["boats-registered", "regatta-visitors"]
    assert store.verified == {"harbour-news": "verified"}


def edit(path: Path, old: str, new: str):
    text = path.read_text()
    assert old in text, f"fixture changed: {old!r} not in {path}"
    path.write_text(text.replace(old, new))


BOATS = "content/facts/boats.yaml"
SOURCE = "content/sources/harbour.yaml"
MODULE = "content/modules/harbour.yaml"

BROKEN = [
    ("bad YAML", BOATS, "  - id: regatta-visitors", "  - id: [regatta", "facts/boats.yaml: not valid YAML: line"),
    ("missing field", BOATS, "    claimant: the harbour master\n", "", "facts/boats.yaml › boats-registered › claimant: required field is missing"),
    ("unknown field", BOATS, "    kind: figure\n    claimant: officials", "    kind: figure\n    claimnt: x\n    claimant: officials", "regatta-visitors › claimnt: unknown field"),
    ("unknown source", BOATS, "source_id: harbour-news, paragraph: 3", "source_id: harbor-news, paragraph: 3", "regatta-visitors › citations.1.source_id: unknown source 'harbor-news'"),
    ("paragraph out of range", BOATS, "paragraph: 3", "paragraph: 9", "regatta-visitors › citations.1.paragraph: source 'harbour-news' has 3 paragraphs, not 9"),
    ("figure not in the paragraph", BOATS, 'text: "412"', 'text: "413"', "value 412 is not what the text '413' says"),
    ("figure text in another paragraph", BOATS, 'text: "roughly 1,200"}', 'text: "412"}', "value 1200 is not what the text '412' says"),
    ("value differs from text", BOATS, "{value: 412,", "{value: 421,", "boats-registered › figures.1: value 421 is not what the text '412' says"),
    ("wrong hash", SOURCE, "sha256: ", "sha256: 0000000000", "sha256"),
    ("unknown related fact", BOATS, "related: [regatta-visitors]", "related: [regata]", "boats-registered › related: unknown fact 'regata'"),
    ("duplicate id", BOATS, "  - id: regatta-visitors", "  - id: boats-registered", "boats-registered › id: duplicate fact id"),
    ("digit typed in module prose", MODULE, "boats, {{boats-registered.2}}", "boats, 30%", "figure '30%' is typed into prose"),
    ("module refers to a missing figure", MODULE, "{{boats-registered.2}}", "{{boats-registered.3}}", "fact 'boats-registered' has 2 figure(s), not 3"),
    ("module refers to an unknown fact", MODULE, "[[regatta-visitors|", "[[regatta|", "unknown fact 'regatta'"),
    ("statement holds a number no figure carries", BOATS, "about 30% more", "about 35% more", "the statement says '35'"),
    ("empty file", BOATS, None, "", "facts/boats.yaml: the file is empty"),
    ("not a mapping", BOATS, None, "- just\n- a list\n", "facts/boats.yaml › (file)"),
]


@pytest.mark.parametrize("case, rel, old, new, message", BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_content_is_refused_with_a_clear_message(mini_content, case, rel, old, new, message):
    path = mini_content / rel
    if old is None:
        path.write_text(new)
    else:
        edit(path, old, new)
    with pytest.raises(ContentError) as err:
        load(mini_content)
    assert any(message in str(p) for p in err.value.problems), "\n".join(map(str, err.value.problems))


def test_wrong_hash_refuses_to_verify(mini_content):
    edit(mini_content / "texts/harbour.txt", "412 fishing", "413 fishing")
    with pytest.raises(ContentError, match="refusing to verify against it"):
        load(mini_content)


def test_a_number_in_the_text_that_no_fact_carries_is_reported(mini_content):
    edit(mini_content / BOATS, '      - {value: 2025, unit: date, text: "July 2025"}\n', "")
    edit(mini_content / BOATS, "at the regatta in July 2025.", "at the regatta.")
    with pytest.raises(ContentError) as err:
        load(mini_content)
    assert "harbour-news › paragraph 3: the figure '2025' is carried by no fact" in str(err.value)


def test_derived_figures_must_add_up(mini_content):
    derived = """
  - id: boats-last-year-share
    statement: Computed by us, a sum of two reported figures.
    kind: figure
    claimant: computed by Sourced
    figures:
      - {value: 442, unit: boats, qualifier: computed, approximate: true, derived: true, formula: "412 + 30", from_facts: [boats-registered]}
    citations: [{source_id: harbour-news, paragraph: 2}]
    topics: [boats]
"""
    path = mini_content / BOATS
    path.write_text(path.read_text() + derived)
    load(mini_content)  # adds up: accepted
    edit(path, "value: 442", "value: 443")
    with pytest.raises(ContentError, match=r"412 \+ 30 = 442, but value is 443"):
        load(mini_content)
    edit(path, '"412 + 30"', '"412 + 31"')
    with pytest.raises(ContentError, match="number 31 in the formula is not a figure of boats-registered"):
        load(mini_content)


def test_every_problem_is_reported_at_once(mini_content):
    edit(mini_content / BOATS, "claimant: the harbour master", "claimant: ''")
    edit(mini_content / MODULE, "boats, {{boats-registered.2}}", "boats, 30%")
    with pytest.raises(ContentError) as err:
        load(mini_content)
    assert len(err.value.problems) >= 2


def test_the_app_does_not_start_on_broken_content(mini_content, tmp_path):
    edit(mini_content / BOATS, 'text: "412"', 'text: "413"')
    with pytest.raises(ContentError):
        make_app(tmp_path, CONTENT_DIR=str(mini_content / "content"), SOURCE_TEXTS=str(mini_content / "texts"))
    assert not (tmp_path / "test.sqlite3").exists(), "nothing may be written before content is valid"
