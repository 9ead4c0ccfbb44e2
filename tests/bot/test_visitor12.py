"""Session 12: what a teacher's browser walk (WALK-13) and the session's probes hit. A named app or service the articles
never name (Telegram, WhatsApp) is not read as the blog's "encrypted messengers": the question is refused, and the facts
on that kind of thing are offered instead of nothing."""
from __future__ import annotations

import pytest

from pydantic import ValidationError

from webapp.schemas import LexiconFile

from . import reply_to


@pytest.mark.parametrize("question", ["can soldiers surrender using telegram", "do they use WhatsApp to give up?",
                                      "is there a viber group for surrendering"])
def test_an_app_no_article_names_is_refused_with_the_ways_the_blog_names(bot, question):
    reply = reply_to(bot, question)
    assert not reply.answered
    assert [s.fact_id for s in reply.related][:1] == ["iwtl-channels"]


@pytest.mark.parametrize("question", ["what apps can they use to surrender", "can soldiers surrender through a messenger"])
def test_the_kind_itself_is_still_answered(bot, question):
    reply = reply_to(bot, question)
    assert reply.answered and reply.statements[0].fact_id == "iwtl-channels"


def test_a_kinds_entry_is_checked_like_the_rest_of_the_lexicon():
    assert LexiconFile(kinds={"messenger": ["  Telegram "]}).kinds == {"messenger": ["telegram"]}
    with pytest.raises(ValidationError):
        LexiconFile(kinds={"messenger": ["<script>"]})
    with pytest.raises(ValidationError):
        LexiconFile(kinds={"Messenger!": ["telegram"]})
