"""Tuner 64's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead


@pytest.mark.parametrize("q, source", [
    ("What is the exact title of the blog post?", "blog-mass-surrenders"),
    ("What is the exact title of the blog post, and its date of publication?", "blog-mass-surrenders"),
    ("what's the precise headline of the news report?", "news-record-surrenders"),
    ("What is the exact publication date of the blog?", "blog-mass-surrenders"),
])
def test_the_exact_title_or_date_of_an_article_is_its_record(bot, q, source):
    # "exact", "precise" asked of an article's title or date: its record, as without the word (they had been refused,
    # or answered with the headline's claim: "exact" was taken for a subject no fact holds)
    assert lead(bot, q) == "source:" + source


@pytest.mark.parametrize("q", [
    "Which outlet published the report headlined about soldiers revolting against Putin?",
    "When was the piece on soldiers revolting against Putin published?",
    "Who wrote the article about soldiers surrendering to Ukraine in record numbers?",
])
def test_an_article_named_by_its_title_in_other_word_forms_is_its_record(bot, q):
    # "soldiers revolting against Putin" for the title's "soldiers revolt against Putin": the news report named by its
    # title in other forms of its words, answered by its record (they had been refused: only the title's own forms named it)
    assert lead(bot, q) == "source:news-record-surrenders"


@pytest.mark.parametrize("after, q, facts", [
    ("Do both articles mention illness among prisoners?", "Do they credit the same source for the chronically ill prisoners?",
     {"chronic-illness-blog", "chronic-illness-news"}),
    ("Do both articles mention illness among prisoners?", "do they name the same source for the sick prisoners?",
     {"chronic-illness-blog", "chronic-illness-news"}),
    ("How many officers were captured?", "Do the two pieces rely on the same sources for the officers?",
     {"officers-share-blog", "officers-share-news"}),
])
def test_the_same_source_asked_is_how_the_articles_agree(bot, after, q, facts):
    # "the same source(s)": whether the articles agree, asked of the facts just shown (it had been read as a fresh
    # question, so the facts just given gave way to the next one: the armbands after the chronically ill)
    assert lead(bot, after, q) in facts


@pytest.mark.parametrize("after, q, fact", [
    ("Do Ukrainian officials regard surrender as betrayal?",
     "In the author's view, how has Putin tried to hold his ranks together, and has it worked?", "putin-compensation-tactics"),
    ("Do Ukrainian officials regard surrender as betrayal?",
     "How, in the blog's view, has Putin tried to hold the ranks together, and did that work?", "putin-compensation-tactics"),
    ("How many officers were captured?",
     "How does Ukraine reach Russian soldiers directly, and is it working?", "reaches-soldiers-directly"),
])
def test_whether_it_worked_tacked_on_is_the_way_just_named(bot, after, q, fact):
    # ", and has it worked?": whether the way the question names worked; its "it" had been read as pointing back to
    # the last answer, whose subject then led (Ukraine's officials on betrayal: the treatment in captivity)
    assert lead(bot, after, q) == fact


@pytest.mark.parametrize("q", [
    "How were vulnerable men, the jobless and ex-prisoners, drawn into the Russian army?",
    "How were poor and jobless men drawn into the army?",
    "how are the unemployed drawn into the russian army?",
])
def test_drawn_into_the_army_is_recruitment(bot, q):
    # "drawn into", "drew into": recruited, as "drawn in" already read (they had been refused, or left the reading
    # with "drawn" alone, which no recruitment fact holds)
    assert lead(bot, q) == "recruitment-incentives"


@pytest.mark.parametrize("q", [
    "How does Ukraine persuade soldiers that surrender is reasonable, when their officers tell them otherwise?",
    "How does Ukraine persuade soldiers that surrender is reasonable?",
    "how do they persuade russians to surrender?",
])
def test_persuading_soldiers_to_give_up_is_how_ukraine_reaches_them(bot, q):
    # "persuade … to surrender": Ukraine putting giving up to Russian soldiers as the sensible choice (it had led with
    # Putin's tactics or the commanders' view: "persuade" reads as recruiting, which no example of this fact held)
    assert lead(bot, q) == "reaches-soldiers-directly"


@pytest.mark.parametrize("after, q", [
    ("ngl how many russians actually got captured lol", "per week??"),
    ("How many Russian soldiers have been taken prisoner by the end of 2025?", "and per week?"),
    ("how many russians got captured", "in a week?"),
])
def test_per_week_after_the_running_count_is_the_weekly_average_it_links_to(bot, after, q):
    # "per week?" after the 10,000 captured: not a sum of the bot's own, but the weekly count the fact links to (it had
    # been refused as a conversion no fact gives, while "how many per week?" was answered)
    assert lead(bot, after, q) == "weekly-surrender-average"


@pytest.mark.parametrize("q", [
    "Does the author believe wars are won by weapons alone?",
    "Does the author think weapons alone win a war?",
    "In the author's view, do weapons alone win wars?",
])
def test_weapons_alone_winning_a_war_is_the_authors_view_on_belief(bot, q):
    # "won by weapons alone": whether arms are enough, answered by the author's view that an army without belief in its
    # cause cannot win (they had been refused, or led with loyalty and money: no fact names weapons)
    assert lead(bot, q) in {"belief-wins-wars-opinion", "putin-losing-belief-opinion"}


@pytest.mark.parametrize("q, source", [
    ("Is the news piece classed as reporting or as commentary?", "news-record-surrenders"),
    ("Is the blog commentary or reporting?", "blog-mass-surrenders"),
    ("Is the news report classified as commentary?", "news-record-surrenders"),
])
def test_commentary_or_reporting_asked_of_an_article_is_its_kind(bot, q, source):
    # "commentary", "reportage", "classed as": what kind of writing an article is, answered by its record (they had been
    # refused, or led with the author's argument: "commentary" reads as opinion, "classed" as a subject)
    assert lead(bot, q) == "source:" + source


@pytest.mark.parametrize("after, q", [
    ("Which outlet published the news report?", "What's its URL or an archived snapshot of it?"),
    ("who wrote the blog one", "does he have insta or x"),
    ("Who wrote the blog post?", "Is the author on Twitter or any social media?"),
])
def test_an_articles_address_or_its_authors_accounts_are_beyond_its_record(bot, after, q):
    # "its URL", "an archived snapshot", "insta", "social media": what no record keeps, refused with the record shown
    # (they had been answered by the record as if it gave them)
    reply = conversation(bot, after, q)
    assert not reply.answered and reply.reason == "not-covered"


@pytest.mark.parametrize("q", [
    "The blog says the surrenders are at unprecedented levels. Whose count backs that word?",
    "The blog says surrenders are unprecedented. What justifies that word?",
    "surrenders are at unprecedented levels, the blog says; whose figures support that term?",
])
def test_what_backs_a_word_the_blog_uses_is_who_says_so(bot, q):
    # "whose count backs THAT WORD?": what supports the word just quoted ("unprecedented"), as "what supports that?"
    # (they had been refused, or led with the exchanges: "backs" read as sent back, "word" as a subject)
    assert lead(bot, q) == "surrenders-unprecedented"
