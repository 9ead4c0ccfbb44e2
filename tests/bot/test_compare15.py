"""Session 15: a librarian and a seminar comparing the two articles in a conversation. "they" in "do they give the
same …?" are the two articles; the comparison is answered with both versions, not refused or moved to a neighbour."""
from __future__ import annotations

from . import lead


def test_the_same_figure_for_a_group_named_in_the_follow_up_is_compared_afresh(bot):
    """After the ranks, "contract soldiers" is named in the follow-up itself: read on its own, not refused."""
    assert lead(bot, "I'm comparing the two breakdowns by type of service.",
                "Do they give the same figure for contract soldiers?") in ("contract-share-blog", "contract-share-news")


def test_do_they_give_the_same_share_compares_the_two_versions_just_shown(bot):
    """Both versions of the foreigners' share were just shown; "the same share?" is about them, not a third fact."""
    assert lead(bot, "Both articles discuss foreign fighters.", "Do they give the same share?") \
        in ("foreign-fighters-blog", "mercenaries-news")


def test_which_article_covers_a_subject_is_asked_of_that_subject(bot):
    """"covers" is how a librarian asks which article has something; it is not itself a subject no fact mentions."""
    assert lead(bot, "Which of the two covers casualty figures for the war?") == "casualties-general-staff"
