"""The JSON API's exact shapes: other faces and outside checks rely on them."""
SOURCE_KEYS = {"id", "title", "publisher", "author", "published", "kind", "sha256", "paragraphs"}


def test_sources_shape(client, store):
    data = client.get("/api/sources").json
    assert list(data) == ["sources"]
    assert len(data["sources"]) == len(store.sources)
    for s in data["sources"]:
        assert set(s) == SOURCE_KEYS


def test_facts_shape(client, store):
    facts = client.get("/api/facts").json["facts"]
    assert len(facts) == len(store.facts)
    for f in facts:
        assert {"id", "statement", "kind", "claimant", "figures", "citations", "topics"} <= set(f)
        for g in f["figures"]:
            assert {"unit", "qualifier", "text", "derived"} <= set(g)
            assert ("value" in g) != ("low" in g and "high" in g) or g["qualifier"] == "hundreds"
        for c in f["citations"]:
            assert set(c) == {"source_id", "paragraph"}


def test_facts_by_topic(client, store):
    topic = store.topics[0]
    facts = client.get(f"/api/facts?topic={topic}").json["facts"]
    assert facts and all(topic in f["topics"] for f in facts)
    assert len(facts) == sum(topic in f.topics for f in store.facts.values())


def test_unknown_topic_is_a_400_json(client):
    resp = client.get("/api/facts?topic=nope")
    assert resp.status_code == 400 and "unknown topic" in resp.json["error"]


def test_one_fact_and_a_404_json(client, store):
    fid = next(iter(store.facts))
    assert client.get(f"/api/facts/{fid}").json["id"] == fid
    resp = client.get("/api/facts/nope")
    assert resp.status_code == 404 and resp.is_json and "error" in resp.json


def test_a_computed_figure_says_whether_it_is_approximate(client):
    """A computed figure rounded to its inputs' precision is "about" on the page and in the API alike."""
    hedged = client.get("/api/facts/conscripts-rest-blog").get_json()["figures"][0]
    assert hedged["derived"] is True and hedged["approximate"] is True and hedged["formula"] == "100 - 76 - 19"
    exact = client.get("/api/facts/rank-breakdown-sum").get_json()["figures"][0]
    assert exact["derived"] is True and exact["approximate"] is False
