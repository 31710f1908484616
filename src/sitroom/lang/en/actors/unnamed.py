"""English data of ``sitroom/extract/actors/unnamed.py``: perpetrators a report describes but does not name.

The guide: unnamed perpetrators ("gunmen", "unknown assailants", unnamed "armed men") are the Unidentified Armed
Group of the country. Reports of attacks on activists and journalists describe them by their look, their arms or
their vehicle more often than by a noun the catalogue holds: "two men riding a motorcycle", "a group of men armed
with machetes", "masked men", "men in plain clothes" (plain-clothes men named as the state's agents, "plainclothes
police", are the police's: the catalogue names those), "attackers on a motorbike"."""

from __future__ import annotations

import re

# The nouns of an unnamed doer, singular -> plural (not "people", not "youths": a crowd's words, Riots / Mob
# violence's). One list for two readers: the phrases below read the plurals, an attack's own clause its lemmas
# (lang/en/events/arguments.py UNNAMED_DOER_LEMMAS).
UNNAMED_DOER_NOUNS = {
    "man": "men", "gunman": "gunmen", "assailant": "assailants", "attacker": "attackers", "individual": "individuals",
    "person": "persons", "assassin": "assassins", "killer": "killers", "abductor": "abductors",
    "kidnapper": "kidnappers",
}
# Doers named by their act alone: the subject of an attack's own clause ("the bomber blew himself up"), but not read
# as a phrase here: "a bombing by unidentified perpetrators" names the doer of an act told in passing.
ACT_NAMED_DOERS = ("shooter", "bomber", "perpetrator")
_WHO = "(?:" + "|".join(UNNAMED_DOER_NOUNS.values()) + ")"
_VEHICLE = r"(?:motor ?(?:cycles?|bikes?)|bikes?|scooters?|motorcycle taxis?|boda-?bodas?)"
_ARMS = (r"(?:machetes?|cutlasses?|knives|knife|guns?|rifles?|pistols?|firearms|ak-?47s?|axes?|clubs?|sticks|"
         r"iron bars|batons|swords|spears|bows and arrows|arrows|hammers|daggers|weapons)")

UNNAMED_DOERS = re.compile(
    # "unknown gunmen" is the catalogue's; "unknown men", "unidentified assailants", "masked men", "hooded attackers"
    rf"\b(?:unknown|unidentified|masked|hooded|balaclava-clad)\s+(?:armed\s+)?{_WHO}\b"
    # "two men riding a motorcycle", "attackers on a motorbike", "gunmen aboard motorcycles"
    rf"|\b{_WHO}\s+(?:riding|on|aboard|astride)\s+(?:an?\s+|two\s+|three\s+|their\s+)?{_VEHICLE}\b"
    rf"|\b(?:motor ?(?:cycle|bike)|bike)[- ](?:borne|riding|mounted)\s+{_WHO}\b"
    # "men armed with machetes", "a group of men armed with guns and knives"
    rf"|\b{_WHO}\s+(?:who\s+were\s+)?armed\s+with\s+(?:[\w-]+\s+){{0,2}}?{_ARMS}\b"
    # "men in plain clothes", "men dressed in civilian clothes", "plain-clothes men"
    rf"|\b{_WHO}\s+(?:dressed\s+|clad\s+)?in\s+(?:plain[- ]?clothes|civilian\s+(?:clothes|clothing|attire)|"
    r"masks|balaclavas|hoods)\b"
    rf"|\bplain[- ]?clothe[sd]\s+{_WHO}\b",
    re.I)

# Words before the phrase that make its people the dead's ("the bodies of unknown men") or a crowd ("mobs of men
# armed with sticks": the guide's spontaneous crowd, a mob and no armed group).
NOT_DOERS_BEFORE = re.compile(r"\b(?:bod(?:y|ies)|remains|corpses?|graves?|identit(?:y|ies)|names?|mobs?|crowds?)\s+of\s+$",
                              re.I)
