"""Session 36's changes: each test names what a visitor, or the bench, would notice."""
from __future__ import annotations

import pytest

from webapp.bot.evaluate import load_items
from webapp.bot.normalize import tidy

from . import lead


def texts(bot):
    """Texts to look for phrases in: the evaluation set's questions, tidied, and each lexicon phrase inside a sentence."""
    yield from (tidy(i["q"]) for i in load_items())
    yield from (f"so they {p}, right?" for p, _ in bot.lex.phrases)
    yield from ("", "a", "ab")


def test_the_phrases_looked_for_in_a_question_are_every_phrase_it_holds_in_the_lexicons_order(bot):
    # phrases_in narrows the lexicon's thousands of phrases to those that could occur, before each is searched for: it
    # must never leave out one that occurs, nor change their order (the first phrase found wins in several readings)
    for text in texts(bot):
        held = [x for x in bot.lex.phrases if x[0] in text]
        assert [x for x in bot.lex.phrases_in(text) if x[0] in text] == held, text


def test_a_short_question_is_searched_for_a_few_phrases_not_all_of_them(bot):
    # the point of it: a question of a few words has a few dozen candidate phrases at most, not the lexicon's thousands
    candidates = bot.lex.phrases_in(tidy("How many prisoners were swapped?"))
    assert len(bot.lex.phrases) > 1000
    assert len(candidates) < len(bot.lex.phrases) / 10


@pytest.mark.parametrize("q, fact", [
    ("how many soldiers gave themselves up in total?", "captured-by-end-2025"),
    ("did most of them lay down their arms in donetsk?", "most-captured-in-donetsk"),
])
def test_questions_worded_with_a_lexicon_phrase_are_still_answered(bot, q, fact):
    assert lead(bot, q) == fact


def crowded(store, n=2000):
    """The real content and `n` made-up facts that all name Kursk (as the bench's 50,000 do, a tenth of them)."""
    from webapp.facts import Store
    from webapp.schemas import Citation, Fact, Figure
    src = next(iter(store.sources))
    facts = dict(store.facts)
    for i in range(n):
        facts[f"syn-{i}"] = Fact(id=f"syn-{i}", statement=f"In Kursk a monitoring group counted {i + 2:,} drones during 2024.",
                                 kind="figure", claimant="a monitoring group", figures=[Figure(value=i + 2, unit="drones", text=f"{i + 2:,}")],
                                 citations=[Citation(source_id=src, paragraph=1)], topics=["drones"])
    return Store(sources=store.sources, facts=facts, modules=store.modules, lexicon=store.lexicon)


def test_a_place_named_in_thousands_of_facts_is_looked_up_in_the_first_few_hundred(bot, tmp_path):
    # "what about Kursk?" in a large store looked at every fact naming Kursk for one saying what it is (27 ms at 50,000
    # facts); the first few hundred, in file order, are looked at now, and the real fact that places it still answers
    from webapp import db
    from webapp.bot import Bot, define
    store = crowded(bot.store)
    mentions = define.Mentions(store)
    first = mentions.of("Kursk")
    assert len(first) == define.MENTIONS_LOOKED_AT
    assert first[:len(mentions.of("Kursk", limit=3))] == mentions.of("Kursk", limit=3)  # (file order, the real facts first)
    conn = db.connect(tmp_path / "crowded.sqlite3")
    db.migrate(conn)
    big = Bot(store, search=lambda *a, **k: db.bot_search(conn, *a, **k))
    db.load_content(conn, store, extra_terms=big.index_terms)
    reply, _ = big.answer("what about kursk?")
    assert reply.answered and reply.statements[0].fact_id == "captured-zaporizhzhia-kursk"
    conn.conn.close()


@pytest.mark.parametrize("q", ["what do you mean i want to live", "wdym i want to live?", "What do you mean by I Want to Live?",
                               "tell me what I Want to Live is", "can you explain what I Want to Live means?",
                               "tell me what I Want to Live is for"])
def test_asking_what_is_meant_by_a_name_is_told_what_it_is(bot, q):
    # "what do you mean i want to live" named the project and nothing else, with no question type of its own: it was answered
    # with the officers' share of the project's breakdown, the first fact holding the name
    assert lead(bot, q) == "iwtl-what-it-is"


def test_what_is_meant_by_a_name_and_more_is_no_bare_name(bot):
    # ("what do you mean I want to live in Ukraine": more than the name, not asked what it is)
    assert lead(bot, "what do you mean I want to live in Ukraine") != "iwtl-what-it-is"


@pytest.mark.parametrize("q", ["how many soldiers have surrendered through I Want to Live in total?",
                               "how many soldiers have given themselves up via I Want to Live altogether?",
                               "how many are under 18?"])
def test_an_age_range_does_not_answer_how_many_people(bot, q):
    # the project's "between 18 and 65" counts years of age: it answered a how-many question about soldiers (it is shown
    # among the related facts of the refusal, which says no article gives that count)
    assert lead(bot, q) is None


