"""The tuner round of TUNER28 on tuning-p, -u, -r, -o, -j, -h, -k and -l: one test per cause tuned, each in a wording of its own."""
from __future__ import annotations

import pytest

from . import lead, reply_to


@pytest.mark.parametrize("question", ["how did they get men from abroad to go and fight",
                                      "how do they get foreigners to sign up for russia"])
def test_getting_someone_to_fight_is_recruiting_them(bot, question):
    """"Get X to fight / to join": how they were brought in, not the getting back of prisoners (another fact's "getting
    them back")."""
    assert lead(bot, question) == "foreign-fighters-blog"


def test_getting_them_back_is_still_the_exchange_question(bot):
    assert lead(bot, "does russia bother getting its foreign fighters back") == "foreign-fighters-abandoned"


@pytest.mark.parametrize("question, facts", [
    ("what share of the captives were contract men as opposed to men who got drafted", {"contract-share-blog", "contract-share-news"}),
    ("how many of the prisoners were privates, rather than their commanders", {"rank-and-file-share-blog", "rank-and-file-share-news"}),
])
def test_a_group_set_against_the_one_asked_is_no_subject(bot, question, facts):
    """"What share were X rather than / as opposed to Y?": the share of X; Y is only what X is told from."""
    assert lead(bot, question) in facts


def test_a_contrast_within_one_idea_or_with_a_name_no_fact_holds_is_still_refused(bot):
    assert lead(bot, "how many were killed as opposed to wounded") is None
    assert lead(bot, "what share served with wagner rather than with other private armies") is None


def test_a_yes_no_question_said_as_a_statement_has_its_own_frame(bot):
    """"Russia takes them back?" after a count: a yes/no question without its "does", not the last question's count again
    (which no fact about getting them back carries)."""
    assert lead(bot, "how many mercenaries were taken prisoner", "russia takes those guys back?") == "foreign-fighters-abandoned"
    assert lead(bot, "how many of the captured are foreigners", "russia swaps them?") == "foreign-fighters-abandoned"


def test_a_statement_question_ending_too_still_asks_the_last_count(bot):
    assert lead(bot, "how many officers were captured", "they surrendered as well?") in {"officers-share-news", "officers-share-blog"}


@pytest.mark.parametrize("question", ["which conclusion did the writer of the blog draw", "did the blogger draw a conclusion from the exchanges"])
def test_drawing_a_conclusion_is_concluding(bot, question):
    """"What conclusion does he DRAW?": what he concludes (his view), not the drawing in of recruits."""
    reply = reply_to(bot, question)
    assert reply.answered and bot.store.facts[reply.statements[0].fact_id].kind == "opinion"


def test_what_drew_recruits_in_keeps_its_draw(bot):
    assert lead(bot, "what drew men from abroad to fight for russia") == "foreign-fighters-blog"


def test_a_year_asked_after_a_sourced_figure_asks_the_thing_counted_in_that_year(bot):
    """"And in 2025 alone?" after the General Staff's estimate: the losses in 2025, whoever gives them; the source's name and
    "estimate" are not what a figure for that year must hold."""
    assert lead(bot, "give me the general staff's estimate of russian losses", "what about just 2025?") == "casualties-2025"


def test_a_year_no_fact_counts_it_in_stays_refused(bot):
    assert lead(bot, "give me the general staff's estimate of russian losses", "what about just 2023?") is None


def test_which_ones_asked_after_an_answer_is_not_answered_by_a_fact_naming_none(bot):
    """"Which illnesses?" after the sick prisoners: a fact that speaks of them only as "sick soldiers" names none of the
    illnesses; the one naming tuberculosis and HIV answers."""
    assert lead(bot, "were there ill men among the captured", "which illnesses exactly") in {"chronic-illness-news", "chronic-illness-blog"}


def test_which_ones_no_fact_names_stays_refused(bot):
    assert lead(bot, "which countries did the foreign recruits come from") is None
