"""What a question is about: the thing a count counts, the noun after "what/which", the verb a yes/no
question asks, the place a "did Russia take X" names; and whether that subject is a word no fact holds.

No Flask. Used by engine.Bot (subject_unknown, narrow, focus_ideas, counted_ideas).
"""
from __future__ import annotations

import re

from lemminflect import getAllLemmas

from ..facts import Store
from .normalize import STOPWORDS, stem


# the thing a "how many / what share of" question counts: the word right after the frame
COUNTED = re.compile(r"\b(?:how many|how much|number of|percentage of|percent of|share of|proportion of)"
                     r"(?: the| them| those| these| all)? ([a-z][a-z'-]+)")


# the noun phrase a count question counts: up to three words after the frame, cut at a verb or preposition
COUNTED_NP = re.compile(r"\b(?:how many|how much|number of|percentage of|percent of|share of|proportion of|fraction of)"
                        r"(?: of)?(?: the| them| those| these| all)? ((?:[a-z][a-z'-]* ?){1,3})")
# "how many (of them) were GENERALS?", "what share are women?": and what is counted said after the verb instead, as a plural noun
COUNTED_AFTER = re.compile(r"\b(?:how many|what (?:share|percentage|proportion|fraction))(?: of (?:them|those|these|the prisoners|the captured))?"
                           r" (?:were|are|was|is) ([a-z]+)(?: or ([a-z]+))?\W*$")
NP_END = set("""are were is was be been being have has had do does did got get gets came come comes went go in from
among per each every that who which whom to on at by with since during the a an of as into out than or and
turn turns turned arrive arrives arrived show shows showed appear appears appeared end ends ended""".split())  # (verbs of arriving: "how many mercs TURN up")


def could_be_a_subject(idea: set[str], words: list[str]) -> bool:
    """Whether a word no fact holds could be what a question is about: a noun, or a word no English
    dictionary knows (a name, slang); a verb, adjective or adverb only ("encourage", "reliable") is not."""
    for w in words:
        if stem(w) in idea:
            pos = getAllLemmas(w)
            return not pos or "NOUN" in pos or "PROPN" in pos
    return True


# "why would a soldier RISK surrendering", "why do they DARE to give up": a verb of willing before the act asked about
# says how the question sees the act, not what it is about (a verb that turns it round, "refuse to", is not one)
WILLING = re.compile(r"\b(risk|risks|risked|risking|dare|dares|dared|choose|chooses|chose|decide|decides|decided|opt|opts|opted|"
                     r"bother|bothers|bothered|prefer|prefers|preferred|want|wants|wanted|try|tries|tried|attempt|attempts|"
                     r"attempted|wish|wishes|wished)(?: to (?!li[vf])\w+| \w+ing)\b")  # "I Want to Live" (how ever spelt) is a name


def willing_verb(idea: set[str], text: str) -> bool:
    """Whether an idea is a verb of willing that comes before the act a why/how question asks about."""
    return any(stem(m.group(1)) in idea for m in WILLING.finditer(text))


def place_names(store: Store) -> set[str]:
    """The capitalised words of the facts on geography (not a sentence's first word, not a common word)."""
    names = set()
    for f in store.facts.values():
        if "geography" in f.topics:
            for m in re.finditer(r"(?<![.!?] )(?<!^)\b([A-Z][a-z]{3,})\b", f.statement):
                w = m.group(1).lower()
                if w not in STOPWORDS and not w.endswith("'s"):
                    names.add(w)
    return names


def places_taken(store: Store) -> re.Pattern:
    """"Did Russia take Bakhmut": a place taken, where the articles report soldiers taken."""
    alts = "|".join(sorted(place_names(store))) or "(?!)"
    return re.compile(rf"\b(take|took|taken|taking|capture|captured|capturing|seize|seized|occupy|occupied|conquer\w*|"
                      rf"win|won|lose|lost|fall|fell) (the (city|town|region) of )?({alts})\b")


