"""Questions about the articles themselves: who wrote one, when and where it appeared, whether it is
an opinion piece, where its figures come from.

No Flask. These are answered from the sources' own records (content/sources/*.yaml, the Sources
page), never from a fact: each statement here is built from one source's title, label, kind, author,
outlet and date, or is its note, which is written in the project's own words. A statement's id is
`source:<id>` so that the evaluation and the tests can tell it from a fact.
"""
from __future__ import annotations

import re

from ..facts import Store
from ..schemas import Source
from .stems import stem

PREFIX = "source:"
CLAIMANT = "Sourced's record of the article"
NOTE_CLAIMANT = "Sourced's note on the article"

# what is asked about an article: its author, date, outlet, kind, reliability, or which articles there are
WHO = re.compile(r"\bwho (?:wrote|writes|has written|authored|is the (?:author|writer|blogger|journalist|reporter)|"
                 r"was the (?:author|writer)|(?:is|was) behind (?:the|this|that) (?:article|blog|post|report|piece|story))\b|\b(?:author|writer|blogger|journalist|reporter)'?s? "
                 r"(?:name|called)\b|\bname of the (?:author|writer|blogger|journalist|reporter)\b|\bwritten by (?:who|whom)\b"
                 r"|\bby whom\b|\bwho(?:'s| is) the (?:author|writer|blogger)\b|\bwho (?:is|was) (?:it|the \w+) by\b"
                 # "who even is the blog guy", "who's the news report lady?": the person an article is by, named by the article
                 r"|\bwho(?: even| exactly| actually| really)?(?:'s| is| was) (?:the|that|this) (?:blog(?: post)?|post|news(?: report| article| piece)?|report|article|piece)(?:'s)? "
                 r"(?:guy|man|woman|lady|person|dude|bloke|fella|chap|girl)\b"
                 # "did Michael Drucker write the blog?": its author named to check, answered by the record
                 r"|^(?:and |so |but )?(?:did|does) (?:[a-z.'-]+ ){1,4}(?:write|author|pen) (?:the|this|that) (?:article|blog|post|report|piece|story)\b")
WHEN = re.compile(r"\bwhen (?:was|were|did|is) (?:it|they|this|that|these|the [a-z ]{1,30}?) (?:published|written|posted|"
                  r"come out|came out|appear(?:ed)?|released|dated|put out|put online|put up|posted online|out|online|go online|went online)\b|\b(?:publication|publishing|publish|posting) "
                  r"date\b|\bhow (?:old|recent|new|up to date) (?:is|are) (?:the|this|that|these) (?:articles?|blog|post|report|news|sources?|pieces?|stories|story)\b|\bdate of (?:the|this|that)\b"
                  r"|\bwhat date\b.{0,30}\b(?:published|written|posted)\b"
                  r"|\bwhich (?:one|article|piece|source|of them|of the two)(?: was)? (?:came out|come out|published|written|posted|appeared) "
                  r"(?:first|earlier|later|last)\b")
WHERE = re.compile(r"\b(?:which|what) (?:newspaper|outlet|paper|website|site|publication|news ?(?:site|outlet|agency|organi[sz]ation)|"
                   r"media|magazine|channel)\b|\bwhere (?:was|were|is|did) (?:it|they|this|that|the [a-z ]{1,30}?) "
                   r"(?:published|posted|printed|appear(?:ed)?|come from|from)\b|\bwho published\b(?! (?:that|this|those|these|the) (?:figures?|numbers?|counts?|stats?|data|estimates?|shares?|percentages?|breakdown)\b)|\bpublished (?:by|in|on) (?:what|which|whom|who)\b"
                   # "where can I read more?", "what's the title of the article?": the record of it (not "link?": no article's address is kept)
                   r"|\bwhere (?:can|could|do) i (?:read|find|see) (?:more|it|that|the (?:article|original|full \w+|whole \w+|source))\b"
                   # an analyst's "the provenance of the news report", "the report's provenance": where, by whom and when it appeared
                   r"|\bprovenance of (?:the|this|that|each|both|either) (?:article|blog|post|report|piece|story|news)|\b(?:article|blog|post|report|piece|story)'?s? provenance\b"
                   r"|\b(?:title|headline) of (?:the|this|that) (?:article|blog|post|report|piece|story)\b|\bwhat(?:'s| is) (?:the (?:article|blog post|post|report|piece|story)) called\b"
                   # "is the blog from the New York Times?", "was the news report printed in the Guardian?"
                   r"|^(?:so |and )?(?:is|was) (?:the |this |that )?(?:blog(?: post)?|post|news report|news article|report|article|piece|story) "
                   r"(?:from|in|on|(?:published|printed|posted|run|put out) (?:by|in|on))\b")
