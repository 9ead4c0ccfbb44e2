"""Session 88's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead


@pytest.mark.parametrize("after, q, fact", [
    ("how many officers were captured", "The age of the captured men, it goes from what to what?", "prisoner-age-range"),
    ("what share were officers", "The ages of the captured soldiers, they range between what?", "prisoner-age-range"),
    ("how many were captured in total", "The hotline of Ukraine, how does it function?", "iwtl-channels"),
    ("how many were captured in total", "The captured Russians, are they treated humanely?", "geneva-treatment-guarantee"),
])
def test_a_topic_said_first_then_asked_of_a_pronoun_is_the_topic(bot, after, q, fact):
    # "the age of the prisoners, it is between what?": a French speaker's word order, the topic said first and a pronoun
    # for it in the question after; the pronoun was taken for the last answer (the officers), or the topic left unread
    assert lead(bot, after, q) == fact


def test_a_remark_before_a_pronoun_question_is_no_topic(bot):
    # "thanks, is it…": no determiner, no topic; the pronoun still points back at the last answer
    assert lead(bot, "how many were captured in total", "thanks, is it a record?") == lead(bot, "how many were captured in total", "is it a record?")


@pytest.mark.parametrize("q", ["Who is in charge of the project that the report draws its figures from?",
                               "who runs the hotline the news article drew those numbers from",
                               "and who operates the project the report draws the data from?"])
def test_a_project_described_by_the_data_drawn_from_it_is_asked_about(bot, q):
    # "the project the news report DRAWS ITS DATA FROM": taking data from a source, not a draw luring men in; and "the news
    # REPORT" there is the article, not who reports the last answer (which answered "who says so?" of the analysts)
    assert lead(bot, "what do the analysts call the I Want to Live project?", q) == "iwtl-what-it-is"


def test_who_reports_the_last_answer_still_asks_its_source(bot):
    assert lead(bot, "how many russians have been captured", "and who reports that?") == "captured-by-end-2025"


@pytest.mark.parametrize("q", ["Is the blogger sympathetic towards Putin?", "is the blog writer critical of putin",
                               "The writer of the blog, is he pro-Putin?"])
def test_where_the_writer_stands_on_putin_is_his_view_of_putin(bot, q):
    # "is the author SYMPATHETIC WITH Putin?": where the writer stands, which his views of Putin answer; the stance word,
    # held by no fact, was taken for the subject and the question refused
    assert lead(bot, q) in {"putin-losing-belief-opinion", "loyalty-and-money-opinion", "putin-compensation-tactics"}


def test_a_stance_on_someone_no_fact_speaks_of_stays_refused(bot):
    assert lead(bot, "is the author sympathetic to Zelensky?") is None


@pytest.mark.parametrize("q", ["Percentages by service: contract men, mobilised men, conscripts.",
                               "The mix by kind of enlistment: contract, mobilised, conscripted",
                               "shares by status - contract troops, mobilised men, conscripts"])
def test_a_split_headed_then_listed_by_commas_gives_each_share(bot, q):
    # "Breakdown by terms of service: contract, mobilised, conscript.": the kinds listed by commas alone after a heading;
    # no fact holds all three, and the whole turn was refused
    reply = conversation(bot, q)
    assert reply.answered and [s.fact_id.split("-")[0] for s in reply.statements] == ["contract", "mobilised", "conscripts"]


def test_a_heading_with_a_hyphenated_kind_is_no_split_heading(bot):
    # "rank-and-file" holds a hyphen, which is no heading's dash: the three shares stay as listed
    assert lead(bot, "what are the shares for rank-and-file, NCOs and officers?",
                "do those add up to 100 percent?") == "rank-breakdown-sum"


@pytest.mark.parametrize("q", ["What part of the prisoners have a casier judiciaire?", "how many POWs had a judicial record",
                               "the captured men with a criminal casier, how many are they?"])
def test_a_french_speakers_casier_is_a_criminal_record(bot, q):
    # "casier (judiciaire)": a French speaker's word for a criminal record, spell-corrected to "easier" and refused
    assert lead(bot, q) == "criminal-records"


@pytest.mark.parametrize("q", ["does the author see the surrenders in those places as one-offs?",
                               "does the author call what happens in those places isolated incidents?",
                               "is the blog saying the surrenders in those areas are flukes?"])
def test_the_last_answers_places_pointed_at_are_no_subject_of_their_own(bot, q):
    # "the surrenders IN THOSE PLACES": the places just named, as "there"; read as a place idea of their own, a fact naming
    # other places (Zaporizhzhia, Kursk) led, or nothing held both and the question was refused
    assert [s.fact_id for s in conversation(bot, "where are most of the prisoners captured?", q).statements] == ["broader-failure-opinion"]


def test_why_in_those_places_still_asks_what_the_places_share(bot):
    # (the place's reason, place_reasons: the same as "why there?")
    assert lead(bot, "where are most of the prisoners captured?", "why do they give up in those places?") \
        == lead(bot, "where are most of the prisoners captured?", "why there?") is not None


@pytest.mark.parametrize("q", ["and how large is Russia?", "what about the area of russia?", "and Russia's total size, in km?"])
def test_russias_own_size_is_refused_after_ukraines(bot, q):
    # "how big is Russia?" after Ukraine's size: no article gives Russia's area; the area Sourced computed from the share of
    # Ukraine Russia took was given as if it were Russia's size
    assert lead(bot, "how big is ukraine?", q) is None


def test_ukraines_size_is_still_answered(bot):
    assert lead(bot, "how large is Ukraine?") == "territory-taken-2025"


@pytest.mark.parametrize("q", ["since when has Syrskii been the army chief?", "and since when is he commander-in-chief?",
                               "Syrskii, since when is he in charge?"])
def test_the_named_chiefs_time_in_office_is_refused(bot, q):
    # "since when is he the chief of the army?": his time in office, which no article gives; the fact that names him
    # (his claim about the ground taken) was given again
    assert lead(bot, "how much land did Russia take in 2025?", q) is None


def test_since_when_of_the_capture_ratio_is_still_answered(bot):
    assert lead(bot, "since when has Ukraine been capturing more soldiers than it loses?") == "captures-reversed-since-june-2023"


@pytest.mark.parametrize("q", ["will they get into trouble back in Russia?", "are they in big trouble once they are home?",
                               "do the ones who gave up get in trouble at home"])
def test_getting_in_trouble_at_home_is_being_punished(bot, q):
    # "do they GET IN TROUBLE when they go back home?": punished, which no article reports; "go back home" was read as the
    # exchanges and the count of men handed back given
    assert lead(bot, "how many were handed back in exchanges?", q) is None


def test_trouble_with_the_law_is_still_a_criminal_past(bot):
    assert lead(bot, "had many of the prisoners been in trouble with the law?") == "criminal-records"
