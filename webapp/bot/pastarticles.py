"""What no article reports, asked about the war round the surrenders rather than the soldiers' own words: how the
fighting went, a split of the prisoners by a measure no article gives, a reward for what a prisoner tells, the men's home
regions, what keeping them costs, another country's size, a count for the year so far, a famous man among them. Each is refused
(engine.Bot.reply_for), however near a fact's words come; `beyond` holds the rest of what the articles do not cover."""
from __future__ import annotations

import re

# how the fighting went, which no article reports: where it was hardest ("which zones of the front line had the MOST
# FIGHTING?", "where was the fighting heaviest?": "fighting" is no subject word, and the place word left alone reads as where
# the surrenders were; "do most surrender where the fighting is fiercest?" asks of the surrenders, which the hotspots answer),
# and whether the front gave way ("did the front BREAK DOWN at Pokrovsk?": a line, not the collapse in the ranks the blog sees)
_FIGHT = r"(?:fighting|combat|battles?|clashes|shelling|bombardments?|bombing)"
_HARDEST = r"(?:most|heaviest|fiercest|hardest|worst|bloodiest|biggest|toughest|deadliest|most (?:intense|intensive|violent|brutal))"
FIGHTING_COURSE = re.compile(rf"^(?!.*\b(?:captur|caught|surrend|prisoner|pow|gave up|give up|giving up|defect|lost|loss))"
                             rf"(?:.*\b{_HARDEST}(?: of the)? {_FIGHT}\b|.*\b{_FIGHT} (?:is|was|has been|were|are|got) (?:the )?{_HARDEST}\b)"
                             r"|\b(?:russian |ukrainian |russia's |ukraine's )?(?:front(?: ?lines?)?|defensive lines?|defen[cs]e lines?|defen[cs]es)"
                             r"(?: (?:at|near|around|in|by|of) [a-z']+)? (?:has |have |had |is |was |were |are |did |may |might |will )?(?:(?:just|finally|ever|already) )?"
                             r"(?:collaps\w*|(?:break|breaks|broke|broken|breaking) down|(?:fall|falls|fell|fallen|falling) apart|crumbl\w*|"
                             r"(?:give|gives|gave|giving|given) way|cav(?:e|es|ed|ing) in)\b")
# "does the blog break down the captured BY REGION?", "a breakdown of the prisoners by unit": a split by a measure no article
# gives (they split the prisoners by rank, service, origin abroad and age; where most were taken is no breakdown)
NO_SUCH_SPLIT = re.compile(r"\b(?:break\w* (?:[a-z']+ ){0,4}?down|breakdowns?|broken down|split(?: up)?|divided|categori[sz]ed|sorted|grouped|classified) "
                           r"(?:[a-z']+ ){0,5}?by (?:the |their |his |its |each |every )?(?:regions?|areas?|oblasts?|provinces?|places?|locations?|"
                           r"cit(?:y|ies)|towns?|villages?|sectors?|fronts?|front ?lines?|directions?|units?|brigades?|regiments?|divisions?|"
                           r"battalions?|home ?towns?|education|religion|ethnicity|gender|sex|income|where)\b")

# "how many of those are dead VS just wounded?", "killed and how many wounded?", "a breakdown of killed and wounded": the dead set
# against the wounded, which both articles give as one figure only ("how many were killed or wounded?" asks that figure)
DEAD_WOUNDED_SPLIT = re.compile(r"\b(?:killed|dead|died|deaths|kia)\W+(?:vs\.?|versus|v\.?|compared (?:to|with)|as opposed to|rather than|and how many"
                                r"(?: were| are)?|or (?:just|only|merely|simply)|(?:and|or) (?:how many|the) (?:were |are )?(?:just |only )?)\W*"
                                r"(?:(?:were|are|was|got|been|just|only|merely|simply) )*(?:wounded|injured|hurt|wia)\b|\b(?:breakdown|split|ratio)\b[^?.]*\b(?:killed|dead|deaths)\b"
                                r"[^?.]*\b(?:wounded|injured)\b|\b(?:wounded|injured)\W+(?:vs\.?|versus|v\.?|compared (?:to|with)|and how many"
                                r"(?: were| are)?)\W*(?:killed|dead|died)\b")

