"""English data of ``sitroom/extract/events/territory.py``: the words and patterns it reads."""

from __future__ import annotations

import re

from .rules import CIVILIAN_WORDS

# Words that state a change of control over a place.
CONTROL = re.compile(
    r"\b(?:(?:re)?(?:took|take[sn]?|taking|captur\w*|seiz\w*|conquer\w*|gain\w*|occup\w*)|overr(?:a|u)n\w*|"
    r"retook|regain\w*|reclaim\w*|liberat\w*|freed|recaptur\w*|control\w*|fell|falls?|fallen|entered|"
    r"los(?:t|es?|ing) (?:the )?(?:town|city|village|district|area|base|province|region|territory|outpost)s?|"
    r"swept|hand(?:ed|ing|s)? (?:over|it over)|handover|withdr[ae]w\w*|pull(?:ed|s|ing)? out|"
    r"retreat\w*|vacat\w*|abandon\w*|cleared|secured|in the hands of|dr(?:o|i)ve\w* (?:\w+ )?(?:out|back)|"
    r"driving (?:\w+ )?out|expel\w*|push\w* (?:\w+ )?(?:out|back)|oust\w*|dislodg\w*|flush\w* (?:\w+ )?out|routed)\b",
    re.I)

# A taking of people, not of a place: "captured a Taliban leader", "seized two suspected insurgents", "took three
# soldiers prisoner". Such a capture is an arrest or an abduction, no change of control.
_TAKEN_PEOPLE = (
    r"leaders?|commanders?|members?|fighters?|insurgents?|militants?|suspects?|soldiers?|facilitators?|"
    r"financiers?|bomb-?makers?|operatives?|chiefs?|emirs?|prisoners?|hostages?|civilians?|people|men|women|"
    r"children|officials?|journalists?|activists?|workers?|detainees?|"
    # civilians by what they are ("seized three students", "took 20 farmers"): people taken, an abduction
    rf"{CIVILIAN_WORDS}|priests?|pastors?|girls|boys")
PERSONS_TAKEN = re.compile(
    r"\b(?:(?:re)?captur\w*|seiz\w*|took|taken|taking)\s+(?:(?:a|an|the|his|her|their|two|three|four|five|six|seven|"
    r"eight|nine|ten|several|dozens of|\d+|senior|suspected|local|top|alleged|key|taliban|isis|isil|al-shabaab|"
    r"haqqani|boko haram|rebel|militant|insurgent|enemy|[a-z]+-?level)\s+){0,4}"
    rf"(?:{_TAKEN_PEOPLE})\b(?!['’]|\s+(?:base|camp|headquarters|positions?|"
    r"outpost|stronghold)s?\b)", re.I)

# The passive of the same taking ("David Hicks was captured by Northern Alliance forces", "the commander, who was
# seized near the border"): the verbs of a taking, and the subjects that can only be people (a named person, a
# personal or relative pronoun of persons, or a word of TAKEN_PERSON). "The town was captured" stays territory.
CAPTURE_LEMMAS = frozenset({"capture", "recapture", "seize", "take"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "who", "whom"})
TAKEN_PERSON = re.compile(rf"^(?:{_TAKEN_PEOPLE})$", re.I)

# A taking of goods, not of a place: "ISIL seized the tanks and other military hardware from Tiyas Military
# Airfield", "the militants looted food supplies". By an armed group it is looting (the guide's Looting/property
# destruction); by the state's forces a seized cache is disrupted weapons use (disruption.py). Not "took up arms":
# a rising, nothing taken.
GOODS_TAKEN = re.compile(
    r"\b(?:(?:re)?captur\w*|seiz\w*|(?:took|taken|taking)(?! up\b)|loot\w*|stole|stolen|carted off|made off with)\s+"
    r"(?:[\w-]+\s+){0,4}(?:tanks?|weapons?|arms|ammunition|munitions|hardware|equipment|vehicles?|trucks?|"
    r"armou?red cars?|supplies|cylinders|goods|cattle|livestock|cash|money|food|fuel|medicines?)\b", re.I)

