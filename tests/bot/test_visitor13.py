"""Session 13: what a student's browser walk (WALK-14) hit. Chat abbreviations ("avg", "pct", "wk") are read as the
words they stand for."""
from __future__ import annotations

import pytest

from tests.conftest import HTMX

from . import conversation, reply_to


@pytest.mark.parametrize("question, fact", [("whats the weekly avg", "weekly-surrender-average"),
                                            ("avg number giving up each wk?", "weekly-surrender-average"),
                                            ("what pct of the prisoners were officers", "officers-share-")])
def test_chat_abbreviations_are_read_as_their_words(bot, question, fact):
    reply = reply_to(bot, question)
    assert reply.answered and reply.statements[0].fact_id.startswith(fact)


PANEL = {**HTMX, "HX-Target": "panel-log"}


def test_the_panel_starts_a_new_conversation_where_it_is(client):
    """The walk changed subject in a module's panel with no way to tell the bot: the panel now offers "Start a new
    conversation" once it has an answer; it empties the log in place, keeps what the page is about, and the next
    question is read afresh."""
    first = client.post("/ask", data={"question": "How many Russians surrender each week?"}, headers=PANEL)
    assert "Start a new conversation" in first.get_data(as_text=True)
    cleared = client.post("/ask/new", data={"about": "module:i-want-to-live", "back": "/modules/i-want-to-live"},
                          headers=PANEL)
    html = cleared.get_data(as_text=True)
    assert cleared.status_code == 200 and "exchange" not in html and "Start a new conversation" not in html
    assert '<input type="hidden" id="panel-about" name="about" value="module:i-want-to-live">' in html
    assert '<input type="hidden" name="back" value="/modules/i-want-to-live">' in html
    again = client.post("/ask", data={"question": "who says so?"}, headers=PANEL).get_data(as_text=True)
    assert "weekly-surrender-average" not in again  # nothing to point back to


def test_a_new_conversation_without_javascript_goes_back_to_the_page_or_to_the_conversation_page(client):
    r = client.post("/ask/new", data={"back": "/modules/i-want-to-live"})
    assert r.status_code == 303 and r.headers["Location"].endswith("/modules/i-want-to-live#panel-question")
    for back in ("https://elsewhere.example/", "//elsewhere.example", ""):
        r = client.post("/ask/new", data={"back": back})
        assert r.status_code == 303 and r.headers["Location"].endswith("/ask")


def test_the_blog_posts_author_is_given_with_where_the_name_comes_from(bot, client):
    """A careful reader (walk 14): the blog's author is named only in the page's footer, beside another post's title;
    the bot, the sources page and each fact page say so wherever they name him."""
    reply = reply_to(bot, "who wrote the blog post?")
    assert reply.answered and "Michael H. Drucker (named only in the page's footer" in reply.statements[0].text
    assert "named only in the page&#39;s footer" in client.get("/sources").get_data(as_text=True)
    assert "named only in the page&#39;s footer" in client.get("/facts/captured-by-end-2025").get_data(as_text=True)


@pytest.mark.parametrize("question, after, named", [
    ("are there north korean soldiers among them", "what were they promised?", "North Koreans"),  # walk 14: the promises again
    ("how many indians were captured", None, "Indians"), ("were any of the prisoners cuban?", None, "Cubans")])
def test_a_nationality_no_article_names_is_refused_with_the_facts_on_foreigners(bot, question, after, named):
    reply = reply_to(bot, question, after=after)
    assert not reply.answered
    assert reply.message == f"The articles do not name {named}; they speak only of foreigners in general."


def test_foreigners_themselves_are_still_answered(bot):
    reply = reply_to(bot, "what share of the prisoners are foreigners?")
    assert reply.answered and {s.fact_id for s in reply.statements} == {"foreign-fighters-blog", "mercenaries-news"}


@pytest.mark.parametrize("question", ["since when do russians get captured more than ukrainians",
                                      "are russians taken prisoner more often than ukrainians"])
def test_russians_compared_with_ukrainians_after_a_count_is_not_the_other_side_alone(bot, question):
    """Walk 14: after a count, a question ending in "... than ukrainians" was read as "what about the Ukrainians?" and
    refused as Ukraine's own soldiers; it compares the two sides, which the news report does."""
    reply = reply_to(bot, question, after="what share of the prisoners were officers?")
    assert reply.answered and reply.statements[0].fact_id == "captures-reversed-since-june-2023"


@pytest.mark.parametrize("question", ["wait who counted those", "so who counted them?", "ok who says that"])
def test_who_says_after_a_filler_is_asked_of_the_last_answer(bot, question):
    """Walk 14: 'wait who counted those' after the 6,000 prisoners sent back got the blog's facts on exchanges."""
    reply = reply_to(bot, question, after="how many pows did ukraine give back to russia")
    assert reply.answered and [s.fact_id for s in reply.statements] == ["pows-returned-in-exchanges"]
    assert reply.message.startswith("Here is who makes that claim")


def test_a_refusal_does_not_suggest_a_question_whose_answer_it_shows(bot):
    """Seen in this session's screenshots: beside the fact on the 6,000 prisoners handed back, a refusal suggested "How
    many Russian prisoners went back in exchanges?", whose answer is that very fact, worded differently."""
    reply = conversation(bot, "how many pows did ukraine send back", "who counted those", "and the blog?")
    assert not reply.answered and [s.fact_id for s in reply.related] == ["pows-returned-in-exchanges"]
    assert reply.suggestions and "How many Russian prisoners went back in exchanges?" not in reply.suggestions


