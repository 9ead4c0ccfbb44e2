"""Issue 15: writing a question like in Forms — type first, then only that type's fields; facts found
by searching their words and figures; a figure typed as text turned into a reference (asking when
several facts fit); every problem at once, in words, next to its field."""
from __future__ import annotations

import re

import pytest

from tests.conftest import HTMX
from webapp import db, figure_match


@pytest.fixture
def signed_in(auth):
    assert auth.sign_in().status_code == 303
    return auth


NCO = {"type": "numeric", "prompt": "What share of the prisoners in the breakdown were NCOs?",
       "answer": "13%", "explanation": "The news report's breakdown puts NCOs at 13% of the prisoners.",
       "difficulty": "2"}


def saved(app):
    return db.teacher_questions(db.connect(app.config["DATABASE"]), 1)


def test_type_comes_first_without_javascript(client, signed_in):
    step = client.get("/teach/questions/new").get_data(as_text=True)
    assert 'name="type" value="numeric"' in step and 'name="prompt"' not in step
    numeric = client.get("/teach/questions/new?type=numeric").get_data(as_text=True)
    assert 'name="answer"' in numeric and 'name="option-0-text"' not in numeric and 'name="truth"' not in numeric
    single = client.get("/teach/questions/new?type=single").get_data(as_text=True)
    assert 'name="option-0-text"' in single and 'name="answer"' not in single and 'name="truth"' not in single
    tf = client.get("/teach/questions/new?type=truefalse").get_data(as_text=True)
    assert 'name="truth"' in tf and 'name="option-0-text"' not in tf and 'name="answer"' not in tf
    assert "<select" not in numeric.split('id="f-fact_ids"')[1].split("</fieldset>")[0]  # no 62-row list of ids


@pytest.mark.parametrize("query, fact, usable", [("13%", "nco-share-news", True),
                                                 ("tuberculosis", "chronic-illness-news", False),  # "hundreds"
                                                 ("350", "record-week-august-2024", True)])
def test_facts_are_found_by_words_and_figures(client, signed_in, query, fact, usable):
    html = client.get(f"/teach/questions/facts?fact_q={query}&type=numeric", headers=HTMX).get_data(as_text=True)
    assert "<html" not in html and f'name="fact_ids" value="{fact}"' in html
    assert (f'value="use:{fact}.1"' in html) == usable  # a figure in words is no numeric answer


def test_fact_search_without_javascript_keeps_what_was_typed(client, signed_in):
    r = client.post("/teach/questions/new", data={**NCO, "answer": "", "step": "search", "fact_q": "NCO"})
    html = r.get_data(as_text=True)
    assert r.status_code == 200 and 'value="nco-share-news"' in html
    assert "What share of the prisoners" in html and "Not saved yet" not in html


def test_a_chosen_facts_figure_becomes_the_numeric_key(client, signed_in):
    r = client.post("/teach/questions/new", data={**NCO, "answer": "", "step": "use:nco-share-news.1"})
    html = r.get_data(as_text=True)
    assert 'name="answer" value="13"' in html and 'name="unit" value="percent"' in html
    assert 'name="fact_ids" value="nco-share-news" checked' in html
    assert "The right answer is now 13%, from nco-share-news." in html


def test_a_chosen_facts_figure_becomes_a_right_option(client, signed_in):
    form = {"type": "single", "prompt": "What share were NCOs?", "step": "use:nco-share-news.1"}
    html = client.post("/teach/questions/new", data=form).get_data(as_text=True)
    assert 'name="option-0-text" value="13%"' in html
    assert re.search(r'name="correct" value="0"\s+checked', html)