# "what incentives do prisoners get FOR INFORMATION?", "are POWs paid for talking?": a reward for what a prisoner tells, which no
# article reports (the blog says what Ukraine learns from them, not what they are given for it)
PAID_FOR_TALKING = re.compile(r"\b(?:prisoners?|pows?|captives?|they|he|soldiers|men|defectors)\b.*\b(?:paid|pay|rewarded|rewards?|incentives?|get|gets|got|given|"
                              r"receive\w*|anything|something|compensat\w*)\b(?: [\w']+){0,4}? (?:for|in exchange for|in return for) (?:giving |sharing |providing |"
                              r"passing on |handing over |the )?(?:information|intel\w*|info|talking|speaking|cooperat\w*|co-operat\w*|testimony|secrets)\b")

# "which zone of Russia do the prisoners come from?", "where in Russia are they from?": the men's home regions, which no article
# gives (where they were captured, "which region do most POWs come from", is in Ukraine or Kursk, and the facts give it)
# (not where men were taken FROM: "from which region of Russia did Ukraine take prisoners?" is where they were captured)
HOME_REGION = re.compile(r"(?:\b(?:(?:which|what) (?:zones?|regions?|parts?|areas?|provinces?|oblasts?|republics?|cities|city|towns?)(?: of| in) russia|where in russia)\b"
                         r"(?=.*\b(?:from|born|live|lived|grew up|home)\b)|\bfrom (?:which|what) (?:zone|region|part|area|province|republic|city|town) of russia\b)"
                         r"(?!.*\b(?:take|takes|took|taken|taking|captur\w*|caught|catch\w*|seiz\w*|surrender\w*)\b)")
# "where are they from?" after who the prisoners are: where the men come from, which no article gives (where they were taken,
# the foreigners' 40 countries and the prisons men were recruited from are given, and answer it after those)
HOME_ASKED = re.compile(r"^(?:and |so |but |ok )?where (?:are|were|do|did) (?:they|the (?:prisoners|pows|captives|men|soldiers|captured)|these men|those men|"
                        r"most of them)(?: (?:all|mostly|originally|actually|really|usually))? (?:from|come from|came from)(?: (?:originally|exactly|then|mostly|in russia))?\W*$")

# "what does each prisoner cost Ukraine to keep?", "the cost of holding the POWs": what keeping them costs, which no article
# gives; and "does EVERY POW get help from the hotline?": whether the project reaches each one, which none says either
KEEPING_THEM = re.compile(r"\bcosts? (?:ukraine |kyiv |the state |them |it )?(?:to|of) (?:keep|hold|feed|house|guard|maintain)\w*\b"
                          r"|\b(?:cost|price|expense|bill)s? (?:of|for) (?:keeping|holding|feeding|housing|guarding) (?:the |all the |a |each )?(?:prisoners?|pows?|captives?)\b"
                          r"|^(?:and |so |but )?(?:does|do|did|will|would|can) (?:every|each|all(?: the)?) (?:single )?(?:pows?|prisoners?|captives?|soldiers?|russians?|men|one|defectors?)"
                          r"\b.*\b(?:get|gets|got|receive|receives|given)\b(?!.*\b(?:food|medical|care|treat\w*|protection|humane|geneva|famil\w*)\b).*\b(?:hotline|helpline|project|i want to live|chatbot|programme)\b")

# "how big is Russia?", "what's the area of Russia?": the size of a country other than Ukraine, whose area alone an article gives
OTHER_COUNTRY_SIZE = re.compile(r"\bhow (?:big|large|huge|vast) (?:is|was) (?:all of |the whole of )?(?:russia|the russian federation)(?!'s| (?:army|military|forces?|losses))\b"
                                r"|\b(?:size|area|surface) of (?:all of |the whole of )?(?:russia|the russian federation)\b|\brussia'?s (?:total )?(?:size|area|surface)\b")

