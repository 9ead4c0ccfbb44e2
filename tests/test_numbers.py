"""How the app reads numbers in article text and in what students type, and how it shows figures."""
import pytest

from webapp.numbers import AnswerFormatError, evaluate_formula, format_figure, number_tokens, parse_answer, parse_numbers


@pytest.mark.parametrize("text, numbers", [
    ("more than 10,000", [10000]),
    ("some 1,213,460", [1213460]),
    ("0.8 percent", [0.8]),
    ("603,550sq km", [603550]),
    ("60 to 90", [60, 90]),
    ("2–3", [2, 3]),
    ("between 18 and 65", [18, 65]),
    ("Nearly One-in-Four", [0.25]),
    ("into its Fourth year", [4]),
    ("the almost four-year long war", [4]),
    ("August 2024", [2024]),
    ("Hundreds", []),
    ("ten thousand", [10000]),
])
def test_parse_numbers(text, numbers):
    assert parse_numbers(text) == numbers


def test_number_tokens_find_words_digits_and_vague_counts():
    found = [t for _, _, t in number_tokens("Hundreds of soldiers, about 40%, one-in-four, and 1,213,460 in total")]
    assert found == ["Hundreds", "40", "one", "four", "1,213,460"]


def test_number_tokens_ignore_words_that_only_contain_number_words():
    assert number_tokens("None of it was done by someone, often") == []


@pytest.mark.parametrize("args, shown", [
    ((10000, None, None, "soldiers", "more than", "more than 10,000"), "more than 10,000"),
    ((83, None, None, "percent", "around", "Around 83%"), "around 83%"),
    ((83, None, None, "percent", "exact", "83%"), "83%"),
    ((None, 60, 90, "soldiers per week", "exact", "60 to 90"), "60 to 90"),
    ((None, 2, 3, "percent", "exact", "x"), "2% to 3%"),
    ((0.25, None, None, "fraction", "nearly", "Nearly One-in-Four"), "nearly one in four"),
    ((2024, None, None, "date", "exact", "August 2024"), "August 2024"),
    ((None, None, None, "soldiers", "hundreds", "Hundreds"), "hundreds"),
    ((4828.4, None, None, "square kilometres", "computed", None), "4,828.4 sq km"),
])
def test_format_figure(args, shown):
    assert format_figure(*args) == shown


@pytest.mark.parametrize("typed, value", [
    ("10000", 10000), ("10,000", 10000), ("10 000", 10000), ("10\u202f000", 10000),
    ("ten thousand", 10000), ("83%", 83), ("83 percent", 83), ("83 per cent", 83),
    (" 0.8 ", 0.8), ("0,8", 0.8), ("4,828.4 sq km", 4828.4), ("twenty-five", 25), ("10k", 10000),
    ("about 40", 40), ("350 soldiers", 350),
])
def test_parse_answer_reads_what_people_type(typed, value):
    assert parse_answer(typed) == value


@pytest.mark.parametrize("typed, message", [
    ("", "Type a number"),
    ("   ", "Type a number"),
    ("lots", "not a number I can read"),
    ("12abc", "not a number I can read"),
    ("9" * 80, "too long"),
])
def test_parse_answer_explains_what_went_wrong(typed, message):
    with pytest.raises(AnswerFormatError, match=message):
        parse_answer(typed)


def test_formula_is_plain_arithmetic_only():
    assert evaluate_formula("0.8 / 100 * 603550") == (pytest.approx(4828.4), [0.8, 100, 603550])
    for bad in ("__import__('os')", "2 ** 8", "x + 1", "1 / 0"):
        with pytest.raises(ValueError):
            evaluate_formula(bad)
