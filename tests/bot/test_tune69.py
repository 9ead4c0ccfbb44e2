"""Session 69's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead


@pytest.mark.parametrize("q", ["How old are these men, typically?", "what age are they normally"])
def test_typically_or_normally_only_hedges_the_question(bot, q):
    # "typically", "normally" beside a question were read as its subject, a word no fact holds, and the question refused
    assert lead(bot, q) == "prisoner-age-range"


def test_a_typical_swap_still_asks_a_count_no_article_gives(bot):
    # "typical" names a kind of exchange (how many in one swap): no article gives that count
    assert lead(bot, "How many Russians are handed over in a typical swap?") is None


def test_attackers_normally_is_still_what_armies_have_done_before(bot):
    # "attackers NORMALLY take more prisoners": the author's note on what attacking armies have done historically
    assert lead(bot, "the author says attackers typically capture more men", "so why is it the reverse in this war") \
        == "attackers-become-trapped"


@pytest.mark.parametrize("then, fact", [("and the mobilised men - what was their proportion?", "mobilised-share-blog"),
                                        ("so the sergeants, what's their own share?", "nco-share-news")])
def test_a_group_said_first_then_their_share_is_the_groups(bot, then, fact):
    # "and the NCOs, what is their share?": "their" points at the group just named, not at the last answer's officers
    assert lead(bot, "Only a small number of officers were captured, right?", then) == fact


def test_a_group_no_fact_counts_then_their_share_stays_refused(bot):
    assert lead(bot, "Only a small number of officers were captured, right?", "and generals, what is their share?") is None


@pytest.mark.parametrize("q", ["and Kyiv brought back how many of its own men?",
                               "ukraine got back how many of its own soldiers in those swaps?"])
def test_got_back_how_many_of_its_own_is_ukraines_men_home(bot, q):
    # "Ukraine got back how many of its own people?": the question asked where the men got back stand, after "back"; only
    # "got their own men back" was read as Ukraine's soldiers returned home, and this was refused as Ukraine's own side
    assert lead(bot, "How many Russian prisoners went home in the swaps?", q) == "ukrainians-home-in-exchanges"


def test_ukrainians_held_by_russia_stay_refused(bot):
    assert lead(bot, "How many Russian prisoners went home in the swaps?",
                "and how many of Ukraine's own soldiers does Russia still hold?") is None


@pytest.mark.parametrize("q, fact", [("how many Russian POWs handed back to Moscow so far?", "pows-returned-in-exchanges"),
                                     ("how many POWs handed themselves over?", "captured-by-end-2025")])
def test_pows_then_what_they_did_is_a_count_of_pows(bot, q, fact):
    # "POWs" is no word of the dictionary, so its plural did not end the counted phrase: "POWs HANDed back" was read as a
    # count of a "handful", which no count holds, and the question refused
    assert lead(bot, q) == fact


def test_a_count_of_ncos_handed_back_stays_refused(bot):
    assert lead(bot, "how many ncos handed back?") is None


@pytest.mark.parametrize("q", ["bonus q: which region do most of the prisoners come from?",
                               "quiz q: where were most of the prisoners captured?"])
def test_a_quiz_label_before_the_question_is_no_subject(bot, q):
    # "quiz q:", "trick question:", "bonus q:": a quiz-writer's label, read as words of the question and refused
    assert lead(bot, q) in ("most-captured-in-donetsk", "surrender-hotspots-blog")


def test_a_quiz_label_does_not_make_an_uncovered_count_answerable(bot):
    assert lead(bot, "pub quiz question: how many generals were captured?") is None


@pytest.mark.parametrize("q", ["the General Staff's figure for Russian dead-plus-wounded: above or below 1 million?",
                               "Russian casualties overall, more or less than two million?"])
def test_over_or_under_a_round_number_checks_the_figure(bot, q):
    # "over or under a million?": the figure checked against the visitor's round number, as "over a million?" is; "under" was
    # read as a subject, and "dead-plus-wounded" as a sum asked of the bot
    assert lead(bot, q) == "casualties-general-staff"


def test_a_sum_with_plus_between_figures_stays_refused(bot):
    assert lead(bot, "10,000 captured plus 6,000 returned makes 16,000?") is None


def test_a_losses_figure_checked_with_no_year_is_checked_against_the_whole_war(bot):
    # "russia lost N killed and wounded": "lost" is nearer the words of 2025's losses (420,000 in 2025 alone), which led; a
    # figure checked with no year is the whole war's, the General Staff's count
    assert lead(bot, "apparently the russians have lost three million dead and wounded - accurate?") == "casualties-general-staff"


@pytest.mark.parametrize("q", ["someone told me russia has had 900,000 casualties in 2025, right?", "is it true russia lost 420,000 men?"])
def test_a_losses_figure_of_one_year_is_still_checked_against_that_year(bot, q):
    assert lead(bot, q) == "casualties-2025"


@pytest.mark.parametrize("q, fact", [("is it true 200 russians surrender a day?", "weekly-surrender-average"),
                                     ("is it true 20 foreigners are captured every day?", "new-foreign-fighters-weekly")])
def test_a_rate_checked_per_day_is_checked_against_the_weekly_rate(bot, q, fact):
    # no fact counts by the day, and none carries the figure: the day was read as the subject and the check refused; the rate
    # the articles give, for their own period, answers it, said not to be the visitor's figure
    reply = conversation(bot, q)
    assert reply.answered and reply.statements[0].fact_id == fact
    assert reply.message.startswith("That is not the figure the articles give.")


def test_a_daily_count_asked_with_no_figure_stays_refused(bot):
    assert lead(bot, "how many surrender a day?") is None


@pytest.mark.parametrize("then, fact", [
    ("and that 420,000 for 2025 - is it the news report or the blog, and who counted it?", "casualties-2025"),
    ("ok and the 1,213,460, is that from the blog or the news one?", "casualties-general-staff")])
def test_is_that_the_blog_or_the_news_asks_which_article_gave_the_figure(bot, then, fact):
    # naming both articles, "is that the blog or the news one?" was read as "what does the other article say?", and no other
    # article gives the losses: refused. It asks which of them gave what was shown (the figure named, when one is)
    assert lead(bot, "someone online says russia has lost 3 million killed and wounded, is that so?", then) == fact


def test_asking_both_articles_for_a_figure_they_lack_is_not_taken_for_which_article(bot):
    assert lead(bot, "How many Russians have been captured?", "does the blog or the news report give a figure for NCOs?") \
        != "captured-by-end-2025"


def test_how_long_he_was_in_the_job_is_his_life_no_article_tells(bot):
    # "how long has he been in the job?" after the army chief: his time in office, which no article gives; the job's "how
    # long" was answered by how long the war has gone on
    assert lead(bot, "Name the Ukrainian army chief quoted on how much land Russia took in 2025.",
                "how long was he in the job?") is None


def test_how_long_the_war_has_gone_on_is_still_answered(bot):
    assert lead(bot, "Name the Ukrainian army chief quoted on how much land Russia took in 2025.",
                "how long has the war been going on?") == "war-almost-four-years"


def test_why_they_signed_up_is_what_drew_them_in(bot):
    # "why did they sign up?": the Kremlin's lures (pay, redemption, release), not Putin's answer to the collapse, which
    # led for its "forced recruitment"
    assert lead(bot, "why did these guys sign up?") == "recruitment-incentives"


def test_an_ordinary_russian_salary_is_the_national_average(bot):
    # "ordinary RUSSIAN salary": "ordinary" read alone is the rank-and-file's word ("ordinary soldiers"), and the follow-up
    # comparing the pay with it was refused
    assert lead(bot, "why did these guys sign up?", "and how did that money compare with an ordinary Russian salary?") \
        == "recruitment-incentives"


@pytest.mark.parametrize("q, fact", [("What has Putin done about the surrenders?", "putin-compensation-tactics"),
                                     ("what is the average russian wage?", None)])
def test_putins_answer_and_the_wage_itself_are_unchanged(bot, q, fact):
    assert lead(bot, q) == fact


@pytest.mark.parametrize("q", ["the names of the captured colonels?", "names of any officers taken prisoner pls"])
def test_names_of_men_are_given_by_no_article(bot, q):
    # "names of generals captured": the men by name, which no article gives; the illness facts (which name illnesses) and the
    # exchanges led instead
    assert lead(bot, q) is None


def test_the_names_of_the_illnesses_are_still_answered(bot):
    assert lead(bot, "what are the names of the illnesses?") in ("chronic-illness-news", "chronic-illness-blog")


@pytest.mark.parametrize("q", ["what is the most times anybody got captured?", "most times someone has been taken prisoner?"])
def test_one_mans_captures_counted_are_given_by_no_article(bot, q):
    # "the most times someone got caught": one man captured again and again, which no article counts; the record year led
    assert lead(bot, q) is None


def test_the_most_surrenders_in_a_week_is_still_the_record(bot):
    assert lead(bot, "What is the most surrenders in one week?") == "record-week-august-2024"


def test_which_word_the_headline_uses_is_what_the_headline_says(bot):
    # "what VERB does the news headline USE for …?": the word asked for was read as a subject no fact holds, and refused
    assert lead(bot, "which word does the news headline use for what the soldiers do to Putin?") == "headline-revolt"


@pytest.mark.parametrize("q", ["what term did the blog headline choose?", "what does the verb 'surrender' mean?"])
def test_other_questions_about_words_stay_refused(bot, q):
    assert lead(bot, q) is None


@pytest.mark.parametrize("first, then, fact", [
    ("How many Ukrainian soldiers have come home through swaps?", "is there an exact number I could cite, rather than hundreds?",
     "ukrainians-home-in-exchanges"),
    ("How many prisoners have chronic illnesses?", "is there an exact figure I can quote instead of 'hundreds'?", "chronic-illness-blog")])
def test_an_exact_figure_asked_rather_than_hundreds_is_the_last_answers(bot, first, then, fact):
    # "rather than 'hundreds'": the vague quantity the last answer gave, which an exact figure is asked instead of; "rather"
    # and "hundreds" were read as the question's own subject and it was refused
    assert lead(bot, first, then) == fact


def test_hundreds_or_thousands_still_asks_the_count(bot):
    assert lead(bot, "were hundreds or thousands ill?") in ("chronic-illness-news", "chronic-illness-blog")
