"""Session 16: everyday words for what the facts say (a message to the project, being locked up, the author's
conclusions, bad morale), an article named by two words of its headline, and asking one article about what only
the other reports."""
from __future__ import annotations

import pytest

from webapp import db

from . import conversation, lead, reply_to


@pytest.mark.parametrize("question, fact", [
    ("How does I Want to Live get its message to soldiers?", "iwtl-channels"),
    ("Can soldiers send the project a message?", "iwtl-channels"),
    ("How many Russians are locked up in Ukraine?", "captured-by-end-2025"),
])
def test_everyday_words_find_the_fact_that_answers(bot, question, fact):
    assert lead(bot, question) == fact


def test_the_authors_conclusions_are_his_opinions(bot):
    reply = reply_to(bot, "What conclusion does the blog reach?")
    assert reply.answered
    assert all(bot.store.facts[s.fact_id].kind == "opinion" for s in reply.statements)


def test_bad_morale_is_one_idea_not_badness(bot):
    """"bad morale" is what the author's view of lost morale is about, not a separate idea of something bad."""
    reply = reply_to(bot, "Is bad morale behind the surrenders?")
    assert "morale-advantage-opinion" in [s.fact_id for s in reply.statements]


@pytest.mark.parametrize("question", ["Who wrote the record numbers piece?",
                                      "When was the record numbers article published?"])
def test_two_words_of_a_headline_before_article_name_that_article(bot, question):
    reply = reply_to(bot, question)
    assert [s.fact_id for s in reply.statements] == ["source:news-record-surrenders"]


def test_asking_one_article_about_what_only_the_other_reports_says_which_does(bot):
    """The blog gives no weekly rate: not a bare "not covered", but the news report's figure, as the news report's."""
    reply = reply_to(bot, "What does the blog post say about the weekly rate?")
    assert not reply.answered
    assert reply.message == "The blog post does not report that; the news report does:"
    assert reply.related[0].fact_id == "weekly-surrender-average"
    assert reply.reason == "other-article"


def test_what_the_other_article_reports_is_not_shown_or_logged_as_uncovered(client, app):
    """On the page the reply is not headed "no answer in the articles" (one of them has it), and the question is not
    added to the list of questions the articles don't cover that administrators read."""
    page = client.post("/ask", data={"question": "What does the blog post say about the weekly rate?"},
                       follow_redirects=True).get_data(as_text=True)
    assert "The blog post does not report that; the news report does:" in page
    assert "60 to 90" in page and "(no answer in the articles)" not in page
    with app.app_context():
        assert db.list_refusals(db.get_db()) == []
    client.post("/ask", data={"question": "How many Ukrainian soldiers does Russia hold?"})
    with app.app_context():
        assert [r["question"] for r in db.list_refusals(db.get_db())] == ["How many Ukrainian soldiers does Russia hold?"]


def test_does_one_article_think_what_only_the_other_argues_stays_refused(bot):
    """A yes/no on the news report's view of something only the blog's author argues: refused, not the blog's view."""
    reply = reply_to(bot, "Does the news report think Putin is losing the war?")
    assert not reply.answered and not reply.statements


def test_the_two_articles_are_not_a_figure_asked_about():
    """"the two articles" counts the articles: a fact giving "two to three" a week is no closer for it."""
    from webapp.bot.normalize import numbers_in
    assert numbers_in("do the two articles agree on the weekly figure?") == []
    assert numbers_in("which of the 2 sources is right?") == []
    assert numbers_in("is it two to three a week?") == [2, 3]


def test_the_same_weekly_figure_in_the_two_articles_includes_the_surrender_rate(bot):
    reply = reply_to(bot, "Do the two articles give the same weekly figure?")
    assert "weekly-surrender-average" in [s.fact_id for s in reply.statements]


@pytest.mark.parametrize("question", ["what's the name of the surrender project", "What is the hotline called?"])
def test_asking_what_the_project_is_called_finds_what_it_is(bot, question):
    """Naming is the question's frame: not the facts that 'name no source', nor a call-up of reservists."""
    reply = reply_to(bot, question)
    assert "iwtl-what-it-is" in [s.fact_id for s in reply.statements]


def test_the_name_of_a_soldier_is_still_a_name_no_article_gives(bot):
    assert not reply_to(bot, "What's the name of the soldier who was captured twice?").answered


def test_the_blog_author_named_by_given_name_is_the_author(bot):
    """The post is signed "Michael H. Drucker": "Michael" names him as "Drucker" does."""
    assert lead(bot, "who is Michael?") == "source:blog-mass-surrenders"


def test_the_authors_view_asked_by_his_name_is_his_opinion(bot):
    """"Drucker" names whose view is asked, not a subject no fact mentions."""
    reply = reply_to(bot, "What does Drucker think about morale?")
    assert reply.answered and reply.statements[0].fact_id == "morale-advantage-opinion"
    reply = reply_to(bot, "What does Drucker say about the weekly rate?")
    assert reply.message == "The blog post does not report that; the news report does:"


