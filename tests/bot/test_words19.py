"""Session 19: visitors' questions of my own that the bot got wrong, one test per cause, each failing before its fix."""
from __future__ import annotations

import pytest

from . import lead, reply_to


@pytest.mark.parametrize("question", [
    "Who brokers the prisoner swaps?",
    "who mediates the exchanges between Kyiv and Moscow?",
    "who bankrolls the I Want to Live project?",
])
def test_a_who_question_whose_deed_no_fact_mentions_is_refused(bot, question):
    """"who MEDIATES the swaps?" asks the doer of a deed no article reports: not the body that counts the swaps."""
    assert lead(bot, question) is None


@pytest.mark.parametrize("question, fact", [
    ("who counts the killed and wounded?", "casualties-general-staff"),
    ("who captured them?", "captured-by-end-2025"),
])
def test_a_who_question_whose_deed_a_fact_reports_is_answered(bot, question, fact):
    assert lead(bot, question) == fact


@pytest.mark.parametrize("question, fact", [
    ("is the 1.2 million figure from the Coordination Headquarters?", "casualties-general-staff"),
    ("did the 6,000 come from the General Staff?", "pows-returned-in-exchanges"),
    ("was the 420,000 for 2025 put out by the coordination headquarters?", "casualties-2025"),
])
def test_a_figure_checked_against_a_body_leads_with_the_fact_carrying_it(bot, question, fact):
    """"Is FIGURE from BODY?" asks whose figure it is: the fact carrying it answers, naming its own claimant; the
    body named is what is checked, not what the question is about."""
    assert lead(bot, question) == fact


@pytest.mark.parametrize("question, fact", [
    ("says who? the 1.2 million casualties", "casualties-general-staff"),
    ("says who? more than 6,000 prisoners swapped back", "pows-returned-in-exchanges"),
    ("according to who? the 350 surrenders in one week", "record-week-august-2024"),
    ("says who? the 0.8% of ukraine taken in 2025", "territory-taken-2025"),
])
def test_says_who_said_before_the_claim_asks_who_makes_it(bot, question, fact):
    """"says who? CLAIM" is "who says CLAIM?": the fact that carries the claim, naming its claimant."""
    assert lead(bot, question) == fact


@pytest.mark.parametrize("question, fact", [
    ("Can I tell my pupils, as an established fact, that more than 10,000 Russians have been captured?", "captured-by-end-2025"),
    ("could we teach our students that more than 6,000 Russian prisoners were swapped back?", "pows-returned-in-exchanges"),
    ("may I tell the class that Russia has taken only 0.8% of Ukraine in 2025?", "territory-taken-2025"),
])
def test_a_claim_a_teacher_asks_to_tell_the_class_is_checked(bot, question, fact):
    """"can I tell my class (as a fact) that CLAIM?" checks the claim: the class is who will hear it, no subject."""
    assert lead(bot, question) == fact


@pytest.mark.parametrize("question, fact", [
    ("there's a figure of 1.2 million russian casualties going around online, is that right?", "casualties-general-staff"),
    ("1.2 million casualties, that's the number being bandied about on twitter, right?", "casualties-general-staff"),
    ("a number floating around on social media says 83% of prisoners are infantry, correct?", "rank-and-file-share-blog"),
])
def test_where_a_visitor_met_a_claim_is_no_part_of_the_claim(bot, question, fact):
    """"going around online", "bandied about on twitter": where the claim was met, not what it is about."""
    assert lead(bot, question) in {fact, fact.replace("-blog", "-news")}


def test_a_count_going_around_somewhere_else_is_still_refused(bot):
    assert lead(bot, "how many prisoners are going around in the camps?") is None


@pytest.mark.parametrize("question, fact", [
    ("what's the process for surrendering?", "iwtl-path-to-surrender"),
    ("what is the exact procedure to give up?", "iwtl-path-to-surrender"),
    ("What are the steps for contacting the hotline?", "iwtl-channels"),
])
def test_the_process_for_doing_a_thing_is_how_it_is_done(bot, question, fact):
    """"what's the process for surrendering?" asks how it is done; "process" is the frame, not a subject no fact holds."""
    assert lead(bot, question) == fact


@pytest.mark.parametrize("question", [
    "what do the articles disagree about?",
    "what do the two articles differ on?",
])
def test_what_the_articles_disagree_about_compares_them(bot, question):
    """"disagree about?" with nothing after it names no topic: the two articles compared, with a point where they differ."""
    reply = reply_to(bot, question)
    assert reply.answered and reply.statements[0].fact_id.startswith("source:")
    assert any(not s.fact_id.startswith("source:") for s in reply.statements)  # the point where they differ


@pytest.mark.parametrize("question, fact", [
    ("which article talks about HIV?", "chronic-illness"),
    ("which article discusses the armbands?", "infected-armbands"),
    ("which one quotes Syrskii?", "territory-taken-2025"),
])
def test_an_article_talking_about_or_quoting_a_thing_mentions_it(bot, question, fact):
    """"talks about", "discusses", "quotes" are how a question asks what an article mentions, no subject of their own."""
    assert (lead(bot, question) or "").startswith(fact)


def test_talking_to_soldiers_is_still_a_deed_not_a_frame(bot):
    assert lead(bot, "does ukraine talk to russian soldiers directly?") == "reaches-soldiers-directly"