KIND = re.compile(r"\bopinion (?:piece|article|blog|post)\b|\b(?:meant|intended|written|supposed)(?: to be)? as (?:an? )?(?:news|opinion|comment|commentary|analysis)\b|\b(?:which|what) (?:one|article|source|text|piece)\b.{0,30}"
                  r"\b(?:opinion|news|blog|biased|objective|neutral|fact|facts|factual)\b|\bis (?:it|this|that|the [a-z ]{1,20}?) "
                  r"(?:an? )?(?:opinion|news|journalism|biased|objective|neutral|impartial|propaganda|one-sided|balanced|factual)\b"
                  r"|\b(?:what|which) (?:kind|type|sort) of (?:article|source|piece|text|writing|post|report)\b"
                  r"|\b(?:is|are) (?:the )?(?:articles?|sources?|blog|post|report|writer|author|blogger) (?:\w+ )?(?:biased|objective|neutral|"
                  r"impartial|one-sided|balanced|pro-ukrainian|pro-russian)\b")
TRUST = re.compile(r"\b(?:reliable|reliability|unreliable|trust|trustworthy|credible|credibility|verified|verify|verifiable|"
                   r"fact-?checked|legit|believable|accurate|accuracy|biased|bias)\b")
LIST = re.compile(r"\b(?:what|which) (?:are )?(?:your|the|these|those) (?:two |2 )?(?:sources|articles)\b(?! (?:say|said|report|agree|differ|disagree))"
                  # "which sources is this based on?", "where can I read the original articles?"
                  r"|\b(?:what|which) (?:sources|articles) (?:is|are) (?:this|that|it|these|this info|your answers) based on\b"
                  # "what is the news report about?", "what's the blog post mainly about?": its record says (its title)
                  r"|^(?:and |so |ok )?what(?:'s| is| was) (?:the |this |that )?(?:news report|news article|news piece|news story|blog post|blog|article|piece|post|report|story)(?: (?:all|really|mainly|mostly|actually))? about\W*$"
                  r"|\b(?:can|could|where can|where could|how can|how do) (?:i|we) (?:read|find|see|get|access|look at) (?:the |these |those |your )?(?:original |full |two )?(?:sources|articles|texts)\b"
                  r"|\bwhere (?:do|did) you get (?:your|this|the|that) (?:information|info|facts|figures|numbers|data)\b"
                  r"|\bwhat (?:sources|articles) (?:do|did) you (?:use|have|read)\b|\bhow many (?:articles|sources)\b"
                  # "which articles are you getting this from", "which articles u using"
                  r"|\b(?:what|which) (?:sources|articles|texts) (?:are |r )?(?:you|u|ya) (?:using|getting|taking|drawing|reading|working)\b"
                  r"|\b(?:what|which) (?:sources|articles) (?:do|does|did) (?:your|the) (?:answers?|facts|replies|information|info) come from\b"
                  # "what are the two articles you answer from", "which texts do you use?"
                  r"|\b(?:articles|sources|texts|pieces) (?:that )?(?:do )?you (?:answer from|answer with|use|draw on|work from|quote|rely on|are based on|know)\b")
# "where does the blog get its 83% and 76% figures from?": where an article's figures come from, whatever figures it names
FIGURES_FROM = re.compile(r"\bwhere (?:does|do|did) (?:the |this |that )?(?:blog|blogger|post|news|report|article|author|writer|it|they)"
                          r"(?: [a-z]+){0,2} get (?:its|their|his|her|the|these|those) (?:[\w%.,]+ ){0,6}?(?:figures|numbers|data|stats|"
                          r"statistics|facts|information|info|percentages|percents|shares|counts|estimates)\b"
                          # "does the blog say where it gets its numbers from"
                          r"|\bwhere (?:it|he|she|they) gets? (?:its|their|his|her) (?:[\w%.,]+ ){0,3}?(?:figures|numbers|data|stats|"
                          r"statistics|facts|information|info)\b")
