"""Words said the way Scotland, Ireland and the American South say them, and a final g dropped as it is said, read as
the standard words before anything else reads the question ("WHIT's that number ABOOT", "how mony O' THEM were DEID",
"Y'ALL know how many of 'EM are GIVIN' up"), so that every rule written for standard English reads them too.

No Flask.
"""
from __future__ import annotations

import re

from wordfreq import zipf_frequency

# none of these is a word any fact holds
DIALECT_SPELLINGS = {"o'": "of", "youse": "you", "yous": "you", "ain't": "is not", "aint": "is not",
                     "dinnae": "did not", "didnae": "did not", "dinna": "did not", "cannae": "cannot", "canna": "cannot", "couldnae": "could not",
                     "wouldnae": "would not", "isnae": "is not", "wasnae": "was not", "doesnae": "does not", "willnae": "will not",
                     "havenae": "have not", "hasnae": "has not", "nae": "no", "fixin'": "trying", "fixin": "trying", "gotta": "have to",
                     "lemme": "let me", "gimme": "give me", "whaddya": "what do you", "d'ya": "do you", "d'you": "do you",
                     "doncha": "do you not", "dontcha": "do you not", "outta": "out of", "lotta": "lot of",
                     # Scots
                     "mony": "many", "whit": "what", "aboot": "about", "deid": "dead", "jist": "just", "itsel": "itself", "himsel": "himself", "hersel": "herself",
                     "masel": "myself", "theirsels": "themselves", "thersels": "themselves", "grund": "ground", "tae": "to", "an'": "and",
                     "daein": "doing", "dae": "do", "disnae": "does not", "wirnae": "were not", "shouldnae": "should not", "ain": "own", "ony": "any",
                     "onybody": "anybody", "onything": "anything", "sae": "so", "amang": "among", "ither": "other", "ithers": "others",
                     "aw": "all", "a'": "all", "thegither": "together", "wi'": "with", "frae": "from", "fae": "from", "oot": "out",
                     "hoo": "how", "doon": "down", "mair": "more", "maist": "most", "nane": "none", "naebody": "nobody", "hame": "home",
                     "gie": "give", "gied": "gave", "telt": "told", "wis": "was", "wir": "were", "efter": "after", "auld": "old", "mibbe": "maybe",
                     # the American South
                     "fer": "for", "'em": "them", "y'all": "you", "ya'll": "you", "yall": "you", "ol'": "", "'bout": "about", "'cause": "because",
                     "gonna": "going to", "wanna": "want to", "fellers": "men", "feller": "man",
                     # a question word run together with "are" as it is said ("WHERE'RE most of them taken?")
                     **{f"{w}'re": f"{w} are" for w in ("where", "what", "who", "how", "when", "why", "there", "which")},
                     # British soldiers' own word for a private
                     "squaddies": "ordinary soldiers", "squaddie": "ordinary soldier"}

# "where's it happening at, Y'ALL?", "OL' boys": a word said to or of people, asking nothing
VOCATIVE = re.compile(r",? *\by'?all\b(?= *[?.!]* *$)", re.I)
# Scots "no" before a verb or an adverb is "not" ("NO countin the wounded", "officers an' NO jist squaddies")
NO_AS_NOT = re.compile(r"\bno (?=(?:[a-z]+in[g']?|just|jist|even|really|only|very|quite|sure|that|too) )", re.I)
# "how many Russians had the Ukrainians LIFTED?", "how many lads got LIFTED?": Scots and Irish for arrested, taken, when men are
# lifted (not a ban, sanctions or a siege lifted)
# (only with no object of its own, or the men its object: not "lift men out of poverty", "lifted to the front", "lift troops
# into Kursk", "has the pressure lifted?")
LIFTED = re.compile(r"\blift(?:ed|s)?\b(?=\s*(?:(?:all together|altogether|all told|in all|in total|overall|so far|all|then|now|there) ?)?(?:[?.!,]|$|by\b|in (?:19|20)\d\d\b|in (?:total|all)\b|at\b|near\b|during\b|since\b|around\b|"
                    r"last\b|this\b|so far\b|every\b|each\b|per\b|a (?:day|week|month|year)\b))"
                    r"|\blift(?:ed|s)? (?=(?:the )?(?:soldiers?|troops?|lads?|men|boys|russians?|guys|fellas|them|prisoners|pows)\b"
                    r"(?! (?:out|off|up|into|to|onto|over|across)\b))", re.I)
MEN = re.compile(r"\b(?:soldiers?|troops?|lads?|men|boys|russians?|guys|fellas|them|prisoners|pows)\b", re.I)
LIFTED_THING = re.compile(r"\b(?:ban|bans|sanctions?|restrictions?|siege|blockade|embargo|limits?|weights?|morale|spirits?|curfew|pressure|convictions?|records?|sentences?|charges?|debts?|poverty|bans?)\b", re.I)
# a country's name for its people, as a child or a learner says it: "and how many UKRAINE SOLDIERS?", "RUSSIA TROOPS" (not
# "Ukraine prisoners", which may be the men Ukraine holds)
COUNTRY_AS_PEOPLE = re.compile(r"\b(ukraine|russia)(?= (?:soldiers?|troops?|servicemen|fighters?|side|losses|casualties)\b)", re.I)
# sayings of the South and the North: "(I) HEARD TELL some were …" (heard), "SICK AS A DOG" (very sick), "as sick as a parrot"
SAYINGS = [(re.compile(r"\b(?:i )?heard tell\b", re.I), "i heard"),
           (re.compile(r"\b(sick|ill|poorly|unwell) as (?:a )?(?:dog|dogs|parrot|pig|hell)\b", re.I), r"very \1"),
           # and a voice note's "I" written as the word it sounds like: "the EYE want to leave project", "EYE heard that…"
           (re.compile(r"\beye (?=(?:want|wanted|wants|think|thought|heard|read|need|know|mean|wonder|am|was|have|had)\b)", re.I), "i ")]
_WORD = re.compile(r"(?<![\w'])('?[a-z][a-z']*?)(?=(?:'s)?(?![\w']))", re.I)
# "GIVIN' up", "HAPPENIN' at", "who's doing the COUNTIN": the word with its g, where that is the far commoner word
# ("kremlin", "putin", "begin" stay as they are)
_DROPPED_G = re.compile(r"(?<![\w'])([a-z]{2,}in)('?)(?![\w'])", re.I)


def _with_g(m: re.Match) -> str:
    w = m.group(1).lower()
    gap = zipf_frequency(w + "g", "en") - zipf_frequency(w, "en")
    return w + "g" if gap >= 1.5 and (m.group(2) or len(w) >= 5) else m.group(0)


def standard(question: str) -> str:
    """The question with dialect words and dropped g's read as the standard words."""
    t = VOCATIVE.sub("", question.replace("\u2019", "'"))
    for rx, to in SAYINGS:
        t = rx.sub(to, t)
    t = _WORD.sub(lambda m: DIALECT_SPELLINGS.get(m.group(1).lower(), m.group(1)), t)
    t = COUNTRY_AS_PEOPLE.sub(lambda m: m.group(1)[:-1] + "ian" if m.group(1).lower() == "ukraine" else m.group(1) + "n", t)
    if MEN.search(t) and not LIFTED_THING.search(t):
        t = LIFTED.sub("captured", t)
    return NO_AS_NOT.sub("not ", _DROPPED_G.sub(_with_g, t))
