"""Session 14: what a careful reader (WALK-16), checking the quiz, the bot and the pages against the articles, hit.
Each test names what the reader saw; all of it is a claimant, a framing or a difference the articles' text settles."""
from __future__ import annotations

import re

from webapp import qtypes
from webapp.content_rules import is_self_claimant

from tests.bot import conversation


def test_a_computed_version_is_not_headed_as_something_both_articles_report(bot):
    """'What share were conscripts?' was headed "Both articles report this", though the blog gives no share: its 5% is
    Sourced's arithmetic (100 - 76 - 19)."""
    for turns in (["What share of the prisoners were conscripts?"],
                  ["how many were conscripts?", "does the other article agree?"]):
        reply = conversation(bot, *turns)
        assert {s.fact_id for s in reply.statements} >= {"conscripts-share-news", "conscripts-rest-blog"}
        assert "Both articles report" not in reply.message
        assert "Sourced worked" in reply.message and "the blog post" in reply.message and not re.search(r"\d", reply.message)


def test_two_versions_side_by_side_say_how_they_differ_unasked(bot):
    """The 83% and 7% answers said how the articles hedge their shares only when asked whether they agree; the 76%
    answer never did. Where two versions are shown, how they differ comes first."""
    reply = conversation(bot, "What share of the prisoners were contract soldiers?")
    assert {s.fact_id for s in reply.statements} == {"contract-share-news", "contract-share-blog"}
    assert reply.message.startswith("Same share with different hedges: roughly in the blog, as high as in the news report.")


def test_whether_a_figure_is_a_named_bodys_is_answered_with_who_makes_the_claim(bot):
    """'Is that the Coordination Headquarters' figure?' after the exchanges was refused as not covered, though the
    news report credits the 6,000 to that body."""
    reply = conversation(bot, "How many prisoners have been returned in exchanges?", "Is that the Coordination Headquarters' figure?")
    assert reply.answered and reply.statements[0].fact_id == "pows-returned-in-exchanges"
    assert reply.message.startswith("Here is who makes that claim")
    reply = conversation(bot, "What share of the prisoners were officers?", "is it the I Want to Live project's count?")
    assert reply.answered and "officers-share-news" in {s.fact_id for s in reply.statements}


def test_only_one_article_giving_a_figure_is_an_answer_not_a_gap(client):
    """'Does the news report give that number too?' after the 10,000 was headed "(no answer in the articles)" above a
    correct answer: no, only the blog post gives it."""
    client.post("/ask", data={"question": "How many Russians had been captured by the end of 2025?"})
    client.post("/ask", data={"question": "Does the news report give that number too?"})
    page = client.get("/ask").get_data(as_text=True)
    last = page.rsplit('class="exchange"', 1)[1]
    assert "The other article has nothing on this" in last
    assert "no answer in the articles" not in last


def test_what_a_word_means_asked_round_about_says_the_articles_use_it_without_explaining_it(bot):
    for question in ("Would you kindly explain what the word 'unprecedented' means in the blog post?",
                     "define unprecedented", "tell me what the term unprecedented means"):
        reply = conversation(bot, question)
        assert not reply.answered and reply.message.startswith("The articles use that term but do not explain"), question
        assert [s.fact_id for s in reply.related] == ["surrenders-unprecedented"]
    reply = conversation(bot, "could you explain what the blogger means when he says the attackers become the trapped?")
    assert reply.answered and reply.statements[0].fact_id == "attackers-become-trapped"  # a view, not a word to define


def test_the_blogs_own_words_for_its_channels_are_right_answers(app):
    """'Name one channel…' marked the blog's own "encrypted messaging platforms" and "Direct Contact Channels" wrong."""
    q = app.extensions["sourced"].bank.questions["iwtl-channels-typed"]
    kind = qtypes.get(q.type)
    for typed in ("encrypted messaging platforms", "Direct Contact Channels", "messengers", "chatbots", "a contact line"):
        assert kind.score(q, {"typed": typed}).correct, typed
    assert not kind.score(q, {"typed": "letters through the Red Cross"}).correct


def test_a_matching_questions_why_keeps_the_body_apart_from_the_outlet(app):
    """"The blog post gives more than 10,000" credited the Coordination Headquarters' count to the blog."""
    ext = app.extensions["sourced"]
    q = ext.bank.questions["scale-match"]
    why = qtypes.get(q.type).explanation(q, ext.store)
    assert "(a figure it credits to Ukraine's Coordination Headquarters" in why
    assert "(a figure it credits to the \"I Want to Live\" project)" in why  # the weekly average, in the news report
    for fact_id in ("captured-by-end-2025", "weekly-surrender-average"):
        assert not is_self_claimant(ext.store.facts[fact_id].claimant)


def test_a_true_or_false_question_names_the_outlet_once(app):
    """"True or false, according to the news report: … as the news report relays" named it twice."""
    ext = app.extensions["sourced"]
    labels = {s.label for s in ext.store.sources.values()}
    for q in ext.bank.questions.values():
        if q.type == "truefalse" and q.id.startswith("gen-"):
            assert all(q.prompt.lower().count(label) <= 1 for label in labels), q.prompt


def test_the_news_reports_service_shares_are_credited_to_published_data_not_the_project(client, store):
    """The 'differ' table credited the 76/19/5 shares to the "I Want to Live" project; the article credits them only
    to "published data" and names no body, which the fact's claimant now says too."""
    for fid in ("contract-share-news", "mobilised-share-news", "conscripts-share-news"):
        assert store.facts[fid].claimant == 'the news report (from unnamed "published data")'
    page = client.get("/modules/reading-critically").get_data(as_text=True)
    row = page.split("Who the shares are credited to", 1)[1].split("</tr>", 1)[0]
    assert "for rank and age" in row and "published data" in row and "for rank and service" not in row


def test_the_sources_page_does_not_overstate_how_much_of_the_news_report_is_attributed(client):
    page = client.get("/sources").get_data(as_text=True)
    assert "About half of its figures are credited to a named" in page and "Most of its figures" not in page


def test_the_general_staffs_estimate_is_not_given_the_reports_own_start_date(client):
    page = " ".join(client.get("/modules/exchanges-and-cost").get_data(as_text=True).split())
    assert "killed or wounded over the course of the war, which the news report itself dates" in re.sub(r"<[^>]+>", "", page)
