"""Session 14's tuner round on the blind sets U (phones, non-native speakers) and V (teachers and librarians
cross-checking the articles): each rule checked on questions of our own, not the sets' wording. What a visitor sees:
the lead fact, or a refusal."""
from __future__ import annotations

import pytest


def lead(bot, *turns):
    context, reply = None, None
    for q in turns:
        reply, context = bot.answer(q, context)
    return reply.statements[0].fact_id if reply.answered else None


# a reason or a way asked of the follow-up's own words ("why did they sign up?") after a figure that only mentions them:
# the claim the last answer links to, not the figure again
@pytest.mark.parametrize("turns, expected", [
    (("how many of the captured men have a criminal past?", "how did the army get them to join?"), "recruitment-incentives"),
    (("criminal records share", "why would they enlist"), "recruitment-incentives"),
    (("what percent have criminal records", "how were they lured in?"), "recruitment-incentives"),
    # the last answer itself says how: it stays the answer
    (("What share of the prisoners are foreigners?", "how were they recruited?"), "foreign-fighters-blog"),
])
def test_a_reason_asked_after_a_figure_is_the_linked_claim(bot, turns, expected):
    assert lead(bot, *turns) == expected


# a phone's shorthand and other languages' spellings read as the words they stand for (normalize.CHAT_SPELLINGS)
@pytest.mark.parametrize("question, expected", [
    ("ru army losses according to gen staff?", "casualties-general-staff"),
    ("what procent of pows are kontrakt soldiers", "contract-share-blog"),
    ("hwo mnay soldat surrendered in the record week", "record-week-august-2024"),
])
def test_shorthand_and_foreign_spellings(bot, question, expected):
    assert lead(bot, question) == expected


# refusals worded the way a phone user or a non-native speaker types them
@pytest.mark.parametrize("turns", [
    ("when the war is going to end?",),  # no article reports an end
    ("meaning of mobilised",),  # a definition no fact gives (the facts that use it are offered)
    ("NCO meaning?",),
    ("what does the author think of putin", "do you agree with him?"),  # the bot has no view
    ("is it morally right to give up?",),
    ("ukraine losses total",),  # Ukraine's own losses: not what the articles count
    ("what zelensky said about the exchanges",),  # no fact is his
])
def test_terse_refusals(bot, turns):
    assert lead(bot, *turns) is None


@pytest.mark.parametrize("question, expected", [
    ("what the general staff says about losses", "casualties-general-staff"),
    ("officers meaning", None),
    ("is it right that 10,000 surrendered?", "captured-by-end-2025"),  # a check, not a moral verdict
])
def test_terse_forms_still_answer_what_a_fact_says(bot, question, expected):
    assert lead(bot, question) == expected


# "is that number in the other article too?": the other article's figure for the same point, or a refusal saying it
# gives none; not the last answer's figure again
@pytest.mark.parametrize("turns, expected", [
    (("what share have a criminal record", "is that number in the news report too?"), None),
    (("how many soldiers has russia lost according to the general staff", "are those figures in the blog too?"), None),
    (("how many foreigners are among the prisoners according to the news report", "is that figure in the blog as well?"),
     "foreign-fighters-blog"),
    (("how many were captured by the end of 2025", "is that number in the blog?"), "captured-by-end-2025"),
])
def test_a_figure_asked_of_an_article_by_name(bot, turns, expected):
    assert lead(bot, *turns) == expected


# "and the rest?" after the blog's version of a share: the sum Sourced worked out from the news report's version
@pytest.mark.parametrize("turns", [
    ("what share of prisoners are officers according to the blog", "and the remainder?"),
    ("how many ncos were there", "what about the rest then, they dont add up to 100 percent"),
    ("what percentage are rank and file in the blog", "what do they add up to"),
])
def test_the_rest_after_either_version_of_a_share(bot, turns):
    assert lead(bot, *turns) == "rank-breakdown-sum"


# "and what actually happened to them instead?" after a promise: the linked statement of what was done instead
@pytest.mark.parametrize("turns, expected", [
    (("what were the recruits promised", "so what really happened to them?"), "sent-untrained-into-drone-zones"),
    (("how many were tricked into joining", "what did they get in the end"), "sent-untrained-into-drone-zones"),
    # a guarantee whose keeping no article reports: still refused as before
    (("what are prisoners guaranteed", "what actually happens to them?"), None),
])
def test_what_was_done_instead_of_a_promise(bot, turns, expected):
    assert lead(bot, *turns) == expected


# a linked claim gets the bonus of a reason or a way only when it holds what the follow-up adds
@pytest.mark.parametrize("turns, expected", [
    (("what share are mercenaries", "how does russia recruit them?"), "foreign-fighters-blog"),
    (("how many foreign fighters are among the prisoners", "how were they lured?"), "foreign-fighters-blog"),
    (("how many foreigners were captured", "why did they join?"), "foreign-fighters-blog"),
    (("how many foreigners were captured", "how are they treated once caught?"), "foreign-fighters-abandoned"),
])
def test_a_linked_claim_answers_a_how_only_on_its_point(bot, turns, expected):
    assert lead(bot, *turns) == expected


# an article named by two content words of its title ("the piece on mass surrenders"): a question about the article
@pytest.mark.parametrize("question, expected", [
    ("who is the author of the piece on mass surrenders?", "source:blog-mass-surrenders"),
    ("who wrote that mass surrenders piece", "source:blog-mass-surrenders"),
    ("who wrote about the revolt against putin", "source:news-record-surrenders"),
])
def test_an_article_named_by_its_title_words(bot, question, expected):
    assert lead(bot, question) == expected


