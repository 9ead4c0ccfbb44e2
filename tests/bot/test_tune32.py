"""The tuner round of TUNER32 on tuning-y, -ab, -ac, -v, -z and -r: one test per cause tuned, each in a wording of its own."""
from __future__ import annotations

import pytest

from . import conversation, lead


def test_bosses_are_the_officers(bot):
    """"Were any of them bosses?": among the men, a soldier's everyday word for his officers (sounds_like; not the lexicon's
    officers group, which made 'the boss of the hotline' a commander: test_tune27); read as a subject no fact holds, 'bosses'
    had the question refused."""
    assert lead(bot, "how many of the captured were bosses") in {"officers-share-news", "officers-share-blog"}


@pytest.mark.parametrize("earlier, echoed", [
    ("Does Ukraine talk to the soldiers directly?", "gets past whom?"),
])
def test_the_last_answers_words_echoed_with_a_question_word_ask_for_that_answer(bot, earlier, echoed):
    """"Bypassing who?", "gets past whom?": a few of the last answer's own words with a question word after them ask to hear
    that part again (followups.ECHO); read afresh, the last answer was marked down as already shown and a neighbouring claim led."""
    assert lead(bot, earlier, echoed) == lead(bot, earlier)


@pytest.mark.parametrize("asked, fact", [
    ("who compiled the 420,000 casualty figure for 2025", "casualties-2025"),
    ("who issued the figure of 10,000 prisoners", "captured-by-end-2025"),
])
def test_who_made_a_figure_asks_its_source(bot, asked, fact):
    """"Who PRODUCED the estimate?", "who COMPILED the figure?": a figure's maker is whoever the articles give for it
    (subject.MADE_FIGURE); read as a deed no fact reports ('who mediates the swaps?'), the questions were refused."""
    assert lead(bot, asked) == fact


def test_who_made_something_else_is_still_a_deed(bot):
    assert lead(bot, "who produced the drones they use") is None


def test_in_ukraines_favour_is_the_turn_of_the_pattern_not_a_priority(bot):
    """"Since when has it gone in Kyiv's favour?": the idiom says the pattern of captures turned round (the lexicon's reverse
    group); read as its word 'favour', it was the exchanges' priorities, and the question was refused."""
    assert lead(bot, "since when has the prisoner count been in Ukraine's favour") == "captures-reversed-since-june-2023"


@pytest.mark.parametrize("earlier, asked, fact", [
    ("how many prisoners are chronically ill?", "do the blog and the news credit that claim differently?", "chronic-illness-blog"),
    ("how many Russians were killed or wounded in 2025?", "does the report credit that estimate?", "casualties-2025"),
])
def test_how_a_claim_is_attributed_asks_who_makes_it(bot, earlier, asked, fact):
    """"Do they attribute that claim in the same way?", "how does the blog credit that figure?": who makes the last answer's
    claim, in each article that gives it (followups.WHO_SAYS); read as a subject, 'attribute' had the follow-up refused."""
    reply = conversation(bot, earlier, asked)
    assert reply.answered and fact in {s.fact_id for s in reply.statements}


def test_someones_attempts_to_do_a_thing_ask_about_the_thing(bot):
    """"Putin's ATTEMPTS to fix things", "the Kremlin's EFFORTS to stop it": an owned noun followed by "to" and a verb is an
    effort, not the thing asked about (subject.OWNED); held to it, every fact was narrowed away and the question refused."""
    assert lead(bot, "what does the author say about Putin's efforts to stop the collapse with pay and propaganda") \
        == "putin-compensation-tactics"


@pytest.mark.parametrize("asked", [
    "do russian officers steer clear of the kill zones?",
    "do commanders keep clear of the danger zones",
])
def test_keeping_clear_of_the_killing_zones_is_keeping_away_from_the_deadliest_front(bot, asked):
    """"Keep clear of the killing zones", "steer clear", "hang back out of harm's way": everyday words for the blog's
    commanders who keep well away from the deadliest parts of the front (two lexicon groups); read as words no fact holds,
    the questions were refused."""
    assert lead(bot, asked) == "commanders-avoid-danger-opinion"


