"""Session 34's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", ["The student says Drucker is a former army officer. Do we know his background?",
                               "He says India and Nepal supply the most mercenaries. Is that in the sources?",
                               "My cousin says they are paid in gold. Is this in the articles?",
                               "A friend told me the project has a Viber bot. Is that so?"])
def test_a_closing_question_that_points_back_at_the_remarks_is_not_read_alone(bot, q):
    # the remarks hold what is asked; the closing question alone ("is that in the sources?", "do we know his background?")
    # asks of nothing, and read alone it found some fact (the criminal records, the exchange priorities)
    assert lead(bot, q) is None


@pytest.mark.parametrize("q, fact", [
    ("I was a nurse for forty years. Is it true some are ill?", {"chronic-illness-news", "chronic-illness-blog"}),
    ("My grandson asked me this. How many Russians were captured by the end of 2025?", {"captured-by-end-2025"}),
    ("My late husband served in the navy. How many of these soldiers were officers?", {"officers-share-news", "officers-share-blog"}),
])
def test_a_closing_question_of_its_own_is_still_read_alone(bot, q, fact):
    # "is it true some…" is no pointer, nor "these soldiers": the question stands alone and is answered
    assert lead(bot, q) in fact


@pytest.mark.parametrize("q, fact", [
    ("Excuse me. Russian prisoners, how many until end of 2025, please?", "captured-by-end-2025"),
    ("Russian prisoners, how many by the end of 2025?", "captured-by-end-2025"),
    ("officers, what percentage?", "officers-share-news"),
    ("Russian losses - how many in 2025?", "casualties-2025"),
])
def test_the_counted_thing_said_first_is_what_how_many_asks_about(bot, q, fact):
    # "Russian prisoners, how many until end of 2025?": the thing counted first, then "how many" of the rest, as a learner
    # of English or a speaker puts it; it was refused, the "how many" asking of nothing
    assert lead(bot, q) in {fact, "officers-share-blog"}


@pytest.mark.parametrize("q", ["According to the news report, how much do Russian commanders care about their troops?",
                               "Conversely, how many Ukrainian servicemen have been brought back?"])
def test_a_lead_in_before_how_many_is_not_the_thing_counted(bot, q):
    # a phrase before the comma that is no topic ("according to…", "conversely") stays where it is
    assert lead(bot, q) is not None


@pytest.mark.parametrize("q", ["Convert to sq km.", "in sq km tho", "can you convert that into square kilometres please",
                               "put it in km2", "Convert that into square kilometres for me", "in kilometres squared?"])
def test_a_conversion_asked_as_a_task_or_with_a_filler_is_the_last_figure_in_that_unit(bot, q):
    # "convert to sq km." was refused, and "in sq km tho" repeated the share: the conversion asked as a task, or with
    # "tho" after it, is the same follow-up as "in sq km?", answered by Sourced's computed area
    assert lead(bot, "How much land did Russia take in 2025?", q) == "territory-taken-2025-area"


@pytest.mark.parametrize("q, source", [("who is the autor of the blog?", "source:blog-mass-surrenders"),
                                       ("when was the blgo published?", "source:blog-mass-surrenders"),
                                       ("who wrote the newspapr piece?", "source:news-record-surrenders")])
def test_a_question_about_an_article_with_a_slip_in_it_is_answered_from_its_record(bot, q, source):
    # "who is the AUTOR of the blog?" was refused as a question about the articles that none of their records answers: the
    # records were read with the words as typed, while the facts are looked up with slips put right
    assert lead(bot, q) == source


@pytest.mark.parametrize("q, fact", [
    ("The opposing team will say the 10,000 figure is made up.", "captured-by-end-2025"),
    ("The student attributes the 1,213,460 casualty figure to the Russian Ministry of Defence. Is that correct?",
     "casualties-general-staff"),
])
def test_a_claim_about_a_figure_a_fact_carries_is_answered_by_that_fact(bot, q, fact):
    # a claim put with a figure of the articles' (not a year), and no question of its own, was refused when its other words
    # named nothing a fact holds (a debating team, the defence ministry): the fact carrying the figure says who gives it
    assert lead(bot, q) == fact


def test_after_a_claim_about_a_figure_who_counted_it_is_that_figures_claimant(bot):
    assert lead(bot, "The opposing team will say the 10,000 figure is made up.", "How do we know it's right, who counted it?") \
        == "captured-by-end-2025"


@pytest.mark.parametrize("q", ["So 10,000 captured minus 6,000 swapped leaves 4,000 still in Ukrainian camps, yes?",
                               "The student puts the number of prisoners with HIV at 300. Is that right?"])
def test_a_claim_with_a_figure_of_the_visitors_own_is_not_answered_by_a_figure_it_shares(bot, q):
    # 4,000 and 300 are in no article: the claim is not checked by the 10,000 it also names
    assert lead(bot, q) is None


# the review's cases (/work/notes/s34/review.md): what the first versions of this session's rules misread

@pytest.mark.parametrize("q, fact", [
    ("My neighbour says Russia lost a million men. How many soldiers has Russia lost, is that right?", "casualties-general-staff"),
    ("A friend told me the project has a Viber bot. How can soldiers contact it?", "iwtl-channels"),
])
def test_a_closing_question_with_words_of_its_own_is_read_alone_though_it_says_that_or_it(bot, q, fact):
    # a tag ("…, is that right?") or an "it" with a word of its own to ask about ("contact it") is no pointer to the remarks
    assert lead(bot, q) == fact


@pytest.mark.parametrize("first, q, fact", [
    ("How much land did Russia take in 2025?", "Sorry, how much in sq km?", "territory-taken-2025-area"),
    ("how many Russian losses in 2025?", "Okay cool, how many in total?", "casualties-general-staff"),
    ("How much land did Russia take in 2025?", "could you please convert it to square kilometres?", "territory-taken-2025-area"),
])
def test_a_word_said_to_the_bot_before_how_many_is_not_the_thing_counted(bot, first, q, fact):
    # "Sorry, how much in sq km?" had become "how much sorry in sq km?": a word said to the bot is no topic
    assert lead(bot, first, q) == fact


@pytest.mark.parametrize("q", ["reddit says russia grabbed 5% of ukraine in 2025. yes/no",
                               "someone posted that russia took 5% of ukraine in 2025. legit??",
                               "a post says russia took 5% of ukraine in 2025. real or fake",
                               "my feed says russia took 5% of ukraine in 2025. does that hold up"])
def test_a_claim_seen_online_with_its_check_after_it_is_checked_against_the_fact(bot, q):
    # "legit??", "yes/no", "real or fake", "does that hold up": the tags of a claim pasted from social media; the claim was
    # refused as a question of its own. Checked, the fact gives the figure the articles have (0.8 percent)
    assert lead(bot, q) == "territory-taken-2025"


def test_no_cap_is_no_check(bot):
    # "no cap" is "for real", said of the question itself, not a tag asking whether a claim is fake
    assert lead(bot, "ok but whats the actual % of officers no cap") in {"officers-share-news", "officers-share-blog"}
