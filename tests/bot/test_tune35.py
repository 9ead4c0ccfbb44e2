"""The tuner round of TUNER35 on tuning-af, -l, -aa, -x, -p and -m: one test per cause tuned, each in a wording of its own."""
from __future__ import annotations

import pytest

from . import conversation, lead, reply_to


@pytest.mark.parametrize("question", ["is the 10,000 figure real", "is that 10k real or cap?"])
def test_a_figure_said_bare_asked_real_is_who_makes_the_claim(bot, question):
    """"Is the 10k real?": a figure named by itself (no 'figure' or 'number' after it) and 'real' or 'legit' asked of it is a
    figure's truth, which the bot can't judge; it says who makes the claim (understand.TRUST_FIGURE). Refused before: 'real'
    (and a texter's 'cap', a lie) were kept as the question's only ideas and no fact holds them."""
    reply = reply_to(bot, question)
    assert reply.answered and reply.statements[0].fact_id == "captured-by-end-2025"


@pytest.mark.parametrize("question, fact", [
    ("did the troops actually revolt or is that clickbait lol", "headline-revolt"),
    ("did the soldiers revolt or is that spin?", "headline-revolt"),
])
def test_a_slang_doubt_tacked_on_is_no_part_of_the_question(bot, question, fact):
    """"…, or is that clickbait?": the doubt after the question, in a texter's words ('clickbait', 'cap', 'hype', 'spin'), is
    not what is asked (wrapping.DOUBT_TAIL), as "or is that just propaganda" was not; its word was read as the subject."""
    assert lead(bot, question) == fact


@pytest.mark.parametrize("earlier, period", [
    ("how many russian soldiers has ukraine captured", "over which period is that?"),
    ("how many russian troops were killed or wounded in 2025", "and which period does it cover"),
])
def test_the_period_of_the_last_figure_is_the_last_answer_again(bot, earlier, period):
    """"What period does that cover?" after a figure: the span it is counted over, which the same statement gives
    ("by the end of 2025", "in 2025 alone"; durations.DATE_ASK). Refused before: read afresh it named nothing."""
    assert lead(bot, earlier, period) == lead(bot, earlier)


def test_per_which_period_after_a_rate_is_the_rate_again(bot):
    """"Is that per week or per month?" after the average number of surrenders: the statement counts it per week, so it is
    shown again (durations.PER_WHICH); refused before."""
    assert lead(bot, "on average how many russians surrender", "is that per month or per week") == "weekly-surrender-average"


def test_per_which_period_of_a_share_is_still_refused(bot):
    assert lead(bot, "what share of the prisoners are officers", "is that per week or per month?") is None


@pytest.mark.parametrize("question, fact", [
    ("wtf is the i want to live project", "iwtl-what-it-is"),
    ("wats i want to live", "iwtl-what-it-is"),
])
def test_a_texters_what_is_is_what_is(bot, question, fact):
    """"tf is X", "wtf is X", "wats X": a texter's 'what is' (normalize.CHAT_SPELLINGS); read as the unknown words 'tf' and
    'wats' before, and refused."""
    assert lead(bot, question) == fact


@pytest.mark.parametrize("question", [
    "if my son is taken prisoner will we be able to hear from him?",
    "My brother might get captured. Will I ever be allowed to hear from him?",
])
def test_will_i_be_able_to_hear_from_him_is_whether_prisoners_reach_their_families(bot, question):
    """A relative asking ahead whether they will hear from a captured man: read in the present ("can I hear from him",
    sounds_like.AS_MEANT, now for 'I' and 'we' too), and hearing from him is the family reached (lexicon); refused before."""
    assert lead(bot, question) == "geneva-treatment-guarantee"


@pytest.mark.parametrize("earlier, question, fact", [
    ("are foreigners fighting for russia", "Will Russia want to swap him if he's taken prisoner?", "exchange-priorities"),
    ("Are any of the prisoners foreigners?", "will moscow even try to bring him home if he gets caught", "foreign-fighters-abandoned"),
])
def test_will_russia_try_to_get_him_back_if_captured_is_what_it_does_for_its_men(bot, earlier, question, fact):
    """"Will Russia try to bring him home if he's caught?": what a side does for its captured men, asked of one man ahead,
    read in the present (sounds_like.AS_MEANT); refused before as a forecast."""
    assert lead(bot, earlier, question) == fact


def test_will_russia_try_with_no_if_is_still_a_forecast(bot):
    assert not reply_to(bot, "will russia try to win the war").answered


