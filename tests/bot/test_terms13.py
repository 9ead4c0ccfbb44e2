"""Session 12's general mechanisms (the tuner round on branch issue-13r), each on questions of its own (not the tuning
sets' items).

- What a term means: "whats X mean" and "X means what" ask for a definition like "what does X mean"; a fact saying
  "conscripts WERE 5%" or "officers made up 3% of the prisoners IN THE breakdown" uses the term, it does not explain it.
- A statement checked by a negative tag ("…, didn't it?", "…, weren't they?", "…, that can't be right") is a check.
- A rate checked for another period than the fact's ("350 a DAY?" of a week's record) is answered by that fact, said to
  be for a different period, not refused as if no fact gave the figure.
- Where the last answer is from, asked in other words ("is that from X?", "is that Russia's own figure?", "who tracks it?",
  "how does the blogger even know that?", "where does he get that?", "any proof of that?"): the last answer again, with
  who makes the claim; "that's a lot" is taken as "is that a lot?", not as a new question.
- "How long" asks a length of time of one thing: a fact giving the war's length does not answer how long contracts,
  training or a project last (durations.py).
- A yes/no question about a deed a fact states is answered by it. (The round's rule refusing a yes/no about a deed no fact
  states, deeds.py, was left out at the merge: it cost a held-out set an answer and a follow-up and gained none.)
- A verdict on what the articles say ("isn't it just Russian propaganda?") is refused as a view the bot does not have; a
  named subject ("is hochu zhit propaganda?") is still answered ("which article should I trust more?" keeps walk 9's
  answer from the articles' records).
- Short follow-ups: "in km?" is the last figure in other terms; "and the armband thing/story?" names a topic, not the last
  question's count of it; "anywhere else?" is the linked fact on other places; "why did that change?" the linked reason.
- Fillers: "what EVEN / EXACTLY is X" asks what X is; "in practice" names no subject; "info" is information
  (the lexicon); "what sort of info?" after the fact listing it gives that fact again.
- Returning and moving on: "ok back to the officers" is a question, not thanks, and does not inherit the last question's
  type; "where were they caught?" after the prisoners' ages asks where the soldiers were taken, not the ages again.
- The lexicon: "conned", "duped", "fooled", "scammed", "lied to" join "forced or tricked".
- "How many is that over a whole year?" after a weekly rate asks for a sum the bot does not do: refused, the rate offered.
- "How old were they?" after another point about the prisoners is a whole question about the soldiers, read afresh when
  the conversation can't answer it.
- "When did it start?": a fact giving a date leads, not a fact on the war's length that scores higher; after "how long…",
  the length ("how long") is not carried into a question of another type.
- A start of surprise ("wait", "hang on", "hmm", "whoa") before a question names nothing asked about (asides.INTERJECTION).
- "Is it the same in both?" after a figure asks for the other article's figure on the point, beside it.
"""
from __future__ import annotations

import pytest

from . import conversation, reply_to as ask


def lead(reply):
    return [s.fact_id for s in reply.statements][:1]


def related(reply):
    return [s.fact_id for s in reply.related]


@pytest.mark.parametrize("question, mentioned", [
    ("whats an officer", "officers-share-news"),
    ("whats conscripted mean", "conscripts-share-news"),
    ("mercenary means what", "mercenaries-news"),
    ("whats a chronic illness", "chronic-illness-blog"),
])
def test_a_term_only_used_by_the_facts_is_not_explained(bot, question, mentioned):
    reply = ask(bot, question)
    assert not reply.answered and mentioned in related(reply)


def test_a_term_a_fact_explains_is_answered_in_the_colloquial_form(bot):
    reply = ask(bot, "whats psychological warfare mean")
    assert reply.answered and lead(reply) == ["psychological-warfare-analysts"]


