"""Session 24's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import conversation, lead


@pytest.mark.parametrize("q", ["why would a man sign up to fight?", "why would a man join up?"])
def test_a_man_asked_about_is_people_asked_about(bot, q):
    # the example question says "why did PEOPLE sign up to fight?"; "a man" and "men" are the same weak word as "people",
    # so the example matches and the reasons for joining lead, not the author's view of Putin's forced recruitment
    assert lead(bot, q) == "recruitment-incentives"


@pytest.mark.parametrize("turns", [
    ["what happens to russians who surrender if they go back home, do they get punished"],
    ["what happens to Russian prisoners who are exchanged?", "and is a man who surrendered punished once he's back in Russia?"],
    ["are soldiers who come back in a swap put in jail in russia for having surrendered"],
    ["would Russia prosecute a soldier who gave himself up?"],
])
def test_a_punishment_back_home_is_never_given(bot, turns):
    # no fact reports a punishment, a trial or a jail term for surrendering; the exchanges' facts sit next to it
    reply = conversation(bot, *turns)
    assert not reply.answered


def test_what_happens_after_an_exchange_is_still_answered(bot):
    assert lead(bot, "what happens to Russian prisoners who are exchanged?") == "exchange-priorities"


@pytest.mark.parametrize("first, then", [
    ("how many Russian soldiers has Ukraine captured so far?", "who is that number attributed to?"),
    ("how many Russians give themselves up in a typical week?", "is that figure from the blog or from the news report?"),
    ("was 2025 the record year for surrenders?", "is that claim sourced in the news report or simply asserted?"),
    ("what pay are recruits offered?", "what's that based on?"),
])
def test_where_the_last_answer_comes_from_is_asked_many_ways(bot, first, then):
    # a figure "attributed to", "sourced in", "from the blog or the news report", "what's that based on": the last answer's
    # claimant and citation, not a new search on the words left (they had given refusals and a neighbouring claim)
    shown = lead(bot, first)
    reply = conversation(bot, first, then)
    assert reply.answered and reply.statements[0].fact_id == shown
    assert "who makes that claim" in reply.message


@pytest.mark.parametrize("q", [
    "I'd like to quote someone calling the scheme a kind of psychological warfare. Who says that?",
    "My essay quotes a man calling the project psychological warfare. Who said so?",
])
def test_a_remark_that_the_next_sentence_points_back_to_is_what_is_asked_about(bot, q):
    # "I'd like to quote…" is about the visitor, and such a sentence is dropped; but "who says THAT?" after it has no
    # subject of its own, so the remark is kept and names what is asked about
    assert lead(bot, q) == "psychological-warfare-analysts"


def test_a_remark_before_a_question_of_its_own_is_still_dropped(bot):
    assert lead(bot, "I'm a teacher in Leeds. How many prisoners are officers?") in ("officers-share-news", "officers-share-blog")


@pytest.mark.parametrize("q", ["how do soldiers tell Ukraine they want to stop fighting?", "how do soldiers who want to quit contact Ukraine?"])
def test_wanting_to_stop_fighting_is_wanting_to_surrender(bot, q):
    # read as "stop" alone it had matched the author's views ("stopped believing", "none of which has stopped…")
    assert lead(bot, q) in ("iwtl-path-to-surrender", "iwtl-channels")


def test_both_sides_stopping_is_still_not_a_surrender(bot):
    assert lead(bot, "when will both sides stop fighting?") is None


def test_what_ukraine_gets_out_of_a_surrender_is_what_each_one_does(bot):
    # the effects of each surrender (manpower, intelligence) answer it, not the author's view of a "strategic gain"
    assert lead(bot, "what does ukraine get out of it when a russian hands himself in") == "surrender-effects"


def test_anything_good_out_of_it_asks_what_it_brings(bot):
    # "get anything good out of it" had split the lexicon's "get out of" and left only the surrenders to look up: refused
    # (the author's view that Ukraine made a strategic gain of it answers it too)
    assert lead(bot, "why do they give up?", "did Ukraine get anything good out of it?") in ("surrender-effects", "morale-advantage-opinion")


@pytest.mark.parametrize("q", ["are russian losses getting smaller?", "the losses of russian army is getting less now or not?",
                               "are the casualties decreasing?"])
def test_getting_smaller_asks_the_trend(bot, q):
    # "getting smaller / less", "decreasing": whether the losses ease, which the news report says they show no sign of;
    # "getting smaller" had been read as something the men are given ("do they get food?"), with no fact holding it
    assert lead(bot, q) == "casualty-rate-not-slowing"


@pytest.mark.parametrize("turns", [
    ["which of the two articles is more trustworthy overall?"],
    ["should I trust the blog or the news report"],
    ["what are your sources", "which one is more reliable"],
])
def test_which_article_to_trust_is_a_verdict_the_bot_has_no_view_on(bot, turns):
    # choosing between the two articles is a view of the bot's own, which it has none of (the no-view refusal says so)
    reply = conversation(bot, *turns)
    assert not reply.answered and "no views of my own" in reply.message


def test_whether_one_article_can_be_trusted_still_gets_its_record(bot):
    reply = conversation(bot, "can I trust the blog?")
    assert reply.answered and reply.statements[0].fact_id == "source:blog-mass-surrenders"


@pytest.mark.parametrize("q", ["who is paying for this blog?", "who funds the newspaper that ran the report?"])
def test_who_pays_for_an_outlet_is_never_given(bot, q):
    # no fact or record says who owns or funds an outlet; "paying" had matched the recruits' pay
    assert lead(bot, q) is None


def test_who_pays_the_soldiers_is_still_their_pay(bot):
    assert lead(bot, "who pays the soldiers?") == "recruitment-incentives"


def test_who_funds_an_outlet_is_beyond_its_record(bot):
    # the record is offered beside the refusal, which says what Sourced records and that an owner or funder is not in it
    reply = conversation(bot, "who funds the newspaper that ran the report?")
    assert not reply.answered and "owns or funds" in reply.message and reply.related
    assert lead(bot, "is it on a newspaper's website or his own blog?") == "source:blog-mass-surrenders"


@pytest.mark.parametrize("turns", [["which ministry runs I Want to Live?"],
                                   ["is 'I Want to Live' a government project?", "which ministry runs it, exactly?"]])
def test_a_which_noun_doing_something_is_the_subject(bot, turns):
    # "which MINISTRY runs it": the noun is what is asked about, and no fact names a ministry (the project is only called a
    # government one); the head-word rule had known only "which X does / is …"
    assert not conversation(bot, *turns).answered


def test_a_which_noun_some_fact_holds_is_still_answered(bot):
    assert lead(bot, "which region produced the most prisoners?") == "most-captured-in-donetsk"


@pytest.mark.parametrize("turns", [["how often can prisoners call home?"],
                                   ["prisoners have food and doctor?", "they can call to mother?", "how often they can call, one time in week?"]])
def test_how_often_something_is_allowed_in_captivity_is_never_given(bot, turns):
    # the Geneva guarantee names contact with families but no frequency; "how often" had led with the weekly surrenders
    assert not conversation(bot, *turns).answered


def test_how_often_they_surrender_is_still_the_weekly_average(bot):
    assert lead(bot, "how often do Russians surrender?") == "weekly-surrender-average"


def test_how_big_an_area_is_that_converts_the_last_share(bot):
    # "how big AN AREA is that in square kilometres?" after the 0.8 percent: the area Sourced computed from it
    assert lead(bot, "what does the 0.8 percent figure in the news report refer to?",
                "roughly how big an area is that in square kilometres?") == "territory-taken-2025-area"


@pytest.mark.parametrize("q", ["land gained 2025 sq km", "how much territory gained in 2025?"])
def test_land_gained_is_territory_not_a_benefit(bot, q):
    # "gained" beside "land" is ground taken; read as the lexicon's gains (help, benefit) it led with the losses that bought
    # "small territorial gains"
    assert lead(bot, q) in ("territory-taken-2025", "territory-taken-2025-area")


@pytest.mark.parametrize("then", ["fine, but which side gets captured more often nowadays?",
                                  "cool, but which side gets captured more often nowadays?"])
def test_fine_or_got_it_before_a_question_is_filler(bot, then):
    # after a refusal, "fine, but…" had been read as words of the question, which then asked about nothing any fact holds
    assert lead(bot, "how many Ukrainian soldiers have the Russians captured?", then) == "captures-reversed-since-june-2023"


def test_whether_russia_treats_its_soldiers_as_disposable_gets_the_authors_view(bot):
    # the fact now says whose treatment the author means (the paragraph is about the Kremlin's recruits, sent into combat
    # by their own side); naming no side, it was dropped for a question that names Russia as the one acting
    reply = conversation(bot, "does Russia treat its soldiers as disposable?")
    assert reply.answered and reply.statements[0].fact_id == "expendable-opinion" and "opinion" in reply.message


@pytest.mark.parametrize("first, then, fact", [
    ("Is it true the blog claims more surrendered in 2025 than in 2022 and 2023 combined?",
     "does the news report back that up in any way?", "record-year-2025"),
    ("what does the author mean by 'the attackers become the trapped'?", "does the news report back that up with anything?",
     "captures-reversed-since-june-2023"),
])
def test_does_the_other_article_back_that_up(bot, first, then, fact):
    # whether the other article says so too; "back" had been read as prisoners handed back in exchanges
    assert lead(bot, first, then) == fact


@pytest.mark.parametrize("q", ["good morning, my year 10s are ready", "hello! we're all here"])
def test_a_greeting_with_the_class_ready_is_a_greeting(bot, q):
    # a teacher opening a lesson asks nothing; "10s" had been read as a figure and answered with one
    reply = conversation(bot, q)
    assert not reply.answered and reply.reason == "smalltalk"


@pytest.mark.parametrize("turns", [
    ["Why do Ukrainian officials say these men choose to surrender rather than keep on fighting?", "Isn't that simply betrayal of their comrades?"],
    ["aren't they abandoning their comrades by surrendering?"],
])
def test_betraying_their_comrades_is_treason_asked(bot, turns):
    # whom they betray ("their comrades", "their country") is part of the charge, not a subject no fact holds
    assert lead(bot, *turns) == "surrender-as-survival"


def test_another_is_no_subject(bot):
    # "another" (country, article, year) names nothing by itself; weighed as a subject no fact holds, it had the question refused
    assert lead(bot, "why would someone from another country fight for russia") == "foreign-fighters-blog"


@pytest.mark.parametrize("q", ["What does Ukraine actually gain each time a Russian surrenders?",
                               "What does Ukraine actually gain, militarily, from every Russian soldier who gives himself up?"])
def test_what_each_surrender_brings_is_the_effects_of_each_one(bot, q):
    # "each time a Russian surrenders", "every soldier who gives himself up": one surrender at a time, as the fact on what
    # each surrender does puts it; "gain" alone had led with the author's view of a strategic gain
    assert lead(bot, q) == "surrender-effects"


def test_ukraines_gain_from_low_morale_is_still_the_authors_view(bot):
    assert lead(bot, "has Ukraine turned Russian low morale into a gain?") == "morale-advantage-opinion"


@pytest.mark.parametrize("q", ["In which part of Ukraine were the majority of Russian POWs actually taken?",
                               "what part of the country were most prisoners captured in?"])
def test_which_part_of_ukraine_asks_where(bot, q):
    # "part" is the where-question's frame, not the blog's "parts of Zaporizhzhia", which had put the blog's list first
    assert lead(bot, q) == "most-captured-in-donetsk"


def test_who_is_winning_in_the_authors_view_is_his_conclusion(bot):
    # the author's conclusion that on the front of belief Putin is losing, not his general claim that an army without
    # belief cannot win; asked of the war itself, no article names a winner
    assert lead(bot, "so who is winning, in his view?") == "putin-losing-belief-opinion"
    assert lead(bot, "who is winning the war?") is None


@pytest.mark.parametrize("q", ["What happens to foreign fighters once they're caught - does Russia try to get them back?",
                               "does russia bother getting its foreign fighters back"])
def test_whether_russia_takes_its_foreigners_back_is_the_foreigners_fact(bot, q):
    # the exchanges' fact no longer carries the foreign fighters' topic (it is about ethnic Russians): only the fact on the
    # foreigners left behind holds both
    assert lead(bot, q) == "foreign-fighters-abandoned"


def test_a_restated_check_of_the_last_answer_may_get_it_again(bot):
    # "so Russia doesn't want them back?" restates the answer just given: it is checked, so that answer may come again
    # (a follow-up is otherwise steered away from repeating it)
    assert lead(bot, "how many foreign fighters", "what happens to them when theyre caught",
                "so russia doesnt want them back?") == "foreign-fighters-abandoned"


@pytest.mark.parametrize("q", ["Officers are less than 5% of prisoners?", "are officers more than 2 per cent of the captured?"])
def test_a_share_held_against_a_stated_one_is_answered_by_the_share(bot, q):
    # a stated percentage compared: the facts giving the share answer it, not the claim that happens to name officers
    assert lead(bot, q) in ("officers-share-blog", "officers-share-news")


@pytest.mark.parametrize("turns", [
    ["how much land Russia take in 2025 year?", "and which cities they take?"],
    ["Who says 1.2 million Russian casualties?", "How does the General Staff actually arrive at that figure?"],
])
def test_what_no_fact_gives_is_refused_however_it_is_worded(bot, turns):
    # the towns taken (no aux: "which cities they take"), and how a body arrives at its figure: neither is in any article
    assert not conversation(bot, *turns).answered


def test_how_sourced_computed_its_figure_is_still_answered(bot):
    assert lead(bot, "how do you get 5000 sq km out of 0.8 percent") in ("territory-taken-2025-area", "territory-taken-2025")


def test_sectors_of_the_front_line_are_places(bot):
    # "of the front line" names where the sectors are; read as ideas of their own, "front" and "line" put the blog's
    # description of the project first
    assert lead(bot, "Which sectors of the front line produce the most surrenders, per the blog?") == "surrender-hotspots-blog"


def test_is_another_figure_from_the_same_body_asks_whose_it_is(bot):
    # "the roughly 420,000 for 2025, is that from the same body?": the 2025 figure with its claimant; "body" read as a
    # subject had narrowed the whole-war answer to 2025 and refused
    assert lead(bot, "Who estimates the Russian casualties for the whole war?",
                "And the roughly 420,000 for 2025, is that from the same body?") == "casualties-2025"


def test_a_few_said_in_passing_is_no_small_share(bot):
    # "if a few Russians give up" counts nothing; read as the lexicon's "few / small share" it led with the view on officers
    assert lead(bot, "why does it matter to Ukraine if a few Russians give up?") == "surrender-effects"
    assert lead(bot, "are only a few officers captured?") in ("officers-share-blog", "officers-share-news")


def test_is_that_the_same_figure_in_both_articles_gives_both_versions(bot):
    # after a figure, "the same figure in both articles?" asks for that figure in each, not the articles' own records
    reply = conversation(bot, "what share of the prisoners were contract soldiers?",
                         "is that the same figure in both articles, or does one say something different?")
    assert {s.fact_id for s in reply.statements} == {"contract-share-blog", "contract-share-news"}


def test_how_it_came_about_may_be_the_fact_just_given_when_it_says(bot):
    # the Kursk fact says what brought the fighting there ("after Kyiv's incursion"), so a how-question on it, right after
    # it was shown, is answered by it again rather than steered to the next fact
    assert lead(bot, "Where have most of these surrenders happened?", "And Kursk, is that in Ukraine or in Russia?",
                "How did Ukrainian soldiers come to be in Kursk in the first place?") == "captured-zaporizhzhia-kursk"


def test_what_the_blog_points_to_as_proof_is_what_the_view_rests_on(bot):
    # after the author's view that the Kremlin values its soldiers little, the proof he points to is the cycle of exchanges
    # the view links to; "proof of that" had been read as a new subject and refused
    assert lead(bot, "can you help me argue that the Kremlin doesn't care about its own troops?",
                "what exactly does the blog point to as proof of that?") == "exchange-priorities"


@pytest.mark.parametrize("q, fact", [
    ("can a captured russian lad ring his mum", "geneva-treatment-guarantee"),
    ("Why do the Ukrainians say it isn't betrayal for these fellows?", "surrender-as-survival"),
    ("are most of them volunteers or people who got called up", "mobilised-share-blog"),
])
def test_everyday_words_for_the_men_and_their_call_up(bot, q, fact):
    # "lad", "fellows" are men, no subject of their own; "ring his mum" is contact with his family; "got called up" is mobilised
    assert lead(bot, q) in (fact, fact.replace("-blog", "-news"))


def test_contracts_as_opposed_to_being_called_up_is_still_the_contract_share(bot):
    assert lead(bot, "What percentage of those taken prisoner had signed up on contracts with the army, as opposed to being "
                     "called up by the state?") in ("contract-share-blog", "contract-share-news")


@pytest.mark.parametrize("then", ["is that a ukrainian government number", "is it an official figure?"])
def test_is_that_an_official_number_asks_whose_it_is(bot, then):
    # whose the last figure is (its claimant is said with it), not the project that is a government one
    reply = conversation(bot, "where does the 10,000 prisoners figure come from", then)
    assert reply.statements[0].fact_id == "captured-by-end-2025" and "who makes that claim" in reply.message


@pytest.mark.parametrize("q", ["genva convension do the ukranians stick to it", "the Geneva Conventions - does Ukraine keep to them?"])
def test_the_rule_named_first_then_kept(bot, q):
    # "stick to it" after the rule is named (however spelt) is following it; "stick" had been read as a subject
    assert lead(bot, q) == "geneva-treatment-guarantee"


def test_what_experts_call_the_project_is_what_the_analysts_call_it(bot):
    # experts naming the project are the blog's analysts; a lexicon group making every "expert" an analyst cost refusals
    # of experts checking figures, so only "experts call / describe it" is read so
    assert lead(bot, "what is the i want to live project", "what do the experts call it") == "psychological-warfare-analysts"


def test_finding_out_is_coming_to_know(bot):
    # "find out" had matched the foreign fighters who "find" Russia uninterested in them
    assert lead(bot, "how do the soldiers find out they can surrender?") in ("iwtl-path-to-surrender", "iwtl-channels",
                                                                            "reaches-soldiers-directly")
    assert lead(bot, "how do the soldiers find out they can surrender?",
                "but wouldn't their bosses stop them hearing about it?") == "reaches-soldiers-directly"



def test_why_after_the_exchanges_is_the_authors_reading_of_them(bot):
    # the exchanges' fact links first to the author's view of what the cycle shows, the reason a "why?" asks for
    assert lead(bot, "The blog says wounded prisoners who are swapped back get sent to the front again.", "Why?") \
        == "kremlin-values-troops-little"


def test_tb_is_tuberculosis_by_name(bot):
    # "TB" read as the disease the illness facts name, not any sickness: the armbands of "infected" men are not about it
    reply = conversation(bot, "has anyone got tb, and who says so?")
    assert reply.statements[0].fact_id in ("chronic-illness-news", "chronic-illness-blog")
    assert "infected-armbands" not in [s.fact_id for s in reply.statements]


@pytest.mark.parametrize("then", ["And how much did it take in 2024?", "And how much did it take in 2024, for comparison?"])
def test_the_last_figure_is_not_given_again_for_another_year(bot, then):
    # the 0.8 percent is 2025's; asked for 2024 with nothing else named, it had been given again as if it answered
    reply = conversation(bot, "How much of Ukraine did Russia take in 2025?", then)
    assert not reply.answered


def test_a_fraction_of_ukraine_is_territory(bot):
    # "what fraction of Ukraine" is land, as "what share of Ukraine" is; read as a fraction of prisoners it got the ranks
    assert lead(bot, "what fraction of ukraine did russia take in 2025?") == "territory-taken-2025"
    assert lead(bot, "How much of Ukraine did Russia take in 2025?", "What fraction of Ukraine does Russia hold in total now?") is None


def test_the_size_of_the_force_is_never_given(bot):
    # how many serve in Ukraine altogether: no article gives it; the contract shares are of the prisoners
    assert lead(bot, "Would you happen to know how many Russian soldiers are serving in Ukraine altogether?") is None


def test_what_prisoners_give_away_is_the_intelligence_they_give(bot):
    # "give away anything of use" is what the prisoners tell Ukraine; read word by word it led with the view on officers
    assert lead(bot, "Do captured officers ever give away anything of real use? I'm thinking of the old war films.") == "surrender-effects"
