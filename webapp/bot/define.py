"""What a term means: answered only by a fact that says what it is, never by one that merely uses it.

No Flask. "What is a non-commissioned officer?", "whats a mercenary", "what are the Geneva Conventions?", "what does
'rank-and-file' mean?" ask for a definition. A fact that says "13% were non-commissioned officers" uses the term and
says nothing of what it is, so it does not answer; the reply says the articles do not explain it and offers the facts
that mention it. A fact answers when it explains the term: the term followed by "is/are/means", by an apposition
("rank-and-file troops, the infantry sent…") or by "in which…" ("psychological warfare in which phones…"), or when it
is a context fact about a name ('"I Want to Live" is a Ukrainian government project').

The definite form ("what are THE X") asks for a definition only when X is a name some fact capitalises ("the Geneva
Conventions"): "what is the weekly rate of surrenders" asks for the rate, not what a rate is.
"""
from __future__ import annotations

import bisect
import re
from itertools import islice
from functools import lru_cache

from lemminflect import getAllLemmas

from ..facts import Store
from ..schemas import Fact

from .normalize import STOPWORDS, stem

# what a question may start with before what it asks ("so …", "and …", "wait, …")
_LEAD = r"(?:so |and |but |ok |wait,? )?"
QUOTE = r"['\"]?"
TERM = r"([a-z][a-z' -]{1,40}?)"
END = r"(?:,? (?:exactly|actually|in general|again|in simple terms|in plain english))?(?:,? in (?:the|this) (?:blog|article|news report|post|text))?\W*$"
# "what is a X", "whats an X": what any X is
INDEFINITE = re.compile(rf"^{_LEAD}(?:what|wat)(?: exactly| actually| even| really)?(?:'s| is| are|s)?(?: exactly| actually| really)? (?:a|an) {QUOTE}{TERM}{QUOTE}{END}")
# "what does X mean", "what is meant by X", "what does X stand for"
MEANS = re.compile(rf"^{_LEAD}(?:what|wat)(?:'s|s) {QUOTE}{TERM}{QUOTE} mean(?: tho| though| here| exactly)?\W*$"
                   rf"|^{_LEAD}{QUOTE}{TERM}{QUOTE} (?:means|mean) (?:what|who)\W*$"  # "whats X mean", "X means what"
                   # a non-native speaker's order: "conscript meaning?", "what means hotline", "meaning of NCO"
                   rf"|^{_LEAD}{QUOTE}{TERM}{QUOTE} meaning\W*$|^{_LEAD}what (?:means?|meaning) {QUOTE}{TERM}{QUOTE}{END}"
                   rf"|^{_LEAD}(?:the )?meaning of (?:the )?(?:word |term )?{QUOTE}{TERM}{QUOTE}\W*$"
                   rf"|\bwhat (?:does|do|did) (?:the )?(?:word |term |phrase |expression )?{QUOTE}{TERM}{QUOTE} (?:mean|means|stand for)\b"
                   # ("what does the blog mean THEY WERE expendable?": what it means by saying so, not what "blog" means)
                   rf"(?! (?:when|by|that|they|he|she|it|them|those|these|about|saying|to say)\b)|\bwhat is meant by (?:the )?(?:word |term |phrase )?{QUOTE}{TERM}{QUOTE}{END}"
                   # asked round about: "could you explain what the word 'unprecedented' means in the blog post?",
                   # "tell me what the term X stands for", "define X", "definition of X"
                   rf"|\bexplain (?:to (?:me|us) )?what (?:the )?(?:word |term |phrase )?{QUOTE}{TERM}{QUOTE} (?:means|stands for)\b(?! when| by)"
                   rf"|\bwhat (?:the )?(?:word |term |phrase ){QUOTE}{TERM}{QUOTE} (?:means|stands for)\b"
                   rf"|^(?:so |and |but |ok |please |pls )?(?:define|definition of|definition):? (?:the )?(?:word |term )?{QUOTE}{TERM}{QUOTE}{END}")
# "what do they mean by psychological warfare here", "what does the blog mean by 'rank-and-file'?" (tried before MEANS, whose
# "what do X mean" would take "they" for the term)
MEANT_BY = re.compile(rf"^{_LEAD}(?:what|wat) (?:do|does|did) (?:they|he|she|you|u|the (?:blog|article|author|news report|report|post)"
                      rf"(?: post)?) (?:actually |really )?mean by (?:the )?(?:word |term |phrase )?{QUOTE}{TERM}{QUOTE}(?: here| there)?{END}")
