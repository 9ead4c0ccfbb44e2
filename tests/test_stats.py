"""Item analysis (webapp/stats.py) against small cases worked out by hand."""
from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET

import pytest

from webapp.stats import Bin, ItemStats, alpha_text, flags_for, histogram_svg, quiz_stats, score_bins

approx = pytest.approx

# Four attempts, three questions; q3 is worth 2 marks (fractions are scaled by the max mark).
#
#        fractions            marks          total T
#        q1  q2  q3           q1 q2 q3
#   A1:  1   1   1      ->    1  1  2        4
#   A2:  1   0   .5     ->    1  0  1        2
#   A3:  0   1   .5     ->    0  1  1        2
#   A4:  0   0   0      ->    0  0  0        0
ATTEMPTS = [
    {"q1": 1, "q2": 1, "q3": 1},
    {"q1": 1, "q2": 0, "q3": 0.5},
    {"q1": 0, "q2": 1, "q3": 0.5},
    {"q1": 0, "q2": 0, "q3": 0},
]
MAX = {"q1": 1, "q2": 1, "q3": 2}


def by_id(stats):
    return {i.question_id: i for i in stats.items}


def test_facility_and_sd_by_hand():
    q = by_id(quiz_stats(ATTEMPTS, MAX))
    # q1: marks 1,1,0,0 -> mean .5 of max 1 -> facility 50%
    #     V = ((.5)^2 * 4) / (4 - 1) = 1/3 -> SD = sqrt(1/3) = .57735 -> 57.735% of max 1
    assert q["q1"].facility == approx(50)
    assert q["q1"].sd == approx(100 * math.sqrt(1 / 3))
    assert q["q1"].sd == approx(57.735, abs=1e-3)
    # q3: marks 2,1,1,0 -> mean 1 of max 2 -> facility 50%
    #     V = (1 + 0 + 0 + 1) / 3 = 2/3 -> SD = .8165 marks = 40.825% of max 2
    assert q["q3"].mean_mark == approx(1)
    assert q["q3"].facility == approx(50)
    assert q["q3"].sd == approx(40.825, abs=1e-3)


def test_discrimination_index_is_correlation_with_the_rest_of_the_test():
    q = by_id(quiz_stats(ATTEMPTS, MAX))
    # q1: x = 1,1,0,0 (mean .5); rest X = T - x = 3,1,2,0 (mean 1.5)
    #     deviations x: .5,.5,-.5,-.5   X: 1.5,-.5,.5,-1.5
    #     C(x,X) = (.75 - .25 - .25 + .75) / 3 = 1/3
    #     V(x) = 1/3; V(X) = (2.25 + .25 + .25 + 2.25) / 3 = 5/3
    #     D = 100 * (1/3) / sqrt(1/3 * 5/3) = 100 / sqrt(5) = 44.72%
    assert q["q1"].discrimination_index == approx(100 / math.sqrt(5))
    assert q["q1"].discrimination_index == approx(44.721, abs=1e-3)
    # q2 is q1 mirrored (x = 1,0,1,0; X = 3,2,1,0): the same 1/3, 1/3, 5/3 -> 44.72%
    assert q["q2"].discrimination_index == approx(100 / math.sqrt(5))
    # q3: x = 2,1,1,0, X = 2,1,1,0: identical lists -> correlation 1 -> 100%
    assert q["q3"].discrimination_index == approx(100)


def test_discriminative_efficiency_compares_with_the_best_possible_covariance():
    q = by_id(quiz_stats(ATTEMPTS, MAX))
    # q1: C(x,X) = 1/3. C_max pairs the sorted lists: x 0,0,1,1 with X 0,1,2,3
    #     deviations -.5,-.5,.5,.5 and -1.5,-.5,.5,1.5 -> (.75 + .25 + .25 + .75) / 3 = 2/3
    #     E = 100 * (1/3) / (2/3) = 50%
    assert q["q1"].discriminative_efficiency == approx(50)
    assert q["q2"].discriminative_efficiency == approx(50)
    # q3: the lists are already in the same order -> C = C_max -> 100%
    assert q["q3"].discriminative_efficiency == approx(100)


