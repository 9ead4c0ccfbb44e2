"""A cause asked as what moves someone: "what is DRIVING them to give up?", "what's MAKING so many surrender?", "what's
BEHIND the surrenders?" ask why, as "why do they give up?" does. Read as that why-question, the verb of the frame
(drive, push, make, prompt) is no subject a fact must hold, and "what is …" is not a question asking what a thing is.

PREMISES: a why-question resting on a premise the figures settle ("why did the surrenders stop?") is read as the
question under it (the pace), so the fact giving the real figure answers.

HEED: "pay little heed to" is caring little for, not pay.

No Flask. Each entry is a pattern and its replacement, applied in order to the tidied question by normalize.read (after
sounds_like.SOUNDS_LIKE).
"""
from __future__ import annotations

import re

from .literals import Rewrites
from .sounds_like import SOUNDS_LIKE
from .whothey import WHO_THEY_ARE
from .aroundwords import AROUND_WORDS

_BE = r"(?:'s| is| are| was| were| has been| have been)?"
_ADVERB = r"(?: (?:really|actually|mainly|mostly|chiefly|usually|ultimately|even))?"
# the verbs that move someone to an act: "what DRIVES them to…", "what PUSHED the men into…", "what is GETTING them to…"
_MOVE = (r"(?:driv(?:e|es|ing)|drove|push(?:es|ed|ing)?|prompt(?:s|ed|ing)?|forc(?:e|es|ed|ing)|motivat(?:e|es|ed|ing)|"
         r"lead(?:s|ing)?|led|caus(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|persuad(?:e|es|ed|ing)|convinc(?:e|es|ed|ing)|"
         r"get(?:s|ting)?|got|inspir(?:e|es|ed|ing)|tempt(?:s|ed|ing)?)")
# the verbs that make someone act, with no "to": "what MAKES them surrender?", "what's LETTING so many give up?"
_MAKE = r"(?:mak(?:e|es|ing)|made)"
_OBJECT = {"them": "they", "him": "he", "her": "she", "us": "we", "me": "i"}
_PEOPLE = (r"(?:them|him|her|(?:(?:the|these|those|so many|all(?: the| these| those)?|many|some|more|russian|ordinary|young|"
           r"their|its) )*(?:[a-z']+ )?(?:soldiers?|men|man|troops?|russians?|guys?|lads?|people|fighters?|conscripts?|recruits?|"
           r"prisoners?|pows?|servicemen|officers?|mercenaries|foreigners?|ones))")


def _why(m: re.Match) -> str:
    who = m.group("who").strip()
    return f"why do {_OBJECT.get(who, who)} "


CAUSE_FRAMES = [
    # "what is driving all these guys TO give up", "what pushed the men to surrender": why do they give up
    (re.compile(rf"\bwhat{_BE}{_ADVERB} {_MOVE} (?P<who>(?!to\b)(?:[a-z']+ ){{1,5}}?)(?:in)?to (?!(?:the|a|an|this|that|these|those|their|its|his|"
                rf"her|our|it|them)\b)(?=[a-z])"), _why),
    # "what were conditions like in their units THAT PUSHED THEM TO IT?", "the pressure that made them do it": the thing asked
    # of is the question's own; the clause only points back at the deed just spoken of (not the last answer's subject too)
    (re.compile(rf",? (?:that|which|what) (?:had |has |have )?(?:{_MOVE} {_PEOPLE} (?:in)?to (?:do )?|{_MAKE} {_PEOPLE} do )(?:it|that|this)(?=\W*$)"), ""),
    # "what's making them surrender", "what makes so many russians give up": why do they surrender
    (re.compile(rf"\bwhat{_BE}{_ADVERB} {_MAKE} (?P<who>{_PEOPLE} )(?=[a-z])"), _why),
    # "what's behind the surrenders", "what is causing so many surrenders", "what explains the rise": why the surrenders
    (re.compile(rf"\bwhat{_BE}{_ADVERB} (?:behind|causing|driving|fuel(?:l)?ing|prompting|lead(?:s|ing)? to|led to|explains?|explaining|accounts? for) (?=(?:the|these|those|this|so|all|such|more|fewer|"
                rf"their|its|[a-z]+s)\b)"), "why "),
    # "any idea why?", "do you know why?": why; "why the jump?" after a count: why so many
    (re.compile(r"^(?:(?:and|so|but|ok),? )?(?:any idea|do (?:you|we) know|i wonder|wonder) why(?=\W*$)"), "why"),
    (re.compile(r"^(?:(?:and|so|but|ok),? )?why the (?:jump|rise|increase|surge|spike|growth)(?=\W*$)"), "why so many"),
    # "what is the point of surrendering?", "what's the use in giving up?": why do it (not "point" as in "at some point")
    (re.compile(r"^(?:(?:and|so|but|ok),? )?(?:what(?:'s| is) the|is there any|is there a) (?:point|purpose|use|sense) (?:of|in) (?=(?:surrendering|giving (?:themselves |himself )?up|defecting|deserting|calling|contacting)\b)"), "why "),
]