@pytest.mark.parametrize("question, expected, framing", [
    ("the invasion started in 2015, didn't it?", "full-scale-invasion-february-2022", ""),
    # (both articles give 3%: which version leads moved with session 14's lexicon, the check framing is the point)
    ("officers were 10 percent, weren't they", "officers-share-blog|officers-share-news", "That is not the figure"),
    ("the blog says mercenaries were 7 percent, doesn't it", "foreign-fighters-blog", "Both give the same share"),  # how they differ first (walk 16)
])
def test_a_statement_with_a_negative_tag_is_checked(bot, question, expected, framing):
    reply = ask(bot, question)
    assert reply.answered and lead(reply)[:1] in [[e] for e in expected.split("|")] and reply.message.startswith(framing)


@pytest.mark.parametrize("question, expected", [
    ("is it true that 60 to 90 surrender every month", "weekly-surrender-average"),
    ("did 350 surrender per day in the record week?", "record-week-august-2024"),
    ("350 of them gave up each day in august 2024, right?", "record-week-august-2024"),
])
def test_a_rate_checked_for_another_period_is_said_to_be_for_a_different_one(bot, question, expected):
    reply = ask(bot, question)
    assert reply.answered and lead(reply) == [expected]
    assert reply.message.startswith("The articles give that figure for a different period.")


def test_a_rate_asked_for_another_period_without_a_figure_is_still_refused(bot):
    assert not ask(bot, "how many surrender each day").answered


@pytest.mark.parametrize("first, then, expected", [
    ("how many foreign fighters are found each week", "is that from the news report?", "new-foreign-fighters-weekly"),
    ("total russian killed and wounded", "is that russias own figure?", "casualties-general-staff"),
    ("where were most prisoners captured", "how does the news report even know that", "most-captured-in-donetsk"),
    ("how many were captured by the end of 2025", "who keeps track of it", "captured-by-end-2025"),
    ("what age were the prisoners", "got any evidence for that", "prisoner-age-range"),
])
def test_where_the_last_answer_is_from_gives_it_again(bot, first, then, expected):
    reply = ask(bot, then, after=first)
    assert reply.answered and lead(reply) == [expected] and reply.message.startswith("Here is who makes that claim")


def test_thats_a_lot_is_not_a_new_question(bot):
    reply = ask(bot, "wow thats a lot", after="how many surrendered in the record week")
    assert not reply.answered and related(reply) == ["record-week-august-2024"]
    reply = conversation(bot, "how many surrender each week", "thats a lot", "where does that figure come from")
    assert reply.answered and lead(reply) == ["weekly-surrender-average"]


@pytest.mark.parametrize("question", [
    "how long does training last",
    "how long have prisoners been held",
    "how long has I Want to Live been running",
])
def test_a_length_of_time_of_another_thing_does_not_answer_how_long(bot, question):
    assert not ask(bot, question).answered


def test_how_long_of_the_war_is_still_answered(bot):
    reply = ask(bot, "how long has this war lasted so far")
    assert reply.answered and lead(reply)[0] in ("war-almost-four-years", "war-in-fourth-year")
    reply = ask(bot, "how long has it been", after="how long has the war gone on")
    assert reply.answered and lead(reply)[0] in ("war-almost-four-years", "war-in-fourth-year")


@pytest.mark.parametrize("question, expected", [
    ("are the captured soldiers treated well", "geneva-treatment-guarantee"),
    ("were some prisoners captured twice", "exchange-priorities"),
    ("did any of them get wounded in exchanges", "exchange-priorities"),
])
def test_a_yes_no_deed_a_fact_states_is_answered(bot, question, expected):
    reply = ask(bot, question)
    assert reply.answered and lead(reply) == [expected]


@pytest.mark.parametrize("question", [
    "isnt it just russian propaganda",
    "is all this just western propaganda",
    "so is that really propaganda",
])
def test_a_verdict_on_the_articles_is_refused(bot, question):
    reply = ask(bot, question)
    assert not reply.answered and reply.reason == "not-covered" and reply.message.startswith("I have no views of my own")


def test_a_named_subject_called_propaganda_is_still_answered(bot):
    reply = ask(bot, "is hochu zhit propaganda")
    assert reply.answered and lead(reply) == ["psychological-warfare-analysts"]


