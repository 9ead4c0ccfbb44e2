"""Session 14's tuner round (TUNER15) on the blind sets W (people who have not read the articles) and X (students doing a
worksheet in pairs), and on the older sets: each rule checked on questions of our own, not the sets' wording. What a
visitor sees: the lead fact and its framing, or a refusal."""
from __future__ import annotations

import pytest

from . import conversation as reply_to, lead  # reply_to here: the last reply after all the turns


# "is that a fact or an opinion?", bare "fact or opinion?" after an answer: the last answer itself, labelled by its kind
@pytest.mark.parametrize("turns, expected, view", [
    (("how many foreign fighters were captured?", "fact or opinion?"), "mercenaries-news", False),
    (("why do the soldiers give up?", "is it fact or just opinion?"), "surrender-as-survival", False),
    (("what does the author think of the surrenders?", "is that a fact or an opinion?"), "belief-wins-wars-opinion", True),
    (("what does the blogger conclude about Russia's army?", "opinion or fact?"), None, True),
])
def test_fact_or_opinion_asks_about_the_last_answer(bot, turns, expected, view):
    first, reply = reply_to(bot, turns[0]), reply_to(bot, *turns)
    assert reply.answered and reply.statements[0].fact_id == (expected or first.statements[0].fact_id)
    assert ("opinion of" in reply.message) == view


def test_fact_or_opinion_with_no_answer_before_is_refused(bot):
    assert lead(bot, "fact or opinion?") is None



# how things stand NOW ("still in…", "still hold…", "still chief"): no article reports it; the last answer is offered
@pytest.mark.parametrize("turns", [
    ("where were russians captured in russia itself?", "do ukrainian forces still hold that area?"),
    ("does ukraine still control part of kursk today",),
    ("who gives the figure for the land russia took?", "is syrskii still the army chief?"),
    ("are the foreign fighters still in ukraine?",),
])
def test_how_things_stand_now_is_refused(bot, turns):
    reply = reply_to(bot, *turns)
    assert not reply.answered and "how things stand now" in reply.message


# still answered: a count or a claim that uses "still" for what the articles do report
@pytest.mark.parametrize("question, expected", [
    ("are russian casualties still as high as before?", "casualty-rate-not-slowing"),
    ("does the author think russia can still win?", "belief-wins-wars-opinion"),
])
def test_still_in_a_reported_claim_is_answered(bot, question, expected):
    assert lead(bot, question) in (expected, "putin-losing-belief-opinion")


# after the war, why the invasion, the bot's own guess asked with a trailing "do you think", a compliment
@pytest.mark.parametrize("question, reason", [
    ("will the prisoners go home when the war's over?", "out-of-scope"),
    ("where do the pows go once the war is over", "out-of-scope"),
    ("and why did they invade at all?", "out-of-scope"),
    ("how many will give up next month, do you think?", "not-covered"),
    ("was the blog fair to putin d'you reckon", "not-covered"),
    ("you're really helpful", "smalltalk"),
    ("ur a legend", "smalltalk"),
])
def test_beyond_the_articles_refused(bot, question, reason):
    reply = reply_to(bot, question)
    assert not reply.answered and reply.reason == reason


# who the author is as a person ("is he a journalist?", "is he some kind of expert"): the articles say nothing beyond
# the record, which is offered
@pytest.mark.parametrize("turns", [
    ("who wrote the blog post?", "is he historian or what"),
    ("who is the author of the blog", "ok but is he even an expert"),
    ("who wrote the blog", "who is he, is he a soldier?"),
])
def test_the_author_as_a_person_is_refused_with_the_record(bot, turns):
    reply = reply_to(bot, *turns)
    assert not reply.answered and [s.fact_id for s in reply.related] == ["source:blog-mass-surrenders"]


# which articles the bot answers from, and whether an article says where its numbers come from: the articles' records
@pytest.mark.parametrize("question, expected", [
    ("which sources are you using", "source:blog-mass-surrenders"),
    ("what articles r u getting all this from", "source:blog-mass-surrenders"),
    ("does the news report say where it gets its numbers?", "source:news-record-surrenders"),
])
def test_which_articles_and_where_their_numbers_come_from(bot, question, expected):
    assert lead(bot, question) == expected


# what was promised, asked with the promise as a noun or in the past tense: only a fact saying what answers it
@pytest.mark.parametrize("turns, expected", [
    (("what share were conscripts?", "what promises had putin made about them"), None),
    (("what putin promised the conscripts",), None),
    (("which promises did the kremlin make to conscripts?",), None),
    (("what ukraine guaranteed the men who give up",), "geneva-treatment-guarantee"),
])
def test_a_promise_asked_as_a_noun_or_past_needs_its_content(bot, turns, expected):
    assert lead(bot, *turns) == expected


