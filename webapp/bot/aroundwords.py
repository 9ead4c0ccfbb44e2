"""Words read by the words round them: "are sick prisoners TREATED?" asks whether they get medical care (not how Russia's army
treated its sick men); a "zone" is a place only where men are taken ("which zone of Ukraine saw the most
surrenders?", "zones along the front"), not a time, war, grey or buffer zone; "the handover" is a surrender only where the
project or a surrender is named ("how does the hotline run the handover?"), not a handover of bodies or in a swap; and
"did communications between units BREAK DOWN?" asks whether something collapsed, not for a breakdown of the prisoners
(the make-up that "break down the figures by rank" asks for), while "break it down by rank" asks for that breakdown.
Likewise: incentives Ukraine gives to surrender are what it offers those who give up, not the pay that drew men in;
"want them back first" is whom a side favours; a soldier "reaching" the Ukrainians is contacting them; the prisoners
"saying" something are their own accounts; "the Ukrainian side's figures" are whose figures. And read with the conversation
(their_offer, by understand): "what incentives are THEY giving?" after the project, "ethnic Russians or other
nationalities?" (the foreigners' share, except after the swaps). A "band" is an armband when it is on the arm.

No Flask. Each entry is a pattern and its replacement, applied with sounds_like's and causes' rewrites by normalize.read.
"""
from __future__ import annotations

import re

_TAKEN = r"\b(?:captur|caught|surrend|prisoner|pow|gave up|give up|giving up|defect)"
_PROJECT = r"\b(?:i want to live|khochu zhit|hotline|chatbot|chat bot|project)\b|^how\b.*\bsurrender\w*"
_GAIN = r"\b(?:gain\w*|get|gets|getting|got|bring\w*|brought|cost\w*|learn\w*|weaken\w*|benefit\w*|win|wins|profit\w*|help\w*|out of)\b"
_SIDE_UA = r"ukraine|kyiv|the ukrainians|ukrainians|ukrainian (?:side|army|government|authorities)|project|i want to live|hotline|programme|initiative"
_ILL = r"sick|ill|illness|diseas|hiv|tb|tubercul|infect|wounded|injured|patient|diabet|hepatitis|prisoner|pows?\b|captive|detainee"
# (not said of Russia's army: "how were sick men treated by the army?", "did the commanders give them treatment?")
_NOT_RUSSIAS = r"(?!.*\b(?:russia|russians|russian (?:army|military|commanders?)|army|military|commanders?|kremlin|putin|moscow)\b)"
_PUBLISHED = r"report|reports|blog|post|article|articles|figures?|numbers?|data|statistics|stats|video|videos|footage|interviews?|statement|news|list|lists|names|findings|study"
_HELD = (r"(?:the |its |any |those |these |russian |captured )*(?:them|him|prisoners|pows|captives|detainees|soldiers|men|troops|russians)")
_SWAP = r"\b(?:exchang\w*|swaps?|trades?|traded|ukrainian\w*|bodies|remains)\b"


# who learns, named just before "learn" ("what did RUSSIA learn", "how do SOLDIERS learn"), and from whom, just after it
_THEIR_LEARNING = re.compile(r"\b(?:prisoners?|captives?|pows?|soldiers?|men|troops|russia|russians|moscow|kremlin|putin|army|recruits?|conscripts?"
                             r"|convicts?|he|i|you|officers?)(?:'s)? (?:(?:have|has|had|ever|really|actually|not|never|to|already) )?$")
_FROM_CAPTIVES = re.compile(r"^(?: \w+){0,3}? from (?:the |those |these |its |their |our |russian |enemy |captured |such |all |every |each |single )*"
                            r"(?:pris\w*|capt\w*|pows?|them|him|surr\w*|defect\w*|interrog\w*|question\w*|officers|soldiers|men|troops|russians)\b")  # (as typed: "prisners")


