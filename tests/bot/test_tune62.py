"""Tuner 62's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("first, q", [
    ("did russia take a lot of land in 2025 or was it mid", "thats like how big in km"),
    ("How much territory did Russia take in 2025?", "so that's how much in square kilometres?"),
    ("How much land did Russia gain in 2025?", "that's roughly what in sq km?"),
])
def test_the_figure_named_first_then_the_unit_is_a_conversion(bot, first, q):
    # "that's (like) how big in km?": the last answer's figure named first, then the unit it is wanted in; it had been
    # read as a fresh question and repeated the share of Ukraine, now it gives Sourced's worked-out area
    assert lead(bot, first, q) == "territory-taken-2025-area"


@pytest.mark.parametrize("q, facts", [
    ("bro the officers just chilling in the back?? what % got caught", {"officers-share-blog", "officers-share-news"}),
    ("what share of the prisoners were officers chillin in the rear?", {"officers-share-blog", "officers-share-news"}),
    ("were the officers chilling at the rear while the privates got caught", {"commanders-avoid-danger-opinion"}),
])
def test_chilling_is_chat_not_a_subject(bot, q, facts):
    # "chilling", "chillin": chat for staying put, beside 'in the back' or 'at the rear' that say where; it had been an
    # unknown central word and refused the question, now it is read as 'lol' and 'bro' are
    assert lead(bot, q) in facts


@pytest.mark.parametrize("q", [
    "whats the 'i want to live' thing, like a surrender speedrun app?",
    "what's I want to live, like an app or something?",
    "what is the I Want to Live thing, like a messaging bot?",
])
def test_a_guess_after_what_is_is_not_asked(bot, q):
    # "what's X, like a Y?": the visitor's guess at what X is; 'app', 'bot' had pulled the project's channels (messengers,
    # chatbots) ahead of what the project is, now the guess is set aside and the report's description answers
    assert lead(bot, q) == "iwtl-what-it-is"


def test_after_the_guess_how_to_reach_them_is_the_channels(bot):
    # and the follow-up then gets the channels, no longer shown first and skipped as already given
    assert lead(bot, "whats the 'i want to live' thing, like a surrender speedrun app?",
                "bet, so how do u actually dm them to give up") == "iwtl-channels"


@pytest.mark.parametrize("q", [
    "Were sick recruits knowingly sent to the front line?",
    "were sick recruits sent to the front line anyway?",
    "Were the sick recruits still sent off to the front line?",
])
def test_sick_recruits_sent_to_the_front_is_the_armbands(bot, q):
    # "sick recruits sent to the front line": 'recruits' and 'front line' matched the untrained recruits' example ("Were
    # untrained men sent to the front line?") ahead of the sick men sent to fight; an example question on the armbands fact
    # in the project's words now holds both, and the untrained men keep their own wording
    assert lead(bot, "What diseases do the prisoners have?", q) == "infected-armbands"
    assert lead(bot, "Were untrained recruits sent to the front line?") == "sent-untrained-into-drone-zones"


@pytest.mark.parametrize("q", [
    "Does the news piece back that up with a date?",
    "does the news article back it up with any dates?",
    "Does the news report back this up with a timeline?",
])
def test_backing_a_view_up_with_a_date_is_the_other_article_saying_so(bot, q):
    # "does the news piece back that up with a date?" after the blog's reversal of who takes prisoners: the other article
    # saying so too, with when; 'piece', 'article' after 'news' and 'with a date' had left 'back' read as an
    # exchange back (the swaps were shown), now the report's since-June-2023 reversal answers
    assert lead(bot, "What's the historical twist about attacking armies and prisoners?", q) == "captures-reversed-since-june-2023"
