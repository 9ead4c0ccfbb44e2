"""The bot's reply, assembled from facts and never written freely.

No Flask. Each statement is one fact's statement, word for word, with its claimant, citations and
page in separate fields. The bot's own words are the short framings and refusals below: none of
them holds a figure (a test checks), so a number in a question is never echoed unless a fact
carries it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from ..facts import Store
from ..schemas import Fact
from .retrieve import Scored, answers_a_figure_question

MAX_STATEMENTS = 3
MAX_RELATED = 3
MAX_SUGGESTIONS = 3

WHO_FRAMING = "Here is who makes that claim, and where it was reported:"
WHO_BOTH = "Here is who makes that claim in each article, and where it was reported:"
NOT_A_VIEW = "No: this is reported as a claim, not given as the author's opinion. Here is who makes it, and where it was reported:"
LACKING = ("not-covered", "other-article")  # refusals for want of a fact (a whole question is then read afresh)
A_CLAIM = "This is reported as a claim, not given as anyone's opinion. Here is who makes it, and where it was reported:"
TRUST_FRAMING = "I can't check whether a figure is true. Here is who makes that claim, and where it was reported:"
NOT_AS_STATED = "That is not the figure the articles give. "  # before a framing, when a checked figure is not the one reported
BOTH_COUNTS = "No one figure gives both; the articles give each of them separately:"  # "what share were officers and NCOs?"
ALL_COUNTS = "No one figure gives them all; the articles give each of them separately:"  # "…for rank-and-file, NCOs and officers?"
OTHER_PERIOD = "The articles give that figure for a different period. "  # a rate checked per day where the fact gives a week's

SMALLTALK = {
    "greeting": "Hello! Ask me about Russian soldiers surrendering to Ukraine, and I will answer with what "
                "the articles report, and where.",
    "thanks": "You're welcome. Ask another question whenever you like.",
    "dismissed": "All right. Ask another question whenever you like.",  # "OK never mind": no thanks to answer
    "help": "I answer questions using only facts taken from the articles, each with who claims it and where "
            "it was reported. When the articles don't cover something, I say so.",
    "rude": "Sorry that was not what you were looking for. I can only answer with what the articles report.",
}
REFUSALS = {
    "empty": "Type a question about the articles.",
    "nothing": "I couldn't find anything to look up in that question. Try asking about the prisoners, "
               "their numbers or the sources.",
    "other-side": "The articles here report on Russian soldiers captured by Ukraine; they do not cover that.",
    "other-side-again": "Taking this as still about Ukraine's own soldiers held by Russia: the articles here do not "
                        "cover them. They report on the Russian soldiers Ukraine has captured; the questions below "
                        "are about those.",
    "year-narrow": "The articles do not give that figure for that year.",
    "unnamed": "The articles do not name {name}; they speak only of {kind} in general.",
    "undated": "The articles do not say when that happened, so they cannot tell whether it was in that year. Here is "
               "what they do say:",
    "who-refused": "The articles do not report what you last asked about, so they name nobody who says it.",
    "why-refused": "The articles do not report what you last asked about, so they give no reason for it.",
    "year": "The articles here do not report on that year.",
    "causes": "The articles do not go into why Russia invaded: they report on the Russian soldiers who surrender and "
              "what that says about the war.",
    "other-wars": "The articles here are about Russian soldiers surrendering to Ukraine; they do not cover other wars.",
    "future": "The articles here report what has happened; they do not forecast what will happen.",
    "advice": "I can only report what the articles say; I can't give advice.",
    "not-covered": "The articles here do not cover that question.",
    "no-check": "The articles do not report any outside check of their figures or claims: they say who gives each "
                "figure, and Sourced shows that claimant beside it.",
    "outcome": "The articles report no end to the war and no winner: when they were written, the war was still "
               "going on. Here is what they say about how long it has lasted:",
    "no-figure": "The articles here do not give a figure for that.",
    "no-day": "The articles do not give the exact day; here is the nearest date they give:",
    "now": "The articles report how things stood when they were written; they do not say how things stand now.",
    "no-view": "I have no views of my own: I only report what the articles say, with who says it. Their authors' "
               "views are labelled as opinions; ask what the author thinks.",
    "no-place": "The articles name that place but do not say where it is; here is where they mention it:",
    "no-definition": "The articles use that term but do not explain what it means; here is where they use it:",
    "no-contact": "The articles give no phone number, address or link: they only say which ways of getting in touch "
                  "exist:",
    "part-killed": "The articles do not count the killed alone: they give the killed and the wounded together, as a combined figure. "
                   "Here is what that figure covers:",
    "part-wounded": "The articles do not count the wounded alone: they give the killed and the wounded together, as a "
                    "combined figure. Here is what that figure covers:",
    "no-sum": "The articles do not give that figure, and I don't work out sums of my own from their figures: I only show "
              "what they report, and the few sums Sourced has checked. Here is what they give:",
    "no-sum-bare": "The articles do not give that figure, and I don't work out sums of my own from their figures: I only "
                   "show what they report, and the few sums Sourced has checked.",
    "other-article": "The other article has nothing on this: only the article cited below reports it.",
}


# a teacher's subject: one article on a subject of its own, so its bot's words name neither the prisoners nor "the articles"
SUBJECT_WORDS = {
    "greeting": "Hello! Ask me about what “{title}” reports, and I will answer with its facts, each with who claims it "
                "and where.",
    "nothing": "I couldn't find anything to look up in that question. Try asking about what the article reports, "
               "its figures or who wrote it.",
}
ONE_ARTICLE = [(r"\bThe articles here do not\b", "The article here does not"), (r"\bThe articles do not\b", "The article does not"),
               (r"\bThe articles give\b", "The article gives"), (r"\bThe articles report\b", "The article reports"),
               (r"\bthe articles\b", "the article"), (r"\bThe articles\b", "The article"), (r"\btheir figures\b", "its figures")]


def worded(texts: dict[str, str], articles: int, title: str | None) -> dict[str, str]:
    """The bot's own words for one store: a subject's replies speak of its one article and its own subject."""
    out = {k: SUBJECT_WORDS[k].format(title=title) if title and k in SUBJECT_WORDS else v for k, v in texts.items()}
    if articles == 1:
        for rx, by in ONE_ARTICLE:
            out = {k: re.sub(rx, by, v) for k, v in out.items()}
    return out


@dataclass
class Statement:
    text: str
    fact_id: str
    claimant: str
    citations: list[dict]
    url: str
    kind: str


@dataclass
class Reply:
    answered: bool
    message: str
    statements: list[Statement] = field(default_factory=list)
    related: list[Statement] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    reason: str = "answer"  # answer | smalltalk | empty | out-of-scope | not-covered | other-article (only one reports it)


def statement(store: Store, f: Fact, fact_url: Callable[[str], str]) -> Statement:
    cites = []
    for c in f.citations:
        src = store.sources[c.source_id]
        cites.append({"source_id": src.id, "paragraph": c.paragraph, "title": src.title, "publisher": src.publisher})
    return Statement(text=f.statement, fact_id=f.id, claimant=f.claimant, citations=cites, url=fact_url(f.id),
                     kind=f.kind)


def choose(store: Store, ranked: list[Scored], qtype: str | None) -> list[str]:
    """The facts to state: the best; any fact it conflicts with (the sources differ, so both are shown
    side by side); then others as good as the best, up to three."""
    best = ranked[0]
    f = store.facts[best.fact_id]
    chosen = [f.id]
    for c in f.conflicts_with:
        if c.fact in store.facts and c.fact not in chosen:
            chosen.append(c.fact)
    for s in ranked[1:]:
        if len(chosen) >= MAX_STATEMENTS:
            break
        if s.fact_id in chosen or s.score < best.score - 0.02 or s.coverage < best.coverage:
            continue
        if not answers_a_figure_question(store.facts[s.fact_id], qtype):
            continue
        chosen.append(s.fact_id)
    return chosen[:MAX_STATEMENTS]


def author_of(store: Store, f: Fact) -> str:
    """How to name an opinion's author in a sentence: "the blog post's author"."""
    label = store.sources[f.citations[0].source_id].label
    return f"{label}'s author"


