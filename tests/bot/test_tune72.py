"""Session 72's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead


@pytest.mark.parametrize("q, fact", [
    ("For the affirmative case: how many Russian soldiers have been killed or injured?", "casualties-general-staff"),
    ("for the rebuttal - what share of the prisoners were officers?", "officers-share-news"),
])
def test_a_debaters_side_before_a_colon_is_not_what_is_asked(bot, q, fact):
    # "for the opposition side:", "for the rebuttal -": the part of the round the answer is for, like "for the intro:"; its
    # word ("affirmative", "rebuttal") was read as the subject no fact holds, and a short question refused
    assert lead(bot, q) == fact


def test_the_opposition_as_a_subject_is_still_refused(bot):
    # no colon: the Russian opposition is what is asked about, and no article reports on it
    assert lead(bot, "what does the Russian opposition say about the surrenders?") is None
    assert lead(bot, "For the opposition: who leads the Russian opposition?") is None


@pytest.mark.parametrize("q", ["How many Russians have been taken prisoner till now?", "what's the count of Russian POWs till date?",
                               "how many Russian soldiers surrendered up till today?"])
def test_till_date_asks_for_the_running_count_as_so_far_does(bot, q):
    # Indian English "till date", and "till now", "up till today": the whole span, as "to date" and "so far" are; "till" was
    # read as a subject word no fact holds and the count refused
    assert lead(bot, q) == "captured-by-end-2025"


def test_till_a_year_is_still_a_count_by_then_that_no_article_gives(bot):
    assert lead(bot, "how many were captured till 2023?") is None


@pytest.mark.parametrize("q, fact", [
    ("Please clarify who estimates the Russian losses", "casualties-general-staff"),
    ("Kindly clarify how Ukraine gets its message to Russian troops", "iwtl-channels"),
])
def test_clarify_asks_as_explain_does(bot, q, fact):
    # "please clarify how…", "kindly clarify who…": the asking, as "explain" is; "clarify" was read as a subject word no fact
    # holds and the question refused
    assert lead(bot, q) == fact


def test_clarify_with_nothing_the_articles_report_is_still_refused(bot):
    assert lead(bot, "please clarify what the hotline's phone number is") is None


@pytest.mark.parametrize("q", ["who is the author of the soldiers-revolt article?", "what outlet ran the record-numbers story?"])
def test_an_article_named_by_hyphened_title_words_is_asked_of_its_record(bot, q):
    # "the record-numbers piece": two of its title's words joined into one modifier name the news report as "the record
    # numbers piece" does; with the hyphen they were no title run, and the question was refused as out of scope
    assert lead(bot, q) == "source:news-record-surrenders"


def test_hyphened_words_of_no_title_still_name_no_article(bot):
    assert lead(bot, "who wrote the prisoner-swap article?") is None


@pytest.mark.parametrize("first, q, source", [
    ("how many Russian soldiers were captured by the end of 2025?", "author and date of that post?", "source:blog-mass-surrenders"),
    ("how many russian casualties in 2025?", "date and outlet of that article?", "source:news-record-surrenders"),
])
def test_that_post_after_an_answer_is_the_article_the_answer_is_from(bot, first, q, source):
    # "byline and date on that post?": "that post" names the article of the last answer; the "that" was read as pointing back
    # at the answer itself, so the loose words ("byline", "date") asked nothing and the turn was refused
    assert lead(bot, first, q) == source


def test_that_post_as_a_job_is_no_article(bot):
    assert lead(bot, "how much of Ukraine did Russia take in 2025?", "when did he take up that post?") is None


@pytest.mark.parametrize("qs, source", [
    (("who's the news report lady?",), "source:news-record-surrenders"),
    (("what does the blog say about Putin's troops?", "who actually is the blog dude?"), "source:blog-mass-surrenders"),
])
def test_the_blog_guy_is_the_author_the_record_names(bot, qs, source):
    # "who even is the blog guy": the article's author named by the article and a word for a person ("guy", "lady"), as "the
    # blogger" is; it named nothing, and after an answer the last subject was answered again
    assert lead(bot, *qs) == source


def test_whether_the_blog_guy_is_a_journalist_is_still_not_in_the_record(bot):
    assert lead(bot, "is the blog guy a journalist?") is None


@pytest.mark.parametrize("q, fact", [("ok whats the record week", "record-week-august-2024")])
def test_ok_before_a_typed_whats_is_a_question_not_thanks(bot, q, fact):
    # "ok so whats the 420k thing then": "ok" then a short line was taken for thanks unless it held "what" or "how"; typed
    # run together ("whats", "hows") they are the same question words
    assert lead(bot, q) == fact


def test_ok_thanks_then_is_still_thanks(bot):
    reply, _ = bot.answer("ok thanks then")
    assert not reply.answered and reply.reason == "smalltalk"


@pytest.mark.parametrize("first, q, fact", [
    ("how many russians died in 2023?", "what's the 420,000 then?", "casualties-2025"),
    ("how many Russian soldiers were killed in 2022?", "so what is the 420,000?", "casualties-2025"),
])
def test_a_figure_asked_after_a_refusal_is_the_fact_carrying_it(bot, first, q, fact):
    # after a refused question on the losses, "what's the 420,000 then?" kept the refused subject and was answered by the
    # General Staff's total, which does not carry 420,000; a follow-up naming a figure some fact carries asks of that fact
    assert lead(bot, first, q) == fact


def test_an_age_asked_after_a_refusal_is_still_refused(bot):
    assert lead(bot, "What share of the prisoners are women?", "and how many are over seventy?") is None


@pytest.mark.parametrize("q, fact", [
    ("why do Russian soldiers give up, put it plainly for my class", "surrender-as-survival"),
    ("what is I Want to Live, say it simply for a school assembly", "iwtl-what-it-is"),
])
def test_how_to_say_it_after_a_comma_is_not_what_is_asked(bot, q, fact):
    # "…, explain it simply for my speech": how the answer is wanted, and for what; only taken off after a full stop or
    # question mark, so after a comma "simply" and "speech" were read as subjects and the question refused
    assert lead(bot, q) == fact


@pytest.mark.parametrize("qs", [("What is I Want to Live?", "how many Russians have given themselves up through it since its launch?"),
                                ("how many Russians surrendered through the hotline since the project began?",)])
def test_a_weekly_rate_does_not_answer_a_count_since_a_thing_began(bot, qs):
    # the count since the project began is given nowhere; the 60 to 90 a week is a rate, not that running count
    assert lead(bot, *qs) is None


def test_the_weekly_rate_still_answers_a_weekly_count(bot):
    assert lead(bot, "What is I Want to Live?", "how many give themselves up through it each week?") == "weekly-surrender-average"


@pytest.mark.parametrize("q", ["how many newly identified mercenaries turn up a week?", "weekly count of newly detected foreign fighters?"])
def test_newly_identified_is_discovered(bot, q):
    # "newly identified foreign fighters": found, as the report's "discovered"; "identified" alone is who put the label on
    # them (the naming group), which the report does not say, so the weekly count was refused
    assert lead(bot, q) == "new-foreign-fighters-weekly"


def test_newly_identified_men_of_another_kind_are_still_refused(bot):
    # only foreign fighters are counted as found each week; officers found each week are not
    assert lead(bot, "how many newly identified officers are there each week?") is None


@pytest.mark.parametrize("q", ["do russia and ukraine swap prisoners?", "are prisoners swapped?"])
def test_whether_prisoners_are_swapped_is_answered_by_the_swaps_themselves(bot, q):
    # "do they swap prisoners or what": whether swaps happen, answered by the 6,000 handed back in exchanges agreed by both
    # sides, not by who is picked first (the blog's priorities), which only the exchange words led to
    assert lead(bot, q) == "pows-returned-in-exchanges"


def test_who_is_swapped_first_is_still_the_priorities(bot):
    assert lead(bot, "who gets swapped first?") == "exchange-priorities"


@pytest.mark.parametrize("qs, fact", [
    (("what share of the prisoners were officers?", "and 13% - what is that, on the record?"), "nco-share-news"),
    (("who is on the record about the 420,000 losses?",), "casualties-2025"),
])
def test_on_the_record_asks_whose_the_figure_is_not_about_a_record(bot, qs, fact):
    # a reporter's "on the record": said openly, by someone named; "record" was read as the record week, a subject the
    # figure's fact does not hold, and the turn refused
    assert lead(bot, *qs) == fact


def test_the_most_on_record_is_still_the_record_week(bot):
    assert lead(bot, "what is the most surrenders on record in a single week?") == "record-week-august-2024"


@pytest.mark.parametrize("q", ["how many prisoners does russia hold?", "how many men have the russians captured so far?",
                               "how much soldiers Moscow has taken from Ukraine?"])
def test_a_count_with_russia_as_the_captor_is_the_other_side(bot, q):
    # "how many soldiers has Russia captured?": Ukrainians held by Russia, which no article counts; it was answered with the
    # 10,000 Russians Ukraine holds, since "Russia … captured" only read as the captor with its object after the verb
    assert lead(bot, q) is None


def test_a_count_with_ukraine_as_the_captor_is_still_answered(bot):
    assert lead(bot, "how many soldiers has Ukraine captured?") == "captured-by-end-2025"


@pytest.mark.parametrize("qs", [("who wrote the news report?", "phone number for the journalist?"),
                                ("what's the blogger's email address?",)])
def test_a_way_to_reach_the_writer_is_not_in_the_record(bot, qs):
    # "contact for the reporter?", "the email id of the author": no record keeps one; "contact" was read as the project's
    # channels and answered with them, "email" after a reply about an article with the article's record
    reply = conversation(bot, *qs)
    assert not reply.answered and reply.related and reply.related[0].fact_id.startswith("source:")


def test_writing_to_the_author_still_gets_the_record(bot):
    assert lead(bot, "who wrote the blog post? I'd like to write to him") == "source:blog-mass-surrenders"


@pytest.mark.parametrize("q", ["a list of the countries please?", "names of the countries?"])
def test_a_list_of_the_counted_things_is_not_their_count(bot, q):
    # "list of the countries?" after the mercenaries' 40 countries: the members asked for by name, which no article gives;
    # "list of" was read as asking about "of", and the count of countries was given again
    assert lead(bot, "from how many countries do the mercenaries come?", q) is None


def test_the_count_of_countries_is_still_answered(bot):
    assert lead(bot, "from how many countries do the mercenaries come?") in ("mercenaries-news", "foreign-fighters-blog")


@pytest.mark.parametrize("q", ["and what percentage of the total is that?", "what proportion of all the POWs are those?"])
def test_the_share_a_count_makes_of_all_is_a_sum_not_given(bot, q):
    # "what fraction of all captured Russians is that?" after the 6,000 handed back: a share the bot would have to work out;
    # it was answered with another share (the foreign fighters', the officers')
    reply = conversation(bot, "How many Russian prisoners have been handed back in swaps?", q)
    assert not reply.answered and [s.fact_id for s in reply.related] == ["pows-returned-in-exchanges"]


def test_a_share_asked_again_after_a_share_is_still_that_share(bot):
    assert lead(bot, "what share were officers?", "what share of all the prisoners is that?") in ("officers-share-news", "officers-share-blog")


@pytest.mark.parametrize("q", ["according to the blogger, why is the pace more telling than the total?",
                               "why does the author think the speed of surrenders matters more than how many there are?"])
def test_what_matters_more_is_what_the_blog_says_says_more(bot, q):
    # "why does the blog say the speed matters more than the total number?": the blog's "the faster pace says more";
    # "matters" was a word no fact holds and the question refused
    assert lead(bot, q) == "fundamental-shift-opinion"


def test_the_blog_says_more_than_a_figure_is_still_about_the_figure(bot):
    assert lead(bot, "the blog says more than 40 countries and the news says 40, which is right?") in ("foreign-fighters-blog", "mercenaries-news")


@pytest.mark.parametrize("q, fact", [
    ("the blog said 20,000 Russians were captured, do I remember that correctly?", "captured-by-end-2025"),
    ("the report put Russian losses in 2025 at half a million, am I recalling it rightly?", "casualties-2025"),
])
def test_am_i_remembering_that_right_checks_the_claim_before_it(bot, q, fact):
    # "…, am I remembering that right?": a memory put up to be checked, as "…, am I right?" is; "remembering" and "am"
    # were read as subject words and the claim refused
    assert lead(bot, q) == fact


def test_what_the_visitor_remembers_asked_alone_is_no_claim(bot):
    assert lead(bot, "am I remembering that right?") is None
