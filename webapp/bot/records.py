"""Replies about the articles themselves and about the bot: who wrote an article, when and where it appeared,
how far to trust it, whether to trust the bot. Built from the sources' records (about.py), never from a fact.

No Flask. A mixin of engine.Bot (which owns the store, the index and `source_url`).
"""
from __future__ import annotations

import re

from . import about, reply as rp
from .beyond import HIS_LIFE
from .followups import FACT_OR_VIEW, SAME_IN_BOTH, SOURCE_OF_LAST, versions_asked
from .lastanswer import TRUST_LAST
from ..facts import module_fact_ids
from .normalize import STOPWORDS, read, stem
from .reply import Reply, Statement
from .leadins import reported_clause
from .wrapping import FOR_USE

# "whose data is that comparison based on?" after an answer: what that answer rests on, not the articles' records
BASED_LAST = re.compile(r"\b(?:that|this|it|those|these) (?:\w+ )?based on\b")

# "is there a YEAR-ON-YEAR comparison in either article?", "do they compare WITH EARLIER YEARS?": the years compared, not the articles
YEARS_COMPARED = re.compile(r"\byear[- ](?:on|over|to|by)[- ]year\b|\bfrom year to year\b|\b(?:previous|earlier|past|prior|other|last|former) years\b")

# "where did they come from?", "where are they from?" after an answer about people: those people, not the articles
PEOPLE_FROM = re.compile(r"\bwhere (?:was|were|are|is|did|do|does) (?:they|these guys|these men|those men|he|she)(?: (?:all|mostly|originally|actually))?"
                         r" (?:come from|came from|from)\b")


