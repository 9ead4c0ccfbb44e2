"""Tuner 65's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead


@pytest.mark.parametrize("q, fact", [
    ("Okay so for listeners who've never heard of it, what actually IS this 'I Want to Live' thing, like who runs it and what does it do?", "iwtl-what-it-is"),
    ("ok so for my class who never read it, how many Russians were captured by the end of 2025?", "captured-by-end-2025"),
    ("and for my students who don't know, what is I Want to Live?", "iwtl-what-it-is"),
])
def test_an_audience_named_before_the_question_is_not_a_closing_purpose(bot, q, fact):
    # "for listeners who've never heard of it, what is …": the audience named first, then the question after a comma;
    # it had been read as a purpose tacked on the end ("…, for listeners who can't picture percentages") reaching to the
    # question mark, which took the question with it (refused: nothing to look up). A purpose clause stops at a comma now
    assert lead(bot, q) == fact


@pytest.mark.parametrize("q, fact", [
    ("so basically the blogger thinks the surrenders are a big deal?", "broader-failure-opinion"),
    ("does the author think the surrenders are a major deal?", "belief-wins-wars-opinion"),
    ("does the blogger think the surrenders are such a massive deal?", "broader-failure-opinion"),
])
def test_a_big_deal_is_how_much_it_matters(bot, q, fact):
    # "are the surrenders A BIG DEAL?": how much they matter, read as "important" (it had been refused: no fact holds
    # "deal", and the follow-up "does he see them as one-off incidents?" had nothing to point back to)
    assert lead(bot, q) == fact


def test_after_a_big_deal_the_follow_up_points_back_to_the_surrenders(bot):
    assert lead(bot, "so basically the blogger thinks the surrenders are a big deal?",
                "does he see them as one-off incidents or as part of something bigger?") == "broader-failure-opinion"


@pytest.mark.parametrize("q", [
    "I am so scared they will trick him. Do the articles say soldiers were lied to about where they would serve?",
    "were they lied to about where they'd serve?",
    "were they told lies about where they'd be sent?",
    "were recruits misled about where they would be posted?",
])
def test_lied_to_about_where_they_would_serve_is_a_yes_no_question_about_their_posts(bot, q):
    # "lied to ABOUT WHERE THEY WOULD SERVE?": deceived about their posts, asked yes or no; the "where" had made it a
    # question for a place (and "serve" a word no fact holds), so it was refused. Now read as "about their posts"
    assert lead(bot, q) == "coerced-or-misled"


@pytest.mark.parametrize("q", [
    "would they swap him back one day?",
    "would they swap him back one day, do they send prisoners home at all?",
    "could he come home someday?",
    "would he be exchanged some day?",
])
def test_one_day_in_the_future_is_not_a_days_count(bot, q):
    # "would they swap him back ONE DAY?": at some time, not a count for one day; "day" had been read as a topic no
    # exchange fact holds (refused). Now dropped ("in one day", "per day" keep it)
    assert lead(bot, q) in ("pows-returned-in-exchanges", "exchange-priorities")


@pytest.mark.parametrize("before, q", [
    ("the armband story, who says it?", "'expendable', is that a fact he's reporting or his own spin?"),
    (None, "is 'expendable' a fact or his own spin?"),
    (None, "is calling them expendable the blogger's spin?"),
])
def test_his_own_spin_is_the_writers_view(bot, before, q):
    # "fact or HIS OWN SPIN?": the writer's own reading of it, his opinion (it had been refused: no fact holds "spin").
    # Only a person's spin joins the opinion words; "is that just spin?" stays a doubt
    assert lead(bot, *([before] if before else []), q) == "expendable-opinion"


@pytest.mark.parametrize("q", [
    "so basically the blogger's big thesis is what, that wars get won by belief or something? sum up his main argument for me",
    "is his thesis that wars are won by belief?",
    "so his main point is that wars are won by belief?",
])
def test_won_is_a_form_of_win(bot, q):
    # "wars get WON by belief": the past form of the author's "cannot win"; "won" had been a word no fact holds, so the
    # thesis was refused. win/wins/winning/won are one idea now ("won back" stays a recapture)
    assert lead(bot, q) == "belief-wins-wars-opinion"


@pytest.mark.parametrize("q", [
    "do both pieces actually agree on that or is one of them fudging it?",
    "do the pieces agree, or is one of them fudging the number?",
    "do both reports agree on that or is one of the two fudging it?",
])
def test_one_of_them_fudging_tacked_on_is_a_doubt_not_the_question(bot, q):
    # "…, OR IS ONE OF THEM FUDGING IT?" after the contract share: a doubt tacked on, as "or is that just spin?" already
    # was; "fudging" had been read as a topic no fact holds (refused). Now the agreement is answered, both articles shown
    reply = conversation(bot, "ok and the 76% contract figure?", q)
    assert reply.answered and {s.fact_id for s in reply.statements} == {"contract-share-blog", "contract-share-news"}


@pytest.mark.parametrize("q, fact", [
    ("Quick one for the compare-and-contrast bit: do the blog and the news piece agree on where most surrenders happen or do they tell it differently?",
     "surrender-hotspots-blog"),
    ("Quick one: do the blog and the news piece agree on where most surrenders happen?", "surrender-hotspots-blog"),
    ("Quick one for the podcast: do the blog and the news piece agree on where most surrenders happen?", "surrender-hotspots-blog"),
])
def test_quick_one_before_a_colon_announces_the_question(bot, q, fact):
    # "QUICK ONE (for the … bit):": a question announced as short, and what it is for, as "quick question:" already was;
    # it had been read as words to look up (refused, or answered with the record week). Now set aside
    assert lead(bot, q) == fact


@pytest.mark.parametrize("before, q", [
    ("when did the war start", "when will it end"),
    (None, "when will it end?"),
    (None, "so when will this war end?"),
    ("how many were captured by the end of 2025?", "when will it end?"),
])
def test_when_will_it_end_is_the_wars_end_ahead(bot, before, q):
    # "when will IT end?": the war's end, ahead, as "when will the war end?" already was; it had been answered with the
    # start of the invasion, or with the count by the end of 2025 ("end"). Now refused as the war's outcome is
    reply = conversation(bot, *([before] if before else []), q)
    assert not reply.answered


@pytest.mark.parametrize("before, q", [
    ("who wrote the blog one", "is he famous"),
    ("who wrote the news report?", "is she famous"),
    ("who wrote the blog?", "so is the author renowned?"),
])
def test_is_the_author_famous_is_a_person_no_record_describes(bot, before, q):
    # "is he FAMOUS?" after who wrote the blog: the author as a person, as "is he a journalist?" already was; it had been
    # answered with the article's record. Now refused: the record names the author, nothing more
    reply = conversation(bot, before, q)
    assert not reply.answered
