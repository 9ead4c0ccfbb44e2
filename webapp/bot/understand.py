"""What a question asks: small talk or a question; its type, its year and side; whether the
articles could cover it at all; whether it follows up the previous question.

No Flask. Instructions inside a question ("ignore your rules…") are not commands here: they are
words like any other, and the words that carry no topic are dropped before retrieval.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .followups import FACT_OR_VIEW, SCOPE_OF_IT, SIMPLER, WHAT_THING, after_a_count
from .otherunits import CONVERT
from .either import one_of, told_from
from .sounds_like import GOT_FOR_IT
from .fronted import fronted
from .meant import as_meant, asked_otherwise
from .overall import overall_view
from .guesses import without_guess
from .leadins import TEACHING
from .asides import ANALOGY, REMARK_AFTER, REMINDED
from .normalize import TOKEN, Lexicon, Reading, read, stem, tidy
from .checked import as_check
from .sides import side_of
from .aroundwords import BY_PART, COUNT_WORDS, ITS_BREAKDOWN, PLENTY, their_offer

QTYPES = [
    ("agree", re.compile(r"^(?!.*\b(?:agree|disagree|differ)\w* (?:on|about|over|as to|in) (?:why|how)\b).*?\b(agree(?! to (?!the |this |that |these |those |each |what |which |an? )[a-z])|disagree|differ|differently|match|matches|line up|lines up|consistent with|same (figures?|numbers?|shares?|sources?|way|view|picture|thing)|say the same|give the same|(?<!that )(?<!which )both (articles|sources|pieces|reports)|two (articles|sources|pieces|reports)|each article)\b")),
    # "which two earlier years did 2025 beat": years asked for, whatever is counted in them
    ("when", re.compile(r"^(in )?which (\w+ ){0,2}years?\b|^(and |so |but )?(what(?:'s| is| was) )?the (exact |precise )?date of\b")),
    ("source", re.compile(r"\bwhich (article|source|report|outlet)s?\b|\bwhat (article|source)s?\b|\bin which article\b")),
    # "what does the author read into…": a view, even when it mentions a number
    ("opinion", re.compile(r"^(in the (author|blogger)'?s (view|opinion),? )?what (does|do|did) the (author|blogger|writer)\b"
                           r"|\b(read into|make of|conclude from|take away from)\b")),
    # a why or how question asks for reasons or ways even when it mentions a number ("how does the author explain the low number of…")
    ("why", re.compile(r"\bwhy\b|\breason|\bhow come\b|\bwhat (makes|made|drives|drove|leads|led|causes|caused)\b"
                      # "is the low share of officers because commanders keep away?", "can one attribute the low share to…?": a cause put forward
                      r"|^(?:is|are|was|were)\b[^,;:]*\b(?:because|down to|due to|owing to)\b(?! of)|\battribut\w* (?:the|their|this|that|these|those) (?:[\w'-]+ ){1,10}?to (?!(?:any|some|whom|who|a source|named|the (?:blog|news|article|report|author)))")),
    ("how", re.compile(r"^(so |and |but )?how (do|does|did|can|could|is|are|was|were|has|have|would|come)\b|\bin what way|\bby what means"
                      # "(could you describe) how the project actually lets a soldier surrender?": the question asked as it is told
                      r"|^how (?:the|a|an|this|that|its|their|his|ukraine|russia|soldiers|prisoners|they|he|she|it) (?:[a-z'-]+ ){0,6}?"
                      r"(?:actually |really |then )?(?:lets|helps|gets|reaches|contacts|treat(?:s|ed)?|recruit(?:s|ed)?|train(?:s|ed)?|handle(?:s|d)?|dealt with|deals with)\b"
                      r"|\bwhat (happens|happened|will happen) to\b")),
    ("where", re.compile(r"\b(what|which|in which|in what) (part|parts) of (ukraine|russia|the country|the front|the frontline)\b")),
    ("share", re.compile(r"\b(what|which) (share|percent|percentage|proportion|fraction|part|slice|chunk|portion)\b|\bhow much of\b(?! (?:the|these|those|their) (?:[a-z-]+ )?(?:[a-z]+s|men|people)\b)|%|\bpercent|\bproportion\b|\bshare of\b"
                       r"|\bhow (big|large) an? (slice|chunk|portion|part|share|proportion)\b")),
    # "is the number of surrenders growing": a trend, answered by claims about the pace, not a count
    ("trend", re.compile(r"^(is|are|has|have|was|were|do|does|did|whether)\b.*\b(growing|grow|grew|rising|rise|rose|increasing|increase|increased|"
                         r"going up|go up|went up|gone up|going down|go down|goes down|went down|gone down|coming down|come down|tailing off|letting up|easing|"
                         r"falling|fall|declining|decline|slowing|slow|speeding up|accelerating|on the rise|trend|trending|upwards?|downwards?|climbing|dropping|heading (?:up|down)|on the way (?:up|down))\b")),
    ("how_many", re.compile(r"\bhow (many|much|large|big)\b|" + PLENTY + r"|\bnumber of\b|\bhow old\b|\bwhat age|\btotals?\b|\b(?:figure|count|tally) (?:for|of)\b|\bnumbers? (?:for|on)\b|\b(?:what|which) (?:number|figure)s? (?:does|do|did)\b"
                            r"|\b(?:figures?|statistics|stats) (?:for|on)\b(?! (?:the |their |its |how )?(?:treatment|conditions|care|armbands?|food|life|torture|abuse|propaganda|the (?:blog|article|report)|why)\b)")),
    # ("the Ukrainian side's figures on surrenders?": its counts; not "figures on the treatment of prisoners", "stats on the armbands")
    # "when the blog says X, whose count is it?": a clause setting the scene, not a question about a date
    ("when", re.compile(r"^(so |and |but |then |exactly )?when\b(?![^,?;]*[,;] ?(which|what|who|whose|how|why|where|is|are|does|do|did|was|were|can)\b)|\bwhen (did|was|were|is|do|does|had|has|have)\b(?! (he|she|they|it|the (author|blogger|writer)) (says?|said|writes?|wrote|argues?|talks?|mentions?))|\bwhat (year|date|month)\b|\bwhich (year|month|date)\b|\bsince when\b")),
    ("where", re.compile(r"\bwhere\b|\bwhich (region|place|area|province|oblast)s?\b|\bwhat (region|place|area|province|oblast)s?\b")),
    # "who runs X" asks what X is, not who claims a figure
    ("what_is", re.compile(r"^(and |so |but )?who (runs|operates|organises|organizes|is behind|are behind|is in charge of|is responsible for|set up|started|created)\b"
                           # "is I Want to Live a Russian project?": what the thing is
                           r"|^(is|was) (the |this |that )?[\w' ]+? (a|an) ([\w-]+ ){0,2}(project|programme|program|initiative|scheme|organisation|"
                           r"organization|agency|body|hotline|group|charity|campaign)\b"
                           # "tell me about I Want to Live", "what do you know about the hotline?": what the thing is, not a
                           # count the thing's name is merely the source of
                           r"|^(?:tell|tell us|tell me) (?:a (?:bit|little) )?about\b|^what do (?:you|we) know about\b"
                           # a flashcard's "Define: I Want to Live project": what the thing is; "is the project real?": so is whether it exists
                           r"|^(?:define|definition)\b|^(?:is|are|does|do) (?:the |this |that )?(?:i want to live(?: (?:project|programme|program|initiative|hotline|scheme))?|"
                           r"(?:project|programme|program|initiative|hotline|helpline|scheme|chatbot)s?) (?:really |actually |even )?(?:an? )?(?:real|genuine|legit|legitimate|exists?)\b(?! (?:in|about|with|on|for|when|regarding|as to)\b)")),  # (not "… genuine IN ITS NUMBERS")
    # "does the blog CITE ANYONE for the 83%?", "who does the news report CREDIT for it?", "is that SOURCED to anyone?": who claims it
    ("who", re.compile(r"^who\b|\bwhose\b|\bwho (says|said|counts|counted|runs|estimates)\b|\b(?:according|acc) to whom?\b"
                       r"|\b(cite|cites|cited|credit|credits|credited|attribute|attributes|attributed|sourced|source) (it |that |this |the \w+ )?"
                       r"(to )?(anyone|anybody|someone|somebody|any ?one|a source|any source|a name|anything|whom)\b"
                       r"|\bwho (does|did|do) (it|they|the (blog|news|article|report|author|writer|blogger|post)\w*( \w+)?) "
                       r"(credit|cite|attribute|quote|name|rely on|get (it|that|this|the \w+) from)\b")),
    ("opinion", re.compile(r"\b(think|thinks|reckon|reckons|opinion|view|believe|believes|argue|argues|conclude|concludes)\b"
                           r"|\b(author|blogger|writer)'?s? (take|stance|position|angle|verdict)\b")),  # "the author's TAKE on Putin"
    ("what_is", re.compile(r"^(what|who) (even |exactly |actually )?(is|are|was)\b(?!.*\b(share|many|much|number|percent))|^what does .* do\b"
                           r"|^what (mean|means|meaning)\b|^what does (?!the (author|blogger|writer)\b).* (mean|refer to)\W*$"
                           r"|^what\b.*\b(is|are)\W*$|^what (do|does|did) (they|the (news )?(report|blog|article|post)) mean by\b")),
    ("compare", re.compile(r"\b(more|fewer|less|higher|lower|bigger|smaller)\b.*\bthan\b|\bcompared?\b|\bcompar(?:ing|isons?)\b|\bversus\b|\bvs\b|\bdiffer(?!\w* (?:on|about|over|as to|in) (?:why|how)\b)")),
    ("list", re.compile(r"\bwhich\b|\bwhat (kinds?|types?|sorts?|countries|nations)\b|\blist\b")),  # ("what nations": their names)
]

# "hello. can I ask you something about this article": a greeting, and asking leave to ask, with no question yet
GREETING = re.compile(r"^((hi|hello|hey|hiya|good (morning|afternoon|evening)|greetings|yo)\b[\s!.,?]*(there|bot)?[\s!.,?]*)?"
                      r"((can|could|may|might) i ask (you )?(something|a question|some questions|a few questions|you)\b[\w\s,.']{0,40}\??"
                      r"|(i have|i've got|i got) (a question|some questions|a few questions)( for you)?\b[\w\s,.']{0,40}\??|(my|our) [\w\s']{1,30}? (is|are) (all )?(here|ready|listening|with me)\b[\w\s,.!']{0,30}|(we're|we are) (all )?(here|ready)\b[\w\s,.!']{0,30})?$")
THANKS = re.compile(r"^(thanks|thank you|thx|cheers|great|ok|okay|cool|nice)\b(?!.*\b(?:what|how|why|who|when|where|which|and|about|but|is|are|does|do|did|back to)\b|.*\b(?:what'?s|wat|wot|how'?s|who'?s|where'?s)\s+\w)[\w\s!.,?']{0,30}$"
                    # (a typed "whats", "wot", "whos" only with a word after: "ok whats the record week", not "ok whats" alone)
                    # "ur actually so helpful": a compliment, thanked like thanks
                    r"|^(?:you'?re|youre|ur|you are|u r)(?: actually| really| so| very| such| just)* (?:a )?(?:helpful|great|amazing|awesome|"
                    r"brilliant|the best|a star|a legend|legend|useful|a lifesaver|lifesaver)\W*$")
DISMISSED = re.compile(r"^(?:(?:oh|ok|okay|fine|alright|all right|right|actually)\W+)*(?:never ?mind|nvm|forget (?:it|that|about it)|no worries|doesn'?t matter|skip (?:it|that))\W*$")  # "OK never mind."
HELP = re.compile(r"^(help(?! (?:me|us) (?:to )?(?:understand|know|work out|figure out|find out)\b)|\?|what can you do|what do you do|who are you|what are you|how does this work|what can i ask)\b"
                  r"|^(so |and )?are you (a |an )?(real )?(person|human|bot|robot|ai|machine|computer|program)\b(?: or (a |an )?\w+)?\W*$")
# "this bot is useless, you stupid machine": a rude remark, no question (a question with a rude word is still read)
RUDE = re.compile(r"^(?=[^?]*$)(?=(?:\S+\s+){0,9}\S+\W*$)(?=.*\b(?:you|u|ur|your|bot|machine|chatbot|app|site|thing)\b)"
                  r".*\b(?:useless|stupid|dumb|idiot\w*|moron\w*|suck|sucks|worthless|rubbish|"
                  r"garbage|trash|crap|crappy|shit\w*|pathetic|shut up|hate (?:you|this)|waste of time)\b")
FOLLOW_UP = re.compile(r"^(and|what about|how about|and what about|what of|also|so)\b"
                       r"|^(does|do|did|what does|what do) (the )?(other|second|another) (article|source|report|post|one|piece|site|blog)\b"
                       r"|^(does|do|did) (the )?(news|blog)\w*( one| site| post| report| piece| article)? (say|says|agree|give)\b"
                       r"|^(do|does) (they|both|the two( articles)?|the articles|the sources|the blog( post)?|the news report)"
                       r" (agree|differ|say the same)\b"
                       r"|^(who says so|says who|who said (so|that)|who claims (so|that)|(?:according|acc) to whom?)\b"
                       r"|^(is (that|this|it) (true|right|correct|real)|really|are you sure|which ones|like what|such as"
                       r"|tell me more|go on|what else|anything else|more details|how come|why( is that| so)?\??$"
                       r"|(the )?(source|sources|citation|reference|proof)\W*$)"
                       r"|^(what|how) (does|do|did) the (blog|news)\w*( post| report| article)? (say|put it|report)\??$"
                       r"|^(in|according to) the (blog|news)")
# "is it true 50k were captured", "were sixty thousand returned": a figure to check
# "did the invasion START in 2014?": when something began, a year to check against the fact that dates it
STARTED = re.compile(r"\b(?:start\w*|began|begin\w*|begun|invade\w*|invasion|launch\w*|broke out|break out)\b")
CHECK_FIGURE = re.compile(r"^(is it (true|right|correct|accurate)|true or false|is that (true|right)|did|were|was|are|is|have|has)\b")
# "can I trust the 1.2 million figure?", "should I believe the casualty numbers?", "how reliable is the weekly figure?":
# whether a figure is true, which the bot can't judge; it says who makes the claim (not advice, not the bot itself)
TRUST_FIGURE = re.compile(r"\b(?:can|should|could|do) (?:i|we|people|anyone) (?:really |actually )?(?:trust|believe|rely on)\b"
                          r"(?! (?:you|this bot|the bot|sourced|your)\b)(?=.*\b(?:figures?|numbers?|counts?|estimates?|stats|statistics|data|totals?)\b)"
                          r"|\b(?:is|are) (?:the|that|this|those|these) (?:[\w,.%-]+ ){0,4}?(?:figures?|numbers?|counts?|estimates?|stats|statistics|data"
                          r"|totals?|\d[\d,.]*k?) (?:really |actually )?(?:reliable|trustworthy|accurate|true|believable|credible|legit|real)\b"
                          r"|\bhow (?:reliable|trustworthy|accurate|credible|believable) (?:is|are) (?:the|that|this|those|these)\b")
TRUST_STEMS = {stem(w) for w in ("trust", "believe", "rely", "reliable", "trustworthy", "accurate", "credible", "believable", "real", "legit", "cap")}
CHECK_OPENING = re.compile(r"^is it (?:true|right|correct|accurate)(?: that)? (?=\S)|^(?:so )?(?!(?:what|how|why|where|who|when|which|whose|is|are|does|do|did|can)\b)(?=[a-z]+ (?:does ?n[o']?t|do ?n[o']?t|is ?n[o']?t|are ?n[o']?t|never|only|just|really)\b)")
CARDINAL = re.compile(r"\d|\b(hundreds?|thousands?|millions?|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b")
# a follow-up asked as a whole question of its own ("were they marked?"), not an ellipsis ("and officers?")
# "so how long has it been going on?" after "when did it start?": a length of time, not the last question's date
HOW_LONG = re.compile(r"\bhow long\b(?! ago)")  # anywhere: "for how long?", "I'd like to know how long…" (not "how long ago": a date)
# ("AND is it slowing down?": the same, after a joining word; "what intel comes out of it?")
OWN_FRAME = re.compile(r"^(?:and |so |but )?(is|are|was|were|do|does|did|can|could|has|have|had|will|would|should)\b"
                       r"|^(?:and |so |but )?what (?!about\b|of\b|else\b|if\b)[a-z]+ (?:comes?|came) (?:out of|from)\b"
                       # "what did THOSE ARMBANDS say?", "what did those prisoners say?" after a count: what a thing or the men of the last
                       # subject said, not a count of it
                       r"|^(?:and |so |but )?what (?:(?:did|do|does|have|has) )?(?:(?:those|these|the) )?(?:arm ?bands|bands|patches|signs|labels|badges|tags|leaflets|notes|letters|"
                       r"captured soldiers|prisoners|pows|captives) (?:say|said|tell|told|report|reported|describe|described)\b"
                       # "what does Kyiv LEARN / GAIN FROM them?" after a count: what the men give Ukraine, not a count of them
                       r"|^(?:and |so |but )?what (?:do|does|did|can|could|would|will) (?:[a-z']+ ){1,3}?(?:learn\w*|gain\w*|find out|discover\w*) from\b")
# "russia TAKES them back?", "so ukraine PAID them?": a yes/no question said as a statement, as learners and texters ask it,
# without its "does"/"did": a frame of its own, as "does russia take them back?" is, not the last question's count
SAID_AS_ASKED = re.compile(r"^(?:and |so |but )?(?:russia|ukraine|kyiv|moscow|putin|the kremlin|they|he|she|it) (?:still |just |really |"
                           r"actually |also |even |ever |then )?(?!(?:is|was|has|says|said|means|meant)\b)[a-z]{3,}(?:s|ed)\b(?!.*\b(?:how|what|which|"
                           r"when|where|who|why)\b)(?!.*\b(?:too|also|as well)\W*$)")  # ("they surrendered TOO?": the last count, of them)
# "and the armband thing?", "what about the Kursk story?": a topic named, not a count or date asked of it
A_TOPIC = re.compile(r"\b(?:thing|things|stuff|story|stories|business|claim|bit)\W*$|\bback to\b")  # "ok back to the ages": an earlier topic
PRONOUN = re.compile(r"\b(they|them|their|it|its|those|these)\b")
# "what do you know about I Want to Live?", "whaddya know about …", "what can you tell me about it?": what it is
KNOW_ABOUT = re.compile(r"^what (?:do|can|could) you (?:know|tell (?:me|us)) about\b(?!.*\b(?:share|many|much|number|percent))")
# "does he see THESE SURRENDERS as isolated incidents?" after the pace of surrenders: the noun after "these" names what is
# pointed back at itself, the last question's subject, whose other ideas (the pace) are no part of what is asked
DETERMINED = re.compile(r"\b(?:these|those) ([a-z]{3,}s)\b")
OWN_ITS = re.compile(r"(\b(?:russia|moscow|(?:the )?kremlin|ukraine|kyiv)\b(?!'s)[^.?!,;]*?)\bits\b")


def named_again(text: str, prev: list[set[str]], lex: Lexicon) -> str:
    """The text without "these"/"those" before a noun the last question's ideas hold."""
    held = set().union(*prev) if prev else set()
    text = OWN_ITS.sub(r"\1", text)  # ("does russia bother getting ITS foreign fighters back?": Russia's, named before it)
    return DETERMINED.sub(lambda m: m.group(1) if lex.expand(stem(m.group(1))) & held else m.group(0), text)