def _learnt(m: re.Match) -> str:
    """"learn" as the lexicon reads it (what Ukraine learns from the men it holds) only when Ukraine, "we", "they" or no one
    named learns from the captives; "learn about/of/how" is hearing of something; any other learning is a word no fact holds."""
    before, after = m.string[:m.start()], m.string[m.end():]
    if _FROM_CAPTIVES.match(after) and not _THEIR_LEARNING.search(before):
        return m.group(0)
    return "hear" if re.match(r" (?:about|of|how)\b", after) else "study"


def _paragraph_asked(m: re.Match) -> str:
    piece = m.group(2) or m.group(3)
    return f"{m.group(1)}what does the {piece if piece not in (None, 'it', 'they') else 'article'} say about "


AROUND_WORDS = [
    # "which PARAGRAPH of the blog gives the 10,000 figure?", "in what paragraph does the report give the share of officers?": what
    # the article says of a figure, whose fact cites the paragraph (no subject; "which paragraph says that?" stays a follow-up)
    (re.compile(r"^((?:and |so |ok )?)(?:in )?(?:which|what) (?:paragraph|passage|para)(?: of (?:the |this |that )?(blog post|blog|news report|report|article|post|piece))?"
                r" (?:(?:does|do|did) (?:the |this |that )?(blog post|blog|news report|report|article|post|piece|it|they) )?(?:gives?|has|have|says?|mentions?|contains?|reports?|states?|carries|carry|cites?) "
                r"(?!(?:that|this|it|those|these)\W*$)(?=\S)"), _paragraph_asked),
    # "so PUTIN'S LOSING?", "russia's winning or what": the 's of "is" after a name, before how the war goes for it
    (re.compile(r"\b(putin|russia|ukraine|kyiv|moscow|the kremlin|kremlin)'s (?=(?:losing|winning|lost|won|finished|done for|cooked|doomed|beaten|collapsing|crumbling|cracking)\b)"), r"\1 is "),
    # "in WHAT ZONE OF Ukraine were most taken?": where (as "which part of Ukraine"), when men are taken there
    (re.compile(rf"\b(?:in |from )?(?:which|what) zones? of (?:ukraine|the country|russia|the front(?: ?line)?)\b(?=.*{_TAKEN})"), "where"),
    # "which ZONES had the most surrenders?", "in what zone are most men caught?": the areas where men are taken
    (re.compile(rf"^((?:and |so |but )?(?:in |from )?(?:which|what)) zones?\b(?! (?:of|along|on)\b)(?!.*\b(?:drones?|time|grey|gray|buffer|kill)\b)(?=.*{_TAKEN})"), r"\1 areas"),
    # "which ZONES OF THE LINE OF CONTACT…": the sectors, not the front as a subject of its own
    (re.compile(r"\bzone(s?) (?:of|along|on) the (?:front(?: ?lines?)?|line of contact|contact line|loc)\b"), r"sector\1"),
    # "how does I Want to Live organise THE HANDOVER?": the surrender it arranges; not "the handover of bodies / of prisoners"
    (re.compile(rf"^(?=.*{_PROJECT})(?!.*{_SWAP})(.*)\b(?:the|a) hand-?over\b(?! (?:of|rate)\b)"), r"\1the surrender"),
    # "what does it gain FROM EACH PRISONER it takes?": what each surrender brings; "is each POW sick?" asks of the prisoners
    (re.compile(rf"^(?=.*{_GAIN}.*\b(?:from|per|of|with) (?:each|every)\b)(.*\b(?:from|per|of|with) )(?:each|every) (?:single )?(?:prisoner|captive|capture|pow|defector)s?\b"
                r"|\bper (?:prisoner|captive|pow)\b(?=.*\b(?:gain|get|bring|cost|learn|weaken|benefit))"), lambda m: f"{m.group(1) or ''}each surrender"),
    # "what COMMS does the hotline use?": its channels, where the project, a surrender or Ukraine reaching soldiers is named
    # (not "do Russian soldiers have comms with home?")
    (re.compile(rf"^(?=.*(?:{_PROJECT}|\b(?:surrender\w*|defect\w*|give up|giving up|handover)\b|\bukrain\w* .*\b(?:reach|contact)\w*))(.*)\b(?:comms|communications?)\b(?! channels)"),
     r"\1channels"),
    # "what INCENTIVES does Ukraine give soldiers to surrender?": what Ukraine (its project) offers the men who give up, not
    # the pay and promises that drew men into Russia's army (the lexicon's incentives); not "incentives ... for information"
    (re.compile(rf"^(?:(?:and|so|but|ok) )?(?:what|which) (?:kind of |sort of |sorts of |kinds of )?(?:incentives?|inducements?|enticements?|rewards?|perks?|sweeteners?) "
                rf"(?:does|do|did|is|are|will|would|can) (?:the )?({_SIDE_UA})(?: (?:project|hotline|programme|initiative|chatbot|scheme))? (?:giv(?:e|es|ing)|offer(?:s|ing)?|provid(?:e|es|ing)|promis(?:e|es|ing))"
                rf"(?: (?:to )?(?:the |russian |enemy )*(?:soldiers|troops|men|them|russians|fighters))?(?= (?:to|for) (?:surrender|defect|giv\w+ up|switch)|\W*$)"
                rf"(?!.*\b(?:information|intel\w*|recruit\w*|sign\w* up|join\w*|enlist\w*|fight\w*|serv\w*)\b)(?: (?:to|for) \w+(?: up)?)?"),
     "what does ukraine offer soldiers who surrender"),  # (the project's, the hotline's offer is Ukraine's: not its channels)
    # "what incentive is there to surrender?", "what are the incentives for surrendering?", "any rewards for giving up?": the same,
    # its giver unnamed
    (re.compile(r"^(?:(?:and|so|but|ok) )?(?:what(?:'s| is| are| were)?(?: the| any)?|(?:are|is) there (?:any|an)|any) (?:kind of |sort of )?"
                r"(?:incentives?|inducements?|enticements?|rewards?|perks?|sweeteners?)(?: (?:is|are) there)?(?: (?:for|to) (?:the )?(?:russian |enemy )?"
                r"(?:soldiers|troops|men|them|russians|a soldier|a russian))? (?:to|for) (?:surrender\w*|defect\w*|giv\w+ (?:themselves |himself )?up)\b"),
     "what does ukraine offer soldiers who surrender"),
    # "which of them does Russia WANT BACK FIRST?", "who do they get back first?": whom a side favours in the swaps (not
    # whether it wants men back at all)
    (re.compile(r"\b(?:want|wants|wanted|get|gets|bring|brings|take|takes)(?: (?:them|him|those|these))? back (?:first|soonest|before the (?:others|rest))\b"
                r"|\b(?:most )?(?:want|wants|wanted) back (?:the )?most\b"), "favour"),
    # "how does a soldier ON THE FRONT LINE reach the Ukrainians?": where the man is, no subject of its own
    (re.compile(r"\b((?:a|the|any|russian|ordinary) (?:russian )?(?:soldier|man|serviceman)|(?:russian )?(?:soldiers|troops|men)) (?:who (?:is|are) )?"
                r"(?:on|at|in) the (?:front(?: ?lines?)?|frontlines?|trenches)(?= (?:\w+ )?(?:reach|contact|get in touch)\w*\b)"), r"\1"),
    # "how would a soldier REACH THE UKRAINIANS?": getting in touch with the other side ("reach" alone is no subject word: "reach
    # a figure", "reach the front")
    # (a soldier reaching them: not "did Russia reach Kyiv?")
    # (a place is reached, a side contacted: not "kyiv"/"ukraine"; and not a past advance, "did the Russian troops reach …?")
    (re.compile(r"^(?!(?:and |so |but )?(?:did|has|have|had|was|were)\b)(.*?\b(?:soldiers?|he|they|a man|men|troops|someone|somebody|i|russians?)(?: [a-z']+){0,2}? )"
                r"reach(?:es|ed|ing)? (?=(?:the )?(?:ukrainians|ukrainian (?:side|army|forces|lines|soldiers|troops|military)|other side|enemy)\b)"), r"\1contact "),
    # "how would Ukraine reach soldiers ON THE FRONT LINE?", "contact the troops in the trenches?": where the men reached are,
    # no subject of its own ("front" and "line" read as two ideas led with the sick men sent to fight)
    (re.compile(r"\b(reach russian soldiers|(?:contact|contacts|contacting|talk to|talks to|talking to|get in touch with|gets in touch with|"
                r"message|messages) (?:the |its |their )?(?:russian |enemy )?(?:soldiers|troops|men|servicemen))(?: (?:who are|serving|fighting|"
                r"stationed|deployed))? (?:on|at|along|in|near) the (?:front(?: ?lines?)?|frontlines?|trenches|battlefield|front-?line positions)\b"), r"\1"),
    # "what did (those) PRISONERS SAY?": the captured soldiers' own accounts, not a fact whose claimant's name holds "prisoners"
    # (the Coordination Headquarters for the Treatment of Prisoners of War)
    (re.compile(r"^((?:and |so |but |ok )?what (?:did|do|have|has|had) )(?:the |those |these |all the |all those )?(?:prisoners|pows|captives|prisoners of war)"
                r"(?= (?:say|said|tell|told|report|reported|describe|described|reveal|revealed)\b(?! (?:the )?(?:ukrain\w*|kyiv|interrogators|investigators)\b))"), r"\1captured soldiers"),
    # "the UKRAINIAN SIDE'S figures on losses?": whose figures (Ukraine's, the General Staff's count of Russia's losses), not
    # a question on Ukraine's own soldiers
    (re.compile(r"\b(?:the )?ukrainian side'?s (?=(?:own )?(?:figures?|numbers?|estimates?|counts?|data|tall(?:y|ies)|statistics|stats)\b)"), "ukraine's "),
    # "did communications between units break down?", "do Russian units break down under pressure?": something falling
    # apart, said with no object after the verb (not "break down the prisoners", "how do the figures break down by rank")
    # "break IT down by rank", "break the prisoners down for me": the verb with its object inside, a breakdown asked for
    (re.compile(r"\b(break|breaks|breaking) ((?:it|them|that|this|those|these|(?:the|those|these) (?:[a-z'-]+ )?(?:prisoners|pows|captives|captured|"
                r"figures?|numbers?|shares?|data|totals?|men|soldiers|troops))) down\b"), r"\1 down \2"),
    # "break down the prisoners by (type of) SERVICE": the split by contract, mobilisation or conscription, not by rank
    (re.compile(r"^(?=.*\bbreak(?:s|ing)?\b.* down\b)(.*)\bby (?:(?:the )?(?:type|kind|branch|form)s? of )?service\b"), r"\1by contract, mobilised or conscript service"),
    # "(can you) break it down by rank?", "how do the figures break down by rank?": what the breakdown is, asked as a
    # command or a how (not how a thing is done)
    (re.compile(r"^((?:and |so |ok |now )?)(?:(?:can|could|would|will) you (?:please )?|please )?break down (?:(it|them|that|this|those|these) )?(?=by\b|for me\b|\W*$)"),
     lambda m: f"{m.group(1)}what is the breakdown {'of ' + m.group(2) + ' ' if m.group(2) else ''}"),
    (re.compile(r"\bhow (?:do|does|did|would|will|can|could) ((?:it|they|that|this|those|these|(?:the|those|these) (?:[a-z'-]+ )?(?:prisoners|pows|captives|captured|"
                r"figures?|numbers?|shares?|data|totals?|men|soldiers|troops))) break down\b"), r"what is the breakdown of \1"),
    (re.compile(r"^(?!.*\b(?:prisoners|pows|captives|captured|figures?|numbers?|shares?|data|totals?|they|them|those|these|it|that|this|you|me|us)\b)"
                r"(.*?)\b(?:break|breaks|broke|broken|breaking) down(?=\W*$|\s+(?:completely|entirely|totally|altogether|under|because|"
                r"at|during|after|when|as|on|in the|at the|between)\b)"), r"\1collapse"),
    # "a breakdown in communication between units": the same, as a noun
    (re.compile(r"\bbreakdowns? (?=(?:in|of) (?:the |their |its )?(?:communications?|comms|contact|radio|command|supply|supplies|logistics)\b)"), "collapse "),
    # "did they agree to go to the war WILLINGLY?", "did the men join of their own free will?": whether they were forced or tricked
    # into it (the lexicon's "will" is morale)
    (re.compile(r"^(?=.*\b(?:join\w*|enlist\w*|sign\w* up|signed|go(?:ne|ing)? (?:off )?to (?:the )?war|went (?:off )?to (?:the )?war|agree\w*|recruit\w*)\b)"
                r"(.*?)\b(?:(?:un)?willingly|voluntarily|of (?:their|his) own (?:free )?(?:will|accord|choice)|by (?:their own )?choice)\b"),
     r"\1or were they forced or tricked into joining"),
    # "did Russia LOSE territory?", "has it GAINED ground?": land taken (by one side from the other), not losses in men nor the
    # "small gains" the casualties bought
    # "how much LAND did Ukraine LOSE?": the land taken, asked noun first
    (re.compile(r"\b(how much (?:of (?:the |its |their )?)?(?:land|territory|ground)\b[^?]*?)\b(?:lose|lost|losing)\b"), r"\1take"),
    # (not the figure of speech: "has Putin lost ground with his soldiers?", "is Russia losing ground in morale?")
    (re.compile(r"^(?!.*\b(?:putin|the kremlin)\b[^?]*\b(?:gain|lose|lost|losing)\w* ground\b)(.*?)\b(?:gain|gains|gained|gaining|lose|loses|lost|losing)"
                r"(?: (?:any|some|much|more|new|a lot of|the))? (territory|land|ground(?! (?:with|among|amongst|in (?:morale|support|popularity|"
                r"the polls|belief|spirit|confidence|the eyes)|on (?:morale|belief|the propaganda))\b))\b"), r"\1take \2"),
    # "what were the ranks?", "which ranks were they?", "ranks?": the breakdown by rank (not an army's "own ranks", which one
    # opinion's statement says of Putin's)
    (re.compile(r"^((?:and |so |but |ok )?)(?:(?:what|which) (?:were|are|was|is) (?:the|their) ranks|(?:what|which) ranks(?: (?:were|are|did|do) "
                r"(?:they|them|those|these|the (?:prisoners|pows|captives|men|soldiers))(?: have| hold| had| held)?)?|(?:the |their )?ranks)\W*$"), r"\1what is the breakdown by rank"),
    # "has Kyiv HANDED Russian prisoners BACK?": the men handed back (the lexicon's "handed back", returned in a swap), not a
    # "hand" (a handful)
    (re.compile(r"\b(hand(?:s|ed|ing)?) ((?:the |those |these |its |their |russian |captured |enemy |some |many |any |of )*"
                r"(?:prisoners|pows|captives|soldiers|troops|men|them|russians)(?: of war)?) back\b"), r"\1 back \2"),
    # "what does Ukraine LEARN from the prisoners?": what each surrender tells Ukraine; anyone else's learning ("what did Russia
    # learn from the war?", "what did the prisoners learn in captivity?") no article reports, and soldiers "learning about"
    # the hotline hear of it (how it reaches them)
    (re.compile(r"\blearn(?:s|ed|t|ing)?\b"), _learnt),
    # "why, IN THE VIEW OF Ukrainian officials, …?": whose claim it is, as "according to" says, not the author's view (which
    # "in the view of the author" still asks)
    (re.compile(r"\b(?:in the (?:view|eyes|opinion|judgement|judgment) of|from the (?:point of view|viewpoint|perspective|standpoint) of)"
                r"(?= (?!(?:the |this |that |its )?(?:author|blogger|writer|columnist|blog|post|piece|article|essay)\b))"), "according to"),
    # "made to wear A BAND ON THE ARM", "bands around their arms": armbands (the one word), said round about; a band alone stays
    (re.compile(r"\b(?:an? )?bands? (?:on|around|round|about) (?:the|their|his|her|an|one) (?:upper )?arms?\b"), "armbands"),
    # "are sick prisoners TREATED?", "is HIV treated?", "are those illnesses treated?": whether they get medical care, as "do
    # they get treated?" asks (the lexicon's medical phrases); not how Russia's army treated its sick men ("…treated AS…")
    (re.compile(rf"^{_NOT_RUSSIAS}"
                rf"((?:and |so |but )?)(?:(?:are|is|were|was) ((?:\w+ ){{0,3}}?(?:{_ILL})\w*(?: \w+){{0,2}}?)|are (they|those|these|(?:those|these|the) (?:men|ones|guys))) treated\b(?! (?:as|like)\b)"),
     lambda m: f"{m[1]}do {m[2] or m[3]} get treated"),  # ("are they treated?": now, in captivity; not "were they")
    # "do they get ANY treatment?", "do the sick receive proper treatment?": the same, the noun with a word between
    (re.compile(rf"^{_NOT_RUSSIAS}"
                r"(.*)\b(?:get|gets|getting|got|receive|receives|received|receiving|given) (?:any|some|proper|decent|good|real|enough|adequate) treatment\b"),
     r"\1get treatment"),
    # "are LOTS OF THEM generals?", "were most of them contract soldiers?": a share of the prisoners, the men every question is
    # about (followups.WH_OWN reads it on its own), so a kind no fact counts among them is refused, not found in a name
    # ("generals": the General Staff's estimate, Russia's generals pushing for a breakthrough)
    (re.compile(r"^((?:and |so |but )?(?:are|were) (?:lots|many|most|a lot|plenty) of) them(?= (?!(?:from|over|under|in|at|aged|older|younger|with|still|now)\b)[a-z]+\W*$)"),
     r"\1 the prisoners"),  # (a kind of men; not "over 50", "from africa", which ask of the last answer's figure or subject)
    # "are they RELEASED in the end?", "do captured Russians ever get FREED?", "does Kyiv LET the prisoners GO?": captives
    # sent home (the swaps), not the convicts' "release from prison" that drew men into the army; not said of a prison, a
    # convict or anything published ("when was the report released?"), nor of all of them at once ("to release all
    # prisoners, true?") or of someone's efforts ("working to get them released")
    (re.compile(rf"^(?!.*\b(?:prison|prisons|jail|jails|jailed|convicts?|inmates?|criminals?|penal|sentences?|colony|colonies|all|{_PUBLISHED})\b)"
                r"(?!.*\b(?:get|gets|getting|got|have|having) (?:them|him|those|these|(?:the|their|his|its) \w+) (?:released|freed|set free)\b)"
                r"(?=.*\b(?:they|them|he|him|prisoners|pows|captives|captured|detainees|soldiers|men|troops|russians)\b)"
                r"(.*?)\b(?:(?:get|gets|got|be|been|being) )?(?:released|freed|set free|let go)\b(?! (?:of|from)\b)"), r"\1sent home"),
    (re.compile(rf"^(?!.*\b(?:prison|prisons|jail|jails|convicts?|inmates?|criminals?|penal|all|{_PUBLISHED})\b)"
                rf"(.*?)\b(?:(?:release|releases|releasing|free|frees|freeing) ({_HELD})|(?:let|lets|letting) ({_HELD}) go)\b(?! (?:of|from)\b)"),
     lambda m: f"{m[1]}send {m[2] or m[3]} home"),
    # "is the hotline LEGIT?", "is I Want to Live genuine, or a scam?": whether the project is what it says, which who runs it
    # answers (a government project); not a figure's or a claim's truth ("is the 350 figure legit?")
    (re.compile(r"^((?:and |so |but |ok )?)(?:is|are) (?:the |this |that )?((?:(?:i want to live|hochu zhit|khochu zhit|surrender) )?(?:project|programme|program|"
                r"initiative|hotline|helpline|scheme)|i want to live|hochu zhit|khochu zhit) (?:really |actually |even |truly )?(?:an? )?"
                r"(?:real|genuine|legit|legitimate|bona fide|authentic|above board|official|trustworthy)"
                r"(?:,? or (?:is it |just )?(?:an? )?(?:scam|fake|hoax|trap|trick|con|front))?\W*$"), r"\1who runs the \2"),
    # "what CONDITIONS are they KEPT IN?", "what are the conditions like where the prisoners are held?": how captives are held
    # (conditions of detention), not their chronic conditions nor a Headquarters for the Treatment of Prisoners that keeps
    # count; not the conditions in Russia's army, its units or trenches
    (re.compile(r"^((?:and |so |but |ok )?)(?:what|which) (?:kind of |sort of )?conditions (?:are|were|do|did|will) (?:they|the \w+|those \w+|these \w+|"
                r"captured \w+|russian \w+|the russian \w+) (?:kept|held|detained|housed|locked up|living|live|lived|jailed)(?: in)?"
                r"(?!.*\b(?:army|military|units?|trenches|barracks|front|russia)\b)\b"
                r"|^((?:and |so |but |ok )?)what are (?:the )?conditions like (?:where|in the (?:camps?|prisons?|places?) where) (?:they|the \w+|those \w+) (?:are|were) "
                r"(?:kept|held|detained|housed|locked up)\b"), lambda m: f"{m[1] or m[2] or ''}what are their conditions in detention"),
    # "is the conscript share STATED in the blog?", "the report STATES that…": said, as "given" is; not the state ("state media")
    (re.compile(r"\b(?<!united )(?:stated|states|stating)\b(?! (?:media|tv|television|run|owned|of)\b)"), "given"),
]

