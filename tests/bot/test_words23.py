"""Session 23's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead


@pytest.mark.parametrize("q", ["is Russia losing?", "are the Russians losing the war", "is the Russian army losing?"])
def test_is_russia_losing_is_the_authors_view_not_a_casualty_count(bot, q):
    # "losing" is the lexicon's word for losses; asked of a side with nothing after it, it asks who is losing, and the one
    # answer the articles give is the blog author's view that Putin is losing on the front of belief
    assert lead(bot, q) == "putin-losing-belief-opinion"


def test_losing_men_is_still_a_count(bot):
    assert lead(bot, "is Russia losing many men?") == "casualties-general-staff"


def test_who_is_losing_more_men_is_not_who_is_losing_the_war(bot):
    # "who is losing MORE MEN" compares the sides' losses as prisoners; "who is losing?" alone is the war's outcome
    assert lead(bot, "who is losing more men?") == "captures-reversed-since-june-2023"
    assert lead(bot, "who is losing the war?") is None


@pytest.mark.parametrize("q, fact", [
    ("Would you be good enough to tell me where the most prisoners were taken?", "most-captured-in-donetsk"),
    ("Might you be so good as to remind me how long the war has lasted?", "war-almost-four-years"),
    ("Do pardon my ignorance, but how many prisoners are there?", "captured-by-end-2025"),
])
def test_a_request_to_be_told_is_not_what_is_asked(bot, q, fact):
    # "so kind as to", "kindly", "do pardon my ignorance, but": the asking, not a subject; read as words they made it refused
    assert lead(bot, q) == fact


@pytest.mark.parametrize("q, fact", [
    ("why on earth do they give themselves up?", "surrender-as-survival"),
    ("how long has this terrible war lasted?", "war-almost-four-years"),
])
def test_the_weight_put_on_a_question_is_not_its_subject(bot, q, fact):
    assert lead(bot, q) == fact


def test_a_claim_the_visitor_heard_is_put_up_to_be_checked(bot):
    # "I've heard that…" introduces the claim, as "I suppose…" does; "unwell" is a word for ill
    assert lead(bot, "I've heard that lots of the prisoners are unwell, with what?") in {"chronic-illness-blog", "chronic-illness-news"}


def test_wait_before_a_question_is_surprise_not_its_topic(bot):
    # "wait when was that?" was read as a fronted topic ("when was wait?"), "wait, where is Donetsk?" missed the place reading
    assert lead(bot, "what's the biggest number of surrenders in a single week?", "wait, when was that?") == "record-week-august-2024"
    assert lead(bot, "wait where is donetsk") == "most-captured-in-donetsk"


@pytest.mark.parametrize("q, fact", [
    ("tbh whats the i want to live thing", "iwtl-what-it-is"),
    ("why would u even give up tbh its so sketchy", "surrender-as-survival"),
    ("lol what is the project even", "iwtl-what-it-is"),
])
def test_a_texters_fillers_and_verdicts_are_not_what_is_asked(bot, q, fact):
    assert lead(bot, q) == fact


def test_a_price_paid_in_men_is_the_casualties(bot):
    assert lead(bot, "how much ground did the Russians take in 2025?", "and how much did that advance cost them in lives?") == "casualties-2025"


def test_a_long_note_of_what_the_answer_is_for_is_taken_off(bot):
    assert lead(bot, "for my school presentation I have to explain it: what is I Want to Live?") == "iwtl-what-it-is"


@pytest.mark.parametrize("q", ["if a soldier gives himself up, will they give him food and a doctor?",
                               "will the prisoners be allowed to call their families?"])
def test_a_promise_to_a_man_who_surrenders_asked_ahead_is_not_a_forecast(bot, q):
    # "will they…" is read as a forecast of the war; asked of what a man who surrenders gets, it is the Geneva guarantee
    assert lead(bot, q) == "geneva-treatment-guarantee"


def test_a_forecast_is_still_refused(bot):
    assert lead(bot, "will they release all the prisoners after the war?") is None


def test_may_asking_leave_is_not_the_month(bot):
    assert lead(bot, "may a prisoner send word to his family?") == "geneva-treatment-guarantee"
    assert lead(bot, "how many gave up in May 2024?") is None


def test_getting_word_to_the_family_is_reaching_them_not_the_families_themselves(bot):
    assert lead(bot, "what are men who surrender promised?", "so can such a man send word to his family?") == "geneva-treatment-guarantee"
    assert lead(bot, "how are the families of captured men treated?") is None


def test_wait_before_a_quantity_is_surprise(bot):
    assert lead(bot, "wait most of them had criminal records??") == "criminal-records"


def test_a_yes_no_question_of_its_own_after_another_subject_is_read_on_its_own(bot):
    # "do they get meds?" after the illnesses: "they" are the prisoners, and medicine is the question's own subject
    assert lead(bot, "so some of them have tuberculosis?", "do they get medicine in ukraine though") == "geneva-treatment-guarantee"


def test_asking_leave_to_ask_is_a_greeting_and_carries_no_subject(bot):
    # "Might I ask you a few questions about…?" was answered with an opinion, and its words carried into the next question
    assert lead(bot, "Might I ask you a few questions about the men who gave up?") is None
    assert lead(bot, "Might I ask you a few questions about the men who gave up?", "what illnesses do they have?") in \
        {"chronic-illness-blog", "chronic-illness-news"}


def test_an_aside_before_the_asking_leaves_the_question(bot):
    # "I wonder, if it's not too much trouble, who…": the aside sat between the asking and its question word; a tally is a count
    assert lead(bot, "how many Russians had been captured by the end of 2025?",
                "I wonder, if it isn't too much trouble, who made that tally?") == "captured-by-end-2025"


def test_the_author_named_the_long_way_round(bot):
    assert lead(bot, "does the chap who wrote the blog think prisoners are better off than in their own army?") == \
        "treatment-an-upgrade"


def test_gaining_any_ground_is_taking_land(bot):
    assert lead(bot, "has Russia been gaining much ground?") in {"territory-taken-2025", "territory-taken-2025-area"}


def test_which_towns_were_taken_is_never_given(bot):
    # the land taken is an area; no fact names the towns, so a neighbouring fact on places must not answer
    assert lead(bot, "did Russia gain territory?", "what cities did the Russians capture?") is None


def test_how_safe_a_place_is_is_never_given_but_surrendering_safely_is(bot):
    assert lead(bot, "is Donetsk one of the places where most were caught?", "is it safe there now?") is None
    assert lead(bot, "is it safe to surrender?") is not None


def test_where_men_ended_up_is_where_they_were_sent(bot):
    assert lead(bot, "were many recruits lied to about their jobs?", "so where did the recruits really end up?") == \
        "sent-untrained-into-drone-zones"
    assert lead(bot, "where were the recruits sent?") == "sent-untrained-into-drone-zones"


@pytest.mark.parametrize("q, fact", [
    ("what's the strongest evidence that recruits were deceived?", "coerced-or-misled"),
    ("give me the best stat to prove recruits were misled", "coerced-or-misled"),
])
def test_a_debaters_call_for_evidence_asks_about_the_claim(bot, q, fact):
    assert lead(bot, q) == fact


def test_what_is_set_aside_with_not_just_is_not_asked(bot):
    # ("adding to the total" had led with the two earlier years' sum, not the record year)
    assert lead(bot, "are surrenders speeding up, not just adding to the total?") == "record-year-2025"


def test_a_relatives_story_checked_with_is_that_common(bot):
    # the story before "is that common?" is the claim checked; "my nephew" is a soldier like any; "freed" is released
    assert lead(bot, "My nephew was let out of jail to fight, on a promise he'd be set free. Is that usual?") == \
        "recruitment-incentives"


def test_a_list_of_the_prisoners_is_never_given(bot):
    assert lead(bot, "is there a list of the prisoners anywhere?") is None


def test_the_name_of_the_chatbot_is_never_given(bot):
    assert lead(bot, "what's the name of the chatbot a soldier could use to surrender?") is None
    assert lead(bot, "what's the name of the bot my husband could message to give up?") is None


def test_three_shares_asked_at_once_are_given_side_by_side(bot):
    reply = conversation(bot, "what were the percentages for officers, NCOs and the rank and file?")
    assert reply.answered and {s.fact_id for s in reply.statements} >= {"officers-share-news", "nco-share-news",
                                                                        "rank-and-file-share-news"}
    # and "do they add up?" next is about those shares
    assert lead(bot, "what were the percentages for officers, NCOs and the rank and file?", "do those add up to 100?") == \
        "rank-breakdown-sum"


def test_data_and_stats_are_words_for_figures_not_a_subject(bot):
    # "whose data is that based on?" asks who stands behind the last answer, as "whose figures…" does
    assert lead(bot, "did more give up in 2025 than in 2022 and 2023 together?", "whose stats is that built on?") == \
        "surrenders-2025-exceed-2022-2023"


@pytest.mark.parametrize("q", ["how does the blogger round it all up at the end?", "how does the author finish the piece?"])
def test_how_the_post_ends_is_its_conclusion(bot, q):
    assert lead(bot, q) == "putin-losing-belief-opinion"


def test_how_a_count_is_made_is_never_given(bot):
    assert lead(bot, "has the Coordination Headquarters explained how it counts?") is None


def test_a_story_checked_with_have_others_been_told_the_same(bot):
    assert lead(bot, "My brother was promised a job in the rear. Have other men been told the same?") == "coerced-or-misled"


def test_what_becomes_of_them_is_what_happens_to_them(bot):
    assert lead(bot, "what became of the men handed back to Russia in swaps?") == "exchange-priorities"


def test_a_wrong_claim_of_who_runs_the_project_gets_who_does(bot):
    assert lead(bot, "is it true the scheme is run by the Red Cross?") == "iwtl-what-it-is"
    assert lead(bot, "is the project paid for by the Americans?") is None  # (who funds it: no fact says)


def test_a_dictated_weather_before_a_clause_is_whether(bot):
    assert lead(bot, "weather or not he is near the front can a soldier still use the project") == "iwtl-path-to-surrender"
    assert lead(bot, "what is the weather like on the front?") is None


def test_a_prisoner_by_name_is_never_given(bot):
    assert lead(bot, "does the blog mention any of the captured men by name?") is None


def test_where_and_when_the_visitor_read_it_is_not_asked(bot):
    # "…in the paper last week" had carried "last week" into the next question as a time asked about
    assert lead(bot, "I read about the swaps in the paper last week.",
                "how many Russians have been handed back to Moscow in those swaps so far?") == "pows-returned-in-exchanges"


def test_how_many_fell_is_how_many_died_not_a_decline(bot):
    # the dead alone are no figure the articles give (they give the killed and wounded together): refused as "died" is,
    # with the reason ("fell" was a word no fact holds)
    fell, died = conversation(bot, "how many Russian soldiers have fallen?"), conversation(bot, "how many Russian soldiers have died?")
    assert not fell.answered and fell.message == died.message