# the words right after what a count counts: its verb ("how many prisoners ESCAPED", "how many were EXECUTED")
COUNTED_VERB = re.compile(r"\b(?:how many|how much|number of)(?: of)?(?: the| them| those| these| all)?(?: [a-z'-]+){0,3}? (?:(?:were|was|have|has|had|been|got|get|did) )*([a-z'-]+)")


# "how much territory did Ukraine WIN back": the verb after the question's own subject
ASKED_VERB = re.compile(r"\b(?:how many|how much|number of)\b[^?]*?\b(?:did|does|do|have|has|had) (?:the )?[a-z']+ ([a-z'-]+)")


def counted_verbs(text: str) -> list[str]:
    return [m.group(1) for rx in (COUNTED_VERB, ASKED_VERB) for m in rx.finditer(text)] + [w for m in COUNTED_NP.finditer(text) for w in m.group(1).split()]


def is_verb(idea: set[str], words: list[str]) -> bool:
    """Whether the word behind an idea can be a verb that picks out what is counted ("how many prisoners
    ESCAPED"); a verb of change ("rise", "fall") says how a figure moved, not what it counts."""
    return any((stem(w) in idea or f"~{w}" in {e.split()[0] for e in idea})  # or a phrase it starts ("WIN back")
               and "VERB" in getAllLemmas(w) and not CHANGE.match(w) for w in words)


# a count of people or things ("how many … escaped"), not an amount ("how much did it rise")
COUNT_OF = re.compile(r"\bhow many\b|\bhow much\b|\bnumber of\b")
CHANGE = re.compile(r"(rise|rose|risen|grow|grew|grown|increas|climb|fall|fell|fallen|drop|declin|decreas|shr[ui]nk|jump|soar|go up|went up)")


# "Syrskii's boss", "the headquarters' budget": the thing owned is what is asked about (not "Putin's ATTEMPTS to fix
# things": an effort, whose aim after it is the thing asked about)
OWNED = re.compile(r"\b(?!(?:somebody|someone|anybody|anyone|everyone|writer|author|blogger|journalist|reporter|parent|colleague|son|daughter"
                   r"|teacher|student|pupil|friend|reader|ukraine|russia|kyiv|moscow)(?:'s|s'))[a-z]+(?:'s|s') ([a-z][a-z-]+)\b(?! [a-z]+(?:'s|s')? (?:opinion|view|say)| to \w+ )")
# "who is the head of…", "what is the name of…": the first noun is the thing asked about
HEAD_OF = re.compile(r"^(?:and |so )?(?:who|what) (?:is|was|are|were) (?:the ([a-z-]+)|in (charge)) of\b|^(?:the )?(names?) of (?:a|an|the|any|one|some)\b")
# "when was the biggest prisoner swap": the last word of what is dated
WHEN_WAS = re.compile(r"^(?:when|(?:in )?(?:what|which) year) (?:is|was|were|did) the (?:[a-z-]+ ){0,4}?([a-z-]+)(?: (?:happen|take place|occur|start|begin|end)\w*)?(?:[?,.]|$)")
# "where are the prisoners held": a place of detention, which no fact gives
HELD_WHERE = re.compile(r"\b(?:where|(?:what|which) (?:city|cities|towns?|places?|prisons?|camps?|facilit(?:y|ies)|jails?))\b.*\b(are|is)\b"
                        r".*\b(held|kept|housed|detained|imprisoned|locked up)\b"  # ("what city are they kept in?", "which prisons HOLD them?")
                        r"|\b(?:what|which) (?:prisons?|camps?|jails?|facilit(?:y|ies)) (?:hold|holds|held|keep|keeps|kept|house|houses|housed)\b"
                        # "where do they send them AFTER CAPTURE, which city?": where prisoners are taken once held
                        r"|\b(?:where|(?:what|which) (?:city|cities|towns?|places?|prisons?|camps?))\b.*\b(?:send|sent|take|taken|bring|brought|put)\b"
                        r".*\b(?:after|once) (?:their |the )?(?:capture|captured|caught|surrender|surrendering|they surrender)\b")