def test_test_statistics_and_cronbachs_alpha():
    st = quiz_stats(ATTEMPTS, MAX)
    # totals 4,2,2,0 of max 4: mean 2 = 50%, median (2+2)/2 = 2 = 50%
    assert (st.attempts, st.questions, st.max_total) == (4, 3, 4)
    assert st.mean == approx(50)
    assert st.median == approx(50)
    # V(T) = (4 + 0 + 0 + 4) / 3 = 8/3 -> SD = 1.63299 marks = 40.825% of 4
    assert st.sd == approx(100 * math.sqrt(8 / 3) / 4)
    # CIC = 100 * P/(P-1) * (1 - sum V(x_i) / V(T)) = 100 * 3/2 * (1 - (1/3 + 1/3 + 2/3) / (8/3))
    #     = 100 * 1.5 * (1 - 0.5) = 75%
    assert st.cic == approx(75)
    # error ratio = 100 * sqrt(1 - .75) = 50%; standard error = 50% of SD = 20.41% of the max total
    assert st.error_ratio == approx(50)
    assert st.standard_error == approx(st.sd / 2)
    # skewness: the totals are symmetric about the mean -> 0
    # kurtosis: m2 = 8/4 = 2, m4 = (16 + 0 + 0 + 16)/4 = 8, k2 = 4*2/3 = 8/3,
    #   k4 = 16 * (5*8 - 3*3*2*2) / (3*2*1) = 64/6, kurtosis = k4 / k2^2 = (64/6) / (64/9) = 1.5
    assert st.skewness == approx(0, abs=1e-12)
    assert st.kurtosis == approx(1.5)


def test_good_questions_carry_no_flags():
    assert all(i.flags == () for i in quiz_stats(ATTEMPTS, MAX).items)


def test_everyone_right_gives_none_not_a_division_by_zero():
    attempts = [{"a": 1, "b": 1}, {"a": 1, "b": 0}, {"a": 1, "b": 1}]
    a = by_id(quiz_stats(attempts, {"a": 1, "b": 1}))["a"]
    # marks 1,1,1: facility 100%, SD 0, no variance -> no correlation and no C_max
    assert a.facility == approx(100)
    assert a.sd == 0
    assert a.discrimination_index is None
    assert a.discriminative_efficiency is None
    assert [f.code for f in a.flags] == ["easy"]


def test_float_noise_is_not_mistaken_for_variance():
    # 0.1 * 3 / 3 is not exactly 0.1 in floating point; the variance must still be zero
    attempts = [{"a": 0.1, "b": 1}, {"a": 0.1, "b": 0}, {"a": 0.1, "b": 1}]
    a = by_id(quiz_stats(attempts, {"a": 1, "b": 1}))["a"]
    assert a.sd == 0 and a.discrimination_index is None and a.discriminative_efficiency is None


def test_negative_discrimination_is_flagged():
    #       a b c    c: x = 0,0,1,1 (mean .5), X = 2,2,0,0 (mean 1)
    # A1:   1 1 0    C = ((-.5)(1) * 2 + (.5)(-1) * 2) / 3 = -2/3; V(x) = 1/3, V(X) = 4/3
    # A2:   1 1 0    D = 100 * (-2/3) / sqrt(4/9) = -100%
    # A3:   0 0 1    C_max: x 0,0,1,1 with X 0,0,2,2 -> +2/3 -> E = -100%
    # A4:   0 0 1
    attempts = [{"a": 1, "b": 1, "c": 0}] * 2 + [{"a": 0, "b": 0, "c": 1}] * 2
    c = by_id(quiz_stats(attempts, {"a": 1, "b": 1, "c": 1}))["c"]
    assert c.discrimination_index == approx(-100)
    assert c.discriminative_efficiency == approx(-100)
    assert [f.code for f in c.flags] == ["negative-discrimination", "low-efficiency"]


