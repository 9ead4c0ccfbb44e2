"""Session 86's mends: wrong answers a reviewer found after sessions 82 and 83, each read the way visitors ask it."""
from __future__ import annotations

import pytest

from . import lead

GUARANTEE = "geneva-treatment-guarantee"


# review 38, problem 4: "break down the prisoners by (type of) service" is the service-type split, not the rank split
@pytest.mark.parametrize("q", ["break down the prisoners by type of service", "break down the prisoners by service",
                               "break down the captured men by type of service"])
def test_a_breakdown_by_service_is_not_the_rank_split(bot, q):
    assert lead(bot, q) not in ("rank-and-file-share-news", "rank-and-file-share-blog")


@pytest.mark.parametrize("q", ["break it down by rank", "what is the breakdown of the prisoners by rank?"])
def test_a_breakdown_by_rank_is_still_the_rank_split(bot, q):
    assert lead(bot, q) in ("rank-breakdown-sum", "rank-and-file-share-news", "rank-and-file-share-blog")