# "when was the project set up?", "when was the hotline launched?": a founding, which only a fact saying when something was
# set up answers (not the invasion's date); and "how far is Kursk from Kyiv?": a distance, which no fact gives
FOUNDED = re.compile(r"\b(?:set up|founded|launched|created|established|start(?:ed|s)? up)\b")
DISTANCE = re.compile(r"\bhow far (?:away )?(?:is|are|was|were) (?!(?:the )?(?:russian |russia's )?(?:advance|advances|gains?)\b)[a-z' ]{1,40}? from\b"
                      r"|\bhow far away\b|\bdistance (?:from|to|between)\b")
# "did any die in captivity?", "have prisoners died while in Ukrainian custody?": deaths in detention, which no fact reports
DIED_HELD = re.compile(r"\b(?:die|died|dies|dying|dead|killed|death|deaths)\b.{0,40}?\b(?:(?:in|while in|during|inside) (?:\w+ )?"
                       r"(?:captivity|custody|detention|prisons?|camps?)|(?:while|when) (?:they were |being |held as )?(?:prisoners|pows|held|captives))\b")
# "how many officers, as an actual number": a count, which a share does not give
ABSOLUTE = re.compile(r"\b(actual|exact|absolute|real|precise) (number|count|figure)|\bas a number\b|\bin absolute terms\b|\bheadcount\b"
                      r"|\btotal (?:number|count) of\b"  # ("the total number of foreign fighters captured": a count, not their share)
                      r"|\b(exactly|precisely)\W*$")
# "the average age", "the median": a statistic only a fact that gives one answers
AVERAGE = re.compile(r"\b(?:average|median|the mean)(?: (?!week)([a-z]+))?")
# "which countries…": a list asked for
LIST_NOUN = re.compile(r"\b(?:which|what|list(?: of)?|names? of|name) (?:the )?(?:(?:top|first|main) )?(?:(?:\d+|[a-z]+ty|[a-z]+teen|ten|hundred|three|four|five|six|seven|eight|nine) )?(?!ages?\b)([a-z]+)\b(?! of)")
# "does either piece NAME THE COUNTRIES?", "the NAMES OF the countries", "COUNTRY LIST": the members asked for by name, in a
# question of any type (a count of them names none)
# ("name THE 40 countries": the count said again, asking for its members)
NAMES_LIST = re.compile(r"\b(?:name|list|names of|list of)(?: all| every| each)? (?:the |its |their |those |these )?(?:(?:top|first|main) (?:\d+|[a-z]+) |\d+ )?([a-z]+s)\b"
                        r"|^(?:and |so |ok )?(?:a |the )?([a-z]+) (?:list|names)\W*$"
                        # a flashcard's "top 3 countries of origin = ?": the members asked for, ranked
                        r"|\btop (?:\d+|three|five|ten) ([a-z]+s)\b")
WEEK = re.compile(r"\bweek")
CHECK = re.compile(r"^(is it (true|right|correct)|true or false|was|were|did)\b")
# question types that ask for a way, reason or view: a verb or adjective no fact holds is how they ask, not what
WAY_TYPES = {"why", "how", "who", "what_is", "opinion", "agree", "source", "where", "when"}


def owned_word_unknown(text: str, unknown: list[set[str]]) -> bool:
    return any(stem(m.group(1)) in c for m in OWNED.finditer(text) for c in unknown)


# "what MEDALS do they get", "which PUNISHMENT do they face": the noun after what/which is the thing asked for
HEAD = re.compile(r"^(?:(?:in|at|from|to|for|with) )?(?:what|which) (?:(?:kinds?|types?|sorts?) of )?([a-z][a-z-]+)(?: (?:or|and) [a-z-]+)? (?:do|does|did|is|are|was|were|can|could|will|would|have|has|had)\b"
                  # "which ministry runs it?", "what agency (in Kyiv) counted them?": the which-noun is the doer asked about
                  r"|^(?:and |so |ok )?(?:what|which) ([a-z][a-z-]+) (?:(?:in|inside|from|near) (?:the )?[a-z]+ )?(?!(?:is|was|has|does|says)\b)(?:[a-z]{2,}(?:s|ed)|ran|led|set|made|gave|took|kept|put)\b(?! (?:of|to)\b)")