WHOSE_AFTER = re.compile(r",? (?:and|but) (?:who|whose|by whom)\b.*$")  # a second question of whose it is
# "is THAT normal for the attacking side?", "why does this matter?": a question about what was just said
POINTS_BACK = re.compile(r"^(and |but |so )?(is|was|are|were|does|did|do|has|have|can|could|would|will) (that|this)\b(?! (is|was|are|were)\b)")
# "which month and year WAS THAT?", "how many was that": a question ending on what was just said
ENDS_BACK = re.compile(r"\b(?:was|is|were|are) (?:that|this|those)\W*$|\bfor (?:that|this)\W*$|\bas (?:proof|evidence) (?:of|for) (?:that|this)\W*$")
# "THAT NUMBER comes from the General Staff, doesn't it?", "is THIS FIGURE reliable?": the last answer's figure, named
THAT_FIGURE = re.compile(r"\b(?:that|this|those|these) (?:number|figure|count|estimate|total|stat|statistic|percentage)s?\b")
SIDE_WORD = re.compile(r"(?<!\bthan )(?<!\bvs )(?<!\bversus )(?<!\bby )(?<!\bby the )(?<!\braid of )(?<!\braid of the )(?<!\bincursion of )"
                       r"(?<!\bincursion of the )(?<!\boffensive of )(?<!\boffensive of the )\bukrainians?( (soldiers?|troops?|prisoners?|pows?|side|army|forces|losses|casualties))?( too| as well| also)?\s*$"
                       # ("AND what about the Ukrainians?", "so how about Ukraine?" as the bare forms)
                       r"|^(and|(?:(?:and|so|ok|but),? )?(?:what|how) about) (the )?ukrainians?\b(?! (officials|government|army chief))"
                       r"|^(?:(and|(?:(?:and|so|ok|but),? )?(?:what|how) about) (for |on )?(ukraine|kyiv)('?s)?( side| own| losses| casualties| army| soldiers| troops)?|(?:the )?(ukraine|kyiv)('?s)? (side|own|losses|casualties))\W*$")


