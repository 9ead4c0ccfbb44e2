"""An author's view asked of nothing in particular: "what does the blogger think?", "what's the writer's view?",
"so what does the blog guy reckon?".

No Flask. Used by understand.understand. Such a question names the author and a word for a view (think, view, opinion,
argue…) and no subject: every word of it is the frame of asking. It asks what the author thinks overall, so it is read
as the question on the author's main argument (the lexicon's group of "main argument", "main point", "bottom line"),
which the fact whose example question that is answers ("what does he conclude?" is left to the fact saying what he
concludes). Right after an answer it is left alone: there it asks the author's view of what was just shown ("what does
the writer think?" after the armbands).
"""
from __future__ import annotations

import re

from .normalize import Lexicon, phrase_token, stem

# the blog's author named: "the blogger", "the writer", "the blog guy", "the author of the blog"
AUTHOR_NAMED = re.compile(r"\b(?:blogger|author|writer|columnist|blog (?:guy|man|dude|person|writer|author|post author))s?\b")
# a word for a view; "the news report" has none of its own
VIEW_WORD = re.compile(r"\b(?:think|thinks|thought|reckon|reckons|believe|believes|feel|feels|view|views|opinion|opinions|argue|argues|"
                       r"argument|take|position|stance|point|saying|trying to say|getting at|make of it)\b")
NEWS_NAMED = re.compile(r"\bnews\b|\breport(?:er)?\b")
# "what does the blogger conclude?": the view the author ends on, which the fact saying what he concludes answers
CONCLUDED = re.compile(r"\bconclu(?:de|des|ded|sion|sions)\b")
MAIN_ARGUMENT = "main argument"


def overall_view(u, lex: Lexicon, after_an_answer: bool) -> None:
    """Read a view of the author's asked of nothing in particular as the question on the author's main argument."""
    if after_an_answer or u.reading is None or u.reading.years or u.reading.numbers:
        return
    text = u.reading.text
    if not AUTHOR_NAMED.search(text) or not VIEW_WORD.search(text) or NEWS_NAMED.search(text) or CONCLUDED.search(text):
        return
    view = lex.expand(stem("opinion"))
    if all(c <= view for c in u.ideas):  # no idea beyond the view itself (none at all: every word was the frame)
        u.ideas = [lex.expand(phrase_token(MAIN_ARGUMENT))]
        u.qtype = "opinion"