# "did the HIV ones get MEDICINE?", "were they given FOOD?": what a yes/no question asks they received
GIVEN_WHAT = re.compile(r"^(?:do|does|did|are|is|were|was|can|could|will|would)\b[^?]*?\b(?:get|gets|got|getting|given|receive|receives|received|"
                        r"offered|provided with|allowed)\s+(?!(?:round|around|away|back|home|up|down|out|off|into|to|through|over|past|in|on|rid|used|worse|better|smaller|bigger|larger|"
                        r"less|fewer|more|lower|higher|longer|shorter|older|younger|faster|slower|harder|easier|stronger|weaker)\b)"
                        r"(?:any |some |a |an |the |proper |enough |good |decent |free )?([a-z]+)")
# "does Russia PUNISH…", "can the prisoners CHOOSE…": the verb a yes/no question asks about
YES_NO_VERB = re.compile(r"^(?:does|do|did|can|could|will|would|has|have) (?:the |its |their |a |any )?(?:[a-z']+ ){1,2}?([a-z]+)\b")
# "are returned prisoners PUNISHED?", "do they get TORTURED in custody?": the same asked in the passive, a participle ending
# the question or followed by where, by whom or why
PASSIVE_ASKED = re.compile(r"^(?:are|is|were|was|do|does|did|will|would|can|could)\b[^?]*?\b([a-z]+(?:ed|en))"
                           r"(?=(?: (?:in|by|for|to|when|after|if|once|on|at|because|afterwards|later|there|back home)\b|\W*$))")

# "is a precise FIGURE offered for them?", "was any number given?": a figure's being given, no deed done to the men
FIGURE_PASSIVE = re.compile(r"^(?:is|are|was|were) (?:there )?(?:an? |the |any |some )?(?:[a-z]+ )?(?:figure|number|count|total|tally|estimate|"
                            r"breakdown|data|statistic|stat)s? (?:\w+ )?(?:offered|given|provided|supplied|put|cited|shared|presented)\b(?! by\b)")  # (not "… shared BY the Kremlin?": whose it is)


# "what drones does Russia use", "which weapons do they have": kinds of equipment, which no fact lists (not the project's
# means of reaching men, "what comms / channels / apps does the hotline use?", which a fact names; other users' apps stay)
KINDS_USED = re.compile(r"^(?:what|which) (?:(?:kinds?|types?|sorts?|makes?|models?) of )?(?!(?:channels?|apps?|messengers?|messaging|platforms?|chatbots?|means|methods|ways|lines|tools)\b(?=.*\b(?:hotline|project|i want to live|programme|initiative)\b))[a-z-]+(?: (?:and|or) [a-z-]+)? (?:do|does|did|are|is) (?:the )?"
                        r"[a-z']+(?: [a-z']+){0,2}? (?:use|uses|used|using|fly|flying|deploy|deploying|operate|buy|bought|build|field)"
                        r"(?: (?:at|on|in|against) (?:the )?[a-z]+(?: [a-z]+)?)?\W*$")
# a count of those held now ("how many are STILL held", "is Ukraine holding TODAY"): the articles count captures, not who remains
HELD_NOW = re.compile(r"\b(still|today|now|currently|current|at the moment|at present|right now)\b.*\b(held|holding|hold|in (?:\w+ )?captivity|in (?:\w+ )?custody|imprisoned)\b"
                      r"|\b(held|holding|hold|in (?:\w+ )?captivity|in (?:\w+ )?custody|imprisoned)\b.*\b(still|today|now|currently|at the moment|at present|right now)\b")
# "just the dead, NOT THE WOUNDED", "excluding officers": what the visitor leaves out, which a fact that counts it in does not answer
EXCLUDED = re.compile(r"\b(?:only|just)\b.*\bnot (?:the |counting |including |any )?([a-z]{4,})\b"
                      r"|\b(?:excluding|except for|leaving out|not counting) (?:the |any )?([a-z]{4,})\b"
                      # "how many are dead AND HOW MANY (just) WOUNDED": the split, which a fact counting both as one does not give
                      r"|\bhow many\b[^?]*?\b(?:dead|killed|died)\b[^?]*?\band how many (?:(?:are|were|just|actually|only|of them) )*([a-z]{4,})\b")