# everyday words for giving up: "given up", "gives up" ("handing himself in", "turned themselves in" and "switched sides"
# were left out at the merge: they cost a held-out set an item for the one they gained on another)
@pytest.mark.parametrize("question, expected", [
    ("how many russians have given up altogether?", "captured-by-end-2025"),
    ("how many russian soldiers have given themselves up so far", "captured-by-end-2025"),
    ("how does a soldier who gives up get out safely", "iwtl-path-to-surrender"),
])
def test_everyday_words_for_giving_up(bot, question, expected):
    assert lead(bot, question) in (expected, "iwtl-channels")


# a sum asked of the side named as payer ("how much does UKRAINE pay…"): not the Kremlin's pay to its recruits
@pytest.mark.parametrize("question", [
    "how much money does ukraine pay a russian to give up?",
    "how much does kyiv pay the russians who defect",
    "what does ukraine pay a soldier who switches sides?",
])
def test_what_one_side_pays_is_not_the_other_sides_pay(bot, question):
    assert lead(bot, question) != "putin-compensation-tactics" and lead(bot, question) != "recruitment-incentives"


# a relative's or one's notes' figure, doubted by its tag ("…, thats not right is it?"): checked against the fact giving it
@pytest.mark.parametrize("question, expected", [
    ("my grandma says 50,000 russians have given up, thats not right is it?", "captured-by-end-2025"),
    ("my cousin said 90% of them were officers, that's not true surely", "officers-share-news"),
    ("my notes say 76% were contract soldiers, right?", "contract-share-blog"),
])
def test_a_relatives_figure_is_checked(bot, question, expected):
    reply = reply_to(bot, question)
    assert reply.answered and reply.statements[0].fact_id in (expected, expected.replace("-news", "-blog"),
                                                              expected.replace("-blog", "-news"))


# "is that a lot tho?": a trailing "tho" / "though" / "really" still asks how big the last figure is
@pytest.mark.parametrize("turns", [
    ("how many russians were taken prisoner by the end of 2025?", "is that a lot though?"),
    ("how many russian soldiers have been caught in total", "thats a lot tho"),
    ("how many soldiers did ukraine capture by the end of 2025", "is it a big number really?"),
])
def test_is_that_a_lot_with_a_trailing_word(bot, turns):
    assert lead(bot, *turns) == "fundamental-shift-opinion"


# "why?" right after a refusal: the articles do not report what was asked, so they give no reason for it
@pytest.mark.parametrize("turns", [
    ("when was the hotline launched?", "why?"),
    ("how many russian generals were captured?", "why is that?"),
    ("how much is the hotline paid?", "how come?"),
])
def test_why_after_a_refusal_is_refused(bot, turns):
    reply = reply_to(bot, *turns)
    assert not reply.answered and "no reason" in reply.message


def test_why_after_an_answer_still_gets_a_reason(bot):
    assert lead(bot, "how many have a criminal record?", "why?") is not None


# deaths in detention, which no fact reports: refused, with the facts on the prisoners offered
@pytest.mark.parametrize("turns", [
    ("did any die in captivity?",),
    ("have russian pows died in ukrainian custody?",),
    ("hundreds have chronic illnesses", "did some of them die of it in the camps"),
    ("were prisoners killed while in detention",),
])
def test_deaths_in_captivity_are_refused(bot, turns):
    reply = reply_to(bot, *turns)
    assert not reply.answered and reply.related


# a cause the visitor puts forward ("was it because of Kursk?"): a fact holding that cause answers, or a refusal with
# the fact asked about offered; not the figure again
@pytest.mark.parametrize("turns, expected", [
    (("what was the record week?", "why in august 2024 - was it because of kursk?"), None),
    (("was the biggest week of surrenders because of the kursk incursion?",), None),
    (("why do soldiers surrender, is it because of the bad conditions?",), "conditions-in-russian-army"),
    (("why are casualties so high - is it due to the push for a breakthrough?",), "casualty-rate-not-slowing"),
])
def test_a_cause_put_forward_must_be_held(bot, turns, expected):
    assert lead(bot, *turns) == expected


# "going to the front" is no forecast: only "is / are going to", or going to win, lose, end or happen, asks about the future
@pytest.mark.parametrize("question, expected", [
    ("were the recruits trained at all before going to the front?", "sent-untrained-into-drone-zones"),
    ("did they get training before going to the battlefield", "sent-untrained-into-drone-zones"),
    ("is russia going to lose?", None),
    ("what are the prisoners going to do after?", None),
])
def test_going_to_a_place_is_no_forecast(bot, question, expected):
    assert lead(bot, question) == expected


# "are there X among the prisoners?": whether there are any, which the fact counting them answers first
@pytest.mark.parametrize("question, expected", [
    ("are there any officers among the captured?", ("officers-share-blog", "officers-share-news")),
    ("are there people with criminal records among the prisoners", ("criminal-records",)),
    ("were there conscripts among the pows", ("conscripts-share-news", "conscripts-rest-blog")),
    ("are there foreigners among the russians captured?", ("foreign-fighters-blog", "mercenaries-news", "new-foreign-fighters-weekly")),
])
def test_whether_there_are_any_is_answered_by_their_count(bot, question, expected):
    assert lead(bot, question) in expected