@pytest.mark.parametrize("asked", [
    "is the claim in the headline backed up by the article itself",
    "is the headline's talk of revolt supported by the story?",
])
def test_a_headline_supported_by_the_report_asks_whether_the_headline_is_borne_out(bot, asked):
    """"Is the headline SUPPORTED BY the body of the report?": whether the headline is borne out, as "does the report back
    up its headline?" asks (sounds_like.SOUNDS_LIKE); read by its words, 'supported' weighed as a subject and it was refused."""
    assert lead(bot, asked) == "headline-revolt"


def test_nations_are_the_countries_the_foreigners_come_from(bot):
    """"From how many NATIONS?": the countries the foreign fighters come from (sounds_like.SOUNDS_LIKE); read as a word no fact
    holds, the count asked was of a thing the articles never count, and the question was refused."""
    assert lead(bot, "the foreign prisoners come from how many nations?") in {"mercenaries-news", "foreign-fighters-blog"}


def test_national_service_is_not_the_nations(bot):
    assert lead(bot, "are most of them conscripts doing national service?") in {"conscripts-share-news", "conscripts-rest-blog"}


@pytest.mark.parametrize("asked", [
    "is moscow making any real effort to bring its captured mercenaries home?",
    "does the kremlin put much effort into getting the foreign fighters back",
])
def test_making_an_effort_is_trying(bot, asked):
    """"Does Russia MAKE MUCH EFFORT TO get them back?": whether it tries (sounds_like.SOUNDS_LIKE, as "try to"); read as a
    thing called an effort, which no fact holds, the question was refused."""
    assert lead(bot, asked) == "foreign-fighters-abandoned"


@pytest.mark.parametrize("earlier, checked", [
    ("where are the hotspots in the blog", "the author thinks they are exceptions?"),
])
def test_the_authors_view_checked_in_a_follow_up_is_read_on_its_own(bot, earlier, checked):
    """"And he SAYS they're just isolated incidents?" after the places: the author's view of a subject the follow-up names
    itself (followups.whole_question); read with the last question's places, it was refused."""
    assert lead(bot, earlier, checked) == "broader-failure-opinion"


@pytest.mark.parametrize("asked", [
    "what are the surrenders a symptom of, according to the blog",
    "does the author see the surrenders as symptomatic of something?",
])
def test_a_symptom_is_a_sign_of_the_wider_failure(bot, asked):
    """"Symptoms of what?": the blog's surrenders as signs of a wider failure (the lexicon's symptom group, with "signs of");
    read as a word no fact holds, the question was refused."""
    assert lead(bot, asked) == "broader-failure-opinion"


def test_the_overall_total_after_one_years_figure_is_the_whole_spans(bot):
    """"What about the overall total since 2022? Whose estimate is that?" after 2025's losses: the figure for the whole war
    (lastanswer.names_another_figure); read as a question about the last answer, it gave 2025's source again."""
    assert lead(bot, "how many Russians were killed or wounded in 2025?",
                "what about the overall total since the war began? whose figure is that?") == "casualties-general-staff"


@pytest.mark.parametrize("asked", ["how does ukraine reach the blokes at the front?", "so how does the project reach the boys?"])
def test_reaching_the_lads_is_reaching_the_soldiers(bot, asked):
    """"How do they reach the LADS?", "the blokes", "the boys": everyday words for the soldiers the project reaches (sounds_like,
    beside "the troops" and "the men"); read as a subject no fact holds, the question was refused."""
    assert lead(bot, asked) in {"reaches-soldiers-directly", "iwtl-channels"}


@pytest.mark.parametrize("earlier, compared", [
    ("what does ukraine guarantee them", "is that better than in russias army"),
    ("what does ukraine promise them", "is that better than the russian army"),
])
def test_the_last_answer_compared_is_answered_by_its_linked_view(bot, earlier, compared):
    """"Is that BETTER than in Russia's army?" after Ukraine's promise: a comparison of the last answer, which the view it
    links to holds (followups.reason_linked, as for a reason asked); held to the promise as well, it was refused."""
    assert lead(bot, earlier, compared) == "treatment-an-upgrade"