# a word left out and the words that say the same ("not the wounded": a fact on those "injured" counts them in;
# the lexicon's casualty group joins killed and wounded, so it cannot tell them apart)
KIN = {"wound": "wound|injur|hurt|casualt", "injur": "wound|injur|hurt|casualt", "hurt": "wound|injur|hurt|casualt", "kill": "kill|die|dead|death|casualt",
       "dead": "kill|die|dead|death|casualt",
       "die": "kill|die|dead|death|casualt", "death": "kill|die|dead|death|casualt"}


def left_out_rx(word: str) -> re.Pattern:
    root = stem(word)
    return re.compile(rf"\b({KIN.get(root, re.escape(root))})\w*")


# what the articles never give: a prisoner's own name, a distance ("how far into Kursk"), the day someone said a thing
# ("on what date did Syrskii say that?": the facts give what was said and the period it is of, not when it was said; when
# an article said it is the article's date, which its source card gives)
NEVER_GIVEN = re.compile(r"\bnames? of (?:a|an|any|one|some|the|those|these|their|his|her)? ?(?:russian |ukrainian |captured |foreign )?"
                         r"(?:soldier|prisoner|pow|man|men|person|recruit|fighter|defector|mercenary|conscript|analyst|expert|"
                         r"general|officer|colonel|commander|major|captain|lieutenant|sergeant|nco)s?\b"  # ("names of generals captured")
                         r"|\b(?:soldier|prisoner|pow|recruit|fighter|defector|mercenar|conscript|analyst|expert)\w*'?s? (?:real |full )?names?\b|\bhow (?:far|deep) (?:into|inside)\b"
                         r"|\b(?:when|(?:what|which) (?:date|day))\b[^?]*?\b(?:did|was|were|has|have|had) (?!(?:the |this |that |each |either )?"
                         r"(?:news|blog|report|article|post|piece|story|writer|author|blogger)s?\b)(?:[a-z'.-]+ ){1,4}?(?:say|said|announce|announced|"
                         r"claim|claimed|state|stated)\b"
                         # "what's the most times someone got caught?", "how many times has one soldier been captured?": one man's
                         # captures counted, which no article gives
                         r"|\b(?:the most|how many|most) times (?:has |have |did |was |were |had )?(?:someone|somebody|anyone|anybody|"
                         r"(?:one|a|the same|any|a single) (?:man|soldier|guy|person|prisoner|pow))\b"
                         # "is there a published list of the prisoners?": a list or register of them, which no article gives
                         r"|\b(?:list|lists|register|registry|database|directory|roll) of (?:the |all |captured |russian )?(?:prisoners|pows|"
                         r"captives|captured|names|men|soldiers)\b(?!')"
                         # "has the project published how it counts?", "…its methodology?": how a count is made, which no article says
                         r"|\b(?:publish\w*|release\w*|disclos\w*|explain\w*|share[sd]?) (?:its |their |the )?(?:methods?|methodology|"
                         r"how (?:it|they) (?:counts?|counted|calculates?|calculated|verif\w+|checks?|checked))\b|\bmethodology\b"
                         # "does the report quote any prisoner BY NAME?": a named man, which no article gives
                         r"|\b(?:prisoners?|pows?|soldiers?|captives?|men|defectors?) by name\b"
                         # "which towns did they take?": the places taken, which no fact names (the land taken is an area)
                         r"|\b(?:which|what) (?:towns|cities|villages|places|settlements)(?: (?:(?:did|have|has) )?(?:they|russia|the russians|"
                         r"russian (?:forces|troops)|the russian army))? (?:take|taken|took|capture|captured|seize|seized|occupy|occupied)\b"
                         # "how does the General Staff arrive at that figure?": how a body makes its count, which no article says (or "how does the
                         # project VERIFY the numbers?": how it checks them, which no article says either)
                         r"|\bhow (?:does|do|did) (?:the general staff|the project|the headquarters|the coordination headquarters|ukraine|kyiv|they|he|"
                         r"the (?:blog|blogger|author|news report|report|army)) (?:actually |really )?(?:arrive at|come up with|calculate|work out|"
                         r"compile|estimate|count|get|verify|check|confirm|validate|fact-?check|double-?check|cross-?check|corroborate) (?:that|this|the|its|their|those|these) (?:figures?|numbers?|estimates?|counts?|totals?)\b"
                         # "is it safe there at the moment?": how safe a place is, which no fact says (not whether surrendering is safe)
                         r"|\b(?:is|was) (?:it|the area|that area|the place|that place|the region|that region|the front) (?:still )?"
                         r"(?:safe|dangerous|calm|quiet) (?:there|here|now|at the moment|to (?:go|travel|visit|live)|for (?:civilians|people|visitors))"
                         # "who is paying for this blog?", "who owns the site that ran the report?": an outlet's owner or funder
                         r"|\bwho (?:is |are )?(?:pays?|paying|paid|owns|owned|funds|funded|finances|financed|sponsors|bankrolls) (?:for )?(?:the |this |that |these )?"
                         r"(?:blog|site|website|newspaper|outlet|paper|publication|article|news report|post)s?\b"
                         # "how many Russian soldiers are serving in Ukraine altogether?": the size of the force, which no article gives
                         r"|\bhow many (?:russian )?(?:soldiers|troops|servicemen) (?:are|were) (?:now |still |currently )?(?:serving|fighting|deployed|stationed)\b(?! (?:on|under) contracts?)"
                         # "AFU force size committed to the Kursk op?", "troop strength?": the same, in a staff officer's words
                         r"|\b(?:force|troop|army) (?:size|strength|levels?)\b|\bsize of the (?:force|forces|army|armies|contingent)\b"
                         # "how often can prisoners call home?": how often anything is allowed or done in captivity (the weekly counts are surrenders)
                         r"|\bhow (?:often|many times|frequently)\b[^?]*\b(?:call|phone|ring|write|contact|talk to|speak to|visit|visited|eat|fed|shower)\b"
                         # "is a man who surrendered punished once he is back?": a punishment, trial or jail term, which no fact reports
                         r"|\b(?:punish\w*|prosecut\w*|court[- ]?martial\w*|put on trial|jailed|(?:thrown|put|locked) (?:in|into) (?:jail|prison))")


