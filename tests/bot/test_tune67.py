"""TUNER67's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", ["And the 420,000 for last year — is that the General Staff too?",
                               "the 420,000 for 2025: is that the General Staff's figure as well?",
                               "And the 420,000 - is it from the General Staff too?"])
def test_a_stated_figure_said_first_then_whose_it_is(bot, q):
    # the figure said first, then "is that the General Staff too?" of a pronoun pointing back at it: it was read as a
    # question about the General Staff in that year, and refused ("no figure for that year"); it is now read as
    # "is the 420,000 … from the General Staff?", which the fact carrying the figure answers with its own claimant
    assert lead(bot, "Can I quote 1.2 million Russian casualties? Who says that?", q) == "casualties-2025"


@pytest.mark.parametrize("q", ["and 2025 - is that the record year?", "the 350 - is that the record week?"])
def test_a_year_or_a_figure_then_a_thing_no_body_is_no_source_check(bot, q):
    # a year said first ("and 2025 - is that the record year?") or a thing that is no institution nor article is no
    # source check: read as before
    from webapp.bot.fronted import fronted
    assert fronted(q) == q


@pytest.mark.parametrize("q, facts", [
    ("Essay line: 'the blog argues that in this war defenders now take more prisoners than attackers.' Fair summary?",
     {"attackers-become-trapped"}),
    ("Student: 'the blog says Russia puts its foreign fighters first in swaps.' Right or wrong?",
     {"foreign-fighters-abandoned", "exchange-priorities"}),
    ("The blog says Russia puts its foreign fighters first in swaps - an accurate reading of it?",
     {"foreign-fighters-abandoned", "exchange-priorities"}),
])
def test_a_line_put_up_with_right_or_wrong_or_fair_summary_is_checked(bot, q, facts):
    # "… Right or wrong?", "… Fair summary?": a marker's tag on a line put to the articles, as "… right?" was; they were
    # refused (the tag no question the bot knew, the line no question at all); the line is now checked
    assert lead(bot, q) in facts


@pytest.mark.parametrize("q, fact", [
    ("The student attributes the 1,213,460 casualty figure to the Russian Ministry of Defence. Is that correct?", "casualties-general-staff"),
    ("The student says the 1,213,460 casualty figure comes from the Russian Ministry of Defence. Is that correct?", "casualties-general-staff"),
    ("Is it true that the 420,000 for 2025 comes from the General Staff?", "casualties-2025"),
])
def test_a_figure_source_put_as_a_claim_is_checked_against_the_figure(bot, q, fact):
    # a figure's source put as a claim ("is it true (that) the 420,000 comes from …", a student's "attributes the
    # 1,213,460 figure to …"): the body named and the student were taken for subjects, and the check refused; the
    # fact carrying the figure now answers with its own claimant, as for "is the 420,000 from the General Staff?"
    assert lead(bot, q) == fact


@pytest.mark.parametrize("before, q, fact", [
    (["Who is the 1,213,460 figure attributed to?"],
     "And the essay says the 420,000 for 2025 comes from the General Staff as well — does the report say that?", "casualties-2025"),
    (["The essay says the record week was 350 in August 2023."],
     "He then puts the weekly average of 60-90 in the blog post. Is it the blog that says that?", "weekly-surrender-average"),
    ([], "so times 52 that's like, what, 4,000-ish a year? does either article actually give that yearly number?", None),
])
def test_a_claim_then_does_the_report_say_that_checks_the_claim(bot, before, q, fact):
    # "… — does the report say that?", "… Is it the blog that says that?": the claim before it, checked against an
    # article, as "… Is that right?" was; read alone, the closing question asked of nothing and was refused, or found
    # the record year for a yearly sum no article gives (now refused)
    assert lead(bot, *before, q) == fact


@pytest.mark.parametrize("q", ["Can I say ninety a week means nearly five thousand a year?",
                               "so 60 a week is about 3,000 a year?",
                               "90 per week makes 4,680 in a year, right?"])
def test_one_periods_figure_carried_to_another_is_a_sum_of_the_bots_own(bot, q):
    # "ninety a week means nearly five thousand a year": a weekly figure carried to a year, arithmetic no article does;
    # it was answered with the weekly average as if it confirmed the yearly sum, and is now refused as a sum
    assert lead(bot, q) is None


@pytest.mark.parametrize("before, q, source", [
    (["The blog post is by Michael Drucker."], "and the news report, is that by him too?", "source:news-record-surrenders"),
    (["who wrote the blog?"], "is the news report by him too?", "source:news-record-surrenders"),
    (["Can I attribute the 'Putin is losing' line to a news source?"], "So the blog is an opinion piece? Who should I credit it to?",
     "source:blog-mass-surrenders"),
    ([], "Who should I credit the blog to?", "source:blog-mass-surrenders"),
])
def test_whose_article_it_is_asked_by_him_too_or_whom_to_credit(bot, before, q, source):
    # "is that by him too?" and "who should I credit it to?" ask who wrote an article; 'him', 'too' and 'credit' were
    # words no question about an article held, and the turn was refused; the article's record now answers
    assert lead(bot, *before, q) == source


@pytest.mark.parametrize("before, q, fact", [
    (["The General Staff said 420,000 casualties in total?"], "no wait, 420,000 was just 2025. What's the whole-war total then?",
     "casualties-general-staff"),
    (["The General Staff said 420,000 casualties in total?"], "oh wait, that was 2025 - what's the whole-war total then?",
     "casualties-general-staff"),
])
def test_a_correction_of_the_visitors_own_claim_before_a_question_is_no_part_of_it(bot, before, q, fact):
    # "no wait, 420,000 was just 2025. What's the whole-war total then?": the visitor corrects their own last claim, then
    # asks; the correction's year was read as the question's, and 2025's losses led; the whole war's estimate leads now
    assert lead(bot, *before, q) == fact


@pytest.mark.parametrize("q, facts", [
    ("Where should I set his capture so it's realistic — where are most Russians taken prisoner?",
     {"most-captured-in-donetsk", "surrender-hotspots-blog"}),
    ("How should I open my speech: how many Russians were captured by the end of 2025?", {"captured-by-end-2025"}),
])
def test_the_visitors_question_about_their_own_work_before_a_dash_is_not_what_is_asked(bot, q, facts):
    # "Where should I set his capture … — where are most Russians taken prisoner?": the first half asks what the visitor
    # should do (read as asking for advice, and refused); the question put to the articles after the dash is answered
    assert lead(bot, q) in facts


@pytest.mark.parametrize("q", ["Were sick men sent into combat?",
                               "His friend in the unit has tuberculosis. Do the articles say sick men were sent into combat anyway?"])
def test_sick_men_sent_into_combat_is_the_armband_story(bot, q):
    # 'into combat' is the lexicon's word for the battlefields raw recruits are put on, which the armband fact ('sent to
    # fight') does not hold; the question was refused. An example question in the fact's own asks now leads to it
    assert lead(bot, q) == "infected-armbands"


@pytest.mark.parametrize("q", ["in sq km tho", "in square kilometres then?", "in km instead"])
def test_a_unit_asked_with_a_softener_after_it_is_still_a_conversion(bot, q):
    # "in sq km tho" after the share of Ukraine taken in 2025: a softener ('tho', 'then', 'instead') after the unit made the
    # turn no conversion, and the share was repeated; the area Sourced computed from it leads now
    assert lead(bot, "how much land did russia take in 2025 pct", q) == "territory-taken-2025-area"


@pytest.mark.parametrize("q", ["i want to live what is it quick", "I Want to Live, what is it briefly?", "i want to live - what is it tho"])
def test_a_fronted_topic_asked_about_with_a_word_on_how_to_answer_after_it(bot, q):
    # "i want to live what is it quick": the topic first, then "what is it", then how the answer is wanted ('quick',
    # 'briefly', 'tho'); the last word made it no fronted topic, and "it" was read alone (the weekly average led)
    assert lead(bot, q) in {"iwtl-what-it-is", "iwtl-path-to-surrender"}