def test_whether_an_article_mentions_a_word_is_answered_by_the_fact_holding_it(bot):
    """"Geneva" shares a synonym group with treatment and conditions; the news report's facts holding only those led,
    while the one fact naming Geneva is the blog's: the reply says so and shows it."""
    reply = reply_to(bot, "Does the news report mention Geneva?")
    assert [s.fact_id for s in reply.statements] == ["geneva-treatment-guarantee"]
    assert reply.message == "The news report does not report that; the blog post does:"


@pytest.mark.parametrize("question", ["Is the war ending soon?", "Is the end of the war near?", "Is the war nearly over?"])
def test_whether_the_war_is_ending_is_refused_as_an_outcome_no_article_reports(bot, question):
    """"the end" is not the end of 2025, by which 10,000 had been captured."""
    reply = reply_to(bot, question)
    assert not reply.answered and reply.message.startswith("The articles report no end to the war")


def test_whether_the_war_will_be_over_soon_is_a_forecast_no_article_makes(bot):
    reply = reply_to(bot, "Will the war be over soon?")
    assert not reply.answered and reply.reason == "out-of-scope" and "forecast" in reply.message


def test_by_the_end_of_2025_is_still_a_date(bot):
    assert lead(bot, "How many were captured by the end of 2025?") == "captured-by-end-2025"


@pytest.mark.parametrize("follow_up", ["is that reliable?", "can I trust that?"])
def test_whether_to_trust_the_last_answer_keeps_it_and_says_who_claims_it(bot, follow_up):
    """The bot cannot vouch for a figure: it says so and shows the same fact with its claimant, not the neighbouring
    facts on 2025's surrenders."""
    reply = conversation(bot, "How many Russians have been captured?", "according to whom?", follow_up)
    assert reply.message.startswith("I can't check whether a figure is true")
    assert [s.fact_id for s in reply.statements] == ["captured-by-end-2025"]


@pytest.mark.parametrize("question, fact", [
    ("How many years has the war lasted?", "war-almost-four-years"),
    ("Since when has the war been going on?", "full-scale-invasion-february-2022"),
])
def test_how_long_the_war_has_gone_on_asked_by_years_or_since_when(bot, question, fact):
    """"lasted" after "has the war" is a duration, not "last" (final); "since when" asks when it began."""
    assert lead(bot, question) == fact


def test_an_article_that_gives_a_figure_is_not_said_to_give_none(bot):
    """The news report gives 7% and 40 countries, and says it does not say who identified them: that is not 'gives no
    figure'; the blog's conscripts fact, which gives no share, still is."""
    assert not reply_to(bot, "What does the news report say about mercenaries?").message.startswith("The news report gives no figure")
    assert reply_to(bot, "What does the blog say about conscripts?").message.startswith("The blog post gives no figure for that")


def test_is_the_project_a_kind_of_thing_asks_what_it_is(bot):
    """A yes/no on what I Want to Live is (a false premise: it is Ukrainian) is answered by what it is, not by the
    officers' share in its breakdown."""
    assert lead(bot, "Is I Want to Live a Russian project?") == "iwtl-what-it-is"


def test_half_the_prisoners_is_a_share_checked_against_the_one_reported(bot):
    reply = reply_to(bot, "Is it true that half the prisoners are officers?")
    assert reply.message.startswith("That is not the figure the articles give.")
    assert reply.statements[0].fact_id in ("officers-share-news", "officers-share-blog")


def test_ukrainian_pows_russia_has_got_are_the_other_side(bot):
    """No article counts Ukraine's soldiers held by Russia: refused as such, not answered with those who came home."""
    reply = reply_to(bot, "How many Ukrainian POWs has Russia got?")
    assert not reply.answered and reply.reason == "out-of-scope"


def test_per_year_after_a_running_total_offers_the_one_year_figure(bot):
    """The bot works out no yearly average of its own; the fact giving 2025's losses alone is offered beside the total."""
    reply = conversation(bot, "What is the General Staff's estimate of Russian losses?", "per year?")
    assert not reply.answered
    assert [s.fact_id for s in reply.related] == ["casualties-general-staff", "casualties-2025"]


def test_are_those_figures_accurate_is_about_the_figures_just_shown(bot):
    """Not the articles' records: the two versions of the share just given, with who makes each claim."""
    reply = conversation(bot, "What share were officers?", "are those figures accurate?")
    assert reply.message.startswith("I can't check whether a figure is true")
    assert {s.fact_id for s in reply.statements} == {"officers-share-news", "officers-share-blog"}


@pytest.mark.parametrize("question", ["Why should I believe Ukraine's numbers?", "Can we believe these reports?"])
def test_believing_the_figures_is_whether_to_trust_them(bot, question):
    """Believing a figure is trusting it: not the author's views on soldiers who stopped believing in their cause."""
    reply = reply_to(bot, question)
    assert reply.message.startswith("I can't check the articles' figures myself")
    assert not any(bot.store.facts[s.fact_id].kind == "opinion" for s in reply.statements if s.fact_id in bot.store.facts)


def test_soldiers_believing_in_the_war_is_still_about_belief(bot):
    assert lead(bot, "Do soldiers believe in the war?") == "expendable-opinion"