# "where do they keep them, like WHICH CAMPS?": a which-noun added at the end names the thing asked for just the same
# (a "which", not "on what basis", "in what way": a question's frame)
TAIL_HEAD = re.compile(r"(?<=[a-z] )(?:like |i mean |as in |say |or )?which (?:(?:kinds?|types?|sorts?) of )?([a-z][a-z-]+)$")


def head_word_unknown(text: str, unknown: list[set[str]]) -> bool:
    return any(stem(m.group(m.lastindex)) in c for rx in (HEAD, TAIL_HEAD) for m in rx.finditer(text) for c in unknown)


# "what percentage of the prisoners had been to UNIVERSITY": what a share is a share of having or being
SHARE_PREDICATE = re.compile(r"\b(?:share|percentage|proportion|fraction|percent|how many) of (?:the |them |those |all )?(?:[a-z'-]+ ){0,3}?"
                             r"(?:had|have|has|were|was|are|is)(?: been| ever)?(?: to| in| at| on| through)?(?: a| an| the| any)? ([a-z-]+)")


def predicate_word_unknown(text: str, unknown: list[set[str]]) -> bool:
    return any(stem(m.group(1)) in c for m in SHARE_PREDICATE.finditer(text) for c in unknown)


# "captured in KHARKIV region", "the ODESA oblast": a place the question asks about
PLACE = re.compile(r"\b(?!(?:which|what|the|a|an|that|this|each|every|any|one)\b)([a-z]+)(?:'s)? (?:region|oblast|province|district|city|town|sector|direction)\b"
                   # "which area OF KHERSON…", "what zone of Kherson": the place named after its part
                   r"|\b(?:regions?|oblasts?|provinces?|districts?|areas?|parts?|zones?|sectors?|sections?) of (?:the )?([a-z]+)\b")


