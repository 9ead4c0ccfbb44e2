"""Session 12's general mechanisms, each on questions of its own (not the tuning sets' items): an additive 'as well' /
'too' at the end of a question names nothing asked about; a follow-up asking whether the other article gives the last
answer's point is answered from that article's own fact or refused."""
from __future__ import annotations

import pytest

from . import reply_to as ask


def lead(reply):
    return [s.fact_id for s in reply.statements][:1]


@pytest.mark.parametrize("question, expected", [
    ("is that what the ukrainian officials say too", "surrender-as-survival"),
    ("does the news report mention HIV as well?", "chronic-illness-news"),
    ("were they sent into drone zones too?", "sent-untrained-into-drone-zones"),
])
def test_a_closing_too_or_as_well_names_nothing_asked_about(bot, question, expected):
    reply = ask(bot, question, after="why do Russian soldiers give up?" if "officials" in question else None)
    assert reply.answered and lead(reply) == [expected]


@pytest.mark.parametrize("first, then, last", [
    ("What share of the prisoners were NCOs according to the news report?", "does the blog give an NCO figure as well?", "nco-share-news"),
    ("where were most Russians captured?", "does the blog mention Donetsk?", "most-captured-in-donetsk"),
    ("What share of prisoners had a criminal record?", "does the news report give that figure?", "criminal-records"),
])
def test_the_other_article_on_the_last_point_must_hold_it_or_the_reply_refuses(bot, first, then, last):
    reply = ask(bot, then, after=first)
    assert not reply.answered and [s.fact_id for s in reply.related] == [last]


def test_the_other_article_that_does_give_the_point_answers(bot):
    reply = ask(bot, "does the blog give a figure for foreigners?", after="what share were mercenaries according to the news?")
    assert reply.answered and lead(reply) == ["foreign-fighters-blog"]


@pytest.mark.parametrize("question, expected", [
    ("does the blog say 80% were privates?", "rank-and-file-share-blog"),
    ("is it right that most prisoners were privates?", "rank-and-file-share-news"),
    ("the blog puts privates at 83 percent, true?", "rank-and-file-share-blog"),
])
def test_privates_are_the_rank_and_file_not_private_military_companies(bot, question, expected):
    reply = ask(bot, question)
    assert reply.answered and lead(reply) == [expected]


def test_private_military_companies_still_find_the_contract_facts(bot):
    reply = ask(bot, "were many from private military companies?")
    assert reply.answered and lead(reply) in (["contract-share-blog"], ["contract-share-news"])


GEOGRAPHY = {"most-captured-in-donetsk", "captured-zaporizhzhia-kursk", "surrender-hotspots-blog"}


@pytest.mark.parametrize("question", ["did many surrender near Kharkiv?", "were any captured in Crimea?",
                                      "how many were captured in Luhansk?"])
def test_a_place_no_fact_names_is_refused_offering_where_they_were_captured(bot, question):
    reply = ask(bot, question)
    assert not reply.answered and reply.related and {s.fact_id for s in reply.related} <= GEOGRAPHY


def test_most_at_a_place_no_fact_names_is_answered_by_where_most_were(bot):
    # (session 12 refused it, offering where most were; since session 25 where most were answers it, as it answers "were
    # most captured in the Kherson region?": the question is where most were, put with a wrong place)
    reply = ask(bot, "were most Russians taken prisoner in Luhansk?")
    assert reply.answered and reply.statements[0].fact_id in ("most-captured-in-donetsk", "surrender-hotspots-blog")


@pytest.mark.parametrize("question, mentioned", [
    ("who made the sick soldiers wear armbands?", "infected-armbands"),
    ("who sent them into the drone zones untrained?", "sent-untrained-into-drone-zones"),
    ("so who actually made them put on the infected armbands", "infected-armbands"),
])
def test_who_did_a_deed_a_fact_states_only_in_the_passive_is_refused_offering_it(bot, question, mentioned):
    reply = ask(bot, question)
    assert not reply.answered and [s.fact_id for s in reply.related][:1] == [mentioned]


def test_who_does_what_a_fact_states_in_the_active_is_answered(bot):
    reply = ask(bot, "who guarantees their treatment?")
    assert reply.answered and lead(reply) == ["geneva-treatment-guarantee"]


def test_a_yes_no_on_a_deed_a_fact_does_state_is_answered(bot):
    reply = ask(bot, "are wounded prisoners exchanged?")
    assert reply.answered and lead(reply) == ["exchange-priorities"]