@pytest.mark.parametrize(("facility", "di", "de", "codes"), [
    (29.9, 50, 60, ["hard"]),
    (30, 50, 60, []),
    (94.9, 50, 60, []),
    (95, 50, 60, ["easy"]),
    (60, 19.9, 60, ["weak-discrimination"]),
    (60, 20, 14.9, ["low-efficiency"]),
    (60, None, None, []),
])
def test_flag_thresholds(facility, di, de, codes):
    item = ItemStats("q", 10, 1, facility / 100, facility, 30, di, de)
    assert [f.code for f in flags_for(item)] == codes
    assert all(f.message for f in flags_for(item))


def test_one_attempt_has_facility_but_nothing_that_needs_a_spread():
    st = quiz_stats([{"q1": 1, "q2": 0}], {"q1": 1, "q2": 1})
    q = by_id(st)
    assert q["q1"].facility == 100 and q["q2"].facility == 0
    assert all(i.sd is None and i.discrimination_index is None and i.discriminative_efficiency is None
               for i in st.items)
    assert all(i.flags == () for i in st.items)  # one attempt says nothing about a question
    assert st.mean == 50 and st.median == 50
    assert st.sd is None and st.cic is None and st.error_ratio is None and st.skewness is None


def test_no_attempts():
    st = quiz_stats([], {"q1": 1})
    assert st.attempts == 0 and st.mean is None and st.median is None and st.cic is None
    assert st.items[0].facility is None
    assert sum(b.count for b in st.bins) == 0 and len(st.bins) == 10


def test_alpha_needs_three_attempts_two_questions_and_a_spread_of_totals():
    two = [{"a": 1, "b": 1}, {"a": 0, "b": 0}]
    assert quiz_stats(two, {"a": 1, "b": 1}).cic is None  # Moodle computes it from three attempts on
    assert quiz_stats(two * 2, {"a": 1}).cic is None  # one question: P/(P-1) is undefined
    # everyone scored 1 in total: V(T) = 0
    same_total = [{"a": 1, "b": 0}, {"a": 0, "b": 1}, {"a": 1, "b": 0}]
    st = quiz_stats(same_total, {"a": 1, "b": 1})
    assert st.cic is None and st.sd == 0


def test_missing_answers_count_as_zero_and_unknown_ids_are_ignored():
    st = quiz_stats([{"a": 1}, {"a": 1, "b": 1, "zz": 1}], {"a": 1, "b": 1})
    assert by_id(st)["b"].facility == 50
    assert st.mean == 75


@pytest.mark.parametrize("bad", [1.5, -0.1, float("nan"), "1", True])
def test_scores_outside_zero_to_one_are_refused(bad):
    with pytest.raises(ValueError, match="fraction from 0 to 1"):
        quiz_stats([{"a": bad}], {"a": 1})


def test_a_max_mark_must_be_positive():
    with pytest.raises(ValueError, match="positive"):
        quiz_stats([{"a": 1}], {"a": 0})


def test_score_bins():
    bins = score_bins([0, 5, 10, 99.9, 100, 69.99999999])
    assert [b.count for b in bins] == [2, 1, 0, 0, 0, 0, 0, 1, 0, 2]  # 69.99999999 is float noise for 70
    assert bins[0].label == "0–10%" and bins[-1].label == "90–100%"
    assert [b.count for b in score_bins([50], 4)] == [0, 0, 1, 0]
    assert quiz_stats(ATTEMPTS, MAX).bins[5].count == 2  # the two totals of 2/4 = 50%