@pytest.mark.parametrize("question", [
    "do the articles say how long the contracts last?",
    "does the blog say how long those contracts run?",
])
def test_a_length_asked_inside_another_question_needs_a_fact_giving_that_length(bot, question):
    """"…say how long the contracts last?" asks the contracts' length: the war's four years are another thing's length."""
    assert lead(bot, question) is None


@pytest.mark.parametrize("question, fact", [
    ("does either article mention the Geneva Conventions?", "geneva-treatment-guarantee"),
    ("does either one give the NCO share?", "nco-share-news"),
])
def test_either_article_names_no_subject(bot, question, fact):
    assert lead(bot, question) == fact


@pytest.mark.parametrize("question, fact", [
    ("does the news report describe the armbands?", "infected-armbands"),
    ("did the blog portray the exchanges at all?", "exchange-priorities"),
])
def test_whether_an_article_describes_a_thing_is_whether_it_mentions_it(bot, question, fact):
    """"does the news report DESCRIBE the armbands?": the fact that does, with which article gives it."""
    assert lead(bot, question) == fact


@pytest.mark.parametrize("question", [
    "what countries do the foreign fighters come from?",
    "what countries are the mercenaries from?",
])
def test_what_countries_asks_their_names_which_a_count_of_them_does_not_give(bot, question):
    """"what countries…", like "which countries…", asks for a list: "about 40 countries" names none of them."""
    assert lead(bot, question) is None


def test_how_many_countries_is_still_answered_by_the_count(bot):
    assert lead(bot, "how many countries do the mercenaries come from?") in {"mercenaries-news", "foreign-fighters-blog"}


@pytest.mark.parametrize("question, fact", [
    ("how many russkies got nabbed?", "captured-by-end-2025"),
    ("why do so many russians throw in the towel?", "surrender-as-survival"),
])
def test_slang_for_russians_and_for_giving_up_or_being_caught(bot, question, fact):
    assert lead(bot, question) == fact


@pytest.mark.parametrize("question", [
    "what is the blogger's opinion?",
    "what's the author's take?",
    "what is the opinion of the writer?",
])
def test_the_authors_opinion_is_his_view_not_the_kind_of_article(bot, question):
    """"what is the blogger's opinion?" asks his view (an opinion fact), not that his post is an opinion piece."""
    reply = reply_to(bot, question)
    assert reply.answered and reply.statements[0].fact_id.endswith("-opinion")


def test_whether_the_blog_is_an_opinion_piece_is_still_its_record(bot):
    assert lead(bot, "is the blog an opinion piece?") == "source:blog-mass-surrenders"


def test_the_authors_take_on_a_thing_is_his_view_of_it(bot):
    """"the blogger's TAKE on the surrenders" asks his opinion of them, like "what does the blogger think of them"."""
    assert lead(bot, "what's the blogger's take on the surrenders?") == lead(bot, "what does the blogger think of the surrenders?")
    assert lead(bot, "what's the blogger's take on the surrenders?").endswith("-opinion")


def test_what_a_place_is_is_told_by_where_it_lies(bot):
    """"what is Donetsk?" is told by the fact saying where it lies (Ukraine's eastern region), not by one that only
    names it; a place no fact locates is refused, with the facts that mention it."""
    assert lead(bot, "what is Donetsk?") == "most-captured-in-donetsk"
    reply = reply_to(bot, "what's Pokrovsk?")
    assert not reply.answered and [s.fact_id for s in reply.related] == ["surrender-hotspots-blog"]


@pytest.mark.parametrize("question, fact", [
    ("donetsk?", "most-captured-in-donetsk"),
    ("what about Kursk?", "captured-zaporizhzhia-kursk"),
])
def test_a_place_named_bare_as_the_first_question_is_told_by_where_it_lies(bot, question, fact):
    assert lead(bot, question) == fact


def test_a_place_no_fact_locates_named_bare_gets_the_facts_that_mention_it(bot):
    assert lead(bot, "pokrovsk?") == "surrender-hotspots-blog"


def test_a_name_asked_bare_as_the_first_question_asks_what_it_is(bot):
    """"I Want to Live?" alone asks what the project is; the officers' share, whose fact names the project as the source
    of its breakdown, answers another question."""
    assert lead(bot, "I Want to Live?") == "iwtl-what-it-is"
    assert lead(bot, "killed and wounded?") == "casualties-general-staff"  # a bare subject still gets its figure


def test_a_bare_where_after_an_answer_asks_where_that_was(bot):
    """"where?" after the record week asks where it happened, which no article says (the answer is not shown again);
    after the count of prisoners it asks where they were taken."""
    assert lead(bot, "what was the record week?", "where?") is None
    assert lead(bot, "how many were captured?", "where?") == "most-captured-in-donetsk"


@pytest.mark.parametrize("question", [
    "why are most of the prisoners contract soldiers?",
    "why are the captured mostly infantry?",
])
def test_a_why_question_is_not_answered_by_a_count_or_share_alone(bot, question):
    """"why are most of them contract soldiers?" asks a reason no article gives: the 76% says how many, not why."""
    assert lead(bot, question) is None


@pytest.mark.parametrize("question, fact", [
    ("why does the rank breakdown not add up to 100?", "rank-breakdown-sum"),  # computed: the arithmetic is the reason
    ("why was Ukraine able to bring hundreds of its own soldiers home?", "ukrainians-home-in-exchanges"),  # says what made it possible
])
def test_a_why_question_is_still_answered_by_a_figure_that_gives_its_reason(bot, question, fact):
    assert lead(bot, question) == fact
