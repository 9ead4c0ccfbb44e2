"""The tuner round of TUNER30 on tuning-ab, -aa, -y, -z, -v, -r, -p and -u: one test per cause tuned, each in a wording of its own."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("short, full", [
    ("how many officers acc to the news report", "how many officers according to the news report"),
    ("main surrender places acc blog", "main surrender places according to the blog"),
])
def test_acc_is_a_chat_boxs_according_to(bot, short, full):
    """"Acc to the news report", "acc blog": a chat box's shorthand for "according to", which names the article (normalize's
    ATTRIBUTION); read as a word, 'acc' was a subject no fact holds, and the question was refused."""
    assert lead(bot, short) == lead(bot, full) is not None


@pytest.mark.parametrize("asked", ["source for that?", "any proof of this?", "evidence for it?"])
def test_a_source_asked_for_that_is_where_the_last_answer_is_from(bot, asked):
    """"Source for that?", "any proof of this?", "evidence for it?": where the last answer is from, as the bare "source?" already
    was (followups.WHO_SAYS); read as a new question naming nothing, a neighbouring fact had led."""
    assert lead(bot, "which places does the blog say most surrenders happen", asked) == "surrender-hotspots-blog"


@pytest.mark.parametrize("asked", ["kursk is in russia or ukraine?", "kursk? isn't it in russia", "what country is kursk in"])
def test_where_a_place_lies_asked_as_learners_and_talkers_ask_it(bot, asked):
    """"Kursk is in Russia or Ukraine?" (a statement's order), "Kursk? isn't it in Russia", "what country is Kursk in?": where
    a place lies, as "is Kursk in Russia?" already was (define.WHERE_IS), told by the fact that locates it, even after an answer
    on where most were taken; the tail after the question mark had been set aside as a remark (asides.REMARK_AFTER)."""
    assert lead(bot, "where were most of the prisoners taken", asked) == "captured-zaporizhzhia-kursk"


def test_a_place_no_fact_locates_is_still_not_placed(bot):
    assert lead(bot, "pokrovsk is in russia or ukraine?") is None


@pytest.mark.parametrize("idiom, plain", [
    ("were a great many of the prisoners ex-convicts", "were many of the prisoners ex-convicts"),
    ("did quite a few of them surrender in donetsk", "did many of them surrender in donetsk"),
    ("a good number of them were contract soldiers, right?", "many of them were contract soldiers, right?"),
])
def test_a_great_many_is_many(bot, idiom, plain):
    """"A great many", "a good few", "quite a few", "a fair number of": many, said as an idiom (sounds_like); 'great', 'good' and
    'fair' were read as subject words no fact holds, and the question was refused."""
    assert lead(bot, idiom) == lead(bot, plain) is not None


def test_a_judgement_of_good_is_still_a_subject(bot):
    assert lead(bot, "is the food in the camps good") is None


@pytest.mark.parametrize("question, facts", [
    ("I was told defending armies hardly ever take prisoners. Is that what happens here?", {"attackers-become-trapped"}),
    ("We were told most were captured in Donetsk. Is that what happened?", {"most-captured-in-donetsk"}),
])
def test_is_that_the_case_checks_the_claim_before_it(bot, question, facts):
    """"I was told … . Is that what happens here?", "… . Is that the case?": the claim said before it, checked
    (checked.CHECK_TAIL), as "… . Is that right?" already was; a story of the visitor's own is read from the first clause that
    asks, so the tail was read alone, named nothing, and was refused."""
    assert lead(bot, question) in facts


def test_a_claim_no_fact_reports_is_still_refused_when_checked(bot):
    assert lead(bot, "someone told me the prisoners are beaten every day. is that what happens?") is None


@pytest.mark.parametrize("question, facts", [
    ("I always thought most of the prisoners were conscripts", {"conscripts-rest-blog", "conscripts-share-news"}),
    ("I was under the impression that most were caught in donetsk?", {"most-captured-in-donetsk"}),
    ("I'd always believed the officers made up a big share. Is that right?", {"officers-share-news", "officers-share-blog"}),
])
def test_a_belief_held_until_now_before_a_claim_is_read_as_i_think(bot, question, facts):
    """"I always thought…", "I'd assumed…", "I was under the impression that…": the visitor's belief so far, before the claim it
    puts up to be checked, as "I suppose…" and "I heard…" were (leadins.LEAD_IN, wrapping.PREAMBLE); 'always', 'thought',
    'impression' had been read as subject words no fact holds, and the question was refused."""
    assert lead(bot, question) in facts


def test_a_belief_in_something_no_article_reports_is_still_refused(bot):
    assert lead(bot, "i always thought the prisoners were tortured") is None


@pytest.mark.parametrize("asked", ["where's that?", "and where is it exactly"])
def test_where_is_that_after_an_answer_naming_a_place_asks_where_it_lies(bot, asked):
    """"Where is that?" after an answer that names and locates a place ("Donetsk, Ukraine's eastern region"): where that place
    lies (define.place_referred), the same fact; read as a follow-up of the last question, the answer was taken as given and
    a linked fact on other places led."""
    assert lead(bot, "in which region were most russians taken prisoner", asked) == "most-captured-in-donetsk"


def test_where_is_that_after_an_answer_naming_no_place_is_still_refused(bot):
    assert lead(bot, "how many officers were captured", "where is that?") is None


@pytest.mark.parametrize("asked", ["where is that, in the east?", "where's it, north or south?"])
def test_a_guess_after_a_comma_is_answered_by_the_wh_question(bot, asked):
    """"Where is that, in the east?", "what is it, a charity?": a guess after a short wh-question on what was just said, set off by
    a comma instead of a question mark (guesses._WH_COMMA); its words ('north', 'south') were read as subject words no fact
    holds, and the question was refused."""
    assert lead(bot, "in which region were most russians taken prisoner", asked) == "most-captured-in-donetsk"


@pytest.mark.parametrize("question, plain", [
    ("her teacher asked what the blog writer's main point is", "what is the blog writer's main point"),
    ("their coach asked them how many foreigners were caught", "how many foreigners were caught"),
])
def test_a_question_someone_else_asked_is_the_question(bot, question, plain):
    """"Her teacher asked what…", "my dad asked how many…": a question someone else asked, reported before it with no stop, is the
    question (leadins.LEAD_IN), as "my son wants to know…" was; 'teacher', 'asked' were read as subject words no fact holds."""
    assert lead(bot, question) == lead(bot, plain) is not None


@pytest.mark.parametrize("question, plain", [
    ("Why do Russian soldiers give up? Please say it simply.", "why do russian soldiers give up"),
    ("What is the I Want to Live project. Can you explain it in plain words?", "what is the i want to live project"),
])
def test_a_closing_request_for_plain_words_is_how_to_answer(bot, question, plain):
    """"… . Can you say it simply?", "… . Please keep it short.": how to answer, said after the question (wrapping.HOW_LONG_WANTED),
    as "…, in a sentence?" was; left in, its 'simply' was read as a subject word no fact holds."""
    assert lead(bot, question) == lead(bot, plain) is not None


@pytest.mark.parametrize("remark", ["I'm a journalist writing a profile.", "i work as an archivist"])
def test_a_remark_on_the_visitors_own_life_leaves_no_subject_for_it_to_point_back_to(bot, remark):
    """"I'm a journalist writing a profile." then "…, where does it get that?": the remark's words are the visitor's own
    (engine.subject_set), no subject a pronoun in the next question points back to; carried into it, 'journalist' and 'profile'
    were subject words no fact holds, and the question was refused."""
    assert lead(bot, remark, "the blog says most prisoners are infantry, where does it get that") == "rank-and-file-share-blog"


def test_a_refused_question_still_leaves_its_subject(bot):
    assert lead(bot, "how many tanks were captured?", "where were they taken?") is None


@pytest.mark.parametrize("question", ["did they get chucked into battlefields full of drones", "were they thrown onto the front line untrained"])
def test_men_thrown_into_battle_are_sent_there(bot, question):
    """"Thrown straight into drone-heavy sectors", "chucked into battle", "tossed onto the front line": sent there, said of men in a
    war (sounds_like); 'thrown', 'chucked' were read as subject words no fact holds, and the question was refused."""
    assert lead(bot, question) == "sent-untrained-into-drone-zones"


def test_a_thing_thrown_keeps_its_verb(bot):
    assert lead(bot, "were grenades thrown at the trenches") is None


@pytest.mark.parametrize("asked", ["what year of the invasion is it now", "which year of the fighting are we in?"])
def test_the_wars_year_asked_is_counted_from_its_start(bot, asked):
    """"What year of the war is it?": the war's year counted from its start (its fourth), not a date (understand.WAR_YEAR); read as
    a when-question, a fact dated 2025 led."""
    assert lead(bot, asked) in {"war-in-fourth-year", "war-almost-four-years"}


def test_a_year_asked_of_something_in_the_war_is_still_a_date(bot):
    assert lead(bot, "what year did the full-scale invasion begin") == "full-scale-invasion-february-2022"


@pytest.mark.parametrize("first, asked, fact", [
    (None, "which organisation counts the russian prisoners?", "captured-by-end-2025"),
    ("how many russians were killed or wounded in 2025", "and what organisation gave that number?", "casualties-2025"),
])
def test_which_body_or_organisation_asks_who(bot, first, asked, fact):
    """"Which organisation counts the prisoners?", "what body gave that number?": who does it or stands behind it, asked by the
    kind of doer (sounds_like, followups.WHO_SAYS); 'organisation', 'body' were read as subject words no fact holds, and the
    question was refused or a neighbouring fact led."""
    assert lead(bot, *([first] if first else []), asked) == fact


@pytest.mark.parametrize("question", ["what illnesses do they have, for example?", "which diseases, for instance?", "name some illnesses they have, e.g. hiv"])
def test_for_example_asks_for_or_gives_an_example(bot, question):
    """"…, for example?", "for instance", "e.g.": an example asked for or given, no subject of its own (sounds_like); 'example',
    'instance' were read as subject words no fact holds, and the question was refused."""
    assert lead(bot, question) in {"chronic-illness-news", "chronic-illness-blog"}


def test_an_example_of_something_no_article_reports_is_still_refused(bot):
    assert lead(bot, "what do the guards feed them, for example?") is None