# "how does IT break down?", "break it down for me" (read so above): the breakdown of the last answer, of nothing
# when nothing was answered
ITS_BREAKDOWN = re.compile(r"^(?:and |so |ok |now )?what is the breakdown of (?:it|that|this|them|they|those|these)(?: for me)?\W*$")
# "by region?", "and broken down by rank?", "per year?" after a count: the last question's subject, split by that
BY_PART = re.compile(r"^(?:and |so |ok |now |what about |how about )?(?:(?:broken|split|divided|sorted|grouped) (?:down |up |out )?)?"
                     r"(?:by|per|for each|in each|across) (?:the |each |every |a )?[a-z]+\W*$")


# "what incentives are THEY giving?" after the project: what it offers the men who give up (after Russia's recruiting, the pay
# and promises that drew men in)
THEIR_OFFER = re.compile(r"^(?:(?:and|so|but|ok) )?(?:what|which) (?:kind of |sort of )?(?:incentives?|inducements?|rewards?|perks?) (?:are|is|do|does|did) "
                         r"(?:they|it) (?:giving|offering|providing|give|offer|provide)\b(?: (?:them|to them|the soldiers))?\W*$")

# "and Russia?", "what does Russia offer?" after what Ukraine offers the men who give up: what Russia gives its men, the pay and
# promises that drew them in (no fact says Russia offers anything for giving up; the surrenders' cost to Russia is not asked)
RUSSIAS_OFFER = re.compile(r"^(?:(?:and|but|so|ok) )?(?:(?:what|how) about |from )?(?:russia|the kremlin|kremlin|moscow|putin|the russian side|"
                           r"the russian (?:army|military|government|state)|russia'?s (?:army|military|side))(?: side)?\W*$"
                           r"|^(?:(?:and|but|so|ok) )?what (?:does|do|did|will|would) (?:russia|the kremlin|kremlin|moscow|putin|the russian (?:army|military|side)) "
                           r"(?:offer|give|promise|provide)(?: (?:them|its soldiers|its men|its troops|soldiers|men|troops))?\W*$")


