"""Session 15: a journalism seminar asks whom each article puts its figures down to, in the words of the trade
(cite, credit, sourced to). Those were read as unknown subjects and refused."""
from __future__ import annotations

import pytest

from . import conversation, lead


@pytest.mark.parametrize("question", ["Does the blog cite anyone for the 83% rank-and-file share?",
                                      "does the blog credit anyone for its 83 percent"])
def test_whom_the_blog_cites_for_a_figure_is_answered_with_the_blogs_figure(bot, question):
    assert lead(bot, question) == "rank-and-file-share-blog"


def test_whom_the_other_article_credits_is_answered_with_its_version(bot):
    assert lead(bot, "Does the blog cite anyone for the 83% rank-and-file share?",
                "And the news report, who does it credit for the same 83%?") == "rank-and-file-share-news"


def test_citing_a_blog_for_schoolwork_is_still_not_a_question_about_the_war(bot):
    assert not conversation(bot, "is it ok to cite a blog for school").answered
