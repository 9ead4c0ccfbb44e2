"""Session 20's tuner round on tuning-r, -w, -u and -p (TUNER20): one test per cause tuned, each in a wording of its own."""
from __future__ import annotations

from . import lead, reply_to


def test_a_passive_yes_no_question_asks_its_participle(bot):
    """"Are they PUNISHED once home?" asks what no fact reports, as "does Russia punish them?" does: not the swaps the
    other words name. A participle some fact holds still answers, and "is the figure attributed…" asks its source."""
    assert not reply_to(bot, "are the men russia gets back in swaps punished when they return").answered
    assert not reply_to(bot, "do captured russians get tortured by their guards").answered
    assert lead(bot, "were some of them tricked into signing up") == "coerced-or-misled"
    assert lead(bot, "is the weekly average of surrenders attributed to anyone") == "weekly-surrender-average"
    assert lead(bot, "was the full-scale invasion launched in 2022") == "full-scale-invasion-february-2022"  # a date checked


def test_a_count_that_says_how_they_were_drawn_in_answers_how(bot):
    """"How did foreigners end up in Russia's army?": the count of foreigners that says they were drawn in by campaigns
    and promises gives the way, not the claim on Russia not taking them back (a count is otherwise no way or reason)."""
    assert lead(bot, "how did foreigners end up in the russian army") == "foreign-fighters-blog"


def test_what_a_why_question_grants_without_its_verb_is_set_aside(bot):
    """"Why sign up IF THE ARMY SO HARSH": a learner leaves out "is"; what the question grants is still no subject."""
    assert lead(bot, "why do men sign up if the army so harsh") == "recruitment-incentives"


def test_taking_in_a_refused_figure_is_refused_again(bot):
    """"So there's no precise figure?" right after a refused count: none to give still (not some other count that says
    "number"), and the question after it is read as it would have been."""
    assert not reply_to(bot, "so there's no precise figure", "how many gave up during 2025").answered
    assert lead(bot, "how many gave up during 2025", "so there's no precise figure",
                "did more give up than in 2023") == "surrenders-2025-exceed-2022-2023"


def test_a_quoted_label_says_which_ones(bot):
    """"Which armbands?": the fact on armbands labelling the sick "infected" says which, by the word they bear, though it
    names them with no capital or figure; a group a fact speaks of only in general is still refused."""
    assert lead(bot, "which armbands were they given") == "infected-armbands"
    assert not reply_to(bot, "which countries do the mercenaries come from").answered


def test_a_figure_said_back_asks_about_the_last_answer(bot):
    """"So 420,000?" after the 2025 losses says back that answer's own figure: the same fact, not the whole war's toll
    linked to it; a figure said back of an article by name is that article's."""
    assert lead(bot, "what were russia's losses during 2025", "so 420,000?") == "casualties-2025"
    assert lead(bot, "officers' share according to the news report", "and the blog, 3% as well?") == "officers-share-blog"


def test_the_men_asked_about_said_again_after_a_comma_are_no_new_subject(bot):
    """"What share were officers, the men in charge?": the apposition names the same men again, in words no fact needs."""
    assert lead(bot, "what share were officers, the men in charge") in ("officers-share-news", "officers-share-blog")


def test_their_own_men_back_naming_no_side_are_ukraines(bot):
    """"Do the swaps get them their own men back?" names no side: the captors' own men, Ukraine's soldiers brought home;
    naming Russia, its own soldiers are Russia's."""
    assert lead(bot, "do the swaps get them their own men back") == "ukrainians-home-in-exchanges"
    assert lead(bot, "does russia get its own soldiers back") != "ukrainians-home-in-exchanges"


def test_another_unit_asked_with_not_and_a_percent_sign(bot):
    """"In km not %?" after the share of land taken asks for the area Sourced computed, as "in km, not percent?" does;
    "in numbers not %" after a share is refused (no count of officers is given, and the bot does no sums)."""
    assert lead(bot, "what share of ukraine did russia seize in 2025", "in km not %") == "territory-taken-2025-area"
    assert not reply_to(bot, "in numbers not %", "share of officers?").answered


def test_where_of_the_last_answer_needs_a_fact_on_places(bot):
    """"Where did that happen?" after the busiest week asks its place, which no fact gives: refused, not the week again;
    after where most were taken it still gets a fact on places."""
    assert not reply_to(bot, "where did that happen", "which week saw the most surrenders").answered
    assert reply_to(bot, "where was that", "where were most of them caught").answered


def test_what_caused_that_asks_a_reason_as_why_does(bot):
    """"What happened that week to cause it?" after the busiest week is "why that week?": no fact gives a reason for it;
    "what caused it?" after why soldiers surrender gets a reason, not a view on belief."""
    assert not reply_to(bot, "so what happened that week to cause it", "when was the busiest week of surrenders").answered
    assert lead(bot, "why do russian troops give up", "what caused it") == "conditions-in-russian-army"


def test_a_pronoun_run_together_with_its_verb_is_read_as_both(bot):
    """"Where they're kept" asks where they are kept (refused: no place of detention is given), and "they're" is no
    subject a fact must hold."""
    assert not reply_to(bot, "so where they're kept").answered
    assert lead(bot, "do the news report and the blog agree on where they're taken prisoner") in (
        "most-captured-in-donetsk", "surrender-hotspots-blog")