def how_they_compare(facts: list[Fact]) -> str | None:
    """The content's note on how the lead fact and another one shown differ ("Same share; the blog hedges it with
    around…"), which answers whether the articles agree; None when no note links them or it states a figure (the bot's
    own words carry none: the statements give the figures)."""
    shown = {f.id for f in facts[1:]}
    notes = [c.note for c in (facts[0].conflicts_with if facts else ()) if c.fact in shown and c.note]
    return notes[0] if notes and not re.search(r"\d", notes[0]) else None


def noted(store: Store, facts: list[Fact], message: str) -> str:
    """The content's note on how two versions shown differ, before the framing: it answers "do they agree?" and says
    the difference unasked (walk 16: the 76% answers never said the articles hedge it differently). After a note,
    a computed version is named in fewer words than worked_out_for's."""
    if not (note := how_they_compare(facts)):
        return message
    if worked := next((f for f in facts[:2] if any(g.derived for g in f.figures)), None):
        label = store.sources[worked.citations[0].source_id].label
        tail = message[message.index("; here"):] if "; here" in message else ":"
        return f"{note} Sourced worked out {label}'s figure from its other figures{tail}"
    return f"{note} {message}"


def worked_out_for(store: Store, versions: list[Fact]) -> str | None:
    """"The news report gives this figure; the blog post gives none, and Sourced worked one out from its other
    figures": the head of two versions when one is computed (walk 16: "Both articles report this" credited the blog
    with a conscripts' share it never gives). None unless exactly one article's version is computed."""
    def label(f: Fact) -> str:
        return store.sources[f.citations[0].source_id].label
    worked = [f for f in versions if any(g.derived for g in f.figures)]
    given = [f for f in versions if f not in worked]
    if not worked or not given or {label(f) for f in worked} & {label(f) for f in given} or len({label(f) for f in worked}) > 1:
        return None
    named = sorted({label(f) for f in given})
    gives = f"{named[0][0].upper()}{named[0][1:]} gives" if len(named) == 1 else "The articles give"
    return f"{gives} this figure; {label(worked[0])} gives none, and Sourced worked one out from its other figures"