@dataclass
class Understanding:
    """A question as the bot understands it.

    `kind`: "empty", "greeting", "dismissed", "thanks", "help", "out-of-scope" (with `scope`: a lexicon
    category, "year"), "nothing" (no word to look up) or "question"."""

    kind: str
    text: str
    scope: str | None = None
    reading: Reading | None = None
    qtype: str | None = None
    side: str = "russian"  # whose soldiers: the articles count Russians captured by Ukraine
    follow_up: bool = False
    ideas: list[set[str]] = field(default_factory=list)
    prev_topics: set[str] = field(default_factory=set)
    prev_near: frozenset[str] = frozenset()  # facts the last answer links to (related, conflicting)
    compared: set[int] = field(default_factory=set)  # two years compared, kept when a check is retried without its years
    own: list[set[str]] = field(default_factory=list)  # a follow-up's own ideas, beside the last question's
    prev_ideas: list[set[str]] = field(default_factory=list)  # the last question's ideas this one does not repeat
    one_year: bool = False  # a follow-up year after one year's count ("and 2025?"): that year only
    other_period: bool = False  # a rate checked for another period than the fact's ("350 a DAY?" of a week's record)
    other_figure: bool = False  # a follow-up naming a figure the last answer lacks ("who says 420,000?"): about that figure

    @property
    def other_side(self) -> bool:
        return self.side == "ukrainian"