# "what are the X", "what is the X": a definition only when X is a name (see module docstring)
DEFINITE = re.compile(rf"^{_LEAD}(?:what|wat)(?: exactly| actually| even| really)?(?:'s| is| are|s)?(?: exactly| actually| really)? the {QUOTE}{TERM}{QUOTE}{END}")

# "what is HIV?", "what are conscripts?": a bare word asked what it is, a definition when it is only a noun (or no word the
# dictionary knows: an acronym, a name); "what is happening", "what is new", "what are they" ask something else
BARE_TERM = re.compile(rf"^{_LEAD}(?:what|wat)(?: exactly| actually| even| really)?(?:'s| is| are|s)(?: exactly| actually| really)? {QUOTE}([a-z][a-z-]{{1,24}}){QUOTE}{END}")

# "what are drones and how do they work?", "what's a hotline, how does it work": what a thing is and how it works, a
# definition even of a word that is a verb too ("drones", "conscripts")
HOW_IT_WORKS = re.compile(rf"^{_LEAD}(?:what|wat)(?:'s| is| are|s) (?:a |an )?{QUOTE}([a-z][a-z-]{{1,24}}){QUOTE},? (?:and )?how (?:do|does) (?:they|it|those|these) (?:work|function)\W*$")


def only_a_noun(word: str) -> bool:
    pos = getAllLemmas(word)
    return not pos or set(pos) == {"NOUN"}


POINTERS = {"that", "this", "it", "they", "those", "these", "he", "she", "that word", "this word", "all that", "all this"}


def term_asked(text: str, names: set[str], bare: bool = True) -> str | None:
    """The term a question asks the meaning of, or None; `bare`: a bare word too, in the question's own words (the reading
    drops a symbol: "what % are officers" is not "what are officers")."""
    if (m := HOW_IT_WORKS.search(text)) and m.group(1) not in POINTERS and m.group(1) not in STOPWORDS:
        return m.group(1)
    for rx in (INDEFINITE, MEANT_BY, MEANS):
        if (m := rx.search(text)) and (term := next(g for g in m.groups() if g).strip(" '\"")) not in POINTERS:
            return term
    if (m := DEFINITE.search(text)) and m.group(1).strip(" '\"") in names:
        return m.group(1).strip(" '\"")
    if bare and (m := BARE_TERM.search(text)) and m.group(1) not in POINTERS and m.group(1) not in STOPWORDS and only_a_noun(m.group(1)):
        return m.group(1)
    return None


# "where is Pokrovsk?": where a place the facts name lies, which only a fact locating it gives ("Donetsk, Ukraine's eastern
# region"), not one listing it ("around Pokrovsk, Bakhmut, Kursk")
WHERE_IS = re.compile(rf"^{_LEAD}where(?:'s| is| are|s)(?: the)? ([a-z]+(?: (?!exactly\b|on\b|in\b)[a-z]+)?)(?: (?:region|oblast|city|town|province))?"
                      r"(?:,? exactly| on the map| in ukraine| in russia)?\W*$"
                      r"|^([a-z]+) (?:where is|is where|where|location|located where)( it)?\W*$"  # a phone's "donetsk where is?"
                      # "is Kursk in Ukraine or Russia?", "is Bakhmut in the Donetsk region?": where a place lies
                      rf"|^{_LEAD}(?:is|was) ([a-z]+)(?: (?:region|oblast|province))? (?:in|part of|inside) "
                      r"(?:ukraine|russia|(?:the )?[a-z]+ (?:region|oblast|province))(?: or (?:in )?(?:ukraine|russia))?\W*$"
                      # "what is Donetsk?", "what's Pokrovsk?": a place asked what it is, told by where it lies
                      rf"|^{_LEAD}(?:what|where)(?:'s| is| was) ([a-z]+)(?: (?:region|oblast|city|town))?\W*$"
                      # as learners and talkers put it: "Kursk is in Ukraine or in Russia?", "kursk? isn't that in russia",
                      # "which country is Kursk in?"
                      rf"|^{_LEAD}([a-z]+)(?: (?:region|oblast|province))?(?:\W+(?:is|isn't|isnt|was) (?:that|it)| is| was) "
                      r"(?:in|part of|inside) (?:ukraine|russia)(?: or (?:in )?(?:ukraine|russia))?\W*$"
                      rf"|^{_LEAD}(?:which|what) country (?:is|was) ([a-z]+) in\W*$")


# a place named bare as the first question, "donetsk?", "what about Kursk?": what and where it is
BARE = re.compile(r"^(?:and |so |ok |what about |how about )?([a-z]+)(?: (?:region|oblast|city|town))?\W*$")


