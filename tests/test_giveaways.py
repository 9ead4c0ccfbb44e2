"""WALK-7 finding 4: a set whose questions rest on one fact (or on facts stating the same figure) warns
the teacher, naming the questions, on the set builder and the publish page, with a way out; publishing
is never blocked."""
from __future__ import annotations

import html as htmllib
import re

from tests.test_teach import add, new_set, publish, signed_in  # noqa: F401  (a fixture)
from webapp.giveaways import give_aways

# the walk's set: the first five composition questions, as the bank listed them
WALK = ["comp-rank-and-file-news", "comp-officers-news", "comp-nco-news", "comp-rank-and-file-blog", "comp-nco-typed"]


def text(html: str) -> str:
    return " ".join(htmllib.unescape(re.sub(r"<[^>]+>", " ", html)).split())


def walk_set(client) -> int:
    set_id = new_set(client, "Who the prisoners are")
    for qid in WALK:
        assert add(client, set_id, qid).status_code == 303
    return set_id


def test_the_walks_set_names_both_pairs(app, store):
    bank = app.extensions["sourced"].bank
    found = give_aways([bank.questions[q] for q in WALK], store)
    assert [g.numbers for g in found] == [(1, 4), (3, 5)]
    # 1 and 4: the news report's 83% and the blog post's "around 83%"
    assert found[0].text.startswith("Questions 1 and 4 rest on facts that state the same figure, 83%")
    assert "the first a student meets gives away the other" in found[0].text
    # 3 and 5: both ask the non-commissioned officers' 13%, from one fact
    assert found[1].text.startswith("Questions 3 and 5 both rest on one fact, “In the \"I Want to Live\" project's breakdown, as the news report gives it, 13%")


def test_an_explanation_that_gives_another_questions_figure_is_named(app, store):
    bank = app.extensions["sourced"].bank
    # comp-rank-and-file-news's explanation adds the blog post's share: alone with a question on the blog
    # post's officers it clashes with nothing; beside the blog post's rank-and-file question it does
    assert give_aways([bank.questions["comp-rank-and-file-news"], bank.questions["comp-officers-news"]], store) == []
    q = bank.questions["comp-rank-and-file-news"]
    other = q.model_copy(update={"id": "x", "fact_ids": ["officers-share-news"],
                                 "explanation": "See {{rank-and-file-share-blog}}."})
    found = give_aways([other, bank.questions["comp-rank-and-file-blog"]], store)
    assert [g.kind for g in found] == ["explained"]
    assert found[0].text.startswith("Question 1's explanation states the fact question 2 rests on")


def test_a_set_without_shared_facts_warns_of_nothing(client, signed_in, app):
    set_id = new_set(client)
    for qid in ("comp-officers-news", "comp-nco-news", "comp-rank-and-file-news"):
        add(client, set_id, qid)
    assert "give away" not in client.get(f"/teach/sets/{set_id}").get_data(as_text=True)
    assert "give away" not in client.get(f"/teach/sets/{set_id}/publish").get_data(as_text=True)


def test_the_set_builder_warns_and_removing_one_clears_it(client, signed_in, app):
    set_id = walk_set(client)
    page = text(client.get(f"/teach/sets/{set_id}").get_data(as_text=True))
    assert "Answers one question gives away to another" in page
    assert "Questions 1 and 4 rest on facts that state the same figure, 83%" in page
    assert "Questions 3 and 5 both rest on one fact" in page
    # the warning's own button removes the later question (no JavaScript: a plain form)
    r = client.post(f"/teach/sets/{set_id}/change", data={"action": "remove", "question_id": "comp-nco-typed"})
    assert r.status_code == 303
    page = text(client.get(f"/teach/sets/{set_id}").get_data(as_text=True))
    assert "Questions 3 and 5" not in page and "Questions 1 and 4" in page
    html = client.get(f"/teach/sets/{set_id}").get_data(as_text=True)
    assert re.search(r'name="question_id" value="comp-rank-and-file-blog"[^>]*>Remove question 4<', html)


def test_the_publish_page_warns_but_publishes(client, signed_in, app):
    set_id = walk_set(client)
    page = text(client.get(f"/teach/sets/{set_id}/publish").get_data(as_text=True))
    assert "Questions 3 and 5 both rest on one fact" in page
    assert "You can still publish as it is" in page
    assert "Publish, with the right answers shown at the end" in page
    aid, _ = publish(client, set_id, feedback="each")  # not blocked
    assert "after each answer" in text(client.get(f"/teach/assignments/{aid}").get_data(as_text=True))


def test_publish_with_answers_at_the_end_from_the_warning(client, signed_in, app):
    set_id = walk_set(client)
    r = client.post(f"/teach/sets/{set_id}/publish", data={"title": "t", "attempts": "1", "feedback": "each",
                                                           "answers_at_end": "1"})
    assert r.status_code == 303
    aid = int(r.headers["Location"].rsplit("/", 1)[1])
    page = text(client.get(f"/teach/assignments/{aid}").get_data(as_text=True))
    assert "Right answers shown at the end of the attempt" in page