# "when the two sides trade prisoners, which soldiers…": a clause setting the scene before the question
SCENE = re.compile(r"^(when|if|since|as|while|after|although|though|given that|once)\b[^,;:?]*[,;:]\s*(?=(which|what|who|whose|how|why|where|is|are|does|do|did|was|were|can)\b"
                   # ("when they surrender, THEY DON'T GET food?": a statement asked as a question, a learner's yes/no question)
                   r"|(?:they|he|she|we|you|the (?:prisoners|soldiers|pows|men|troops))\b[^?]*\?\s*$)")


# a flashcard's blank to fill: "Year of full-scale invasion: ___" asks when; "POWs handed back in swaps: >___" a figure
YEAR_BLANK = re.compile(r"^(?:the )?(?:year|month|date)\b[^:=?_]+[:=] *_{2,}\W*$|\b(?:in|which) (?:the )?(?:year|month) *_{2,}\W*$")
FIGURE_BLANK = re.compile(r"[:=] *(?:[<>~]|over|more than|about|approx\.?|c\.) *_{2,}\W*$")


def blank_asked(t: str) -> str | None:
    return "when" if YEAR_BLANK.match(t) else "how_many" if FIGURE_BLANK.search(t) else None


def main_clause(tidied: str, text: str) -> str:
    """The question a scene-setting clause leads to (punctuation is in the tidied text only)."""
    m = SCENE.match(tidied)
    return tidy(tidied[m.end():]) if m else text


