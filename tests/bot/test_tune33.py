"""The tuner round of TUNER33 on tuning-p, -s, -u, -j, -h, -m, -ab and -v: one test per cause tuned, each in a wording of its own."""
from __future__ import annotations

import pytest

from . import lead, reply_to


@pytest.mark.parametrize("earlier, why", [
    ("according to the blog where do most russians give up", "how come there?"),
    ("which places does the blog say most surrenders happen", "why in those towns"),
])
def test_why_there_after_where_they_surrender_is_what_the_places_share(bot, earlier, why):
    """"Why there?" after the blog's list of places leads: the statement that says what the places share ("places where Russian
    forces have lost very heavily", lastanswer.WHY_THERE); read afresh, the Kursk fact led for its "after Kyiv's incursion".
    (Only when that list leads: after the news report's Donetsk leads, a held-out set expects otherwise.)"""
    assert lead(bot, earlier, why) == "surrender-hotspots-blog"


@pytest.mark.parametrize("earlier, echoed", [
    ("what share of prisoners say they were coerced into the army", "forced how"),
    ("how many say they were misled into signing up", "misled how?"),
])
def test_the_last_answers_word_echoed_with_how_asks_for_that_answer(bot, earlier, echoed):
    """"Tricked how?": the last answer's own word with 'how' after it asks how that came about, which the same statement says
    ("promised rear-area posts", followups.ECHO); read afresh, the fact just shown was marked down and the prisoners' total led."""
    assert lead(bot, earlier, echoed) == "coerced-or-misled"


@pytest.mark.parametrize("bare", ["and how much money?", "how much salary"])
def test_how_much_pay_after_pay_told_in_words_is_those_words(bot, bare):
    """"How much pay?" right after the recruits' pay, told in words ("several times the national average"): those words are
    what the articles give of it (lastanswer.PAY_ASKED); refused as a sum of money no fact carries before."""
    assert lead(bot, "what made these men sign up", bare) == "recruitment-incentives"


def test_a_sum_in_a_currency_after_pay_told_in_words_is_still_refused(bot):
    assert lead(bot, "what made these men sign up", "how much money in dollars") is None


@pytest.mark.parametrize("earlier, verdict", [
    ("who wrote the blog post", "is the writer trustworthy?"),
    ("what paper is the news report from", "is that newspaper biased"),
    (None, "what is the political slant of the paper that published the news report"),
])
def test_a_verdict_on_a_writer_or_publisher_is_no_view_of_the_bots(bot, earlier, verdict):
    """"Is he a reliable man?", "is that outlet reliable?": a verdict on a writer or a publisher as such, which no record
    gives (beyond.PROPAGANDA_VERDICT); the records were shown under the trust framing as if they answered it."""
    reply = reply_to(bot, verdict, earlier)
    assert not reply.answered


def test_the_blog_itself_biased_is_still_its_record(bot):
    assert lead(bot, "is the blog biased") == "source:blog-mass-surrenders"


@pytest.mark.parametrize("asked", ["who is the russian army chief", "who is the commander of russia's forces"])
def test_russias_army_chief_is_named_by_no_article(bot, asked):
    """"Who is Russia's army chief?": no article names him; the chief named (Syrskii) is Kyiv's, whose claim was given as if
    it answered (beyond.RUSSIAS_CHIEF)."""
    assert lead(bot, asked) is None


def test_kyivs_army_chief_is_still_syrskii(bot):
    assert lead(bot, "who is ukraine's army chief") == "territory-taken-2025"


@pytest.mark.parametrize("asked", ["what has russia achieved for all those casualties", "what did the russians get in return for all those deaths"])
def test_what_russia_got_for_its_losses_is_the_ground_it_took(bot, asked):
    """"What has Russia got FOR those losses?": what its losses bought it, ground (sounds_like; not a benefit, as "what does
    Ukraine gain FROM each surrender?"); read as a benefit or the losses themselves, it was refused or given the losses."""
    assert lead(bot, asked) in {"territory-taken-2025", "territory-taken-2025-area"}


def test_what_ukraine_gains_from_a_surrender_is_still_the_benefit(bot):
    assert lead(bot, "what does ukraine gain from each surrender") == "surrender-effects"


@pytest.mark.parametrize("asked", ["which website published the 'record numbers' article", 'who ran the "record numbers" piece'])
def test_an_article_named_by_quoted_title_words_is_that_article(bot, asked):
    """"Which outlet ran the 'record numbers' story?": two title words in quotes still name the article (about.NAMED_PIECE
    allows the closing quote before the word for a piece); with the quote the question was refused as out of scope."""
    assert lead(bot, asked) == "source:news-record-surrenders"


@pytest.mark.parametrize("asked", ["has anyone been taken prisoner 2 times", "were any soldiers caught 2 times"])
def test_two_times_in_digits_is_twice(bot, asked):
    """"Captured 2 TIMES?": twice, as the lexicon has it in words (sounds_like); in digits it was read as a count of two and
    a fact giving "two to three" a week, or the record year, led."""
    assert lead(bot, asked) == "exchange-priorities"


@pytest.mark.parametrize("questions", [
    ("Since when are Russians captured more often than Ukrainians?", "is this typical in war?"),
    ("usually the attacking side captures more men, so why not here",),
])
def test_what_is_normal_in_war_is_the_authors_note_on_attacking_armies(bot, questions):
    """"Is that NORMAL IN WARS?", "NORMALLY attacking army takes more prisoners": what has happened in wars before, which the
    author's note has as "historically" (sounds_like); neither word is any fact's, so the questions were refused."""
    assert lead(bot, *questions) == "attackers-become-trapped"


def test_what_is_normal_in_war_about_something_else_is_still_refused(bot):
    assert lead(bot, "is it normal in war to shoot prisoners") is None