def test_each_clashing_question_is_marked_in_the_list(client, signed_in, app):
    set_id = walk_set(client)
    html = client.get(f"/teach/sets/{set_id}").get_data(as_text=True)
    items = re.search(r'<ol class="set-items">(.*?)</ol>', html, re.S).group(1).split("<li>")[1:]
    marks = [text(re.search(r'class="meta clash">(.*?)</span>', li, re.S).group(1)) if "clash" in li else None
             for li in items]
    assert marks == ["⚠ Shares its answer with question 4 ( why )", None, "⚠ Shares its answer with question 5 ( why )",
                     "⚠ Shares its answer with question 1 ( why )", "⚠ Shares its answer with question 3 ( why )"]
    assert "4 of these questions give away each other's answers" in text(html)


def test_the_live_class_start_page_warns_too(client, signed_in, app):
    # a live class reveals every answer to the whole class after its question: the same give-away
    set_id = walk_set(client)
    page = text(client.get("/live/new").get_data(as_text=True))
    assert "Revealing each answer to the class gives away a later one in this set" in page
    assert ("Questions 3 and 5 both rest on one fact, “In the \"I Want to Live\" project's breakdown, as the news "
            "report gives it, 13% of the prisoners were non-commissioned officers”: once question 3's answer is revealed "
            "to the class, the class knows question 5's answer before it is asked.") in page
    assert "the first a student meets" not in page  # a live class meets them in the set's order (WALK-8)
    assert f'href="/teach/sets/{set_id}#giveaways"' in client.get("/live/new").get_data(as_text=True)
    # a set without clashes: no warning
    client.post(f"/teach/sets/{set_id}/change", data={"action": "remove", "question_id": "comp-nco-typed"})
    client.post(f"/teach/sets/{set_id}/change", data={"action": "remove", "question_id": "comp-rank-and-file-blog"})
    assert "gives away" not in text(client.get("/live/new").get_data(as_text=True))


# WALK-8: question 4's explanation gives away 2's and 5's answers; it shares no answer with them
EXPLAINS = ["comp-nco-news", "comp-officers-news", "comp-rank-and-file-news", "comp-commanders-opinion",
            "comp-officers-false"]


def test_a_question_whose_explanation_gives_answers_away_is_marked_as_such(client, signed_in, app):
    set_id = new_set(client, "Officers")
    for qid in EXPLAINS:
        add(client, set_id, qid)
    html = client.get(f"/teach/sets/{set_id}").get_data(as_text=True)
    items = re.search(r'<ol class="set-items">(.*?)</ol>', html, re.S).group(1).split("<li>")[1:]
    marks = [[text(m) for m in re.findall(r'class="meta clash">(.*?)</span>', li, re.S)] for li in items]
    assert marks == [
        [],
        ["⚠ Shares its answer with question 5 ( why )", "⚠ Its answer is given away by question 4's explanation ( why )"],
        [],
        ["⚠ Its explanation gives away the answers to questions 2 and 5 ( why )"],
        ["⚠ Shares its answer with question 2 ( why )", "⚠ Its answer is given away by question 4's explanation ( why )"],
    ]
    page = text(html)
    assert "Question 4's explanation gives 3%, the figure question 2 asks for" in page


def test_the_live_warning_speaks_of_the_sets_order_and_leaves_out_answers_already_revealed(client, signed_in, app):
    set_id = new_set(client, "Officers")
    for qid in EXPLAINS:
        add(client, set_id, qid)
    page = text(client.get("/live/new").get_data(as_text=True))
    assert ("Question 4's explanation states the fact question 5 rests on, “The blog post puts officers at only 3% "
            "of those captured”: once it is revealed to the class, the class knows question 5's answer before it is "
            "asked.") in page
    assert "once question 2's answer is revealed to the class, the class knows question 5's answer" in page
    # question 2 is asked and revealed before question 4's explanation: nothing is given away in a live class
    assert "question 2 asks for" not in page and "question 2 rests on" not in page


def test_removing_a_question_without_javascript_says_which_was_removed(client, signed_in, app):
    """WALK-8: the warning's "Remove question 5" reloaded /teach/sets/N#set-items with only the count changed."""
    set_id = walk_set(client)
    r = client.post(f"/teach/sets/{set_id}/change", data={"action": "remove", "question_id": "comp-nco-typed"})
    assert r.status_code == 303 and r.location.endswith(f"/teach/sets/{set_id}#set-items")
    page = text(client.get(r.location).get_data(as_text=True))
    prompt = app.extensions["sourced"].bank.questions["comp-nco-typed"].prompt
    assert f"In this set (4) Question 5 removed: “{' '.join(prompt.split())[:60]}" in page
    assert "Question 5 removed" not in text(client.get(f"/teach/sets/{set_id}").get_data(as_text=True))  # said once
    # with htmx the swapped list says it too
    swapped = client.post(f"/teach/sets/{set_id}/change", data={"action": "remove", "question_id": "comp-rank-and-file-blog"},
                          headers={"HX-Request": "true", "HX-Target": "set-items"}).get_data(as_text=True)
    assert "Question 4 removed:" in text(swapped) and 'role="status"' in swapped
