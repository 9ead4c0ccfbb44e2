"""A careful reader's walk (2026-12-03, session 10), each reply as a visitor sees it: a count of a part of a combined
figure says what the figure covers; a question naming one article says which article gives the figure and which does
not; a figure Sourced computed leads when the question asks for that computation; a guarantee is shown as a promise,
not as treatment observed; what happens to prisoners afterwards shows the exchanges beside the guarantee; and what
someone is asked to think is answered by the author's opinion of him, labelled as such."""
from __future__ import annotations

import re

import pytest

from tests.conftest import HTMX

from . import reply_to as ask


def page_of(client, question):
    return " ".join(client.post("/ask", data={"question": question}, headers=HTMX).get_data(as_text=True).split())


@pytest.mark.parametrize("question, part", [
    ("How many Russians were killed in 2025?", "killed"),
    ("how many russian soldiers have died in the war?", "killed"),
    ("how many were wounded?", "wounded"),
])
def test_a_count_of_one_part_of_a_combined_figure_says_what_the_figure_covers(bot, question, part):
    reply = ask(bot, question)
    assert not reply.answered
    assert f"do not count the {part} alone" in reply.message and "killed and the wounded together, as a combined figure" in reply.message
    # only the combined figures are offered, each a count of the killed and wounded together
    assert reply.related and all("killed and wounded" in s.text or "died or been injured" in s.text for s in reply.related)


def test_the_visitor_sees_the_combined_figure_explained(client):
    page = page_of(client, "How many Russians were killed in 2025?")
    assert "do not count the killed alone" in page and "almost 420,000 killed and wounded" in page


def test_a_figure_only_the_other_article_gives_is_not_passed_off_as_the_named_ones(bot):
    reply = ask(bot, "According to the news report, how many were captured by the end of 2025?")
    assert not reply.answered
    assert reply.message.startswith("The news report does not report that; the blog post does")
    assert "the articles" not in reply.message.lower()
    assert [s.fact_id for s in reply.related][:1] == ["captured-by-end-2025"]
    # the other way round: the blog names none of the Coordination Headquarters' exchange counts
    reply = ask(bot, "according to the blog, how many were killed and wounded in 2025?")
    assert not reply.answered and reply.message.startswith("The blog post does not report that; the news report does")


def test_the_named_article_that_gives_no_share_is_said_to_give_none_beside_the_other(bot):
    reply = ask(bot, "what share were conscripts according to the blog post?")
    assert reply.answered and [s.fact_id for s in reply.statements] == ["conscripts-rest-blog", "conscripts-share-news"]
    assert reply.message.startswith("The blog post gives no figure for that; the news report does")
    # both articles giving the share: side by side, as before
    reply = ask(bot, "what percentage were officers according to the blog?")
    assert reply.statements[0].fact_id == "officers-share-blog" and "gives no figure" not in reply.message


@pytest.mark.parametrize("question, lead", [
    ("How many square kilometres is 0.8 percent of Ukraine?", "territory-taken-2025-area"),
    ("whats 0.8% of ukraine in km2", "territory-taken-2025-area"),
    ("What share is not accounted for in the rank breakdown?", "rank-breakdown-sum"),
    ("what do the shares by rank add up to?", "rank-breakdown-sum"),
])
def test_a_computed_figure_leads_when_the_question_asks_for_that_computation(bot, question, lead):
    reply = ask(bot, question)
    assert reply.answered and reply.statements[0].fact_id == lead
    assert reply.statements[0].text.startswith("Computed by Sourced")


def test_the_figure_itself_still_leads_when_no_computation_is_asked(bot):
    assert ask(bot, "how big is ukraine in square kilometres").statements[0].fact_id == "territory-taken-2025"
    assert ask(bot, "what share of prisoners were rank-and-file?").statements[0].fact_id.startswith("rank-and-file-share")


@pytest.mark.parametrize("question", ["Are the prisoners treated well?", "how are the prisoners treated?",
                                      "Do the prisoners get food and medical care?"])
def test_a_guarantee_is_shown_as_a_promise_not_as_treatment_observed(bot, question):
    reply = ask(bot, question)
    assert reply.answered and reply.statements[0].fact_id == "geneva-treatment-guarantee"
    assert "reports a promise, not how things turn out in practice" in reply.message
    assert "do not report how it is kept" in reply.message


def test_asked_what_is_promised_the_guarantee_needs_no_such_warning(bot):
    reply = ask(bot, "what does Ukraine promise those who surrender?")
    assert reply.answered and reply.statements[0].fact_id == "geneva-treatment-guarantee"
    assert "not how things turn out" not in reply.message


@pytest.mark.parametrize("question", ["What happens to them after they surrender?", "what happens to prisoners?"])
def test_what_happens_afterwards_shows_the_exchanges_beside_the_guarantee(bot, question):
    reply = ask(bot, question)
    ids = [s.fact_id for s in reply.statements]
    assert reply.answered and ids[0] == "geneva-treatment-guarantee" and 2 <= len(ids) <= 3
    assert any("exchange" in s.text for s in reply.statements[1:])
    assert all("Treatment of Prisoners of War counts" not in s.text for s in reply.statements)  # a name is not a fate


def test_what_someone_thinks_is_answered_by_the_authors_opinion_of_him_labelled(bot, client):
    reply = ask(bot, "does putin think money buys obedience")
    assert reply.answered and reply.statements[0].fact_id == "loyalty-and-money-opinion"
    assert reply.message.startswith("No article quotes Putin on this") and "opinion of the blog post's author" in reply.message
    page = page_of(client, "does putin think money buys obedience")
    assert "No article quotes Putin on this" in page and "loyalty unto death" in page


def test_what_someone_says_still_needs_him_as_the_claimant(bot):
    reply = ask(bot, "what does the kremlin say?")
    assert not reply.answered or all("Kremlin" in s.claimant for s in reply.statements)
    assert not re.search(r"opinion of", reply.message)
