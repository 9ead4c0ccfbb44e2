"""Session 25's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead


@pytest.mark.parametrize("q, fact", [
    ("Wasn't the record week in 2023?", "record-week-august-2024"),
    ("wasnt the record week in 2023", "record-week-august-2024"),
    ("Isn't the project run by the Red Cross?", "iwtl-what-it-is"),
    ("I heard the record week was in 2023?", "record-week-august-2024"),
    ("I thought the busiest week was back in 2023", "record-week-august-2024"),
])
def test_a_claim_put_in_the_negative_or_as_heard_is_checked(bot, q, fact):
    # "wasn't…?", "isn't…?", "I heard…": the same check as "was…?" and "is it true that…?", answered by the fact that
    # gives the real year or says who runs it (they had been refused: the wrong year, the Red Cross, no fact holds)
    assert lead(bot, q) == fact


def test_a_view_asked_in_the_negative_reads_as_before(bot):
    # "isn't that betrayal…?" asks for a view on the last answer (officials see survival), not a check of "that"
    reply = conversation(bot, "Why do Ukrainian officials say these men choose to surrender rather than keep on fighting?",
                         "Isn't that simply betrayal of their comrades?")
    assert reply.statements[0].fact_id == "surrender-as-survival"


@pytest.mark.parametrize("then", ["can I verify that?", "how do I check that?", "where can I check that figure?",
                                  "fact check that pls", "is that official?", "can i check it myself?"])
def test_whether_the_last_answer_can_be_checked_gets_its_claimant(bot, then):
    # asked how to check the figure just given: who makes the claim and where it was reported (it had been taken for
    # advice asked, refused, or answered with another fact on surrenders)
    reply = conversation(bot, "how many Russians have surrendered?", then)
    assert reply.answered and reply.statements[0].fact_id == "captured-by-end-2025"
    assert "who makes that claim" in reply.message


@pytest.mark.parametrize("q, fact", [
    ("hw mny ppl surrendered", "captured-by-end-2025"),
    ("how many orcs surrendered", "captured-by-end-2025"),
    ("how many vatniks surrendered", "captured-by-end-2025"),
    ("how many zeks", "criminal-records"),
    ("whats the deal w/ the armbands", "infected-armbands"),
    ("what happened w/ kursk", "captured-zaporizhzhia-kursk"),
])
def test_chat_shorthand_and_war_slang_are_read_as_their_words(bot, q, fact):
    # "mny", "w/", and the war's slang for Russian soldiers ("orcs", "vatniks") and convicts ("zeks"): each had been refused
    assert lead(bot, q) == fact


def test_mobiks_are_the_mobilised(bot):
    assert lead(bot, "how many mobiks surrendered") in ("mobilised-share-blog", "mobilised-share-news")


@pytest.mark.parametrize("q", ["how bad are russian losses", "how bad r russian losses fr", "how serious were Russia's losses?"])
def test_how_bad_the_losses_are_is_how_heavy(bot, q):
    # "bad" is the lexicon's word for bad conditions; of losses it asks how heavy they are (it had been refused)
    assert lead(bot, q) in ("full-scale-invasion-february-2022", "casualties-general-staff")


@pytest.mark.parametrize("then", ["is that since 2022?", "is that just 2025?", "10,000 in total or per year?",
                                  "what period does that cover?", "is that per year?", "is that for 2025 only?"])
def test_the_span_of_the_last_figure_is_asked(bot, then):
    # the total "by the end of 2025" answers what span it covers (it had been refused, or answered with 2025's record year)
    reply = conversation(bot, "how many Russians have surrendered?", then)
    assert reply.answered and reply.statements[0].fact_id == "captured-by-end-2025"


def test_a_weekly_figure_answers_per_year_but_not_since_when(bot):
    # "each week" says it is not a yearly figure; it does not say since when the average holds, so that is refused
    assert conversation(bot, "how many surrender each week?", "is that per year?").statements[0].fact_id == "weekly-surrender-average"
    assert not conversation(bot, "how many surrender each week?", "is that since 2022?").answered


@pytest.mark.parametrize("then", ["that seems low, isn't it more like 100,000?", "wow that's a lot. who counted them?",
                                  "that seems high. where does it come from?"])
def test_a_verdict_said_before_the_question_is_not_what_is_asked(bot, then):
    # "that seems low, …": the visitor's verdict on the last figure; what follows is asked of it (the verdict's "low" had
    # led to the officers' "only 3%")
    reply = conversation(bot, "how many Russians have surrendered?", then)
    assert reply.answered and reply.statements[0].fact_id == "captured-by-end-2025"


@pytest.mark.parametrize("q, fact", [
    ("To what extent does the news report present the hotline as the main driver of surrenders?", "iwtl-what-it-is"),
    ("What evidence is put forward that recruiters disproportionately target convicts?", "recruitment-incentives"),
    ("Is the armband allegation substantiated anywhere in the body of the blog?", "infected-armbands"),
    ("To what extent is the record-year assertion independently substantiated?", "record-year-2025"),
])
def test_an_essay_writers_framing_words_are_not_what_is_asked(bot, q, fact):
    # "to what extent", "evidence put forward", "substantiated", "assertion", "disproportionately": the register of an
    # essay, no subject of its own (they had been rare words no fact holds, so the questions were refused)
    assert lead(bot, q) == fact


def test_a_word_that_begins_like_an_essay_word_is_still_read(bot):
    # "margin of error": "margin" is not "marginalised"; no article gives one, so it is refused
    assert not conversation(bot, "What's the margin of error on the General Staff's casualty estimate?").answered


@pytest.mark.parametrize("q, facts", [
    ("how many capitulated", {"captured-by-end-2025"}),
    ("how many defectors were there", {"captured-by-end-2025"}),
    ("what does debriefing prisoners give Ukraine?", {"surrender-effects"}),
    ("Are the grunts getting any proper basic before the front?", {"sent-untrained-into-drone-zones"}),
    ("why are the top brass never captured?", {"commanders-avoid-danger-opinion"}),
    ("Which frontline sectors are producing the most capitulations?", {"most-captured-in-donetsk", "surrender-hotspots-blog"}),
])
def test_a_soldiers_jargon_is_read_as_the_articles_words(bot, q, facts):
    # capitulation and defectors are surrender, debriefing gives intelligence, basic is training, the brass are the
    # commanders, a frontline sector is a place; each had been refused
    assert lead(bot, q) in facts


@pytest.mark.parametrize("q, facts", [
    ("yo how many russians just alt-f4'd and surrendered lol", {"captured-by-end-2025"}),
    ("so how do u dm them to give up", {"iwtl-channels"}),
    ("why r the officers never getting caught, are they camping in spawn skull", {"commanders-avoid-danger-opinion"}),
    ("whats the actual % of officers no cap", {"officers-share-news", "officers-share-blog"}),
    ("russia nerfed their own army or what, like no food and trash gear?", {"conditions-in-russian-army"}),
    ("gg russia only took like 0.8% of the map in 2025??", {"territory-taken-2025"}),
])
def test_a_gamers_slang_is_read_as_what_it_means(bot, q, facts):
    # alt-f4'd is gave up, dm is message, camping in spawn is staying out of danger, "no cap" and "gg" are said for
    # emphasis, nerfed is neglected, gear is equipment, the map is the country; each had been refused
    assert lead(bot, q) in facts


def test_where_a_place_is_on_the_map_is_still_a_place(bot):
    assert not conversation(bot, "where exactly is pokrovsk on the map, is it near kyiv?").answered


def test_one_year_alone_of_a_total_by_its_end_is_not_given(bot):
    # "more than 10,000 by the end of 2025" is no count of 2025 alone, however the follow-up leads in
    for then in ("how many of those were just in 2025", "wait what, 10k?? how many of those were just in 2025"):
        assert not conversation(bot, "how many russians surrendered", then).answered
    assert conversation(bot, "how many russians surrendered", "how many was that by 2025?").answered


@pytest.mark.parametrize("q, facts", [
    ("How old are the soldiers who were caught, in easy words?", {"prisoner-age-range"}),
    ("Some of the soldiers were poorly. What kind of illnesses, in simple words?", {"chronic-illness-blog", "chronic-illness-news"}),
    ("Can the soldiers who gave up phone their mums?", {"geneva-treatment-guarantee"}),
])
def test_a_childs_words_are_read_as_what_they_ask(bot, q, facts):
    # "in easy words" is how it should be said, not what is asked; "poorly" is ill; phoning their mums is reaching their
    # families (they had been refused, or answered with the ways to contact the hotline)
    assert lead(bot, q) in facts


def test_going_home_after_the_family_question_is_the_exchanges(bot):
    reply = conversation(bot, "Can the soldiers who gave up phone their mums?", "Do they ever get to go home again?")
    assert reply.statements[0].fact_id in ("pows-returned-in-exchanges", "exchange-priorities")


@pytest.mark.parametrize("q, fact", [
    ("Can I say Ukraine has taken more than 10,000 Russian prisoners?", "captured-by-end-2025"),
    ("Can I say surrenders in 2025 doubled those of 2022?", "surrenders-2025-exceed-2022-2023"),
    ("can i say that 40% of prisoners have criminal records?", "criminal-records"),
    ("What's the POW tally on the Russian side held by Kyiv at year-end 2025?", "captured-by-end-2025"),
    ("also in the Russia territory they catch soldiers?", "captured-zaporizhzhia-kursk"),
])
def test_a_journalists_and_a_learners_wordings(bot, q, fact):
    # "can I say…" puts a claim up to be checked; "doubled" is more than, which the articles' comparison answers;
    # "year-end 2025" is by the end of 2025; "in the Russia territory" is inside Russia (Kursk)
    assert lead(bot, q) == fact


@pytest.mark.parametrize("then", ["Is that a Ukrainian number or a Russian one?",
                                  "Is that an MoD figure out of Moscow or the Ukrainian general staff?"])
def test_whose_figure_asked_as_one_side_or_the_other(bot, then):
    # two bodies offered to choose from: whose the last figure is (it had been refused, or answered with another fact)
    reply = conversation(bot, "how many russians surrendered", then)
    assert reply.statements[0].fact_id == "captured-by-end-2025" and "who makes that claim" in reply.message


@pytest.mark.parametrize("q, fact", [
    ("How much significance does the author attach to the acceleration, as opposed to the absolute total?", "fundamental-shift-opinion"),
    ("What diplomatic consequences does the blog attribute to the sheer number of Russians held?", "ukrainians-home-in-exchanges"),
    ("What broader inference does the author draw about how the Kremlin regards its own troops?", "kremlin-values-troops-little"),
])
def test_an_essay_writer_asks_for_the_authors_view(bot, q, fact):
    # "how much significance does the author attach to…" and "what inference does the author draw" ask for the author's
    # view ("draw" is not the recruits drawn in); "diplomatic consequences" are what the prisoners win Ukraine in exchanges
    assert lead(bot, q) == fact


def test_as_opposed_to_still_marks_an_uncovered_contrast(bot):
    assert not conversation(bot, "How many of the prisoners surrendered through 'I Want to Live' itself, as opposed to "
                                 "being captured in battle?").answered


@pytest.mark.parametrize("q", ["did most of them surrender in crimea?", "Didn't most of them surrender in Crimea?",
                               "most of them were captured in Crimea, right?", "were most captured near kharkiv?"])
def test_where_most_were_put_with_a_wrong_place_is_answered_by_where_most_were(bot, q):
    # a place no fact names, asked as the place where most surrendered: the articles' answer to where most were corrects
    # it (it had been refused, as asking about a place no article mentions)
    assert lead(bot, q) in ("most-captured-in-donetsk", "surrender-hotspots-blog")


@pytest.mark.parametrize("q", ["did any surrender in crimea", "how many surrendered in crimea"])
def test_any_or_how_many_at_a_place_no_fact_names_is_still_refused(bot, q):
    assert not conversation(bot, q).answered


@pytest.mark.parametrize("q, fact", [
    ("Since Russia executes deserters, why do soldiers still surrender?", "surrender-as-survival"),
    ("Because the war ended in 2024, how many were captured?", "captured-by-end-2025"),
    ("Since June 2023, who captures more?", "captures-reversed-since-june-2023"),
])
def test_a_premise_said_first_is_granted_and_the_question_after_it_answered(bot, q, fact):
    # "since Russia executes deserters, …": the premise (which no fact holds) is not what is asked; a time said first
    # ("since June 2023, …") is kept
    assert lead(bot, q) == fact


@pytest.mark.parametrize("q, fact", [
    ("Is it true that Syrskii is Ukraine's president?", "territory-taken-2025"),
    ("is it true the armbands were green?", "infected-armbands"),
    ("Is it true the hotline was set up by the Americans?", "iwtl-what-it-is"),
    ("is it true the project was founded by the CIA?", "iwtl-what-it-is"),
])
def test_a_check_of_what_the_one_fact_on_its_subject_says_gets_that_fact(bot, q, fact):
    # a wrong detail about a subject only one fact holds (Syrskii, the armbands, who set the project up): that fact
    # corrects it (the wrong detail, a word no fact holds, had made the check refused)
    assert lead(bot, q) == fact


def test_a_check_about_a_common_subject_with_a_word_no_fact_holds_is_still_refused(bot):
    assert not conversation(bot, "is it true prisoners are tortured?").answered


@pytest.mark.parametrize("first, then", [
    ("criminals among pows", "why they sign"),
    ("how many have criminal records", "why would prisoners even sign up tho"),
])
def test_why_men_in_prison_signed_up_is_the_recruits_incentives(bot, first, then):
    # "prisoners" signing up are men from prison, not prisoners of war; "why they sign" is signing up; "even" is said for
    # emphasis (it had been a subject word no fact holds, and an opinion or a refusal came back)
    assert conversation(bot, first, then).statements[0].fact_id == "recruitment-incentives"


@pytest.mark.parametrize("then", ["are more turning up all the time", "do more keep appearing?"])
def test_new_foreign_fighters_turning_up_are_the_ones_discovered(bot, then):
    # "turning up", "keep appearing", "showing up" are the news report's "discovered" (the turn of "turning up" had led to
    # the author's view that Ukraine turned the collapse into an advantage)
    reply = conversation(bot, "are there foreign fighters among the russian prisoners", then)
    assert reply.statements[0].fact_id == "new-foreign-fighters-weekly"


@pytest.mark.parametrize("q, fact", [
    ("were recruits thrown into areas with FPV drones without training?", "sent-untrained-into-drone-zones"),
    ("does the attacking side get stuck?", "attackers-become-trapped"),
    ("do attackers end up surrounded?", "attackers-become-trapped"),
    ("does Russia abandon its foreign fighters?", "foreign-fighters-abandoned"),
    ("is this information warfare?", "psychological-warfare-analysts"),
])
def test_everyday_words_for_what_the_facts_say(bot, q, fact):
    # FPV drones and UAVs are drones, stuck and surrounded are encircled, abandoned is Russia's little interest in getting
    # them back, information warfare is psychological warfare; each had been refused
    assert lead(bot, q) == fact


@pytest.mark.parametrize("q, facts", [
    ("how many were career soldiers?", {"contract-share-blog", "contract-share-news"}),
    ("how many non-Russians?", {"foreign-fighters-blog", "mercenaries-news"}),
    ("were some men pressganged into the army?", {"coerced-or-misled"}),
])
def test_other_words_for_who_the_prisoners_were(bot, q, facts):
    # career soldiers are contract soldiers, non-Russians are the foreigners, pressganged is forced (each had been refused)
    assert lead(bot, q) in facts


@pytest.mark.parametrize("then", ["where's that from?", "wheres that from", "where's it coming from?"])
def test_wheres_that_from_asks_who_makes_the_claim(bot, then):
    # "where is that from?" already asked it; the contracted "where's" had been refused as a figure no fact gives
    reply = conversation(bot, "what share of prisoners were officers?", then)
    assert reply.answered and "who makes that claim" in reply.message


@pytest.mark.parametrize("then", ["where did you get that?", "what's your source?", "what is its source?"])
def test_the_source_asked_of_the_bot_is_who_makes_the_claim(bot, then):
    # asked of the bot ("you", "your") or of the figure ("its"): who makes the claim and where it was reported (they had
    # been read as where most surrendered, or as 2025's record)
    reply = conversation(bot, "how many russians have surrendered?", then)
    assert reply.statements[0].fact_id == "captured-by-end-2025" and "who makes that claim" in reply.message


def test_giving_oneself_up_to_ukraine_is_the_way_to_surrender(bot):
    # "to Ukraine" had drawn the Geneva guarantee (which names Ukraine); the way to give oneself up is the project's route
    assert lead(bot, "how does a Russian soldier give up to Ukraine?") == "iwtl-path-to-surrender"


@pytest.mark.parametrize("q", ["who says 40%?", "where does the 40% come from?", "which one gives a source for the 40%?"])
def test_a_percent_sign_makes_the_figure_a_share(bot, q):
    # "40%" is a share, the criminal records' 40%, not the foreigners' 40 countries ("40 percent" was already read so)
    assert lead(bot, q) == "criminal-records"