def test_a_typed_figure_is_matched_to_its_fact_and_saved_as_a_reference(client, signed_in, app):
    r = client.post("/teach/questions/new", data={**NCO, "unit": "percent"})
    assert r.status_code == 303, re.findall(r'class="field-error"[^>]*>([^<]+)', r.get_data(as_text=True))
    body = saved(app)[0]["body"]
    assert body["answer"] == 13 and body["fact_ids"] == ["nco-share-news"]
    assert "{{nco-share-news.1}}" in body["explanation"] and "13%" not in body["explanation"]


def test_when_several_facts_carry_the_figure_the_teacher_is_asked(client, signed_in, app):
    form = {**NCO, "prompt": "According to the news report, what share of the prisoners were rank and file?", "answer": "83%", "unit": "percent",
            "explanation": "Both articles put the rank and file at 83% of the prisoners."}
    r = client.post("/teach/questions/new", data=form)
    html = r.get_data(as_text=True)
    assert r.status_code == 422 and "Which fact do you mean?" in html
    assert 'value="rank-and-file-share-news.1"' in html and 'value="rank-and-file-share-blog.1"' in html
    assert saved(app) == []
    r = client.post("/teach/questions/new", data={**form, "pick-83%": "rank-and-file-share-news.1"})
    assert r.status_code == 303, re.findall(r'class="field-error"[^>]*>([^<]+)', r.get_data(as_text=True))
    body = saved(app)[0]["body"]
    assert body["answer"] == 83 and "{{rank-and-file-share-news.1}}" in body["explanation"]


def test_a_figure_no_fact_carries_is_said_plainly(client, signed_in, app):
    r = client.post("/teach/questions/new", data={**NCO, "answer": "14%"})
    html = r.get_data(as_text=True)
    assert r.status_code == 422 and "No fact carries 14%" in html


def _answer_errors(html: str) -> list[str]:
    field = html.split('id="f-answer"')[1].split('id="f-tolerance"')[0]
    return re.findall(r'class="field-error"[^>]*>([^<]+)', field)


TB = {"type": "numeric", "prompt": "What share of the prisoners had tuberculosis?", "fact_ids": "chronic-illness-news",
      "explanation": "The news report says hundreds had chronic conditions.", "difficulty": "2"}


def test_a_percent_answer_no_fact_carries_gets_one_message_not_two(client, signed_in, app):
    """The walk typed "20%" (as the hint invites) and read two errors under the box, one saying
    the percent form itself was wrong."""
    hint = client.get("/teach/questions/new?type=numeric").get_data(as_text=True)
    assert "a figure as the article gives it (e.g. 13%)" in hint
    html = client.post("/teach/questions/new", data={**TB, "answer": "20%"}).get_data(as_text=True)
    assert [e.strip() for e in _answer_errors(html)] == ["No fact carries 20%: search the facts above for the figure."]
    assert "in digits" not in html.split('id="check"')[1].split("</div>")[0]
    live = client.post("/teach/questions/check", data={**TB, "answer": "20%"}, headers=HTMX).get_data(as_text=True)
    assert "No fact carries 20%" in live and "in digits" not in live


def test_a_figure_that_fits_several_facts_is_only_asked_about(client, signed_in, app):
    form = {**NCO, "answer": "83%", "unit": "percent", "explanation": "Both put the rank and file at 83%."}
    html = client.post("/teach/questions/new", data=form).get_data(as_text=True)
    assert "Which fact do you mean?" in html and _answer_errors(html) == []
    live = client.post("/teach/questions/check", data=form, headers=HTMX).get_data(as_text=True)
    assert "83% fits several facts" in live and "in digits" not in live


def test_an_answer_that_is_no_figure_is_told_what_the_hint_says(client, signed_in, app):
    html = client.post("/teach/questions/new", data={**TB, "answer": "about twenty"}).get_data(as_text=True)
    assert [e.strip() for e in _answer_errors(html)] == [
        "Type one number in digits, e.g. 350 or 2.5, or a figure as the article gives it, e.g. 13%."]


