"""Session 29 tuner 52's wordings (tuning set AK, personas 4 to 6): each test names a way of asking that the bot once
read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead


@pytest.mark.parametrize("q, facts", [
    ("funny how the two articles can't even agree where most prisoners come from, huh?",
     {"most-captured-in-donetsk", "surrender-hotspots-blog"}),
    ("where were most of them supposedly captured?", {"most-captured-in-donetsk", "surrender-hotspots-blog"}),
    ("so where were most prisoners allegedly taken, huh?", {"most-captured-in-donetsk", "surrender-hotspots-blog"}),
])
def test_a_sceptics_asides_carry_no_subject(bot, q, facts):
    # "funny how…, huh?", "supposedly", "allegedly": a sceptic's register around the question, not what is asked
    # (they had been read as subjects no fact holds, and the question refused)
    assert lead(bot, q) in facts


@pytest.mark.parametrize("turns, fact", [
    (("where are the surrenders happening, according to the news report?", "and which towns does the blog list for the map exercise?"),
     "surrender-hotspots-blog"),
    (("which towns does the blog name, for the worksheet?",), "surrender-hotspots-blog"),
    (("what's the opening argument of the blog post, in plain words for students?",), "belief-wins-wars-opinion"),
    (("what does the blog argue at the very start?",), "belief-wins-wars-opinion"),
])
def test_a_teachers_lesson_words_and_the_opening_argument(bot, turns, fact):
    # "for the map exercise", "for the worksheet": what the answer is for, not what is asked; "the opening argument of the
    # blog": its first argument, that an army without belief cannot win (both had been refused: no fact holds them)
    assert lead(bot, *turns) == fact


@pytest.mark.parametrize("turns, fact", [
    (("so who actually vouches for this 'Geneva Conventions' treatment promise? any document at all?",), "geneva-treatment-guarantee"),
    (("Russia is grabbing loads of territory though", "and who came up with that 0.8% figure, some neutral party?"), "territory-taken-2025"),
    (("who vouched for the 0.8% figure, an impartial source?",), "territory-taken-2025"),
])
def test_who_vouches_for_a_claim_asks_its_source(bot, turns, fact):
    # "who vouches for…", "some neutral party?", "an impartial source?": a sceptic asking whose claim it is, the claim's
    # fact answers (they had been refused: 'vouch', 'neutral', 'party' are words no fact holds)
    assert lead(bot, *turns) == fact


@pytest.mark.parametrize("q", [
    "Russia is steamrolling Ukraine and grabbing massive chunks of land, so what are these people on about?",
    "how much land has Russia steamrolled in 2025?",
    "is Russia grabbing huge amounts of land?",
])
def test_steamrolling_and_massive_gains_ask_for_the_land_taken(bot, q):
    # "steamrolling" is the army advancing; "massive", "huge", "enormous" are sizes like "big", no subject (a claim of
    # great gains had been refused: no fact holds the words)
    assert lead(bot, q) in {"territory-taken-2025", "territory-taken-2025-area"}


@pytest.mark.parametrize("q, fact", [
    ("and what has Putin supposedly thrown at the problem, according to him?", "putin-compensation-tactics"),
    ("what has Putin thrown at the problem?", "putin-compensation-tactics"),
    ("so Ukraine is basically just cashing in on demoralised Russians, according to this guy?", "morale-advantage-opinion"),
    ("is Ukraine cashing in on the low morale?", "morale-advantage-opinion"),
])
def test_a_sceptics_idioms_for_the_authors_views(bot, q, fact):
    # "thrown at the problem" (what Putin has tried: pay, forced recruitment, propaganda), "cashing in on" (Ukraine's gain
    # from the lost morale): idioms for the author's views, found by example questions
    assert lead(bot, q) == fact


@pytest.mark.parametrize("q", ["who's really behind 'I Want to Live', the CIA?", "is the CIA running I Want to Live?"])
def test_a_sceptics_guess_at_who_runs_the_project_gets_who_does(bot, q):
    # "the CIA?": a guess at who is behind the project, answered by the fact that says whose it is (a Ukrainian government
    # project), as "isn't it run by the Red Cross?" is (the guess had been a subject no fact holds, and refused)
    assert lead(bot, q) == "iwtl-what-it-is"


@pytest.mark.parametrize("turns", [("where do most get caught", "kursk?? thats russia no?"), ("isn't Kursk in Russia?",),
                                   ("wait, kursk is russia isn't it?",)])
def test_kursk_being_in_russia_is_the_fact_on_captures_in_russia(bot, turns):
    # "Kursk? that's Russia, no?": the fact that places Kursk in Russia (captures there after the incursion), not the list of
    # hotspots that names it
    assert lead(bot, *turns) == "captured-zaporizhzhia-kursk"


@pytest.mark.parametrize("turns", [("1.2 million casualties? says who?", "so what's Moscow's own official casualty number then?"),
                                   ("what does Moscow say about its own casualties?",),
                                   ("what does the Kremlin say about the surrenders?",)])
def test_moscows_own_word_or_figure_is_refused(bot, turns):
    # "Moscow's own official number", "what does the Kremlin say": Russia's side of it, which no article quotes (it had been
    # answered with Ukraine's estimates or the report's own line on heavy losses)
    assert not conversation(bot, *turns).answered


@pytest.mark.parametrize("turns, answered", [
    (("what's 'i want to live'", "who runs it", "how do they reach it", "phone #?"), False),
    (("what's the phone # for the hotline?",), False),
    (("# of prisoners?",), True),
])
def test_a_hash_sign_is_a_number(bot, turns, answered):
    # "phone #?": a phone's shorthand for "phone number", which no article gives (it had been dropped, and "phone?" answered
    # with a fact on the project); "# of prisoners?" still asks for the count
    assert conversation(bot, *turns).answered is answered