# "(are they) ethnic Russians or other nationalities?": how many are foreigners (the share the articles give), not what becomes
# of the foreigners once caught; after the swaps it asks whom Russia favours (ethnic Russians), and is left to be looked up
RUSSIANS_OR_OTHERS = re.compile(r"^(?:(?:and|so|but|ok) )?(?:(?:are|were) (?:they|the (?:prisoners|pows|captives|men|soldiers|captured)|most of them) )?"
                                r"(?:all |mostly |mainly |largely )?(?:ethnic )?russians?,? or (?:are (?:they|some) |some )?(?:(?:of )?(?:other|different|foreign) "
                                r"(?:countries|nationalities|nations|ethnicities|peoples)|from other countries|foreigners|foreign)\W*$")


def their_offer(question: str, t: str, context: dict) -> tuple[str, str]:
    """The question (as asked, and tidied), read by the conversation: as what Ukraine offers when it asks the project's
    incentives; as what Russia gives its men when Russia is asked after what Ukraine offers those who give up; as the foreigners' share when it asks whether the men are Russians or others (not after the swaps)."""
    ideas = context.get("concepts", ())
    if THEIR_OFFER.match(t) and any("iwtl" in c for c in ideas):
        t = THEIR_OFFER.sub("what does ukraine offer soldiers who surrender", t)
        return t, t
    if RUSSIAS_OFFER.match(t) and "treatment" in context.get("topics", ()) and ideas \
            and all(any("surrend" in w for w in c) for c in ideas):  # (the offer asked: its ideas the surrender alone)
        return "what incentives does the kremlin offer recruits?", "what incentives does the kremlin offer recruits?"
    if RUSSIANS_OR_OTHERS.match(t) and (any("swap" in c for c in ideas) or "exchanges" in context.get("topics", ())):
        # (after the swaps: whom the swaps favour, said outright, so a refusal is not read afresh as the foreigners' share)
        return "do the swaps favour ethnic russians?", "do the swaps favour ethnic russians?"
    if RUSSIANS_OR_OTHERS.match(t):
        return "what share were foreigners?", "what share were foreigners?"
    return question, t