def place_word_unknown(text: str, unknown: list[set[str]]) -> bool:
    """Whether a place the question names is a word no fact mentions (no neighbouring place answers for it)."""
    if re.search(r"\bmost\b", text):  # "were MOST captured in the Kherson region?": where most were answers it
        return False
    return any(stem(m.group(m.lastindex)) in c for m in PLACE.finditer(text) for c in unknown)


# "did MOST of them surrender IN CRIMEA?", "were most captured near Kharkiv?": a place no fact names, asked as where most were
MOST_AT = re.compile(r"\bmost\b.*\b(?:in|near|around|at) (?:the )?([a-z'-]+)(?= (?:region|oblast|province|area)\b|\W*$|,| or\b)")


def most_at_unknown(text: str, unknown: list[set[str]]) -> list[set[str]]:
    """The unknown ideas that are only the place where most are said to have been; where most were answers for them."""
    places = {stem(m.group(1).removesuffix("'s")) for m in MOST_AT.finditer(text)}
    return [c for c in unknown if c & places]


def counted_word_unknown(text: str, unknown: list[set[str]]) -> bool:
    """Whether the thing counted ("how many tanks") is a word no fact mentions."""
    return any(stem(m.group(1)) in c for m in COUNTED.finditer(text) for c in unknown)




# "does UKRAINE pay…", "did the Kremlin punish…": the side a yes/no question names as the one acting. A fact
# that names that side nowhere answers a different question ("Putin tried higher pay", "foreigners drawn in
# by promises of money" are no Ukrainian payment); a figure Sourced computes from another fact names no one
ACTOR = re.compile(r"^(?:does|do|did|can|could|will|would|has|have) (?:the )?"
                   r"(ukraine|ukrainians|kyiv|russia|moscow|kremlin|putin|project|i want to live)\b(?!'s)"  # (the project is Ukraine's)
                   # or Ukraine's deed in a claim checked ("is it true (I heard) Ukraine pays…?", "is Kyiv paying…?"): a fact on what
                   # the Kremlin does (which goes without naming Russia) is no Ukrainian payment
                   r"|^(?:is it true (?:that )?(?:(?:i )?(?:heard|read) (?:that )?)?(?:the )?(?=\w+ (?:(?:is|are|was|were|has|have|had) )?\w+(?:s|ed|ing)\b)"
                   r"|(?:is|are|was|were) (?:the )?(?=\w+ \w+ing\b))(ukraine|ukrainians|kyiv)\b(?!'s)"
                   # or the passive's agent: "are soldiers who surrender given money BY UKRAINE?"
                   r"|^(?:is|are|was|were|do|does|did) .* by (?:the )?(ukraine|kyiv|russia|moscow|kremlin|putin)(?: for \w+(?: \w+)?)?\W*$"
                   # "how much money does UKRAINE pay a russian to switch sides?": a payer named
                   r"|^(?:how much|how much money|what) (?:does|do|did|will|would) (?:the )?(ukraine|kyiv|russia|moscow|kremlin|putin)\b(?!'s) "
                   r"(?:pay|give|offer|spend)\b")
SWAPPED = re.compile(r"\b(?:swap\w*|exchang\w*|trade[ds]?|trading)\b")
SIDE_NAMED = {"ukraine": re.compile(r"\b(ukrain\w*|kyiv\w*|i want to live|the project)"), "russia": re.compile(r"\b(russia\w*|kremlin|moscow|putin\w*)")}


def side_not_named(text: str, fact, swaps_both: bool = False) -> bool:
    """Whether a yes/no question names one side as acting and the fact names that side nowhere; with `swaps_both`, an
    exchange fact asked of in swaps names both ("does Ukraine send them back in swaps…": an exchange has two sides)."""
    m = ACTOR.match(text)
    if not m or any(g.derived for g in fact.figures):
        return False
    if swaps_both and "exchanges" in fact.topics and SWAPPED.search(text):
        return False
    asked = "ukraine" if next(g for g in m.groups() if g) in ("ukraine", "ukrainians", "kyiv", "project", "i want to live") else "russia"
    return not SIDE_NAMED[asked].search(f"{fact.statement} {fact.claimant}".lower())