# "does the blog give any source for its percentages?", "does the news report cite its sources?"
CITES = re.compile(r"\b(?:blog|post|news|report|article|author|writer|blogger|it|they)\b[^?]{0,20}?\b(?:give|gives|name|names|cite|cites|quote|quotes|"
                   r"list|lists|say|says) (?:any |a |its |their |his |her |the )?(?:named? )?sources?\b"
                   # "which bodies does it credit for its numbers?", "who does the news report cite for its figures?", "which piece
                   # attributes more of its figures?": whom an article's figures are put down to, as its record says
                   r"|\b(?:who|whom|which (?:bodies|sources|organi[sz]ations|agencies|officials|institutions|people))\b[^?]{0,40}?\b(?:credit|credits|cite|cites|"
                   r"attribute|attributes|name|names|quote|quotes)\b[^?]{0,10}?\bfor (?:its|their|his|her|the|these|those) (?:[\w%.,]+ ){0,3}?"
                   r"(?:figures|numbers|data|stats|statistics|facts|claims|information|info|estimates|counts)\b"
                   r"|\bwhich (?:piece|article|one|source|of (?:them|the two))\b[^?]{0,30}?\b(?:attribute|attributes|cite|cites|credit|credits|source|sources)\b"
                   r"[^?]{0,10}?\b(?:more|most|fewer|less)\b[^?]{0,12}?\b(?:figures|numbers|claims|data|stats|facts)\b")
# words that name an article or its figures as a whole (a question made only of these is about the article)
# "does the blog give a share THE WAY THE NEWS REPORT DOES?": the article named to compare with, not the one asked about
LIKE_THE_OTHER = re.compile(r"(?:,\s*)?\b(?:(?:in )?the (?:same )?way|just like|like|just as|as) (?:the )?(?:news report|news|report|blog post|blog|post|drucker)"
                            r" (?:does|did|do|has|had|says|said)\b")
ARTICLE = re.compile(r"\b(?:article|articles|blog|blogs|blogger|post|posts|report|reports|news|piece|story|stories|source|sources|"
                     r"author|authors|writer|writers|journalist|reporter|outlet|newspaper|paper|website|site|text|texts|"
                     r"numbers|figures|facts|data|statistics|stats|claims|information|info)\b")
NOT_THESE = re.compile(r"\b(?:say|says|said|report|reports|reported|think|thinks|claim|claims|agree|differ|disagree)\b\s*(?:about|on|that|of)\b(?!\s+(?:anything|everything|much)\b)(?=\s*[a-z0-9])")


def sid(statement_id: str) -> str | None:
    """The source id of a `source:<id>` statement, or None for a fact."""
    return statement_id[len(PREFIX):] if statement_id.startswith(PREFIX) else None


# a question made only of words about articles, asking by one word what it wants: "does it have a DATE",
# "whats the TITLE of the blog", "where does the blog get its numbers FROM", "which one came out FIRST"
LOOSE = [("trust", re.compile(r"\b(?:sources?|sourced|sourcing|(?:come|comes|came|get|gets|got) (?:\w+ ){0,2}from|named? source)\b")),
         ("who", re.compile(r"\b(?:byline|author|authors|wrote|written|writer|blogger|journalist|reporter)\b"
                            r"|^(?:is|was) (?:it|this|that|the [a-z ]+?) (?:by|from)\b|\b(?:his|her) (?:full )?name\b"  # "is the news report by the BBC?"
                            # "and the news report, is that by him too?", "who should I credit it to?": whose the article is
                            r"|\bby (?:him|her|the same (?:person|author|writer|man|guy))\b|\bwho (?:do|should|can|would|shall) (?:i|we) credit\b"
                            r"|\bcredit (?:it|this|that|the (?:blog|report|article|post|piece)(?: post)?) to\b")),
         ("when", re.compile(r"\b(?:date|dated|when|what day|came out|come out|first|earlier|later|newer|older)\b")),
         ("title", re.compile(r"\b(?:title|titled|headline|heading|called)\b")),
         ("where", re.compile(r"\b(?:website|websites|site|sites|newspaper|outlet|section|publication|publisher|paper|magazine|"
                              r"channel|page|published|posted|run|ran)\b")),
         ("kind", re.compile(r"\b(?:opinion|editorial|op-?ed|factual|objective|neutral|commentary|reportage)\b|\bnews (?:articles|pieces|stories|reports)\b"
                             r"|\b(?:real|actual|proper|just) news\b"))]
