"""Session 7's general mechanisms, each on its own, in questions of our own (not copies of a set's items):
who a yes/no question names as acting, years and shares as held content, what the articles never give,
the whole war against one year, what a visitor leaves out, Ukraine's own men, hearsay, and follow-ups
that ask for the author's view, point back with "that", ask who gave a figure or for it in another unit."""
from __future__ import annotations

import pytest


def lead(bot, question, after=None):
    ctx = None
    if after:
        _, ctx = bot.answer(after)
    reply, _ = bot.answer(question, ctx)
    return reply.statements[0].fact_id if reply.answered and reply.statements else None


@pytest.mark.parametrize("question", [
    "does ukraine pay russian soldiers to give up",  # who acts: Putin's pay or foreigners' promised money is not Ukraine's
    "how much land did ukraine win back in 2025",  # the verb of the count: winning back is not taking
    "what was the name of one prisoner who gave himself up",  # a prisoner's own name: never given
    "how far into russia did ukraine's troops push",  # a distance: never given
    "in which hospital are the ill prisoners looked after",  # the noun after "in which"
    "which brigades or units do the prisoners come from",  # the noun after "which X or Y"
    "what share of ukraine has russia occupied altogether",  # the whole war: 2025's share does not answer it
    "how many russian prisoners are still being held by ukraine",  # those held now: the articles count captures
    "how many russian soldiers died, just the dead and not the wounded",  # the best answer counts the wounded in
    "how much is a russian soldier paid",  # a sum of money no fact gives
    "can a prisoner refuse to go back to russia in a swap",  # a choice open to prisoners: the answer must hold it
    "does russia try to get ukrainian soldiers to give up too",  # the other side's soldiers giving up
    "what share of the captured men had been to college before joining",  # what the share is of: no fact holds it
    "do the families of prisoners get money",  # a money question: the answer must speak of money
    "are soldiers who surrender given any money by ukraine",  # the passive's agent acts: Putin's pay is not Ukraine's
])
def test_these_are_refused_not_answered_by_a_neighbour(bot, question):
    assert lead(bot, question) is None


@pytest.mark.parametrize("question, expected", [
    ("whose figures say 2025 beat 2022 and 2023?", "surrenders-2025-exceed-2022-2023"),  # years count as held
    ("how does ukraine get its own men back", "ukrainians-home-in-exchanges"),  # Ukraine's own soldiers
    ("I heard on a podcast that about 500 surrender every week", "weekly-surrender-average"),  # hearsay is no topic
    ("does the news report say the number of surrenders is unprecedented?", "surrenders-unprecedented"),  # yes/no, not a count
    ("were about three quarters of them contract soldiers?", "contract-share-blog"),  # a share in words
    ("how much money were recruits offered to join up", "recruitment-incentives"),  # pay to join, in words
    ("how much land did russia take in 2025", "territory-taken-2025"),  # one year asked: the year's figure
    ("are prisoners treated well by ukraine", "geneva-treatment-guarantee"),  # the agent named, and held
    # a story the visitor tells before asking: the question is the clause that asks
    ("My granddaughter was explaining all of this to me over the weekend and I lost track of it, but what do the "
     "soldiers who give up get from Ukraine?", "geneva-treatment-guarantee"),
    ("I can hardly credit it, but is it true that some men were taken prisoner two times?", "exchange-priorities"),
    ("wat percent were non comissioned oficers", "nco-share-news"),  # a phrase of the lexicon, misspelt
    ("in what way do the news report and the blog disagree about mercenaries?", "mercenaries-news"),  # the recorded difference
    ("who is in charge of ukraine's army?", "territory-taken-2025"),  # the army chief, whom one fact names
    ("what means 'I Want to Live'?", "iwtl-what-it-is"),  # a learner's "what does X mean"
    ("do the two articles say the same thing about where russians surrender?", "surrender-hotspots-blog"),  # places first
    ("do they get enuf to eat in there own army", "conditions-in-russian-army"),  # chat spellings of small words
])
def test_these_find_the_fact_that_answers_them(bot, question, expected):
    got = lead(bot, question)
    pairs = {"contract-share-blog": {"contract-share-news"}, "mercenaries-news": {"foreign-fighters-blog"},
             "surrender-hotspots-blog": {"most-captured-in-donetsk", "captured-zaporizhzhia-kursk"}}
    assert got == expected or got in pairs.get(expected, ())


@pytest.mark.parametrize("after, question, expected", [
    ("what are the infected armbands", "what does the blogger make of that?", "expendable-opinion"),
    ("since when are more russians captured than ukrainians", "is that normal for the side that attacks?", "attackers-become-trapped"),
    ("how many russian prisoners have been swapped", "who provided that number?", "pows-returned-in-exchanges"),
    ("how much of ukraine did russia take in 2025", "and in km?", "territory-taken-2025-area"),
    ("how much of ukraine did russia take in 2025", "what is that in square kilometers?", "territory-taken-2025-area"),
    # the fact just given holds what the follow-up adds: it answers again ("drawn in by social media campaigns")
    ("what percentage of prisoners come from abroad?", "how were they recruited?", "foreign-fighters-blog"),
    # "what happened instead / next?": the fact the last answer links to
    ("were recruits tricked with promises of safe jobs?", "so what happened next?", "sent-untrained-into-drone-zones"),
])
def test_follow_ups_that_point_back(bot, after, question, expected):
    assert lead(bot, question, after) == expected


def test_a_sum_in_a_currency_is_refused_after_an_answer_in_words(bot):
    assert lead(bot, "how much money were recruits offered to join up") == "recruitment-incentives"
    assert lead(bot, "and in dollars?", "how much money were recruits offered to join up") is None


def test_a_currency_is_a_whole_word():
    from webapp.bot.engine import MONEY_UNIT
    assert MONEY_UNIT.search("in rubles?") and MONEY_UNIT.search("how many dollars")
    assert not MONEY_UNIT.search("they were in trouble with the law")  # "trouble" holds no "rouble"


@pytest.mark.parametrize("after, question", [
    ("in which region are most russians captured?", "and how many were captured there?"),  # no count for that place
    ("how many russians had been captured by the end of 2025?", "and just in 2025?"),  # a total is no year's figure
    ("how many officers were among those captured?", "what about generals?"),  # "General Staff" names a claimant, not generals
    ("who said russia took 0.8 percent of ukraine in 2025?", "how old is he?"),  # the person named, not the prisoners
    ("which week had the most surrenders?", "why so many that week?"),  # no reason linked to the record week
    ("who calls I Want to Live a modern kind of psychological warfare?", "what are the analysts names?"),  # never named
    ("who calls I Want to Live a modern kind of psychological warfare?", "what are their names?"),  # unnamed claimants
])
def test_follow_ups_about_the_last_answers_place_person_or_year_refuse_what_it_does_not_give(bot, after, question):
    assert lead(bot, question, after) is None
