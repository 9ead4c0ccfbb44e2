"""Teachers' own articles: add, bad input, review drafts, publish, fact sheet, quiz, bot, export/import."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from tests.conftest import HTMX
from webapp import articles, db
from webapp.config import PROJECT_ROOT

ARTICLE = Path(__file__).parent / "fixtures" / "articles" / "harbour-ferries.txt"
TEXT = ARTICLE.read_text(encoding="utf-8")
META = {"title": "Harbour ferry use climbs", "outlet": "Kestrel Bay Courier", "author": "J. Marsh",
        "date": "2026-04-02", "kind": "news", "link": "https://example.org/ferries"}


def add(client, text=TEXT, **meta):
    return client.post("/teach/articles/new", data={**META, **meta, "text": text})


def subject_rows(app):
    database = db.connect(app.config["DATABASE"])
    try:
        return [db.get_subject(database, r["id"]) for r in db.list_subjects(database)]
    finally:
        database.conn.close()


@pytest.fixture
def added(client, auth, app):
    auth.sign_in()
    r = add(client)
    assert r.status_code == 303
    return subject_rows(app)[0]


GOOD = {
    "harbour-ferry-use-climbs-1": dict(statement="The Kestrel Bay Transit Authority says ferry trips went up 38% in the year "
                                       "to March 2026, with about 2.4 million crossings counted.",
                                       claimant="the Kestrel Bay Transit Authority", topics="ridership"),
}


def confirm(client, sid, fid, **form):
    return client.post(f"/teach/articles/{sid}/facts/{fid}", data={"action": "confirm", "kind": "figure", **form})


def review_all(client, row):
    """Confirm the first draft with a good statement; skip the rest."""
    sid = row["id"]
    first = row["facts"][0]["id"]
    assert confirm(client, sid, first, **GOOD[first]).status_code == 303
    for f in row["facts"][1:]:
        client.post(f"/teach/articles/{sid}/facts/{f['id']}", data={"action": "skip"})


# --- adding ---------------------------------------------------------------------------------------

def test_adding_keeps_exact_text_hash_and_paragraphs_and_drafts_a_fact_per_claim(added):
    src = added["sources"][0]
    assert src["text"] == TEXT
    assert src["sha256"] == articles.sha256(TEXT) == src["meta"]["sha256"]
    assert src["meta"]["paragraphs"] == 6 and src["meta"]["link"] == "https://example.org/ferries"
    drafts = [f["body"]["draft"] for f in added["facts"]]
    assert all(f["status"] == "draft" for f in added["facts"])
    texts = [[g["text"] for g in d["figures"]] for d in drafts]
    assert ["38%", "twelve months", "March 2026", "about 2.4 million"] in texts
    assert drafts[0]["claimant"] == "Kestrel Bay Transit Authority"


def test_the_same_text_twice_is_recognised_by_its_hash(client, added, app):
    r = add(client, title="Another title")
    assert r.status_code == 303 and f"/teach/articles/{added['id']}" in r.headers["Location"]
    assert "known=1" in r.headers["Location"]
    assert len(subject_rows(app)) == 1
    page = client.get(r.headers["Location"]).get_data(as_text=True)
    assert "You added this exact text before" in page


def test_upload_of_a_txt_file(client, auth, app):
    auth.sign_in()
    r = client.post("/teach/articles/new", data={**META, "text": "", "file": (io.BytesIO(TEXT.encode()), "a.txt")},
                    content_type="multipart/form-data")
    assert r.status_code == 303
    assert subject_rows(app)[0]["sources"][0]["text"] == TEXT


@pytest.mark.parametrize("data, message", [
    ({"file": (io.BytesIO(b""), "a.txt")}, "The file is empty"),
    ({"file": (io.BytesIO(b"\x89PNG\x00\x00\x01"), "a.txt")}, "not text (it looks binary)"),
    ({"file": (io.BytesIO("caf\xe9".encode("latin-1")), "a.txt")}, "not UTF-8"),
    ({"file": (io.BytesIO(b"text"), "a.pdf")}, "Upload a plain-text .txt file"),
    ({"text": "   "}, "The article&#39;s text is empty"),
    ({"text": "x" * (articles.MAX_TEXT_CHARS + 1)}, "an article can be at most 60,000"),
    ({"text": "The council met and talked about the harbour.\nNobody agreed on anything."}, "found no figures"),
    ({"text": TEXT, "title": ""}, "Give the article&#39;s title."),
    ({"text": TEXT, "date": "yesterday"}, "Give the date as YYYY-MM-DD"),
    ({"text": TEXT, "link": "javascript:alert(1)"}, "A link starts with http"),
])
def test_bad_input_gets_a_clear_message_and_nothing_is_saved(client, auth, app, data, message):
    auth.sign_in()
    form = {**META, "text": "", **data}
    r = client.post("/teach/articles/new", data=form, content_type="multipart/form-data")
    assert r.status_code == 400
    assert message in r.get_data(as_text=True)
    assert subject_rows(app) == []


def test_adding_needs_a_signed_in_teacher(client, teachers):
    r = add(client)
    assert r.status_code == 303 and "/teach/sign-in" in r.headers["Location"]


# --- reviewing --------------------------------------------------------------------------------------

def test_live_check_and_save_run_the_same_validation(client, added):
    sid, fid = added["id"], added["facts"][0]["id"]
    copied = "Ridership on the Kestrel Bay ferries rose by 38% in the twelve months to March 2026, says the authority"
    bad = {"statement": copied, "claimant": "x authority", "topics": "ridership", "kind": "figure"}
    live = client.post(f"/teach/articles/{sid}/facts/{fid}/check", data=bad, headers=HTMX).get_data(as_text=True)
    assert "copies the article word for word" in live
    saved = confirm(client, sid, fid, **bad)
    assert saved.status_code == 422 and "copies the article word for word" in saved.get_data(as_text=True)
    assert subject_rows(client.application)[0]["facts"][0]["status"] == "draft"


@pytest.mark.parametrize("change, message", [
    ({"claimant": ""}, "Say who makes this claim"),
    ({"statement": "Ferry trips went up 39% in the year to March 2026, with about 2.4 million crossings."},
     "not one of the fact&#39;s figures"),
    ({"topics": ""}, "Give at least one topic"),
    ({"statement": ""}, "Write the statement in your own words"),
])
def test_a_draft_that_fails_a_check_is_not_confirmed(client, added, change, message):
    sid, fid = added["id"], added["facts"][0]["id"]
    r = confirm(client, sid, fid, **{**GOOD[fid], **change})
    assert r.status_code == 422 and message in r.get_data(as_text=True)
    assert subject_rows(client.application)[0]["facts"][0]["status"] == "draft"


def test_a_good_draft_passes_live_and_is_confirmed(client, added):
    sid, fid = added["id"], added["facts"][0]["id"]
    live = client.post(f"/teach/articles/{sid}/facts/{fid}/check", data=GOOD[fid], headers=HTMX)
    assert "passes every check" in live.get_data(as_text=True)
    assert confirm(client, sid, fid, **GOOD[fid]).status_code == 303
    row = subject_rows(client.application)[0]
    assert row["facts"][0]["status"] == "confirmed"
    assert row["facts"][0]["body"]["fact"]["citations"] == [{"source_id": sid, "paragraph": 2}]


def test_publishing_needs_every_draft_reviewed(client, added):
    r = client.post(f"/teach/articles/{added['id']}/publish")
    assert r.status_code == 409 and "still wait for you" in r.get_data(as_text=True)


def test_private_until_published_then_visible_with_name_only_if_chosen(client, added, auth):
    sid = added["id"]
    review_all(client, added)
    assert client.get(f"/subjects/{sid}").status_code == 200  # the author previews it
    auth.sign_out()
    assert client.get(f"/subjects/{sid}").status_code == 404
    auth.sign_in(email="other@school.org")
    assert client.get(f"/teach/articles/{sid}").status_code == 404
    auth.sign_out()
    auth.sign_in()
    assert client.post(f"/teach/articles/{sid}/publish", data={}).status_code == 303
    auth.sign_out()
    page = client.get(f"/subjects/{sid}").get_data(as_text=True)
    assert "38%" in page and "teacher@school.org" not in page and "prepared by" not in page
    assert "Ridership on the Kestrel Bay ferries rose by 38%" in page  # the paragraph's quotation


# --- everything that follows from data ------------------------------------------------------------

@pytest.fixture
def published(client, added, auth):
    review_all(client, added)
    assert client.post(f"/teach/articles/{added['id']}/publish",
                       data={"show_author": "on", "author_name": "Ms Rivera"}).status_code == 303
    return added["id"]


def test_published_subject_joins_facts_questions_and_quiz(client, published, app):
    page = client.get(f"/subjects/{published}").get_data(as_text=True)
    assert "Subject prepared by Ms Rivera" in page and "Take a quiz on this article" in page
    assert "teacher@school.org" not in page
    fid = f"{published}-1"
    assert client.get(f"/facts/{fid}").status_code == 200  # a fact page like any other
    r = client.post("/quiz/", data={"scope": f"source:{published}", "length": "5", "seed": "7"})
    assert r.status_code == 303
    q = client.get(r.headers["Location"]).get_data(as_text=True)
    assert "Article: Harbour ferry use climbs" in q
    with app.test_request_context():
        b = app.extensions["sourced"].bank
        gen = [q for q in b.questions.values() if fid in q.fact_ids]
        assert {q.type for q in gen} >= {"numeric", "truefalse"}


def test_the_bot_answers_from_the_subject_and_says_which_article(client, published):
    one = client.post(f"/subjects/{published}/ask", data={"question": "How much did ferry ridership rise?"})
    text = one.get_data(as_text=True)
    assert "38%" in text and "Kestrel Bay Transit Authority" in text
    across = client.post("/subjects/ask", data={"question": "How much did ferry ridership rise?"}).get_data(as_text=True)
    assert "From “Harbour ferry use climbs”" in across and "38%" in across
    none = client.post(f"/subjects/{published}/ask", data={"question": "How many tanks did the army lose?"})
    assert "38%" not in none.get_data(as_text=True)


# --- export / import --------------------------------------------------------------------------------

def zip_files(data: bytes) -> dict[str, bytes]:
    z = zipfile.ZipFile(io.BytesIO(data))
    return {n: z.read(n) for n in z.namelist()}


def test_export_import_round_trip_is_exact_and_passes_content_check(client, published, tmp_path, runner, auth):
    first = client.get(f"/teach/articles/{published}/export.zip")
    assert first.status_code == 200
    files = zip_files(first.data)
    assert f"texts/{published}.txt" in files and files[f"texts/{published}.txt"] == TEXT.encode()
    for name, body in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(body)
    from webapp.cli import content_cli
    r = runner.invoke(content_cli, ["check", "--content", str(tmp_path / "content"), "--texts", str(tmp_path / "texts")])
    assert r.exit_code == 0, r.output
    auth.sign_out()
    auth.sign_in(email="other@school.org")
    refused = client.post("/teach/articles/import", data={"file": (io.BytesIO(first.data), "s.zip")},
                          content_type="multipart/form-data")
    assert refused.status_code == 409 and "already uses the id" in refused.get_data(as_text=True)


def test_content_dir_loads_into_the_browser_and_exports_back_exactly(client, auth, seeds, app):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for p in (PROJECT_ROOT / "content").rglob("*.yaml"):
            z.write(p, "content/" + p.relative_to(PROJECT_ROOT / "content").as_posix())
        for p in seeds.glob("*.txt"):
            z.write(p, "texts/" + p.name)
    auth.sign_in()
    r = client.post("/teach/articles/import", data={"file": (io.BytesIO(buf.getvalue()), "c.zip")},
                    content_type="multipart/form-data")
    assert r.status_code == 303, r.get_data(as_text=True)
    sid = r.headers["Location"].rstrip("/").split("/")[-1]
    once = zip_files(client.get(f"/teach/articles/{sid}/export.zip").data)
    store = app.extensions["sourced"].base.store
    assert set(n for n in once if n.startswith("texts/")) == {f"texts/{p.name}" for p in seeds.glob("*.txt")}
    bundle = articles.import_zip(client.get(f"/teach/articles/{sid}/export.zip").data)
    assert [f.model_dump() for f in bundle.facts] == [f.model_dump() for f in store.facts.values()]
    assert {m.id: m for m in bundle.modules} == dict(store.modules)
    again = articles.export_zip(bundle)
    assert zip_files(again) == once  # export → import → export: byte for byte


@pytest.mark.parametrize("data, message", [
    (b"not a zip", "not a zip"),
    (b"", "Choose a .zip"),
])
def test_bad_imports_are_refused_with_a_message(client, auth, data, message):
    auth.sign_in()
    files = {"file": (io.BytesIO(data), "s.zip")} if data else {}
    r = client.post("/teach/articles/import", data=files, content_type="multipart/form-data")
    assert r.status_code == 400 and message in r.get_data(as_text=True)


def test_set_builder_filters_by_article(client, published):
    r = client.post("/teach/sets", data={"title": "Ferries"})
    assert r.status_code == 303
    page = client.get(r.headers["Location"] + f"?article={published}").get_data(as_text=True)
    assert "Harbour ferry use climbs" in page  # offered as a filter
    assert "38%" in page or "____" in page  # the subject's generated questions are listed
    other = client.get(r.headers["Location"] + "?article=news-record-surrenders").get_data(as_text=True)
    assert "Kestrel" not in other.split("bank-article")[-1].split("</select>", 1)[-1]


def test_an_edit_that_changes_a_cited_paragraph_is_refused(client, added, app):
    sid, fid = added["id"], added["facts"][0]["id"]
    assert confirm(client, sid, fid, **GOOD[fid]).status_code == 303
    edited = TEXT.replace("rose by 38%", "rose by 39%")
    r = client.post(f"/teach/articles/{sid}/text", data={"text": edited})
    assert r.status_code == 409 and "would change paragraph(s) 2" in r.get_data(as_text=True)
    assert subject_rows(app)[0]["sources"][0]["text"] == TEXT


def test_text_can_be_corrected_before_any_fact_is_confirmed(client, added, app):
    sid = added["id"]
    fixed = TEXT.replace("Only 12 vessels", "Only 14 vessels")
    assert client.post(f"/teach/articles/{sid}/text", data={"text": fixed}).status_code == 303
    row = subject_rows(app)[0]
    assert row["sources"][0]["text"] == fixed and row["sources"][0]["sha256"] == articles.sha256(fixed)
    assert any(g["text"] == "Only 14" for f in row["facts"] for g in f["body"]["draft"]["figures"])


def test_showing_a_name_needs_the_name(client, added):
    review_all(client, added)
    r = client.post(f"/teach/articles/{added['id']}/publish", data={"show_author": "on", "author_name": "  "})
    assert r.status_code == 409 and "Type the name to show" in r.get_data(as_text=True)
    assert subject_rows(client.application)[0]["published_at"] is None


def test_an_unticked_figure_becomes_a_draft_of_its_own(client, added, app):
    sid, fid = added["id"], added["facts"][0]["id"]
    r = confirm(client, sid, fid, statement="The Kestrel Bay Transit Authority says ferry trips went up 38% in the "
                "year to March 2026.", claimant="the Kestrel Bay Transit Authority", topics="ridership",
                **{"keep-0": "on", "keep-1": "on", "keep-2": "on"})
    assert r.status_code == 303
    row = subject_rows(app)[0]
    confirmed = next(f for f in row["facts"] if f["id"] == fid)
    assert [g["text"] for g in confirmed["body"]["fact"]["figures"]] == ["38%", "twelve months", "March 2026"]
    split = [f for f in row["facts"] if f["body"]["draft"]["figures"][0]["text"] == "about 2.4 million"]
    assert len(split) == 1 and split[0]["status"] == "draft" and split[0]["body"]["draft"]["paragraph"] == 2
    assert f"#{split[0]['id']}" in r.headers["Location"]


def test_home_counts_the_sites_own_subject_and_points_to_teachers_subjects(client, published, app):
    base = app.extensions["sourced"].base.store
    page = client.get("/").get_data(as_text=True)
    assert f"from {len(base.sources)} articles and\n    the {len(base.facts)} facts" in page
    assert "Teachers have added 1 subject of their own" in page
    assert "Harbour ferry use climbs" in client.get("/subjects/").get_data(as_text=True)
    assert "teachers' subjects</a>" in client.get("/sources").get_data(as_text=True)


def test_a_subject_exported_here_is_imported_and_published_on_another_instance(client, published, tmp_path):
    from tests.conftest import AuthActions, make_app
    from webapp.accounts import create_teacher
    exported = client.get(f"/teach/articles/{published}/export.zip").data
    (tmp_path / "elsewhere").mkdir()
    other = make_app(tmp_path / "elsewhere")
    database = db.connect(other.config["DATABASE"])
    create_teacher(database, "teacher@school.org", "correct horse battery")
    database.conn.close()
    c2 = other.test_client()
    AuthActions(c2).sign_in()
    r = c2.post("/teach/articles/import", data={"file": (io.BytesIO(exported), "s.zip")},
                content_type="multipart/form-data")
    assert r.status_code == 303 and r.headers["Location"].endswith(f"/subjects/{published}")
    assert "Publish this subject" in c2.get(r.headers["Location"]).get_data(as_text=True)
    assert c2.post(f"/teach/articles/{published}/publish", data={}).status_code == 303
    AuthActions(c2).sign_out()
    page = c2.get(f"/subjects/{published}").get_data(as_text=True)
    assert "ferry trips went up 38%" in page


from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=400), title=st.text(max_size=40), date=st.text(max_size=12),
       kind=st.sampled_from(["news", "opinion", "official", "other", "blog", ""]), link=st.text(max_size=30))
def test_any_add_article_form_gets_a_page_never_a_500(client, auth, text, title, date, kind, link):
    auth.sign_in()
    r = client.post("/teach/articles/new", data={"title": title, "date": date, "kind": kind, "link": link,
                                                 "text": text})
    assert r.status_code in (303, 400), r.get_data(as_text=True)[:300]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(statement=st.text(max_size=200), claimant=st.text(max_size=40), topics=st.text(max_size=40),
       kind=st.text(max_size=10), qualifier=st.text(max_size=12), unit=st.text(max_size=20))
def test_any_draft_form_gets_a_page_never_a_500(client, added, statement, claimant, topics, kind, qualifier, unit):
    sid, fid = added["id"], added["facts"][1]["id"]
    data = {"statement": statement, "claimant": claimant, "topics": topics, "kind": kind, "qualifier-0": qualifier,
            "unit-0": unit, "keep-0": "on"}
    assert client.post(f"/teach/articles/{sid}/facts/{fid}/check", data=data, headers=HTMX).status_code == 200
    assert client.post(f"/teach/articles/{sid}/facts/{fid}", data=data).status_code in (303, 422)


def test_the_ask_page_lets_a_visitor_pick_a_teachers_subject(client, published):
    page = client.get("/ask").get_data(as_text=True)
    assert f'href="/subjects/{published}/ask"' in page and 'href="/subjects/ask"' in page


def test_another_worker_on_the_same_database_serves_a_subject_once_published(client, added, app, tmp_path):
    from tests.conftest import make_app
    (tmp_path / "worker2").mkdir()
    worker2 = make_app(tmp_path / "worker2", DATABASE=app.config["DATABASE"]).test_client()
    fid = f"{added['id']}-1"
    assert worker2.get(f"/facts/{fid}").status_code == 404  # before: its merged store has no such fact
    review_all(client, added)
    assert client.post(f"/teach/articles/{added['id']}/publish", data={}).status_code == 303
    assert worker2.get(f"/facts/{fid}").status_code == 200  # after: rebuilt on its next request