# "where is that?", "where's it exactly?" after an answer naming a place: where that place lies
WHERE_THAT = re.compile(rf"^{_LEAD}where(?:'s| is| was|s) (?:that|it|this)(?: place| region)?(?:,? exactly| then| on the map)?\W*$")


def place_referred(text: str, last: Fact | None, places: list[str]) -> str | None:
    """The place "where is that?" asks about: the first place the last answer locates (explains), if any."""
    if last is None or not WHERE_THAT.match(text):
        return None
    named = sorted((m.start(), p) for p in places if (m := term_rx(p).search(last.statement)))
    return next((p for _, p in named if explains(last, p)), None)


def bare_place(text: str, places: set[str]) -> str | None:
    m = BARE.match(text)
    return m.group(1) if m and m.group(1) in places else None


def place_asked(text: str, places: set[str]) -> str | None:
    m = WHERE_IS.search(text)
    place = m and next((g for i, g in enumerate(m.groups(), 1) if g and i != 3), None)
    return place if place in places else None


def names(store: Store) -> set[str]:
    """The capitalised names of two or three words the facts use ("geneva conventions", "coordination headquarters")."""
    out = set()
    for f in store.facts.values():
        for m in re.finditer(r"(?<![.!?] )\b([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\b", f.statement):
            out.add(m.group(1).lower())
            out.add(re.sub(r"s$", "", m.group(1).lower()))  # "the Geneva Convention"
    return out


@lru_cache(maxsize=4096)
def term_rx(term: str) -> re.Pattern:
    """The term in a statement, any word ending ("officer" finds "officers")."""
    words = [re.escape(stem(w)) for w in re.split(r"[\s-]+", term) if w]
    return re.compile(r"\b" + r"[\w']*[\s-]+".join(words) + r"[\w']*", re.I)


# an apposition after a comma or dash ("rank-and-file troops, the infantry…"), not "prisoners in the project's breakdown"
APPOSITION = re.compile(r"[\"”']?(?: \w+)?(?:(?:,| -| —) (?:the|a|an|in which|which|who|that is|meaning|i\.e\.|[a-z]+'s)|(?:,| -| —)? (?:in which|that is|meaning|i\.e\.))\b", re.I)
FULL_NAME = re.compile(r" for the [A-Z][a-z]+ of [A-Z]")
# ("conscripts WERE 5% of the prisoners", "officers ARE 3%": a share of them, not what they are)
IS_MEANS = re.compile(r"[\"”']? (?:is|are|means?)\b(?! (?:about |around |roughly |nearly |almost |only |just |over |under )?\d)")


def explains(f: Fact, term: str) -> bool:
    """Whether a fact says what the term is, not only uses it."""
    for m in term_rx(term).finditer(f.statement):
        after = f.statement[m.end():m.end() + 40]
        # an apposition, is/are/means, or a body's full name ("Coordination Headquarters for the Treatment of Prisoners of
        if APPOSITION.match(after) or FULL_NAME.match(after) or IS_MEANS.match(after):  # War", says what it is for)
            return True
        if f.kind == "context" and m.start() <= 1:  # a context fact that starts with the name
            return True
    return False


# a place or a term named in thousands of facts ("what about Kursk?" in a large store): the first few hundred that name it
# are looked at for one that says what it is, not all of them (27 ms at 50,000 synthetic facts, a tenth of that now)
MENTIONS_LOOKED_AT = 500


class Mentions:
    """The facts that use a term, in file order (term_rx). Built once per bot: the statements, lowercased, are one
    text, so a term's rarest-looking word is found by a substring search in C and only the statements holding it are
    matched with the term's pattern; a pattern run over every statement cost 60-140 ms at 50,000 facts."""

    def __init__(self, store: Store):
        self.ids = list(store.facts)
        self.statements = [f.statement for f in store.facts.values()]
        self.starts, at = [], 0
        for s in self.statements:
            self.starts.append(at)
            at += len(s) + 1
        self.text = "\n".join(s.lower() for s in self.statements)

    def of(self, term: str, limit: int = MENTIONS_LOOKED_AT) -> list[str]:
        """The first `limit` facts, in file order, whose statements use the term."""
        rx = term_rx(term)
        words = [stem(w).lower() for w in re.split(r"[\s-]+", term) if w]
        if not words:
            return list(islice((i for i, s in zip(self.ids, self.statements) if rx.search(s)), limit))
        key, found = max(words, key=len), []
        at = self.text.find(key)
        while at != -1 and len(found) < limit:
            k = bisect.bisect_right(self.starts, at) - 1
            if rx.search(self.statements[k]):
                found.append(self.ids[k])
            at = self.text.find(key, self.starts[k + 1]) if k + 1 < len(self.starts) else -1
        return found
