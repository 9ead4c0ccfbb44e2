"""Session 27, tuner 47's wordings: each test names a way of asking that the bot once read wrong, and what it does now."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("turns, facts", [
    (("why does the headline say revolt", "like a mutiny?", "did they actually revolt"), {"headline-revolt"}),
    (("whats the headline of the news one", "did the soldiers like actually mutiny or is the headline clickbait"),
     {"headline-revolt", "putin-losing-belief-opinion"}),
])
def test_mutiny_set_against_the_headline_revolt_is_the_headline(bot, turns, facts):
    # "mutiny" beside the headline's "revolt": whether the headline's word is borne out (the mutiny had been carried
    # into the revolt question as a second subject no fact held, or the headline question refused)
    assert lead(bot, *turns) in facts


@pytest.mark.parametrize("turns", [
    ("did putin make a promise about conscripts?", "what did he promise exactly"),
    ("conscripts 5%", "what did putin promise about conscripts", "yeah what were the early promises"),
    ("The conscripted ones, how much percent?", "Which promise exactly Putin gave before about conscripts, what words he told?"),
])
def test_what_a_promise_named_without_its_content_was_is_refused(bot, turns):
    # what Putin promised about conscripts, asked after the fact that names his "early promises" and not what they were
    # (as "what did he promise exactly", "the early promises", "which promise exactly … gave"): no fact says what, so
    # refused (they had been answered with the Kremlin's promises to recruits, or with the conscripts' share again)
    assert lead(bot, *turns) is None