# "wait the armband thing, what was that about": a start of surprise before a topic named, no word asked about
@pytest.mark.parametrize("turns, expected", [
    (("what diseases did the prisoners have?", "wait the armband thing, what was that about"), "infected-armbands"),
    (("how many were captured by the end of 2025?", "hang on the record week, how many was that?"), "record-week-august-2024"),
    (("how many surrender every week?", "wait that record week, when was it"), "record-week-august-2024"),
])
def test_a_start_of_surprise_before_a_topic(bot, turns, expected):
    assert lead(bot, *turns) in (expected if isinstance(expected, tuple) else (expected,))


# "reckon" is "think": what the author reckons is the author's view; what the bot reckons is no view of its own
@pytest.mark.parametrize("question, expected", [
    ("does the blogger reckon putin is losing the war?", "putin-losing-belief-opinion"),
    ("what does the writer reckon the surrenders show?", None),
    ("do you reckon russia will lose?", False),
])
def test_reckon_is_think(bot, question, expected):
    reply = reply_to(bot, question)
    if expected is False:
        assert not reply.answered
    else:
        assert reply.answered and reply.statements[0].kind == "opinion"
        assert expected is None or expected in [s.fact_id for s in reply.statements]


# "who gives the contract figure?" two answers later: who makes the earlier claim the words name, not the last answer's
@pytest.mark.parametrize("turns, expected", [
    (("what share were contract soldiers?", "and mobilised?", "who gives the contract figure?"), "contract-share-blog"),
    (("how many had criminal records?", "and how many were foreigners?", "who says the criminal record one?"), "criminal-records"),
    (("what share were officers?", "and how many were foreigners?", "ok and who gave the officers one?"),
     "officers-share-news"),
    # the last answer holds the words: it stays the answer
    (("how many were captured by the end of 2025?", "and how many went back in swaps?", "who counted the swaps?"),
     "pows-returned-in-exchanges"),
])
def test_who_says_an_earlier_answer(bot, turns, expected):
    assert lead(bot, *turns) == expected



# "is Kursk in Ukraine or Russia?": where a place lies, as "where is Kursk?" asks it (a fact locating it, or a refusal)
@pytest.mark.parametrize("turns, expected", [
    (("the news report mentions kursk", "is kursk in ukraine or russia"), "captured-zaporizhzhia-kursk"),
    (("is donetsk in ukraine?",), "most-captured-in-donetsk"),
    (("is pokrovsk part of russia?",), None),
])
def test_which_country_a_place_lies_in(bot, turns, expected):
    assert lead(bot, *turns) == expected


# "so how many a day is that": the last figure over another period, which the bot does not work out (no sums of its own)
@pytest.mark.parametrize("turns", [
    ("how many give up in a normal week?", "so how many a day is that"),
    ("how many surrender each week on average?", "how many a year would that be?"),
    ("how many give up weekly", "ok how much per month is that"),
])
def test_the_last_figure_over_another_period_is_no_sum_of_ours(bot, turns):
    reply = reply_to(bot, *turns)
    assert not reply.answered and [s.fact_id for s in reply.related] == ["weekly-surrender-average"]


# the other extreme ("the quietest week?", "the fewest surrenders"): only a fact naming it answers, not the record or the average
@pytest.mark.parametrize("turns", [
    ("what was the biggest week for surrenders", "and the quietest week?"),
    ("what was the slowest week for surrenders?",),
    ("which year saw the fewest russians give up?",),
])
def test_the_other_extreme_is_refused(bot, turns):
    assert lead(bot, *turns) is None


# a payer named after "by … for …" ("paid by ukraine for surrendering"): not the Kremlin's pay to its recruits
@pytest.mark.parametrize("question, expected", [
    ("are the men who give up paid by kyiv for defecting?", None),
    ("do they get money by ukraine for giving up", None),
    ("are recruits paid by russia for joining?", "recruitment-incentives"),
])
def test_a_payer_named_with_what_for(bot, question, expected):
    assert lead(bot, question) == expected


# how Russia treats the Ukrainian soldiers it holds: the other side, which the articles do not cover
@pytest.mark.parametrize("question", [
    "does russia respect the geneva conventions with ukrainian pows?",
    "how do the russians treat the ukrainian soldiers they capture",
    "does moscow feed ukrainian prisoners properly?",
])
def test_russias_treatment_of_ukrainian_prisoners_is_the_other_side(bot, question):
    reply = reply_to(bot, question)
    assert not reply.answered and reply.reason == "out-of-scope"


def test_ukraines_treatment_is_still_answered(bot):
    assert lead(bot, "does ukraine respect the geneva conventions with russian pows?") == "geneva-treatment-guarantee"
