"""Questions about the articles themselves (who wrote one, when, where, what kind, how far to trust its
figures) are answered from the articles' own records, the Sources page; questions that merely share
those words stay with the facts; and two follow-ups the walk caught say what they take the question as."""
from __future__ import annotations

import pytest

from webapp.bot import about
from webapp.bot.evaluate import unsupported

from . import reply_to as ask


@pytest.mark.parametrize("question, source, words", [
    ("who wrote the blog post?", "blog-mass-surrenders", "by Michael H. Drucker"),
    ("whats the bloggers name", "blog-mass-surrenders", "by Michael H. Drucker"),
    ("when was the blog published", "blog-mass-surrenders", "published on 15 January 2026"),
    ("who wrote the news report?", "news-record-surrenders", "no author named in its text"),
    ("When was the news article published?", "news-record-surrenders", "its text carries no date"),
    ("which newspaper ran the news report", "news-record-surrenders", "no outlet named in the text"),
    ("which article is the opinion piece?", "blog-mass-surrenders", "is an opinion piece"),
])
def test_a_question_about_an_article_is_answered_from_its_record(bot, question, source, words):
    reply = ask(bot, question)
    assert reply.answered
    lead = reply.statements[0]
    assert lead.fact_id == f"source:{source}" and words in lead.text
    assert lead.url == f"/sources#src-{source}" and lead.claimant == "Sourced's record of the article"
    assert not any(unsupported(s, bot.store) for s in reply.statements)


def test_it_after_an_answer_is_the_article_that_reported_it(bot):
    reply = ask(bot, "who wrote it?", after="Which year saw the most Russian surrenders?")  # a news report fact
    assert [s.fact_id for s in reply.statements] == ["source:news-record-surrenders"]


def test_how_far_to_trust_the_figures_gives_what_each_article_names_as_its_sources(bot):
    reply = ask(bot, "are these numbers verified?")
    assert reply.answered and "not that it is true" in reply.message
    assert {s.fact_id for s in reply.statements} == {"source:blog-mass-surrenders", "source:news-record-surrenders"}
    assert any("names a source for only two of its figures" in s.text for s in reply.statements)
    one = ask(bot, "is the blog post reliable?")
    assert [s.fact_id for s in one.statements] == ["source:blog-mass-surrenders"] * 2  # its record, then its note


@pytest.mark.parametrize("question, after", [
    ("who wrote the Geneva Conventions?", None),  # a subject of its own, not an article
    ("who wrote harry potter", None),
    ("how old are they", "How old are the prisoners?"),  # the prisoners, not the article
    ("what does the blog say about officers?", None),  # what an article says: its facts
    ("How reliable is the story about soldiers wearing infected armbands?", None),  # one claim: its fact
])
def test_questions_that_only_share_the_words_are_not_about_the_articles(bot, question, after):
    reply = ask(bot, question, after)
    assert not any(about.sid(s.fact_id) for s in reply.statements)


def test_a_changed_record_statement_counts_as_unsupported(bot):
    lead = ask(bot, "who wrote the blog post?").statements[0]
    lead.text = lead.text.replace("Drucker", "Smith")
    assert unsupported(lead, bot.store)


def test_the_ask_page_shows_where_a_record_statement_comes_from(client):
    page = client.post("/ask", data={"question": "who wrote the blog post?"}, follow_redirects=True).get_data(as_text=True)
    assert "Michael H. Drucker" in page
    assert "From Sourced&#39;s record of the article." in page
    assert 'href="/sources#src-blog-mass-surrenders"' in page


def test_a_follow_up_still_on_ukraines_soldiers_says_so_before_suggesting_russian_questions(bot):
    reply = ask(bot, "what about officers?", after="How many Ukrainian soldiers surrendered to Russia?")
    assert not reply.answered
    assert reply.message.startswith("Taking this as still about Ukraine's own soldiers")
    # the officers' share, once: a fact's own example question, not beside the general one worded like it (session 12)
    assert "What share of the captives are officers?" in reply.suggestions
    assert "What share of the prisoners were officers?" not in reply.suggestions


def test_a_year_the_last_figure_is_not_given_for_is_refused_with_that_years_facts(bot):
    reply = ask(bot, "and in 2025?", after="How many Russians surrender each week?")
    assert not reply.answered and reply.message == "The articles do not give that figure for that year."
    assert "record-year-2025" in [s.fact_id for s in reply.related]
    assert "How many Russians surrender each week?" not in reply.suggestions


@pytest.mark.parametrize("question, after, source", [
    # one word says what is asked once the question is surely about an article (it names one, or follows one)
    ("what is the heading of the blog post?", None, "blog-mass-surrenders"),
    ("does the news report name where its numbers come from?", None, "news-record-surrenders"),
    ("and the blog?", "who wrote the news report?", "blog-mass-surrenders"),  # the same ask, the other article
    ("what date?", "who wrote the blog post?", "blog-mass-surrenders"),
    ("is it the Guardian?", "who wrote the news report?", "news-record-surrenders"),  # an outlet no fact names
])
def test_a_question_surely_about_an_article_is_read_by_its_key_word(bot, question, after, source):
    reply = ask(bot, question, after)
    assert reply.answered and reply.statements[0].fact_id == f"source:{source}"


def test_which_article_came_first_gives_both_records(bot):
    reply = ask(bot, "which article appeared earlier?")
    assert {s.fact_id for s in reply.statements} == {"source:blog-mass-surrenders", "source:news-record-surrenders"}


@pytest.mark.parametrize("question, after", [
    ("is that the blog's opinion?", "How many Russians surrender each week?"),  # the last answer, not the blog
    ("is he a reporter?", "who wrote the blog post?"),  # the record names him, nothing more
    ("why does the headline talk of a revolt?", None),  # why an article says something: no record says
])
def test_what_no_record_answers_is_not_answered_from_one(bot, question, after):
    reply = ask(bot, question, after)
    assert not any(about.sid(s.fact_id) for s in reply.statements)


def test_a_refused_question_still_sets_the_subject_of_the_next(bot):
    reply = ask(bot, "who runs it?", after="When did the I Want to Live project start?")  # no date: refused
    assert reply.answered and reply.statements[0].fact_id == "iwtl-what-it-is"


def test_a_year_after_a_refused_one_year_count_is_not_given_a_running_total(bot):
    reply = ask(bot, "and 2025?", after="How many Russians were taken prisoner in 2024 only?")
    assert "captured-by-end-2025" not in [s.fact_id for s in reply.statements]


def test_is_it_reliable_after_a_question_about_an_article_gets_its_sources_not_its_byline_again(bot):
    reply = ask(bot, "Is it reliable?", after="Who wrote the blog post?")
    assert "not that it is true" in reply.message
    assert any("names a source for only two of its figures" in s.text for s in reply.statements)
