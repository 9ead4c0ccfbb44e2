"""Session 106's mends: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("q", ["how does the project verify the numbers?",
                               "How does the project confirm its figures?",
                               "how does the General Staff verify those numbers?",
                               "how does Kyiv validate the figures?"])
def test_how_a_body_checks_its_figures_is_refused(bot, q):
    # "verify" is a word the reading drops, so "how does the project verify the numbers?" was read as "project numbers" and
    # answered with the project's channels; no article says how anyone checks the figures, as none says how they are counted
    assert lead(bot, q) is None


def test_how_the_blog_checks_its_figures_still_gives_its_record(bot):
    # the blog's own record (no source given) tells a visitor asking how the blog checks its numbers what there is to know
    assert lead(bot, "how does the blog verify the numbers?") == "source:blog-mass-surrenders"


@pytest.mark.parametrize("qs", [("what illnesses do prisoners have?", "why are they ill?"),
                                ("What diseases do the captured men have?", "how did they get tuberculosis?"),
                                ("why are so many of the prisoners sick?",)])
def test_why_the_men_are_ill_is_refused(bot, qs):
    # the articles list the illnesses and tell of sick men sent to fight in armbands marked "infected"; none says why the men
    # are ill, and "ill", near the armbands' "sick" and "infected", was answered with them
    assert lead(bot, *qs) is None


def test_why_the_sick_wore_armbands_is_still_answered(bot):
    assert lead(bot, "why were sick soldiers made to wear infected armbands?") == "infected-armbands"


@pytest.mark.parametrize("q", ["how would Ukraine reach soldiers on the front line?",
                               "How does Ukraine reach the Russian troops in the trenches?",
                               "how does ukraine contact soldiers on the front line?",
                               "how does a soldier on the front line reach the Ukrainians?"])
def test_reaching_men_at_the_front_is_answered_by_how_they_are_reached(bot, q):
    # "on the front line" is where the men reached are; "front" and "line" read as two ideas of their own, and with "reach"
    # led with the sick men sent to fight (infected-armbands)
    assert lead(bot, q) in {"reaches-soldiers-directly", "iwtl-channels"}


def test_sick_men_sent_to_the_front_line_still_lead_with_the_armbands(bot):
    assert lead(bot, "Were sick recruits still sent to the front line?") == "infected-armbands"


@pytest.mark.parametrize("qs", [("what incentives does Ukraine give Russians to surrender?", "and Russia?"),
                                ("What does Ukraine offer soldiers who surrender?", "what about the Kremlin?"),
                                ("what incentive is there to surrender?", "and what does Russia offer?"),
                                ("what do soldiers who surrender get?", "and from Russia?")])
def test_russias_side_of_the_offer_is_the_pay_and_promises_that_drew_men_in(bot, qs):
    # the side switched after Ukraine's offer to the men who give up kept only "surrender", and with Russia led with what
    # the surrenders cost Russia (surrender-effects); Russia offers nothing for giving up, and what it gives its men is the
    # pay and promises of the recruiting
    assert lead(bot, *qs) == "recruitment-incentives"


def test_russia_after_what_ukraine_gains_is_still_what_the_surrenders_cost_it(bot):
    assert lead(bot, "what does Ukraine gain from surrenders?", "and Russia?") == "surrender-effects"
