"""Session 103's mends: wordings a review found refused or misread after session 101/102's narrowings, and what the bot does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("turns, fact", [
    (("which recruits ended up in drone-filled battlefields without training?",), "sent-untrained-into-drone-zones"),
    (("which captives were forced to wear the armbands?",), "infected-armbands"),
    (("what does Moscow offer new recruits?", "which men did they go after?"), "recruitment-incentives"),
    (("which troops had been mobilised?",), ("mobilised-share-blog", "mobilised-share-news")),
    (("what rights do captured soldiers have under Ukraine's guarantee?",), "geneva-treatment-guarantee"),
])
def test_which_of_the_men_asks_what_kind_and_is_answered(bot, turns, fact):
    # "which soldiers/prisoners/troops were …?" asks which kind of the men, which the answering fact names otherwise ("such
    # recruits", "sick soldiers", "vulnerable people"); the drop of facts silent on the plural read the class word as the
    # members asked for, and the turn was refused. A noun only an example question holds ("rights") is the fact's too.
    got = lead(bot, *turns)
    assert got in (fact if isinstance(fact, tuple) else (fact,))


@pytest.mark.parametrize("turns", [
    ("how many foreign fighters are discovered a week?", "which countries do they come from?"),
    ("which battalions were giving up in the busiest week?",),
])
def test_which_members_no_fact_names_stay_refused(bot, turns):
    assert lead(bot, *turns) is None


@pytest.mark.parametrize("q", ["officers made up only a minor part of the captured, didn't they?",
                               "was the share of officers minor?", "just a minor percentage were officers?"])
def test_minor_meaning_small_is_the_small_share(bot, q):
    # "minor" (small) was taken out of the few/small group so that "minors" (children) would not stem into it; the officers'
    # small share was then refused. The plural is now an out-of-scope word matched whole, and "minor" is small again
    assert lead(bot, q) in ("officers-share-blog", "officers-share-news", "commanders-avoid-danger-opinion")


@pytest.mark.parametrize("turns", [("were there minors among the captured Russians?",),
                                   ("what ages were the POWs?", "were some of them underage?")])
def test_minors_stay_refused(bot, turns):
    assert lead(bot, *turns) is None


@pytest.mark.parametrize("turns", [
    ("what are the ages of the captured Russians?", "and were they mostly young men?"),
    ("how many Russians have been taken prisoner in total?", "were most of them young?"),
    ("how many Russians have been taken prisoner in total?", "were the majority of them middle aged?"),
])
def test_what_the_men_mostly_were_is_the_age_range_when_asked_of_their_age(bot, turns):
    # "were they mostly young?" after the ages or the total: the 'were they mostly …' narrowing wanted the follow-up's own
    # word in the fact's statement ("young" is only in its example questions), and "middle-aged" was in no group: refused,
    # though the same question asked fresh leads with the age range
    assert lead(bot, *turns) == "prisoner-age-range"


def test_what_the_men_mostly_were_on_a_subject_no_fact_holds_stays_refused(bot):
    assert lead(bot, "how many surrendered in the busiest week?", "were they mainly from the same brigade?") is None


@pytest.mark.parametrize("q", ["which units are said to have revolted against Putin?", "the headline talks of a revolt against Putin. which units?",
                               "so which units were in revolt against Putin?"])
def test_which_units_revolted_is_the_headlines_revolt(bot, q):
    # "which units" was listed whole as the men's units (no article names one), so the headline's revolt, asked with the
    # plural, was refused while "which unit revolted?" was answered; a turn on the revolt or a measure is asked otherwise,
    # and a fact saying it gives no account of the thing asked (the headline's revolt) answers "which units?"
    assert lead(bot, q) == "headline-revolt"


@pytest.mark.parametrize("turns", [("which units did the captured men serve in?",),
                                   ("how many gave up in the busiest week?", "what units were they in?")])
def test_which_units_the_men_served_in_stays_refused(bot, turns):
    assert lead(bot, *turns) is None


@pytest.mark.parametrize("turns", [("how many Russians have been captured so far?", "were most of them in their thirties?"),
                                   ("were the captured men mostly in their fifties?",)])
def test_a_decade_of_age_is_the_age_range(bot, turns):
    # "in their forties" read "forties" as the number 40, and the criminal records' 40% answered
    assert lead(bot, *turns) == "prisoner-age-range"


@pytest.mark.parametrize("turns", [("how many gave up in the busiest week?", "what unit were they in?"),
                                   ("how many Russians have been captured so far?", "which unit did they come from?")])
def test_which_unit_the_men_were_in_is_refused(bot, turns):
    # the singular after a count: the count again, which names no unit (no article names one)
    assert lead(bot, *turns) is None


def test_which_unit_revolted_is_still_the_headline(bot):
    assert lead(bot, "which unit revolted against Putin?") == "headline-revolt"
