"""Reading a visitor's question: tidy text, numbers in any spelling, spelling slips, synonyms.

No Flask, no network. Everything here is deterministic and explainable: a token is either a word
of the store's vocabulary, corrected to the closest one (rapidfuzz, ratio ≥ 80), or left alone.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cached_property, lru_cache
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import OSA
from wordfreq import zipf_frequency

from ..numbers import NUMBER_WORDS, ORDINALS, UNITS, _words_value
from . import phonetic
from .dictation import joined, parted, spelled_out
from .dialect import DIALECT_SPELLINGS, standard  # noqa: F401  (standard: imported from here by the engine)
from .causes import READ_REWRITES  # sounds_like's and causes' rewrites
from .stopwords import STOP_FORMS, STOP_STEMS, STOPWORDS, TOKEN  # noqa: F401  (imported from here by the bot's modules)
from .wrapping import the_question
from .stems import stem  # noqa: F401  (the stem of a word: stems.py; imported from here by the bot's modules)
from .weights import commonness, is_english

QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "–": "-", "—": "-", "#": " number "})


# "since the war began", "so far", "in total": the whole span the articles cover, not a topic
WHOLE_WAR = re.compile(r"\bsince the (full[- ]scale )?(war|invasion|fighting) (?:has |had )?(started|began|start|begun)\b"
                       r"|\bsince the (start|beginning|outbreak) of the (full[- ]scale )?(war|invasion|fighting)\b"
                       r"|\b(throughout|over the course of|during|in) the (whole |entire )?war\b|\b(for|over|across) the (whole|entire) war\b"
                       r"|\b(so far|to date|(?:till|until|up ?till|uptil) (?:date|now|today)|up ?to (?:now|today)|thus far|as of (?:now|today)|in total|all together|in terms of|these days|nowadays|at the moment|right now|at present|currently|now"
                       r"|when it comes to|with regard to|as regards|as for|in the first place|broadly speaking|generally speaking|more or less|in particular|if the (news )?(report|article|blog|piece|post) is to be believed"
                       r"|to be believed|on the record|on its own|in itself|to be fair|to be honest|as far as i know|in return|as a result(?! of)|as a consequence(?! of)|in the same breath|in plain terms|in simple terms"
                       r"|in plain english|put simply|for my (class|lesson|students|pupils|worksheet|homework|essay|project|group)|for the (map )?(exercise|worksheet|lesson|quiz))\b")

# "in total", "altogether", "since the war began": the whole war, which a figure for one year does not answer
ALL_ALONG = re.compile(r"\b(in total|altogether|all together|overall|since the (full[- ]scale )?(war|invasion) (?:has |had )?(started|began|start|begun)"
                       r"|since the (start|beginning|outbreak) of the (full[- ]scale )?(war|invasion)|(throughout|over the course of) the (whole |entire )?war"
                       r"|(in|during|for|over|across) the (whole|entire) war)\b")


# the way people type in a chat box, read as the words they stand for (too short to correct by distance)
CHAT_SPELLINGS = {"wat": "what", "wdym": "what do you mean", "hav": "have", "hv": "have", "wut": "what", "wats": "what is", "tf": "what", "wtf": "what", "hw": "how", "u": "you", "ur": "your", "r": "are", "y": "why",
                  "pls": "please", "plz": "please", "abt": "about", "ppl": "people", "cuz": "because",
                  "bc": "because", "govt": "government", "gov": "government", "nr": "number", "num": "number",
                  "whats": "what is", "what's": "what is", "wheres": "where is", "where's": "where is", "whos": "who is",
                  "who's": "who is", "hows": "how", "whys": "why", "im": "i", "kiev": "kyiv", "kiev's": "kyiv's",  # (and the older spelling of the capital)
                  # a pronoun run together with its verb: "where THEY'RE held" asks where they are held
                  "they're": "they are", "we're": "we are", "you're": "you are", "it's": "it is", "that's": "that is",
                  "he's": "he is", "she's": "she is", "theyre": "they are",
                  "wen": "when", "teh": "the", "whatabout": "what about", "b4": "before", "n": "and", "whens": "when is", "thru": "through", "cuz": "because", "prolly": "probably", "convo": "conversation", "2day": "today", "wher": "where", "wich": "which", "rly": "really", "russkies": "russians", "ruskies": "russians",
                  "peeps": "people", "peple": "people", "ppl's": "people", "meny": "many", "mony": "many", "wons": "ones", "wot": "what", "wer": "were", "ther": "there", "yeer": "year", "enuf": "enough", "lern": "learn", "lerns": "learns", "lerned": "learned", "lernt": "learnt", "lerning": "learning", "enought": "enough", "becuz": "because", "becos": "because",
                  "coz": "because", "thier": "their", "alot": "a lot", "howmany": "how many", "avg": "average", "approx": "approximately", "pct": "percent", "yr": "year", "yrs": "years", "wk": "week", "wks": "weeks", "dont": "don't", "doesnt": "doesn't", "isnt": "isn't", "arent": "aren't", "cant": "can't", "didnt": "didn't", "wasnt": "wasn't", "werent": "weren't", "havent": "haven't", "hasnt": "hasn't", "hadnt": "hadn't", "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't", "wont": "won't", "theyve": "they've", "ive": "i've",
                  # a phone's shorthand and the spellings of other languages' speakers ("ru losses", "kontrakt soldat procent")
                  "ru": "russian", "rus": "russian", "rf": "russian", "ukr": "ukraine", "ua": "ukraine", "mnay": "many", "hwo": "how", "gen": "general", "procent": "percent", "gs": "general staff", "genstab": "general staff", "afu": "ukrainian forces", "uaf": "ukrainian forces", "zsu": "ukrainian forces", "vsu": "ukrainian forces", "ruaf": "russian army", "smth": "something", "sth": "something", "somethin": "something", "fam": "family", "msg": "message", "msgs": "messages", "txt": "text",
                  "prozent": "percent", "reckon": "think", "reckons": "thinks", "reckoned": "thought", "evry": "every", "evey": "every", "kontrakt": "contract", "soldat": "soldier", "soldats": "soldiers", "soldaten": "soldiers", "mny": "many", "mobiks": "mobilised soldiers", "mobik": "mobilised soldier", "zeks": "convicts", "zek": "convict", "orcs": "russian soldiers", "vatniks": "russians", "ivans": "russian soldiers", "ivan": "russians", "writes": "says", "deets": "details", "w": "with", "int": "intel", "dm": "message", "dms": "messages", "dmd": "messaged", "mid": "bad", "ao": "region", "aor": "region", "aos": "regions", "nerfed": "neglected", "nerf": "neglect"}
# a month written short ("feb 2022?", "the aug 2024 record"), read as the month every rule on dates reads
CHAT_SPELLINGS.update({"jan": "january", "feb": "february", "apr": "april", "aug": "august", "sept": "september", "oct": "october", "nov": "november", "dec": "december"})
# dialect.py's words as Scotland, Ireland and the American South say them ("how many O' THEM", "DINNAE they count them?"), read
# here too for text that does not come through Bot.answer, which reads them first (dialect.standard)
CHAT_SPELLINGS = {**DIALECT_SPELLINGS, **CHAT_SPELLINGS}

ATTRIBUTION = re.compile(r"\b(according to|in the view of|in|as|by|from) (the |that |this )?(blog(ger)?( post)?|blog's author|news (report|article|piece|story)|"
                         r"news|report|article|piece|post|writer|author|(?:source )?materials?|texts|coverage|reporting)( (says|said|puts it|reports|explains|has it|claims|tells it|quotes))?\b(?! (think|thinks|argue|argues|believe|believes|view|opinion|conclude|concludes))"
                         # "by the articles' RECKONING", "on the blog's account": whose telling, not a topic
                         r"|\b(by|on|in|going by) (the |their |its )?(articles?|blog|blog post|post|news report|report|author|blogger|writer|sources?)('s|s'|')? (reckoning|count|counting|account|telling|calculations?|estimates?)\b"
                         # "which article CALLS it a government initiative?": how it says it, not what it is about
                         r"|\b(which|what) (article|one|source|piece|outlet) (calls|called|describes|described|labels|labelled|labeled)\b")
WRITERS = {f"{w}{e}" for w in ("blogger", "author", "writer", "columnist", "journalist", "reporter") for e in ("", "s", "'s", "s'")}
PERIODS = {"year", "years", "week", "weeks", "month", "months", "day", "days", "time", "times"}
_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
FRACTION = re.compile(r"\b(one|two|three|[1-9]) in (two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)\b")


# "about three quarters", "two thirds", "a quarter of them": a share, as the facts give it (percent)
SHARE_WORDS = re.compile(r"\b(three quarters|three-quarters|two thirds|two-thirds|(a|one) quarter|(a|one) third|(a|one) fifth|(a|one) tenth"
                         # "nearly half of them", "half the prisoners": a share (not "the first half of the year")
                         r"|(?<!first )(?<!second )(?<!last )(?<!the )half(?= (?:of )?(?:them|those|these|the (?:prisoners|captured|pows|soldiers|men)|all)\b))\b")
SHARE_OF = {"three quarters": 75, "three-quarters": 75, "two thirds": 67, "two-thirds": 67, "quarter": 25, "third": 33, "fifth": 20, "tenth": 10,
            "half": 50}


def share_words(t: str) -> str:
    return SHARE_WORDS.sub(lambda m: f"{SHARE_OF.get(m.group(1), SHARE_OF.get(m.group(1).split()[-1]))} percent", t)


def number_word(w: str) -> float:
    return float(w) if w.isdigit() else float(_SMALL.index(w))


SHORT_SCALE = re.compile(r"\b(\d+(?:\.\d+)?) ?(k|m|mil|million|millions|bn|billion)\b")
SCALE = {"k": 1e3, "m": 1e6, "mil": 1e6, "million": 1e6, "millions": 1e6, "bn": 1e9, "billion": 1e9}
# a decimal said aloud ("POINT EIGHT percent", "one point two million"): its digits, before a unit it counts
_DIGIT = r"(?:zero|nought|oh|one|two|three|four|five|six|seven|eight|nine|\d)"
SPOKEN_DECIMAL = re.compile(rf"\b(?:({_DIGIT}) )?point ((?:{_DIGIT} ?)+?) ?(?=\b(?:percent|million|thousand|times|km|square|sq)\b)")
_DIGIT_OF = {"zero": "0", "nought": "0", "oh": "0", **{w: str(UNITS[w]) for w in UNITS if UNITS[w] < 10}}


def spoken_decimal(m: re.Match) -> str:
    return "".join(_DIGIT_OF.get(d, d) for d in (m.group(1) or "0").split()) + "." + "".join(_DIGIT_OF.get(d, d) for d in m.group(2).split()) + " "
LAST_YEAR = re.compile(r"\b(last year|this past year|the past year|past year)\b")


# a flashcard's or a table's "no. of exchanges", "nr of countries": the number of them
NUMBER_OF = re.compile(r"\b(?:no\.|nr\.?|num\.) ?of\b")
# "what did they get, LAND-WISE?", "how are they doing MORALE-WISE?": in terms of land, of morale (the word is what is asked about)
WISE = re.compile(r"\b([a-z]{3,})-wise\b")


@lru_cache(maxsize=4096)
def phrase_rx(phrase: str) -> re.Pattern:
    """A lexicon phrase as a whole-words pattern (compiled once)."""
    return re.compile(rf"\b{re.escape(phrase)}\b")


def phrase_token(phrase: str) -> str:
    return "~" + phrase


@lru_cache(maxsize=4096)  # (a question is tidied by several steps)
def tidy(text: str) -> str:
    """Lower case, plain quotes and dashes, no markup or control characters, single spaces."""
    t = unicodedata.normalize("NFKC", text).translate(QUOTES).lower()
    t = re.sub(r"<(script|style)\b.*?</\1\s*>", " ", t, flags=re.S)
    t = re.sub(r"<[^>]{0,200}>", " ", t)
    # invisible format characters (zero-width spaces, joiners) vanish; other control characters are spaces
    t = "".join(ch if ch.isprintable() else "" if unicodedata.category(ch) == "Cf" else " " for ch in t)
    return re.sub(r"\s+", " ", t).strip()


PIECES_COUNTED = re.compile(r"\b(?:two|2) (?:articles?|sources?|reports?|pieces?|stories|texts?|outlets?|writers?|authors?|of them)\b")


def numbers_in(text: str) -> list[float]:
    """Numbers a question states, in any spelling: '10,000', '10 000', 'ten thousand', '83 percent'."""
    t = re.sub(r"(?<=\d)[ ,\u00a0\u202f](?=\d{3}\b)", "", text)
    t = PIECES_COUNTED.sub(" ", t)  # "do the two articles agree…": the articles counted, no figure asked about
    out = [float(m) for m in re.findall(r"\d+(?:\.\d+)?", t)]
    run: list[str] = []
    for w in re.findall(r"[a-z]+", t) + [""]:
        if w in NUMBER_WORDS or (w == "and" and run):
            run.append(w)
            continue
        words = [x for x in run if x != "and"]
        if words:
            v = _words_value(words)
            if v is not None:
                out.append(v)
        run = []
    return out


def years_in(text: str) -> set[int]:
    return {int(y) for y in re.findall(r"\b(19\d\d|20\d\d)\b", text)}


@dataclass
class Lexicon:
    """Synonym groups keyed by stem, and the vocabulary spelling is corrected against."""

    groups: list[set[str]]
    by_stem: dict[str, list[int]]
    phrases: list[tuple[str, int]]  # multi-word terms, matched in the tidied text
    vocabulary: list[str] = field(default_factory=list)
    forms: frozenset[str] = frozenset()  # the single words the groups list, as written ("privates", not "private")

    @classmethod
    def build(cls, synonym_groups: list[list[str]], fact_texts: list[str], extra_words: list[str] = ()) -> "Lexicon":
        groups: list[set[str]] = []
        by_stem: dict[str, list[int]] = {}
        phrases: list[tuple[str, int]] = []
        for i, g in enumerate(synonym_groups):
            stems = set()
            for term in g:
                term = tidy(term)
                if " " in term:
                    phrases.append((term, i))  # matched as a whole phrase, not word by word
                    stems.add(phrase_token(term))
                else:
                    stems.add(stem(term))
            groups.append(stems)
            for s in stems:
                by_stem.setdefault(s, []).append(i)
        vocab = set(STOPWORDS)
        for text in fact_texts:
            vocab.update(w for w in TOKEN.findall(tidy(text)) if not w[0].isdigit())
        for g in synonym_groups:
            for term in g:
                vocab.update(TOKEN.findall(tidy(term)))
        vocab.update(NUMBER_WORDS | set(ORDINALS))
        for w in extra_words:
            vocab.update(TOKEN.findall(tidy(w)))
        forms = frozenset(tidy(t) for g in synonym_groups for t in g if " " not in t)
        return cls(groups, by_stem, sorted(phrases, key=lambda p: -len(p[0])), sorted(vocab), forms)

    def correct(self, word: str) -> str:
        """The vocabulary word closest to a misspelt one, or the word itself."""
        if len(word) < 4 or word in self._vocab_set or word[0].isdigit():
            return word
        if is_english(word):  # a real word the articles never use ("medals") is no slip for one they do ("meals")
            return word
        if swapped := [w for i in range(3) if len(word) == 4 and (w := word[:i] + word[i + 1] + word[i] + word[i + 2:]) in self._vocab_set]:
            return swapped[0]  # "waht", "taht": two letters typed the wrong way round, too short for the distance below
        # optimal string alignment: a swapped pair of letters ("russains") costs one edit, like a
        # missing one; short words need a closer match, so real words are not "corrected" away
        # (tuned on the evaluation set: at 0.8 for five-letter words "tanks" became "ranks")
        cutoff = 0.8 if len(word) >= 5 else 0.85
        hits = process.extract(word, self.vocabulary, scorer=OSA.normalized_similarity, score_cutoff=cutoff, limit=5)
        if len(word) == 5:  # a five-letter slip keeps its first letter ("genva", "peple"); "tanks" is no "ranks"
            hits = [h for h in hits if h[0][0] == word[0] and (h[1] >= 0.85 or len(h[0]) > len(word))]
        if not hits:
            return self.sounded(word)
        best = max(hits, key=lambda h: (h[1], len(h[0]) == len(word), h[0][0] == word[0]))
        return best[0]

    def sounded(self, word: str) -> str:
        """The vocabulary word a misspelt one is said as ("soljers": soldiers, "capchured": captured), when one word of its
        sound key (phonetic.py) is nearest by letters and near enough; else the word itself."""
        if len(word) < 5:  # ("wons" is no "wins": four letters are too few to say which word is meant)
            return word
        if zipf_frequency(word, "en") >= 2.0:  # a word English uses that often is a word ("concur", "shelled", "roubles"), no spelling by sound
            return word
        if len(k := phonetic.key(word)) < 3:
            return word
        # nearest by letters; between two as near, the commoner word ("sinse": since, not sense)
        same = [(OSA.normalized_similarity(word, w), -commonness(w), w) for w in self._by_key.get(k, ())]
        same = sorted((h for h in same if h[0] >= 0.5), reverse=True)
        if not same or len(same) > 1 and same[0][:2] == same[1][:2]:
            return word
        return same[0][2]

    @cached_property
    def _by_key(self) -> dict[str, list[str]]:
        d: dict[str, list[str]] = {}
        for w in self.vocabulary:
            if len(w) >= 3 and w.isalpha():
                d.setdefault(phonetic.key(w), []).append(w)
        return d

    def by_sound(self, run: str) -> str | None:
        """The vocabulary word a name or term dictated as several words sounds like, run together ("jenny va": geneva, "seer
        ski": syrskyi, "two burka losis": tuberculosis): a rare word, of the run's sound key or its nearest slip; else None."""
        if len(run) < 7 or is_english(run):
            return None
        same = [w for w in self._by_key.get(phonetic.key(run), ()) if len(w) >= 6 and zipf_frequency(w, "en") < 4.5]
        if same:
            return max(same, key=lambda w: OSA.normalized_similarity(run, w))
        w = self.correct(run)
        return w if w != run and w in self._vocab_set and zipf_frequency(w, "en") < 4.5 else None

    @cached_property
    def _vocab_set(self) -> set[str]:
        return set(self.vocabulary)

    @cached_property
    def _phrase_starts(self) -> tuple[int, dict[str, list[int]]]:
        """Each phrase's position in `phrases`, keyed by its first few characters (as many as the shortest phrase has)."""
        k = min([4] + [len(p) for p, _ in self.phrases])
        starts: dict[str, list[int]] = {}
        for n, (p, _) in enumerate(self.phrases):
            starts.setdefault(p[:k], []).append(n)
        return k, starts

    def phrases_in(self, text: str) -> list[tuple[str, int]]:
        """The phrases that may occur in `text`, in the order of `phrases`: those whose first characters do. Every phrase
        `p in text` holds is among them; a caller still tests each. A few hundred set lookups in place of a substring
        search for each of the lexicon's phrases (thousands), in every reading of a question."""
        k, starts = self._phrase_starts
        at = sorted(n for g in {text[i:i + k] for i in range(len(text) - k + 1)} for n in starts.get(g, ()))
        return [self.phrases[n] for n in at]

    def expand(self, stem_: str) -> set[str]:
        """A stem with its synonyms' stems."""
        out = {stem_}
        for i in self.by_stem.get(stem_, ()):
            out |= self.groups[i]
        return out


@dataclass
class Reading:
    """A question as the bot reads it."""

    text: str  # tidied, spelling corrected
    words: list[str]  # corrected content words (no stopwords)
    concepts: list[set[str]]  # one set of acceptable stems per content word / phrase
    numbers: list[float]
    years: set[int]
    last_year: bool = False  # "last year": the latest year the facts cover (understand.py fills it in)
    all_along: bool = False  # "in total", "since the war began": the whole war, not one year
    word_of: dict[str, str] = field(default_factory=dict)  # the word each content stem was read from
    checks_a_date: bool = False  # "did the invasion begin in 2015?": a year no fact reports, checked (understand.py)


# "how come Ukraine can get ITS OWN SOLDIERS BACK": in a question about Ukraine, its own men are Ukraine's
# soldiers, and getting them back is their return home (the soldiers the exchanges bring home)
OWN_MEN = re.compile(r"\b(ukraine's|kyiv's|its|their) own (soldiers|men|troops|people|fighters|servicemen|prisoners|pows)\b")
GET_BACK = re.compile(r"\b(get|gets|got|getting|bring|brings|brought|bringing) ((?:[a-z']+ ){1,5}?)back\b")
# "Ukraine got back how many of its own people?": the men got back named after "back", the question asked in their place
GOT_BACK_WHICH = re.compile(r"\b(?:get|gets|got|getting|bring|brings|brought|bringing) back ((?:how many |what number |what share )?(?:of )?)ukrainian soldiers\b")


def own_men(t: str) -> str:
    # (naming neither side, "does it help get their own soldiers back" asks of the captors, Ukraine, as the articles tell it)
    if not (re.search(r"\b(ukrain|kyiv)", t) or not re.search(r"\b(russia|moscow|kremlin|putin)", t)) or not OWN_MEN.search(t):
        return t
    t = OWN_MEN.sub("ukrainian soldiers", t)
    t = GET_BACK.sub(lambda m: f"{m.group(2)}returned home" if "ukrainian soldiers" in m.group(2) else m.group(0), t)
    return GOT_BACK_WHICH.sub(r"\1ukrainian soldiers returned home", t)  # ("ukraine got back how many of its own people?")


def read(question: str, lex: Lexicon) -> Reading:
    t = re.sub(r"\b(\d+)(st|nd|rd|th)\b", r"\1", spelled_out(own_men(the_question(NUMBER_OF.sub("number of", tidy(question))))))  # "4th" is the number 4
    # the chat spellings first, so that the rules below, written for "what's" and "who is", read "whats" and "whos" as well
    # ("UA's favour": a short form's possessive, Ukraine's)
    t = re.sub(r"(?<![\w'])([a-z0-9']+?)('s)?(?![\w'])", lambda m: CHAT_SPELLINGS[m.group(1)] + ("'" if CHAT_SPELLINGS[m.group(1)].endswith("s") else "'s") if m.group(2) and m.group(1) in CHAT_SPELLINGS
               else CHAT_SPELLINGS.get(m.group(0), m.group(0)), t)
    t = READ_REWRITES(WISE.sub(r"\1", t))
    t = re.sub(r"\bper ?cent\b|(?<=\d)\s*%", " percent", t).replace("  ", " ")  # ("40%" is 40 percent, not 40 countries)
    t = SPOKEN_DECIMAL.sub(spoken_decimal, t)  # "point eight percent" is 0.8 percent
    t = FRACTION.sub(lambda m: f"{number_word(m.group(1)) / number_word(m.group(2)):g}", share_words(t))  # "one in four" is 0.25
    t = SHORT_SCALE.sub(lambda m: f"{float(m.group(1)) * SCALE[m.group(2)]:.0f}", t)  # "50k" is 50000, "1.2 million" 1200000
    t = re.sub(r"\ba (million|thousand)\b", lambda m: "1000000" if m.group(1) == "million" else "1000", t)  # "over a million"
    tokens = [lex.correct(x) for w in joined(parted(TOKEN.findall(LAST_YEAR.sub(" ", WHOLE_WAR.sub(" ", t))), lex._vocab_set), lex._vocab_set, correct=lex.correct, by_sound=lex.by_sound)
              for x in CHAT_SPELLINGS.get(w, w).split()]
    text = " ".join(tokens)
    concepts: list[set[str]] = []
    used_phrase_words: set[str] = set()
    for phrase, gi in lex.phrases_in(text):
        if phrase in text and phrase_rx(phrase).search(text):
            concepts.append(set(lex.groups[gi]))
            used_phrase_words |= set(phrase.split())
    # "according to the blogger", "as the news report puts it": which article, not what it is about
    attributed = {i for m in ATTRIBUTION.finditer(text) for i in range(len(text[:m.start()].split()), len(text[:m.end()].split()))}
    words = []
    for i, w in enumerate(tokens):
        if i in attributed or w in WRITERS:  # "the blogger", "the author": which article (engine.named_sources), not a topic
            continue
        if w in ORDINALS and i + 1 < len(tokens) and tokens[i + 1] in PERIODS:  # "its fifth year": a count, not a topic
            continue
        if w in STOPWORDS or w[0].isdigit() or w in NUMBER_WORDS or w in used_phrase_words or w in STOP_FORMS:
            continue
        if stem(w) in STOP_STEMS and stem(w) not in lex.by_stem:  # "useful", "showing": a stopword's forms
            continue
        words.append(w)
        concepts.append(lex.expand(stem(w)))
    # the same idea asked twice counts once
    unique: list[set[str]] = []
    for c in concepts:
        if not any(c == u for u in unique):
            unique.append(c)
    return Reading(text=text, words=words, concepts=unique, numbers=numbers_in(t), years=years_in(t),
                   word_of={stem(w): w for w in reversed(words)},
                   last_year=bool(LAST_YEAR.search(t)), all_along=bool(ALL_ALONG.search(t)))
