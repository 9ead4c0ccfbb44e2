"""MEND102's mends: each test names a way of asking that the bot read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead

GO_HOME = ("pows-returned-in-exchanges", "exchange-priorities")


@pytest.mark.parametrize("turns", [
    ("What becomes of the Russians Ukraine captures?", "Do they get freed eventually?"),
    ("What becomes of the Russians Ukraine captures?", "are they let go at some point?"),
    ("Are captured Russian soldiers released in the end?",),
    ("Does Kyiv ever release the prisoners it holds?",),
])
def test_captives_released_are_captives_sent_home(bot, turns):
    # "released", said of the captives, matched only the convicts' "release from prison" (recruitment-incentives);
    # for the men Ukraine holds it asks whether they go home, which the swaps answer
    assert lead(bot, *turns) in GO_HOME


@pytest.mark.parametrize("q, fact", [
    ("Were convicts promised release from prison if they signed up?", "recruitment-incentives"),
    ("when was the news report released?", "source:news-record-surrenders"),
])
def test_release_from_prison_and_a_release_date_are_not_a_swap(bot, q, fact):
    assert lead(bot, q) == fact


def test_others_working_to_get_them_released_stays_refused(bot):
    assert lead(bot, "Are foreign governments working to get their men released?") is None


@pytest.mark.parametrize("q", ["is the hotline legit?", "Is the I Want to Live helpline genuine, or a scam?",
                               "so is the project actually legitimate?"])
def test_whether_the_project_is_legit_is_who_runs_it(bot, q):
    # "legit" is a word no fact holds, so "is the hotline legit?" was refused as a subject unknown; whether the project is
    # what it says is answered by who runs it (a Ukrainian government project)
    assert lead(bot, q) == "iwtl-what-it-is"


@pytest.mark.parametrize("q", ["is the claim legit?", "is the hotline number genuine?"])
def test_a_claim_or_a_number_vouched_for_is_not_the_project(bot, q):
    assert lead(bot, q) is None


@pytest.mark.parametrize("q", ["how many Russian POWs does Kyiv have in custody?", "how many captives does Kyiv keep?",
                               "How many Russian soldiers are held by Kyiv?"])
def test_those_kyiv_holds_are_counted_by_the_captures_not_the_swaps(bot, q):
    # the swaps' count names Kyiv (agreed between Kyiv and Moscow), and that word alone put the men handed back ahead of
    # those taken prisoner; a count of those held is not one of those returned
    assert lead(bot, q) == "captured-by-end-2025"


def test_those_kyiv_handed_back_are_still_the_swaps(bot):
    assert lead(bot, "how many russians has kyiv handed back?") == "pows-returned-in-exchanges"


@pytest.mark.parametrize("turns", [
    ("Which diseases do the captured men have?", "and what conditions are they held in?"),
    ("what sort of conditions are the prisoners detained in?",),
    ("What becomes of the Russians Ukraine captures?", "what are the conditions like where they are kept?"),
])
def test_conditions_captives_are_kept_in_are_conditions_of_detention(bot, turns):
    # "kept" matched the count's example question ("who keeps the count") and "conditions" the Headquarters for the
    # Treatment of Prisoners, so the 10,000 count led; after the illnesses, the chronic conditions did
    assert lead(bot, *turns) == "geneva-treatment-guarantee"


def test_conditions_in_their_own_army_are_not_detention(bot):
    assert lead(bot, "what conditions do russian soldiers live in at the front?") != "geneva-treatment-guarantee"


@pytest.mark.parametrize("turns", [
    ("Which week had the most surrenders?", "did most of them come from the same unit?"),
    ("How many Russians give up in an average week?", "are they mainly from one brigade?"),
    ("were the prisoners mostly from a single unit?",),
])
def test_what_the_men_mostly_were_is_not_the_weeks_count(bot, turns):
    # "were they mostly from one unit?" after the record week led with the week's count again: a fact silent on what the
    # men were answered for it; no article names their units
    assert lead(bot, *turns) is None


def test_were_they_mostly_officers_is_not_the_weeks_count(bot):
    assert lead(bot, "Which week had the most surrenders?", "were they mostly officers?") in ("officers-share-blog", "officers-share-news", None)


@pytest.mark.parametrize("turns, fact", [
    (("How many Russians were captured altogether?", "were they mostly contract soldiers?"), ("contract-share-blog", "contract-share-news")),
    (("How many Russians were captured altogether?", "were most of them caught in Donetsk?"), ("most-captured-in-donetsk", "surrender-hotspots-blog")),
    (("what do captured soldiers tell Ukraine about their units?",), ("surrender-effects",)),
])
def test_what_the_men_mostly_were_is_answered_where_a_fact_says_it(bot, turns, fact):
    assert lead(bot, *turns) in fact