@pytest.mark.parametrize("question", ["do surrendering soldiers get medicines?", "do prisoners get medication?",
                                      "is there a doctor for soldiers who give up?"])
def test_medicine_and_doctors_are_the_medical_care_the_guarantee_names(bot, question):
    reply = ask(bot, question)
    assert reply.answered and lead(reply) == ["geneva-treatment-guarantee"]


def test_what_a_yes_no_asks_they_received_must_be_in_the_fact(bot):
    """'Did the HIV ones get MEDICINE?': the illness facts mention them, but not medicine: offered, not given."""
    reply = ask(bot, "did the ones with diabetes get any medicine?")
    assert not reply.answered and "chronic-illness-blog" in [s.fact_id for s in reply.related]


def test_a_phrasal_get_is_not_something_received(bot):
    reply = ask(bot, "does the project get round the commanders to reach soldiers?")
    assert reply.answered and lead(reply) == ["reaches-soldiers-directly"]


@pytest.mark.parametrize("question, expected", [
    # a comma inside a number ends no preamble; how the claim strikes the visitor is no part of it
    ("my sister told me 60,000 russians were taken prisoner in total, which sounds too high. is that right?", "captured-by-end-2025"),
    # a hearsay sentence is the claim checked, not a remark about the visitor; 'is he right?' checks it
    ("my dad insists a third of them are conscripts. is he right?", "conscripts-share-news"),
    ("the woman on the radio said 350 surrendered in a single week. is that true?", "record-week-august-2024"),
    # a remark about the visitor before hearsay from 'someone online'
    ("I'm a teacher checking a claim. Someone online says 7% of prisoners are foreigners. Is that right?", "foreign-fighters-blog"),
])
def test_a_claim_heard_from_someone_is_checked_against_the_facts(bot, question, expected):
    reply = ask(bot, question)
    assert reply.answered and expected in [s.fact_id for s in reply.statements][:2]


@pytest.mark.parametrize("question", [
    "my cousin said more surrendered in 2025 than in 2022, 2023 and 2024 combined. is he right?",
    "2025 beat 2022, 2023 and 2024 put together - is that the claim?",
    "did 2025 see more surrenders than 2022 and 2023 combined?",
])
def test_a_comparison_with_one_year_too_many_is_checked_against_the_one_the_blog_makes(bot, question):
    reply = ask(bot, question)
    assert reply.answered and lead(reply) == ["surrenders-2025-exceed-2022-2023"]


@pytest.mark.parametrize("question, expected", [
    # who told the visitor, after the claim, is no part of it; "half of them" is a share
    ("is it true that about half of them were mobilised? that's what my neighbour reckons", "mobilised-share-blog"),
    # a remark about the visitor before a dash, then the question
    ("I'm a teacher and this came up in class - where were most of them captured?", "most-captured-in-donetsk"),
    # where it was heard ("on the news last night") is no part of the claim
    ("my wife heard on the news last night that hundreds of prisoners have HIV. how many is it really?", "chronic-illness-news"),
    # "in open revolt": the revolt the headline names
    ("a guy on tiktok said the russian army is in open revolt against putin. is that true?", "headline-revolt"),
])
def test_the_claim_or_question_is_read_without_who_said_it_and_where(bot, question, expected):
    reply = ask(bot, question)
    assert reply.answered and expected in [s.fact_id for s in reply.statements][:2]


def test_the_first_half_of_a_year_is_no_share(bot):
    reply = ask(bot, "how many surrendered in the first half of 2025?")
    assert not reply.answered


BLOG, NEWS = "source:blog-mass-surrenders", "source:news-record-surrenders"


@pytest.mark.parametrize("question, expected", [
    ("which texts do you use?", {BLOG, NEWS}),
    ("was the news report printed in the Guardian?", {NEWS}),
    ("when did the blog go online?", {BLOG}),
    ("does the blogger name his sources?", {BLOG}),
    ("is the blog run by a major outlet or a private individual?", {BLOG}),
])
def test_questions_about_the_articles_in_visitors_words_are_answered_from_their_records(bot, question, expected):
    reply = ask(bot, question)
    assert reply.answered and {s.fact_id for s in reply.statements} == expected


@pytest.mark.parametrize("question", ["should prisoners be sent home?", "should the west send more weapons?",
                                      "ok but you yourself, what do you think, will the surrenders go on?",
                                      "what's your advice for a russian soldier?"])
def test_what_should_be_done_and_the_bots_own_view_are_refused(bot, question):
    reply = ask(bot, question)
    assert not reply.answered and reply.reason == "not-covered"