# "does the blog say the NUMBER OF surrenders has never been seen before?": a yes/no question about a claim, not a count
YES_NO = re.compile(r"^(does|do|did|is|are|was|were|has|have|had|can|could|will|would)\b")
COUNT_ONLY = re.compile(COUNT_WORDS + "|" + PLENTY)


# "how much do commanders CARE about their troops": a degree, asked as a how, not an amount
DEGREE = re.compile(r"\bhow much (?:do|does|did) (?:the )?(?:[a-z']+ ){1,3}(?:care|cares|value|values|valued|matter|matters|trust|"
                    r"respect|like|love|hate|worry|fear|know|believe|mind)\b")


# "what year of the war is it?", "which year of the invasion are we in?": the war's year counted from its start (its fourth), not
# a date in the calendar that a dated fact gives
WAR_YEAR = re.compile(r"\b(?:what|which) (?:year|yr) (?:of|in) (?:the |this )?(?:war|invasion|fighting|conflict)\b")


def qtype_of(text: str) -> str | None:
    if DEGREE.search(text):
        return "how"
    for name, rx in QTYPES:
        if rx.search(text):
            if name == "how_many" and YES_NO.match(text) and not COUNT_ONLY.search(text):
                return None
            return name
    return None


class Scope:
    """Topics the articles do not cover (the lexicon's `out_of_scope`) and the years they do."""

    def __init__(self, out_of_scope: dict[str, list[str]], known_years: set[int]):
        self.terms = [(cat, tidy(t)) for cat, terms in out_of_scope.items() for t in terms]
        cats = dict.fromkeys(cat for cat, _ in self.terms)
        # one pattern per category (an alternation of its terms), in the lexicon's order, with the first words of its terms:
        # a term found in a text starts with one of the text's words, so a category none of whose terms' first words the
        # question holds is passed over without a search (None: a term starting with a sign, always searched)
        firsts = {cat: {m.group() if (m := re.match(r"\w+", t)) else None for c, t in self.terms if c == cat} for cat in cats}
        self.rx = [(cat, re.compile("|".join(rf"(?<![\w]){re.escape(t)}(?![\w])" for c, t in self.terms if c == cat)),
                    None if None in firsts[cat] else firsts[cat]) for cat in cats]
        self.known_years = known_years

    def outside(self, *texts: str) -> str | None:
        words = {w for x in texts for w in re.findall(r"\w+", x)}
        for cat, rx, firsts in self.rx:
            if firsts is not None and firsts.isdisjoint(words):
                continue
            if any(rx.search(ANALOGY.sub("", x) if cat == "other-wars" else x) for x in texts):
                return cat
        return None


