"""Session 17: visitors' questions of my own that the bot got wrong, one test per cause, each failing before its fix."""
from __future__ import annotations

import pytest

from . import lead, reply_to


@pytest.mark.parametrize("question", [
    "did Ukraine invade Russia?",
    "has the Ukrainian army ever gone into Russia",
    "when did Kyiv's forces enter Kursk?",
    "did ukraine take territory in russia",
])
def test_ukraine_moving_into_russia_is_kyivs_incursion(bot, question):
    """Ukraine the one moving and Russia's soil the place: the Kursk incursion, not Russia's invasion nor the land Russia took."""
    assert lead(bot, question) == "captured-zaporizhzhia-kursk"


def test_russia_moving_into_ukraine_is_still_the_war(bot):
    assert lead(bot, "when did Russia invade Ukraine?") == "full-scale-invasion-february-2022"
    assert lead(bot, "how much land did Russia take last year?") == "territory-taken-2025"


@pytest.mark.parametrize("question, fact", [
    ("for the handout: who counts the Russian prisoners?", "captured-by-end-2025"),
    ("For the glossary: what is the I Want to Live project?", "iwtl-what-it-is"),
])
def test_what_the_answer_is_for_is_no_part_of_the_question(bot, question, fact):
    """"for the glossary:", "for my notes -": what the answer is for, not a subject no fact holds."""
    assert lead(bot, question) == fact


def test_ukr_is_ukraine_on_a_phone(bot):
    assert lead(bot, "how many rus soldiers has ukr taken prisoner") == "captured-by-end-2025"


@pytest.mark.parametrize("question, fact", [
    ("I'm on the side that says the Russian army is falling apart. How many Russians give up in an average week?", "weekly-surrender-average"),
    ("Let's move on to the foreign recruits, which I find fascinating. From how many countries did the mercenaries come?",
     "mercenaries-news"),
])
def test_a_remark_before_a_wh_question_that_stands_alone_is_not_asked(bot, question, fact):
    assert lead(bot, question) == fact


def test_a_remark_before_a_question_that_points_back_to_it_is_kept(bot):
    """"My friend says 40% are criminals. Where does that come from?": 'that' is the remark, which is then asked about."""
    assert lead(bot, "I read that 40% of them have a criminal record. Who says that?") == "criminal-records"


def test_a_which_noun_added_at_the_end_names_the_thing_asked_for(bot):
    """"where are they kept, like which prisons?" after the count: prisons no fact names, not the nearest fact on 'keep'."""
    assert not reply_to(bot, "where do they keep them all, like which camps", after="how many Russian POWs are there?").answered


@pytest.mark.parametrize("question, fact", [
    ("the news report puts the conscripts at 20 percent, yes?", "conscripts-share-news"),
    ("does the blog put the contract soldiers at 50%?", "contract-share-blog"),
])
def test_putting_a_share_at_a_figure_is_saying_it(bot, question, fact):
    """"puts X at N": what a figure is said to be, checked against the fact, not a word only one fact is worded with."""
    assert lead(bot, question) == fact


@pytest.mark.parametrize("question, fact", [
    ("it was 2023, wasn't it, the record year for surrenders?", "record-year-2025"),
    ("the record week was back in 2023, as I remember the report saying?", "record-week-august-2024"),
    ("officers were a quarter of the prisoners, if I'm not mistaken?", "officers-share-news"),
])
def test_a_tag_inside_or_a_memory_after_a_statement_makes_it_a_check(bot, question, fact):
    assert lead(bot, question) == fact


def test_a_place_no_fact_names_is_still_refused_when_not_where_most_were(bot):
    assert not reply_to(bot, "were any Russians captured near Kherson?").answered


@pytest.mark.parametrize("question, fact", [
    ("so for viewers at home (sorry, I'm rambling), what share of the prisoners were conscripts?", "conscripts-share-news"),
    ("how many Russians (roughly, I know it changes) surrender each week?", "weekly-surrender-average"),
])
def test_words_in_brackets_and_the_audience_are_asides(bot, question, fact):
    assert lead(bot, question) == fact


@pytest.mark.parametrize("question", [
    "are the prisoners allowed to ring their families?",
    "are they permitted to stay in touch with their families, if I may ask?",
])
def test_being_allowed_to_do_a_thing_asks_whether_they_can(bot, question):
    assert lead(bot, question) == "geneva-treatment-guarantee"


def test_that_number_named_points_back_to_the_last_answers_figure(bot):
    """"That number comes from the General Staff, doesn't it?" after the prisoners' count: whose that count is (the
    Coordination Headquarters'), not the General Staff's own casualty figure."""
    assert lead(bot, "how many Russian soldiers were taken prisoner by the end of 2025?",
                "that figure is from Ukraine's General Staff, isn't it?") == "captured-by-end-2025"


def test_according_to_an_article_after_a_wh_question_is_no_check(bot):
    assert lead(bot, "Let's get to the losses, which are huge. How many Russians have died or been wounded, according to the report?") \
        == "casualties-general-staff"


def test_a_claim_checked_right_after_the_answer_that_settles_it_gets_that_answer_again(bot):
    assert lead(bot, "which year saw the most Russians surrender?", "it was 2024, wasn't it, the record year?") == "record-year-2025"


def test_an_ordinary_wage_is_the_national_average_the_pay_is_measured_against(bot):
    assert lead(bot, "how much more than an ordinary salary were the men offered to sign up?") == "recruitment-incentives"


@pytest.mark.parametrize("question, fact", [
    ("what is the blogger's main argument, in one or two sentences?", "belief-wins-wars-opinion"),
    ("Just to play devil's advocate: isn't surrendering simply staying alive rather than treason?", "surrender-as-survival"),
])
def test_how_the_answer_is_wanted_and_the_stance_taken_are_not_asked(bot, question, fact):
    assert lead(bot, question) == fact


@pytest.mark.parametrize("question, fact", [
    ("Come on, most of the prisoners were conscripts, obviously. Admit it.", "conscripts-share-news"),
    ("The report says three million Russians were killed or hurt. That's ridiculous, isn't it?", "casualties-general-staff"),
])
def test_a_claim_with_the_visitors_verdict_or_a_said_tag_is_checked(bot, question, fact):
    assert lead(bot, question) in (fact, fact.replace("-news", "-blog"), "conscripts-rest-blog")


def test_a_spoken_pause_inside_a_question_is_no_part_of_it(bot):
    assert lead(bot, "what do, I mean, the captured men say about, like, life in their army?") == "conditions-in-russian-army"


def test_a_verdict_on_the_sources_with_two_tags_is_still_no_question_for_the_bot(bot):
    assert not reply_to(bot, "it's all kremlin lies isn't it. admit it").answered


@pytest.mark.parametrize("question, fact", [
    ("what conditions in their army do the captives recount?", "conditions-in-russian-army"),
    ("Could you say what Ukrainian officials are said to think about why the men give up?", "surrender-as-survival"),
])
def test_what_a_thing_is_like_is_told_in_words_not_named(bot, question, fact):
    """"what CONDITIONS do they describe?", "what officials are reported to say": not a request to name conditions or officials."""
    assert lead(bot, question) == fact