def test_why_soldiers_should_surrender_in_an_articles_words_is_answered(bot):
    reply = ask(bot, "why should soldiers surrender, according to the blog?")
    assert reply.answered


def test_whether_someone_said_anything_needs_a_fact_he_claims(bot):
    reply = ask(bot, "has zelensky said anything about the prisoners?")
    assert not reply.answered
    reply = ask(bot, "did putin ever say anything publicly about his men giving up?")
    assert not reply.answered


@pytest.mark.parametrize("question, expected", [
    ("did syrskii ever say anything about the land taken?", "territory-taken-2025"),
    ("did the blog say anything about HIV?", "chronic-illness-blog"),
])
def test_what_a_claimant_or_an_article_said_is_answered_from_its_facts(bot, question, expected):
    reply = ask(bot, question)
    assert reply.answered and lead(reply) == [expected]


@pytest.mark.parametrize("question, answered, expected", [
    # (since e570251 who is in charge of a project or hotline asks what the project is and who runs it: answered)
    ("who is in charge of the I Want to Live project?", True, "iwtl-what-it-is"),
    ("so who is in charge of the coordination headquarters then", False, "pows-returned-in-exchanges"),
    ("who is in charge of ukraine's army?", True, "territory-taken-2025"),
])
def test_who_is_in_charge_of_something_needs_a_fact_naming_its_chief(bot, question, answered, expected):
    reply = ask(bot, question)
    shown = reply.statements if answered else reply.related
    assert reply.answered is answered and expected in [s.fact_id for s in shown]


@pytest.mark.parametrize("question", ["are recruits paid more than a civilian job would pay?",
                                      "why did so many men join the russian army?",
                                      "is their pay above the national average, or is that propaganda?"])
def test_pay_against_ordinary_jobs_and_why_men_joined_are_the_recruitment_incentives(bot, question):
    reply = ask(bot, question)
    assert reply.answered and lead(reply) == ["recruitment-incentives"]


def test_how_big_a_figure_no_fact_judges_is_refused_offering_it(bot):
    reply = ask(bot, "is that many?", after="how many new foreign fighters are found each week?")
    assert not reply.answered and [s.fact_id for s in reply.related] == ["new-foreign-fighters-weekly"]


def test_how_big_a_figure_a_fact_judges_is_answered(bot):
    reply = ask(bot, "is that a big deal?", after="how much of ukraine did russia take in 2025?")
    assert reply.answered and lead(reply) == ["territory-taken-2025"]


def test_catching_an_illness_is_not_being_caught(bot):
    reply = ask(bot, "did they catch it in prison or at the front?", after="did any prisoners have HIV?")
    assert not reply.answered and "chronic-illness-news" in [s.fact_id for s in reply.related]
    reply = ask(bot, "did they catch them in donetsk?", after="how many russians were caught?")
    assert reply.answered and lead(reply) == ["most-captured-in-donetsk"]


@pytest.mark.parametrize("question, answered", [
    ("what year was the I Want to Live hotline set up?", False),
    ("in which year was the record week?", True),
    ("what year did the full-scale invasion start?", True),
])
def test_what_year_something_happened_needs_a_fact_on_that_thing(bot, question, answered):
    assert ask(bot, question).answered is answered


@pytest.mark.parametrize("question, expected", [
    ("how many foreigners were among the prisoners, I forget", "mercenaries-news"),
    ("when did the full-scale invasion begin, I can never remember", "full-scale-invasion-february-2022"),
    ("what did prisoners tell Ukraine, other than their names?", "surrender-effects"),
])
def test_an_afterthought_after_a_wh_question_is_no_part_of_it(bot, question, expected):
    reply = ask(bot, question)
    assert reply.answered and expected in [s.fact_id for s in reply.statements][:2]


@pytest.mark.parametrize("question, after, expected", [
    ("what about corporals and that sort of level?", "what share were officers?", "nco-share-news"),
    ("what share of the prisoners were corporals?", None, "nco-share-news"),
    ("what share were privates, infantry and so on?", None, "rank-and-file-share-blog"),
])
def test_corporals_are_ncos_and_an_open_list_names_nothing_more(bot, question, after, expected):
    reply = ask(bot, question, after=after)
    assert reply.answered and expected in [s.fact_id for s in reply.statements][:2]


def test_a_participle_of_a_thing_is_not_what_was_done_to_them(bot):
    """'Was the invasion LAUNCHED in 2021 or 2022?': the invasion's start, said in other words, answers."""
    reply = ask(bot, "was the full-scale invasion launched in 2021?")
    assert reply.answered and lead(reply) == ["full-scale-invasion-february-2022"]