def years_reported(reading: Reading, t: str, scope: Scope) -> bool:
    """Whether the question's years are ones the facts report. A year to check ("it started in 2014, right?", "was it 2014
    or 2022?") is dropped instead (the fact giving the real one answers), and the reading marked as checking a date."""
    if not reading.years or reading.years <= scope.known_years:
        return True
    if not (CHECK_FIGURE.match(reading.text) and STARTED.search(reading.text)
            or re.search(r"\b(?:19|20)\d\d or (?:in )?(?:19|20)\d\d\b", t)):
        return False
    dropped = reading.years - scope.known_years
    reading.years, reading.numbers = reading.years - dropped, [n for n in reading.numbers if n not in dropped]
    reading.checks_a_date = True
    return True


def bare_name(reading: Reading, t: str, lex: Lexicon) -> bool:
    """Whether a question is one of the lexicon's names of several words and nothing else ("I Want to Live?"), or only
    asks what is meant by one ("what do you mean, I Want to Live?", "wdym i want to live")."""
    t, said = (WHAT_X_IS.sub(r"\1", NAME_FRAME.sub("", x.strip(" ?.!"))) for x in (t, reading.text))
    return not reading.words and len(reading.concepts) == 1 and re.fullmatch(r"(?:the |about )?[a-z' -]+\W*", t) is not None \
        and any(p == said for p, _ in lex.phrases)


# "what do you mean, I Want to Live?", "wdym i want to live", "sorry, I Want to Live?", "I Want to Live? what do you mean?",
# "what do you mean by that, I Want to Live?": a name asked about and nothing else
NAME_FRAME = re.compile(r"^(?:(?:sorry|wait|hang on|hold on|huh|eh|pardon|excuse me)\b,? )*(?:(?:what do (?:you|u|ya) mean(?: by(?: that| this)?)?|wdym|"
                        r"whaddya mean(?: by)?)\b,? )?|\W* (?:what do (?:you|u|ya) mean|what(?:'s| is) (?:that|this|it)|what does that mean|wdym)$")
# "tell me what I Want to Live is", "can you explain what I Want to Live means": the name asked what it is
WHAT_X_IS = re.compile(r"^(?:(?:can|could) you |please )?(?:tell me|explain(?: to me)?) what (.+?) (?:is(?: for)?|means|does)$")


def bare_share(t: str) -> str | None:
    """"foreigners % among pows": a bare % sign asks for a share (the reading drops the sign)."""
    return "share" if "%" in t else None


