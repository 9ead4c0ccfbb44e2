"""The tuner round of TUNER34 on tuning-ab, -v, -y, -u, -r, -j, -ae and -ac: one test per cause tuned, each in a wording of its own."""
from __future__ import annotations

import pytest

from . import lead


@pytest.mark.parametrize("earlier, view", [
    ("what do the 'infected' armbands mean?", "so in the writer's view they are just things to throw away?"),
    ("some of the ill soldiers wore 'infected' armbands", "the blogger reckons the army treats them as disposable? that's his opinion?"),
])
def test_an_opinion_follow_up_naming_a_linked_view_leads_with_that_view(bot, earlier, view):
    """After the armbands, a follow-up asking the author's view in words only a linked opinion holds ("disposable", "things to
    throw away": expendable, lexicon) leads with that opinion: the last answer's linked facts are candidates, and hold all the
    follow-up adds, for an opinion asked as for a why or a how (followups.reason_linked); before, the last subject's words
    merged in dragged the coverage down, and it was refused or other opinions came."""
    assert lead(bot, earlier, view) == "expendable-opinion"
