"""Session 22: visitors' questions of my own that the bot got wrong, one test per cause, each failing before its fix."""
from __future__ import annotations

import pytest

from . import conversation, lead


@pytest.mark.parametrize("question", [
    "why are so many surrendering in those places",
    "how come so many soldiers give up in those particular places",
])
def test_why_the_surrenders_happen_in_those_places_gets_the_places_reason(bot, question):
    """Only the blog says why the surrenders cluster where they do (the places where Russian forces have lost most);
    an example question of the fact's finds it for a "why in those places", not the project's route to surrender."""
    assert lead(bot, question) == "surrender-hotspots-blog"


@pytest.mark.parametrize("question", [
    "how many gave up in twenty twenty three",
    "how many surrendered in two thousand and twenty-four",
])
def test_a_dictated_year_is_the_year(bot, question):
    """"Twenty twenty three" dictated is 2023, a year no count of surrenders is given for (refused), not the numbers
    20 and 23 read as figures to look up."""
    assert lead(bot, question) is None


def test_a_dictated_year_a_fact_reports_is_answered_for_that_year(bot):
    assert lead(bot, "how many russians were killed or wounded in twenty twenty five") == "casualties-2025"


def test_twenty_thousand_is_still_a_number(bot):
    assert lead(bot, "were twenty thousand captured") == "captured-by-end-2025"


@pytest.mark.parametrize("question", [
    "how many russians has kiev handed back to moscow",
    "has kiev returned russian prisoners in swaps",
])
def test_kiev_is_kyiv(bot, question):
    """The older spelling of the capital is no unknown subject to refuse: it is read as Kyiv (a word the bot passes over,
    since every fact is about Ukraine and Russia)."""
    assert lead(bot, question) == "pows-returned-in-exchanges"


def test_the_curse_region_is_kursk(bot):
    """A dictating phone's "curse region" is the Kursk region, where the news report says soldiers were captured."""
    assert lead(bot, "were russians taken prisoner in the curse region as well") == "captured-zaporizhzhia-kursk"


def test_a_word_asked_of_before_whose_view_is_not_part_of_the_speaker(bot):
    """"Is X the author's opinion?": the speaker is the author, not "X the author", whom no fact's claimant names."""
    assert lead(bot, "is expendable the author's opinion?") == "expendable-opinion"


@pytest.mark.parametrize("question", [
    "what does general syrskyi say about the ground russia gained in 2025",
    "what does gen syrskii say about land taken",
])
def test_a_rank_before_a_speakers_name_is_not_part_of_it(bot, question):
    """Syrskii is a general; the fact's claimant calls him Kyiv's army chief. "What does General Syrskyi say" asks what
    he says, by whatever title: the rank is not a word his claimant must hold."""
    assert lead(bot, question) == "territory-taken-2025"


def test_a_title_alone_is_still_the_speaker(bot):
    assert lead(bot, "what does the president say about the prisoners") is None


@pytest.mark.parametrize("question", [
    "when did the tables turn on captures",
    "when did it flip so that more russians than ukrainians get captured",
])
def test_the_pattern_turned_round_is_the_reversal_the_news_report_dates(bot, question):
    """The news report dates from June 2023 the reverse of the war's earlier pattern of captures; "flipped", "the tables
    turned" are everyday words for that reversal."""
    assert lead(bot, question) == "captures-reversed-since-june-2023"


@pytest.mark.parametrize("question", [
    "is the war going in ukraine's favour",
    "are things turning in russia's favor now",
    "who has the upper hand",
])
def test_which_side_is_ahead_is_refused_like_who_is_winning(bot, question):
    """No article says which side is ahead; a captures or exchanges fact that mentions a side's favour is no answer."""
    assert lead(bot, question) is None


@pytest.mark.parametrize("question", [
    "is there a picture of the infected armbands",
    "are there videos of russians surrendering",
    "how many people read the blog",
])
def test_pictures_and_readers_are_refused(bot, question):
    """No article shows a photograph or says how many read it: refused, not answered with the fact on the armbands or
    the article's record."""
    assert lead(bot, question) is None