def follows(reading: Reading, states_a_figure: bool, asked: str = "") -> bool:
    """A follow-up: an ellipsis ("and in 2025?"), a bare word, or a question that points back ("what happened to THEM?").
    "Is IT true that 500 surrendered in one week?": the "it" of a check's opening points nowhere; "what illnesses AGAIN?"
    (`asked`, as typed) is asked afresh, a word of its own no ellipsis of the last question."""
    said = CHECK_OPENING.sub("", reading.text) or reading.text
    said = WHOSE_AFTER.sub("", said) or said  # ("what's the estimate AND WHO PRODUCED IT?": the estimate asked just before)
    bare = len(reading.words) <= 1 and not (reading.words and REMINDED.search(asked))
    # ("in square km?", "per year?": the last answer's figure in other terms, otherunits.CONVERT)
    return (FOLLOW_UP.match(said) is not None or CONVERT.match(said) is not None or FACT_OR_VIEW.match(said) is not None or SIMPLER.match(said) is not None or bare and not (said != reading.text and states_a_figure)
            or PRONOUN.search(said) is not None or POINTS_BACK.search(said) is not None or ENDS_BACK.search(said) is not None
            or THAT_FIGURE.search(said) is not None)


def trusting(u: Understanding) -> None:
    """"Should I believe the casualty numbers?": the figure is the subject; no view is asked for, and believing is no idea."""
    if TRUST_FIGURE.search(u.text):
        u.qtype = None if u.qtype == "opinion" else u.qtype
        u.ideas = [c for c in u.ideas if not c & TRUST_STEMS]


# "why should I BELIEVE Ukraine's numbers?": trusting a figure, not the soldiers' belief in their cause (morale)
BELIEVE_FIGURES = re.compile(r"\bbelieve\b(?= (?:in )?(?:[\w']+ ){0,3}?(?:figures?|numbers?|counts?|claims?|data|stats|statistics|totals?|"
                             r"reports?|articles?|sources?)\b)", re.I)


# "how many have been captured SINCE 2022?", "since February 2022", "from 2022 on": from the first year the articles report
# on, the whole span they cover (as "last year" is the latest), not a figure for that one year
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
SINCE_YEAR = re.compile(r"\bsince (?:the (?:start|beginning) of |early |late )?(?:\d{1,2} )?(?:(" + "|".join(MONTHS) + r") )?(?:\d{1,2} )?"
                        r"((?:19|20)\d\d)\b|\bfrom ((?:19|20)\d\d) (?:on|onwards?)\b")


def since_the_first(u: Understanding, known_years: set[int]) -> None:
    """"Since 2022" when 2022 is the first year any fact reports: all along, not that year (nor its month and day)."""
    reading = u.reading
    m = SINCE_YEAR.search(reading.text)
    year = int(m.group(2) or m.group(3)) if m else None
    if year is None or not known_years or year != min(known_years) or year not in reading.years:
        return
    said = {float(n) for n in re.findall(r"\d+", m.group(0))}
    reading.years, reading.numbers = reading.years - {year}, [n for n in reading.numbers if n not in said]
    if m.group(1):  # "since FEBRUARY 2022": no subject of its own
        u.ideas = [c for c in u.ideas if stem(m.group(1)) not in c]
    reading.all_along = True


def keeps_last_type(text: str, t: str) -> bool:
    """Whether a follow-up asks with the last question's type: not when it has a frame of its own ("were they marked?",
    "russia takes them back?"), names a topic ("the armband thing?") or asks how long."""
    return SCOPE_OF_IT.match(text) is not None or not OWN_FRAME.match(text) and not A_TOPIC.search(t) and not HOW_LONG.search(text) \
        and not SAID_AS_ASKED.match(t)  # ("does that include foreigners?" after a count: how many of them)


def carried(u: Understanding, context: dict, t: str) -> list[set[str]]:
    """The last question's ideas a follow-up carries (after_a_count); "where?", "why did they?", "how many?" after "who gets
    captured?" (a list: what kind of soldiers) ask of the men caught, not of their make-up."""
    prev = after_a_count(u, [set(c) for c in context.get("concepts", [])], context, t)
    if u.qtype in ("where", "why", "when", "how", "how_many") and context.get("qtype") == "list":  # ("how many?": of the men caught)
        prev = [c for c in prev if "breakdown" not in c] or prev
    return prev


def settled(u: Understanding, lex: Lexicon, context: dict, known_years: set[int] = frozenset()) -> Understanding:
    """The reading's last word: "since" the first year the articles report is all along; a view of the author's asked of
    nothing in particular is his main argument (overall.py); no word left to look up, no year and no figure: nothing to
    look up."""
    since_the_first(u, known_years)
    one_of(u, lex, read)  # "are most of them volunteers or conscripts?": either group's share answers
    told_from(u, lex, read)  # "what share were volunteers rather than conscripts?": the share of volunteers
    overall_view(u, lex, bool(context.get("facts")) and u.follow_up)
    if not u.ideas and not u.reading.years and not u.reading.numbers \
            or (FACT_OR_VIEW.match(u.text) or ITS_BREAKDOWN.match(u.reading.text)) and not context.get("facts"):  # "fact or opinion?",
        # "how does it break down?" with no claim or figure shown to judge or break down
        u.kind = "nothing"
    return u