# how the project gets its message to the soldiers, in words the fact does not use ("reach", "bypass", "get past")
@pytest.mark.parametrize("question", [
    "how does ukraine reach russian soldiers?",
    "does the project bypass russian state media?",
    "how do they get past the commanders?",
])
def test_reaching_the_soldiers(bot, question):
    assert lead(bot, question) == "reaches-soldiers-directly"


# "did it work?": the statement judging whether it did ("none of which has stopped a growing collapse")
@pytest.mark.parametrize("turns", [
    ("what has putin done to make up for battlefield failures", "has it worked?"),
    ("what has putin done to make up for battlefield failures", "and it really worked?"),
    ("does the blog say putin raised pay", "so did that help?"),
])
def test_whether_it_worked(bot, turns):
    assert lead(bot, *turns) == "putin-compensation-tactics"


# a choice open to a prisoner asked after a longer subject: only a fact saying it answers
@pytest.mark.parametrize("question, expected", [
    ("can a captured russian soldier refuse to go home?", None),
    ("could a russian prisoner of war remain in ukraine?", None),
    ("can a prisoner who surrendered settle in ukraine?", None),
    ("can russian soldiers stay alive by surrendering?", "surrender-as-survival"),
    ("can a russian soldier surrender through the hotline?", "iwtl-channels"),
])
def test_a_choice_after_a_longer_subject(bot, question, expected):
    assert lead(bot, question) == expected


# the bot's own view asked of the articles is refused; what their records say still answers the plain question
@pytest.mark.parametrize("question, expected", [
    ("in your view, is the blog trustworthy?", None),
    ("what's your opinion of the news report?", None),
    ("is the blog post reliable?", "source:blog-mass-surrenders"),
    ("Which article should I trust more?", "source:blog-mass-surrenders"),
])
def test_the_bots_own_view_of_an_article(bot, question, expected):
    assert lead(bot, question) == expected


# "which month?", "as of when?": the date the last answer's statement gives, or a refusal when it gives none
@pytest.mark.parametrize("turns, expected", [
    (("what was the biggest week for surrenders", "what year was that?"), "record-week-august-2024"),
    (("how much land did russia take", "as of when?"), "territory-taken-2025"),
    (("how many surrender each week", "which month?"), None),
])
def test_the_date_of_the_last_answer(bot, turns, expected):
    assert lead(bot, *turns) == expected


# two years set against each other with "vs"/"versus": the fact comparing them, as for "more in 2025 than in 2024?"
@pytest.mark.parametrize("question, expected", [
    ("surrenders 2024 versus 2025?", "record-year-2025"),
    ("surrenders in 2024 vs 2025", "record-year-2025"),
    ("russian losses 2024 vs 2025", None),  # no fact gives 2024's losses
])
def test_years_set_against_each_other(bot, question, expected):
    assert lead(bot, question) == expected


# a bare % sign asks for a share ("foreigners % among pows")
@pytest.mark.parametrize("question, expected", [
    ("mercenaries % of prisoners", "mercenaries-news"),
    ("criminal record % of prisoners", "criminal-records"),
    ("contract soldiers in %", "contract-share-blog"),
])
def test_a_bare_percent_sign_asks_a_share(bot, question, expected):
    assert lead(bot, question) in (expected, {"mercenaries-news": "foreign-fighters-blog"}.get(expected))


# "max"/"maximum" is the record, as "highest" and "peak" are
@pytest.mark.parametrize("turns, expected", [
    (("how many surrender per week on average", "what about the max?"), "record-week-august-2024"),
    (("max surrenders in one week?",), "record-week-august-2024"),
    (("maximum age of the prisoners?",), "prisoner-age-range"),
])
def test_max_is_the_record(bot, turns, expected):
    assert lead(bot, *turns) == expected


# new foreign fighters each week, asked as turning up or showing up (a verb of arriving ends the counted phrase; "evry")
@pytest.mark.parametrize("question", [
    "how many foreign fighters turn up each week?",
    "how many foreign fighters show up each week?",
    "how many mercs turn up evry week",
])
def test_foreign_fighters_turning_up_each_week(bot, question):
    assert lead(bot, question) == "new-foreign-fighters-weekly"


# "what does the author make of that?": the author's view linked to the last answer, or one step further
@pytest.mark.parametrize("turns, expected", [
    (("how many were captured by the end of 2025", "what does the author make of that?"), "fundamental-shift-opinion"),
    (("which year had the most surrenders", "what does the blogger think that means?"), "fundamental-shift-opinion"),
    # what Russia thinks of it is no view of the author's
    (("is surrendering seen as betrayal", "by ukraine i mean", "what does russia think about it tho"), None),
])
def test_the_authors_view_of_the_last_answer(bot, turns, expected):
    assert lead(bot, *turns) == expected


# "donetsk where is?": where a place lies, asked in a phone's word order (only a fact locating it answers)
@pytest.mark.parametrize("question, expected", [
    ("donetsk where is", "most-captured-in-donetsk"),
    ("zaporizhzhia where?", None),  # the facts name it as a region of Ukraine's, no more: refused, offering them
    ("kursk location", "captured-zaporizhzhia-kursk"),
])
def test_where_a_place_is_in_a_phones_word_order(bot, question, expected):
    assert lead(bot, question) == expected