OTHER_ONE = re.compile(r"\b(?:the )?(?:other|second|another) (?:one|article|source|piece|post|report|text)\b|\bthe other\W*$")
# "which of the two…", "are both…", "the same website": every article, whichever one a word names
EVERY = re.compile(r"\b(?:both|two|these|each|either|same|all)\b|\bwhich (?:one|article|piece|source|of|came|is|was)\b")
# what an article says or means is its facts; why it says so, and who its author is as a person, no record holds
NOT_LOOSE = re.compile(r"\b(?:say|says|said|think|thinks|tell|tells|make of|mean|means|argue|argues|claim|claims)\b"
                       r"(?! (?:us )?(?:where|who|when|whether|if|which))|\bwhy\b|\d"
                       # "what is the blogger's OPINION?": his view (overall.py), not what kind of article his is
                       r"|\b(?:blogger|author|writer)'?s? (?:opinion|view|take|position|stance)\b|\bopinion of (?:the )?(?:author|blogger|writer)\b")
POINTS_BACK = re.compile(r"\b(?:that|this)\b")  # "is that just the blog's opinion?": the last answer, not the article
# "byline and date on that post?", "who wrote this article?" after an answer: the article the answer is from, named (not a job,
# "when did he take up that post?")
THAT_PIECE = re.compile(r"(?<!up )(?<!hold )(?<!held )(?<!in )(?<!to )(?<!left )(?<!leave )"
                        r"\b(?:that|this|the same) (?:article|blog(?: post)?|post|news report|report|piece|story|write-?up)\b")
PERSON = re.compile(r"(?:^|[,;.?] )(?:(?:so|and|but|ok|okay|wait) )*(?:is|was) (?:he|she|the (?:blog |news |blog post |post )?(?:author|writer|"
                    r"blogger|journalist|guy)) (?:a|an|the|just|really|actually|even|some|any|like|ukrainian|russian|american|british|"
                    r"english|european|\w+ or \w+|journalist|reporter|expert|academic|professor|historian|analyst|soldier|veteran|famous|renowned)\b"
                    r"|\b(?:written|wrote|write|writes|published) (?:any )?(?:other|more|previous|earlier|many) (?:pieces|articles|posts|books|"
                    r"stories|things)\b"
                    # "this man is a politician in New York?": the same, put as a claim to be checked
                    r"|^(?:(?:so|and|but|ok|okay|wait) )*(?:this|that|the) (?:man|guy|woman|lady|person|author|writer|blogger|journalist|gentleman) "
                    r"(?:is|was) (?:a|an|the|just|really|actually|even|some|like)\b(?=[^?]*\?\W*$)"
                    r"|\bhow old is (?:he|she|the (?:author|writer|blogger))\b|\b(?:he|she) (?:works?|worked) (?:for|as)\b")


def asked(text: str, loose: bool = False) -> str | None:
    """What a question asks about an article: who | when | where | kind | trust | list | title, or None.
    `loose`: the question is already known to be about an article, so one word of it may say what it asks."""
    if NOT_THESE.search(text):  # "what does the blog SAY ABOUT officers": its facts, not the blog itself ("what do they DISAGREE ABOUT?" names none)
        return None
    if TRUST.search(text) and (ARTICLE.search(text) or loose):  # "is the news report biased", "is it reliable?" after one
        return "trust"
    if FIGURES_FROM.search(text) or CITES.search(text):
        return "trust"
    if PERSON.search(text):  # "is he a journalist?": the record names the author, nothing more
        return "person" if loose else None
    loose = loose and not NOT_LOOSE.search(text)
    for name, rx in (("list", LIST), ("who", WHO), ("when", WHEN), ("where", WHERE), ("kind", KIND)) + (tuple(LOOSE) if loose else ()):
        if rx.search(text):
            return name
    return None


