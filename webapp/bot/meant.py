"""Rewrites read before anything else, the out-of-scope check included: a promise to a man who surrenders asked in the
present, the author named the long way round as the author, a dictated 'weather' read as 'whether', a likeness to another
war's propaganda asked of this war; and a writer's view of the future told from a forecast. Split from sounds_like.py,
whose rewrites are read later (normalize.read).

No Flask.
"""
from __future__ import annotations

import re

from .literals import Rewrites
from .autocorrect import as_typed
from .pidgin import as_english

# a side's own men, got back in a swap ("recuperate its WOUNDED")
_ITS_MEN = r"(?:soldiers|men|troops|prisoners|pows|captives|fighters|foreign fighters|boys|sons?|wounded|injured|sick|captured)"
_HOLDING = {"sitting": "holding", "sits": "holds", "sit": "hold", "sat": "held"}
_GET = {"e": "get", "es": "gets", "ed": "got", "ing": "getting"}

# "prefer" not said of the men themselves ("would the SOLDIERS prefer to be exchanged?"), read as "favour" in a swap
NOT_THE_MENS_OWN = "".join(f"(?<!{w} )" for w in ("soldiers", "soldier", "men", "troops", "fighters", "prisoners", "prisoner", "captives", "pows", "captured"))
# rewrites read before anything else, the out-of-scope check included (as_meant)
AS_MEANT = [
            # "can I surrender?", "could I defect?": whether a soldier can, asked in the first person, as "can he surrender?" is
            # (not advice, which "should I surrender?" asks, nor a how-to for the visitor himself: "how do I surrender if I am a
            # Russian soldier?" stays refused)
            (re.compile(r"^((?:and |so |but |ok )?(?:can|could|may) )i ((?:actually |even |still |just )?(?:surrender|give myself up|give up|"
                        r"defect|hand myself (?:in|over)|lay down my (?:arms|weapons)))\b", re.I),
             lambda m: f"{m.group(1)}a soldier {m.group(2).replace('myself', 'himself').replace('my ', 'his ')}"),
            # "is it like the old leaflet drops FROM WW2?": this war's way likened to a thing of another war, asked of this war (as
            # ", like the leaflet drops of WW2" said beside the question already was); the other war's own events stay out of scope
            (re.compile(r"^((?:and |so |but )?(?:is|was|are|were) (?:it|this|that|they|these|those) (?:just |basically |a bit |sort of |kind of |much |rather )?"
                        r"like (?:the |those |them )?(?:[a-z-]+ ){0,2}?(?:leaflets?|leaflet drops?|loudspeakers?|propaganda|broadcasts?|psyops?))"
                        r" (?:from|in|during|of|back in) (?:the )?(?:ww ?(?:2|ii|two|1|i|one)|world war (?:2|ii|two|1|i|one)|(?:second|first) world war|last (?:big )?war)\b", re.I),
             r"\1"),
            # "whether THE GENTLEMAN WHO WRITES THE BLOG thinks…", "does the lady who wrote the post take it to mean…": the author
            # named the long way round, whose view is asked
            (re.compile(r"\bthe (?:gentleman|lady|man|woman|person|chap|fellow|guy|bloke|journalist|reporter) who (?:writes|wrote|penned) "
                           r"(?:the |that |this )?(blog(?: post)?|post|report|news report|article|piece)\b(?= (?:thinks?|says?|believes?|feels?|"
                           r"argues?|claims?|reckons?|means?|concludes?|takes? (?:it|that|this) to mean|makes? of|reads? (?:it|that|this) as))", re.I), r"the author of the \1"),
            # "did Michael Drucker RIGHT the blog?", "did he RIGHT the report": a dictated "write", known by the article after it
            (re.compile(r"\b((?:did|does)(?: [a-z.]+){0,3}) right(?= (?:the|this|that) (?:article|blog|post|report|piece|story)\b)", re.I), r"\1 write"),
            # "and for CALENDAR 2025 on its own?", "in calendar year 2024": the year itself (as "in 2025" is read)
            (re.compile(r"\bcalendar (?:year )?(?=(?:19|20)\d\d\b)", re.I), ""),
            # "how does the blog WORD that share?": how it phrases it (the verb, not "the Russian word for …")
            (re.compile(r"\b(how (?:does|do|did) (?:the |that |this |each |either )?(?:[a-z]+ )?(?:blog|post|report|piece|article|story|author|writer|news)) word\b", re.I), r"\1 phrase"),
            # "what does the author think WILL HAPPEN in the end?": where his argument ends, his conclusion (when the war will
            # end, a date or an outcome named, stays a forecast)
            (re.compile(r"\b(author|blogger|writer|columnist)((?: of the (?:blog(?: post)?|post|piece))?) (?:think|thinks|expect|expects|believe|believes|reckon|reckons) "
                        r"(?:will|is going to) happen(?: in the end| eventually| ultimately| at the end| in the long run)?(?=\W*$)", re.I), r"\1\2 conclude"),
            # "I keep hearing about a place called Donetsk … . IS THAT WHERE most were taken?": the place named in the remark
            # before, asked of (the remark itself is dropped as one)
            (re.compile(r"\b((?:place|town|city|region|area|province|spot) (?:called|named) ([A-Z][a-z]+)\b[^?]*?[.!;]\s+)([Ii]s|[Ww]as) (?:that|it) (?=where\b)"),
             r"\1\3 \2 "),
            # "if he surrenders, WILL THEY FEED him?", "WILL HE BE ALLOWED TO call us?": what a man who gives himself up is
            # promised, asked of him ahead; read in the present ("do they feed him?", "can he call us?"), not as a forecast
            (re.compile(r"\b(?:will|would) (they|ukraine|the ukrainians) (feed|treat|look after|care for|give (?:him|them)|let (?:him|them)|send (?:him|them) back)\b",
                        re.I), r"do \1 \2"),
            # "WILL THEY HURT HIM if he surrenders?": how a man who gives himself up is treated, asked ahead
            (re.compile(r"\b(?:will|would) (they|ukraine|the ukrainians) (?:hurt|harm) (him|them)\b", re.I), r"do \1 treat \2 well"),
            (re.compile(r"\b(?:will|would) (he|they|she|i|we|a prisoner|the prisoners|prisoners|my \w+|your \w+|our \w+) (?:ever )?(?:be )?"
                        r"(?:allowed|permitted|let|able) to\b", re.I), r"can \1"),
            # "WILL RUSSIA TRY to bring him home if he's caught?": what a side does for its captured men, asked of one man ahead
            (re.compile(r"\b(?:will|would) (russia|moscow|the kremlin|ukraine|kyiv) (?:even )?(try|want|bother|fight|work) to\b(?=.*\bif\b)", re.I),
             r"does \1 \2 to"),
            # "what does an army need IF IT'S GOING TO WIN?": a condition, not a forecast ("is Russia going to win?" stays one)
            (re.compile(r"\b(?:if|when) (?:it|they|an army|armies|a side|you|one)(?:'s| is|'re| are) (?:ever )?going to (win|succeed|prevail|fight well)\b", re.I), r"to \1"),
            # "WEATHER a soldier is anywhere on the front, can he…": a dictating phone's 'whether', known by what follows it
            (re.compile(r"\bweather (?=(?:or not|a|an|the|he|she|they|it|there|russia|ukraine|soldiers?|prisoners?|men|i|we|you)\b)", re.I),
             "whether "),
            # "And MAY such a man get word to his family?": asking leave, not the month
            (re.compile(r"^((?:and |so |but )?)may (?=(?:i|we|he|she|they|you|such|a|an|the|prisoners?|soldiers?|men|my|his|their)\b)", re.I),
             r"\1can "),
            # "can he surrender?", "could a Russian soldier give himself up?": whether he can is how he can (the route the project
            # offers), not what each surrender does; said alone, with nothing after the verb ("may" is read as "can" above)
            # (not "they", often a kind carried from the last answer: "what share were officers? >> can they surrender?")
            (re.compile(r"^((?:and |so |but )?)(?:can|could) (he|i|one|a man|(?:an? |the )?(?:russian |enemy )?(?:soldiers?|troops?|men|servicem[ae]n))"
                        r" (?:still |actually |even |really )?(surrender|give (?:himself |themselves |myself )?up|defect)\W*$", re.I),
             r"\1how can \2 \3?"),
            # "what's the BIGGEST NUMBER I CAN USE to show they're giving up?": the largest figure to quote, the total (not a record)
            (re.compile(r"\b(?:biggest|largest|highest|strongest|most impressive) (?:number|figure|stat|statistic) (?:i|we) (?:can|could) "
                        r"(?:use|cite|quote|give|point to)\b", re.I), "total number"),
            # "that scheme called 'I WANT TO SURVIVE' or some such?", "the 'I want to stay alive' hotline": the project's name
            # ("I want to live") half remembered, known by the quotes, "called" before it or "or whatever" after it
            (re.compile(r"(?:(?<=called )|(?<=named )|(?<=called, )|(?<=called ['\"\u2018\u201c])|(?<=named ['\"\u2018\u201c])|(?<=called, ['\"\u2018\u201c])"
                        # (quoted alone, a name only beside a thing named: not the men's own words, "why surrender, 'I want to survive'?")
                        r"|(?<=['\"\u2018\u201c])(?=i want to \w+(?: \w+)?['\"\u2019\u201d]?,? (?:\w+ ){0,2}(?:project|programme|program|initiative|hotline|"
                        r"helpline|scheme|service|app|bot|chatbot|line|campaign)\b))i want to (?:survive|stay alive|be alive)\b"
                        r"(?=['\"\u2019\u201d]|,? or (?:whatever|something|some such|similar|so)\b)", re.I), "I want to live"),
            # "what was that scheme CALLED 'I want to live'?": the name said after the thing named, asked what it is (not who calls what)
            (re.compile(r"\b(project|programme|program|initiative|hotline|helpline|scheme|service) (?:called|named),? "
                        r"(['\"\u2018\u201c]?i want to live\b['\"\u2019\u201d]?)", re.I), r"\2 \1"),
            # "SINCE RUSSIA EXECUTES DESERTERS, why do soldiers still surrender?", "given that the war ended in 2024, how many…": a
            # premise said first and granted, not what is asked (a time said first, "since 2023, how many…", is kept)
            (re.compile(r"^((?:(?:and|so|but|ok|okay|well)\W+)*)(?:since(?!\s+(?:(?:19|20)\d\d|the (?:start|beginning|invasion|war)|then|when|january|february|march|"
                        r"april|may|june|july|august|september|october|november|december|last|early|late|mid)\b)|given(?: that)?|seeing (?:as|that)|considering(?: that)?|"
                        r"because|now that|assuming(?: that)?|knowing(?: that)?|if (?:it'?s|it is) true(?: that)?)\s+[^,?;:]{3,120}?,\s*"
                        r"(?=(?:why|how|what|who|whom|whose|where|when|which|do|does|did|is|are|was|were|can|could|will|would|should|has|have)\b)", re.I), r"\1"),
            # "can I verify that?", "where can I check that figure?", "how do I check that?", "fact check that pls": whether the
            # last answer can be checked, which its claimant and citation answer (not advice asked, nor a new subject)
            (re.compile(r"^((?:and |so |ok |but )?)(?:(?:how|where) (?:do|can|could|would|should) (?:i|we|you|one|people) |(?:can|could|may) (?:i|we|you|one) |"
                        r"(?:i|we) (?:want|need|would like) to )(?:check|verify|confirm|fact[- ]?check|double[- ]?check)(?: up on)? (?:that|this|it)"
                        r"(?: (?:figure|number|count|claim|stat|estimate|one))?(?: (?:myself|for myself|anywhere|somewhere|independently|please|pls))*\W*$"
                        r"|^((?:and |so |ok |but )?)(?:fact[- ]?check|double[- ]?check|verify) (?:that|this|it)(?: (?:please|pls|for me))*\W*$", re.I), r"\1\2can that be checked?"),
            # "that seems low, isn't it more like 100,000?", "wow that's a lot. who counted them?": the visitor's verdict on the last
            # figure, said before what is asked
            (re.compile(r"^(?:wow|hmm|huh|oh|ok|okay|well)?,?\s*(?:that|this|it)(?:'s| is| seems| sounds| looks| feels)(?: really| very| quite| a bit| way| pretty|"
                        r" rather| so| too| kind of| kinda)? (?:low|high|small|big|large|tiny|huge|little|few|many|much|a lot|massive|insane|crazy|"
                        r"unbelievable|hard to believe|suspicious|odd|weird|strange)\s*[,.;!]+\s*(?=\w)"
                        # "THATS MESSED UP why would russia do that?", "that's cruel. why…": the visitor's dismay at the last answer
                        r"|^(?:wow|oh|man|god|jeez)?,?\s*(?:that|this)(?:'s|s| is)(?: really| so| pretty| just| kinda| kind of)? (?:messed up|awful|terrible|"
                        r"horrible|cruel|brutal|grim|harsh|sad|dark|twisted|disgusting|wrong(?=\W*(?:why|how)\b))\s*(?:[,.;!]+\s*|\s(?=(?:why|how)\b))(?=\w)", re.I), ""),
            # ("that's WRONG, the blog says 7%": a challenge to the last answer, set aside only before a why or how)
            # "how many are IMPRISONED IN UKRAINE?", "jailed by the Ukrainians": held captive, not punished at home
            (re.compile(r"\b(?:imprisoned|jailed|incarcerated) (in|by) (ukraine|kyiv|the ukrainians|ukrainians)\b", re.I), r"held captive \1 \2"),
            # "POWs IN UKRAINIAN HANDS", "in the hands of Kyiv": held by Ukraine; "at THE CLOSE OF 2025": the end of a period
            (re.compile(r"\bin (?:ukrainian|ukraine's|kyiv's|the ukrainians') hands\b|\bin the hands of (?:ukraine|kyiv|the ukrainians)\b", re.I), "held by ukraine"),
            # "do the categories SUM TO a hundred?", "EXHAUST THE SAMPLE?": shares that make a whole, the facts' "add up to"
            (re.compile(r"\b(?:sums?|summed|totals?|totalled|totaled) (?:up )?to (?=100\b|a hundred\b|one hundred\b)|\bexhausts? (?:the|their|its|all the) (?:sample|total|whole|lot)\b", re.I), "add up to "),
            (re.compile(r"\b(at|by|around|towards?|near) the close of (?=(?:19|20)\d\d|the year|that year|last year)", re.I), r"\1 the end of "),
            # "the blogger thinks the surrenders are A BIG DEAL?": how much they matter, as "important" (no fact holds "deal": it had
            # been refused); not "is that a big deal?" of the last answer, which asks how big its figure is (lastanswer.SO_MANY)
            (re.compile(r"(?<!\bis that )(?<!\bis this )(?<!\bis it )(?<!\bwas that )(?<!\bwas it )(?<!\bisn't that )"
                        r"\b(?:a|such a|that) (?:big|huge|major|massive) deal\b", re.I), "important"),
            # "were soldiers lied to ABOUT WHERE THEY WOULD SERVE?", "misled about where they'd be sent": deceived about their posts, a
            # yes/no question (not where they serve, a place no fact names)
            (re.compile(r"\babout where (?:they|he|the men|the soldiers|the recruits|their sons|my son)(?:'d| would| will| were going to| was going to| are going to) "
                        r"(?:serve|be serving|be sent|be posted|be deployed|be stationed|end up)\b", re.I), "about their posts"),
            # "would they swap him back ONE DAY?", "could he come home SOMEDAY?": at some time, not a day's count ("in one day",
            # "per day" stay one)
            (re.compile(r"(?<!\bin )(?<!\bon )(?<!\bper )(?<!\bfor )(?<!\bwithin )(?<!\bjust )(?<!\bonly )\b(?:one day|some day|someday)(?=\s*(?:[,?.!]|$))", re.I), ""),
            # "what share are OFFICIALS? I MEAN THE OFFICERS.": the visitor's own word corrected after the question; the correction
            # takes the last word's place (not a verb's: "how many were captured? I mean in 2025" adds to it, and stays a remark)
            (re.compile(r"\b(?![a-z]+ed\b)[a-z-]{3,}\?\s+i mean,? (?:the |those )?((?!(?:in|on|at|for|from|by|with|like|since|during|as|not|that|this|it|they|"
                        r"them|he|she|how|what|who|which|when|where|why|only|just|also|because|if|is|are|was|were|do|does|did|can|more|less)\b)[a-z-]{3,}(?: [a-z-]{3,})?)\W*$", re.I), r"\1?"),
            # "do they GET IN TROUBLE when they go back home?": punished, a child's or a texter's word for it (not "in trouble with the
            # law", a criminal past)
            (re.compile(r"\b(get|gets|got|getting|be|been|being|are|is|were|was) (?:in|into) (?:big |serious |real |any )?trouble\b(?! with the (?:law|police))", re.I),
             r"\1 punished"),
            (re.compile(r"\b(are|is|were|was|will) (they|he|she|the (?:prisoners|soldiers|men|pows|captives|deserters|defectors))(?: be)? (?:in|into) (?:big |serious |real |any )?trouble\b(?! with the (?:law|police))", re.I),
             r"\1 \2 punished"),
            # "are the surrenders IN THOSE PLACES isolated?", "how many were taken in those regions?": the places the last answer named,
            # as "there" (no place idea of their own for a fact to hold beside the question's subject)
            # (not why there: "why do they cluster in those places?" asks what the places share, place_reasons)
            (re.compile(r"^(?!.*\b(?:why|how come|what explains)\b)(.*?)\b(?:in|at|around) (?:those|these|the same) (?:places|regions|areas|towns|cities|spots|sectors|locations|parts of the front)\b", re.I), r"\1there"),
            # "is the author SYMPATHETIC WITH Putin?", "is the blogger critical of the Kremlin?", "is the writer pro-Putin?": where the
            # writer stands on someone, which the writer's views of him answer
            (re.compile(r"^(?:and |so |but )?(?:is|was) (the (?:author|blogger|writer|columnist)(?: of the (?:blog|blog post|post|article))?|the blog(?: post)?(?:(?:'s)? (?:author|writer))?) "
                        r"(?:(?:rather|quite|very|at all|more|too|in any way|somewhat|a bit) )?(?:(?:sympathetic|sympathising|sympathizing|favourable|favorable|friendly|supportive|hostile|critical|soft|"
                        r"kind) (?:with|to|towards?|of|on|against|for) |(?:pro|anti)[- ]?|(?:a )?(?:fan|supporter|critic|admirer|defender|opponent) of |on (?=\w+'s side))"
                        r"(putin|the kremlin|the russian (?:army|government|state|leadership|regime)|zelensky\w*)(?:'s side)?\b", re.I),
             lambda m: f"what does {m.group(1)} think of {m.group(2)}"),
            # "the project the news report DRAWS ITS DATA FROM", "where does the blog draw its figures from": a source the data is
            # taken from, not a draw that lures men in
            (re.compile(r"\b(draws?|drew|drawn|drawing) (its|their|his|her|the|these|those|that|this) (data|figures?|numbers?|statistics|stats|information|info|counts?|evidence)\b", re.I),
             lambda m: f"{ {'draw': 'get', 'draws': 'gets', 'drawing': 'getting'}.get(m.group(1).lower(), 'got')} {m.group(2)} {m.group(3)}"),
            # "how it FUNCTIONS?", "how does the project operate?": how it works, a learner's or a formal word for it
            (re.compile(r"\bhow (?:does |do |is |are )?(it|they|this|that|(?:the|these|those) (?:[a-z'-]+ ){0,2}?[a-z'-]+|i want to live) "
                        r"(?:functions?|functioning|operates?|operating)\b", re.I), r"how does \1 work"),
            # "what country is the blogger from?", "the author's nationality?": where the writer is from, which the article's record
            # answers (not the foreign fighters' countries)
            (re.compile(r"\b(?:what|which) (?:country|nationality) (?:is|was) (the (?:author|blogger|writer|journalist|reporter)|he|she)(?: from)?\b"
                        r"|\bwhat(?:'s| is| was) (?:the )?(?:nationality|home country) of (the (?:author|blogger|writer|journalist|reporter))\b", re.I),
             lambda m: f"where is {m.group(1) or m.group(2)} from"),
            # "how many OF OURS was captured?", "how many of ours came back?": the speaker's own soldiers, as "our soldiers" is read
            # (not where only Russia is named as holding them: "how many of ours do the Russians have?" is Ukraine's, left as it is)
            (re.compile(r"^(?!(?!.*\b(?:ukrain|kyiv)).*\b(?:russia|russians|moscow|kremlin)\b)(.*?\b(?:how many|how much|which|any|some|most|many|none|all|one|lots|plenty) of) ours\b", re.I),
             r"\1 our soldiers"),
            # "how many NATIONALITIES?": the countries the foreign fighters come from, as the articles count them (not "national
            # service", nor one nationality asked of the author)
            # (not the nationalities of Ukraine's own soldiers, which no article counts)
            (re.compile(r"^(?!.*\bukrain(?:e'?s|ian)\w* (?:soldiers|troops|army|forces|side|men)\b)(.*?)\bnationalities\b", re.I), r"\1countries"),
            # "Russia wants to RECUPERATE THEM?": a Spanish speaker's "recuperar", to get back (the English verb takes no object)
            # "does Ukraine recuperate its soldiers in the exchanges?": Ukraine getting its own men home, where a swap is named
            # (without one, "does Ukraine try to recuperate its soldiers?" could be nursing them back to health)
            (re.compile(r"^(?=.*\b(?:exchang|swap|trad(?:e|es|ed|ing)\b))(.*?\b(?:ukraine|ukrainians|kyiv|zelensky\w*) (?:[a-z']+ ){0,3}?)recuperat(e|es|ed|ing) "
                        rf"(?:its|their|his|our) (?:own )?({_ITS_MEN})\b", re.I),
             lambda m: f"{m.group(1)}{_GET[m.group(2).lower()]} its own {m.group(3)} back"),
            # "does Russia try to recuperate its wounded?": Russia getting back its men (not "recuperate the territory")
            (re.compile(r"^(?=.*\b(?:russia|russians|moscow|kremlin|putin)\b)(.*?)\brecuperat(e|es|ed|ing) (?=(?:them|him|those|these|(?:its|their|his|the|our|my) "
                        rf"(?:own )?{_ITS_MEN})\b)", re.I),
             lambda m: m.group(1) + _GET[m.group(2).lower()] + " back "),
            # "is the blog opinion or is it A NOTICE?": a Spanish speaker's "noticia", news, set against opinion
            (re.compile(r"\b(opinion\b[^?]*\bor (?:is it |it is |is it just |just )?)(?:a |an )?notice\b|\b(?:a |an )?notice(?= or (?:is it |it is )?(?:an? )?opinion\b)", re.I),
             lambda m: (m.group(1) or "") + "news"),
            # "are there foreign fighters among them and WHERE ARE THEY FROM?": the countries they come from, which the articles give
            # as a count (not where Russia's own soldiers come from, which no article says)
            (re.compile(r"\b((?:foreign\w*|mercenar\w*|mercs?)\b[^?]*?)\bwhere (?:are|were|do|did) (?:they|these|those|them)(?: all)?(?: come| came)? from\b", re.I),
             r"\1from how many countries are they"),
            # "it says 'published data'. does it say WHO PUBLISHED IT?", "who compiled the data?": whose the figure's data are (not who
            # published the article)
            (re.compile(r"^.*\bdata\b[^?]*?\bwho (?:published|collected|compiled|produced|released|put out|gathered) (?:it|them|that|those)\b"
                        r"|^(?:(?:and|so|but) )?(?:(?:does|do|did) (?:it|the (?:news )?report|the blog(?: post)?|the article) say )?who (?:published|collected|compiled|produced|released|put out|gathered) "
                        r"(?:the|that|this|those|these) (?:data|figures?|numbers?|stats?|statistics)\b", re.I | re.S), "whose data is that"),
            # "is that official?": whose the last figure is, as "is that an official figure?"
            (re.compile(r"^((?:and |so |ok |but )?(?:is|was) (?:that|this|it)) (?:official|officially confirmed)\W*$", re.I), r"\1 an official figure?"),
            # "which soldiers does Russia PREFER to receive back in the exchange?", "who do they prefer in the swaps?": whom the swaps
            # favour, not what is better (a life "preferred"; "prefer UKRAINIAN captivity"); not the men's own wish ("would the men
            # prefer to go home in a swap?", "the prisoners would prefer …")
            (re.compile(r"\b" + NOT_THE_MENS_OWN + r"prefer(s|red|ring)?\b(?=.*(?:\b(?:exchang\w*|swaps?|trades?|traded)\b|\b(?:recover\w*|(?:get|receive|take|have|bring|see|want)"
                        r"(?: \w+)? back)\b))(?!.*\b(?:prisoners?|captiv\w*|captured|pows?) (?:prefer|would prefer|prefers)\b)", re.I),
             lambda m: "favour" + {"s": "s", "red": "ed", "ring": "ing"}.get((m.group(1) or "").lower(), "")),
            # "wat DOSE the bloger think", "DOSE ukraine keep them?": "does" typed as it sounds (a dose of medicine stays one)
            (re.compile(r"(^|\b(?:what|wat|wot|how|why|who|where|when|which|wich|wen|wher) )dose(?= (?:the|they|it|he|she|this|that|ukraine|russia|kyiv|moscow|anyone|any|each|either)\b)", re.I),
             r"\1does"),
            # "what's the blog's big CLOSING LINE?", "how does the blog END?", "the bit at the end": the view the author ends on, his
            # conclusion (not the news report's last paragraph, which ends on a figure)
            (re.compile(r"^((?:and |so |ok |cool\.? |now )*)(?:(?:what(?:'s| is| are| was)|give me|tell me) (?:the )?(?:(?:blog(?: post)?|post|author|blogger|writer)'?s )?"
                        r"(?:(?:big|final|last|closing|main) )?(?:closing (?:line|lines|words|paragraph|thought|thoughts|argument)|last (?:line|lines|words|paragraph)|"
                        r"final (?:line|lines|words|paragraph|thought|thoughts)|ending|sign-?off|kicker)(?: of (?:the )?(?:blog(?: post)?|post|piece))?"
                        r"|how (?:does|did) (?:the )?(?:blog(?: post)?|post|author|blogger|writer) (?:end|finish|wrap up|close|sign off)(?: (?:it|the (?:blog|post|piece)))?)(?=\W*(?:$|,))", re.I),
             r"\1what does the author conclude"),
            # "and the BIT AT THE END ABOUT belief - WHAT'S THE IDEA THERE?": a part of the blog named by its subject, the author's view of it
            (re.compile(r"^(?:and |so |ok |now )?(?:what about )?the (?:bit|part|section|passage|line|paragraph) (?:(?:at|near|towards?) the end |at the start |in the middle )?"
                        r"(?:about|on) ([a-z' ]{3,40}?)\s*[-:,;]\s*(?:what(?:'s| is) (?:the idea|the point|the argument|that about|he saying|the author saying)|what does (?:it|that|he) (?:mean|say))(?: there| exactly)?\W*$", re.I),
             # (which article only when he/the author is named: "the line about the record week" may be the news report's)
             lambda m: ("what does the blog" if re.search(r"\b(?:he|author)\b", m.group(0), re.I) else "what do the articles") + f" say about {m.group(1)}"),
            # "which was the week with MORE surrenders OF ALL?": a learner's superlative ("mais … de todas"), the most
            (re.compile(r"\b(?:the )?more ((?:[a-z]+ ){0,2}?[a-z]+) of (?:all|them all|all of them)\b", re.I), r"the most \1"),
            # "paid more than the (national) AVERAGE WAGE?", "above the average salary": the pay set beside the national average
            # (what the average wage in Russia is stays out of scope)
            (re.compile(r"\b((?:more|higher|better|bigger|greater|less|lower) than|above|over|below|under|compared (?:to|with)|beside|versus|vs\.?) (?:the |an? )?(?:national |russian |normal |typical )?"
                        r"average (?:russian )?(?:wages?|salary|salaries|pay|income|earnings)\b", re.I), r"\1 the national average"),
            # "FROM WHICH MONTH Russians begin to lose more?", "from when is…": a learner's "since" (the start of what still holds)
            (re.compile(r"^((?:and |so |but )?)from (?=(?:when|(?:which|what) (?:month|year|date|time|point|moment|day|week))\b)(?!.*\b(?:to|till|until) )", re.I), r"\1since "),
            # "since which month Russians BEGIN TO lose more than Ukraine?": the comparison that holds since then (not the war's start)
            # (only with captives the object: "begin to lose more men", "start taking more losses" are casualties, which no article dates)
            (re.compile(r"\b(?:begin|began|begun|begins|beginning|start|started|starts|starting) (?:to )?(?=[^?]*\b(?:more|than|often)\b)(?=(?:lose|losing|capture|capturing|take|taking)\b"
                        r"[^?]*\b(?:prisoners?|pows?|captives?|more often)\b|(?:surrender\w*|giv\w+ up|be taken|being taken|get captured|getting captured)\b)", re.I), ""),
            # "has the TIDE turned in the war?": the course of the fighting, which no article gives; only with captives named is it
            # the reversal of who takes whom prisoner ("when did the tide turn on captures?")
            (re.compile(r"^(?!.*\b(?:prisoners?|captur\w*|pows?|captives?|taken|surrender\w*|exchang\w*)\b)(.*?)\b(?:the )?tide\b(?=[^?]*\bturn)", re.I),
             r"\1the momentum"),
            # "did Russia only GAIN A TINY BIT OF LAND?", "gained hardly any territory": the land gained (the lexicon's "gained land"),
            # its smallness said beside it; "gain" alone is a benefit, and "small gains" the 2025 losses' words
            (re.compile(r"\b(gain|gains|gained|gaining) ((?:(?:only|just|barely|merely|hardly|scarcely|a|an|very|tiny|teeny|small|little|wee|"
                        r"modest|minimal|minuscule|bit|amount|piece|sliver|fraction|scrap|patch|strip|any|so|too|much|of) )+)(land|ground|territory)\b", re.I),
             lambda m: f"{m.group(1)} {m.group(3)} ({re.sub(r' of$', '', m.group(2).strip())})"),
            # "has Russia's army SUFFERED many casualties?", "how many losses has it suffered?": had (the lexicon's "suffer" is illness)
            (re.compile(r"\bsuffer(?:s|ed|ing)?\b(?= (?:[\w-]+ ){0,2}?(?:casualties|losses|deaths|dead|killed|wounded|fatalities)\b)", re.I), "had"),
            (re.compile(r"\b((?:casualties|losses|deaths|fatalities)\b[^?]{0,40}?)\bsuffer(?:s|ed)?\b", re.I), r"\1had"),
            # "how many were COERCED?", "how many say they were forced into the army?": the share the one-in-four figure gives (as a count
            # the captives' total led); not forced to surrender or give up
            (re.compile(r"^((?:and |so |but )?)how many\b(?=(?: [\w']+){0,4}? (?:were|was|say|said|claim\w*|report\w*|felt|feel)(?: (?:they|they'd|they had|they were|"
                        r"to have been|being|that they were))? (?:forced|coerced|tricked|deceived|misled|duped|conned|pressured|pressed|lied to|fooled|press-?ganged)\b"
                        r"(?! (?:to|into) (?:surrender\w*|give up|giving up|lay down|desert\w*|flee\w*)\b))", re.I), r"\1what share"),
            # "in YEAR 2025", "until END OF year 2025": a learner's words for "in 2025", "by the end of 2025"
            (re.compile(r"\b(?:until|till|up to|up until|to) (?:the )?end of (?:the )?(?:year )?(?=(?:19|20)\d\d\b)", re.I), "by the end of "),
            # "ukraine is SITTING ON like 10k POWs", "how many is kyiv SITTING ON?": holding men, said of a count or of the men
            # (not "sitting on the information", "on its hands", "the fence", "who sits on the headquarters?")
            (re.compile(r"\b(sitting|sits|sit|sat) on (?=(?:like |about |some |over |around |roughly |nearly |almost |more than |at least |well over )?\d"
                        r"|(?:[a-z0-9,'-]+ ){0,4}?(?:pows?|prisoners?|russians|soldiers|men|troops|captives|conscripts)\b)"
                        r"|(?<=\bhow many\b)([^?]*?\b)(sitting|sits|sit) on\b", re.I),
             lambda m: (m.group(2) or "") + _HOLDING[(m.group(1) or m.group(3)).lower()] + ("" if m.group(3) else " ")),
            (re.compile(r"\b(in|of|for|during|by|from|since|before|after) (?:the )?year (?=(?:19|20)\d\d\b)", re.I), r"\1 "),
            # "where are LOCATED camps for prisoners?", "where are the camps located?": where they are ("located" says only "where", and
            # read as a place word it made the places of surrender an answer)
            (re.compile(r"^((?:and |so |but )?where (?:is|are|was|were)) (?:located|situated) ", re.I), r"\1 "),
            (re.compile(r"^((?:and |so |but )?where (?:is|are|was|were) [a-z0-9' -]+?) (?:located|situated)(?=\W*$)", re.I), r"\1"),
            # "what was medical care like ON THE RUSSIAN SIDE?", "the food on their own side": life in Russia's army (not the
            # losses or the count on the Russian side)
            # (for the men held, "the other side" is Ukraine: "what food do prisoners get from the other side?")
            (re.compile(r"^(?!(?=.*\bthe other side\b)(?=.*\b(?:prisoners?|pows?|captives?|captured|surrender\w*|in captivity|held|detained)\b))"
                        r"(.*?)\b((?:medical care|care|medicine|medical treatment|treatment|food|rations|equipment|gear|kit|conditions|discipline|life)\b[^?]{0,40}?) "
                        r"(?:on|from) (?:the russian|their own|russia's|the other) side\b", re.I), r"\1\2 in the russian army"),
            # "ACCORDING TO THE PRISONERS, how was life in their army?": whose accounts (the captured men's, of their own army), not
            # the prisoners as the subject (which would lead with their care in Ukraine); not when said after the question, where the
            # men's own words on their army are what is asked
            (re.compile(r"^(?:according to|in the words of) (?:the |those )?(?:prisoners|captives|pows|captured (?:soldiers|men)),? "
                        r"(?=[^?]*\b(?:russian|russia's|their own|their) (?:army|units?|military)\b)", re.I), "")]

