"""What the other article, or the one a question names, says on the last answer's point: "and the blog?", "does the other
article agree?", "does the news report give that number too?"; and which articles a question names.

No Flask. A mixin of lastanswer.LastAnswer (engine.Bot owns the store, the index, the lexicon, the statements and refusals).
"""
from __future__ import annotations

import re

from ..schemas import Fact
from . import about, reply as rp
from .followups import OTHER_ARTICLE, SOURCE_WORDS, versions_asked
from ..numbers import same
from .normalize import TOKEN, phrase_rx, read, stem, tidy
from .reply import Reply

RARE = 3  # a word at most this many facts hold is what a fact is about
WROTE = {"state", "states", "stated", "write", "writes", "wrote", "written"}  # "does the blog STATE that too?": no part of the point
SAYS_SO = re.compile(r"\b(?:say|says|said|agree|agrees|mention|mentions|same|similar|anything)\b")
# "is that the blog or the news one?", "was it from the blog or the news report", "is the 1,213,460 from the blog or the news
# one?" (fronted.py): which of the two said what was just shown
WHICH_OF_THE_TWO = re.compile(r"\b(?:is|was) (?:that|it|this|the [\d][\d.,]*k?)(?: figure| number| one| claim)? (?:from |in |by |according to )?(?:the )?"
                              r"(?:blog|news)[a-z' ]{0,12}? or (?:the |from the |in the )?(?:blog|news)\b"
                              # (nothing of its own after the two: not "is it the blog or the news report THAT MENTIONS TUBERCULOSIS?")
                              r"(?![^?]*\b(?:that|which|who)\s+[a-z])")
# "does the news report support THAT ARGUMENT?" after the author's view: the last answer pointed back at, no word of its point
POINTED = re.compile(r"\b(?:that|this) (?:argument|arguments|view|views|theory|reasoning|thesis|contention|interpretation)\b")
# "is that NUMBER in the news article too?": a figure of the point, not a word of it
A_FIGURE = re.compile(r"\b(?:numbers?|figures?|percentages?|percent|stats?|statistics|counts?|shares?|data)\b")

# "where does the news report say most are captured?" after its record week: a place or a time asked afresh of the article
# named, not that article's version of the last answer
# (not one pointing back at the last answer: "where does the blog put THAT figure?", "when does the blog say THAT?")
OWN_PLACE_OR_TIME = re.compile(r"^(?:and |so |but |ok |then )?(?:where|when)\b(?!.*\b(?:that|this|it|those|these|the same)\b)")


