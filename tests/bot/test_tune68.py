"""Session 68's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q, fact", [
    ("What is the basis for the 40% criminal record figure? Does the blog name a source?", "criminal-records"),
    ("the blog says 'military analysts' call it psy-war. which analysts? names?", "psychological-warfare-analysts"),
])
def test_a_closing_press_for_the_source_or_names_is_answered_by_the_first_question(bot, q, fact):
    # a second question pressing for whose the figure is or who they are ("does the blog name a source?", "names?")
    # made the whole turn a refusal; the first question's answer tells it as far as the articles do, so it is answered
    assert lead(bot, q) == fact


def test_a_guess_put_as_a_question_then_or_how_is_answered_by_the_guess(bot):
    # "…, or how reaches the message the soldiers?": the guess, then the same asked another way after ", or how"; the whole
    # turn was refused, and the guess read alone is answered (the project goes round the commanders)
    assert lead(bot, "How contacts Ukraine the Russian soldiers?",
                "Go the Ukrainians around the commanders and the state television, or how reaches the message the soldiers?") \
        == "reaches-soldiers-directly"


@pytest.mark.parametrize("q", ["Who wrote the newspaper piece about the record numbers please, I should like to write to him",
                               "who wrote the article about the record numbers?"])
def test_an_article_named_by_what_it_is_about_is_asked_of_its_record(bot, q):
    # "the piece about the record numbers" names the news report by two words of its title; they were read as a topic
    # and the question refused as out of scope
    assert lead(bot, q) == "source:news-record-surrenders"


def test_one_title_word_after_about_still_names_no_article(bot):
    # "its story about the surrenders": one word, in the blog's title, is not enough to name the blog over "the news outlet"
    assert lead(bot, "What headline did the news outlet put on its story about the surrenders?") != "source:blog-mass-surrenders"
