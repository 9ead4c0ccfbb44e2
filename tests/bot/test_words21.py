"""Session 21: visitors' questions of my own that the bot got wrong, one test per cause, each failing before its fix."""
from __future__ import annotations

import pytest

from . import lead, reply_to


@pytest.mark.parametrize("question", [
    "what is the I want to leave project?",
    "tell me about the 'I want to leave' hotline",
    "who runs the I want to leave project?",
])
def test_the_projects_name_misheard_as_leave_is_read_as_its_name(bot, question):
    """"I Want to Live" heard or typed as "I want to leave": known by where it stands (before "project", after
    "called"), the question is about the project, not refused for a name no article gives."""
    assert lead(bot, question) in {"iwtl-what-it-is", "iwtl-channels", "iwtl-path-to-surrender"}


def test_a_soldier_who_wants_to_leave_is_not_read_as_the_project(bot):
    assert lead(bot, "how many soldiers say i want to leave the army?") != "iwtl-what-it-is"


@pytest.mark.parametrize("question", [
    "where is the project based?",
    "where is the I Want to Live project located?",
    "where is the hotline's office?",
])
def test_where_a_thing_is_is_refused_when_no_fact_places_it(bot, question):
    """No article says where the project sits: "where is the project based?" had been answered with the officers'
    share (the project's breakdown), a fact with no place in it."""
    assert not reply_to(bot, question).answered


def test_where_most_surrender_is_still_answered_by_the_places(bot):
    assert lead(bot, "where do most of them surrender?") in {"most-captured-in-donetsk", "surrender-hotspots-blog"}


def test_where_in_the_article_a_word_is_asks_the_article_not_a_place(bot):
    assert reply_to(bot, "where is the revolt in the text?").answered