def checked_type(u: Understanding, reading, t: str) -> list[float]:
    """The type of a question that checks a date or a figure (set on `u`); the figures it states, not years."""
    if reading.checks_a_date and u.qtype is None:
        u.qtype = "when"  # "did the invasion begin in 2015?": when it began
    stated = [n for n in reading.numbers if n not in reading.years]
    if (u.qtype is None or u.qtype == "compare" and any(n >= 100 for n in stated)) and CHECK_FIGURE.match(reading.text) \
            and CARDINAL.search(t) and stated:  # ("is it true MORE THAN two million…": a check too)
        # "is it true 50k were captured?": checked against the fact that gives the figure
        u.qtype = "share" if re.search(r"%|\bper ?cent|\bpercent", t) else "how_many"
    return stated


def understand(question: str, lex: Lexicon, scope: Scope, context: dict | None = None) -> Understanding:
    """Read one question in the light of the conversation so far (`context`, may be empty)."""
    question = BELIEVE_FIGURES.sub("trust", as_check(without_guess(fronted(as_meant(question)))))
    # "Who wrote it? I'm a journalist and need to credit it.": the question, not the remark after it
    t = REMARK_AFTER.sub("", tidy(question))
    if not t:
        return Understanding("empty", t)
    for kind, rx in (("greeting", GREETING), ("dismissed", DISMISSED), ("thanks", THANKS), ("help", HELP), ("rude", RUDE)):
        if rx.match(t):
            return Understanding(kind, t)
    question, t = their_offer(question, t, context or {})
    reading = read(question, lex)
    if (cat := scope.outside(TEACHING.sub("", t), TEACHING.sub("", reading.text))) and not (cat == "advice" and TRUST_FIGURE.search(t) or asked_otherwise(cat, t)):
        return Understanding("out-of-scope", t, scope=cat, reading=reading)
    if reading.last_year and not reading.years and scope.known_years:  # "last year": the latest year a fact reports
        reading.years = {max(scope.known_years)}
    if not years_reported(reading, t, scope):
        return Understanding("out-of-scope", t, scope="year", reading=reading)
    u = Understanding("question", t, reading=reading, qtype=None if WAR_YEAR.search(t) else qtype_of(main_clause(t, reading.text)) or bare_share(t) or blank_asked(t) or ("what_is" if KNOW_ABOUT.match(t) else None), ideas=reading.concepts,
                      side=side_of(reading.text))
    trusting(u)
    stated = checked_type(u, reading, t)
    context = context or {}
    # a name asked bare, first or after nothing was answered ("i want to live?" after a teacher's remark on next week's
    # lesson): what it is, not the remark's week
    named_bare = u.qtype is None and not context.get("facts") and not stated and bare_name(reading, t, lex)
    if named_bare:
        u.qtype = "what_is"
    u.follow_up = bool(context) and not named_bare and follows(reading, bool(stated), t)
    if u.follow_up:
        u.prev_topics = set(context.get("topics", []))
        u.prev_near = frozenset(context.get("near", []))
        if SIDE_WORD.search(reading.text) and context.get("counted"):  # "what about ukrainians?" after a count
            u.side = "ukrainian"
        elif context.get("side") == "ukrainian" and not re.search(r"\brussia|\bkremlin|\bputin|\bmoscow", reading.text):
            u.side = "ukrainian"  # still about Ukraine's own soldiers
        if keeps_last_type(reading.text, t) and not (WHAT_THING.match(reading.text) and context.get("qtype") in ("why", "how")):
            # "and in 2025?" keeps the last question's type; "were they marked?" has its own; "and the armband THING?" asks
            # about a topic, not the last question's count of it
            u.qtype = u.qtype or context.get("qtype")
        prev = carried(u, context, t)
        if not u.ideas:
            u.ideas = prev
        else:  # what the follow-up adds is what it asks about; the last question's subject counts as a bonus
            u.own = [c for c in u.ideas if c not in prev]
            u.prev_ideas = [c for c in prev if c not in u.ideas]
            if u.qtype and u.qtype != context.get("qtype"):  # "when did it start?" after "how long…": not the length again
                u.prev_ideas = [c for c in u.prev_ideas if "~how long" not in c]
            if (PRONOUN.search(named_again(reading.text, prev, lex)) or POINTS_BACK.search(reading.text) or WHAT_THING.match(reading.text)
                    or ITS_BREAKDOWN.match(reading.text) or BY_PART.match(reading.text)  # ("by region?"; "break THAT down" after a share: its breakdown, as "break it down")
                    or (context.get("side") == "ukrainian" and u.side == "russian")) and not GOT_FOR_IT.search(t):
                # (but "what did they get FOR ALL THAT?" after the losses: what the losses bought, not the losses again)
                # "where were THEY recruited from", "and for the Russians Ukraine holds?": the last question's subject too
                u.ideas = u.ideas + u.prev_ideas
    return settled(u, lex, context, scope.known_years)