@pytest.mark.parametrize("question", [
    "what is this I Want to Live thing people keep talking about",
    "tell me about this I Want to Live thing people are talking about",
])
def test_a_name_everyone_talks_about_is_asked_what_it_is(bot, question):
    """"What is this X people keep talking about?": that others talk about it is where the visitor heard of it, not what is
    asked (asides.CIRCULATING); its 'talking' led to the statement that Ukraine talks to Russian soldiers directly."""
    assert lead(bot, question) in ("iwtl-what-it-is", "iwtl-path-to-surrender")


@pytest.mark.parametrize("earlier, question", [
    (None, "what share of captured russians are over 45?"),
    ("how old were the prisoners", "and how many were under 21"),
])
def test_a_count_of_prisoners_above_or_below_an_age_is_refused(bot, earlier, question):
    """"What share of the prisoners are under 25?": an age asked as 'under' or 'over' it, read as "younger than" / "older than"
    (sounds_like.SOUNDS_LIKE), which no article counts (only the range, 18 to 65); the 25 was read as a share and officers'
    3% led."""
    assert not reply_to(bot, question, earlier).answered


def test_over_a_count_at_the_end_is_still_a_count(bot):
    assert lead(bot, "were there really over 10,000 russians captured") == "captured-by-end-2025"


@pytest.mark.parametrize("question", ["how many russians were captured in october 2025?", "how many soldiers gave up during march"])
def test_a_count_for_one_month_is_not_a_years_total(bot, question):
    """"How many surrendered in December 2025 alone?": a count for one month, which the total by the end of 2025 does not give
    (fit.IN_A_MONTH: only a fact naming that month answers); the year's total led before."""
    assert not reply_to(bot, question).answered


def test_a_week_in_the_month_a_fact_names_is_still_answered(bot):
    assert lead(bot, "how many surrendered in the record week in august 2024") == "record-week-august-2024"


@pytest.mark.parametrize("earlier, fact", [
    ("what percentage of the captured men were mobilised?", "mobilised-share-news"),
    ("how old are most of the prisoners", "prisoner-age-range"),
])
def test_who_published_that_figure_is_who_makes_the_claim(bot, earlier, fact):
    """"Who published that figure?" after a figure: whose figure it is (the claim's source, followups.WHO_SAYS), not who
    published the article (about.WHERE now leaves 'who published' alone when a figure word follows); the news report's
    record led before."""
    reply = conversation(bot, earlier, "who published those numbers?")
    assert reply.answered and fact in [s.fact_id for s in reply.statements]


def test_who_published_the_article_is_still_its_record(bot):
    assert lead(bot, "who published the blog post?") == "source:blog-mass-surrenders"


@pytest.mark.parametrize("question", ["does the news report say over 10,000 russians were captured?",
                                      "the news piece puts the prisoners at 10,000, correct"])
def test_a_figure_checked_against_the_wrong_article_is_shown_as_the_other_articles(bot, question):
    """"The news article says 10,000 captured, right?": only the blog gives 10,000; the fact giving the figure answers, and
    the reply says the blog reports it (narrowing.states_its_figure keeps it first over the named article's facts, which
    led with a share of 7% before)."""
    reply = reply_to(bot, question)
    assert reply.answered and reply.statements[0].fact_id == "captured-by-end-2025"
    assert "blog" in reply.message


@pytest.mark.parametrize("question", ["what does the news report tell us about NCOs that the blog post omits?",
                                      "What does the report add on non-commissioned officers which the blog doesn't mention?"])
def test_what_the_other_article_leaves_out_is_no_part_of_what_is_asked(bot, question):
    """"What does the news report add about NCOs that the blog leaves out?": the other article's silence is said of what is
    asked, not a thing asked about (asides.VIEW_ASIDE); its words were read as ideas no fact holds ('leaves' even as arithmetic
    asked), and the question was refused."""
    assert lead(bot, question) == "nco-share-news"


@pytest.mark.parametrize("question", ["how have russian officials responded to the surrenders?",
                                      "is there any comment from kremlin officials on the prisoner numbers"])
def test_russian_officials_are_not_the_ukrainian_officials_the_blog_quotes(bot, question):
    """"Does either article quote a Russian official…?": 'Russian' is no topic word, so 'officials' found the Ukrainian
    officials the blog quotes; a Russian official is one idea (lexicon), which no fact holds, and the question is refused."""
    assert not reply_to(bot, question).answered


def test_officials_alone_are_still_the_ukrainian_ones(bot):
    assert reply_to(bot, "what do officials say about why soldiers surrender").answered