def test_histogram_svg_is_accessible_and_escaped():
    bins = [Bin(0, 50, 1), Bin(50, 100, 3)]
    svg = str(histogram_svg(bins, "Scores <b>", 'Class "A" & B', chart_id="h1"))
    root = ET.fromstring(svg)  # well-formed XML
    ns = "{http://www.w3.org/2000/svg}"
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "h1-title h1-desc"
    assert root.find(f"{ns}title").text == "Scores <b>"
    desc = root.find(f"{ns}desc").text
    assert desc.startswith('Class "A" & B') and "0–50%: 1 attempt;" in desc and "50–100%: 3 attempts" in desc
    texts = [t.text for t in root.iter(f"{ns}text")]
    assert "Score (% of the maximum)" in texts and "Attempts" in texts
    assert len(root.findall(f"{ns}rect")) == 2
    assert "style=" not in svg and "<script" not in svg.lower() and not re.search(r"\son\w+=", svg)
    assert "chart" in root.get("class").split()


def test_histogram_refuses_an_unsafe_id_and_draws_empty_bins():
    with pytest.raises(ValueError):
        histogram_svg([], "t", "d", chart_id='x" onload="alert(1)')
    svg = str(histogram_svg(score_bins([]), "t", "d"))
    assert ET.fromstring(svg).find("{http://www.w3.org/2000/svg}rect") is None


def test_with_random_pools_each_question_counts_only_the_attempts_given_it():
    """Four students each drew two of three questions and got everything right: every question's
    facility is 100%, over the attempts that saw it (not diluted by the ones that never did)."""
    given = [{"q1", "q2"}, {"q2", "q3"}, {"q1", "q3"}, {"q1", "q2"}]
    attempts = [{q: 1.0 for q in g} for g in given]
    test = quiz_stats(attempts, {"q1": 1.0, "q2": 1.0, "q3": 1.0}, given=given)
    assert [(it.question_id, it.attempts, it.facility) for it in test.items] == [
        ("q1", 3, 100.0), ("q2", 3, 100.0), ("q3", 2, 100.0)]
    assert test.mean == 100.0 and test.median == 100.0
    assert test.cic is None  # needs every attempt to answer every question
    without = quiz_stats(attempts, {"q1": 1.0, "q2": 1.0, "q3": 1.0})  # what it read before: 67% each
    assert without.items[0].facility == pytest.approx(75.0) and without.mean == pytest.approx(66.67, abs=0.01)


def test_given_every_question_the_figures_are_the_plain_ones():
    attempts = [{"a": 1.0, "b": 0.0}, {"a": 1.0, "b": 1.0}, {"a": 0.0, "b": 0.0}, {"a": 1.0, "b": 0.5}]
    plain = quiz_stats(attempts, {"a": 1.0, "b": 2.0})
    pooled = quiz_stats(attempts, {"a": 1.0, "b": 2.0}, given=[{"a", "b"}] * 4)
    assert pooled == plain


def test_alpha_reads_as_a_coefficient_never_a_percent_or_minus_zero():
    st = quiz_stats(ATTEMPTS, MAX)  # alpha 75% in Moodle's terms
    assert alpha_text(st, 4) == "0.75"
    from dataclasses import replace
    assert alpha_text(replace(st, cic=-0.3), 4) == "0.00"  # was shown as "-0%"
    assert alpha_text(replace(st, cic=-42.0), 4) == "-0.42"
    # below the attempts the item statistics want, the number is not worth reading
    assert alpha_text(st, 10) == "not meaningful yet (4 finished attempts; at least 10 needed)"
    assert alpha_text(quiz_stats(ATTEMPTS[:1], MAX), 1) == "not computed (it needs at least three finished attempts)"
    same_total = [{"a": 1, "b": 0}, {"a": 0, "b": 1}, {"a": 1, "b": 0}]
    assert alpha_text(quiz_stats(same_total, {"a": 1, "b": 1}), 3) == "not computed (every attempt has the same score)"
    given = [{"q1", "q2"}, {"q2", "q3"}, {"q1", "q3"}]
    pooled = quiz_stats([{q: 1.0 for q in g} for g in given], {"q1": 1, "q2": 1, "q3": 1}, given=given)
    assert alpha_text(pooled, 3) == "not computed (students were given different questions)"