@pytest.mark.parametrize("first, question", [
    ("who wrote the news report?", "what other stories has that journalist written?"),
    ("is the blog an opinion piece?", "how big is its audience?"),
])
def test_what_no_articles_record_holds_is_refused_after_a_reply_about_it(bot, first, question):
    """Right after a reply about an article, a question about its readers or its author's other work is not answered
    with the same record again: the record holds no such thing, and the refusal says what it does hold."""
    reply = conversation(bot, first, question)
    assert not reply.answered and "nothing more" in reply.message


@pytest.mark.parametrize("question", [
    "which town are the prisoners held in",
    "how many russians are in ukrainian custody right now",
    "how many russian soldiers are currently in ukrainian captivity",
])
def test_where_they_are_held_deaths_in_captivity_and_the_number_held_now_are_refused(bot, question):
    """No article says in which town prisoners are kept, how many died as prisoners, or how many are held now (the
    10,000 is a count of all ever taken, by the end of 2025)."""
    assert lead(bot, question) is None


@pytest.mark.parametrize("question", [
    "how many russians in ukrainian captivity",
    "how many russian soldiers does ukraine keep captive",
])
def test_a_count_of_russians_is_not_answered_with_ukraines_own_men_come_home(bot, question):
    """The blog's "hundreds" counts Ukrainian soldiers brought home (which the Russians held made possible): a question
    counting Russians held is answered by the count of Russians taken, not by it."""
    assert lead(bot, question) == "captured-by-end-2025"


def test_when_something_was_set_up_is_refused_when_no_fact_says(bot):
    """No article says when the project was set up; the invasion's date (when the war started) is not that answer."""
    assert lead(bot, "what is i want to live?", "what year did it start up") is None


def test_when_the_invasion_was_launched_is_still_its_date(bot):
    assert lead(bot, "could you tell me when the full-scale invasion was launched?") == "full-scale-invasion-february-2022"


@pytest.mark.parametrize("question", [
    "how far is zaporizhzhia from kyiv",
    "what's the distance between pokrovsk and bakhmut",
])
def test_a_distance_between_places_is_refused(bot, question):
    """No fact gives a distance; the facts naming the places are no answer to how far apart they are."""
    assert lead(bot, question) is None


def test_how_far_russia_advanced_is_not_a_distance(bot):
    assert lead(bot, "how far did russia advance in 2025") == "territory-taken-2025"


def test_how_things_stand_now_is_refused_after_a_comma_too(bot):
    """"Tell me about Pokrovsk now, is it still Ukrainian?": how things stand today, which no article reports, asked
    after a lead-in rather than first."""
    assert lead(bot, "what's happening in pokrovsk these days, is it still ukrainian?") is None


def test_a_conversion_asked_roughly_is_still_a_conversion(bot):
    """"Roughly how many square kilometres is that?" after the 0.8% share asks for the area Sourced computed from it,
    as "how many square kilometres is that?" does; the hedge in front does not make it a new question."""
    assert lead(bot, "what share of ukraine did russia take in 2025?",
                "approximately how many sq km would that be?") == "territory-taken-2025-area"


@pytest.mark.parametrize("question", ["what is khochu zhit", "how does khochu zhyt work"])
def test_the_projects_name_in_its_usual_transliteration_is_the_project(bot, question):
    """"Khochu zhit" is how the project's Russian name is usually written in Latin letters."""
    assert lead(bot, question) in {"iwtl-what-it-is", "iwtl-channels", "iwtl-path-to-surrender"}


def test_our_defenders_are_ukraines_own_soldiers(bot):
    """A Ukrainian's "our defenders" are Ukraine's own soldiers: those the exchanges brought home."""
    assert lead(bot, "how many russians has ukraine handed back?", "and how many of our defenders came home?") \
        == "ukrainians-home-in-exchanges"


