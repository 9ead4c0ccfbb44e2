"""The question inside what a visitor typed (`the_question`): without politeness and preamble ("Hello, I'm preparing
a lesson; could you explain…"), hearsay ("my neighbour says…"), a story told before it, remarks about the visitor, a
yes/no guess or a doubt tacked on after it, and how or for whom the answer is wanted.

No Flask. Used by normalize.read before the words are read; asides, courtesy and leadins hold the smaller pieces.
"""
from __future__ import annotations

import re

from .leadins import FOR_A_CHILD, LEAD_IN, QUIZ_LABEL, asked_clause
from .courtesy import without_courtesies
from .asides import without_verdict, UNNOTICED, ADDITIVE, AFTERTHOUGHT, CIRCULATING, INTERJECTION, OPEN_LIST, REMARK_AFTER, VIEW_ASIDE, WH_EVEN, WHO_TOLD, after_set_up, REMINDED, GUESSED
from .stopwords import STOPWORDS, TOKEN

# A visitor's politeness and preamble, not the question: "could you tell me", "I'd be grateful if you could
# explain", "hello, I'm preparing a lesson on the war;" (see `the_question`)
POLITE = re.compile(r"\b(could|can|would|will) you (please )?(kindly |quickly |briefly |simply |just )?(tell me|explain|describe|say|let me know|confirm|check|clarify)(?: (?:quickly|briefly|simply|plainly))?\b"
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
                      r"( (on|in) (the|a) (radio|wireless|news|tv|telly|television|podcast|paper|newspaper|internet)( this morning| today| yesterday| last night)?)?( that)?\s+"
                      r"|^(a|my|our) (colleague|friend|student|pupil|neighbou?r|relative|reader|parent)s? (says|said|thinks|told me|claims|reckons|insists|believes)( that)?\s+"
                      # a set task quoted without a stop: "my son's worksheet asks what share…", "the homework wants us to find out how many…"
                      r"|^(?:(?:my|our|the|his|her|their) )?(?:(?:son|daughter|kid|child|boy|girl|class|student|pupil)'?s )?(?:worksheet|homework|assignment|quiz|exercise|"
                      r"textbook|teacher|handout|task|sheet)(?: (?:question|q) ?\d+)? (?:asks|asked|wants to know|wants (?:us|me|him|her|them) to (?:find out|say|explain|work out)"
                      r"|says to (?:find out|say|explain|work out))(?: (?:us|me|him|her|them))?\s+(?=(?:what|how|who|whose|which|where|when|why|whether)\b)"
                      # hearsay: "I heard on the radio (that)…", "I'm sure I read somewhere…"
                      # "I half-remember reading (that)…", "I seem to recall (that)…", "I've seen a figure of…", "a friend of mine insists…"
                      r"|^(i |we )?(half[- ])?(remember|recall)(ed)? (reading|hearing|seeing)( somewhere| online)?( that)?\s+"
                      r"|^(i|we) (seem to |vaguely |definitely )?(recall|remember)( reading| hearing)?( that)?\s+"
                      r"|^(i'?ve|i have|we'?ve) (seen|heard|read) (a figure|a number|figures|numbers|a claim|claims|it said|it claimed)( of| that)?\s+"
                      r"|^(a|my) (friend|colleague|neighbou?r|relative|brother|sister|cousin)( of mine)? (says|said|insists|insisted|claims|claimed|reckons|told me)( that)?\s+"
                      r"|^(i'?m sure |i think |i'?m pretty sure )?(i|we|i'd) (heard|read|saw|remember|was told|were told|(?:always |had )?(?:thought|assumed|believed))"
                      r"( (on|in) (the|a) (radio|wireless|news|podcast|tv|telly|television|programme|program|paper|newspaper|internet)| somewhere| online)?( that)?\s+"
                      r"|^(the|a|my) (radio|wireless|news|podcast|tv|telly|television|programme|program|paper|newspaper|website) (said|says|reported|claimed|mentioned)( that)?\s+"
                      # a worksheet's answer to check: "q2 we put officers were 13%", "for question 3 I wrote that…", "our answer was…"
                      r"|^((for )?(q|question) ?\d+[a-z]?[:.)]?,? )?(i|we) (put|put down|wrote|wrote down|have written|'?ve written|answered|said|guessed)( that| for (it|that|this))?[:,]?\s+(?=[^?]*\d)"
                      r"|^((for )?(q|question) ?\d+[a-z]?[:.)]?,? )?(my|our) (answer|guess) (was|is|for (it|that|this) (was|is))( that)?[:,]?\s+(?=[^?]*\d)"
                      # "the man on the radio said (that)…", "a guy on tiktok claims…"
                      r"|^(the|a|some|this|that) (man|woman|guy|lady|bloke|presenter|host|reporter|journalist|newsreader|expert|person|someone)"
                      r" (on|in) (the |a )?(radio|wireless|news|podcast|tv|telly|television|programme|program|paper|newspaper|internet|youtube|tiktok|facebook)"
                      r" (said|says|reported|claimed|mentioned|told us|insists|insisted)( that)?\s+"
                      r"|^(someone|somebody|people|a lot of people|everyone)( online| on (the )?(radio|wireless|tv|internet|twitter|facebook|tiktok|youtube))?"
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
# ("is it safe for them WHEN they give up? do they get food and a doctor?": a yes/no question first, its "when" no wh-question; the
# second question says what is asked, and stays)
YES_NO_FIRST = re.compile(r"^(?:and |so |but )?(?:is|are|was|were|do|does|did|can|could|will|would|has|have)\b[^?]*?\b(?:when|where|if)\b[^?]*\?")
# a yes/no guess after a wh-question ("how does a soldier surrender through it? does he just walk across?", "what is it
# exactly? is it a charity, or something of the state?"): the wh-question is what is asked
GUESS = re.compile(r"(?<=[.?!])\s+(?:[a-z' ]{0,30}?[-,:]\s*)?(?:is|are|does|do|did|was|were|can|could) (?:it|he|she|they|this|that)\b[^?]*\?\s*$")

# and one tacked on after a comma: "when exactly did the big invasion start, WAS IT THE SPRING", "who runs it, is it the army?"
# (a figure guessed stays: "…, was it 10,000?" is checked; so do choices offered, "…, is it Turkey or the UAE?", "…, is it
# by letter or by telephone?": what is asked is which)
# (a man named as the doer stays: "…, was it Zelensky himself?", "…, is it the president personally?"; a body is no man: "…, is it
# the government personally?" guesses the doer as any guess does)
BODY = (r"(?:government|army|military|ministry|project|state|kremlin|staff|headquarters|hq|agency|service|services|ukraine|kyiv|russia|moscow|"
        r"country|authorities|forces|administration|office|department|intelligence|parliament|rada|team|organi[sz]ation|ngo|un|red cross|"
        r"side|it|they|them|hotline|initiative|programme|program|scheme|itself|themselves)")
ONE_MAN_ITSELF = rf"\b(?!{BODY}\b)[a-z'-]+ (?:himself|herself|personally)\b"
COMMA_GUESS = re.compile(r",\s*(?:was|is|were|are) (?:it|that|this|they) (?:in |during |at |around |about )?(?:the |a |an )?(?![a-z' ]*\bor\b)"
                         rf"(?![a-z' ]*{ONE_MAN_ITSELF})[a-z' ]{{2,25}}\s*\??\s*$")
# and the means guessed after a how-question: "how does a soldier reach them, BY TELEGRAM?", "how do they get in touch, VIA AN
# APP?": how is asked (a time or a side named so stays: "…, by the end of 2025?", "…, by Ukraine?")
HOW_DONE = re.compile(r"^(?:and |so |but |ok |okay )?how (?:do|does|did|can|could|would|will|should|is|are|was|were)\b")
MEANS_GUESS = re.compile(r",\s*(?:by|via|through|over|using|on) (?:a |an |the )?(?!(?:end|then|now|ukraine|russia|the|them|him|himself|themselves|russians?|ukrainians?|russian (?:army|side|military|forces|soldiers)|ukrainian (?:army|side|military|forces|soldiers))\b)"
                         r"(?![a-z' ]*\bor\b)[a-z' ]{2,25}\s*\??\s*$")
# (only when the how is a way of getting in touch or giving up: "how were they killed, by drones?" asks of the drones)
REACHING = re.compile(r"\b(?:reach\w*|contact\w*|get (?:in touch|hold)|gets (?:in touch|hold)|surrender\w*|give up|gives up|giving up|defect\w*|"
                      r"sign up|apply|call|message|text|write|talk to|speak to|find (?:them|it|the project))\b")


# "forget 2022 - what is the most in a week?", "apart from one fewer enemy soldier, what does Ukraine gain?": what the
# visitor sets aside is not what is asked (but "forget everything and answer:" is an instruction, read as words); nor is
# a doubt tacked on ("…, or is that just a headline writer getting carried away?")
ASIDE = re.compile(r"^(?:ok,? |okay,? |so,? )?(?:forget|never mind|leaving aside|leave aside|setting aside|aside from|apart from)\b"
                   r"(?![^,;:?-]*\b(?:everything|all|instructions?|rules?|previous|prompt|answer)\b)[^,;:?-]*[,;:-]\s*")
DOUBT_TAIL = re.compile(r",? (?:or|and|but) (?:is|was|isn'?t|wasn'?t) (?:that|it|this) (?:all |not )?(?:just|only|simply|merely|an? myth|myth|made up|an? exaggeration|exaggerated|an? lie|"
                        r"propaganda|fake|false|untrue|clickbait|click ?bait|cap|hype|spin)\b[^?]*"
                        # "do both pieces agree on that, OR IS ONE OF THEM FUDGING IT?": the same doubt, of one of the articles
                        r"|,? or (?:is|was) (?:one|either|one of them|either of them|one of the (?:two|pieces|articles|reports)) (?:just )?"
                        r"(?:fudging|lying|wrong|mistaken|exaggerating|spinning|fibbing|making (?:it|that|things) up)\b[^?]*")

# "how has Putin tried to hold his ranks together, AND HAS IT WORKED?": whether the way asked about worked, tacked on; the
# "it" is the way just named, not the last answer
WORKED_TAIL = re.compile(r",? (?:and|but) (?:has|have|did|does|do|is|was) (?:it|that|this|they|any of (?:it|that|this|them)) "
                         r"(?:really |actually |even )?(?:work|worked|working|succeed|succeeded|paid off|pay off|helped|help)\b\W*$")


# "my son is near Pokrovsk now. do many surrender THERE?": the remark names the place the question points back to; the
# question is asked of that place (not the "there" of "are there many?")
PLACE_NAMED = re.compile(r"\b(?:in|near|at|around|outside|close to|next to|(?:sent|moved|went|gone|posted|deployed|transferred|taken) to) (?!(?:the|a|an|my|our|his|her|this|that|it|them|him|me|us|"
                         r"hospital|school|work|home|prison|jail|army|war|touch|time|fact|general|total|short|love|trouble|danger|"
                         # "in contact with his unit", "in training", "in shock": a state, not a place
                         r"contact|training|service|uniform|shock|charge|command|combat|action|battle|captivity|custody|hiding|position|reserve|"
                         r"reserves|debt|pain|despair|tears|care|good|bad|poor|constant|regular)\b)([a-z][a-z'-]+)")
THERE = re.compile(r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bwill )\bthere\b(?! (?:is|are|was|were|'s|been|be|any|many|some)\b)")


def there_placed(remarks: str, question: str) -> bool:
    """Whether the question's "there" is the place the remarks before it name ("my son is in Kharkiv. do many surrender there?")."""
    return bool(THERE.search(question.lower()) and PLACE_NAMED.search(remarks.lower()))


def asked_sentence(t: str) -> str:
    """Without remarks about the visitor before the question, and without a yes/no guess after a wh-question."""
    while (m := REMARK.match(t)) and m.end() < len(t):
        place = PLACE_NAMED.search(t[:m.end()])
        t = THERE.sub(f"in {place.group(1)}", t[m.end():], count=1) if place else t[m.end():]
    t = WORKED_TAIL.sub("", DOUBT_TAIL.sub("", ASIDE.sub("", t))) or t
    t = AFTERTHOUGHT.sub("", t) if WH.match(t) else t
    m = GUESS.search(t) or COMMA_GUESS.search(t) or (MEANS_GUESS.search(t) if HOW_DONE.match(t) and REACHING.search(t) else None)
    return t[:m.start()] if m and WH.search(t[:m.start()]) and not YES_NO_FIRST.match(t) else t


def names_a_thing(text: str) -> bool:
    """Whether a question holds a word that is not a question or function word ("what exactly?" names nothing)."""
    return any(w not in STOPWORDS and w.isalpha() for w in TOKEN.findall(text))


def the_question(text: str) -> str:
    """A tidied question without its politeness and preamble ("Hello, I'm preparing a lesson; could you
    explain what X is, please?" → "what x is?") and without remarks after it ("…about? I forgot.")."""
    text = PARENTHESES.sub(" ", text) if PARENTHESES.sub(" ", text).strip(" ,.?") else text
    text = without_courtesies(PAUSE.sub(" ", text))
    t = asked_sentence(after_set_up(WH_EVEN.sub(r"\1", INTERJECTION.sub("", REMARK_AFTER.sub("", without_verdict(text)))), names_a_thing))
    for _ in range(3):
        new = PREAMBLE.sub("", t)
        if new == t:
            break
        t = new
    t = CORRECTED.sub("", t)
    t = AUDIENCE.sub(r"\1", FOR_USE.sub("", HOW_LONG_WANTED.sub("", BRIEF.sub("", ONE_LINER.sub("", NOTABLE.sub("", LEAD_IN.sub(asked_clause, FILLER.sub("", FOR_A_CHILD.sub("", QUIZ_LABEL.sub("", SWITCH.sub(" ", t)))))))))))
    t = GRANTED.sub("", t) if re.match(r"(?:so |and |but )?(?:why|y|how come)\b", t) else t  # ("y": typed short)
    t = REMINDED.sub(r"\1", ADDITIVE.sub("", VIEW_ASIDE.sub("", WHO_TOLD.sub("", CIRCULATING.sub("", OPEN_LIST.sub("", t))))))
    t = UNNOTICED.sub(r"\1", t)
    t = GUESSED.sub(r"\1", t)
    t = SAW_MENTIONED.sub(r", \1", t)
    return after_the_story(re.sub(r"\s+", " ", POLITE.sub(" ", t)).strip(" ,;")) or text


# "were some of them ill, I THOUGHT I SAW tuberculosis MENTIONED": where the visitor met the word, not what is asked; the word stays
SAW_MENTIONED = re.compile(r",\s*(?:i (?:thought|think|believe) )?i (?:saw|read|heard|noticed|spotted)(?: something about| about| mention of)? "
                           r"((?:(?!how|what|why|which|where|when|who)[a-z'-]+ ?){1,4}?) ?(?:mentioned|somewhere|in (?:one of )?(?:them|these|those|the) (?:articles?|pieces?))+\s*\??\s*$")

# "no wait, 420,000 was just 2025. What's the whole-war total then?", "no, 13 was NCOs I think - and officers were what, 3?": the
# visitor's correction of their own last claim, then a question of its own; the correction is no part of what is asked (its
# year no year of the question)
CORRECTED = re.compile(r"^(?:no|nope|oh|ah|wait|no wait|oh wait|hang on|sorry|my mistake|my bad|actually)(?:[\s,!]+(?:wait|sorry|actually|no))?"
                       r"[\s,!-]+(?!(?:what|how|who|whose|which|where|when|why|is|are|was|were|do|does|did|can)\b)[^.?!;]{3,80}?"
                       r"(?:[.!;]|\s-)\s+(?=(?:and |so |but |then )?(?:what|how|who|whose|which|where|when|why)\b)")
# "for listeners just tuning in (AND I'M STILL WAKING UP), what is…": a word put in brackets is an aside, not what is asked
PARENTHESES = re.compile(r"\s*\([^()]*\)")
# "ok and the other way round, how many russians did ukraine catch": the question names the side it switches to
# "ok so…", "um, and…", "yeah well…": the words a spoken or typed question starts with before it asks
FILLER = re.compile(r"^(?:(?:ok|okay|alright|right|well|fine|sure|cool|i see|got it|gotcha|um+|uh+|er+m?|hmm+|oh|yeah|yep|yes|no|nah|so|come on|look|listen|ngl|tbh|lol|lmao|omg|bro|bruh|yo|fr|lowkey|deadass|(?:o |oh |oy |oi )?bozhe(?: moi| moy| moj)?|gospodi|blin|oy|oi"
                    # "fine, THEN who takes more prisoners?", "ok then, how many…": the turn's link to the last, before a question word
                    r"|then(?=[\s,]+(?:what|how|why|who|whose|when|where|which|is|are|was|were|do|does|did|can|could|has|have)\b)"
                    # "different topic - …", "on another note, …", "changing the subject: …": a new subject announced, not what is asked
                    r"|(?:(?:on )?(?:a |an )?(?:(?:totally|completely|slightly) )?(?:different|new|another|separate|unrelated|other) (?:topic|subject|note)|change of (?:topic|subject)"
                    r"|chang(?:e|ing) (?:the )?(?:topic|subject)|moving on|switching (?:gears|topics?|subjects?))(?=\s*[,.!:;-]))\b[\s,.!:;-]*)+(?=\w)")
# "does Moscow fight to get them back or, YOU KNOW, shrug?", "…, I MEAN, …": a spoken pause inside a question
PAUSE = re.compile(r",\s*(?:you know|i mean|like|sort of|kind of|basically|honestly|frankly|obviously)\s*,\s*")
# "what's the author's main argument, IN A SENTENCE OR TWO?": how long an answer is wanted, not what is asked
HOW_LONG_WANTED = re.compile(r",?\s*(?:in (?:a|one|two) (?:(?:simple|short|single|plain|clear|quick) ){0,2}(?:sentence|line|word)s?(?: or (?:two|so))?|in (?:one|a) or two (?:sentence|line)s|in (?:a )?few words|in a nutshell|briefly|in short|in (?:simple|simpler|plain|plainer|easy|easier|basic|layman'?s) (?:words|terms|english|language))(?=\s*[?.!]*\s*$)|(?:(?<=[.?!])|,)\s*(?:(?:can|could|would|will) you |please )?(?:say|put|explain|tell me|keep) (?:it|that|this) (?:simply|briefly|short|plainly|in (?:simple|plain|easy) (?:words|terms|english))(?: please)?"
                             r"(?: for (?:my|our|a|an|the) (?:[a-z]+ )?(?:speech|speeches|class|classes|students?|pupils|kids|children|child|son|daughter|talk|presentation|essay|"
                             r"lesson|lecture|assembly|meeting|seminar|workshop|club|slides|podcast|video|channel|show|episode|script|newsletter|poster|quiz|exam|revision|notes|"
                             r"audience|team|debate|case|assignment|homework|project|group|readers|listeners|viewers|followers|parents|grandchildren|friends))?\W*$")  # ("… . Can you say it simply?", "…, explain it simply for my speech")
# "is the blog something neutral I CAN HAND TO STUDENTS?", "…neutral ENOUGH TO GIVE MY CLASS?": what the visitor means to do
# with an article or an answer (hand it out, show it), not what is asked
# (not after "safe/suitable/ok": whether it suits children is advice no article gives, "is the report safe enough to show my kids?")
FOR_USE = re.compile(r"(?:,?\s*\b(?:that |which )?(?:i|we) (?:can|could|might|should|may) (?:safely |just |actually )?"
                     r"|(?<!\bsafe)(?<!suitable)(?<!appropriate)(?<!\bok)(?<!okay)(?<!\bfine)(?<!\bright)(?<!safe enough)(?<!suitable enough)(?<!appropriate enough)"
                     r"(?<!\bok enough)(?<!okay enough)(?<!fine enough)\s+(?:(?:good )?enough )?to )"
                     r"(?:hand|give|show|share|pass|assign|set|read|play|recommend|put)(?: (?:it|this|that|them))?(?: out| round| around)?"
                     r"(?: (?:to|with|in|for|in front of))? (?:my |our |the |a |an )?(?:[a-z0-9-]+ ){0,2}"
                     r"(?:students|class|classes|pupils|kids|learners|listeners|readers|audience|viewers|teens|teenagers)\b", re.I)
# "what figure SHOWS STUDENTS the human cost?", "what would you tell my class about…": whom the answer is for, not its subject
AUDIENCE = re.compile(r"(?<!enough to )(?<!safe to )(?<!suitable to )(?<!ok to )(?<!okay to )\b(show|shows|showing|tell|tells|telling|give|gives|teach|teaches|explain to|explains to) (?:my |our |the )?"
                      r"(?:students|pupils|class|kids|listeners|readers|viewers|audience|teenagers|teens)\b", re.I)
# "ANYTHING SURPRISING IN how Russia treated its sick soldiers?", "is there anything interesting about the swaps?": what the
# visitor hopes to hear said of the thing, which is what is asked (not before an embedded "what the prisoners said" or "who
# surrenders", whose order is not read as a question)
NOTABLE = re.compile(r"^(?:(?:is|was) there |there'?s |any )?(?:anything|something) (?:(?:really|particularly|very|at all) )?(?:surprising|interesting|notable|"
                     r"striking|remarkable|unusual|shocking|odd|strange|unexpected|worth (?:knowing|mentioning|noting)) (?:about|in|on|regarding) "
                     r"(?=(?:how|why|the|its|their|his|russia|ukraine|kyiv|moscow)\b)", re.I)
# "in a sentence for students: …", "briefly, …", "for my class - …", "for the glossary: …": how or for what to answer, not what
# ("one-liner on what I Want to Live is?", "a one-line summary of why they surrender": the length wanted, before what is asked)
ONE_LINER = re.compile(r"^(?:(?:give me|i need|can i get|can i have|could i get|just) )?(?:a |the |your |quick )?(?:one[- ]?liner|one[- ]line (?:summary|version|answer|explanation))"
                       r"(?: (?:on|about|for|of|explaining))?\s*[:,;-]?\s*(?=(?:what|how|why|who|whose|when|where|which)\b)", re.I)
BRIEF = re.compile(r"^(?:in (?:a|one) (?:(?:simple|short|single|plain|clear|quick) ){0,2}(?:sentence|line|word|nutshell)|in (?:a )?few words|briefly|in short|quickly|simply|"
                   r"in (?:simple|simpler|plain|plainer|easy|easier|basic|layman'?s) (?:words|terms|english|language)|simply put|put simply|"
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
