"""Reading a visitor's question: tidy text, numbers in any spelling, spelling slips, synonyms.

No Flask, no network. Everything here is deterministic and explainable: a token is either a word
of the store's vocabulary, corrected to the closest one (rapidfuzz, ratio ≥ 80), or left alone.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass, field

import Stemmer  # PyStemmer: the Snowball English stemmer in C (the stop words' stems)
from rapidfuzz import process
from rapidfuzz.distance import OSA

from ..numbers import NUMBER_WORDS, ORDINALS, _words_value
from .dictation import joined, parted, spelled_out
from .causes import READ_REWRITES  # sounds_like's and causes' rewrites
from .leadins import FOR_A_CHILD, LEAD_IN
from .courtesy import without_courtesies
from .asides import ADDITIVE, AFTERTHOUGHT, CIRCULATING, INTERJECTION, OPEN_LIST, REMARK_AFTER, VIEW_ASIDE, WH_EVEN, WHO_TOLD, after_set_up, REMINDED, GUESSED
from .stems import stem  # noqa: F401  (the stem of a word: stems.py; imported from here by the bot's modules)
from .weights import is_english

QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "–": "-", "—": "-", "#": " number "})

# Words that carry no topic: question words, fillers, and words true of nearly every fact here.
STOPWORDS = set("""
a an the of to in on at by for from with and or but not no is are was were be been being do does did us
done has have had having it its this that these those there their they them he she his her i me my we
our you your what which who whom whose when where why how many much more most less than then so as
about according article articles report reports reported say says said tell me please can could would
should will any some all each every per also just only very really still yet out up down into over
ever give gives given show shows number numbers figure figures total amount count counted tally tallies stock data dataset datasets stat stats statistic statistics get got
know known source sources claim claims claimed percent percentage share proportion fraction rate
russian russians russia ukraine ukrainian ukrainians soldier soldiers troops troop men man people russkies russkis ruskies
army military war side ukraine's russia's kyiv moscow putin's did does happen happened
ignore previous instructions instruction rules rule pretend system prompt assistant forget now say
take took taken takes make made go went gone come came put like think know tell told there's what's
far ever overall altogether cumulative cumulatively true false correct right former offered offer follow seen see look looks manner
going big large massive huge enormous size fight fighting lot lots whole use used uses using reach another lad lads boy boys bloke blokes chap chaps fella fellas fellow fellows
near nearly around roughly approximately almost actually exactly basically currently generally anyway
something anything everything someone anyone everyone somebody anybody everybody thing things stuff kind sort guys exist exists frontline extent present presents presented principal driver drivers significance significant attach attaches attached absolute deliberately deliberate forward disproportionately socially sense contend contends customary relationship inverted invert inverts broader broad inference infer inferences regards regarded assertion assert asserts substantiated substantiate allegation allegations chronological lend lends support supports body evidence established establish portray portrays depict depicts characterise characterize frame frames framing emphasise emphasize stress stresses suggest suggests imply implies indicate indicates posit argue argues argued primarily chiefly degree consider considers considered factor factors role roles
forces force behind between since past previously mention mentions mentioned refer refers referred referring
blog blogs blogpost news newspaper such comes coming often frequently after once ones
during manage managed manages managing able kinds sorts types central main
verified verify vouch vouches vouched vouching independently independent neutral impartial party parties reliable reliability attributed attribute calculated calculate accurate
accuracy trustworthy confirmed confirm officially credible
among amongst within without through across against toward towards upon via reason reasons motive motives
if whether unless though although nor plus post posts approach approaches period periods timeframe
hedge hedged hedges hedging cover covers covered covering include includes including included bigger larger smaller invaders invader occupiers occupier personnel
yo lol lmao omg bro dude guys guy tho rn idk btw chilling chillin supposedly allegedly apparently funny huh fr ngl ok okay um umm uh hmm alright yeah yep oh nah mate hey gonna wanna kinda sorta literally honestly tbh practice practise gg skull skulls bruh fam sheer precise even
compare compared comparing comparison contrast versus vs way ways i'm i've i'd i'll piece pieces write-up write-ups writeup writeups conflict trust trusted believable they've we've you've list phrasing phrased date dates confused confusing majority mostly largely isn't aren't wasn't weren't don't doesn't didn't can't won't haven't hasn't lowkey highkey deadass fr ngl tho thru mainly broadly anywhere somewhere everywhere nowhere servicemen serviceman servicemembers page pages module modules lesson lessons alone instead same agree agrees disagree match matches matching consistent inconsistent differ differently both each either second outlet happen happens happening consequence consequences fate thing situation bit wondering wonder curious interested explain detail details straight good switch switching
they're we're you're he's she's it's that's here's let's they'd we'd you'd he'd she'd they'll we'll you'll he'll she'll it'll
couldn't wouldn't shouldn't hadn't ie eg fact facts factual widespread prevalent rife here himself herself myself yourself yourselves ourselves itself slice slices chunk chunks portion portions passage passages section sections
""".split())

# the stems of the longer stopwords: their other forms carry no topic either ("useful", "reporting")
# (not those that name someone or something: "officials", "generals", "interests", "systems")
STOP_STEMS = {Stemmer.Stemmer("english").stemWord(w) for w in STOPWORDS if len(w) > 3 and w.isalpha()} \
    - {"offici", "general", "right", "interest", "system", "central", "main", "offer", "motiv"}

# other forms of the stopword verbs ("makes", "wants"): checked by word, not stem, so content words
# that share a stem with a stopword stay
STOP_FORMS = {f + s for f in ("make", "happen", "think", "tell", "know", "see", "look", "want", "mean", "need", "try")
              for s in ("s", "ing")} | {"mean", "making", "meant", "tried", "wanted", "needed", "meaning", "means",
                                                     "getting", "gets", "work", "works", "working", "worked"}

# "since the war began", "so far", "in total": the whole span the articles cover, not a topic
WHOLE_WAR = re.compile(r"\bsince the (full[- ]scale )?(war|invasion|fighting) (started|began|start|begun)\b"
                       r"|\bsince the (start|beginning|outbreak) of the (full[- ]scale )?(war|invasion|fighting)\b"
                       r"|\b(throughout|over the course of|during|in) the (whole |entire )?war\b|\b(for|over|across) the (whole|entire) war\b"
                       r"|\b(so far|to date|in total|all together|in terms of|these days|nowadays|at the moment|right now|at present|currently|now"
                       r"|when it comes to|with regard to|as regards|as for|in the first place|broadly speaking|generally speaking|more or less|in particular|if the (news )?(report|article|blog|piece|post) is to be believed"
                       r"|to be believed|to be fair|to be honest|as far as i know|in return|as a result(?! of)|as a consequence(?! of)|in the same breath|in plain terms|in simple terms"
                       r"|in plain english|put simply|for my (class|lesson|students|pupils|worksheet|homework|essay|project|group)|for the (map )?(exercise|worksheet|lesson|quiz))\b")

# "in total", "altogether", "since the war began": the whole war, which a figure for one year does not answer
ALL_ALONG = re.compile(r"\b(in total|altogether|all together|overall|since the (full[- ]scale )?(war|invasion) (started|began|start|begun)"
                       r"|since the (start|beginning|outbreak) of the (full[- ]scale )?(war|invasion)|(throughout|over the course of) the (whole |entire )?war"
                       r"|(in|during|for|over|across) the (whole|entire) war)\b")

# A visitor's politeness and preamble, not the question: "could you tell me", "I'd be grateful if you could
# explain", "hello, I'm preparing a lesson on the war;" (see `the_question`)
POLITE = re.compile(r"\b(could|can|would|will) you (please )?(kindly |quickly |briefly |simply |just )?(tell me|explain|say|let me know|confirm|check|clarify)(?: (?:quickly|briefly|simply|plainly))?\b"
                    r"|\bwould you mind (telling me|explaining)\b|\bi'?d (be grateful|appreciate it|like to know|love to know)"
                    r"( if you could (tell me|explain))?\b|\bif it isn'?t too much trouble\b|\bi was wondering\b"
                    r"|\bi('m| am) (curious|wondering)\b|\bdo you know\b|\bplease\b|\bthank you\b|\bthanks\b"
                    # "I wonder if you might tell me…", "…, may I ask?", "…, if I may ask": the asking, not what is asked
                    r"|\bi wonder(?: if| whether)? you (?:might|could|would|can)(?: (?:tell me|explain|say|let me know))?\b"
                    r"|,? (?:may i ask|if i may(?: ask)?|if you don'?t mind(?: me asking)?)(?=\s*\??\s*$)")
PREAMBLE = re.compile(r"^(hello|hi|hey|good (morning|afternoon|evening)|excuse me|sorry)\b[^;:,.?!]*[;:,.!]\s*"
                      r"|^[^;:?]*\b(i'm|i am|we're|we are) (preparing|teaching|writing|working on|doing)[^;:?]*[;:]\s*"
                      r"|^(my|our) (son|daughter|students?|class|friend|teacher|colleague|kids?)\b[^;:?]*?\b(keep asking|asked|asks|wants? to know)\b[^;:?]*?(?:[;:]|,(?!\d))\s*"
                      r"|^(my|our) (son|daughter|students?|class|friend|teacher|colleague|kids?|mum|mom|dad|father|mother|brother|sister|husband|wife|partner"
                      r"|grandson|granddaughter|grandad|grandpa|grandma|gran|nan|uncle|aunt|cousin|neighbou?r|mate|boss|notes|sheet|worksheet|handout|textbook|book|notebook|slides?)"
                      r" (says|say|said|thinks|told me|claims|reckons|believes|heard|insists)"
                      r"( (on|in) (the|a) (radio|news|tv|telly|television|podcast|paper|newspaper|internet)( this morning| today| yesterday| last night)?)?( that)?\s+"
                      r"|^(a|my|our) (colleague|friend|student|pupil|neighbou?r|relative|reader|parent)s? (says|said|thinks|told me|claims|reckons|insists|believes)( that)?\s+"
                      # hearsay: "I heard on the radio (that)…", "I'm sure I read somewhere…"
                      # "I half-remember reading (that)…", "I seem to recall (that)…", "I've seen a figure of…", "a friend of mine insists…"
                      r"|^(i |we )?(half[- ])?(remember|recall)(ed)? (reading|hearing|seeing)( somewhere| online)?( that)?\s+"
                      r"|^(i|we) (seem to |vaguely |definitely )?(recall|remember)( reading| hearing)?( that)?\s+"
                      r"|^(i'?ve|i have|we'?ve) (seen|heard|read) (a figure|a number|figures|numbers|a claim|claims|it said|it claimed)( of| that)?\s+"
                      r"|^(a|my) (friend|colleague|neighbou?r|relative|brother|sister|cousin)( of mine)? (says|said|insists|insisted|claims|claimed|reckons|told me)( that)?\s+"
                      r"|^(i'?m sure |i think |i'?m pretty sure )?(i|we|i'd) (heard|read|saw|remember|was told|were told|(?:always |had )?(?:thought|assumed|believed))"
                      r"( (on|in) (the|a) (radio|news|podcast|tv|telly|television|programme|program|paper|newspaper|internet)| somewhere| online)?( that)?\s+"
                      r"|^(the|a|my) (radio|news|podcast|tv|telly|television|programme|program|paper|newspaper|website) (said|says|reported|claimed|mentioned)( that)?\s+"
                      # a worksheet's answer to check: "q2 we put officers were 13%", "for question 3 I wrote that…", "our answer was…"
                      r"|^((for )?(q|question) ?\d+[a-z]?[:.)]?,? )?(i|we) (put|put down|wrote|wrote down|have written|'?ve written|answered|said|guessed)( that| for (it|that|this))?[:,]?\s+(?=[^?]*\d)"
                      r"|^((for )?(q|question) ?\d+[a-z]?[:.)]?,? )?(my|our) (answer|guess) (was|is|for (it|that|this) (was|is))( that)?[:,]?\s+(?=[^?]*\d)"
                      # "the man on the radio said (that)…", "a guy on tiktok claims…"
                      r"|^(the|a|some|this|that) (man|woman|guy|lady|bloke|presenter|host|reporter|journalist|newsreader|expert|person|someone)"
                      r" (on|in) (the |a )?(radio|news|podcast|tv|telly|television|programme|program|paper|newspaper|internet|youtube|tiktok|facebook)"
                      r" (said|says|reported|claimed|mentioned|told us|insists|insisted)( that)?\s+"
                      r"|^(someone|somebody|people|a lot of people|everyone)( online| on (the )?(radio|tv|internet|twitter|facebook|tiktok|youtube))?"
                      r" (said|says|claimed|claims|insists|insisted|told me|reckons?)( that)?\s+")


# a long story before the question ("My grandson was telling me about…, and I didn't follow it all, but what do they get…"):
# a story the visitor tells about themselves is read from the first clause that asks
PERSONAL = re.compile(r"^(i|i'm|i've|i'd|i was|my|we|we've|we're|we'd|our|me)\b")
# (but "…; is THAT the blog's claim?" points back to the story, which is then the question's content)
ASKS_AFTER = re.compile(r"(?:[,;:]|\s-)\s*(?:but |so |and |then )?(?=(?:what|how|why|who|where|when|which|are|is|do|does|did|can|was|were)\b)")
POINTS_BACK = re.compile(r"(?:are|is|do|does|did|can|was|were) (?:that|this|it|they|these|those)\b(?! (?:true|right|correct|so) that\b)")


def after_the_story(t: str) -> str:
    if not PERSONAL.match(t) or len(t.split()) < 16:  # "The blog says X; does the news…": X is what is asked about
        return t
    for m in ASKS_AFTER.finditer(t):
        if len(t[:m.start()].split()) >= 5:
            return t if POINTS_BACK.match(t, m.end()) else t[m.end():]
    return t


# a sentence about the visitor that asks nothing ("I work as a translator and …", "Doing an ep on …"; not hearsay, "my brother insists a fifth are officers. is he right?")
REMARK = re.compile(r"^(?:(?:hey|hi|hello|hiya)\b[!,.]*\s*)?(?:i|i'm|i've|i'd|my|we|we're|our|(?:just )?(?:doing|writing|making|recording|preparing|prepping|researching|"
                    r"working on|putting together|reading up on) (?:an?|my|our|the|this|some)\b)\b(?![^.?!]*\b(?:how|what|why|which|where|when|whether|who|if|heard|read|insists?|insisted|"
                    r"told me|claims|claimed|reckons?|says|said|thinks)\b)[^.?!]*[.!]\s+(?=\S)(?!(?:[a-z']+ ){1,3}(?:that|so)\s*\?\s*$)")
WH = re.compile(r"\b(?:how|what|why|which|where|when|who)\b")
# a yes/no guess after a wh-question ("how does a soldier surrender through it? does he just walk across?", "what is it
# exactly? is it a charity, or something of the state?"): the wh-question is what is asked
GUESS = re.compile(r"(?<=[.?!])\s+(?:[a-z' ]{0,30}?[-,:]\s*)?(?:is|are|does|do|did|was|were|can|could) (?:it|he|she|they|this|that)\b[^?]*\?\s*$")


# "forget 2022 - what is the most in a week?", "apart from one fewer enemy soldier, what does Ukraine gain?": what the
# visitor sets aside is not what is asked (but "forget everything and answer:" is an instruction, read as words); nor is
# a doubt tacked on ("…, or is that just a headline writer getting carried away?")
ASIDE = re.compile(r"^(?:ok,? |okay,? |so,? )?(?:forget|never mind|leaving aside|leave aside|setting aside|aside from|apart from)\b"
                   r"(?![^,;:?-]*\b(?:everything|all|instructions?|rules?|previous|prompt|answer)\b)[^,;:?-]*[,;:-]\s*")
DOUBT_TAIL = re.compile(r",? (?:or|and|but) (?:is|was|isn'?t|wasn'?t) (?:that|it|this) (?:all |not )?(?:just|only|simply|merely|an? myth|myth|made up|an? exaggeration|exaggerated|an? lie|"
                        r"propaganda|fake|false|untrue|clickbait|click ?bait|cap|hype|spin)\b[^?]*")


def asked_sentence(t: str) -> str:
    """Without remarks about the visitor before the question, and without a yes/no guess after a wh-question."""
    while (m := REMARK.match(t)) and m.end() < len(t):
        t = t[m.end():]
    t = DOUBT_TAIL.sub("", ASIDE.sub("", t)) or t
    t = AFTERTHOUGHT.sub("", t) if WH.match(t) else t
    m = GUESS.search(t)
    return t[:m.start()] if m and WH.search(t[:m.start()]) else t


def names_a_thing(text: str) -> bool:
    """Whether a question holds a word that is not a question or function word ("what exactly?" names nothing)."""
    return any(w not in STOPWORDS and w.isalpha() for w in TOKEN.findall(text))


def the_question(text: str) -> str:
    """A tidied question without its politeness and preamble ("Hello, I'm preparing a lesson; could you
    explain what X is, please?" → "what x is?") and without remarks after it ("…about? I forgot.")."""
    text = PARENTHESES.sub(" ", text) if PARENTHESES.sub(" ", text).strip(" ,.?") else text
    text = without_courtesies(PAUSE.sub(" ", text))
    t = asked_sentence(after_set_up(WH_EVEN.sub(r"\1", INTERJECTION.sub("", REMARK_AFTER.sub("", text))), names_a_thing))
    for _ in range(3):
        new = PREAMBLE.sub("", t)
        if new == t:
            break
        t = new
    t = HOW_LONG_WANTED.sub("", BRIEF.sub("", LEAD_IN.sub("", FILLER.sub("", FOR_A_CHILD.sub("", SWITCH.sub(" ", t))))))
    t = GRANTED.sub("", t) if re.match(r"(?:so |and |but )?(?:why|y|how come)\b", t) else t  # ("y": typed short)
    t = REMINDED.sub(r"\1", ADDITIVE.sub("", VIEW_ASIDE.sub("", WHO_TOLD.sub("", CIRCULATING.sub("", OPEN_LIST.sub("", t))))))
    t = GUESSED.sub(r"\1", t)
    return after_the_story(re.sub(r"\s+", " ", POLITE.sub(" ", t)).strip(" ,;")) or text



# "for listeners just tuning in (AND I'M STILL WAKING UP), what is…": a word put in brackets is an aside, not what is asked
PARENTHESES = re.compile(r"\s*\([^()]*\)")
# "ok and the other way round, how many russians did ukraine catch": the question names the side it switches to
# "ok so…", "um, and…", "yeah well…": the words a spoken or typed question starts with before it asks
FILLER = re.compile(r"^(?:(?:ok|okay|alright|right|well|fine|sure|cool|i see|got it|gotcha|um+|uh+|er+m?|hmm+|oh|yeah|yep|yes|no|nah|so|come on|look|listen|ngl|tbh|lol|lmao|omg|bro|bruh|yo|fr|lowkey|deadass)\b[\s,.!-]*)+(?=\w)")
# "does Moscow fight to get them back or, YOU KNOW, shrug?", "…, I MEAN, …": a spoken pause inside a question
PAUSE = re.compile(r",\s*(?:you know|i mean|like|sort of|kind of|basically|honestly|frankly|obviously)\s*,\s*")
# "what's the author's main argument, IN A SENTENCE OR TWO?": how long an answer is wanted, not what is asked
HOW_LONG_WANTED = re.compile(r",?\s*(?:in (?:a|one|two) (?:sentence|line|word)s?(?: or (?:two|so))?|in (?:one|a) or two (?:sentence|line)s|in (?:a )?few words|in a nutshell|briefly|in short)(?=\s*[?.!]*\s*$)|(?<=[.?!])\s*(?:(?:can|could|would|will) you |please )?(?:say|put|explain|tell me|keep) (?:it|that|this) (?:simply|briefly|short|plainly|in (?:simple|plain|easy) (?:words|terms|english))(?: please)?\W*$")  # ("… . Can you say it simply?")
# "in a sentence for students: …", "briefly, …", "for my class - …", "for the glossary: …": how or for what to answer, not what
BRIEF = re.compile(r"^(?:in (?:a|one) (?:sentence|line|word|nutshell)|in (?:a )?few words|briefly|in short|quickly|simply|"
                   r"for (?:my |the |a |our )?(?:students|class|pupils|kids|lesson|worksheet|slides?|glossary|notes|handout|quiz|homework|essay|"
                   r"assignment|presentation|podcast|listeners|viewers|readers|audience|show|episode|debate|the record|intro|introduction|outro|cold open|script|voiceover|voice-over)"
                   r"|(?:just )?(?:playing|to play) (?:the )?devil'?s advocate|hypothetically|out of (?:interest|curiosity)|quick question|one more thing"
                   r"(?: (?:just |who are )?(?:tuning in|at home|listening|watching|reading|who missed it|catching up))?)"
                   r"(?: (?:for|to) (?:my |the )?(?:students|class|pupils|kids|year \d+))?\s*[:,;-]\s*")
# "why do people join the army IF IT'S SO BAD": what the why-question grants, not what it asks about
GRANTED = re.compile(r",?\s+(?:if|when|even though|although|though|given that|seeing as|since) (?:it'?s|its|it is|it was|they'?re|"
                     r"they are|that'?s|things are|life is|conditions are|the army is|it|they|the army) (?:so|that|this|really|such|very)\b[^?]*")
# (the copula may be left out, as learners of English do: "why join IF IT SO BAD")
SWITCH = re.compile(r"\b(?:and )?(?:the )?other way (?:round|around)\b|\bvice versa\b")

# the way people type in a chat box, read as the words they stand for (too short to correct by distance)
CHAT_SPELLINGS = {"wat": "what", "hav": "have", "hv": "have", "wut": "what", "wats": "what is", "tf": "what", "wtf": "what", "hw": "how", "u": "you", "ur": "your", "r": "are", "y": "why",
                  "pls": "please", "plz": "please", "abt": "about", "ppl": "people", "cuz": "because",
                  "bc": "because", "govt": "government", "gov": "government", "nr": "number", "num": "number",
                  "whats": "what is", "what's": "what is", "wheres": "where is", "where's": "where is", "whos": "who is",
                  "who's": "who is", "hows": "how", "whys": "why", "im": "i", "kiev": "kyiv", "kiev's": "kyiv's",  # (and the older spelling of the capital)
                  # a pronoun run together with its verb: "where THEY'RE held" asks where they are held
                  "they're": "they are", "we're": "we are", "you're": "you are", "it's": "it is", "that's": "that is",
                  "he's": "he is", "she's": "she is", "theyre": "they are",
                  "wen": "when", "b4": "before", "n": "and", "whens": "when is", "thru": "through", "cuz": "because", "prolly": "probably", "convo": "conversation", "2day": "today", "wher": "where", "wich": "which", "rly": "really", "russkies": "russians", "ruskies": "russians",
                  "peeps": "people", "peple": "people", "ppl's": "people", "meny": "many", "mony": "many", "enuf": "enough", "enought": "enough", "becuz": "because", "becos": "because",
                  "coz": "because", "thier": "their", "alot": "a lot", "howmany": "how many", "avg": "average", "approx": "approximately", "pct": "percent", "yr": "year", "yrs": "years", "wk": "week", "wks": "weeks", "dont": "don't", "doesnt": "doesn't", "isnt": "isn't", "arent": "aren't", "cant": "can't", "didnt": "didn't", "wasnt": "wasn't", "werent": "weren't", "havent": "haven't", "hasnt": "hasn't", "hadnt": "hadn't", "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't", "wont": "won't", "theyve": "they've", "ive": "i've",
                  # a phone's shorthand and the spellings of other languages' speakers ("ru losses", "kontrakt soldat procent")
                  "ru": "russian", "rus": "russian", "rf": "russian", "ukr": "ukraine", "ua": "ukraine", "mnay": "many", "hwo": "how", "gen": "general", "procent": "percent", "gs": "general staff", "genstab": "general staff", "afu": "ukrainian forces", "uaf": "ukrainian forces", "zsu": "ukrainian forces", "vsu": "ukrainian forces", "ruaf": "russian army", "smth": "something", "sth": "something", "somethin": "something", "fam": "family", "msg": "message", "msgs": "messages", "txt": "text",
                  "prozent": "percent", "reckon": "think", "reckons": "thinks", "reckoned": "thought", "evry": "every", "evey": "every", "kontrakt": "contract", "soldat": "soldier", "soldats": "soldiers", "soldaten": "soldiers", "mny": "many", "mobiks": "mobilised soldiers", "mobik": "mobilised soldier", "zeks": "convicts", "zek": "convict", "orcs": "russian soldiers", "vatniks": "russians", "ivans": "russian soldiers", "ivan": "russians", "writes": "says", "deets": "details", "w": "with", "int": "intel", "dm": "message", "dms": "messages", "dmd": "messaged", "mid": "bad", "ao": "region", "aor": "region", "aos": "regions", "nerfed": "neglected", "nerf": "neglect"}

ATTRIBUTION = re.compile(r"\b(according to|in the view of|in|as|by|from) (the |that |this )?(blog(ger)?( post)?|blog's author|news (report|article|piece|story)|"
                         r"news|report|article|piece|post|writer|author)( (says|said|puts it|reports|explains|has it|claims|tells it|quotes))?\b(?! (think|thinks|argue|argues|believe|believes|view|opinion|conclude|concludes))"
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
LAST_YEAR = re.compile(r"\b(last year|this past year|the past year|past year)\b")
TOKEN = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]|\d+(?:\.\d+)?")


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
            return word
        best = max(hits, key=lambda h: (h[1], len(h[0]) == len(word), h[0][0] == word[0]))
        return best[0]

    @property
    def _vocab_set(self) -> set[str]:
        s = getattr(self, "_vs", None)
        if s is None:
            s = self._vs = set(self.vocabulary)
        return s

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


def own_men(t: str) -> str:
    # (naming neither side, "does it help get their own soldiers back" asks of the captors, Ukraine, as the articles tell it)
    if not (re.search(r"\b(ukrain|kyiv)", t) or not re.search(r"\b(russia|moscow|kremlin|putin)", t)) or not OWN_MEN.search(t):
        return t
    t = OWN_MEN.sub("ukrainian soldiers", t)
    return GET_BACK.sub(lambda m: f"{m.group(2)}returned home" if "ukrainian soldiers" in m.group(2) else m.group(0), t)


def read(question: str, lex: Lexicon) -> Reading:
    t = re.sub(r"\b(\d+)(st|nd|rd|th)\b", r"\1", spelled_out(own_men(the_question(tidy(question)))))  # "4th" is the number 4
    # the chat spellings first, so that the rules below, written for "what's" and "who is", read "whats" and "whos" as well
    t = re.sub(r"(?<![\w'])[a-z0-9']+(?![\w'])", lambda m: CHAT_SPELLINGS.get(m.group(0), m.group(0)), t)
    t = READ_REWRITES(t)
    t = re.sub(r"\bper ?cent\b|(?<=\d)\s*%", " percent", t).replace("  ", " ")  # ("40%" is 40 percent, not 40 countries)
    t = FRACTION.sub(lambda m: f"{number_word(m.group(1)) / number_word(m.group(2)):g}", share_words(t))  # "one in four" is 0.25
    t = SHORT_SCALE.sub(lambda m: f"{float(m.group(1)) * SCALE[m.group(2)]:.0f}", t)  # "50k" is 50000, "1.2 million" 1200000
    t = re.sub(r"\ba (million|thousand)\b", lambda m: "1000000" if m.group(1) == "million" else "1000", t)  # "over a million"
    tokens = [lex.correct(x) for w in joined(parted(TOKEN.findall(LAST_YEAR.sub(" ", WHOLE_WAR.sub(" ", t))), lex._vocab_set), lex._vocab_set)
              for x in CHAT_SPELLINGS.get(w, w).split()]
    text = " ".join(tokens)
    concepts: list[set[str]] = []
    used_phrase_words: set[str] = set()
    for phrase, gi in lex.phrases:
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
