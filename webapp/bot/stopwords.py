"""The words of a question that carry no topic (question words, fillers, words true of nearly every fact here),
their other forms, and TOKEN, how a tidied text is cut into words.

No Flask. Imported through normalize by the bot's modules, and by wrapping.names_a_thing.
"""
from __future__ import annotations

import re

import Stemmer  # PyStemmer: the Snowball English stemmer in C (the stop words' stems)

TOKEN = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]|\d+(?:\.\d+)?")

# Words that carry no topic: question words, fillers, and words true of nearly every fact here.
STOPWORDS = set("""
a an the of to in on at by for from with and or but not no is are was were be been being do does did us him
done has have had having it its this that these those there their they them he she his her i me my we
our you your what which who whom whose when where why how many much more most less than then so as
about according article articles report reports reported say says said tell me please can could would
should will any some all each every per also just only very really still yet out up down into over
ever give gives given show shows number numbers figure figures total amount count counted tally tallies stock data dataset datasets stat stats statistic statistics get got
know known source sources claim claims claimed percent percentage share proportion fraction rate
russian russians russia ukraine ukrainian ukrainians soldier soldiers troops troop men man people person persons russkies russkis ruskies
army military war side ukraine's russia's kyiv moscow putin's did does happen happened
ignore previous instructions instruction rules rule pretend system prompt assistant forget now say
take took taken takes make made go went gone come came put like think know tell told there's what's
far ever overall altogether cumulative cumulatively true false correct right former offered offer follow seen see look looks manner
going big large massive huge enormous size fight fighting lot lots plenty whole use used uses using reach another lad lads boy boys bloke blokes chap chaps fella fellas fellow fellows
near nearly around roughly approximately almost actually exactly basically currently generally anyway typically normally eventually ultimately
something anything everything someone anyone everyone somebody anybody everybody thing things stuff kind sort guys exist exists frontline extent present presents presented principal driver drivers significance significant attach attaches attached absolute deliberately deliberate forward disproportionately socially sense contend contends customary relationship broader broad inference infer pins pinned pinning inferences regards regarded assertion assert asserts substantiated substantiate allegation allegations chronological lend lends support supports body evidence established establish portray portrays depict depicts characterise characterize frame frames framing emphasise emphasize stress stresses suggest suggests imply implies indicate indicates posit argue argues argued primarily chiefly degree consider considers considered factor factors role roles
forces force behind between since past previously mention mentions mentioned refer refers referred referring
blog blogs blogpost news newspaper such comes coming often frequently after once ones
during manage managed manages managing able kinds sorts types central main
verified verify vouch explicit explicitly implicit implicitly inferred deduced must vouches vouched vouching independently independent neutral impartial party parties reliable reliability attributed attribute calculated calculate accurate
accuracy trustworthy confirmed confirm officially credible
among amongst within without through across against toward towards upon via reason reasons motive motives
if whether unless though although nor plus post posts approach approaches period periods timeframe
hedge hedged hedges hedging cover covers covered covering include includes including included bigger larger smaller invaders invader occupiers occupier personnel
yo lol lmao omg bro dude guys guy tho rn idk btw chilling chillin supposedly allegedly apparently funny huh fr ngl ok okay um umm uh hmm alright yeah yep oh nah mate hey gonna wanna kinda sorta literally honestly tbh practice practise gg skull skulls bruh fam sheer precise even
compare compared comparing comparison contrast versus vs way ways i'm i've i'd i'll piece pieces write-up write-ups writeup writeups conflict trust trusted believable they've we've you've list phrasing phrased date dates confused confusing majority mostly largely isn't aren't wasn't weren't don't doesn't didn't can't won't haven't hasn't lowkey highkey deadass fr ngl tho thru mainly broadly anywhere somewhere everywhere nowhere servicemen serviceman servicemembers page pages module modules lesson lessons alone instead same agree agrees disagree match matches matching consistent inconsistent differ differently both each either second outlet happen happens happening consequence consequences fate thing situation bit wondering wonder curious interested explain detail details straight good switch switching
they're we're you're he's she's it's that's here's let's they'd we'd you'd he'd she'd they'll we'll you'll he'll she'll it'll
define definition clarify elaborate possible possibly individual individuals provenance computer computers baseline baselines benchmark benchmarks expressed couldn't wouldn't shouldn't hadn't ie eg fact facts factual widespread prevalent rife here himself herself myself yourself yourselves ourselves itself slice slices chunk chunks portion portions passage passages section sections
""".split())

# the stems of the longer stopwords: their other forms carry no topic either ("useful", "reporting")
# (not those that name someone or something: "officials", "generals", "interests", "systems"; nor "computed", what
# Sourced worked out, which "not very good with computers" is not; nor "typical" or "normal", which name a kind of
# week or exchange and ask whether something is so, where "typically" and "normally" only hedge a question)
STOP_STEMS = {Stemmer.Stemmer("english").stemWord(w) for w in STOPWORDS if len(w) > 3 and w.isalpha()} \
    - {"offici", "general", "right", "interest", "system", "central", "main", "offer", "motiv", "comput", "typic", "normal"}

# other forms of the stopword verbs ("makes", "wants"): checked by word, not stem, so content words
# that share a stem with a stopword stay
STOP_FORMS = {f + s for f in ("make", "happen", "think", "tell", "know", "see", "look", "want", "mean", "need", "try")
              for s in ("s", "ing")} | {"mean", "making", "meant", "tried", "wanted", "needed", "meaning", "means",
                                                     "getting", "gets", "work", "works", "working", "worked"}