class Records:
    def records(self, ids: list[str], ask: str) -> list[Statement]:
        """What the records say about these sources for one ask (about.said), as statements."""
        return [Statement(t, about.PREFIX + i, who, [], self.source_url(i), "source")
                for i in ids for t, who in about.said(self.store, i, ask, alone=len(ids) == 1)][:rp.MAX_STATEMENTS]

    def page_context(self, about: str) -> dict | None:
        """The conversation's context on a page about one module or fact ("module:ID", "fact:ID"), so that "how does it
        work?" or "what is this page about?" asked there mean that module's subject (its title's ideas) or that fact;
        None for anything else."""
        kind, _, key = about.partition(":")
        if kind == "module" and (m := self.store.modules.get(key)):
            facts = [i for i in module_fact_ids(m) if i in self.store.facts]
            ideas = read(m.title, self.lex).concepts
            return {"concepts": [sorted(c) for c in ideas], "qtype": None, "facts": [], "near": facts[:8], "page": about,
                    "topics": sorted({t for i in facts for t in self.store.facts[i].topics} & set(m.topics or ()))}
        if kind == "fact" and (f := self.store.facts.get(key)):
            ideas = read(self.store.asks[key][0], self.lex).concepts if self.store.asks.get(key) else []
            return {"concepts": [sorted(c) for c in ideas], "qtype": None, "facts": [key], "topics": sorted(f.topics), "page": about,
                    "near": list(dict.fromkeys([*f.related, *(c.fact for c in f.conflicts_with)])), "lead_near": 99}
        return None

    def about_me(self) -> tuple[Reply, dict]:
        """"Can I trust you?": what the bot is, then what is known about each article (as for its figures)."""
        ids = list(self.store.sources)
        return Reply(True, about.about_me(len(ids)), self.records(ids, "trust")), {"sources": ids, "facts": [], "ask": "trust"}

    def compared(self, text: str) -> tuple[Reply, dict] | None:
        """"What's the difference between the two articles?": each one's record (its kind, author, outlet), then a point
        where their facts differ, side by side."""
        text = text.split("?")[0]  # "…? One is a blog, I gather.": the question, not the remark after it
        if agreed := self.agreed(text):
            return agreed
        if self.source_url is None or not self.asks_of_both(text, about.DIFFERENCE, about.DIFFER_WORDS):
            return None
        ids = sorted(self.store.sources, key=lambda i: self.store.sources[i].kind != "opinion")
        pair = about.differing(self.store)
        said = self.records(ids, "kind") + [self.statement(self.store.facts[i]) for i in pair]
        message = about.compare_framing({self.store.sources[i].kind for i in ids}, bool(pair))
        return Reply(True, message, said), {"sources": ids, "facts": [], "ask": "kind"}

    def asks_of_both(self, text: str, asked, words: set[str]) -> bool:
        """Whether a question asks how the articles compare as a whole ("how do they differ?", "what do they agree on?"):
        there are two or more, it names them and says what it asks (`asked`), and holds no word but theirs and `words`."""
        return len(self.store.sources) >= 2 and bool(asked.search(text)) and bool(about.ARTICLE.search(text)) \
            and not about.NOT_THESE.search(text) and not YEARS_COMPARED.search(text) and about.only_about_articles(self.store, text, STOPWORDS | words)

    def agreed(self, text: str) -> tuple[Reply, dict] | None:
        """"What do the two articles agree on?": a point where both give the same figure, side by side."""
        if not self.asks_of_both(text, about.AGREEMENT, about.AGREE_WORDS) or not (pair := about.differing(self.store, same=True)):
            return None
        said = [self.statement(self.store.facts[i]) for i in pair]
        return Reply(True, "Both articles give the same figure on several points; here is one, side by side:", said), \
            {"facts": pair, "sources": [], "ask": None}

    def about_articles_spelled(self, text: str, context: dict) -> tuple[Reply, dict] | None:
        """"Who is the AUTOR of the blog?": the same, asked again with its slips put right (normalize.Lexicon.correct), when
        any word was misspelt; None otherwise."""
        spelled = re.sub(r"[a-z][a-z']+", lambda m: self.lex.correct(m.group()), text)
        return self.about_articles(spelled, context) if spelled != text else None

    def about_articles(self, text: str, context: dict) -> tuple[Reply, dict] | None:
        """"Who wrote the blog post?", "is it reliable?": answered from the articles' own records (about.py)."""
        text = reported_clause(FOR_USE.sub("", text) or text)  # ("is the blog neutral enough to hand to students?": the blog's kind)
        if context.get("facts") and PEOPLE_FROM.search(text) or HIS_LIFE.search(text):  # "where did they come from?" after the
            return None  # contract soldiers: them; "did he read the report?": what the writer did, which no record says
        if context.get("facts") and (SAME_IN_BOTH.search(text) or SOURCE_OF_LAST.search(text) or BASED_LAST.search(text)  # "is that the same figure in both articles?": that figure
                                     or versions_asked(text)):  # ("any difference between the two?")
            return None
        if compared := self.compared(text):
            return compared
        if about.CONTACT_OF_WRITER.search(text):  # "contact for the reporter?": no record keeps one; the record is what is known
            ids = about.named(self.store, text) or context.get("sources") or [s.id for s in self.store.sources.values() if s.author]
            return Reply(False, about.NOT_RECORDED, related=self.records(ids, "who"), reason="not-covered"), {"sources": ids, "facts": [], "ask": "who"}
        if context.get("facts") and (TRUST_LAST.match(text) or FACT_OR_VIEW.match(text)):  # "are those figures accurate?",
            return None  # "is that opinion or fact?": the figures, the claim just shown (not the article's kind)
        after = bool(context.get("sources")) and not context.get("facts")  # the last reply was about an article
        by = about.by_author(self.store, text)
        author = by if about.WHO_IS.search(text) else []  # "who is Michael Drucker?"
        if self.source_url is None or not after and not by and about.asked(text, True) is None:  # (cheap: most stop here)
            return None
        # a word no fact holds may pass right after a reply about an article, or in a question naming one ("is the news
        # report by the BBC?", "was it the Express?")
        heard = not after and not about.only_about_articles(self.store, text, STOPWORDS) and bool(about.named(self.store, text, kinds=False))
        if not about.only_about_articles(self.store, text, STOPWORDS, self.unheard if after or heard else lambda w: False):
            return None
        # one word may say what is asked when the question is about an article for sure: right after a reply about one,
        # or naming one (after an answer from the facts, "source?" or "is that his opinion?" is about that answer)
        loose = after or (bool(about.named(self.store, text, kinds=False)) or bool(about.ARTICLE.search(text))) \
            and not (context.get("facts") and (about.POINTS_BACK.search(text) or not about.named(self.store, text, kinds=False))
                     and not about.THAT_PIECE.search(text))  # ("byline on that post?": the article the last answer is from)
        ask = about.asked(text, loose) or ("who" if author else None) \
            or (context.get("ask") if after and not about.NOT_LOOSE.search(text) and not about.PERSON.search(text) else None)
        if ask in (None, "who") and by and about.YES_NO.match(text):  # "is Drucker a journalist?"
            ask, author = "person", by
        if ask is None or heard and ask not in ("who", "where", "trust", "person"):  # an unheard word: a name, an outlet
            return None
        ids = (author or context.get("sources") or [s.id for s in self.store.sources.values() if s.author] if ask == "person"
               else None) or about.named(self.store, text) or context.get("sources") or list(dict.fromkeys(
            c.source_id for i in context.get("facts", [])[:1] for c in self.store.facts[i].citations
            if i in self.store.facts)) or list(self.store.sources)
        if after and about.OTHER_ONE.search(text) and (rest := [i for i in self.store.sources if i not in context.get("sources", ())]):
            ids = rest  # "and the other one?" after a reply about one article
        elif ask in ("kind", "when", "where", "trust") and about.EVERY.search(text):  # "which came out first", "trust more"
            ids = list(self.store.sources)
        ids = sorted(ids, key=lambda i: self.store.sources[i].kind != "opinion") if ask == "kind" else ids
        said = self.records(ids, ask)
        if about.BEYOND_RECORD.search(text):  # "how big is its readership?": no record gives it
            return Reply(False, about.NOT_RECORDED, related=said, reason="not-covered"), {"sources": ids, "facts": [], "ask": ask}
        if ask == "person":  # "is he a journalist?": no article says; the record is what is known
            return Reply(False, about.NOTHING_MORE, related=said, reason="not-covered"), {"sources": ids, "facts": [], "ask": "who"}
        message = about.trust_framing(len(ids)) if ask == "trust" else about.FRAMING_ONE if len(ids) == 1 else about.FRAMING_ALL
        return Reply(True, message, said), {"sources": ids, "facts": [], "ask": ask}

    def unheard(self, word: str) -> bool:
        """A word no fact holds (a newspaper's name, say)."""
        return not any(self.index.df[e] for e in self.lex.expand(stem(word)))