# what no record of an article holds: its readers, what else its author wrote ("how big is its readership?" right after
# a reply about it is not its record again)
BEYOND_RECORD = re.compile(r"\b(?:readership|audience|subscribers|followers|how many (?:people )?(?:read|readers)\b)"
                           # "does he have insta?", "what's its URL or an archived copy?": no record keeps an address or an account
                           # "does the blog post have any comments?", "did it get many likes?": no record keeps readers' replies
                           r"|\b(?:hav|have|has|had|get|gets|got|allows?|open)\b (?:any |a |the |many |lots of |much |more )?(?:readers'? )?"
                           r"(?:comments|comment section|comments section|likes|shares)\b|\b(?:readers'?|reader) comments\b|\bcomments? section\b"
                           r"|\b(?:insta|instagram|twitter|tiktok|facebook|linkedin|social media|socials|urls?|web address|archived|snapshot)\b"
                           r"|\b(?:owns|owned|owners?|funds?|funded|funding|funders?|financed|financing|sponsor\w*|bankroll\w*|(?:pays?|paying|paid) for)\b"
                           r"|\bother (?:stories|articles|posts|pieces|reports)\b(?! (?:say|says|said|agree|disagree|give|gives))"
                           # "has the blog post been edited since it went up?", "did the outlet later correct the headline?": no record
                           # keeps an article's later changes
                           r"|\b(?:been|ever|later|since|subsequently|afterwards) (?:been )?(?:edit|updat|revis|amend|correct|chang|retract)\w*"
                           r"|\b(?:edited|updated|revised|amended|corrected|changed) (?:since|later|afterwards|after)\b|\b(?:edits|revisions|corrections|retractions?)\b"
                           # "who edited it?", "its editor?", "which page of the print edition?": no record names an editor or a page
                           r"|\bwho (?:edited|sub-?edited|fact-?checked|proofread)\b|\bedited by\b|\b(?:sub-?)?editors?\b|\bprint (?:edition|version|issue|copy)\b"
                           r"|\b(?:which|what) page\b|\bpage (?:number|no)\b")
# "contact for the reporter?", "please share the email id of the author": a way to reach the writer, which no record keeps
CONTACT_OF_WRITER = re.compile(r"\b(?:e-?mail(?: id| address)?|phone(?: number)?|contact(?: details| info| number)?|(?:postal )?address)"
                               r" (?:for|of) (?:the |that |this )?(?:reporter|author|journalist|writer|blogger)\b"
                               r"|\b(?:reporter|author|journalist|writer|blogger)'?s? (?:e-?mail(?: id| address)?|phone(?: number)?|contact (?:details|number|info)"
                               # bare "the author's number/contact" only at the end: "the blogger's number on foreign fighters" is his figure
                               r"|(?:number|address|contact)(?= ?[?.!,]|$| (?:please|pls|and|so|or)\b))\b")
NOT_RECORDED = ("Sourced records each article's title, author (when its text names one), outlet and date, and nothing "
                "more: not its readers, nor who owns or funds it, nor what else its author has written, nor how to reach the author. "
                "Here is that record:")
# "who is Michael Drucker?", "tell me about Drucker": a person the question names; the record says who wrote what
WHO_IS = re.compile(r"^(?:and |so |but )?(?:who(?: is|'s| was)|tell me (?:more )?about|what do (?:we|you) know about|what about)\b")
YES_NO = re.compile(r"^(?:so |and |but )?(?:is|was)\b")
NOTHING_MORE = ("The articles say nothing about their authors beyond what Sourced records about each article, "
                "below: who wrote it (when its text names anyone), where and when it was published.")


def author_names(s: Source) -> list[str]:
    """The words a visitor may name an article's author by: given name and surname, not initials ("Michael", "Drucker")."""
    return [n.lower() for n in (s.author or "").split() if len(n) > 2 and n[0].isupper()]


def by_author(store: Store, text: str) -> list[str]:
    """The sources whose author the question names, by given name or surname."""
    return [s.id for s in store.sources.values() if any(re.search(rf"\b{re.escape(n)}\b", text) for n in author_names(s))]