def framing(store: Store, facts: list[Fact], conflict: bool) -> str:
    """The bot's own words before the statements: no figures, ever. True to what follows: "side by side"
    heads only the differing versions, and one article is named, not "the articles"."""
    labels = sorted({store.sources[c.source_id].label for f in facts for c in f.citations})
    differ = {c.fact for c in facts[0].conflicts_with} if facts else set()
    versions = facts[:1] + [f for f in facts[1:] if f.id in differ]
    if conflict and len(versions) > 1:
        by = {store.sources[c.source_id].label for f in versions for c in f.citations}
        head = "Both articles report this" if len(by) > 1 else "The sources give this in more than one way"
        if worked := worked_out_for(store, versions):  # one version is Sourced's arithmetic, not the article's figure
            head = worked
        if len(versions) == len(facts):
            return f"{head}; here they are side by side:"
        rest = "a related fact" if len(facts) - len(versions) == 1 else "related facts"
        return f"{head}; here are {'both' if len(versions) == 2 else 'the'} versions, then {rest}:"
    if len(facts) == 1 and any(g.derived for g in facts[0].figures):  # a figure Sourced computed: not the article's own
        whose = f"{labels[0]}'s" if len(labels) == 1 else "the articles'"
        return f"Sourced worked this out from {whose} figures:"
    if all(f.kind == "opinion" for f in facts):
        authors = sorted({author_of(store, f) for f in facts})
        if len(facts) == 1:
            return f"This is an opinion of {authors[0]}, not a reported fact:"
        return f"These are opinions of {' and '.join(authors)}, not reported facts:"
    if any(f.kind == "opinion" for f in facts):
        authors = sorted({author_of(store, f) for f in facts if f.kind == "opinion"})
        said = f"{labels[0][0].upper()}{labels[0][1:]} says" if len(labels) == 1 else "The articles report"
        return f"{said} this; part of it is an opinion of {' and '.join(authors)}, not a reported fact:"
    if len(labels) == 1:
        return f"Here is what {labels[0]} says:"
    if len(facts) == 1:
        return "Here is what the articles report:"
    return "The articles report:"
