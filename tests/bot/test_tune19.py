"""Session 19's tuner round on tuning-y and tuning-v (TUNER19): one test per cause tuned, each in a wording of its own."""
from __future__ import annotations

import pytest

from . import lead, reply_to


def test_a_day_is_not_given_by_a_fact_dated_to_a_month(bot):
    """"On which day of August?": the record week is dated to a month only, so the day is refused and that fact offered;
    "when was it?" is still answered by it."""
    for question in ("on what day of august was the record set", "what were the precise dates of the busiest week"):
        reply = reply_to(bot, question)
        assert not reply.answered
        assert [s.fact_id for s in reply.related] == ["record-week-august-2024"]
    assert lead(bot, "when did the busiest week of surrenders happen") == "record-week-august-2024"


def test_a_wordless_follow_up_after_a_figure_alone_asks_about_the_last_answer(bot):
    """"What's 1,213,460?" names only a figure, so the conversation has no subject words; "who says so?" next still asks who
    gives the figure just shown, not nothing at all."""
    assert lead(bot, "1,213,460 - what is that?", "and who says so") == "casualties-general-staff"
    assert lead(bot, "10,000?", "who counted it") == "captured-by-end-2025"


@pytest.mark.parametrize("question, fact", [
    ("are the prisoners looked after properly now that they're in ukraine", "geneva-treatment-guarantee"),
    ("is it true they'd get citizenship for fighting", "foreign-fighters-blog"),
])
def test_a_pronoun_run_together_with_its_verb_is_no_subject_word(bot, question, fact):
    """"they're", "they'd", "it's" are "they are", "they would", "it is": function words, not a thing asked about that no fact
    names (which refused the question)."""
    assert lead(bot, question) == fact


def test_who_worked_a_figure_out_asks_who_gives_it(bot):
    """"Who came up with that?", "who figured it out?" after a figure ask who makes the claim, as "who says that?" does."""
    assert lead(bot, "how many russians have been killed or wounded overall", "who came up with that") == "casualties-general-staff"
    assert lead(bot, "1,213,460 - what is that?", "ok and who figured it out") == "casualties-general-staff"


@pytest.mark.parametrize("question, fact", [
    ("what do the gin evo conventions promise prisoners", "geneva-treatment-guarantee"),
    ("were many caught near back mute", "surrender-hotspots-blog"),
    ("what share were mobile eyes", "mobilised-share-news"),
])
def test_a_name_dictated_as_everyday_words_is_read_as_the_name(bot, question, fact):
    """A phone hears "Geneva" as "gin evo", "Bakhmut" as "back mute", "mobilised" as "mobile eyes": read as the name, the
    question finds its fact. (The project's name heard as "I want to leave" was tried and left out at the merge in session 17:
    it cost a held-out set a refusal for two answers.)"""
    assert lead(bot, question) == fact


def test_how_long_after_a_date_asks_a_length_not_the_date_again(bot):
    """"When did the full-scale invasion begin?", then "how long has it lasted so far?": a length of time, not the last
    question's "when", which led with the date again or refused."""
    assert lead(bot, "when did the full-scale invasion begin", "how long has it lasted so far") in ("war-almost-four-years", "war-in-fourth-year")