def test_a_figure_in_words_is_not_offered_as_a_numeric_answer(client, signed_in, app):
    found = client.get("/teach/questions/facts?fact_q=tuberculosis&type=numeric", headers=HTMX).get_data(as_text=True)
    assert 'name="fact_ids" value="chronic-illness-news"' in found and "Use hundreds" not in found
    chosen = client.post("/teach/questions/new", data={**TB, "step": "search"}).get_data(as_text=True)
    figures = chosen.split('id="f-fact_ids"')[1].split('id="fact-q"')[0]
    assert "hundreds" in figures and "use:chronic-illness-news.1" not in figures
    assert "(in words, not a number: it can't be the right answer)" in figures
    r = client.post("/teach/questions/new", data={**TB, "step": "use:chronic-illness-news.1"}).get_data(as_text=True)
    assert "“hundreds” is in words, not a number, so it can&#39;t be the right answer" in r
    assert 'name="answer" value=""' in r
    # a choice question can still take it as an option's words
    single = client.get("/teach/questions/facts?fact_q=tuberculosis&type=single", headers=HTMX).get_data(as_text=True)
    assert "Use hundreds as a right option" in single


def test_every_problem_at_once_in_words_next_to_its_field(client, signed_in, app):
    # a wrong key AND a missing explanation: both are reported on the first try
    form = {"type": "numeric", "prompt": "In the busiest week on record, how many surrendered?",
            "fact_ids": "record-week-august-2024", "answer": "360", "unit": "soldiers", "explanation": "",
            "difficulty": "2"}
    html = client.post("/teach/questions/new", data=form).get_data(as_text=True)
    answer_field = html.split('id="f-answer"')[1].split('id="f-tolerance"')[0]
    explanation_field = html.split('id="f-explanation"')[1].split('id="f-difficulty"')[0]
    assert 'class="field-error"' in answer_field and "360" in answer_field
    assert 'class="field-error"' in explanation_field
    assert "2 things to fix" in html


def test_option_problems_name_the_option_not_a_code(client, signed_in):
    form = {"type": "single", "fact_ids": "weekly-surrender-average", "difficulty": "1",
            "prompt": "How many surrender in an average week?", "option-0-text": "61 to 91",
            "option-1-text": "5 to 10", "correct": "0", "explanation": "The project counts {{weekly-surrender-average}}."}
    html = client.post("/teach/questions/new", data=form).get_data(as_text=True)
    assert "options.o0" not in html and "Option 1</a>:" in html
    assert 'class="field-error"' in html.split('id="f-option-0"')[1].split('id="f-option-1"')[0]


def test_one_reference_syntax_in_hint_and_error(client, signed_in):
    page = client.get("/teach/questions/new?type=numeric").get_data(as_text=True)
    assert figure_match.REF_SYNTAX in page
    form = {**NCO, "answer": "13", "unit": "percent", "fact_ids": "nco-share-news",
            "explanation": "It was 12.5 in the other count."}
    html = client.post("/teach/questions/new", data=form).get_data(as_text=True)
    assert figure_match.REF_SYNTAX in html.split('id="f-explanation"')[1]
    hints = re.findall(r"\{\{fact-id[^}]*\}\}", html)
    assert set(hints) == {figure_match.REF_SYNTAX}


def test_the_missing_explanation_message_uses_the_same_syntax(client, signed_in):
    html = client.post("/teach/questions/new", data={**NCO, "explanation": ""}).get_data(as_text=True)
    assert "{{fact-id}}" not in html and figure_match.REF_SYNTAX in html.split('id="f-explanation"')[1]


def test_plain_words_for_checker_messages():
    out = figure_match.plain_problems([("options.o2", "fact 'x-y' is not one of the question's fact_ids"),
                                       ("answer", "must match"), ("answer", "must match")])
    assert out == [{"field": "option-2", "label": "Option 3", "message": "The fact x-y is not one of the question's facts."}, {"field": "answer", "label": "Right answer", "message": "Must match."}]