# "what's the difference between the two articles?", "how do the articles differ?": the articles as a whole, compared
DIFFERENCE = re.compile(r"\b(?:difference|differences|differ|different|compare|comparison|contrast|disagree|disagreement|disagreements|contradict|contradiction|contradictions)\b")
DIFFER_WORDS = {"difference", "differences", "differ", "different", "differently", "compare", "comparison", "contrast", "between",
                "disagree", "disagreement", "disagreements", "contradict", "contradiction", "contradictions", "anything", "where",
                "main", "big", "biggest", "key"}


# "what do the two articles agree on?", "what do both articles have in common?": the points where they say the same
# (asked with a wh-word: "do they agree?" after an answer asks about that answer's point)
AGREEMENT = re.compile(r"^(?:so |and |but )?(?:what|where|on what|in what|which (?:points?|things?|figures?|facts?|parts?))\b.*\b(?:agree|agrees|in common)\b")
AGREE_WORDS = {"agree", "agrees", "common", "thing", "things", "point", "points", "where", "anything", "main", "key", "have",
               "both", "two", "each", "other", "figures", "facts", "parts"}


def differing(store: Store, same: bool = False) -> list[str]:
    """A pair of facts on one point where the articles differ (a conflict whose note is not "Same …"), in file order;
    with `same`, one where they agree (its note says "Same …" or "Both give the same …")."""
    for f in store.facts.values():
        for c in f.conflicts_with:
            agreed = (c.note or "").startswith(("Same", "Both give the same"))
            if c.fact in store.facts and agreed == same and \
                    {x.source_id for x in f.citations} != {x.source_id for x in store.facts[c.fact].citations}:
                return [f.id, c.fact]
    return []


def compare_framing(kinds: set[str], differ: bool) -> str:
    head = "The two articles are different kinds of writing" if len(kinds) > 1 else "Here are the two articles side by side"
    return head + (": what Sourced records about each, then a point where their facts differ:" if differ
                   else ": what Sourced records about each:")


KIND_WORDS = {"opinion": ["opinion", "blogger"], "news": ["news", "journalist", "reporter", "newspaper"]}


# "is that post meant as news, or is it opinion?", "is the blog just news?": news as a kind of writing, no article's name
KIND_SAID = re.compile(r"\b(?:meant as|intended as|written as|as|just|simply|straight|plain|real|hard) (?:a )?news\b(?! (?:report|article|piece|story|one|site|outlet|item))")


def named(store: Store, text: str, kinds: bool = True) -> list[str]:
    """The sources a question names: by a word of its label ("blog", "news report"), its author's given name or surname,
    three words of its title in a row ("the russian soldiers revolt article") or two right before
    "story", "article"… ("the record numbers story"), or else by its kind ("the
    opinion piece", "the journalist")."""
    # ("is that post meant AS NEWS?": a kind asked of the post, not the news report named; "the record-numbers piece": its title's
    # words joined as one modifier)
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", KIND_SAID.sub(" ", text))

    def by(words_of) -> list[str]:
        return [s.id for s in store.sources.values() if (words := words_of(s))
                and re.search(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")", text)]
    own = by(lambda s: [w for w in re.findall(r"[a-z]+", s.label.lower()) if w not in ("the", "a", "an")][:1]
             + author_names(s) + title_runs(s, text))
    return own or (by(lambda s: KIND_WORDS.get(s.kind, [])) if kinds else [])