# "and this year so far?", "how many so far this year?": the running count of a year the articles only open (the blog came out
# in January 2026; every yearly figure ends with 2025), unless the year is named ("this year, 2025?")
YEAR_TO_DATE = re.compile(r"^(?!.*\b(?:19|20)\d\d\b).*(?:\b(?:so far|to date|until now|till now|up to now|up till now|yet|thus far) this (?:year|yr)\b"
                          r"|\bthis (?:year|yr) (?:so far|to date|until now|till now|up to now|up till now|thus far)\b|\byear to date\b|\bytd\b)")
# "any big-name general among the captured?", "is there a well-known commander among the POWs?": a famous man among the
# prisoners, whom no article names (they count the officers, and name no prisoner)
FAMED_PRISONER = re.compile(r"\b(?:famous|big[- ]names?|well[- ]known|prominent|high[- ]profile|renowned|celebrated)(?: [a-z-]+)? (?:generals?|commanders?|"
                            r"officers?|figures?|people|persons?|individuals?|names?|soldiers?|prisoners?|pows?|captives?|men)\b|\bany (?:celebrit\w+|vips?)\b")

# "why are they ill?" after the illnesses, "why are so many prisoners sick?", "how did they get HIV?", "what made them ill?": why
# the men are ill, which no article says (they list the illnesses, and the blog tells of sick men sent to fight in armbands
# marked "infected": "why were they made to wear armbands?" is not this)
_ILL_WHO = (r"(?:they|he|so many(?: of them)?|(?:(?:so many|many|most|some|all|the|these|those)(?: of)? )*(?:captured |russian )?"
            r"(?:prisoners?|pows?|soldiers?|men|captives?|troops?|recruits?)(?: of them)?)")
_ILLNESS = (r"(?:(?:so many|such|these|those|the|all these|all those|chronic|serious|their) )*(?:illness(?:es)?|sickness(?:es)?|diseases?|"
            r"hiv(?:/aids)?|aids|tuberculosis|tb|diabetes|infections?|(?:chronic |health |medical )?conditions|health problems)")
ILL_CAUSE = re.compile(rf"\bwhy (?:are|were|is|was) {_ILL_WHO}(?: (?:so|all|often|mostly|still|even))? (?:ill|sick|unwell|diseased|infected|"
                       r"in (?:such )?(?:poor|bad) health)\b(?! (?:arm\w*|soldiers?|men)\b)"
                       rf"|\bwhy (?:do|did|does) {_ILL_WHO} (?:(?:all|often|mostly|still) )?(?:have|has|get|got|suffer from|carry|catch) {_ILLNESS}\b"
                       rf"|\bhow (?:did|do|does) {_ILL_WHO} (?:get|become|fall|catch|come to have|end up with) (?:ill|sick|infected|{_ILLNESS})\b"
                       rf"|\bwhat (?:made|makes|caused|causes) {_ILL_WHO} (?:so |to be |to get |to become )?(?:ill|sick|unwell|infected)\b"
                       rf"|\b(?:the )?(?:causes?|reasons?) (?:of|for|behind) {_ILLNESS}\b")


def past_the_articles(text: str, context: dict | None = None) -> bool:
    """How the fighting went, a split by a measure no article gives (or of the dead from the wounded), a reward for what a prisoner tells, the men's home regions
    (asked after who they are: not after the foreigners or their recruiting), what keeping them costs, another country's size,
    a count for the year so far, a famous man among the prisoners, why the men are ill."""
    return any(rx.search(text) for rx in (FIGHTING_COURSE, NO_SUCH_SPLIT, DEAD_WOUNDED_SPLIT, PAID_FOR_TALKING, HOME_REGION, KEEPING_THEM, OTHER_COUNTRY_SIZE,
                                          YEAR_TO_DATE, FAMED_PRISONER, ILL_CAUSE)) \
        or bool(context) and "composition" in context.get("topics", ()) and not {"foreign-fighters", "recruitment"} & set(context.get("topics", ())) \
        and HOME_ASKED.match(text) is not None