AS_MEANT_REWRITES = Rewrites(AS_MEANT)  # (each skipped where it cannot apply)


def as_meant(question: str) -> str:
    """The question with a promise to a man who surrenders asked in the present, the author named as the author, and a
    dictated 'weather' read as 'whether' (before the out-of-scope check, which would take it for the weather)."""
    return AS_MEANT_REWRITES(as_typed(as_english(question)))  # (pidgin's words and a phone's slips first)


# "what does the author think about Putin's future?", "the blogger's view of the war's future": what the writer makes of
# it, which the blog says, not a forecast of the bot's own
WRITERS_VIEW = re.compile(r"\b(?:author|blogger|writer|columnist)'?s?\b.*\b(?:think|thinks|view|opinion|say|says|see|sees|believe|believes|make of|makes of)\b"
                          r"|\b(?:think|thinks|view|opinion|say|says|see|sees|believe|believes)\b.*\b(?:author|blogger|writer|columnist)\b")
# (but "does the author think the war will end next year?" is a forecast still: the blog makes none)
FORECAST = re.compile(r"\b(?:will|going to|gonna|next|predicts?|predicted|forecasts?)\b")


# "which units revolted against Putin?" (the headline's revolt), "what units is the land given in?" (a measure): not the
# men's units, which no article names
UNITS_OTHERWISE = re.compile(r"\b(?:revolt\w*|mutin\w*|rebel\w*|uprising|headlines?|measur\w*|given in|km|kilometr\w*|kilometer\w*|square)\b")


def asked_otherwise(scope: str, text: str) -> bool:
    """Whether a question an out-of-scope wording took asks what the facts give instead: a writer's view of the future
    (not a forecast), or the headline's revolt or a measure put as 'which units'."""
    return (scope == "future" and bool(WRITERS_VIEW.search(text)) and not FORECAST.search(text)
            or scope == "their-units" and bool(UNITS_OTHERWISE.search(text)))