def title_runs(s: Source, text: str, stopwords: set[str] = frozenset()) -> list[str]:
    """Three or more words of an article's title in a row, as the question has them (a way to name it); given
    `stopwords`, also two of its content words in a row ("the blog post on mass surrenders", "the record numbers story")."""
    title, words = " " + " ".join(re.findall(r"[a-z]+", s.title.lower())) + " ", re.findall(r"[a-z]+", text)
    runs = [run for i in range(len(words) - 2) if f" {(run := ' '.join(words[i:i + 3]))} " in title]
    # or in other forms of the same words ("the report on soldiers revolting against Putin")
    stems = " " + " ".join(map(stem, title.split())) + " "
    runs += [run for i in range(len(words) - 2) if f" {' '.join(map(stem, words[i:i + 3]))} " in stems
             and (run := ' '.join(words[i:i + 3])) not in runs]
    # two title words in a row right before a word for a piece ("the record numbers story")
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)  # ("the record-numbers piece")
    runs += [m.group(1) for m in NAMED_PIECE.finditer(text) if f" {m.group(1)} " in title and len(set(m.group(1).split()) - LINKING) >= 2]
    # the words right after "the piece about" that all stand in the title ("the newspaper piece about the record numbers")
    tw = set(title.split())
    # (one word will do when the question names this article too: "who has written the blog article about the surrenders?")
    label = [w for w in re.findall(r"[a-z]+", s.label.lower()) if w not in ("the", "a", "an")][:1]
    least = 1 if label and re.search(rf"\b{label[0]}\b", text) else 2
    runs += [m.group(1) for m in ABOUT_PIECE.finditer(text) if set(m.group(1).split()) <= tw | LINKING and len(set(m.group(1).split()) - LINKING) >= least]
    if stopwords:
        content = lambda ws: [w for w in ws if w not in stopwords]  # noqa: E731
        title, words = " " + " ".join(content(title.split())) + " ", content(words)
        runs += [run for i in range(len(words) - 1) if f" {(run := ' '.join(words[i:i + 2]))} " in title]
    return runs


NAMED_PIECE = re.compile(r"\b([a-z]+ [a-z]+)(?=['\"’”]? (?:story|article|report|piece|post|headline)\b)")  # ("the 'record numbers' story")
LINKING = {"the", "a", "an", "in", "on", "of", "to", "and", "against", "for", "about"}
# "who wrote the newspaper piece ABOUT THE RECORD NUMBERS?": an article named by what it is about, in two or more of its title's words
ABOUT_PIECE = re.compile(r"\b(?:article|report|piece|post|blog|story|stories)\s+(?:about|on)\s+((?:[a-z]+ ){0,3}?[a-z]+)(?=\W*$|\W*[,?.!]|\s+(?:please|pls|thanks)\b)")


def when(s: Source) -> str:
    return f"published on {s.published.day} {s.published:%B %Y}" if s.published else "its text carries no date"


KIND_PHRASE = {"opinion": "an opinion piece", "news": "a news report", "official": "an official text", "other": "an article"}


def described(s: Source) -> str:
    """One sentence on an article from its record: no figure but its date."""
    by = f"by {s.author}" + (f" ({s.author_basis})" if s.author_basis else "") if s.author else "with no author named in its text"
    where = f"; outlet: {s.publisher}" if s.publisher else ""
    return f"{s.label[0].upper()}{s.label[1:]}, “{s.title}”, is {KIND_PHRASE[s.kind]} {by}; {when(s)}{where}."


def statements(store: Store, source_id: str) -> list[str]:
    """Every statement this module may make about one source (the evaluation checks replies against it)."""
    return [text for text, _ in said(store, source_id, "trust", alone=True)]


def said(store: Store, source_id: str, ask: str, alone: bool) -> list[tuple[str, str]]:
    """(text, claimant) of what a reply says about one source: its record; for how far to trust it, the
    record and its note when it is the only source asked about, else the note alone."""
    s = store.sources[source_id]
    record, note = [(described(s), CLAIMANT)], [(s.note, NOTE_CLAIMANT)] if s.note else []
    if ask != "trust":
        return record
    return record + note if alone else note


def trust_framing(articles: int) -> str:
    """How far to trust the articles: no figure; "the article" for one, "the articles" for several."""
    them = "the article" if articles == 1 else "the articles"
    return ("I can't check the articles' figures myself: every figure here is checked against the paragraph that reports it, "
            f"which shows what the article says, not that it is true. Here is what is known about {them} and where "
            f"{'its' if articles == 1 else 'their'} figures come from:")


FRAMING_ONE = "Here is what Sourced records about the article itself:"