@pytest.mark.parametrize("question", ["how many soldiers does russia have in total", "what percentage of all soldiers?"])
def test_a_figure_asked_of_nothing_the_articles_count_is_refused_as_a_figure_they_do_not_give(bot, question):
    """Walk 14: 'how many soldiers does russia have in total' was told 'I couldn't find anything to look up', as if it
    made no sense; it asks for a figure the articles do not give."""
    reply = reply_to(bot, question)
    assert not reply.answered and reply.message == "The articles here do not give a figure for that."


@pytest.mark.parametrize("turns, expected", [
    (["How many Russians surrender each week?", "Who says 420,000 were killed and wounded in 2025?"], ["casualties-2025"]),
    (["why do so few officers get captured", "Who claims that 6,000 prisoners were returned?"], ["pows-returned-in-exchanges"]),
    (["Who says 10,000?", "Is the 83% the same in both articles?"], ["rank-and-file-share-blog", "rank-and-file-share-news"]),
    (["Who says 10,000?", "What does the news report say about the 420,000?"], ["casualties-2025"]),
    (["what share are conscripts", "Who says Russia took 0.8% of Ukraine's territory?"], ["territory-taken-2025"]),
    (["does the headline about a revolt match whats in the article?", "where does the blog get its 10,000 captured figure"],
     ["captured-by-end-2025"])])
def test_a_follow_up_naming_another_figure_is_about_that_figure(bot, turns, expected):
    """A careful reader (walk 15): mid-conversation, "who says 420,000 …?" was answered with the last answer's fact and
    claimant (the weekly rate, the "I Want to Live" project): the wrong claimant for the figure asked about. A figure
    some fact carries and the last answer does not says what the question is about."""
    reply = conversation(bot, *turns)
    assert reply.answered and [s.fact_id for s in reply.statements][:len(expected)] == expected


def test_the_last_answer_held_against_another_figure_is_still_the_last_answer(bot):
    reply = conversation(bot, "the 60-90 a week number", "is that from the same source as the 10,000?")
    assert reply.answered and reply.statements[0].fact_id == "weekly-surrender-average"


@pytest.mark.parametrize("question, fact", [("How was the 5,000 km2 worked out?", "territory-taken-2025-area"),
                                            ("what do the news report's rank shares add up to", "rank-breakdown-sum")])
def test_a_figure_sourced_computed_is_introduced_as_computed_not_as_the_articles(bot, question, fact):
    """Walk 15: the computed area was headed "Here is what the news report says:", crediting the article with a
    number it never gives (it gives only the percentage)."""
    reply = reply_to(bot, question)
    assert reply.answered and reply.statements[0].fact_id == fact
    assert reply.message == "Sourced worked this out from the news report's figures:"


def test_whether_the_articles_agree_on_where_most_were_captured_shows_both_lists(bot):
    """Walk 15: the news report's Donetsk alone, and an unrelated fact on illness; the blog's own list and the
    fact that the two tell it differently were missing."""
    reply = reply_to(bot, "Do the two articles agree on where most prisoners are captured?")
    assert reply.answered and reply.message.startswith("Told differently:")
    assert [s.fact_id for s in reply.statements][:2] == ["most-captured-in-donetsk", "surrender-hotspots-blog"]


def test_where_the_blog_gets_its_percentages_is_answered_from_its_record(bot):
    """Walk 15: 'Where does the blog get its percentages?' was told there was nothing to look up; the blog's record
    says it names a source for only two of its figures."""
    reply = reply_to(bot, "Where does the blog get its percentages?")
    assert reply.answered and "where its figures come from" in reply.message
    assert reply.statements[0].fact_id == "source:blog-mass-surrenders"


@pytest.mark.parametrize("first, expected, framing", [
    ("How many Russians surrender each week?", "weekly-surrender-average", "No: this is reported as a claim"),
    ("is putin losing according to the author?", "putin-losing-belief-opinion", "This is an opinion of the blog post's author")])
@pytest.mark.parametrize("question", ["Is that the author's opinion?", "is that just his opinion?"])
def test_whether_the_last_answer_is_the_authors_opinion_is_asked_of_it(bot, first, expected, framing, question):
    """Walk 15: 'Is that the author's opinion?' after the project's weekly figure answered 'This is an opinion of the
    blog post's author' over an unrelated blog opinion: a figure mislabelled as opinion."""
    reply = reply_to(bot, question, after=first)
    assert reply.answered and reply.message.startswith(framing)
    assert reply.statements[0].fact_id == expected


@pytest.mark.parametrize("question", ["is the 83 percent hedged diferently in the two?", "is the 83% hedged differently?"])
def test_how_a_figure_is_hedged_in_each_article_is_asked_of_that_figure(bot, question):
    """Walk 14: 'hedged' matched only the word of a computed fact's own statement ("the blog's own hedged shares"), so
    the 83% got the conscripts facts and 'That is not the figure the articles give'. A hedge is how a figure is said,
    not a subject: the figure stated is."""
    reply = reply_to(bot, question)
    assert reply.answered and "the blog hedges it with around" in reply.message
    assert {s.fact_id for s in reply.statements[:2]} == {"rank-and-file-share-blog", "rank-and-file-share-news"}
