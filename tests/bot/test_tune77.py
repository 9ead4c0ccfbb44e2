"""Session 77's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q, fact", [
    ("In plain words, how much ground did Russia win in 2025?", "territory-taken-2025"),
    ("how much land did russia win in 2025, in easy words?", "territory-taken-2025"),
    ("Simply put, what is I Want to Live?", "iwtl-what-it-is"),
])
def test_in_simple_words_is_how_to_answer_not_what(bot, q, fact):
    # "in simple words, …", "…, in plain words?": how the answer is wanted, as "in simple terms" is; the phrase stayed before the
    # question, so "how much land did Russia WIN" was read as who won the war and refused
    assert lead(bot, q) == fact


def test_in_simple_words_who_won_is_still_refused(bot):
    assert lead(bot, "In simple words, who won the war?") is None
    assert lead(bot, "in plain words, did Russia win?") is None


@pytest.mark.parametrize("q, fact", [
    ("My daughter's homework asks how many officers were among the prisoners", "officers-share-news"),
    ("the worksheet wants us to find out what share of the prisoners were conscripts", "conscripts-share-news"),
])
def test_a_set_task_quoted_without_a_stop_is_the_question(bot, q, fact):
    # "my son's worksheet asks what…": the task that is asked, with no colon or comma after it; the worksheet's words were read as
    # subjects no fact holds and the question refused
    assert lead(bot, q) == fact


def test_a_set_task_asking_what_no_article_gives_is_still_refused(bot):
    assert lead(bot, "my son's worksheet asks what the hotline's phone number is") is None
    assert lead(bot, "the homework asks who won the war") is None


@pytest.mark.parametrize("q", ["in what zone of Ukraine were the most Russians taken prisoner?",
                               "which sectors of the LOC see the most Russians surrender?",
                               "what zones of the line of contact produce the most POWs?"])
def test_a_zone_or_the_line_of_contact_asks_where(bot, q):
    # a learner's "zone" (Spanish "zona") and a hobbyist's "LOC" (line of contact): where, as "which part of Ukraine" and
    # "sectors of the front" are; "zone" and "loc" were read as subjects no fact holds and the question refused
    assert lead(bot, q) in ("most-captured-in-donetsk", "surrender-hotspots-blog")


@pytest.mark.parametrize("q", ["which zone of Kherson had surrenders?", "which area of Kherson saw captures?",
                               "what sector of Odesa had the prisoners taken?"])
def test_a_part_of_a_place_no_article_names_is_refused(bot, q):
    # "which area OF KHERSON…": the place named after its part is what is asked; no article names Kherson or Odesa, so a
    # neighbouring place (Zaporizhzhia, Donetsk) does not answer for it
    assert lead(bot, q) is None


@pytest.mark.parametrize("q, fact", [
    ("How many of the prisoners were functionaries? I mean officers.", "officers-share-news"),
    ("what share were contractors? I mean the contract soldiers", "contract-share-blog"),
])
def test_a_word_corrected_after_the_question_takes_its_place(bot, q, fact):
    # a learner's false friend put right in a second sentence ("officials? I mean the officers."): the correction was dropped as
    # a remark, and the wrong word, which no fact holds, refused the question
    assert lead(bot, q) == fact


def test_a_correction_naming_what_no_article_counts_is_still_refused(bot):
    assert lead(bot, "what share are functionaries? I mean generals.") is None
    assert lead(bot, "how many were functionaries? I mean in 2023.") is None


def test_a_place_name_dictated_in_two_unknown_halves_is_the_place(bot):
    # a phone hears "Donetsk" as "don yets": neither half is a word the bot knows, and run together they are a slip for one it
    # does; only halves that were a known word exactly ("arm bands") had been put back together
    assert lead(bot, "were most of them taken prisoner in the don yets region") == "most-captured-in-donetsk"


def test_two_unknown_words_that_make_no_known_word_stay_apart(bot):
    assert lead(bot, "were most of them taken prisoner in the san diego region") is None


@pytest.mark.parametrize("q", ["what's the highest number in won week", "the biggest number that surrendered in won weak?"])
def test_won_dictated_for_one_before_a_period_is_one(bot, q):
    # a phone writes "one week" as "won week": "won" was read as winning (the war's outcome) and the record week refused
    assert lead(bot, q) == "record-week-august-2024"


def test_won_as_winning_is_still_refused(bot):
    assert lead(bot, "who won in one week of fighting") is None
    assert lead(bot, "who won the war") is None


@pytest.mark.parametrize("q, fact", [
    ("I Want to Live, what is it and how it functions?", "iwtl-what-it-is"),
    ("how does the prisoner exchange function", "exchange-priorities"),
])
def test_how_it_functions_asks_how_it_works(bot, q, fact):
    # a learner's "how it functions", a formal "how does it operate": how it works; "function" was read as a subject no fact holds
    assert lead(bot, q) == fact


def test_how_something_no_article_describes_functions_is_still_refused(bot):
    assert lead(bot, "how does the Russian hotline for deserters function?") is None


def test_a_fronted_topic_with_a_second_question_is_still_the_topic(bot):
    # "I Want to Live, what is it and how does it work?": the topic said first is what "it" is; with the second question after
    # it the fronting was not seen, and a fact that only cites the project's data (the officers' share) led the reply
    assert lead(bot, "I Want to Live - what is it and how does it work?") == "iwtl-what-it-is"
    assert lead(bot, "I Want to Live, what is it?") == "iwtl-what-it-is"


@pytest.mark.parametrize("q", ["how many nationalities are among the foreign POWs?", "foreign fighters: how many nationalities?"])
def test_nationalities_count_the_countries(bot, q):
    # "how many nationalities": the countries the foreign fighters come from; "nationalities" was read as a subject no fact holds
    assert lead(bot, q) in ("mercenaries-news", "foreign-fighters-blog")


@pytest.mark.parametrize("q, fact", [
    ("which nationalities are most common among the foreign prisoners?", None),
    ("what about the young lads doing their national service", "conscripts-share-news"),
    ("what nationality is the blogger", "source:blog-mass-surrenders"),
    ("what's the Russian army chief called?", None),
])
def test_near_nationalities_the_articles_do_not_count(bot, q, fact):
    # which nationality leads is not reported; "national service" is conscription; the author's nationality is asked of his
    # article's record, not answered by the foreign fighters' countries; Russia's army chief is named by no article
    assert lead(bot, q) == fact


@pytest.mark.parametrize("q, fact", [
    ("since when is the capture ratio in UA's favour?", "captures-reversed-since-june-2023"),
])
def test_a_short_forms_possessive_is_read_as_its_word(bot, q, fact):
    # "UA's favour": the short form for Ukraine with 's; "ua" alone was read as Ukraine, "ua's" as an unknown word
    assert lead(bot, q) == fact


def test_the_ukrainian_forces_own_losses_are_refused(bot):
    # "the AFU's losses", "the Ukrainian forces' losses": Ukraine's own, which no article reports (not Russia's losses)
    assert lead(bot, "what are the AFU's losses this year?") is None
    assert lead(bot, "and the ukrainian forces' own casualties?") is None


@pytest.mark.parametrize("first, q, facts", [
    ("what share of the POWs were contract soldiers?", "and how about the mobilised ones and the conscripts?",
     {"mobilised-share-blog", "mobilised-share-news"}),
    ("what percentage were officers?", "what about the NCOs and the privates", {"nco-share-news", "nco-share-blog"}),
])
def test_what_about_two_kinds_after_a_share_asks_each(bot, first, q, facts):
    # "and what about the mobilised ones and the conscripts?" after a share: each kind's share, as "what about the mobilised?"
    # alone is; no fact holds both kinds, so the pair had been refused
    assert lead(bot, first, q) in facts


def test_what_about_two_kinds_after_another_subject_is_still_refused(bot):
    # after "were many of them ill?", the officers and the conscripts are no shares asked: how ill they were no fact says
    assert lead(bot, "were many of them ill?", "what about the officers and the conscripts") is None
    assert lead(bot, "what about the mobilised and the conscripts") is None


@pytest.mark.parametrize("q", ["and on the Ukrainian side, how many were killed?", "how many dead were there for the Ukrainians?"])
def test_losses_of_the_ukrainian_side_said_apart_are_refused(bot, q):
    # "of/on the Ukrainian side … casualties": Ukraine's own losses, which no article gives; only "Ukrainian losses" side by side
    # had been read so, and Russia's 2025 losses answered
    assert lead(bot, "How many Russian soldiers were killed or wounded in 2025?", q) is None


def test_russian_losses_after_a_ukrainian_word_are_still_answered(bot):
    assert lead(bot, "how many Russian troops has Ukraine killed or wounded in the whole war?") == "casualties-general-staff"


@pytest.mark.parametrize("turns", [("how many Russians surrendered this month?",),
                                   ("how many give up in an average week", "and is that rising this week?")])
def test_the_present_month_or_week_is_refused(bot, turns):
    # "this month", "this week": the present, which no article reports; "this month" had led with the record week of August 2024
    assert lead(bot, *turns) is None


def test_this_week_pointing_back_at_the_record_week_is_still_answered(bot):
    assert lead(bot, "which week had the most surrenders?", "when was this week?") == "record-week-august-2024"


@pytest.mark.parametrize("q, fact", [
    ("when they give up, they don't get food or medical care?", "geneva-treatment-guarantee"),
    ("once they are captured, they are swapped back?", "exchange-priorities"),
])
def test_a_statement_asked_after_a_scene_clause_is_a_yes_no_question(bot, q, fact):
    # "when they surrender, they don't get food?": a learner's yes/no question put as a statement after a "when" clause; the
    # clause's "when" was read as asking a date, which no such fact gives, and the question refused
    assert lead(bot, q) == fact


def test_a_when_question_after_a_scene_clause_still_asks_when(bot):
    assert lead(bot, "when they surrender, when do they get a phone number?") is None


def test_recuperate_with_an_object_is_to_get_back(bot):
    # Spanish "recuperar": "does Moscow want to recuperate them?" asks whether Russia wants them back; "recuperate" was read as a
    # subject no fact holds and the question refused
    assert lead(bot, "how many countries are the foreign fighters from?", "does Moscow try to recuperate them in the swaps?") \
        in ("foreign-fighters-abandoned", "exchange-priorities")


def test_recuperate_without_an_object_is_not_getting_back(bot):
    assert lead(bot, "how long do the sick prisoners take to recuperate?") is None


@pytest.mark.parametrize("q, fact", [
    ("is the blog post an opinion or just a notice?", "source:blog-mass-surrenders"),
    ("the news report, it is a notice or an opinion?", "source:news-record-surrenders"),
])
def test_a_notice_set_against_opinion_is_news(bot, q, fact):
    # Spanish "noticia": "opinion or a notice?" asks whether the article is news or opinion, which its record answers; "notice"
    # was read as a subject no fact holds and the question refused
    assert lead(bot, q) == fact


def test_a_notice_not_set_against_opinion_is_no_news(bot):
    assert lead(bot, "did the army post a notice about the surrenders?") is None


def test_kinds_set_against_each_other_after_a_by_type_heading(bot):
    # "and by service type, contract vs mobilised vs conscripts?": the heading names the split; the kinds after it were only
    # read apart when the list opened the question
    assert lead(bot, "what share were officers?", "And per service type: contract soldiers vs mobilised vs conscripts?") \
        in ("contract-share-blog", "contract-share-news")


def test_a_by_type_heading_with_kinds_no_article_counts_is_still_refused(bot):
    assert lead(bot, "and by branch type, paratroopers vs marines vs tankers?") is None


@pytest.mark.parametrize("q", ["How does I Want to Live organise the handover? What comms do they use?",
                               "what communication channels does the hotline use for a hand-over?"])
def test_comms_and_the_handover_ask_how_a_surrender_is_arranged(bot, q):
    # a hobbyist's "comms" (communications) and "handover": the channels through which a surrender is arranged; both were read
    # as subjects no fact holds and the question refused
    assert lead(bot, q) == "iwtl-channels"


def test_comms_of_an_army_no_article_describes_are_still_refused(bot):
    assert lead(bot, "what radios and comms does the Russian army use?") is None


@pytest.mark.parametrize("q, fact", [
    ("who gave the point eight percent figure for the land taken", "territory-taken-2025"),
    ("is it true that one point two million Russians were killed or wounded?", "casualties-general-staff"),
])
def test_a_decimal_said_aloud_is_its_figure(bot, q, fact):
    # dictated "point eight percent", "one point two million": the figure 0.8, 1.2 million; "point" was read as a subject no fact
    # holds and the question refused
    assert lead(bot, q) == fact


def test_the_point_of_something_is_no_decimal(bot):
    assert lead(bot, "what is the point of the project?") is None


@pytest.mark.parametrize("q", ["and how many men were in the most recent swap?", "when is the next prisoner exchange due?"])
def test_one_particular_swap_is_refused(bot, q):
    # "the latest swap", "the next exchange": one swap, which no article describes; after the swaps' total, "how many were in
    # it" had been answered with the blog's Ukrainians brought home
    assert lead(bot, "How many Russian prisoners have been swapped back?", q) is None


def test_the_swaps_in_general_are_still_answered(bot):
    assert lead(bot, "do the last exchanges favour ethnic Russians?") == "exchange-priorities"


@pytest.mark.parametrize("q", ["can my daughter write in her essay that Russia has already lost the war?",
                               "so is it right that Ukraine has won the war?"])
def test_a_stated_end_of_the_war_is_refused(bot, q):
    # "Russia has lost the war", "Ukraine has won the war": the war's end, which no article reports (the blog's view that Putin is
    # losing is no end); "her essay" is the visitor's child's, not the author's view asked
    assert lead(bot, q) is None


def test_the_authors_view_of_who_is_losing_is_still_answered(bot):
    assert lead(bot, "does the blogger think Russia has lost the war?") == "putin-losing-belief-opinion"
    assert lead(bot, "is Putin losing the war, in his view?") == "putin-losing-belief-opinion"


def test_his_read_is_the_authors_take(bot):
    # "what's his read?", "the blogger's read on it": how the author reads it, his opinion; "read" was a subject no fact holds
    assert lead(bot, "which regions see the most surrenders?", "the blogger says those aren't isolated cases - what's his read?") \
        == "broader-failure-opinion"


def test_a_read_with_no_author_is_no_opinion(bot):
    assert lead(bot, "what's the read count of the blog post?") is None


@pytest.mark.parametrize("q", ["is that more people than live in our whole city?", "so is that bigger than my school?"])
def test_a_figure_set_against_the_visitors_own_place_is_refused(bot, q):
    # "is it more than my whole town?": a twelve-year-old sets the count against a place whose size no article gives; a fact on
    # places or the land taken had led
    assert lead(bot, "how many Russians have surrendered so far?", q) is None


def test_a_figure_set_against_a_figure_of_the_articles_is_still_answered(bot):
    assert lead(bot, "how many Russians have surrendered so far?", "is that more than were swapped back?") is not None


def test_where_foreign_fighters_come_from_is_the_count_of_their_countries(bot):
    # "are there mercs among them and where do they come from?": the countries, which the articles give as a count; the weekly
    # count of new foreign fighters had led
    assert lead(bot, "are there any mercenaries among the POWs, and where do they all come from?") \
        in ("foreign-fighters-blog", "mercenaries-news")


def test_naming_the_foreign_fighters_countries_is_still_refused(bot):
    assert lead(bot, "which countries exactly are the mercenaries from, any from Nepal?") is None


@pytest.mark.parametrize("q", ["it only says 'published data'. who compiled it?", "does the report say who released those figures?"])
def test_who_published_the_data_asks_whose_data_the_last_figure_is(bot, q):
    # "who published it?" of the data behind the last figure: whose the data are, which the figure's claimant says (unnamed
    # "published data"); the article's record, or another share from the same data, had led
    assert lead(bot, "What share of the POWs were contract soldiers according to the news report?", q) == "contract-share-news"


def test_who_published_the_article_is_still_its_record(bot):
    assert lead(bot, "who published the news report?") == "source:news-record-surrenders"


@pytest.mark.parametrize("q", ["which of the two articles would my editor say is more trustworthy?",
                               "which one would a teacher consider the more credible?"])
def test_which_article_another_person_would_judge_more_reliable_is_a_verdict(bot, q):
    # "which of the two would his teacher think is more reliable?": a verdict on the articles, someone else's, which only a view
    # could give (as "which of the two is more reliable?" is refused); both records had been given
    assert lead(bot, q) is None


def test_which_article_to_trust_more_is_still_answered_from_the_records(bot):
    assert lead(bot, "Which article should I trust more?") is not None