@pytest.mark.parametrize("asked", [
    "are there any instances of repeat prisoners?",
    "any cases of men taken prisoner repeatedly?",
])
def test_any_cases_of_repeat_captures(bot, asked):
    """"Any CASES OF repeat POWs?": whether there are any (sounds_like: no thing called a case), of men captured more than once
    ('repeat' in the lexicon's twice group); read by its words, 'cases' and 'repeat' were subjects no fact holds."""
    assert lead(bot, asked) == "exchange-priorities"


@pytest.mark.parametrize("asked, facts", [
    ("officers vs NCOs?", {"officers-share-news", "officers-share-blog", "nco-share-news"}),
    ("what's the breakdown between contract soldiers, mobilised and conscripts?",
     {"contract-share-blog", "contract-share-news", "mobilised-share-news", "mobilised-share-blog", "conscripts-share-news", "conscripts-rest-blog"}),
])
def test_kinds_of_soldier_set_against_each_other_ask_each_ones_share(bot, asked, facts):
    """"Contract vs mobilised vs conscripts split among the POWs?", "the breakdown between X and Y": the share of each kind
    named (conjoined.VERSUS, beside 'what share were X and Y?'); read as one count, no fact held them all and it was refused."""
    reply = conversation(bot, asked)
    assert reply.answered and len(reply.statements) >= 2 and {s.fact_id for s in reply.statements} <= facts


def test_a_versus_of_the_two_sides_is_not_two_shares(bot):
    assert lead(bot, "russia vs ukraine?") is None


@pytest.mark.parametrize("earlier, asked", [
    ("how many Russian prisoners have been handed back in swaps?", "and who is chosen first for those swaps?"),
    (None, "who gets prioritised when they swap prisoners?"),
])
def test_who_gets_picked_asks_which_prisoners(bot, earlier, asked):
    """"WHO GETS PICKED first for these swaps?": which of the prisoners (sounds_like), not who says so; read as a who-question
    it favoured a claim with a source and the Ukrainians brought home led."""
    assert lead(bot, *[q for q in (earlier, asked) if q]) == "exchange-priorities"


@pytest.mark.parametrize("converted", ["and in square km, that comes to about what?", "in kilometres it's how much?"])
def test_a_unit_named_first_then_what_it_comes_to_converts_the_last_figure(bot, converted):
    """"So in square kilometers that's roughly what?": the last answer's share in another unit, the unit named first
    (otherunits.CONVERT); read as a question of its own, it gave the share again."""
    assert lead(bot, "How much of Ukraine did Russia take in 2025?", converted) == "territory-taken-2025-area"


@pytest.mark.parametrize("asked", ["of the 1.2 million, how many died and how many were injured?",
                                   "how many russians are dead and how many only hurt"])
def test_the_split_of_dead_and_wounded_is_refused(bot, asked):
    """"How many are dead AND HOW MANY just wounded?": the split, which the articles never give (they count the killed and
    wounded as one figure; subject.EXCLUDED, as 'just the dead, not the wounded'); the combined figure had been given."""
    assert lead(bot, asked) is None


def test_the_combined_count_of_dead_and_wounded_is_still_answered(bot):
    assert lead(bot, "how many russians have been killed or wounded since the invasion") == "casualties-general-staff"


def test_totals_asked_for_years_no_fact_counts_are_refused(bot):
    """"What were the surrender TOTALS for 2022 and 2023?": a count asked, as "total" asks one (understand.QTYPES); read as a
    what-question, the claim that 2025 beat those years combined was given for counts it does not give."""
    assert lead(bot, "what were the capture totals in 2022 and 2023") is None


def test_a_total_the_articles_give_is_still_answered(bot):
    assert lead(bot, "what were the totals captured by the end of 2025?") == "captured-by-end-2025"


