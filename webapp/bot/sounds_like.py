"""Words a question has in a sense other than the lexicon's, put right before it is read: a word typed or dictated as another
real word that sounds the same ("per WEAK"), or one whose neighbours say which sense it has ("prisoners BEATEN" is
ill-treatment, not defeat; "what is the hotline CALLED?" asks what it is). Each entry is a pattern and its replacement,
applied in order to the tidied question by normalize.read.

No Flask.
"""
from __future__ import annotations

import re

from .articleverbs import CALLS, CITES_AND_MENTIONS, HEADLINE_BORNE_OUT, PUTS_AT, SAYS_SO_TOO
from .literals import Rewrites
from .transliterated import TRANSLITERATIONS

# "and what did they GAIN FOR IT?", "what has Russia GOT FOR those losses?": what its losses bought it (engine: ground)
GOT_FOR_IT = re.compile(r"\b(?:gain|gained|get|got|gotten|win|won|achieve|achieved|show) (?:in return |in exchange )?for (?:it|that|this|all (?:that|this|of that|of it)|"
                        r"(?:all )?(?:those|these|the|its|their|such) (?:losses|casualties|deaths|sacrifices?|lives|dead)|all (?:those|these) (?:men|lives|deaths))\b")

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
# a word typed (or dictated) as another real word that sounds the same, known by its neighbour: "per WEAK", "WEAKLY";
# and a word whose neighbour says it is not the sense the lexicon gives it
# "why does Russia CALL IT a special military operation?", "why is it CALLED the SVO?": the name itself asked about
NAMING_BEFORE = re.compile(r"\b(?:call|calls|called|calling|term|terms|termed|name|names|named|label|labels|labell?ed|refers? to it as|known as)(?: it| this| the war)?\s*$")
SOUNDS_LIKE = [(re.compile(r"\b(per|a|each|every|last|this|one|won|that|same|single|record|busiest|biggest|typical|average) weak\b"), r"\1 week"), (re.compile(r"\b(in|for|during|within|over|only|just) won (?=(?:single )?(?:week|day|month|year)\b)"), r"\1 one "),
               # "have BEAN captured", "has BIN killed", "in the HOLE WORE": a dictating phone's "been", "whole" and "war", known by
               # their neighbours
               (re.compile(r"\b((?:have|has|had|having|ve)(?: [a-z]+){0,2}) (?:bean|bin)\b"), r"\1 been"),
               (re.compile(r"\bhole (?=war\b|wore\b|time\b|thing\b)"), "whole "),
               # "non commissioned OFFICES", "commissioned OFFICE": the ranks, typed as a word for rooms
               (re.compile(r"\b((?:non[- ]?|none[- ]?)?commissioned) office(s?)\b"), r"\1 officer\2"),
               # "what is EYE want to live", "AYE want to live": the project's name, dictated
               (re.compile(r"\b(?:eye|aye|ai) (?=want to live\b|wanna live\b)"), "i "),
               (re.compile(r"\b(the|this|whole|entire|russian|ukrainian|ukraine) wore\b"), r"\1 war"),
               # "is it BY PHONE?" (at the end, not "…or by phone or what?"): the project's contact lines, not phones as leaflets nor a call home
               (re.compile(r"^(?!.*\b(?:famil\w*|relatives|home|mums?|moms?|mothers?|wives|wife|parents|loved ones)\b)(.*?)(?<!\bor )\b(?:by|over the|via) (?:tele)?phones?(?=\W*$)"), r"\1by phone contact line"),
               # "500 gave up in ONE week last summer", "in one week in August 2024": one particular week (the record's kind),
               # known by the time named after it, not a rate ("500 in one week?" alone may be either)
               (re.compile(r"\bin (?:just |only )?one (week|day)(?= (?:alone |only )?(?:last|back in|in (?:(?:19|20)\d\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
                           r"(?:the )?(?:summer|winter|spring|autumn|fall))|during|of (?:(?:19|20)\d\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|(?:the|that|last) "
                           r"(?:summer|winter|spring|autumn|fall|year))|that (?:summer|winter|spring|autumn|fall|year|month))\b)"), r"in a single \1"),
               # "which group is the 19%?", "what kind of soldier makes up 76 percent?": who the men of that share are (as "who are
               # the 19%?" is read), not a subject called a group
               (re.compile(r"\b(?:which|what) (?:group|kind|type|sort|category|class|part)s? (?:of (?:soldiers?|prisoners?|men|troops|captives|pows?) )?"
                           r"(?:is|are|was|were|makes? up|made up|accounts? for|forms?|formed) (?:the )?(?=\d)"), "who are the "),
               # "killed on (the) SVO", "the special military operation": the Kremlin's name for the war (not the name asked about)
               (re.compile(r"\b(?:(?:the|this|a|russia'?s|putin'?s) )?(?:svo|special military operation|spetsoperatsi(?:ya|i|yu))\b"),
                lambda m: m.group(0) if NAMING_BEFORE.search(m.string, 0, m.start()) else "the war"),
               # "newly IDENTIFIED foreign fighters": those the report says are discovered each week (not "newly detected TB")
               (re.compile(r"\bnewly (?:identified|detected|spotted|found)\b(?= (?:[a-z'-]+ ){0,2}?(?:foreign|fighters?|mercenar\w*|recruits?|foreigners?)\b)"),
                "newly discovered"),
               # "what's the HEADLINE number?": the main figure, not an article's headline
               (re.compile(r"\bheadline (?=(?:numbers?|figures?|stats?|statistics?|counts?|totals?|estimates?|tally)\b)"), ""),
               # "and for 25 alone?", "same figure for 24?", "as of end-25": a year of the war written with two digits, known by
               # the word before it and nothing counted after it (not "in 25 days", nor "one in 25", nor the day in "February 24, 2022")
               (re.compile(r"(?<!\d )(?<!\bone )\b(in|for|of|since|during|until|till|end-|end of|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)[a-z]*|"
                           r"summer|winter|spring|autumn|fall) ?'?(2[2-6])(?= ?(?:[,.?!;:)]|$|alone|only|too|itself|again|then|as well|for comparison))(?!,? ?(?:19|20)\d\d)"), r"\1 20\2"),
               # "since Feb 2022", "since 24 February 2022": the invasion's month, the whole war as "since 2022" reads it
               (re.compile(r"\bsince (?:(?:the )?24(?:th)? (?:of )?)?feb(?:ruary)?\.?(?: 24(?:th)?)?,? 2022\b"), "since 2022"),
               # "is Russia losing (the war)?": the one view the articles give on who is losing, the blog author's of Putin
               # ("is Russia losing many men?" is a count, as it was)
               (re.compile(r"\b(?:is|are) (?:russia|moscow|the kremlin|(?:the )?russians|the russian (?:side|army|military)) "
                           r"(?:losing|on the losing side)(?: (?:the|this) war)?(?= ?\??$|,? (?:according to|in the (?:view|eyes|opinion) of|for) (?:the )?(?:blog\w*|author|writer|post)\b)"), "is putin losing the war"),
               # "what did those gains COST THEM IN MEN?", "what was the cost in soldiers?": a price paid in lives, the casualties
               (re.compile(r"\bcost(?:s|ing)?(?: (?:them|russia|the russians|moscow|the russian army|ukraine|the ukrainians))? in "
                           r"(?:men|lives|soldiers|troops|blood|bodies|casualties)\b|\bcost in (?:men|soldiers|troops|blood|bodies)\b"),
                "casualties"),
               # "and what did they GAIN FOR IT?", "what has Russia GOT FOR those losses?": what its losses bought it, ground (not a
               # benefit, as "what does Ukraine gain FROM each surrender?")
               (GOT_FOR_IT, "took land"),
               # "captured 2 TIMES?": twice, as the lexicon has it in words ("two times"); not a multiple ("2 times the pay")
               (re.compile(r"\b2 times\b(?! (?:the|as|more|less|higher|lower|bigger|larger|greater|smaller|fewer|what|that|this)\b)"), "twice"),
               # "is that NORMAL IN WARS?", "NORMALLY attacking army takes more prisoners?", "attackers normally take…": what has happened in wars before, as
               # the author's note on attacking armies has it ("historically")
               (re.compile(r"^((?:and |so |but )?(?:is|was) (?:that|this) )(?:normal|usual|typical|common|standard)(?: thing)? (?:in|for|during) "
                           r"(?:a |most |other |past )?wars?(?=\W*$)"), r"\1historically"),
               (re.compile(r"\b(?:normally|usually|typically|traditionally)(?= (?:the |an? )?(?:attack\w*|invad\w*|offensive)\b)"), "historically"),
               # "is this TYPICALLY what happens IN WARS?", "do armies USUALLY…": what is usual in wars, as "normal in wars" is read
               (re.compile(r"\b(?:normally|usually|typically|traditionally)\b(?=[^?]*\bin (?:a |most |other |past )?wars?\b)"), "historically"),
               (re.compile(r"\b((?:attack|invad)\w*|offensives?) (?:normally|usually|typically|traditionally)\b"), r"\1 historically"),  # ("attackers NORMALLY take…")
               # "how many Russian soldiers has Ukraine TAKEN?", "how many has Kyiv GOT?": taken prisoner (a count of men, not of land)
               (re.compile(r"^((?:and |so )?how many (?:[a-z']+ ){0,3}?(?:has|have|did|does) (?:ukraine|kyiv|the ukrainians|ukrainians|"
                           r"the ukrainian army|ukrainian forces) )(?:taken|took|take|got|gotten|get)(?= (?:so far|in total|altogether|now|prisoner)|\W*$)"), r"\1captured"),
               # "INFO ON mercenaries pls", "any details about the armbands?", "give me the facts on exchanges": a request for what
               # the articles say of it, not intelligence ("info" is a word for what prisoners tell Ukraine)
               (re.compile(r"^(?:(?:can you |could you |pls |please )?give me |i want |i need )?(?:any |some |more |the )?(?:info|information|details|deets|facts|lowdown)"
                           r" (?:on|about|regarding|re|for)\b"), "tell me about"),
               # "labelled BEFORE DEPLOYMENT?", "before being deployed": before being sent to fight, in an officer's word
               (re.compile(r"\bbefore (?:(?:their|his|the|being|they were|they are) )?(?:deployment|deployed|deploying)\b"), "before being sent to fight"),
               # "were the sick ones PACKED OFF to the fighting?", "shipped off to the front": sent there, in everyday words
               (re.compile(r"\b(?:packed|shipped|bundled|carted) off\b"), "sent"),
               # "how many countries is that SPREAD ACROSS?", "spread over 40 countries?": where they are from, of the
               # foreigners counted ("is HIV spreading among them?" is not read so)
               (re.compile(r"\bspread (?:out )?(?:across|over|between|among)(?=\W*$|\s+(?:\d[\d,]*|many|several|dozens of|(?:more than|over) \d+|\w+)"
                           r" (?:countries|nations|nationalities)\b)"), "from"),
               # "where did those men END UP?": where they were sent, not an end (of 2025, of the war)
               (re.compile(r"\bwhere (?:did|do|have|had|would) (they|those men|the men|these men|those recruits|the recruits|those soldiers|"
                           r"the soldiers|most of them|many of them) (?:actually |really |finally |all )?end(?:ed)? up\b"), r"where were \1 sent"),
               # and one man of the kind just spoken of ("where does a man like him end up instead?"; not "where did he end up?"),
               # which beyond.unpromised_kind refuses unless the last answer was a promise (rear jobs) the men were sent from
               (re.compile(r"\bwhere (?:does|did|would|will|has) (?:a man like (?:him|that)|someone like (?:him|that)|a guy like (?:him|that)|"
                           r"a soldier like (?:him|that)|a recruit like (?:him|that)|such a (?:man|recruit|soldier)) (?:actually |really |finally |then )?"
                           r"end(?:ed|s)? up\b"), "where were such men sent"),
               # "MY COUSIN was recruited out of prison…", "my neighbour's boy was told…": the visitor's own relative, a soldier like any
               (re.compile(r"\bmy (?:[a-z]+'s )?(?:cousin|son|brother|husband|nephew|uncle|dad|father|boyfriend|grandson|boy|lad|"
                           r"brother-in-law|son-in-law|friend)\b(?! (?:says|said|told|reckons|thinks|asked|asks|wants|keeps))"), "a soldier"),
               # "how does the author WRAP IT ALL UP at the end?", "how does the blogger END THE POST?": its conclusion
               (re.compile(r"\b(?:wrap|wraps|wrapped|sum|sums|summed|round|rounds|rounded) (?:it |things |everything |this |the post |the piece )?"
                           r"(?:all )?up(?: at the end| in the end)?\b|\b(?:finish|finishes|end|ends) (?:it|the post|the piece|the blog|things)\b"
                           r"(?: (?:off|up))?(?: at the end)?"), "conclude"),
               # "what BECOMES OF the prisoners once they are traded back?": what happens to them
               (re.compile(r"\bwhat (?:becomes|became|has become|will become) of\b"), "what happens to"),
               # "is it true the project is run by the Red Cross?": who runs it, which the fact on what the project is says
               (re.compile(r"^(?:(?:so |and |but )?(?:is it (?:true|right|correct)|i heard|i read) (?:that )?)?(?:is )?(?:the )?"
                           r"(project|i want to live|hotline|programme|program|scheme|initiative) (?:is |was |has been |had been )?(?:really |actually |originally )?"
                           r"(?:run|led|operated|organi[sz]ed|managed|set up|started|created|founded|launched|established|funded|financed|backed) by\b.*$"), r"who runs the \1"),
               # "how BAD are Russian losses?": how heavy they are (not the bad conditions the lexicon's "bad" looks for)
               (re.compile(r"\bhow (?:bad|terrible|awful|serious|severe|grim) (?=(?:are|were|have been|is|was) (?:the )?(?:russian |russia's |their )?"
                           r"(?:losses|casualties|death toll)\b)"), "how heavy "),
               # ("russian army bleeding men, how bad in 2025?": the losses named first, then how bad they are)
               (re.compile(r"\b(losses|casualties|bleeding|bleeds|bled|losing) ((?:men |troops |soldiers )?)how (?:bad|terrible|awful|serious|severe|grim)\b"), r"\1 \2how heavy"),
               # "in German we say Zeitsoldaten": the visitor's own language named beside its word, not a subject
               (re.compile(r"\b(?:in|and in) (?:german|french|spanish|polish|italian|dutch|portuguese|swedish|czech|my language|our language) "
                           r"(?:we|they|you|people|one) (?:say|call (?:it|them)|would say|use)\b"), ""),
               # "have WHOLE UNITS mutinied?": soldiers in numbers (which units, named, no article says)
               (re.compile(r"\b(?:whole|entire) (?:units|battalions|regiments|brigades|companies|formations)\b"), "soldiers"),
               # "they give up because they WANT (TO) LIVE": they want to survive (the project's name is "I want to live")
               (re.compile(r"\b(they|he|soldiers|men|because|just|simply|only) (?:just |simply |only )?(want|wants|wanted) (?:to )?(?:live|stay alive)\b(?! project| scheme| programme| hotline)"),
                r"\1 \2 to survive"),
               # "why would a man in prison AGREE TO go and fight?": signing up, not two articles agreeing
               (re.compile(r"\b(?:agree|agrees|agreed|agreeing|consent|consents|consented) to (?:go (?:and |off and |off to )?|go to )?(fight|war|the front|serve|join)\b"),
                r"sign up to \1"),
               # a gamer's words: "alt-f4'd" (quit the game) is gave up, "no cap" is said for emphasis, "of the map" is of the
               # country, "camping in spawn" is staying back, out of danger
               (re.compile(r"\balt[- ]?f4(?:'?d|ed|ing)?\b"), "gave up"),
               # "do the captured get better LOOT?": what they get, their treatment; "the army SOUNDS mid": it is bad
               (re.compile(r"\b(get|gets|got|getting|receive|receives) (better |more |good |decent |worse |any )?(?:loot|drops|rewards)\b"), r"\1 \2treatment"),
               (re.compile(r"\b(?:sounds?|sounding|looks?) (?=(?:so |pretty |really |kinda )?(?:bad|trash|awful|terrible|rough|grim|weak|garbage)\b)"), "is "),
               # "is russia OP AT taking prisoners?", "is ukraine any good at catching pows?": which side takes more of them
               (re.compile(r"\b(?:is|are) (russia|ukraine|kyiv|moscow|the russians|the ukrainians) (?:any |so |really |actually |more )?(?:op|good|better|overpowered|"
                           r"cracked|goated|strong|stronger|bad|worse|weak|weaker|successful) at (?:taking|catching|capturing|grabbing|nabbing|bagging) (?:prisoners|pows|captives)\b"),
                r"does \1 take more prisoners"),
               (re.compile(r"\s*\bno cap\b"), ""),
               (re.compile(r"(?<=%) of the map\b|(?<=\bpercent) of the map\b"), " of ukraine"),
               (re.compile(r"\b(?:camping|camp|camps|camped) (?:in|at|near|by) (?:the )?spawn\b|\bspawn[- ]?camp(?:ing|s|ed)?\b"), "staying away from danger"),
               # "…, in easy words?", "explain like I'm 10": how a child (or a child's teacher) wants it said, not what is asked;
               # and a child's "poorly" is ill ("were poorly", not "poorly trained")
               (re.compile(r",?\s*\b(?:in|using|with) (?:easy|simple|plain|basic|simpler|easier|kid|kids'?|child'?s?) (?:words|terms|english|language)\b"), ""),
               (re.compile(r"\b(were|was|are|is|been|be|feel|feeling|felt|got|get|looked|look) poorly\b(?! (?:trained|equipped|fed|paid|treated|led|armed))"), r"\1 ill"),
               # "…held by Kyiv at YEAR-END 2025": by the end of that year; "in the Russia territory", "on Russian soil": inside Russia
               (re.compile(r"\b(?:at |by )?(?:the )?year[- ]end(?: of)? ((?:19|20)\d\d)\b"), r"by the end of \1"),
               (re.compile(r"\b(?:in|on|inside) (?:the )?(?:russia|russian|russia's) (?:territory|soil|land)\b"), "inside russia"),
               # "who's IN CHARGE OF the hotline?", "WHOSE PROJECT IS I Want to Live?": who runs it, not the army chief or whose figures
               (re.compile(r"\bwho (?:is|was|are|were) (?:in charge of|responsible for|running|managing|heading)(?= (?:the |this |that )?(?:[a-z-]+ )?"
                           r"(?:hotline|project|initiative|scheme|programme|program|line|service|bot|chatbot|channel|site|website|app|i want to live)\b)"
                           r"|\bwhose (?:project|initiative|scheme|programme|program|idea|hotline|service|operation) (?:is|was)\b"), "who runs"),
               # "WHAT'S IT LIKE BEING A POW?": how prisoners are treated; "better LIVES as prisoners": life, not the project's "live"
               (re.compile(r"\bwhat(?:'s| is| was) (?:it|life) like (?:being|to be|as) (?:a |an )?(?:pow|prisoner|captive|prisoner of war)s?\b"), "how are prisoners treated"),
               (re.compile(r"\b(better|worse|their|his|new|normal|daily|everyday|good|bad|happier|safer|easier|harder) lives\b"), r"\1 life"),
               # "the most surrenders in 1 day": one day, a period, not a figure 1 to look up
               (re.compile(r"(?<![\d.,])\b1 (day|week|month|year|night|hour)\b"), r"one \1"),
               # "surrenders in 2025 DOUBLED those of 2022": more than, which the comparison the articles make answers
               (re.compile(r"\b(?:doubled|tripled|quadrupled|dwarfed|outnumbered|outstripped|surpassed)\b"), "exceeded"),
               # "how much SIGNIFICANCE DOES THE AUTHOR ATTACH TO the pace?", "what broader INFERENCE does the author DRAW?": the
               # author's view of it, as "what does the author think of…", "…conclude" ask ("draw" is not drawing recruits in)
               (re.compile(r"\bhow much (?:significance|importance|weight|emphasis|stress) (does|do|did) (the author|the blogger|the writer|the blog(?: post)?|he|she|"
                           r"the report|the news report) (?:attach|attaches|give|gives|place|places|put|puts|lay|lays|assign|assigns) (?:to|on)\b"), r"what \1 \2 think of"),
               (re.compile(r"\bwhat (?:broader |wider |general |main |overall |larger |bigger )?(?:inferences?|conclusions?|lessons?) (does|do|did) (.+?) draw\b"),
                r"what \1 \2 conclude"),
               # "why would PRISONERS even sign up?": why men in prison (or once in prison) joined, the recruits' incentives (not
               # prisoners of war); and a learner's "why they sign?" is signing up
               (re.compile(r"^((?:and |so |but )?why (?:would|did|do|does|are|were|will) )(?:the )?(?:prisoners|inmates|prison inmates)"
                           r"(?= (?:even |ever |actually |really )?(?:sign|join|enlist|volunteer)\w*\b)"), r"\1convicts"),
               (re.compile(r"^((?:and |so |but )?why (?:do |did |would )?(?:they|he|them|men|people) )sign(?:ed)?(?=\W*$)"), r"\1sign up"),
               # "how many of those FELL in 2025?": died in battle (not "surrenders fell", a decline)
               (re.compile(r"\b(how many (?:of (?:those|them|these) |(?:russian |ukrainian )?(?:soldiers|men|troops|russians|ukrainians) )?"
                           r"(?:have |had )?)(?:fell|fallen)\b"),
                r"\1died"),
               # "I read about the exchanges IN THE PAPER LAST WEEK": where and when the visitor met it, not what is asked
               (re.compile(r"\s*\b(?:in|on) the (?:paper|papers|newspaper|newspapers|news|telly|tv|radio)(?: (?:last week|last night|"
                           r"yesterday|this morning|the other day|recently|lately))?\b"), ""),
               # "has Russia been GAINING ANY GROUND?": taking land, not an advantage
               (re.compile(r"\bgain(s|ed|ing)? (?:any|much|more|some|new|a lot of|lots of) ground\b"), r"gain\1 ground"),
               # "our defenders", "Ukraine's defenders": a Ukrainian's word for Ukraine's own soldiers
               (re.compile(r"\b(?:our (?:ukrainian )?|ukraine'?s (?:own )?|ukrainian )defenders\b"), "ukrainian soldiers"),
               # punctuation a dictating phone wrote out as words ("… officers question mark", "… per week comma roughly")
               (re.compile(r"\s*\b(?:question mark|full stop|exclamation (?:mark|point))\s*$|\bcomma\b"), ""),
               # a dictating phone's homophone, known by its neighbour: the "CURSE region" is Kursk, as are "caught IN CURSE", "near curse"
               (re.compile(r"\bcurse (region|province|oblast|area|incursion|offensive|operation|op)\b"), r"kursk \1"),
               (re.compile(r"\b(in|at|near|around|from|into|inside|and|or) curse(?= *[?.!,]*$| (?:and|or|region|province|too|as well)\b)"), r"\1 kursk"),
               # a bot that soldiers use to surrender is a chatbot ("do they use a bot or smth", "surrender via a bot"); not this bot
               (re.compile(r"\b(use|uses|using|used|through|thru|via) (a |an |the |some )?bots?\b"), r"\1 \2chatbot"),
               # and Zaporizhzhia as the phone hears it ("ZAP OR EASIER", "zapper is here", "zappa rizhia")
               (re.compile(r"\bzap(?:per|pa|a|o)?(?: or| a| o)? ?(?:easier|easy a|is here|ishia|isha|rizhia|rizha|rizzia|rijia)\b"), "zaporizhzhia"),
               # a year dictated ("twenty twenty five", "two thousand and twenty-four"): the year, not 20 and 25
               (re.compile(r"\b(?:twenty|two thousand(?: and)?)[ -](twenty)(?:[ -](one|two|three|four|five|six|seven|eight|nine))?\b"),
                lambda m: str(2020 + ONES.index(m.group(2) or "zero"))),
               # "the OLD leaflets", "OLDER methods", "I'm OLD enough": earlier, not an age (as "how old", "older soldiers" are)
               (re.compile(r"(?<!how )(?<!years )(?<!year )\bold(?:er)? (?!(?:soldiers?|prisoners?|men|man|people|recruits?|conscripts?|"
                           r"troops?|guys?|pows?|russians?|ukrainians?|officers?|fighters?|mercenar\w+|ones?|are|is|was|were|and|or|"
                           r"than)\b)(?=[a-z])"), ""),
               # "what share of the prisoners are UNDER 25?", "any OVER 50?": an age, asked as "younger than" / "older than" it
               (re.compile(r"\b(are|were|any|aged|ones|men|those) (under|below|over|above) (1[4-9]|[2-9]\d)(?=(?: years?(?: old| of age)?)?\W*$)"),
                lambda m: f"{m[1]} {'younger' if m[2] in ('under', 'below') else 'older'} than {m[3]}"),
               # "are POWs BEATEN?", "do guards BEAT UP prisoners?": of prisoners, beating is ill-treatment, not the lexicon's
               # defeated ("is Russia beaten?", "2025 beat 2022" stay as they were)
               (re.compile(r"\b((?:prisoners?|pows?|captives?|detainees?|inmates?)(?: [a-z']+){0,3}?) (?:beaten|beat)(?: up)?\b"),
                r"\1 mistreated"),
               (re.compile(r"\b(?:beat|beats|beating|beaten)(?: up)? ((?:the |some |russian |ukrainian ){0,2}"
                           r"(?:prisoners?|pows?|captives?|detainees?|inmates?))\b"), r"mistreat \1"),
               *CITES_AND_MENTIONS,  # an article's verbs for naming a source (attributed) and for mentioning a thing (articleverbs)
               # "what's the PROCESS FOR surrendering?", "what are the steps to contact the hotline?": how it is done, asked as
               # a noun (not "what is the process of a prisoner exchange", a thing, not a deed)
               (re.compile(r"\bwhat(?:'s| is| are| was| were) the (?:whole |exact |usual |actual )?(?:process|procedure|method|steps?|drill)"
                           r" (?:for|to) (?=(?:surrender|contact|call|reach|join|defect|apply)(?:ing)?\b|(?:giv(?:e|ing)|sign(?:ing)?) up\b)"), "how do you "),
               # "what's the NAME OF the surrender project?", "what is the hotline CALLED?": what the project (or an article) is,
               # by name; the naming is the question's frame, not the 'unnamed' of facts that name no source, nor a call-up.
               # A person's or a thing's name ("the name of the soldier who…") stays a question about a name
               (re.compile(r"\bwhat(?:'s| is| was) (?:the |its |their )?name of (?=(?:the |this |that |its |their )?(?:[a-z-]+ ){0,2}"
                           r"(?:project|programme|program|initiative|hotline|scheme|blog|post|article|report|site|website|outlet)\b)"), "what is "),
               (re.compile(r"\b(what(?:'s| is| was) (?:the |this |that |its |their )?(?:[a-z-]+ ){0,2}?(?:project|programme|program|initiative|"
                           r"hotline|scheme|blog|post|article|report|site|website|outlet) )(?:called|named)(?= ?[?.!]?$)"), r"\1"),
               # "how many years has the war lasted?": how long (not 'last' = final, nor a count of years); "since when has the
               # war been going on?": when it began
               (re.compile(r"\bhow many (?:years?|months?) (?:has |have |did |is )?(the war|the fighting|the invasion|it) (?:is |has )?(?:lasted|last|gone on|"
                           r"been going on|been going|been on|going on|go on|goes on)\b"), r"how long has \1 lasted"),  # (and as learners ask it)
               (re.compile(r"\bsince when (?:has|have|is|was) (the war|the fighting|the invasion|it)(?: been)? (?:going on|lasted|happening|"
                           r"raging|underway|on)\b"), r"when did \1 start"),
               *CALLS,  # how an article calls a thing it names (articleverbs)
               # "did Ukraine invade Russia?", "when did Ukrainian troops go into Kursk?": Kyiv's incursion, not Russia's invasion of
               # Ukraine (the war) nor the land Russia took; Ukraine the one moving, Russia's soil the place
               (re.compile(r"\b(ukraine|ukrainians?|ukrainian (?:forces|troops|army|soldiers)|kyiv|kiev)(?:'s (?:army|forces|troops))? (?:ever )?"
                           r"(?:invade|invaded|invading|enter|entered|go into|went into|gone into|goes into|cross(?:ed)? into|attack(?:ed)?|"
                           r"push(?:ed)? into|move(?:d)? into|march(?:ed)? into|(?:take|took|taken|seize|seized|capture|captured|grab|grabbed) "
                           r"(?:land|territory|ground) in)(?= (?:russia|russian territory|russian soil|kursk)\b)"), r"\1 incursion into"),
               *PUTS_AT,  # the figure an article puts a thing at (articleverbs)
               # "are they ALLOWED TO contact their families?", "are prisoners permitted to…": whether they can, the permission the
               # question's frame, not a subject the fact must hold; "get IN TOUCH with" is to contact
               (re.compile(r"\b(?:are|is|were|was) ((?:they|he|she|the [a-z]+|[a-z]+)(?: [a-z]+)?) (?:allowed|permitted|let|free) to\b"), r"can \1"),
               (re.compile(r"\b(?:get|gets|getting|got|keep|be|stay) in touch with\b"), "contact"),
               # "what's THE DEAL WITH the armbands?", "what's the big deal about Kursk?": what there is to know about it, as "what's
               # the story with…" asks, not a deal (an agreement) no fact reports
               (re.compile(r"\bwhat(?:'s|s| is| was)(?: the)?(?: big| real| whole)? (?:deal|score) (?:with|about|over)\b"), "what about"),
               *HEADLINE_BORNE_OUT,  # whether the headline is borne out (articleverbs)
               # "in WHICH PART OF Ukraine were most taken?": where, not a part (the blog's "parts of Zaporizhzhia")
               (re.compile(r"\b(?:in |from )?(?:which|what) parts? of (?:ukraine|the country|russia|the front(?: ?line)?)\b"), "where"),
               # "and the 420,000 for 2025, is that FROM THE SAME BODY?": whose figure it is (the reply names its claimant), not a body
               (re.compile(r"\b(?:is|was|are|were) (?:that|this|it|those|these) (?:also |too )?(?:from|by) the same (?:body|source|organi[sz]ation|office|"
                           r"people|outfit|agency)(?: too| as well)?\b"), "who gives it"),
               # "if A FEW Russians give up": a quantity said in passing, not the idea of few or small (the share of officers)
               (re.compile(r"(?<!\bonly )(?<!\bjust )(?<!\bvery )\ba few(?= (?:russians?|soldiers?|men|of them|troops|prisoners|people)\b)"), "some"),
               # "what do the EXPERTS CALL it?": the analysts who name the project (not experts checking a figure)
               (re.compile(r"\b(?:military )?(?:experts|specialists)(?= (?:call|calls|called|describe|describes|described|label|labels) (?:it|the project|the scheme|i want to live)\b)"),
                "analysts"),
               # "how do the soldiers FIND OUT they can surrender?": coming to know, not the foreign fighters who "find" Russia uninterested
               (re.compile(r"\b(?:find|finds|found|finding) out\b"), "know"),
               # "sick with TB": the disease by its name, as the facts that list it give it
               (re.compile(r"\btb\b"), "tuberculosis"),
               # "which SECTORS OF THE FRONT LINE…": the places, not the front as a subject of its own
               (re.compile(r"\b(sectors?|sections?|stretches|stretch|areas?) (?:of|along|on) the (?:front(?: ?lines?)?|line of contact|contact line|loc)\b"), r"\1"),
               *SAYS_SO_TOO,  # whether the other article says so too, and what backs a word (articleverbs)
               # "without THEIR BOSSES knowing", "going around the soldiers' SUPERIORS": the men's own commanders (not "the boss of the
               # hotline", who runs it)
               (re.compile(r"\b(their|his|(?:the |russian )?(?:soldiers|troops|men)') (?:bosses|boss|superiors|superior|superior officers|"
                           r"higher-ups|higher ups)\b"), r"\1 commanders"),
               # "are any of them BOSSES, like officers?": bosses among the men are their officers (a boss OF something runs it)
               (re.compile(r"(?<!')\b(?:bosses|higher-ups|higher ups)\b(?! of\b)"), "officers"),
               # "from how many NATIONS?": the countries the foreign fighters come from (not "national", nor the United Nations)
               (re.compile(r"\b(?<!united )nations\b"), "countries"),
               # "does Russia MAKE MUCH EFFORT TO get them back?", "any efforts to…": whether it tries, no thing called an effort
               (re.compile(r"\b(?:make|makes|made|making|put|puts|putting) (?:much |any |an |no |a real |real |a big |big |great |a great |"
                           r"the |every |enough |serious |a serious |little |some )?efforts? (?:at all )?(?:to|into)\b"), "try to"),
               # "any CASES OF repeat POWs?", "are there INSTANCES OF…": whether there are any, no thing called a case
               (re.compile(r"\bany (?:known |recorded |reported )?(?:cases|instances) of\b"), "any"),
               # "WHO GETS PICKED first for the swaps?": which of the prisoners, not who says so
               (re.compile(r"\bwho (gets|get|is|are) (picked|chosen|selected|swapped|exchanged|prioriti[sz]ed|favoured|favored|preferred|sent back|"
                           r"taken back|handed back)\b"), r"which ones \1 \2"),
               # "tell me A LITTLE about the hotline": how much the visitor wants told, not a small number asked about
               (re.compile(r"\b(tell (?:me|us)|explain) (?:a (?:little|bit|little bit)|briefly|quickly) about\b"), r"\1 about"),
               # "how does Ukraine REACH THE RUSSIAN TROOPS?", "does it SPEAK TO THE MEN themselves?": reaching the soldiers, said
               # with any determiner or word for them (the lexicon lists a few wordings of it, not every one)
               (re.compile(r"\b(?:reach|reaches|reaching|speak to|speaks to|speaking to)(?: the| its| their| russia's)?(?: russian| ordinary| enemy| frontline)?"
                           r" (?:soldiers|troops|men|servicemen|fighters|lads|blokes|boys|guys|fellas|chaps|soldiers themselves|men themselves)\b"), "reach russian soldiers"),
               # "the Kursk OPERATION", "Ukraine's operation in Russia": Kyiv's incursion, as the press names it (not the
               # operations Russia plans, which prisoners reveal)
               (re.compile(r"\b(kursk|ukraine'?s|ukrainian|kyiv'?s|kiev'?s)((?: [a-z-]+)?) (?:operation|op)\b"), r"\1\2 incursion"),
               (re.compile(r"\b(?:operation|op)(?= (?:in|into|inside) (?:russia|kursk|russian territory)\b)"), "incursion"),
               # "what do they GET if they surrender?", "what would a soldier get for giving up?": what is offered them, the
               # promise made to those who surrender (not "what does Ukraine get out of it", its gain)
               (re.compile(r"\b(what (?:do|does|did|would|will|can|could) (?!ukraine\b|kyiv\b|the ukrainians\b)(?:[a-z']+ ){1,3}?)"
                           r"(?:get|receive)(?= (?:if|when|once|after|for|in return|in exchange)\b)"), r"\1promised"),
               # "how did they GET foreigners TO FIGHT for Russia?", "how do you get men to sign up?": bringing them to join, as a
               # recruiter does, not the getting back of prisoners ("does Russia get them back?", "they GET SENT to fight" keep their get)
               (re.compile(r"\b(?:get|gets|got|getting)\b(?! (?:sent|forced|made|ordered|pushed|thrown|shipped|taken|put)\b)(?= (?:[a-z']+ ){1,4}?to (?:go and |go |come and |come )?(?:fight|join|sign up|"
                           r"enlist|serve|volunteer|go to war|go to the front)\b)"), "recruit"),
               # "what conclusion does the blogger DRAW?", "does he draw any conclusions?": concluding, not the drawing in
               # (luring) of recruits ("what drew foreigners in" keeps its draw)
               (re.compile(r"\b(?:draw|draws|drew|drawn|drawing) (?=(?:a |any |the |his |her |its |their |some |what |which |that |these |"
                           r"those |this |such |main |final |overall |big )*conclusions?\b)"), ""),
               (re.compile(r"\b(conclusions?(?: [a-z']+){1,6}?) (?:draw|draws|drew|drawn|drawing)\b"), r"\1"),
               # "do both TEXTS mention HIV?", "where is that in the actual TEXT?": the articles, as a class calls what it reads
               # (a text message, texting the hotline, stay as they are)
               (re.compile(r"\b(both|the two|two|either|each|the other|the second|the first|the|this|that|these|those|which|what)"
                           r"((?: actual| original| full| whole| news| blog)?) text(s?)\b(?! messages?\b| msgs?\b)"), r"\1\2 article\3"),
               # "how many of them HAD A RECORD?", "men with records": a criminal record, not the record week or year ("2025 has a
               # record number", "with record surrenders" stay as they are)
               (re.compile(r"(?<!\d\d )(?<!week )(?<!month )(?<!year )(?<!day )\b((?:has|have|had) got|had|have|has|having|with|got) (a |any |prior |previous |past )?(police )?records?"
                           r"(?= *(?:$|[?,.!;]|then\b|too\b|already\b|before\b|or\b|and\b|for\b|among\b))"), r"\1 a criminal record"),  # (not a year's: "did 2025 have a record?")
               # "are the losses going down AT LEAST?", "is that right at least": a hedge, no subject; "at least 10,000", "at least a
               # quarter" keep the floor a figure is given with
               (re.compile(r",? *\bat least\b(?! *(?:about |around |some )?(?:\d|a |an |one\b|two\b|three|four|five|six|seven|eight|nine|"
                           r"ten\b|twenty|thirty|forty|fifty|hundred|thousand|half|several|some\b|dozens|hundreds|thousands|tens))"), ""),
               # a name a phone dictates as everyday words that sound like it: "the GIN EVO conventions", "BACK MUTE and POKE
               # ROVSK", "the MOBILE EYES ones", and as an ear mishears it: "the GENEVER convention" (a real word, so no slip corrected)
               (re.compile(r"\bgin evo\b|\bgenev[ae]r\b"), "geneva"), (re.compile(r"\bback mute\b"), "bakhmut"), (re.compile(r"\bpoke rovsk\b"), "pokrovsk"),
               (re.compile(r"\bmobile (?:eyes|eyesed|ised|ized)\b"), "mobilised"),
               # "the pay is expressed RELATIVE TO what baseline?": compared with, not the soldiers' relatives (family)
               (re.compile(r"\b(?:relative|relatively) to\b"), "compared to"),
               # "were some of them POORLY", "poorly men": ill, as an older British reader says it (not "poorly paid", "poorly trained")
               (re.compile(r"\bpoorly(?=\s*(?:$|[,.?!;]|(?:and|or|with|from|when|before|men|soldiers|lads|ones|prisoners|people)\b))"), "ill"),
               # "does Ukraine STICK TO the Geneva Conventions?", "ABIDE BY / COMPLY WITH / RESPECT the rules": keeping a rule, as
               # "follow" is, the verb no subject a fact must hold ("respect for the men", "observers" stay as they are)
               (re.compile(r"\b(?:(?:abid(?:e|es|ing)|abided|play(?:s|ed|ing)?) by|compl(?:y|ies|ied|ying) with|(?:stick(?:s|ing)?|stuck|"
                           r"keep(?:s|ing)?|kept|adher(?:e|es|ed|ing)) to|obey(?:s|ed|ing)?|uphold(?:s|ing)?|upheld|honou?r(?:s|ed|ing)?|"
                           r"respect(?:s|ed|ing)?|observ(?:e|es|ed|ing))(?= (?:the |its |their |international )?(?:geneva|rules?|laws?|"
                           r"conventions?|treat(?:y|ies)|obligations?)\b)"), "follow"),
               # "Geneva Convention: do the Ukrainians STICK TO IT?": the rule named first (however spelt), then kept
               (re.compile(r"^((?=.*\b(?:gen\w{0,3}va|conv[ae]n[ts]{1,2}ions?)\b).*?\b)(?:stick(?:s|ing)?|stuck|keep(?:s|ing)?|kept|adher(?:e|es|ed|ing)) to"
                           r"(?= (?:it|them)\b)"), r"\1follow"),
               # "how would anyone KNOW HOW MANY surrendered?", "how do they know how many died?": whose count it is, the one
               # thing the articles say of how a figure is known
               (re.compile(r"\bhow (?:do|does|did|would|could|can|will) (?:you|they|we|anyone|anybody|one|people|ukraine|kyiv|the \w+) "
                           r"(?:even |really |actually |possibly |ever )?know how (many|much)\b"), r"who counts how \1"),
               # "who CREATED / FOUNDED / MADE / OPERATES the I Want to Live project?", "who is make it?" (as learners ask): who
               # is behind it, which what the project is answers, as "who runs it?" does; the verb no deed a fact must report
               (re.compile(r"^((?:and |so |but )?)who (?:is |are |was |were |did |first )?(?:made|make|makes|creat(?:e|es|ed)|start(?:s|ed)?|"
                           r"found(?:s|ed)|launch(?:es|ed)?|establish(?:es|ed)?|sets? up|invent(?:s|ed)?|came up with|come up with|"
                           r"thought up|dreamt up|dreamed up|operat(?:e|es|ed)|manag(?:e|es|ed)|oversees?|oversaw|organi[sz](?:e|es|ed))\b(?= (?:the |this |that )?(?:[a-z'-]+ ){0,4}?(?:project|programme|program|"
                           r"initiative|hotline|scheme|i want to live|it)\b)"), r"\1who runs"),
               # "what is the I Want to LEAVE project?", "the hotline called I want to leave": the project's name misheard or mistyped,
               # known by the name's place in the question (a soldier who says he wants to leave is left as he is)
               (re.compile(r"(?:(?<=\bcalled )|(?<=\bnamed ))['\"]?i want to leave\b|"
                           r"\bi want to leave(?=['\"]? (?:project|programme|program|initiative|hotline|scheme|website|channel)\b)"),
                "i want to live"),
               # "WHICH OF THEM gives a figure for NCOs?", "which of the two mentions HIV?": which article, by the verb of reporting
               # (not "which of them surrendered": the men)
               (re.compile(r"^((?:and |so |but )?)which of (?:them|the two|those two|these two|the pair)\b(?= (?:gives?|mentions?|says?|reports?|names?|"
                           r"cites?|quotes?|states?|includes?|provides?|offers?|puts?|credits?|attributes?|has a|has the|has any)\b)"), r"\1which article"),
               # "captured until FINISH OF 2025 year", "by the finish of the year": a learner's word for the end of a period
               (re.compile(r"\b(until|till|til|by|to|at|before|in) (?:the )?finish of\b"), r"\1 the end of"),
               # "what is happen to them?", "what happen with the wounded?", as learners of English ask it: "what happens to…"
               (re.compile(r"\bwhat (?:is |are |does |do )?happen(?:ing)?(?= (?:to|with|of|when|if|after|once)\b)"), "what happens"),
               # "were Wagner men among them, NAMED AS SUCH?", "…, BY NAME?": that the thing be named, as asking of it is
               (re.compile(r",? named as such(?=\W*$)|, (?:named )?by name(?=\W*$)"), ""),
               # "and how many ukrainians THO", "what about officers, though?": a chat's "though" at the end, nothing asked
               (re.compile(r",? (?:tho|though)(?=\W*$)"), ""),
               # "BREAK OUT the KIA from the WIA", "split out the dead from the wounded": one part set apart from another, separated
               (re.compile(r"\b(?:break|split|tease|pull)(?:ing|s)? (?:out|apart)\b(?= (?:[a-z']+ ){1,4}?from\b)"), "separate"),
               # "WHY'D they join?", "how'd they get there?": a question word with "did" run into it
               (re.compile(r"\b(why|how|where|when|what|who)'d\b"), r"\1 did"),
               # "the MOST BIG week", "the most high number": a learner's superlative, "the biggest week"
               (re.compile(r"\bmost (big|large|high|busy)\b"), lambda m: {"big": "biggest", "busy": "busiest"}.get(m.group(1), m.group(1) + "est")),
               # "were A GREAT MANY of them criminals?", "A GOOD FEW", "A FAIR NUMBER of them": many, said as an idiom (its "great",
               # "good" and "fair" no judgement a fact must hold)
               (re.compile(r"\b(?:a (?:great|good|fair|large|huge|decent) (?:many|few|number|deal|lot)|quite a (?:few|number|lot)|"
                           r"a good deal)\b"), "many"),
               # "were recruits THROWN straight into drone-heavy sectors?", "CHUCKED into battle", "TOSSED onto the front line": sent there,
               # said of men in a war ("throw away" and a thing thrown keep their verb)
               (re.compile(r"\b(?:thrown|threw|throw(?:s|ing)?|chuck(?:ed|s|ing)?|toss(?:ed|es|ing)?|dump(?:ed|s|ing)?|flung|fling|hurl(?:ed|s|ing)?)"
                           r"(?= (?:[a-z']+ ){0,2}?(?:straight |right |directly |back )?(?:in|into|onto|to|at) (?:the )?(?:[a-z-]+ ){0,2}?"
                           r"(?:front|frontline|front line|battle|battles|combat|fighting|fight|trenches|meat grinder|war|assaults?|attacks?|"
                           r"sectors?|zones?|battlefields?|positions?)\b)"), "sent"),
               # "WHICH ORGANISATION counts the prisoners?", "what body estimates the losses?": who does it, asked by the kind of doer
               (re.compile(r"^((?:and |so |but )?)(?:which|what) (?:body|organi[sz]ation|agency|institution|office|department|outfit)"
                           r"(?= (?:counts?|counted|estimates?|estimated|tracks?|tracked|records?|recorded|compiles?|compiled|publishes|published|"
                           r"runs?|ran|operates?|gives?|gave|keeps?|kept|says?|said|reports?|reported)\b)"), r"\1who"),
               # "what illnesses do they have, FOR EXAMPLE?", "the bit about belief, FOR INSTANCE", "E.G. HIV": an example is asked
               # for or given, no subject of its own
               (re.compile(r"\b(?:for example|for instance|e\.g\.?|e g)(?![\w'])|\b(?:single |one )?headline(?= (?:figures?|numbers?|stats?|totals?|counts?) (?:for|of|on)\b)"), " "),
               # "how many officers ACC TO the news report?", "putin tactics ACC BLOG": a chat box's shorthand for "according to"
               (re.compile(r"\bacc(?: to)?\b(?= (?:the |that |this |both |each )?(?:blog|news|report|article|post|author|writer|blogger|"
                           r"source|piece|general|ukrain|kyiv|russia|moscow|syrsk|analyst|offici|project|i want))"), "according to"),
               # "is THE WORD revolt fair?", "who uses THE TERM rank-and-file?": the word named is what is asked about; the naming
               # is no subject ("the russian word FOR surrender", "the words THEY use" name no word and stay)
               (re.compile(r"\b(?:the|that|this) (?:words?|terms?|phrases?|expressions?|labels?) (?=['\"]?[a-z])(?!(?:for|of|used|uses|"
                           r"that|which|is|are|was|were|does|do|did|they|he|she|it|its|in|on|to|and|or|the|a|an|each|both)\b)"), ""),
               # "is it from THE STATE or A PRIVATE INITIATIVE?", "is it STATE-RUN?": who runs a project, asked as state or private; the
               # facts say "government" (and "private" is no rank, as "privates" is)
               (re.compile(r"\b(?:the|a) state(?= (?:or|project|initiative|programme|program|body|agency|organi[sz]ation|scheme|thing)\b)"
                           r"|(?<=from )the state\b|(?<=by )the state\b|\bstate[- ](?:run|owned|funded)\b"), "the government"),
               (re.compile(r"\b(?:an? )?(?:private(?:ly[- ]run)? (?:initiative|project|organi[sz]ation|company|group|body|effort|venture|"
                           r"enterprise|one|thing|scheme)|privately(?:[- ](?:run|funded|owned))?)\b"), "run by the government"),
               # "killed and wounded - OVER OR UNDER a million?", "more or less than 10,000?": a figure checked against the visitor's
               # round number, as "over a million?" is (not "more or less" alone: about)
               (re.compile(r"\b(?:over|above|more|higher|bigger|greater) or (?:under|below|less|fewer|lower|smaller)(?: than)?"
                           r"(?= (?:a |an |about |around |roughly )?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|"
                           r"sixty|seventy|eighty|ninety|hundred|half|a quarter|a third|million|thousand)\b)"), "over"),
               # "what VERB does the news headline USE for …?", "which word does the headline use": what the headline says
               (re.compile(r"\b(?:what|which) (?:verb|word|term|phrase|wording) (?:does|do|did) (?:the |that |this |its )?"
                           r"((?:news |blog |report'?s? |story'?s? |article'?s? |piece'?s? )?headlines?) (?:use|pick|choose)\b"), r"what does the \1 say"),
               # "is there an exact figure I can quote, RATHER THAN 'HUNDREDS'?": the vague quantity an exact figure is asked
               # instead of, no subject of its own
               (re.compile(r",?\s*\b(?:rather than|instead of|not just|other than) ['\"]?(?:hundreds|thousands|dozens|tens of thousands|"
                           r"many|some|a few|several|a lot|lots)['\"]?(?=\W*$)"), ""),
               (re.compile(r"\bweakly\b"), "weekly"), (re.compile(r"\bweak (of|in) (january|february|march|april|may|june|july|"
                                                               r"august|september|october|november|december)\b"), r"week \1 \2"),
               # "the war is how many year now?", "how many years is the war?": how long it has gone on (the war's own length, no
               # count of years of something else)
               (re.compile(r"^(?:and |so |but )?(?:the |this )?war is how many (?:years?|yrs)(?: old| now| already)*(?=\W*$)"
                           r"|^(?:and |so |but )?(?:since |for )?how many (?:years?|yrs) (?:is|has been|has|goes|does|did) (?:the |this )?war(?: been)?(?: going on| going| go on| go| lasted| last| lasting| running| on| old| now| already)*(?=\W*$)"),
                "how long has the war been going on")] + TRANSLITERATIONS