# People freed, not a place: "troops have freed 15 hostages held by the ADF", "liberated 300 captives".
PEOPLE_FREED = re.compile(
    r"\b(?:freed|liberat\w*|secured the release of)\s+(?:(?:at least|more than|over|some|about|nearly|all|the|"
    r"their|[\w-]+)\s+){0,3}(?:hostages?|captives?|prisoners?|detainees?|abductees?|kidnap(?:ped|ping) victims|"
    r"victims|people|persons|civilians|women|children|girls|boys|students|pupils|passengers|workers|"
    r"soldiers|fishermen|villagers|him|her|them)\b", re.I)

# Words that say no fight took place for the place itself.
UNOPPOSED = re.compile(
    r"\bwithout (?:a |any )?(?:fight|fighting|resistance|a shot|firing a shot|bloodshed|opposition|clashes)\b|"
    r"\bunopposed\b|\bno resistance\b|\bbloodless(?:ly)?\b|\bpeaceful(?:ly)? (?:handover|transfer|takeover)\b|"
    r"\bhand(?:ed|ing|s)? (?:over|it over)\b|\bhandover\b|\bvacat(?:ed|es|ing)\b|\babandon(?:ed|s|ing)\b|"
    r"\b(?:withdr[ae]w|withdrawn|withdrawal|pull(?:ed|s|ing)? out|retreat(?:ed|s|ing)?)\b|"
    r"\bleaving (?:the (?:town|city|village|area|district|base|post) )?to\b|\bnegotiated\b", re.I)

# Fighting said not to have happened ("handed it over without a fight", "there was no resistance"): no word
# of fighting for FOUGHT.
NOT_FOUGHT = re.compile(r"\b(?:without (?:a |any )?(?:fight|fighting|battle|clashes|combat)|no (?:fighting|fight|clashes|"
                        r"battle|combat))\b", re.I)

# Words that say it was fought over (they win over the words above: "withdrew after heavy fighting").
FOUGHT = re.compile(
    r"\b(?:fight(?:ing|s)?|fought|battl(?:e|es|ed|ing)|clash(?:es|ed)?|firefight|gun ?(?:battle|fire)|"
    r"shell(?:ing|ed)|assault(?:ed)?|storm(?:ed|ing)|overr(?:a|u)n|counter-?(?:attack|offensive)|offensive|"
    r"combat|killing|killed|dead|casualties|air ?strikes?|routed|drove (?:out|back)|driving out|"
    r"expell(?:ed|ing)|push(?:ed|ing) (?:out|back))\b", re.I)

# A side leaving a place: the report tells a withdrawal, not who took the place.
WITHDRAWAL = re.compile(
    r"\b(?:withdr[ae]w\w*|pull(?:ed|s|ing)? (?:\w+ )?out|retreat\w*|vacat\w*|abandon\w*|evacuat\w*|fled|flee\w*)\b", re.I)

# Words that say a side took or holds the place (a taking is told, whoever withdrew).
TAKEN = re.compile(
    r"\b(?:(?:re)?(?:took|take[sn]?|taking|captur\w*|seiz\w*|conquer\w*|occup\w*)|overr(?:a|u)n\w*|retook|regain\w*|"
    r"reclaim\w*|liberat\w*|recaptur\w*|fell|falls?|fallen|entered|swept|in the hands of|holds?|controls|(?:gain\w*|assum\w*|took|"
    r"in|under) (?:full )?control|dr(?:o|i)ve\w* (?:\w+ )?(?:out|back)|driving (?:\w+ )?out|expel\w*|"
    r"push\w* (?:\w+ )?(?:out|back)|oust\w*|dislodg\w*|flush\w* (?:\w+ )?out|routed)\b", re.I)

# Objects that make "handed over", "took over", "seized" a transfer of territory.
TERRITORY_NOUNS = {"town", "city", "district", "village", "base", "area", "territory", "control", "region", "province",
                    "position", "post", "checkpoint", "airport", "port", "county", "border", "crossing", "capital",
                    "hill", "road", "highway", "outpost", "camp", "zone", "municipality", "neighbourhood",
                    "neighborhood", "locality", "island", "oblast", "state", "garrison", "barracks", "headquarters"}

OUT_LEMMAS = {"drive", "push", "chase", "force", "flush", "kick", "throw", "smoke"}  # "drove out the rebels"

# Verbs whose object is the side that lost the ground, not the ground itself.
EXPEL_LEMMAS = {"expel", "dislodge", "oust", "evict", "rout", "eject"}