# "can I trust you?", "are you biased?", "do you make things up?": a question about the bot itself, answered by what it
# is and where its statements come from (as "are the numbers trustworthy?" is answered about the articles)
ABOUT_ME = re.compile(r"\b(?:can|should|could|do|why should|how can|how do) (?:i|we|people|anyone|students|you) (?:really |actually )?"
                      r"(?:trust|believe|rely on|count on) (?:you|this bot|the bot|this site|sourced|your (?:answers?|replies|facts))\b"
                      r"|\b(?:are|is) (?:you|this bot|the bot|your (?:answers?|replies)) (?:\w+ )?(?:reliable|trustworthy|accurate|biased|"
                      r"honest|neutral|objective|always right|correct|a real person|a person|human|an? ai|a robot|telling the truth)\b"
                      r"|\b(?:can|should|could) (?:you|this bot|the bot|your (?:answers?|replies)) be (?:trusted|believed|relied on)\b"
                      r"|\bdo you (?:ever )?(?:lie|make (?:things|stuff|it) up|hallucinate|invent|get (?:things|it) wrong|check (?:the|your) facts)\b"
                      r"|\bhow (?:do|can|would) (?:i|we) know (?:you|your (?:answers?|replies)) (?:are|is|'re) (?:right|true|correct|accurate|honest)\b"
                      r"|\bwhere do (?:you|your (?:answers?|facts)) (?:get|come from)\b(?! (?:the|this|that) (?:figure|number))"
                      # "how do you decide what to answer?", "how do you work?", "how does this bot work?": what the bot is
                      r"|\bhow (?:do|did) you (?:decide|choose|pick|know|work out) (?:what|which|when|how) (?:to |you )?(?:answer|say|reply|show|refuse)"
                      r"|\bhow (?:do you|does (?:this|the) bot|does sourced) (?:work|answer|choose|decide)\W*$")


def about_me(articles: int) -> str:
    """What the bot is: no figure, true for one article or several."""
    them = "the article" if articles == 1 else "the articles"
    return (f"I am Sourced's explainer bot, a program and not a person: I answer only with statements taken from {them}, "
            "each with who makes the claim and where it was reported, and when they don't cover something I say so. "
            "I can't check whether a claim is true. Here is what is known about "
            f"{them} and where {'its' if articles == 1 else 'their'} figures come from:")
FRAMING_ALL = "Here is what Sourced records about the articles themselves:"

# words a question about an article may hold besides the article's own names (anything else is a subject)
META = set("""
wrote write writes written writing author authored authors writer writers blogger bloggers journalist journalists reporter
reporters name named names called publish published publisher publication posted post posts printed appear appeared
released dated date dates out come came comes old recent new up reliable reliability unreliable trust trustworthy
trusted credible credibility verified verify verifiable fact facts checked check checks legit believable accurate
accuracy biased bias opinion opinions piece pieces kind type sort objective neutral impartial propaganda tool mouthpiece one sided
balanced factual pro behind your sources source articles article get got info information use used have read
numbers number figures figure data statistics stats claims claim should can really actually true real fake honest
independent independently website site newspaper outlet media magazine channel paper both two first second other
person guy man tell know think is was exactly exact precise all any even please whom blog blogs news report reports story stories
text texts s d ll re ve t day year month when where who which what how are were be been isn don doesn didn
whats whos wheres whens hows whose u ur wat wot abt pls plz ran run runs carried carries
clarify confirm meant intended byline bylines provenance headline headlined title titled heading section page own same percentages percentage shares earlier later newer
older editorial op ed proper we wats reporting straight commentary reportage classed classified journalism journalistic actual
either again answers answer parts part rather than rely relies relying separate getting gets using uses r based original originals full access find
cite cites cited online printed posted put go went private individual personal amateur professional famous major mainstream outlets
him too credit credited credits crediting attribute attributes attributed bodies body organisations organizations agencies institutions together taking more most fewer
times york bbc cnn guardian express daily telegraph mail mirror sun observer reuters bloomberg politico journal tribune herald
""".split())  # (the last line: outlets visitors name, "is the blog from the New York Times?")


def only_about_articles(store: Store, text: str, stopwords: set[str], unheard=lambda w: False) -> bool:
    """Whether every word of the question is a question word, a word about articles, or one of the
    articles' own names (a title named three words in a row counts): "who wrote the Geneva Conventions"
    is not about an article here. `unheard(word)`: a word no fact holds may pass too ("is it the Daily
    Express?" after a question about an article)."""
    own = set()
    for s in store.sources.values():
        own.update(re.findall(r"[a-z]+", " ".join(filter(None, (s.label, s.author, s.publisher, *title_runs(s, text, stopwords)))).lower()))
    return all(w in stopwords or w in META or w in own or unheard(w) for w in re.findall(r"[a-z]+", text))
