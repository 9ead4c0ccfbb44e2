"""Tuner 61's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", [
    "What happens to a soldier in Russia if they catch him trying to surrender? prison?",
    "what do they do to men caught trying to surrender?",
    "what if his commanders catch him trying to give up?",
    "What happens to soldiers caught while trying to defect?",
])
def test_caught_trying_to_surrender_is_a_punishment_no_article_reports(bot, q):
    # "if they catch him trying to surrender": what his own side does to him, which no article reports (it had been
    # answered with the contract soldiers' share, or with Ukraine's promise of fair treatment); refused now
    assert lead(bot, q) is None


@pytest.mark.parametrize("q", [
    "Have the Russian authorities responded to the allegations of coerced recruitment?",
    "has Moscow reacted to the surrender numbers?",
    "how did the Kremlin respond to the report?",
    "Did Russia deny that men were forced to sign?",
])
def test_russias_response_to_a_claim_is_refused(bot, q):
    # "have the Russian authorities responded…?", "has Moscow reacted…?": Russia's answer to what is said of it, which no
    # article gives, as "what does the Kremlin say?" already read (it had been answered with the blog's view of Putin's
    # tactics); refused now
    assert lead(bot, q) is None


@pytest.mark.parametrize("q", [
    "Do the Ukrainians hold still territory in Kursk actually?",
    "Does Ukraine control still land in Kursk?",
    "Are the Ukrainians occupying still Russian land?",
])
def test_still_after_the_verb_is_how_things_stand_now(bot, q):
    # "hold still territory": "still hold territory" in a German or Dutch word order, how things stand now, which no
    # article reports (it had been answered with the area Russia took in 2025); refused now, as "still hold" already was
    assert lead(bot, q) is None


@pytest.mark.parametrize("before, q, fact", [
    ("Russian losses per the General Staff, entire war?", "And for 25 alone?", "casualties-2025"),
    ("How many Russian casualties over the whole war?", "what about in '25?", "casualties-2025"),
    ("How much land did Russia take in 2025?", "Same figure for 24, for comparison?", None),
    ("How much land did Russia take in 2025?", "and in 23?", None),
])
def test_a_two_digit_year_is_that_year(bot, before, q, fact):
    # "for 25 alone", "in '25", "for 24": a year of the war in two digits, known by the word before it, read as 2025 or
    # 2024 (they had been read with no year: the whole war's count again, or 2025's land for 2024, which no fact gives)
    assert lead(bot, before, q) == fact


def test_a_two_digit_number_counted_is_no_year(bot):
    # "one in 25" stays a fraction, answered by the officers' share as before
    assert lead(bot, "Is it true that one in 25 prisoners were officers?") == "officers-share-news"


@pytest.mark.parametrize("before, q, fact", [
    ("total Russian casualties?", "and how many Ukrainians, so I can give both sides?", None),
    ("How many Russians were killed or wounded?", "and Ukrainian losses, so that I can compare?", None),
    (None, "how many prisoners were officers, so I can quote it on the show?", "officers-share-news"),
])
def test_what_the_visitor_will_say_with_it_is_no_part_of_the_question(bot, before, q, fact):
    # ", so I can give both sides", ", so I can quote it": what the visitor means to do with the answer, set aside as
    # ", which I can read out" already was (the first had been answered with Russia's 2025 losses, on "both sides")
    assert lead(bot, *([before] if before else []), q) == fact


@pytest.mark.parametrize("q", [
    "name the 40 countries",
    "list the 40 countries the foreigners come from",
    "ok, name the 40 countries then",
])
def test_members_asked_for_with_their_count_said_again_are_refused(bot, q):
    # "name THE 40 countries": the count said back while asking for the members by name, which no article gives, as
    # "name the countries" already read (it had been answered with the count of 40 countries itself)
    assert lead(bot, "how many foreign fighters are captured each week?", q) is None


@pytest.mark.parametrize("before, q", [
    ("Kursk incursion mentioned?", "AFU force size committed to the Kursk op?"),
    ("Was Kursk mentioned?", "what was the size of the force Ukraine sent in?"),
    ("Where were most prisoners taken?", "russian troop strength there?"),
])
def test_the_size_of_a_force_in_a_staff_officers_words_is_refused(bot, before, q):
    # "force size", "size of the force", "troop strength": how many men a side put in, which no article gives, as
    # "how many troops are deployed" already read (they had been answered with where prisoners were taken)
    assert lead(bot, before, q) is None


@pytest.mark.parametrize("q", [
    "Ukr GS estimate, killed plus wounded, since Feb 22?",
    "General Staff estimate of Russians killed and wounded since February 2022?",
    "General Staff estimate, killed plus wounded, since 24 Feb 2022?",
    "Ukrainian General Staff figure for Russians killed and wounded since the 24th of February 2022?",
])
def test_since_the_invasions_month_is_the_whole_war(bot, q):
    # "since Feb 2022", "since 24 February 2022": the month the invasion began, the whole war as "since 2022" already read
    # (they had been refused: a year asked that the whole war's count does not name)
    assert lead(bot, "Anything on Russian casualties in these pieces?", q) == "casualties-general-staff"


def test_a_day_of_the_month_is_no_year(bot):
    # the day in "February 24, 2022" stays a day, not the year 2024
    from webapp.bot.causes import READ_REWRITES
    assert "2024" not in READ_REWRITES("how many were captured since february 24, 2022?")


@pytest.mark.parametrize("before, q, fact", [
    ("how many killed or hurt?", "and is it slowing down at least??", "casualty-rate-not-slowing"),
    ("How many Russian casualties are there?", "and are the losses easing?", "casualty-rate-not-slowing"),
    ("how many Russian losses?", "so are they going down?", "casualty-rate-not-slowing"),
])
def test_a_yes_no_question_after_and_keeps_its_own_frame(bot, before, q, fact):
    # "AND is it slowing down?" after a count: a yes/no question of its own, as "is it slowing down?" already was (it had
    # kept the last question's count, and a claim with no figure was refused for giving no number)
    assert lead(bot, before, q) == fact
