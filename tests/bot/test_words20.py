"""Session 20: visitors' questions of my own that the bot got wrong, one test per cause, each failing before its fix."""
from __future__ import annotations

import pytest

from . import lead, reply_to

COUNTS_IN_WORDS = {"record-year-2025", "surrenders-2025-exceed-2022-2023", "surrenders-unprecedented"}


@pytest.mark.parametrize("question", [
    "why are surrenders going up?",
    "why has the pace of surrender increased?",
    "what's behind the rise in surrenders?",
])
def test_why_the_rise_is_not_answered_by_a_claim_that_only_restates_it(bot, question):
    """"why are surrenders going up?" asks the cause of the rise: "2025 brought more surrenders than any other year"
    says only that it rose; a count in words gives no reason, as a count in figures does not."""
    assert lead(bot, question) not in COUNTS_IN_WORDS | {None}


def test_a_comparison_the_visitor_makes_keeps_the_claim_that_makes_it(bot):
    assert lead(bot, "why do russians get captured more often than ukrainians now?") in {
        "captures-reversed-since-june-2023", "attackers-become-trapped"}


@pytest.mark.parametrize("question, fact", [
    ("and the news report's record-year claim, whose count is that?", "record-year-2025"),
    ("is the infected-armband story from the blog?", "infected-armbands"),
])
def test_a_hyphenated_word_the_bot_does_not_know_is_read_as_its_parts(bot, question, fact):
    """"record-year" is no word the articles use, but "record" and "year" are: read whole, the question holds an
    unknown word and is refused."""
    assert lead(bot, question) == fact


def test_a_hyphenated_word_the_articles_use_stays_whole(bot):
    assert lead(bot, "what share were rank-and-file?") in {"rank-and-file-share-news", "rank-and-file-share-blog"}


@pytest.mark.parametrize("question, fact", [
    ("how many russian KIA and WIA since the start, per the General Staff?", "casualties-general-staff"),
    ("total russian kia and wia so far?", "casualties-general-staff"),
    ("do analysts really call the hotline project a psyop?", "psychological-warfare-analysts"),
])
def test_military_shorthand_reads_as_the_articles_words(bot, question, fact):
    """KIA / WIA (killed / wounded in action) and "psyop" are a military-history reader's words for the casualties
    and the psychological warfare the articles report."""
    assert lead(bot, question) == fact


@pytest.mark.parametrize("question", [
    "what is the russian death toll for the whole war?",
    "russian losses over the entire war?",
    "what are the russian casualties for the whole war?",
])
def test_for_the_whole_war_asks_the_running_total_not_one_year(bot, question):
    """"for / over / across the whole war" asks the total since the invasion began, as "throughout the war" does: not
    the 2025 figure, and not a claim about the rate."""
    assert lead(bot, question) == "casualties-general-staff"


def test_a_fronted_group_then_what_share_were_they_asks_that_groups_share(bot):
    """"and officers, what share were they?" after the mobilised share: the group said first is what the share is of,
    not a second subject to be found beside the mobilised in one fact."""
    assert reply_to(bot, "and officers, what share were they?", "what percentage were mobilised?").statements[0].fact_id \
        in {"officers-share-news", "officers-share-blog"}
    assert lead(bot, "foreign fighters, what percentage are they?") in {"mercenaries-news", "foreign-fighters-blog"}


@pytest.mark.parametrize("question", [
    "does ukraine abide by the geneva conventions?",
    "does kyiv comply with the geneva conventions when it holds prisoners?",
    "who says ukraine sticks to the geneva conventions?",
])
def test_keeping_a_rule_is_read_as_following_it(bot, question):
    """"abide by", "comply with", "stick to" the Geneva Conventions ask what "follow" asks: the verb is the question's
    frame, not a subject no fact holds."""
    assert lead(bot, question) == "geneva-treatment-guarantee"


def test_the_geneva_conventions_are_a_name_not_a_word_for_conditions(bot):
    """"the Geneva Conventions" name a treaty: a fact on poor conditions in Russia's army is no answer to whether Russia
    follows them (the articles do not say), while the fact naming them still answers of Ukraine."""
    assert lead(bot, "does russia follow the geneva conventions?") is None
    assert lead(bot, "does ukraine follow the geneva conventions?") == "geneva-treatment-guarantee"
    assert lead(bot, "what are conditions like in the russian army?") == "conditions-in-russian-army"


@pytest.mark.parametrize("question", [
    "what is i want to live? it is a charity?",
    "what does i want to live mean? it's a tv show?",
    "what is the i want to live project? that's a film?",
])
def test_a_kind_guessed_after_what_is_it_is_answered_by_what_it_is(bot, question):
    """"what is X? it is a charity?" (a learner's word order for "is it a charity?"): the guess is answered by what X is; its word (charity, show) is no subject a fact
    must hold, as it is not in "what is X? a charity or something?"."""
    assert lead(bot, question) == "iwtl-what-it-is"


@pytest.mark.parametrize("question", [
    "y would men even join if its that bad",
    "how come men enlist when it's so dangerous?",
])
def test_a_why_typed_short_sets_aside_the_granted_clause_too(bot, question):
    """"y would ppl join if its that bad": the clause granting how bad it is ("if it's that bad") is set aside for a why
    however it is typed ("y", "how come"), as it was for "why"; its words (bad, dangerous) are no subject."""
    assert lead(bot, question) in {"recruitment-incentives", "coerced-or-misled"}