# a count asked in so many words ("how many", "how old", "what age"): understand's COUNT_ONLY adds PLENTY below (a count asked
# yes or no), narrowing's COUNT_ASKED "the number / area / size of" (a follow-up's own count)
COUNT_WORDS = r"\bhow (?:many|much|large|big|old)\b|\bwhat age"


# "were there PLENTY OF foreign fighters?", "are there many…": how many, asked yes or no; the count answers it (not "is there a lot of propaganda")
PLENTY = (r"^(?:and |so |but )?(?:were|are) there (?:really |actually )?(?:(?:plenty|lots|loads|heaps|tons|masses|a lot|a great many"
          r"|a large number|a big number|a good number) of|(?:so |very |that |a great )?many)\b"
          # of men only ("were there many regions…", "many ways to surrender" ask of places and means, not a count)
          r"(?= (?:(?!(?:where|who|whom|that|which|when|to|in|of|at|for|with|from|among)\b)[a-z'-]+ ){0,2}?(?:soldiers?|troops|men|people|officers|ncos|sergeants|privates|conscripts|recruits|volunteers|convicts|"
          r"criminals|inmates|prisoners|pows|captives|defectors|deserters|foreigners|fighters|mercenaries|mercs|russians|ukrainians|"
          r"africans|nationals|casualties|dead|deaths|killed|wounded|injured|guys|lads)\b)")
