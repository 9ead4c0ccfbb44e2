"""The explainer bot: rule-based retrieval over the fact store (no language model, no network).

`engine.Bot` ties the steps together; each step is a small module:

- Reading the words: `dialect` (Scots and Southern words, a dropped g, read as the standard ones before anything else), `wrapping` (the question inside what a visitor typed), `normalize` (tidy text, numbers in any
  spelling, spelling slips, synonyms; `phonetic`, a word spelt as it sounds; `stopwords`, the words that carry no topic; its long lists of
  rewrites each skipped where the text lacks the literal words it needs: `literals`),
  `stems` (one stem for a question's word and a fact's), `sounds_like`, `meant` and `dictation` (words typed or
  dictated as another; `articleverbs`, what an article is asked to do: cite, mention, call, put a figure at), `transliterated` (Russian and Ukrainian words in Latin letters), `pidgin` (West African Pidgin English read as the standard words), `autocorrect` (a real word a phone put for the one meant), `leadins`, `fronted`, `guesses`, `courtesy` and `asides` (what a visitor says around the
  question that is not what is asked).
- What is asked: `understand` (small talk or a question; its type, year, side and scope; whether it
  follows up the last one), `sides` (whose soldiers it asks about: the Russians Ukraine holds or Ukraine's own), `checked` (a statement put up to be checked, read as "is it true that…"), `subject` (the thing it asks about), `causes` (a cause asked as what moves
  someone), `whothey` (who those caught are, asked as what kind of men), `aroundwords` (a zone, a handover or a "break down" read by the words round it), `counting` (what a count counts), `either` (two groups offered to choose the larger), `conjoined` (two counts asked at once; two questions in one turn), `whose` (a stated figure's source checked), `durations`, `define` (what a term means), `overall` and
  `quoted` (an author's view, a quoted word).
- Finding facts: `retrieve` (FTS5 bm25 candidates re-ranked by rules; `ftsquery` builds the candidate query), `weights` (what each idea weighs),
  `fit` (the kind of answer asked for), `examples` (example questions from content/asks.yaml),
  `narrowing` (the facts that answer this question, not a neighbouring one), `followups`, `lastanswer`, `otherarticle`, `inunits` and
  `viewoflast` (the conversation before it; what the other article says on the last answer's point; the last figure in another unit, asked as
  `otherunits` reads it;
  the author's view of the last answer asked in words of its own), `reread` (the turn read afresh or in part when it gets no answer; `clauses`, a long question without the clauses that ask nothing), `backto` (an earlier answer gone back to).
- Refusing: `beyond` (what no article reports however it is asked; `pastarticles`, the war round the surrenders), `suggest` (questions a refusal
  offers, on the same subject only).
- Replying: `reply` (assembled from fact statements, never written freely), `asked` (what a reply must
  say plainly about what was asked), `about` and `records` (questions about the articles themselves).
- Measuring: `evaluate` scores the bot on an evaluation set beside a plain bm25 baseline.
"""
from .engine import Bot
from .reply import Reply, Statement

__all__ = ["Bot", "Reply", "Statement"]