# A why-question resting on a premise the articles' figures settle: "why did the surrenders STOP in 2024?", "why are
# surrenders FALLING?", "why did SO FEW surrender in 2025?" ask of the pace, which the facts on the pace answer (2025 was
# the record year). Read as the question under the premise, the fact giving the real figure leads. (Not a share: "why are
# most of the prisoners contract soldiers?" rests on a true premise and asks a reason no article gives.)
PREMISES = [
    (re.compile(r"^(?:so )?why (?:did|have|has|are|is|were) (?:the )?(?:surrenders|surrendering|defections|numbers? of surrenders|surrender numbers) "
                r"(?:stop(?:ped)?|stopping|fall(?:en|ing)?|fell|dropp?(?:ed|ing)?|declin(?:e|ed|ing)|slow(?:ed|ing)?(?: down)?|dr(?:ied|y|ying) up|go(?:ne)? down|went down)\b.*$"
                r"|^(?:so )?why (?:did|do) so few (?:russians? |soldiers |men |troops )?surrender\b.*$"),
     "is the number of surrenders growing"),
]
# "commanders PAY LITTLE HEED to their troops": caring little for them, no pay (a sum of money no fact gives)
HEED = [(re.compile(r"\bpa(?:y|ys|id|ying) (little|no|scant|not much|hardly any|less) (?:heed|attention|regard|mind) (?:to|for)\b"), r"care \1 for")]
# "why would so many men agree to go to the war?", "why did they went off to war?": why men join (a learner's "ir para a
# guerra"); only with men as the subject, not a country ("why did Russia go to the war?") nor one relative, and only "why"
# ("how many/who went to the war" keep their own reading)
_GOERS = (r"(?:so many|many|they|anyone|anybody|people|(?:(?:so many|many|the|these|those|all|young|russian|ordinary|such) )*"
          r"(?:men|soldiers|russians|guys|people|recruits|conscripts))")
GOING_TO_WAR = [(re.compile(rf"\bwhy (?:(?P<aux>do|does|did|would|will|should) )?(?P<who>{_GOERS}) "
                            r"(?:(?:even |ever |still )?(?:agree|agreed|accept|accepted|choose|chose|decide|decided|want|wanted) to )?"
                            r"(?:go|goes|went|gone|going) (?:off )?to (?:the )?war\b"), lambda m: f"why {m.group('aux') or 'do'} {m.group('who')} join")]
# "why did CONVICTS join?", "why do prisoners (inmates) sign up?": why men in prison join, which the promise of release from
# prison answers (not the share with a criminal record, which gives no reason)
CONVICTS_JOIN = [(re.compile(r"\bwhy (?:(do|does|did|would|will) )?(?:(?:the|these|those|so many|many|russian|some) )*(?:convicts|inmates|criminals|"
                             r"felons|ex-cons|prisoners|jailbirds) (?:(?:even |ever |still |really )?(?:agree|agreed|choose|chose|decide|decided|want|wanted|sign up|signed up) to )?"
                             r"(?:even |ever |still |really )?(join|joined|enlist|enlisted|sign up|signed up|volunteer|volunteered)\b"), lambda m: f"why {m.group(1) or 'do'} men in prison {m.group(2)}")]
CAUSE_FRAMES += PREMISES + HEED + GOING_TO_WAR + CONVICTS_JOIN
# what normalize.read applies to every question: these lists, in this order, each rewrite skipped where it cannot apply
READ_REWRITES = Rewrites(SOUNDS_LIKE + AROUND_WORDS + CAUSE_FRAMES + WHO_THEY_ARE)
