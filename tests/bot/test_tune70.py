"""Session 70's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", ["roughly how many Russians chuck it in every week?",
                               "how many blokes chucked in the towel each week?"])
def test_chucking_it_in_is_giving_up(bot, q):
    # Australian and Irish English for surrendering: "chucking it in" was read as unknown words and the turn refused
    assert lead(bot, q) == "weekly-surrender-average"


@pytest.mark.parametrize("q", ["how many of the prisoners were crook?", "a lot of them were crook, which diseases?"])
def test_being_crook_is_being_ill(bot, q):
    # "crook" after a verb of being is Australian for ill
    assert lead(bot, q) in ("chronic-illness-news", "chronic-illness-blog")


def test_a_crook_is_no_illness(bot):
    # the noun (a criminal) is not taken for being ill
    assert lead(bot, "how many of them are crooks?") not in ("chronic-illness-news", "chronic-illness-blog")


def test_hearsay_before_a_dash_sets_up_a_question_that_stands_alone(bot):
    # "heard …, - what …?": what the visitor heard, then a wh-question naming its own subject; the heard words ("heard",
    # "loads") were read as the question's subject and the turn refused
    assert lead(bot, "how does I Want to Live work?", "heard loads of them are unwell - what sort of diseases?") \
        in ("chronic-illness-news", "chronic-illness-blog")


def test_hearsay_before_a_dash_with_a_question_naming_nothing_is_not_cut(bot):
    # "- how many?" names nothing of its own: the heard claim is what it asks about, and stays (the count of the ill is not given)
    assert lead(bot, "heard loads of them are sick - how many?") is None


def test_a_phrase_begun_among_the_counted_words_is_what_is_counted(bot):
    # "how many Russians throw in the towel": the phrase runs past the counted words ("russians throw"), and its first word
    # alone ("throw") was taken for what is counted, which no fact counts
    assert lead(bot, "how many Russians throw in the towel every week?") == "weekly-surrender-average"


@pytest.mark.parametrize("q, facts", [
    ("reckon most of them are conscripts?", ("conscripts-rest-blog", "conscripts-share-news")),
    ("reckon a lot of the captured lads were crook, or is it just a few?", ("chronic-illness-news", "chronic-illness-blog")),
    ("I reckon many of them are officers, yeah?", ("officers-share-blog", "officers-share-news")),
])
def test_reckon_before_a_claim_is_the_visitors_guess_checked(bot, q, facts):
    # "reckon …?" (Australian for "do you reckon …?") and "I reckon …" were read as asking an opinion ("think"), and an
    # author's view on a neighbouring subject answered; the guess is taken off, as "I bet …" is, and the claim checked
    assert lead(bot, q) in facts


@pytest.mark.parametrize("q", ["reckon the war will be over soon?", "the war will be over by summer?"])
def test_a_guess_at_the_wars_end_stays_refused(bot, q):
    # the claim after "reckon" is a forecast no article makes ("the war will be over" was answered by a fact saying "soon")
    assert lead(bot, q) is None


def test_what_the_author_reckons_is_still_his_view(bot):
    assert lead(bot, "what does the blogger reckon about why so few officers give up?") == "commanders-avoid-danger-opinion"


def test_copping_it_is_being_killed_or_hurt(bot):
    # "copped it" (Australian and British: killed or hurt) was an unknown word, and the count refused
    assert lead(bot, "how many Russians have copped it in this war?") == "casualties-general-staff"


def test_the_police_are_no_casualties(bot):
    assert lead(bot, "how many Russian soldiers have been jailed by the cops?") is None


def test_a_word_before_wise_is_what_is_asked_about(bot):
    # "territory-wise": in terms of territory; "wise" was read as a word of its own that no fact holds
    assert lead(bot, "what did Russia manage in 2025, territory-wise?") == "territory-taken-2025"


def test_what_the_losses_bought_is_not_the_losses_again(bot):
    # "what did THEY win for all that?" after the losses: the pronoun brought the losses back as a subject, and the fact
    # on the losses (whose example question mentions the land gains) answered again
    assert lead(bot, "how many russians were killed or hurt in 2025?", "so what did they win for all that?") == "territory-taken-2025"


def test_a_pronoun_follow_up_still_asks_of_the_last_subject(bot):
    assert lead(bot, "how many russians were killed or hurt in 2025?", "and who counted them?") == "casualties-2025"


@pytest.mark.parametrize("q", ["Define: I Want to Live initiative", "definition - the I Want to Live hotline"])
def test_a_flashcards_define_asks_what_the_thing_is(bot, q):
    # "define" was a word of its own no fact holds, and the name's head word beside it ("project") made it the subject
    assert lead(bot, q) == "iwtl-what-it-is"


def test_define_of_a_term_no_fact_explains_stays_refused(bot):
    # "Define: NCO": only facts that use the term, none that says what it is
    assert lead(bot, "Define: conscript") is None


def test_a_year_blank_asks_when(bot):
    # "Year of …: ___" was read as a question about years in general (the war in its fourth year)
    assert lead(bot, "Year the full-scale invasion began: ___") in ("full-scale-invasion-february-2022", None) \
        and lead(bot, "Year of the full-scale invasion = ___") == "full-scale-invasion-february-2022"


def test_a_blank_after_more_than_asks_a_figure(bot):
    # "…: >___": a figure to fill in; read without it, the priorities of the swaps answered
    assert lead(bot, "Russian prisoners returned through exchanges: over ___") == "pows-returned-in-exchanges"


@pytest.mark.parametrize("q", ["total number of mercenaries taken prisoner?", "total no. of officers captured = ?"])
def test_a_total_number_of_a_group_only_given_as_a_share_is_refused(bot, q):
    # "the total number of …": a count; the articles give only the group's share (or a count of countries), which answered
    assert lead(bot, q) is None


@pytest.mark.parametrize("q, fact", [("nr. of POWs held by Ukraine = ?", "captured-by-end-2025"),
                                     ("no. of countries the foreign fighters come from = ?", "mercenaries-news"),
                                     ("what's the total number of Russian prisoners?", "captured-by-end-2025")])
def test_a_number_of_that_is_given_is_answered(bot, q, fact):
    # "no. of": the number of (its "no." was taken for a "no" and a sentence's end, and the count for a remark)
    assert lead(bot, q) == fact


def test_the_provenance_of_an_article_is_its_record(bot):
    # an analyst's "provenance" (and the asking verb "clarify") were words no fact holds: the turn was refused
    assert lead(bot, "Can you clarify the blog's provenance - author and date?") == "source:blog-mass-surrenders"


def test_the_provenance_of_a_figure_is_no_article_record(bot):
    assert lead(bot, "what is the provenance of the 7% figure?") not in ("source:blog-mass-surrenders", "source:news-record-surrenders")


def test_according_to_the_material_names_the_articles_not_a_speaker(bot):
    # "according to the material": the articles as a whole; "material" was taken for a claimant no fact has
    assert lead(bot, "According to the source material, which Russian prisoners does Moscow want back first?") == "exchange-priorities"


def test_how_many_of_a_group_died_is_a_count_of_the_dead(bot):
    # "how many from the sick prisoners is died": what the counted did ("died") came four words and a learner's "is" after
    # "how many", and the sick prisoners' illnesses answered a count of deaths no article gives
    assert lead(bot, "How many from the ill prisoners is died in captivity?") is None


def test_how_many_of_a_group_were_captured_is_still_answered(bot):
    assert lead(bot, "how many from the officers is captured?") in ("officers-share-news", "officers-share-blog")


@pytest.mark.parametrize("q", ["When the war is finish?", "when is end the war, what do you think"])
def test_a_learners_when_the_war_is_finish_asks_its_end(bot, q):
    # the end of the war, which no article reports (an author's view on Putin had answered)
    assert lead(bot, q) is None


@pytest.mark.parametrize("q", ["the war is how many years already?", "how many years is this war now?"])
def test_how_many_years_the_war_is_asks_its_length(bot, q):
    # "war" carries no topic, so only "years" was left, and facts of 2025 answered
    assert lead(bot, q) in ("war-almost-four-years", "war-in-fourth-year")


def test_how_many_years_the_war_will_last_stays_refused(bot):
    assert lead(bot, "how many years is the war expected to last?") is None


def test_a_verdict_to_choose_after_a_how_question_is_no_subject(bot):
    # ", good or bad?": "bad" was read as a subject and the bad conditions in Russia's own army answered
    assert lead(bot, "How does Ukraine treat the prisoners it takes, well or badly?") == "geneva-treatment-guarantee"


def test_good_or_bad_as_the_question_itself_is_not_cut(bot):
    # without a how-question before a comma, the words are the question and stay
    assert lead(bot, "is life in the Russian army good or bad?") == "conditions-in-russian-army"


def test_whether_a_count_is_going_up_asks_its_trend(bot):
    # "I wonder whether …": the indirect yes/no question was read as a count ("the number of"), and the record week answered
    assert lead(bot, "I'm curious whether the number of Russians giving up is rising year on year?") \
        in ("record-year-2025", "surrenders-2025-exceed-2022-2023")


def test_whether_without_a_trend_word_is_still_the_count(bot):
    assert lead(bot, "I was wondering whether the number of officers captured is known?") in ("officers-share-news", "officers-share-blog")


def test_news_as_a_kind_of_writing_names_no_article(bot):
    # "is that post intended as news…?": "meant"/"intended" were words no record holds, and "news" named the news report,
    # whose record answered a question about the blog post
    assert lead(bot, "what does the author think Putin has done to fix things?",
                "Was the post intended as news, or as opinion?") == "source:blog-mass-surrenders"


def test_the_news_report_named_is_still_the_news_report(bot):
    assert lead(bot, "is the news report an opinion piece?") == "source:news-record-surrenders"


@pytest.mark.parametrize("q", ["can you show me a map of where they surrender?", "are there any pictures of the armbands?"])
def test_a_map_or_a_picture_is_not_in_the_articles(bot, q):
    # a map or a photo asked for after an answer on places was answered by a fact on those places
    assert lead(bot, "where do most of them surrender?", q) is None


def test_where_a_place_is_is_still_asked_of_the_facts(bot):
    assert lead(bot, "where do most of them surrender?", "what about Kursk, when did Ukraine go in there?") \
        == "captured-zaporizhzhia-kursk"


def test_why_sick_men_are_sent_to_fight_is_the_authors_view(bot):
    # a why-question on the sick men sent to the front was answered by the armbands, which say they were sent, not why
    assert lead(bot, "why are sick men sent to fight by Russia?") == "expendable-opinion"
    assert lead(bot, "why would the Russians send soldiers who are ill to fight?") == "expendable-opinion"


def test_whether_sick_men_were_sent_is_still_the_armbands(bot):
    assert lead(bot, "were sick soldiers sent to fight?") == "infected-armbands"


@pytest.mark.parametrize("q", ["were all these surrenders just a fluke?", "is it coincidence, or is there a deeper problem in the army?"])
def test_a_fluke_or_a_bigger_problem_is_the_wider_failure(bot, q):
    # "accident", "fluke", "bigger problem" were words no fact holds; the blog calls the surrenders no one-off events but
    # signs of a wider failure
    assert lead(bot, q) == "broader-failure-opinion"


def test_health_problems_are_still_illnesses(bot):
    assert lead(bot, "what health problems do the prisoners have?") in ("chronic-illness-news", "chronic-illness-blog")


def test_specialists_are_the_blogs_analysts(bot):
    # "specialists" was a word no fact holds: an author's view on another subject answered
    assert lead(bot, "do specialists see I Want to Live as a form of psy-ops?") == "psychological-warfare-analysts"


def test_analysts_on_another_subject_are_not_the_psywar_claim(bot):
    assert lead(bot, "what do defence analysts say about the casualty figures?") != "psychological-warfare-analysts"


def test_the_residual_of_a_breakdown_is_its_remaining_share(bot):
    # "residual", "accounted for" were words no fact holds; the computed sum of the rank shares says who the remaining share
    # were is not said
    assert lead(bot, "what share were officers?", "is the residual share explained anywhere?") == "rank-breakdown-sum"


def test_what_is_left_over_after_the_others_is_still_the_conscripts(bot):
    assert lead(bot, "and the conscripts, what's left over?") in ("conscripts-rest-blog", "conscripts-share-news")


def test_who_classified_them_as_mercenaries_is_the_reports_unnamed_identifier(bot):
    # "classified", "individuals" and "provenance" were words no fact holds; the news report gives the share and does not
    # say who identified them as such
    assert lead(bot, "What's the provenance of the news report's 7% figure: who classified those individuals as mercenaries?") \
        == "mercenaries-news"


def test_individuals_are_people_counted(bot):
    assert lead(bot, "how many individuals were captured in total?") == "captured-by-end-2025"


def test_the_top_few_countries_are_a_list_no_article_gives(bot):
    # "top 5 countries": the countries by name, which no article lists; the share from 40 countries answered
    assert lead(bot, "mercenaries: top 5 countries they come from?") is None


def test_how_many_countries_is_still_answered(bot):
    assert lead(bot, "how many countries do the mercenaries come from?") in ("mercenaries-news", "foreign-fighters-blog")
