"""Session 39's merges: what a merge changed beside the tuners' own rounds."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("then", ["and what about the Ukrainian soldiers?", "and what about Ukrainian soldiers?",
                                  "so how about the Ukrainians?", "and Ukraine soldiers nko?"])
def test_and_what_about_ukraines_own_men_after_the_swaps_gets_theirs(bot, then):
    # "what about Ukrainian soldiers?" got Ukraine's own men home in swaps, but "AND what about…" was refused as the
    # other side: the leading "and" kept the follow-up from reading as a side named alone
    assert lead(bot, "how many Russian prisoners were sent back in swaps?", then) == "ukrainians-home-in-exchanges"


def test_ukraines_own_men_after_a_fact_that_links_none_stay_refused(bot):
    # (the sick prisoners: no article says how many of Ukraine's own soldiers are ill)
    assert lead(bot, "how many prisoners were sick?", "and what about Ukrainian soldiers?") is None


@pytest.mark.parametrize("q", ["according to the prisoners, what was life like in their army?",
                               "what was life like in their army, according to the prisoners?"])
def test_the_mens_accounts_of_their_own_army(bot, q):
    assert lead(bot, q) == "conditions-in-russian-army"
