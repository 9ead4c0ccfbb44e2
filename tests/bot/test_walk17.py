"""Session 14: what a parent and a teenager (WALK-17) hit in the chat panel, on a phone and a laptop."""
from __future__ import annotations

import pytest

from . import conversation


@pytest.mark.parametrize("unit", ["how many sq km is that", "how many square kilometres is that?", "how much km2 is it"])
def test_the_last_share_asked_as_an_area_gives_the_area_sourced_worked_out(bot, unit):
    """"how many sq km is that" after the 0.8% repeated the percentage; the computed area is the answer."""
    reply = conversation(bot, "how much of ukraine did russia take in 2025", unit)
    assert reply.answered and reply.statements[0].fact_id == "territory-taken-2025-area"
    assert reply.message.startswith("Sourced worked this out")


@pytest.mark.parametrize("first, fact, framing", [
    ("does the blog say putin is losing", "putin-losing-belief-opinion", "This is an opinion of the blog post's author"),
    ("how many were captured by the end of 2025", "captured-by-end-2025", "This is reported as a claim"),
])
def test_is_that_a_fact_is_asked_of_the_last_answer(bot, first, fact, framing):
    """After the author's view that Putin is losing, "is that a fact" showed ANOTHER of his views."""
    for question in ("is that a fact", "is that just a fact?", "is it a fact?"):
        reply = conversation(bot, first, question)
        assert reply.answered and [s.fact_id for s in reply.statements] == [fact], question
        assert reply.message.startswith(framing)


@pytest.mark.parametrize("question", ["And is Bakhmut in the Donetsk region?", "is pokrovsk in the donetsk oblast"])
def test_whether_a_named_place_lies_in_a_region_is_not_answered_with_where_prisoners_were_taken(bot, question):
    """The articles name Bakhmut and Pokrovsk but never say which region they are in."""
    reply = conversation(bot, "where were most captured", question)
    assert not reply.answered and reply.message.startswith("The articles name that place but do not say where it is")


def test_a_place_in_ukraine_or_russia_is_still_answered_where_a_fact_says(bot):
    reply = conversation(bot, "is kursk in ukraine or russia")
    assert reply.answered and reply.statements[0].fact_id == "captured-zaporizhzhia-kursk"


@pytest.mark.parametrize("why", ["ok but why tho", "ok so why?", "wait why"])
def test_why_after_a_figure_gives_the_reason_linked_to_it_after_a_chat_opening(bot, why):
    """"ok but why tho" after the June 2023 turn repeated that fact; "why would that be?" already got the reason."""
    reply = conversation(bot, "what happened in june 2023", why)
    assert reply.answered and reply.statements[0].fact_id == "attackers-become-trapped"


@pytest.mark.parametrize("question", ["does the news report give the 10,000 too?", "does the blog give the 10,000 figure?"])
def test_a_follow_up_naming_only_another_figure_is_about_that_figure(bot, question):
    """Seen in the screenshots of this session's changes: after the conscripts' share, "does the blog give the 10,000
    figure?" was told "That is not the figure the articles give" over the conscripts' facts again."""
    reply = conversation(bot, "What share of the prisoners were conscripts?", question)
    assert reply.answered and reply.statements[0].fact_id == "captured-by-end-2025"
    assert "not the figure" not in reply.message


@pytest.mark.parametrize("question", ["are POWs beaten", "are russian prisoners beaten up by ukraine",
                                      "do ukrainian guards beat up the prisoners"])
def test_whether_prisoners_are_beaten_is_refused_with_how_they_are_treated_offered(bot, question):
    """"are POWs beaten" was read as "are they defeated" and answered with who takes more prisoners; no article says
    whether prisoners are beaten, so it is refused like "tortured", and what the blog says of their treatment offered."""
    reply = conversation(bot, question)
    assert not reply.answered and reply.reason == "not-covered"
    assert any("treated" in s for s in reply.suggestions)


@pytest.mark.parametrize("question, fact", [("is russia beaten", "putin-losing-belief-opinion"),
                                            ("did 2025 beat 2022 and 2023 put together", "surrenders-2025-exceed-2022-2023")])
def test_beaten_of_an_army_or_a_year_keeps_its_old_sense(bot, question, fact):
    reply = conversation(bot, question)
    assert reply.answered and reply.statements[0].fact_id == fact