@pytest.mark.parametrize("first, then, expected", [
    ("how many prisoners were sick", "what about the armband story?", "infected-armbands"),
    ("what share of ukraine did russia take in 2025", "in km?", "territory-taken-2025-area"),
    ("where were most prisoners taken", "anywhere else?", "captured-zaporizhzhia-kursk"),
    ("when did more russians start getting captured", "why did that change", "attackers-become-trapped"),
])
def test_short_follow_ups_lean_on_the_last_answer(bot, first, then, expected):
    reply = ask(bot, then, after=first)
    assert reply.answered and lead(reply) == [expected]


@pytest.mark.parametrize("turns, expected", [
    (["what exactly is I Want to Live"], "iwtl-what-it-is"),
    (["what kind of info do captured soldiers hand over"], "surrender-effects"),
    (["what does ukraine learn from prisoners", "what types of information"], "surrender-effects"),
])
def test_fillers_and_kinds_of_what_was_said(bot, turns, expected):
    reply = conversation(bot, *turns)
    assert reply.answered and lead(reply) == [expected]


def test_in_practice_is_no_subject(bot):
    reply = ask(bot, "and how does it work in practice", after="tell me what I Want to Live is")
    assert reply.answered and lead(reply)[0] in ("iwtl-path-to-surrender", "iwtl-channels")


def test_back_to_an_earlier_topic_is_a_question(bot):
    reply = conversation(bot, "what share of prisoners were officers", "what are the geneva conventions", "ok back to the officers")
    assert reply.answered and lead(reply)[0] in ("officers-share-blog", "officers-share-news")
    reply = conversation(bot, "what share of prisoners were officers", "what are the geneva conventions", "ok back to the officers",
                         "who says so")
    assert reply.answered and lead(reply)[0] in ("officers-share-blog", "officers-share-news")


@pytest.mark.parametrize("first, then", [
    ("how old were the prisoners", "where were they caught"),
    ("what age range were the captured men", "and where were they taken prisoner"),
])
def test_where_they_were_taken_is_not_answered_by_the_last_fact(bot, first, then):
    reply = ask(bot, then, after=first)
    assert reply.answered and lead(reply)[0] in ("most-captured-in-donetsk", "surrender-hotspots-blog", "captured-zaporizhzhia-kursk")


@pytest.mark.parametrize("question", ["were many recruits duped into signing up", "how many were fooled into joining"])
def test_everyday_words_for_being_tricked(bot, question):
    reply = ask(bot, question)
    assert reply.answered and lead(reply) == ["coerced-or-misled"]


@pytest.mark.parametrize("then", ["how many is that over a whole year", "so like what is that for a whole month"])
def test_a_rate_over_a_whole_other_period_is_a_sum_not_done(bot, then):
    reply = ask(bot, then, after="how many surrender each week")
    assert not reply.answered and related(reply) == ["weekly-surrender-average"]


@pytest.mark.parametrize("first, then, expected", [
    ("what share of prisoners were conscripts", "how old were they", "prisoner-age-range"),
    ("what were the prisoners ranks", "where were they captured", "most-captured-in-donetsk"),
])
def test_a_whole_wh_question_about_them_is_read_afresh(bot, first, then, expected):
    reply = ask(bot, then, after=first)
    assert reply.answered and lead(reply) == [expected]


@pytest.mark.parametrize("turns", [
    ("how long is the war now", "ok when did it start"),
    ("how long is the war going", "almost four years then?", "when did it begin then"),
    ("how long has the war lasted", "four years?", "when did it all start"),
])
def test_when_it_started_is_answered_by_the_dated_fact(bot, turns):
    reply = conversation(bot, *turns)
    assert reply.answered and lead(reply) == ["full-scale-invasion-february-2022"]


@pytest.mark.parametrize("question, expected", [
    ("hang on, how old were they", "prisoner-age-range"),
    ("hmm, what share were officers", "officers-share-news"),
])
def test_a_start_of_surprise_names_nothing_asked(bot, question, expected):
    reply = ask(bot, question)
    assert reply.answered and expected in [s.fact_id for s in reply.statements][:2]


def test_the_same_in_both_asks_for_the_other_articles_figure(bot):
    reply = ask(bot, "same in both articles?", after="what share were mobilised civilians")
    assert reply.answered and lead(reply) == ["mobilised-share-news"] and len(reply.statements) == 2
