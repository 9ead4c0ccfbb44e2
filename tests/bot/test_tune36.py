"""The tuner round of TUNER36 on tuning-ag: one test per class of wording tuned, each in a wording of its own."""
from __future__ import annotations

import pytest

from . import conversation, lead


@pytest.mark.parametrize("q, fact", [
    ("Can I report that Ukraine holds over 10,000 Russian prisoners? What's the cut-off for that?", "captured-by-end-2025"),
])
def test_a_second_question_about_the_firsts_answer_does_not_sink_the_first(bot, q, fact):
    """"Can I say…? What's the cut-off date on that?": two questions in one turn, the second about what the first's answer
    gives ("that", "it"); the turn as a whole had been refused, though the first alone is answered (conjoined.first_question)."""
    assert lead(bot, q) == fact


def test_a_second_question_of_its_own_still_refuses(bot):
    # a second question with nothing pointing back ("Stalingrad, perhaps?") still has the turn refused
    assert lead(bot, "Which past wars does it use to back that up? Stalingrad, perhaps?") is None


@pytest.mark.parametrize("q, facts", [
    ("what percentage of the POWs were commissioned officers", {"officers-share-news", "officers-share-blog"}),
    ("how large a share were the enlisted men", {"rank-and-file-share-news", "rank-and-file-share-blog"}),
    ("and the NCO corps, what percent of them?", {"nco-share-news"}),
])
def test_a_soldiers_words_for_the_ranks(bot, q, facts):
    """A retired soldier's names for the ranks: 'commissioned officers' (no fact has 'commissioned' but in 'non-commissioned',
    so the question was refused), 'enlisted men' (not the men who enlisted, which read as recruits and led with the
    conscripts), 'the NCO corps' ('corps' a subject no fact holds)."""
    assert lead(bot, q) in facts


@pytest.mark.parametrize("q, first, second", [
    ("Contract soldiers versus mobilised men among the POWs: what's the split?", "contract-share", "mobilised-share"),
    ("is there any breakdown of contract soldiers versus conscripts?", "contract-share", "conscripts-share"),
])
def test_kinds_set_against_each_other_with_the_split_asked_after_or_any_breakdown(bot, q, first, second):
    """"X versus Y among the prisoners: what's the split?", "is there any breakdown of X versus Y?": each kind's share, side
    by side (conjoined.VERSUS), as "the split between X and Y?" is; both had been refused."""
    reply = conversation(bot, q)
    assert reply.answered and [s.fact_id.rsplit("-", 1)[0] for s in reply.statements] == [first, second]


def test_tapering_off_is_slowing(bot):
    """'Tapering off' is easing, as 'tailing off' is: the casualty rate that shows no sign of it (a weight of its own had
    the question refused when more words stood beside it)."""
    assert lead(bot, "Is the casualty rate tapering off yet, or are the commanders still chasing a breakthrough?") \
        == "casualty-rate-not-slowing"


@pytest.mark.parametrize("q", ["Is it right that Ukraine talks to Russian soldiers straight through?",
                               "does ukraine talk to russians straight through their mobiles"])
def test_straight_through_is_directly(bot, q):
    """'Straight through' (to the soldiers, on their phones) is directly: the project reaching them around their commanders;
    'straight' had been a subject no fact holds, and the question was refused."""
    assert lead(bot, q) in {"reaches-soldiers-directly", "iwtl-channels", "psychological-warfare-analysts"}


def test_a_claim_setting_two_years_side_by_side_is_its_own_question_after_an_answer(bot):
    """"Can I say surrenders in 2025 doubled those of 2022?" after the record year: a claim checked that names two years
    is a question of its own (followups.whole_question), as "was that more than in 2022 and 2023?" is; read only as a
    follow-up of the record year it had been refused."""
    assert lead(bot, "Which year saw the most surrenders?", "Is it true surrenders in 2025 tripled those of 2023?") \
        == "surrenders-2025-exceed-2022-2023"


def test_three_shares_listed_after_what_shares_of_the_prisoners_were(bot):
    """"What percentages of the POWs were rank-and-file, NCOs and officers?": three shares listed after 'what shares of the
    prisoners were' (conjoined.LISTED), each given; it had been refused as a whole."""
    reply = conversation(bot, "What percentages of the POWs were rank-and-file, NCOs and officers?")
    assert reply.answered and len(reply.statements) == 3


def test_a_second_question_asking_what_about_the_rest_does_not_sink_the_first(bot):
    """"Do those three add up to 100? What about the rest?" after the three shares: the sum the first asks for
    (conjoined.first_question takes "what about…?" as pointing back, as "that" and "it" are)."""
    assert lead(bot, "What percentages of the POWs were rank-and-file, NCOs and officers?",
                "Is the total of those shares 100? What about the remainder?") == "rank-breakdown-sum"


@pytest.mark.parametrize("then", ["and the most high week, when it was?", "the most busy week was how many?"])
def test_a_learners_superlative_with_most(bot, then):
    """"The most big week", "the most high week": a learner's superlative ('the biggest week', sounds_like); after the
    weekly average, 'most' and 'big' were no words of their own and the average was said again."""
    assert lead(bot, "how many soldiers surrender in a normal week?", then) == "record-week-august-2024"


def test_named_as_such_asks_only_that_the_thing_be_named(bot):
    """"Are Chechens among the captured, named as such?": 'named as such' asks that the thing be named, no subject of its
    own (sounds_like); read as one, it had some fact on the prisoners answer a question about men no article names."""
    assert lead(bot, "Are Chechens among the captured, named as such?") is None


def test_a_chats_though_at_the_end_asks_nothing(bot):
    """"And the Ukrainians, tho?" after Russia's losses: a chat's 'tho' at the end asks nothing (sounds_like); with it, the
    question on Ukraine's own soldiers had been answered with Russia's losses."""
    assert lead(bot, "how many russian soldiers were killed or wounded in 2025", "and how many ukrainian soldiers tho") is None


def test_why_it_started_after_the_wars_length_is_the_wars_cause(bot):
    """"Why did it all begin?" after how long the war has lasted: 'it' is the war, and why it began no article says
    (the lexicon's out-of-scope causes); the war's length had been said again."""
    reply = conversation(bot, "How long has the war lasted so far?", "why did it all begin?")
    assert not reply.answered and reply.reason == "out-of-scope"


def test_breaking_one_part_out_from_another_asks_them_apart(bot):
    """"Break out the dead from the wounded": the parts of the combined losses asked apart ('separate', sounds_like), which
    no article gives; 'break' had been a word of no weight and the combined estimate was given."""
    reply = conversation(bot, "How many Russians have been killed or wounded since the invasion?",
                         "can you break out the dead from the injured?")
    assert not reply.answered


def test_a_question_word_with_did_run_into_it(bot):
    """"Why'd they join?", "how'd they get recruited?": 'why did', 'how did' run together (sounds_like); "why'd" had been a
    subject no fact holds and the question was refused."""
    assert lead(bot, "how'd the foreigners even get recruited, clout?") == "foreign-fighters-blog"


@pytest.mark.parametrize("q", ["Explain it like I'm five: what is a war crime?", "In simple words, what is a prisoner of war?"])
def test_a_term_asked_for_a_child_is_still_a_term_asked(bot, q):
    """"Explain like I'm 10: what is a prisoner of war?": the meaning of a term, asked in a child's words; read from the words
    the framing leaves (engine: define.term_asked on the reading too), it is what 'what is a prisoner of war?' is, and no
    count of prisoners answers it."""
    reply = conversation(bot, q)
    assert not reply.answered
