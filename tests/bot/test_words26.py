"""Session 26's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead


@pytest.mark.parametrize("q, fact", [
    ("Good evening. My late wife was a cook and always said soldiers fight on their stomachs. I heard on the radio the Russian "
     "boys go hungry. What do the captured men say about life in their own army?", "conditions-in-russian-army"),
    ("When I was young my uncle came home from the war a changed man. I think about him a lot. How long has this war been "
     "going on now?", "war-almost-four-years"),
])
def test_a_question_after_remarks_about_the_visitor_is_read_alone(bot, q, fact):
    # sentences about the visitor's own life first, the question last: the remarks' words (sailor, history, computers)
    # had outweighed the question's and the whole turn was refused
    assert lead(bot, q) == fact


def test_remarks_before_a_question_the_articles_do_not_cover_still_end_in_a_refusal(bot):
    reply = conversation(bot, "My late brother was a mechanic. What jobs did the prisoners have before they joined up?")
    assert not reply.answered


@pytest.mark.parametrize("q", ["What's Ukraine's own death toll?", "what is ukraine's death toll", "ukraine's army deaths?"])
def test_ukraines_own_death_toll_is_the_other_side(bot, q):
    # Ukraine's own dead: no article counts them (it had been answered with Russia's casualties since the invasion)
    reply = conversation(bot, q)
    assert not reply.answered and reply.reason == "out-of-scope"


@pytest.mark.parametrize("q", ["What sort of jobs did they do before they joined up?", "what did they do for a living?",
                               "what work did the men have before the war?"])
def test_the_mens_working_lives_before_the_army_are_not_covered(bot, q):
    # no article says what the men did for a living (it had been answered with the recruits tricked about their jobs)
    assert not conversation(bot, q).answered


def test_jobs_the_recruits_were_promised_are_still_answered(bot):
    assert lead(bot, "Were soldiers lied to about their jobs?") == "coerced-or-misled"


@pytest.mark.parametrize("q", ["whats the record for most surrenders in 1 day", "what was the record for surrenders in 1 day?"])
def test_one_day_typed_as_a_digit_is_a_period_not_a_figure(bot, q):
    # "in 1 day": no article gives a day's record (the 1 had been read as a figure some fact holds, and the week's record
    # answered for a day's)
    assert not conversation(bot, q).answered


def test_one_week_typed_as_a_digit_still_finds_the_weeks_record(bot):
    assert lead(bot, "whats the record for most surrenders in 1 week") == "record-week-august-2024"


@pytest.mark.parametrize("then", ["who vouches for that?", "on whose authority?", "Does the report back that with any source?",
                                  "Is that body Ukrainian or international?",
                                  "is that claim unattributed?", "does it say where that comes from?"])
def test_who_stands_behind_the_last_answer_gets_its_claimant(bot, then):
    # asked who stands behind the figure just given: who makes the claim and where it was reported (these had been refused,
    # or answered with the weekly pace, the foreign fighters or the places most were taken)
    reply = conversation(bot, "how many Russians have surrendered?", then)
    assert reply.answered and reply.statements[0].fact_id == "captured-by-end-2025"
    assert "who makes that claim" in reply.message


def test_whether_the_other_article_backs_the_last_answer_up_is_not_a_who_says(bot):
    # "does the news report back that up…?" asks what the other article says, not who makes the claim
    reply = conversation(bot, "what does the blog say about 2025?", "does the news report back that up in any way?")
    assert "who makes that claim" not in reply.message


@pytest.mark.parametrize("then", ["is that in both articles?", "do both articles give that?", "is it in both?",
                                  "is that only in one article?"])
def test_whether_both_articles_give_the_last_answer_says_only_one_does(bot, then):
    # the count of prisoners is the blog's alone: the reply says so and shows it (these had been answered with the shares by
    # rank or the pace of surrenders, another subject)
    reply = conversation(bot, "how many Russians have surrendered?", then)
    assert reply.reason == "other-article"
    assert [s.fact_id for s in reply.related] == ["captured-by-end-2025"]


@pytest.mark.parametrize("then", ["is that in both articles?", "do they both say that?", "is it in both?"])
def test_whether_both_articles_give_a_share_both_give_shows_both(bot, then):
    reply = conversation(bot, "how many officers were captured?", then)
    assert reply.answered and {s.fact_id for s in reply.statements[:2]} == {"officers-share-blog", "officers-share-news"}


@pytest.mark.parametrize("then", ["can you elaborate?", "expand on that", "could you expand?", "keep going",
                                  "can you go into more detail?"])
def test_asking_for_more_in_other_words_gets_what_tell_me_more_gets(bot, then):
    # these had been refused (no fact holds "elaborate", "expand") or answered with another subject (what each surrender
    # brings Ukraine after the officers' share)
    first = "how many officers were captured?"
    assert lead(bot, first, then) == lead(bot, first, "tell me more") is not None


@pytest.mark.parametrize("then", ["and the year before?", "what about the previous year?"])
def test_the_year_before_a_refused_years_count_is_refused_too(bot, then):
    # no article counts the surrenders of one year, 2025 or 2024 (the year before had been answered with the share who have
    # criminal records, on the word "before")
    first = "how many Russians surrendered in 2025?"
    assert not conversation(bot, first).answered
    assert not conversation(bot, first, then).answered


@pytest.mark.parametrize("q", ["who's in charge of the surrender hotline?", "whose project is I Want to Live?",
                               "who is responsible for the hotline?"])
def test_who_runs_the_project_asked_in_other_words(bot, q):
    # what the project is and who runs it (these had been refused on "in charge", the army chief's words, or answered with
    # the project's shares by rank: "whose" read as whose figures)
    assert lead(bot, q) == "iwtl-what-it-is"


def test_who_is_in_charge_of_an_army_is_still_the_army_chief(bot):
    assert lead(bot, "Who's in charge of Kyiv's army?") == "territory-taken-2025"


@pytest.mark.parametrize("q, fact", [
    ("does Ukraine treat them decently?", "geneva-treatment-guarantee"),  # ("decently" had been corrected to "recently")
    ("what's it like being a POW in Ukraine?", "geneva-treatment-guarantee"),
    ("do they have better lives as prisoners?", "treatment-an-upgrade"),  # (lives: life, not the project's "live")
])
def test_life_in_captivity_asked_in_everyday_words(bot, q, fact):
    # these had been refused or answered with what each surrender brings Ukraine, or with what I Want to Live is
    assert lead(bot, q) == fact



def test_how_many_ukrainians_russia_did_capture_is_the_other_side(bot):
    # "capture" (not "captured"): Ukraine's soldiers held by Russia, which no article counts (it had been answered with the
    # Ukrainians brought home in exchanges)
    reply = conversation(bot, "how many Russians have surrendered?", "and how many Ukrainians did Russia capture?")
    assert not reply.answered and reply.reason == "out-of-scope"


@pytest.mark.parametrize("q", ["which prisons hold them?", "what camps keep the prisoners?"])
def test_which_prisons_hold_the_captives_is_not_covered(bot, q):
    # where the prisoners are held: no article says (it had been answered with the share who have criminal records)
    assert not conversation(bot, "how many Russians have surrendered?", q).answered


@pytest.mark.parametrize("q", ["what pushes Russian troops to lay down arms?", "what makes them quit fighting?",
                               "why are Russian soldiers deserting to Ukraine?", "what are the reasons behind the surge in surrenders?"])
def test_why_they_surrender_in_other_words_gets_a_reason(bot, q):
    # "lay down arms", "quit fighting", "deserting to Ukraine" are surrendering; "the surge" is the rise in surrenders: each
    # had been refused on a word no fact holds. The lead gives a reason or a view, not a count
    reply = conversation(bot, q)
    assert reply.answered
    assert bot.store.facts[reply.statements[0].fact_id].kind in ("claim", "opinion")


def test_a_refused_subject_answered_by_a_follow_up_stays_the_subject(bot):
    # the killed alone: refused (the articles count the killed and wounded together); "who estimates that?" is answered
    # with the General Staff's estimate; "what about 2025?" then asks for 2025's losses (it had been refused: the
    # conversation's subject had become "estimate")
    assert lead(bot, "how many Russian soldiers have been killed?", "who estimates that?", "what about 2025?") == "casualties-2025"


def test_what_thing_after_a_why_asks_for_that_thing_not_the_why_again(bot):
    # "what illnesses?" after "why are they sick?" asks which illnesses (the chronic ones the articles list), not why again
    # (it had been answered with the author's view that the sick were treated as expendable)
    assert lead(bot, "why are Russian soldiers sick?", "what illnesses?") in ("chronic-illness-news", "chronic-illness-blog")


@pytest.mark.parametrize("q, facts", [
    ("why did the surrenders stop in 2024?", {"record-year-2025", "surrenders-2025-exceed-2022-2023", "weekly-surrender-average"}),
    ("why are surrenders falling?", {"record-year-2025", "surrenders-2025-exceed-2022-2023", "weekly-surrender-average"}),
    ("why did so few surrender in 2025?", {"record-year-2025", "surrenders-2025-exceed-2022-2023"}),
])
def test_a_why_resting_on_a_false_premise_gets_the_figure_that_settles_it(bot, q, facts):
    # the surrenders did not stop or fall (2025 was the record year): the fact giving the real figure leads (these had been
    # refused, or answered with where soldiers were captured)
    assert lead(bot, q) in facts


def test_ivans_is_slang_for_russian_soldiers(bot):
    # (it had been refused on a word no fact holds, as "orcs" and "vatniks" once were)
    assert lead(bot, "how many ivans surrendered") == "captured-by-end-2025"


@pytest.mark.parametrize("then", ["where can I read more?", "what's the title of the article?"])
def test_where_to_read_the_last_answers_article_gets_its_record(bot, then):
    # the record of the article the last answer came from: its title, outlet and date (these had been refused or answered
    # with the blog author's view)
    reply = conversation(bot, "how many Russians surrender each week?", then)
    assert reply.answered and reply.statements[0].fact_id == "source:news-record-surrenders"


@pytest.mark.parametrize("then", ["which paragraph says that?", "what paragraph is that in?", "where in the article is that?"])
def test_which_paragraph_gives_the_last_answer_gets_where_it_was_reported(bot, then):
    # the last answer with who makes the claim and where it was reported (it had been answered with the headline)
    reply = conversation(bot, "how many Russians surrender each week?", then)
    assert reply.answered and reply.statements[0].fact_id == "weekly-surrender-average"
    assert "where it was reported" in reply.message


@pytest.mark.parametrize("then", ["how many in total?", "and overall?", "how many altogether?", "and the total?", "since 2022?"])
def test_the_total_after_the_weekly_pace_is_the_running_count(bot, then):
    # after the weekly pace, a total asks for the count of prisoners so far, not the week's (these had been answered with
    # the weekly pace again or the record week)
    assert lead(bot, "how many Russians surrender each week?", then) == "captured-by-end-2025"


def test_a_long_run_of_letters_is_read_at_once(bot):
    # the fronted-topic pattern tried every way of cutting a long unspaced run of letters into words (60 letters took
    # seconds, a fuzzed question never finished); the run is one word now, and the question is refused at once
    assert not conversation(bot, "a" * 400 + "! what is it?").answered
    assert not conversation(bot, "x" * 400).answered