@pytest.mark.parametrize("question, both", [
    ("what share were officers and ncos", {"officers-share-news", "nco-share-news", "officers-share-blog"}),
    ("how many were contract soldiers and how many conscripts", {"contract-share-news", "contract-share-blog",
                                                                 "conscripts-share-news", "conscripts-rest-blog"}),
])
def test_two_counts_asked_at_once_are_given_side_by_side(bot, question, both):
    """No fact holds two groups' shares, so the question as a whole found nothing; each half is a question a fact
    answers, and the reply gives the two, each with its source."""
    reply = conversation(bot, question)
    assert reply.answered and len(reply.statements) == 2 and {s.fact_id for s in reply.statements} <= both
    assert reply.statements[0].fact_id != reply.statements[1].fact_id


@pytest.mark.parametrize("question", ["how many were officers and generals", "how many surrendered in 2024 and 2025"])
def test_halves_on_different_subjects_or_years_are_not_joined(bot, question):
    """"Generals" finds the General Staff's estimate of losses, not a count of prisoners: two halves on different
    subjects are no pair of counts; two years are the year rules' matter (no count of either is given)."""
    assert lead(bot, question) is None


def test_a_general_claim_checked_after_another_answer_is_read_on_its_own(bot):
    """"Isn't it usually the side attacking that captures more?" after the date captures reversed: the "it" stands for
    nothing the last answer named; the question is whole, and the author's note on attackers answers it."""
    assert lead(bot, "since when are more russians captured than ukrainians?",
                "isn't it usually the side attacking that captures more men?") == "attackers-become-trapped"


def test_which_of_two_versions_is_higher_gives_the_two_again(bot):
    """After the two articles' officer shares side by side, "which one gives the higher figure?" is about those two, not
    a fact that happens to say "higher" (the author's view of Putin's higher pay)."""
    reply = conversation(bot, "what share of the prisoners were officers?", "do the two articles agree on that?",
                         "which one gives the higher figure?")
    assert {s.fact_id for s in reply.statements} == {"officers-share-news", "officers-share-blog"}


@pytest.mark.parametrize("question, expected", [
    ("what percentage were n c o s", "nco-share-news"),
    ("how many p.o.w.s does ukraine hold", "captured-by-end-2025"),
])
def test_letters_spelled_one_by_one_are_the_word_they_spell(bot, question, expected):
    """A dictating phone writes "NCOs" as "n c o s"; a typist writes "P.O.W.s": the letters are the word ("n" alone
    would be read as chat for "and")."""
    assert lead(bot, question) == expected


@pytest.mark.parametrize("question", ["how many were officers question mark", "how many were officers comma roughly"])
def test_punctuation_dictated_as_words_is_not_part_of_the_question(bot, question):
    assert lead(bot, question) in {"officers-share-news", "officers-share-blog"}


def test_rf_is_russia(bot):
    """A veteran's "RF" (the Russian Federation) is Russia: "how many RF soldiers…" asks about Russian soldiers."""
    assert lead(bot, "how many RF troops have been captured") == "captured-by-end-2025"


def test_meat_assaults_are_men_treated_as_expendable(bot):
    """"Meat assaults", "meat waves": soldiers thrown away, which is the blog author's view of how such men were used."""
    assert lead(bot, "were the soldiers used in meat waves") == "expendable-opinion"


@pytest.mark.parametrize("question", ["what explains the rise in surrenders", "what accounts for so many surrenders"])
def test_what_explains_a_thing_asks_why(bot, question):
    """"What explains the rise?" asks for a reason, as "why the rise?" does: a claim or a view giving one, not the count
    of the record year that restates the rise."""
    assert lead(bot, question) in {"fundamental-shift-opinion", "surrender-as-survival", "conditions-in-russian-army",
                                   "iwtl-path-to-surrender", "putin-losing-belief-opinion", "broader-failure-opinion"}
