"""Session 27, tuner 47's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead


@pytest.mark.parametrize("turns, facts", [
    (("why does the headline say revolt", "like a mutiny?", "did they actually revolt"), {"headline-revolt"}),
    (("whats the headline of the news one", "did the soldiers like actually mutiny or is the headline clickbait"),
     {"headline-revolt", "putin-losing-belief-opinion"}),
])
def test_mutiny_set_against_the_headline_revolt_is_the_headline(bot, turns, facts):
    # "mutiny" beside the headline's "revolt": whether the headline's word is borne out (the mutiny had been carried
    # into the revolt question as a second subject no fact held, or the headline question refused)
    assert lead(bot, *turns) in facts


@pytest.mark.parametrize("turns", [
    ("did putin make a promise about conscripts?", "what did he promise exactly"),
    ("conscripts 5%", "what did putin promise about conscripts", "yeah what were the early promises"),
    ("The conscripted ones, how much percent?", "Which promise exactly Putin gave before about conscripts, what words he told?"),
])
def test_what_a_promise_named_without_its_content_was_is_refused(bot, turns):
    # what Putin promised about conscripts, asked after the fact that names his "early promises" and not what they were
    # (as "what did he promise exactly", "the early promises", "which promise exactly … gave"): no fact says what, so
    # refused (they had been answered with the Kremlin's promises to recruits, or with the conscripts' share again)
    assert lead(bot, *turns) is None


@pytest.mark.parametrize("q", ["whats the coordination headquarters", "What is the Coordination Headquarters?"])
def test_a_body_whose_full_name_says_its_remit_is_explained_by_it(bot, q):
    # "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War counts…": its full name says what the
    # body is for, so "what is the Coordination Headquarters?" is answered by that fact (it had been refused as a term
    # the articles use without explaining)
    assert lead(bot, q) == "captured-by-end-2025"


def test_who_heads_the_body_after_asking_what_it_is_stays_refused(bot):
    # the follow-up "who is in charge of it?" reaches the body just explained, whose head no article names (it had been
    # answered with Russia's territorial gains, "in charge of" read loosely after a refusal)
    assert lead(bot, "What is the Coordination Headquarters?", "Who is in charge of it?") is None


@pytest.mark.parametrize("where", ["where were most prisoners captured", "where most captured"])
def test_why_there_after_the_news_reports_donetsk_is_the_fighting_there(bot, where):
    # "why there?" after an answer led by the news report's Donetsk: the statement of heavy fighting in Donetsk (it had
    # been answered with the Kursk incursion, the follow-up read as any question about captures)
    assert lead(bot, where, "why there") == "war-almost-four-years"


def test_why_there_after_the_blogs_places_is_still_what_they_share(bot):
    assert lead(bot, "where do the most surrenders happen in the blog", "pokrovsk bakhmut...", "why there") == "surrender-hotspots-blog"


@pytest.mark.parametrize("turns", [
    ("rank breakdwon pows", "and officers", "generals?"),
    ("what percent of the captured are officers", "any generals among them"),
])
def test_a_group_named_bare_after_a_share_needs_a_figure_that_holds_it(bot, turns):
    # "generals?" after the officers' share asks the same figure for generals, which no fact gives: refused (it had been
    # answered with the generals pushing for a breakthrough, or with the officers' share again)
    assert lead(bot, *turns) is None


@pytest.mark.parametrize("turns, facts", [
    (("rank breakdwon pows", "and officers"), {"officers-share-news", "officers-share-blog"}),
    (("what percent of the captured are officers", "and sergeants?"), {"nco-share-news"}),
    (("what share were contract soldiers?", "and conscripts?"), {"conscripts-share-news", "conscripts-rest-blog"}),
])
def test_a_group_named_bare_after_a_share_gets_its_own_share(bot, turns, facts):
    assert lead(bot, *turns) in facts


def test_how_russia_got_the_foreigners_is_how_they_were_drawn_in(bot):
    # "how did Russia get them?" after the foreigners among the prisoners: how they were drawn in (social media campaigns,
    # promises of money or citizenship), not that Russia does not try to get them back once captured
    assert lead(bot, "are there foreigners among the prisoners", "how did russia get them") == "foreign-fighters-blog"


@pytest.mark.parametrize("turns", [
    ("how many casualties total", "whose estimate", "does russia agree with that"),
    ("does russia agree with the casualty figure",),
    ("has moscow disputed the number of prisoners?",),
])
def test_whether_russia_agrees_or_disputes_asks_for_a_view_no_article_reports(bot, turns):
    # "does Russia agree / dispute…": what Russia says, which only a fact Russia claims could give (as "does Russia deny…");
    # it had been answered with the General Staff's casualty rate, or the date of the invasion
    assert lead(bot, *turns) is None


def test_whether_the_two_articles_agree_is_still_their_comparison(bot):
    assert lead(bot, "Do the two pieces agree on how many countries they come from?") in {"foreign-fighters-blog", "mercenaries-news"}


@pytest.mark.parametrize("then", ["who made it, like whats the guys name", "what's the founder's name?", "whats the boss's name"])
def test_the_name_of_the_man_behind_an_unnamed_thing_is_refused(bot, then):
    # "what's the guy's name?" after the project, which the articles tie to no person: the name asked, not given (it had
    # been answered with what the project is)
    assert lead(bot, "whats the i want to live thing", then) is None


@pytest.mark.parametrize("q", ["Are the Ukrainian soldiers caught by Russia treated kindly too?",
                               "what happens to ukrainians detained by the russians?"])
def test_ukrainians_caught_by_russia_are_the_other_side(bot, q):
    # "caught / detained by Russia": Ukraine's own men in Russian hands, which the articles do not cover (it had been
    # answered with conditions in the Russian army)
    reply, _ = bot.answer(q, None)
    assert not reply.answered and reply.reason == "out-of-scope"


@pytest.mark.parametrize("q", ["does russia do the same to ukrainian soldiers", "do the russians do that to ukrainian prisoners too?"])
def test_whether_russia_does_the_same_to_ukrainians_is_the_other_side(bot, q):
    # "does Russia do the same to Ukrainian soldiers?": Ukraine's own men, which the articles do not cover (it had been
    # answered with Putin's pay and pardons)
    reply = conversation(bot, "what is the psychological warfare bit about", q)
    assert not reply.answered and reply.reason == "out-of-scope"