@pytest.mark.parametrize("q", ["how old are the prisoners?", "how many prisoners are between 18 and 65",
                               "are there 65 year olds fighting?"])
def test_an_age_range_still_answers_questions_about_age(bot, q):
    assert lead(bot, q) == "prisoner-age-range"


# The review of session 36's tuner rounds (probes old against new): what the new rules misread, and what they still do

@pytest.mark.parametrize("q", ["how were they killed, by drones?", "how are most Russians wounded, by artillery?",
                               "how are they caught, by drones?"])
def test_a_means_after_a_how_question_is_kept_unless_the_how_is_getting_in_touch(bot, q):
    # ", by telegram?" after "how does a soldier reach them" is a guess at the channel, set aside; after "how were they
    # killed" the means is what is asked, and no fact says it: these were answered with the casualty rate and the hotspots
    assert lead(bot, q) is None


def test_a_guessed_channel_after_how_to_reach_them_is_still_set_aside(bot):
    assert lead(bot, "how do they get in touch, via an app?") == "iwtl-channels"


@pytest.mark.parametrize("q", ["was a clarification added to the blog post?", "was there a clarification about the headline?"])
def test_a_clarification_is_a_subject_not_a_way_of_asking(bot, q):
    # ("please clarify how…" asks; "a clarification" is a published correction, which no fact or record reports)
    assert lead(bot, q) is None


def test_please_clarify_still_asks(bot):
    assert lead(bot, "Please clarify how Ukraine is contacting the Russian soldiers") == "iwtl-channels"


@pytest.mark.parametrize("q", ["how many prisoners have newly detected tuberculosis?", "how many newly found cases of HIV are there?"])
def test_something_newly_found_is_not_the_foreign_fighters_found_each_week(bot, q):
    assert lead(bot, q) is None


@pytest.mark.parametrize("q", ["Is there a weekly rate for newly identified foreign fighters?", "how many newly spotted mercenaries each week?"])
def test_newly_identified_foreign_fighters_are_those_discovered_each_week(bot, q):
    assert lead(bot, q) == "new-foreign-fighters-weekly"


@pytest.mark.parametrize("q, fact", [("how many surrender per week since the project started?", "weekly-surrender-average"),
                                     ("on average how many surrender each week since its launch?", "weekly-surrender-average"),
                                     ("how many new foreign fighters are found each week since the beginning?", "new-foreign-fighters-weekly")])
def test_a_weekly_rate_asked_since_a_start_is_still_the_rate(bot, q, fact):
    # (a running count since the project began is no weekly rate; a rate asked "per week since…" is)
    assert lead(bot, q) == fact


@pytest.mark.parametrize("q", ["how many were captured, say it briefly for the Kursk region",
                               "what does Russia call it a special military operation for?",
                               "why is it called the SVO and not a war?"])
def test_a_subject_in_a_tail_or_a_name_asked_about_is_not_set_aside(bot, q):
    # "…, say it briefly for the Kursk region" lost Kursk (the 10,000 given as if it were Kursk's); "why is it called the
    # SVO" was read as "the war" and answered with the war's length
    assert lead(bot, q) is None


@pytest.mark.parametrize("q, fact", [("what happens to them, put it plainly for the sick prisoners", "infected-armbands"),
                                     ("what is I want to live, put it plainly for my class", "iwtl-what-it-is"),
                                     ("how many of our boys were killed or wounded on SVO?", "casualties-general-staff"),
                                     ("for the debate on prisoner swaps: how many?", "pows-returned-in-exchanges"),
                                     ("For the opposition side: how many Russian troops have been killed or wounded overall?", "casualties-general-staff")])
def test_an_audience_a_side_or_the_war_s_other_name_is_still_read_as_before(bot, q, fact):
    assert lead(bot, q) == fact


# The review of TUNER74's round
@pytest.mark.parametrize("turns, fact", [
    (("what share of prisoners were officers according to the news report?", "where does the blog put that figure?"), "officers-share-blog"),
    (("what share of prisoners were officers?", "how many exactly? I need the number in the news report"), "officers-share-news"),
    (("how many soldiers were captured by the end of 2025?", "how did the blog get hold of it?"), "captured-by-end-2025"),
])
def test_a_follow_up_pointing_back_at_its_figure_is_not_read_as_a_new_subject(bot, turns, fact):
    # "where does the blog put THAT figure?" was read as a place asked afresh (the commanders' opinion led); "I need the
    # number in the news report" as a unit wanted (refused); "get hold of it" as contacting the project (its channels)
    assert lead(bot, *turns) == fact


def test_how_a_report_got_hold_of_a_figure_is_not_how_to_contact_the_project(bot):
    assert lead(bot, "what share of prisoners had criminal records?", "how did the news report get hold of it?") is None
