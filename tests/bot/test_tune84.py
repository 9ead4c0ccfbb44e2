"""Session 84's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", [
    "In one short sentence, how many Russians have been captured?",
    "how many Russian troops are held by Ukraine, in a single simple line?",
])
def test_how_long_an_answer_with_an_adjective_is_no_subject(bot, q):
    # "in one SIMPLE sentence": how long the answer should be, as "in one sentence" is; the adjective kept the words in the
    # question, whose "sentence" and "simple" were read as a subject no fact holds
    assert lead(bot, q) == "captured-by-end-2025"


def test_a_prison_sentence_is_still_no_answer_length(bot):
    assert lead(bot, "How long a prison sentence did the convicts serve before joining?") is None


@pytest.mark.parametrize("q", [
    "is there one figure I could put on a slide for that?",
    "so is there a single number I can quote for this?",
])
def test_one_number_to_quote_for_the_last_answer_is_its_figure(bot, q):
    # "is there a single number … for that?": the last answer's figure, to quote; the question ending "for that" was not read
    # as pointing back, and "single", "slide" were looked up as a subject of their own
    assert lead(bot, "How many Russian soldiers are held by Ukraine?", q) == "captured-by-end-2025"


def test_a_number_for_another_group_is_not_the_last_figure_again(bot):
    assert lead(bot, "How many Russian soldiers are held by Ukraine?", "is there a single number for the officers?") \
        in ("officers-share-news", "officers-share-blog")


@pytest.mark.parametrize("q", [
    "how has the speed of surrendering changed across the years?",
    "has the pace of Russian surrenders changed over time?",
])
def test_how_the_pace_changed_is_the_yearly_comparison(bot, q):
    # how the pace has changed over the years: what the years compare, not the author's reading of the faster pace (which
    # holds "pace" and "changed", said of the army)
    assert lead(bot, q) in ("surrenders-2025-exceed-2022-2023", "record-year-2025")


def test_what_the_faster_pace_shows_is_still_the_authors_view(bot):
    assert lead(bot, "What does the blogger think the faster pace of surrenders tells us?") == "fundamental-shift-opinion"


@pytest.mark.parametrize("q", [
    "how do I explain to my students why men from jail ended up in the army?",
    "how can we explain to a Year 9 class why men out of prison ended up fighting?",
])
def test_how_to_explain_to_a_class_is_no_advice_asked(bot, q):
    # "how do I explain to teenagers why…": how to put it to a class (as "how would I explain…" was read), no advice asked;
    # "how do I" made it advice, out of scope. "Ended up fighting/in the army": how men came to join, the recruitment
    assert lead(bot, q) == "recruitment-incentives"


def test_advice_on_what_to_do_stays_out_of_scope(bot):
    assert lead(bot, "how do I find out if my brother was captured?") is None
    assert lead(bot, "how do I explain to my son that his cousin surrendered?") is None


@pytest.mark.parametrize("q, source", [
    ("Is the news report balanced enough to give to my pupils?", "source:news-record-surrenders"),
    ("is the blog post something objective we could share with the class, or just commentary?", "source:blog-mass-surrenders"),
])
def test_an_article_to_hand_out_is_asked_about_its_kind(bot, q, source):
    # "… I can hand to students", "… enough to give my pupils": what the teacher means to do with the article, not what is
    # asked; its words kept the question from being read as one about the article's kind
    assert lead(bot, q) == source


def test_a_video_to_show_the_class_stays_refused(bot):
    assert lead(bot, "is there a short video on the prisoner swaps we could show our students?") is None


@pytest.mark.parametrize("q", [
    "new topic: how many Russians were taken prisoner?",
    "On a different note, how many Russian soldiers does Ukraine hold?",
    "ok, changing the subject - how many Russian POWs are there?",
])
def test_a_new_subject_announced_is_no_part_of_the_question(bot, q):
    # "different topic - …", "on another note, …": the visitor announces a new subject; its words ("topic", "note") were
    # read as a subject no fact holds and the question was refused
    assert lead(bot, "Who wrote the blog post?", q) == "captured-by-end-2025"


def test_a_topic_word_inside_the_question_is_still_read(bot):
    assert lead(bot, "which topic does the blog's note on Putin cover?") != "captured-by-end-2025"


@pytest.mark.parametrize("q", [
    "which regions should we point out to the class as where most Russians surrendered?",
    "what towns should I point to on the map where most Russians gave up?",
])
def test_what_to_point_to_is_no_advice_asked(bot, q):
    # "which places should I point to…": what a teacher shows a class, answered from the facts; "should I" made it advice
    assert lead(bot, q) in ("most-captured-in-donetsk", "surrender-hotspots-blog")


def test_should_i_about_the_visitors_own_acts_stays_advice(bot):
    assert lead(bot, "should I donate to the prisoners?") is None
    assert lead(bot, "should I send money to them?") is None


@pytest.mark.parametrize("q", [
    "Which number shows my pupils how many Russians were killed or wounded?",
    "what figure gives readers the total Russian casualties?",
])
def test_whom_a_figure_is_shown_to_is_no_subject(bot, q):
    # "what figure shows STUDENTS the cost…": whom the answer is for; "students" was read as a subject no fact holds
    assert lead(bot, q) == "casualties-general-staff"


def test_a_class_of_soldiers_is_still_asked_about(bot):
    assert lead(bot, "what does the blog show about the officer class?") in ("officers-share-blog", "officers-share-news", None)


@pytest.mark.parametrize("q, fid", [
    ("one liner on how many Russians Ukraine has captured?", "captured-by-end-2025"),
    ("give me a one-line explanation of what the I Want to Live project is", "iwtl-what-it-is"),
])
def test_a_one_liner_asked_for_is_the_length_wanted(bot, q, fid):
    # "one-liner on what…", "a one-line summary of why…": how long the answer should be, said before what is asked; "liner",
    # "summary" were read as a subject no fact holds
    assert lead(bot, q) == fid


def test_a_one_liner_with_nothing_asked_stays_refused(bot):
    assert lead(bot, "one-liner about the weather in Kyiv?") is None


def test_killed_or_hurted_is_both_halves_of_the_losses(bot):
    # "died or are hurted": a learner's past tense of "hurt"; the wounded half went unseen, and the question was read as
    # asking for the dead alone, which no article gives apart
    assert lead(bot, "how many russian soldier were killed or hurted since the war begin?") == "casualties-general-staff"


def test_the_hurt_alone_is_still_one_half(bot):
    assert lead(bot, "how many russians got hurted?") is None


def test_officials_of_the_army_are_its_officers(bot):
    # "officials of the army": a Portuguese or Spanish speaker's word for officers ("oficiais", "oficiales"); "officials"
    # alone are the Ukrainian officials the blog relays
    assert lead(bot, "what part of the captured are officials of the russian army?") in ("officers-share-news", "officers-share-blog")


def test_ukrainian_officials_are_still_the_claimants(bot):
    assert lead(bot, "what do Ukrainian officials say about the prisoners' health?") == "chronic-illness-blog"


@pytest.mark.parametrize("q, fid", [
    ("in which region they captured more soldiers of all?", "most-captured-in-donetsk"),
    ("what year had more surrenders of them all?", "record-year-2025"),
])
def test_more_of_all_is_a_learners_superlative(bot, q, fid):
    # "the week with more surrenders of all" (Portuguese "mais … de todas"): the most; read as a comparison, it gave the
    # weekly average, or nothing
    assert lead(bot, q) == fid


def test_more_than_is_still_a_comparison(bot):
    assert lead(bot, "were there more surrenders in 2025 than in 2022 and 2023?") == "surrenders-2025-exceed-2022-2023"


@pytest.mark.parametrize("q", [
    "who does Moscow prefer to get back in the swaps?",
    "which prisoners russia prefers for the exchanges?",
])
def test_whom_russia_prefers_in_swaps_is_whom_they_favour(bot, q):
    # "prefer … back", "prefer … in the exchanges": whom the swaps favour; "prefer" was read as "better" (captivity an
    # upgrade), or refused
    assert lead(bot, q) == "exchange-priorities"


def test_what_prisoners_prefer_is_still_their_lot(bot):
    assert lead(bot, "do the prisoners prefer captivity to the front?") == "treatment-an-upgrade"


@pytest.mark.parametrize("q", [
    "why would so many men agree to go to the war?",
    "why did they went off to war at all?",
])
def test_going_to_the_war_is_signing_up(bot, q):
    # "why do so many accept to go to the war?": why men join; "go to the war" was no idea, and the question refused
    assert lead(bot, q) == "recruitment-incentives"


def test_why_russia_went_to_war_stays_out_of_scope(bot):
    assert lead(bot, "why did Russia go to war?") is None


def test_agreeing_to_go_is_consent_not_the_articles_agreeing(bot):
    # "why would men AGREE TO go…": their consent, not whether the articles agree (a comparison of two versions)
    assert lead(bot, "why did so many agree to sign up?") == "recruitment-incentives"
    assert lead(bot, "do the blog and the news report agree on the share of officers?") in ("officers-share-news", "officers-share-blog")


@pytest.mark.parametrize("q, fid", [
    ("wot dose the author think about putin?", "putin-losing-belief-opinion"),
    ("dose ukraine look after the prisoners properly", "geneva-treatment-guarantee"),
])
def test_dose_typed_for_does(bot, q, fid):
    # "dose" for "does", typed as it sounds (a dyslexic visitor's spelling): a real word, so never corrected, and read as a
    # subject no fact holds
    assert lead(bot, q) == fid


def test_a_dose_of_medicine_is_still_a_dose(bot):
    assert lead(bot, "what dose of medicine do the sick prisoners get?") is None


def test_lern_is_learn(bot):
    # "lern": "learn" spelt as it sounds; too short to be put right by distance, it was read as a subject no fact holds
    assert lead(bot, "what has ukraine lerned from the pows?") == "surrender-effects"


def test_learn_spelt_right_is_unchanged(bot):
    assert lead(bot, "what has ukraine learned from the pows?") == "surrender-effects"


def test_who_counted_them_misspelt_asks_who_gives_the_figure(bot):
    # "who cownted them": who counts them, the last answer's claimant, once the slip is put right; read as typed, it asked
    # nothing the follow-up rules knew and a neighbouring fact answered
    assert lead(bot, "how many russians were captured", "who cownted them?") == "captured-by-end-2025"


def test_who_else_is_still_read_as_typed(bot):
    assert lead(bot, "how many russians were captured", "who wrote the blog?") == "source:blog-mass-surrenders"


@pytest.mark.parametrize("q", [
    "the 1.2 million losses figure I keep reading - who came up with it?",
    "that 1.2 million casualty number we keep hearing, where does it come from?",
])
def test_a_figure_the_visitor_keeps_hearing_is_that_figure(bot, q):
    # "… I keep hearing - where's it from?": where the visitor met the figure, not what is asked; without "about" after it,
    # "keep" stayed in the question and a fact saying the losses keep coming led
    assert lead(bot, q) == "casualties-general-staff"


def test_whether_losses_keep_rising_is_still_asked(bot):
    assert lead(bot, "do Russian losses keep rising?") == "casualty-rate-not-slowing"


@pytest.mark.parametrize("q", [
    "what had recruits been told they would be doing?",
    "what jobs were they promised when they joined?",
])
def test_what_recruits_were_told_is_the_promise_of_safe_posts(bot, q):
    # what recruits were told they would be doing: the blog's rear-area posts promised to those tricked, not the pay
    assert lead(bot, q) == "coerced-or-misled"


def test_what_the_kremlin_offered_is_still_the_incentives(bot):
    assert lead(bot, "what did the Kremlin promise recruits?") == "recruitment-incentives"


@pytest.mark.parametrize("q", ["could the tricked men sue Russia?", "can they take the army to court over it?"])
def test_a_case_at_law_is_refused(bot, q):
    assert lead(bot, "were many tricked into joining?", q) is None


@pytest.mark.parametrize("q, fid", [
    ("anything surprising about how Russia treated soldiers who were ill before the front?", "infected-armbands"),
    ("is there anything interesting in the prisoner swaps?", "pows-returned-in-exchanges"),
])
def test_anything_surprising_about_it_asks_about_it(bot, q, fid):
    # "anything surprising in how…": what the visitor hopes to hear of the thing; "surprising" was read as a subject no fact
    # holds, and "how Russia treated…" (no "did") was not read as a how-question
    assert lead(bot, q) == fid


def test_anything_surprising_with_nothing_named_stays_refused(bot):
    assert lead(bot, "anything surprising about the weather in Kyiv?") is None


@pytest.mark.parametrize("q", ["is ukraine winning or losing right now?", "are the russians wining or loosing the war at the moment"])
def test_which_side_is_ahead_is_refused(bot, q):
    # which side is winning the war now: no article reports how the war stands; the author's view that Putin is losing "on
    # the front of belief" answered it
    assert lead(bot, q) is None


def test_what_the_author_says_putin_is_losing_is_still_his_view(bot):
    assert lead(bot, "what does the author say Putin is losing?") == "putin-losing-belief-opinion"


@pytest.mark.parametrize("q", ["what's the over-under on Russia losing this year?", "what are the betting odds on the war ending next year?"])
def test_odds_on_the_war_ending_are_a_forecast(bot, q):
    # the odds of the war ending this year: a forecast no article makes; "ending this year" was read as a date in the facts
    assert lead(bot, q) is None


def test_when_the_war_began_is_still_answered(bot):
    assert lead(bot, "when did the full-scale invasion begin?") is not None


@pytest.mark.parametrize("q", [
    "what are the blogger's closing words?",
    "so how does the blog post end?",
    "what's the author's final thought, paraphrased, for my script?",
])
def test_how_the_blog_ends_is_the_authors_conclusion(bot, q):
    # the blog's closing line, its ending, its final thought: the view the author ends on (he concludes Putin is losing on
    # the front of belief); "closing", "line" were read as a subject no fact holds, and "end" as the war's or a trap's
    assert lead(bot, q) == "putin-losing-belief-opinion"


def test_how_the_news_report_ends_is_not_the_authors_view(bot):
    assert lead(bot, "what is the closing line of the news report?") != "putin-losing-belief-opinion"


@pytest.mark.parametrize("q, fid", [
    ("the part about the armbands - what does it mean?", "infected-armbands"),
    ("so the bit near the end about belief: what's the point?", "putin-losing-belief-opinion"),
])
def test_a_part_of_the_blog_named_by_its_subject(bot, q, fid):
    # "the bit at the end about belief - what's the idea there?": what the blog says on that subject; "bit", "idea" were read
    # as a subject no fact holds
    assert lead(bot, q) in (fid, "belief-wins-wars-opinion" if fid == "putin-losing-belief-opinion" else fid)


def test_a_bit_of_a_number_is_unchanged(bot):
    assert lead(bot, "what bit of the prisoners were officers?") in ("officers-share-news", "officers-share-blog")