class OtherArticle:
    """Mixed into lastanswer.LastAnswer: uses the bot's `store`, `index`, `lex`, `statement`, `alone` (lastanswer) and `refuse`."""

    def other_asked(self, text: str, words: list[str], last: Fact, context: dict) -> Reply | None:
        """"And the blog?", "does the other article agree?": the other (or named) article on the last answer's point."""
        named = self.named_sources(text)
        if len(named) >= 2 and WHICH_OF_THE_TWO.search(text):  # "is that the blog or the news one?": the fact again, with its
            return self.alone(self.carrying(text, context) or last)  # article ("and that 420k …": the shown fact giving it)
        # "does the blog give an NCO figure?" after the news report's NCO share: its words name the last answer's point
        # ("is that NUMBER in the news article too?": a figure of the point, asked for below, not a word of it)
        pointed = {m.group().rsplit(" ", 1)[1] for m in POINTED.finditer(text)}
        point = [self.lex.expand(stem(w)) for w in words if w not in SOURCE_WORDS and w not in WROTE
                 and not A_FIGURE.fullmatch(w) and w not in pointed]  # each word's forms, expanded once
        # a phrase the lexicon holds is the point too ("the blog said half of them had CRIMINAL RECORDS?" after the recruits)
        point += [set(self.lex.groups[gi]) for phrase, gi in self.lex.phrases_in(text)
                  if phrase in text and phrase_rx(phrase).search(text) and not set(phrase.split()) & (SOURCE_WORDS | WROTE)]
        on_point = self.index.holds_all(last.id, point)
        versions = versions_asked(text)  # ("is there a discrepancy?": no point word of its own)
        if not ((OTHER_ARTICLE.search(text) or named and on_point) and not OWN_PLACE_OR_TIME.match(text) or versions):
            return None
        # after a figure ("what share have criminal records?", "and the news one?"): the other article's figure for it
        # ("does the news one SAY that too?" asks for what it says on the point, figure or not)
        figure = bool(A_FIGURE.search(text)) or context.get("qtype") in ("how_many", "share") and not SAYS_SO.search(text)
        # the point's own words ("an NCO figure", "mention Donetsk"): the other article's fact must hold them too
        holding = point if not (OTHER_ARTICLE.search(text) or versions) else []
        return self.other_article(last, named, context, figure, holding)

    def carrying(self, text: str, context: dict) -> Fact | None:
        """The fact just shown that carries a figure the question names ("that 420k"), or None."""
        stated = [n for n in read(text, self.lex).numbers if n >= 100 and not 1900 <= n <= 2100]
        return next((self.store.facts[i] for i in context.get("facts", ()) if i in self.store.facts
                     and any(same(n, x) for g in self.store.facts[i].figures for x in g.numbers for n in stated)), None)

    def same_point(self, last: Fact, other: str) -> bool:
        """Whether a linked fact is the other article on the last answer's point: one it conflicts with, or one
        holding a word few facts hold that the last answer holds too (a criminal record, not contract soldiers)."""
        if other in {c.fact for c in last.conflicts_with}:
            return True
        said = lambda f: {stem(w) for w in TOKEN.findall(tidy(f.statement))}  # noqa: E731 (the statements' own words)
        rare = {e for e in said(last) if self.index.df[e] <= RARE}
        return bool(rare & said(self.store.facts[other])) or not rare

    def named_sources(self, text: str) -> list[str]:
        """The sources a question names by their label's first word ("blog", "news") or their author's name ("Drucker")."""
        if (rest := about.LIKE_THE_OTHER.sub("", text)) != text and self.named_sources(rest):  # the one asked about
            return self.named_sources(rest)
        out, by = [], about.by_author(self.store, text)
        for s in self.store.sources.values():
            first = [w for w in TOKEN.findall(s.label.lower()) if w not in ("the", "a", "an")][:1]
            if first and re.search(rf"\b{re.escape(first[0])}", text) or s.id in by:
                out.append(s.id)
        return out

    def other_article(self, last: Fact, named: list[str], context: dict, figure: bool = False, holding: list = ()) -> Reply:
        """What the other article (or the one named) says on the last answer's point, beside it; asked for
        `figure` ("does the news report give that NUMBER too?"), only its figure for the same thing."""
        mine = {c.source_id for c in last.citations}
        if named and named[0] not in mine:  # "does the blog post agree?" after a news report fact
            mine = set(self.store.sources) - {named[0]}
        elif named:  # the named article is the one that said it
            return self.alone(last)
        near = [c.fact for c in last.conflicts_with] + list(last.related)
        # the other article's version: a linked fact, or the one a linked fact conflicts with (one step further)
        far = [c.fact for i in near if i in self.store.facts for c in self.store.facts[i].conflicts_with]
        if figure:  # the other article's figure for the same thing, not a figure for a neighbouring one
            near, far = [i for i in near if self.same_point(last, i)], [i for i in far if self.same_point(last, i)]
        other = [i for i in near + far if i in self.store.facts and i != last.id
                 and not {c.source_id for c in self.store.facts[i].citations} & mine
                 and self.index.holds_all(i, holding)]
        if not other:
            return self.refuse("other-article", "other-article", [last.id])  # "does the blog give it too?": no
        chosen = [other[0], last.id]
        return Reply(True, rp.framing(self.store, [self.store.facts[i] for i in chosen], True),
                     [self.statement(self.store.facts[i]) for i in chosen])