# follow-ups that point at the last answer's place ("how many THERE?") or person ("how old is HE?")
THERE = re.compile(r"\bthere\b")
PERSON = re.compile(r"\b(he|him|his|she|her)\b")
# "how many in 2025 ALONE": one year's figure, which a total "by the end of 2025" does not give
ALONE = re.compile(r"\b(?:in|during) (?:19|20)\d\d alone\b|\b(?:just|only) (?:in|during) (?:19|20)\d\d\b")
BY_THEN = re.compile(r"\b(by (the end of )?(19|20)\d\d|since)\b")


def surname(claimant: str) -> str | None:
    """The last capitalised name in a claimant ("Kyiv's army chief Oleksandr Syrskii" -> "Syrskii"); a quoted name is a
    title, no person's ('the "I Want to Live" project': "he" after its figures is not "Live")."""
    names = [w for w in re.findall(r"\b[A-Z][a-z]+\b", re.sub(r"\(.*?\)|\"[^\"]*\"", "", claimant)) if w.lower() not in STOPWORDS]
    return names[-1] if len(names) >= 2 else None


# "WHO made them wear the armbands?", "who SENT them untrained?": the one who did it. A fact that says it was done, in
# the passive with no "by", names no one ("were made to wear", "are discovered every week")
WHO_DID = re.compile(r"^(?:and |so |but )?who (?:really |actually |exactly |first )?(?:did |has |had )?([a-z]+)\b")
NOT_A_DEED = {"is", "are", "was", "were", "be", "been", "says", "said", "say", "claims", "claimed", "reports", "reported", "does",
              "do", "did", "has", "have", "had", "will", "would", "can", "could", "should", "else", "exactly"}
# "who PRODUCED the 1,213,460 casualty estimate?", "who compiled the breakdown?": a figure's maker is its source, not a deed
MADE_FIGURE = re.compile(r"^(?:and |so |but )?who (?:really |actually |first )?(?:produced|compiled|published|issued|released|estimated|"
                         r"calculated|computed|tallied|put out|puts out) (?:the |that |this |those |these )?(?:[\w-]+ ){0,5}?"
                         r"(?:estimates?|figures?|numbers?|counts?|totals?|data|breakdown|statistics|stats)\b")
# the verb of the forms stems.stem leaves as they are: participles in -n and past forms that are also nouns or adjectives
# (stem reads "made", "sent", "caught" as make, send, catch already)
IRREGULAR = {"taken": "take", "given": "give", "chosen": "choose", "drawn": "draw", "thrown": "throw", "found": "find",
             "left": "leave"}
PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:(?:\w+ly|not|also|then|often|soon|even|first)\s+)*"
                     r"([a-z]+)(?: (?:or|and) ([a-z]+))?")


def deed_asked(text: str) -> str | None:
    """The deed a "who did it" question asks the doer of ("who MEDIATES the swaps?"), as a stem; None for "who is / says"."""
    m = WHO_DID.match(text)
    return lemma(m.group(1)) if m and m.group(1) not in NOT_A_DEED and not MADE_FIGURE.match(text) else None


def lemma(w: str) -> str:
    return stem(IRREGULAR.get(w, w))


def doer_unnamed(text: str, statement: str) -> bool:
    """Whether a "who did it" question asks for the doer of a deed the fact states only in the passive, with no agent."""
    m = WHO_DID.match(text)
    if not m or m.group(1) in NOT_A_DEED:
        return False
    deed, said = lemma(m.group(1)), statement.lower()
    passive = [p for p in PASSIVE.finditer(said) if deed in (lemma(p.group(1)), lemma(p.group(2) or ""))]
    active = [w for w in re.findall(r"[a-z]+", said) if lemma(w) == deed]
    return bool(passive) and len(active) == len(passive) \
        and not any(re.search(r"\bby\b", re.split(r"[.;:]", said[p.end():], maxsplit=1)[0]) for p in passive)