@pytest.mark.parametrize("earlier, asked", [
    ("are there foreigners among the captured?", "which nation sends the most?"),
    ("how many mercenaries were captured?", "which countries are they?"),
])
def test_which_countries_after_a_count_of_them_is_refused(bot, earlier, asked):
    """"Which country sends the most of them?" after the foreigners: the best fact only counts the countries, so the list
    asked is not given (narrowing: the count of them leads, so no weaker fact answers instead); a claim on exchanges that
    happened to say 'sent' had been given."""
    assert lead(bot, earlier, asked) is None


@pytest.mark.parametrize("asked", ["which camps are they taken to once captured?",
                                   "where are prisoners brought after they surrender, which town?"])
def test_where_prisoners_are_taken_after_capture_is_refused(bot, asked):
    """"Where do they send them after capture, which city?": where prisoners are held, which no article reports (subject.HELD_WHERE,
    beside 'what city are they kept in?'); a claim on exchanges that says where the wounded are sent had been given."""
    assert lead(bot, asked) is None


def test_where_recruits_are_sent_is_still_answered(bot):
    assert lead(bot, "where were the sick recruits sent instead of the jobs they were promised?") is not None


@pytest.mark.parametrize("asked", ["so why did putin go to war at all?", "why did the war break out in the first place"])
def test_why_the_war_began_in_other_words_is_out_of_scope(bot, asked):
    """"Why did Russia start THIS war?", "why did Putin go to war?": the causes of the invasion, which the articles do not go
    into (the lexicon's causes list, beside 'why did russia start the war'); the invasion's date had been given."""
    reply, _ = bot.answer(asked, None)
    assert not reply.answered and reply.reason == "out-of-scope"


def test_what_the_west_should_send_ukraine_is_out_of_scope(bot):
    """"Should the West be sending Ukraine more weapons?": what other countries should do, which no article says (the
    lexicon's western-support topic); an opinion that mentions soldiers putting down their weapons had been given."""
    reply, _ = bot.answer("does the author think the west should send more weapons", None)
    assert not reply.answered


@pytest.mark.parametrize("asked", ["have some of the prisoners switched sides?", "how many POWs joined the Ukrainian army afterwards"])
def test_prisoners_changing_sides_is_out_of_scope(bot, asked):
    """"They swap sides and fight for Ukraine now?": prisoners who go on to fight for Ukraine, which no article reports (the
    lexicon's changing-sides topic); a count of prisoners swapped back had been given."""
    reply, _ = bot.answer(asked, None)
    assert not reply.answered


@pytest.mark.parametrize("asked", ["is tuberculosis contagious?", "could a guard get tb from a prisoner?"])
def test_what_an_illness_does_or_how_it_spreads_is_out_of_scope(bot, asked):
    """"What does tuberculosis do to you? Is it catching?": medicine, not the articles (the lexicon's medicine topic); the
    count of ill prisoners had been given."""
    reply, _ = bot.answer(asked, None)
    assert not reply.answered


def test_how_many_prisoners_are_ill_is_still_answered(bot):
    # (asked of TB alone, "how many have tb?" is refused: no article counts one illness; session 24 reads "tb" as "tuberculosis")
    assert lead(bot, "how many prisoners are ill") in {"chronic-illness-blog", "chronic-illness-news"}


@pytest.mark.parametrize("asked", ["can the ones who give up stay in ukraine afterwards",
                                   "do the men who return in swaps go to prison in russia for giving up",
                                   "what happens to a soldier who goes back in a swap, is he punished?"])
def test_staying_in_ukraine_and_punishment_at_home_are_out_of_scope(bot, asked):
    """"Can they stay in Ukraine after?", "are they put in jail when they're swapped back?": what becomes of a prisoner who will
    not go back, and punishment in Russia for surrendering, which no article reports (the lexicon's staying and punishment
    topics); the claim on exchanges and the guarantee of treatment had been given."""
    reply, _ = bot.answer(asked, None)
    assert not reply.answered