@pytest.mark.parametrize("question", [
    "when did syrskii say russia took 0.8%?",
    "on what date did the general staff announce the 1.2 million figure?",
])
def test_the_day_a_claim_was_made_is_not_the_period_it_is_of(bot, question):
    """"when did Syrskii say that?" asks the day he said it, which no article gives: the 2025 in his figure is the
    period it covers, no answer to when it was said."""
    assert lead(bot, question) is None


def test_when_an_article_said_it_is_still_asked_of_the_article(bot):
    assert lead(bot, "when was the news report published?") == "source:news-record-surrenders"


def test_the_names_of_those_analysts_are_not_given(bot):
    """"the names of THOSE analysts" asks what "the names of the analysts" asks: the blog names none."""
    assert reply_to(bot, "can you give me the names of those analysts?", "who calls I Want to Live psychological warfare?") \
        .statements == []


@pytest.mark.parametrize("question, fact", [
    ("who counts the casualties, and isn't that just propaganda?", "casualties-general-staff"),
    ("who says over 10,000 were captured, but isn't it all just propaganda?", "captured-by-end-2025"),
])
def test_a_doubt_tacked_on_with_and_or_but_is_not_what_is_asked(bot, question, fact):
    """"…, and isn't that just propaganda?" is a doubt tacked on, as "…, or is that just propaganda?" was: the question
    before it is asked; the doubt's words are no subject a fact must hold."""
    assert lead(bot, question) == fact


def test_a_question_typed_after_a_question_without_its_mark_is_asked_not_dropped(bot):
    """"is that a lot? whats the record week" - the second question lacks its question mark, but it is a question,
    not a remark about the visitor ("Who wrote it? I'm a journalist and need to credit it.") to be set aside."""
    assert reply_to(bot, "is that a lot? whats the biggest week ever", "how many russians give up each week?") \
        .statements[0].fact_id == "record-week-august-2024"
    assert lead(bot, "Who wrote it? I'm a journalist and need to credit it.") in {
        "source:blog-mass-surrenders", "source:news-record-surrenders"}


@pytest.mark.parametrize("question", ["how many years the war is going on?", "how many year is the war going on now?"])
def test_how_many_years_asked_as_a_learner_asks_how_long(bot, question):
    """A learner's "how many year the war is going on?" asks how long the war has lasted, as "how many years has the
    war lasted?" does: not a count of something in a year."""
    assert lead(bot, question) in {"war-almost-four-years", "war-in-fourth-year"}


@pytest.mark.parametrize("question", ["which sector has the most surrenders?", "in what sectors were most of them captured?"])
def test_a_sector_is_a_place(bot, question):
    """A military reader's "sector" of the front asks where, as "area" or "region" does."""
    assert lead(bot, question) in {"surrender-hotspots-blog", "most-captured-in-donetsk"}


@pytest.mark.parametrize("question", [
    "what do the two articles agree on?",
    "what do both articles have in common?",
    "where do the articles agree?",
])
def test_what_the_articles_agree_on_is_answered_with_a_point_both_give(bot, question):
    """The sources' agreements are facts too: "what do the articles agree on?" is answered with a point where both
    give the same figure, side by side, not refused as a question naming nothing."""
    reply = bot.answer(question)[0]
    assert reply.answered and len(reply.statements) == 2
    cited = {c["source_id"] for s in reply.statements for c in s.citations}
    assert cited == {"blog-mass-surrenders", "news-record-surrenders"}


@pytest.mark.parametrize("doubt", ["how would anyone know that?", "how can they know that?", "can that figure be checked?"])
def test_a_doubt_of_how_anyone_could_know_points_back_to_the_figure(bot, doubt):
    """"how would anyone know that?" after the officers' share doubts that share: its fact, with who claims it, answers;
    not the author's opinion on why officers are few."""
    assert reply_to(bot, doubt, "what share were officers?").statements[0].fact_id in {"officers-share-news", "officers-share-blog"}


@pytest.mark.parametrize("question", ["how would anyone know how many surrendered?", "how do we know how many prisoners there are?"])
def test_how_anyone_knows_how_many_asks_whose_count_it_is(bot, question):
    """"how would anyone know how many surrendered?" asks how the count is known; whose count it is, the one thing the
    articles say of that, answers, not the blog's account of the project behind the surrenders."""
    assert lead(bot, question) == "captured-by-end-2025"


def test_a_learners_catched_is_caught_not_a_spelling_slip_for_watched(bot):
    """"where is most soldiers catched?": a learner's regular past of "catch", which spelling correction had turned into
    "watched" (the author's opinion that Ukraine has not just watched the collapse led)."""
    assert lead(bot, "where is most soldiers catched?") in {"most-captured-in-donetsk", "surrender-hotspots-blog"}


@pytest.mark.parametrize("question", [
    "who created the i want to live project?",
    "who founded i want to live?",
    "who is make the I Want to Live?",
    "who operates the hotline?",
])
def test_who_made_a_project_asks_who_is_behind_it(bot, question):
    """"who created / founded / made I Want to Live?" asks who is behind it, as "who runs it?" does: what the project
    is (a Ukrainian government project) answers; "made" is no deed to find in "officers made up 3%"."""
    assert lead(bot, question) == "iwtl-what-it-is"


def test_who_made_something_else_keeps_its_deed(bot):
    assert lead(bot, "who made them wear the armbands?") is None
