"""Russian and Ukrainian words a visitor writes in Latin letters, read as the English words the facts use.

No Flask. A Russian or Ukrainian speaker writing English often keeps the word of their own language for a rank, a kind
of soldier, an illness or a charge ("how many ofitsery?", "are there srochniki?", "is it zrada?"): the word has no
fact of its own, so read as it stands it was a subject no fact holds and the question was refused. Each is replaced
by its English word before the question is read (normalize.read, with the other rewrites of sounds_like.SOUNDS_LIKE);
the index and the lexicon are untouched. Only words with one plain English meaning here are listed.
"""
from __future__ import annotations

import re

TRANSLITERATED = {
    # kinds of soldier and ranks (Russian, Ukrainian)
    **dict.fromkeys(("ofitsery", "ofitseri", "ofitsera", "ofitser", "ofitsiery", "ofitsyery"), "officers"),
    **dict.fromkeys(("serzhanty", "serzhanti", "serzhant", "serzhanty"), "sergeants"),
    **dict.fromkeys(("srochniki", "srochnik", "srochnyky", "srochnyk", "srochnikov"), "conscripts"),
    **dict.fromkeys(("kontraktniki", "kontraktnik", "kontraktnyky", "kontraktnyk", "kontraktnikov"), "contract soldiers"),
    **dict.fromkeys(("mobilizovannye", "mobilizovanye", "mobilizovannyye", "mobilizovani", "mobilizowani", "mobilizovanyi",
                     "mobiki", "mobik", "mobikov"), "mobilised"),
    **dict.fromkeys(("voennoplennye", "voennoplennyh", "voennoplennykh", "plennye", "plennyh", "plennykh", "viyskovopoloneni",
                     "viiskovopoloneni", "poloneni", "polonenykh"), "prisoners"),
    # the post a recruit was promised and the one he got ("he will be voditel in the rear, not in shturm")
    **dict.fromkeys(("voditel", "voditelem", "voditelya", "vodila", "vodii"), "driver"),
    # (not the assault trooper, "shturmovik": "what share were shturmoviki?" is no share of rank-and-file an article gives)
    **dict.fromkeys(("shturm", "shturme", "shturmy", "shturmovye"), "assault"),
    **dict.fromkeys(("naemniki", "naemnik", "naimantsi", "naimanets"), "mercenaries"),
    # captivity, giving oneself up, the swaps and coming home ("is he in plen?", "can he sdat'sya v plen?", "in the obmeny")
    **dict.fromkeys(("sdat'sya v plen", "sdatsya v plen", "sdatsa v plen", "sdat'sya", "sdatsya", "sdalsya", "sdayutsya",
                     "sdaiutsia", "zdatysia v polon", "zdatysia"), "surrender"),
    **dict.fromkeys(("v plenu", "v plen", "plenu", "plen", "polon", "poloni"), "captivity"),
    **dict.fromkeys(("obmeny", "obmenakh", "obmenah", "obminy"), "exchanges"),
    **dict.fromkeys(("obmen", "obmena", "obmenu", "obmenom", "obmin"), "exchange"),
    **dict.fromkeys(("domoy", "domoi", "dodomu"), "home"),
    **dict.fromkeys(("ranen", "ranenyi", "ranenyy", "ranenye", "ranenyie", "ranenykh", "ranenyh", "poranenyi"), "wounded"),
    **dict.fromkeys(("lechenie", "lecheniye", "lechenia", "likuvannia"), "medical care"),
    # prison, in the camp slang every Russian family knows ("they take men from the zona")
    **dict.fromkeys(("zona", "zony", "zeki", "zekov", "tyurma", "tiurma", "tyurmy"), "prison"),
    # illnesses
    **dict.fromkeys(("tuberkulez", "tuberkuloz", "tuberkulyoz"), "tuberculosis"),
    "vich": "hiv",
    # a view, not a fact ("is it fact or only his mnenie?")
    **dict.fromkeys(("mnenie", "mneniye", "mnenia", "mneniya", "mneniyu", "dumka", "dumku"), "opinion"),
    # a charge
    **dict.fromkeys(("zrada", "predatelstvo", "predatel", "zradnyk", "zradnyky"), "betrayal"),
    # the region (of which Donetsk is the larger part)
    **dict.fromkeys(("donbas", "donbass"), "donetsk"),
}

TRANSLITERATIONS = [(re.compile(r"\b(" + "|".join(sorted(TRANSLITERATED, key=len, reverse=True)) + r")\b"),
                     lambda m: TRANSLITERATED[m.group(1)])]
