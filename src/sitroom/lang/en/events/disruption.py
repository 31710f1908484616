"""English data of ``sitroom/extract/events/disruption.py``: the words and patterns it reads."""

from __future__ import annotations

import re

# Types a prevented attack or a seized cache is mistaken for.
CONFUSED = {
    "Explosions/Remote violence / Remote explosive/landmine/IED",
    "Explosions/Remote violence / Shelling/artillery/missile attack",
    "Explosions/Remote violence / Air/drone strike",
    "Explosions/Remote violence / Grenade",
    "Explosions/Remote violence / Suicide bomb",
    "Crime / Organised crime",
}

DISRUPTION = re.compile(
    r"\b(?:defus(?:e|ed|ing)|render(?:ed|ing)? (?:it |them )?safe|disarm(?:ed|ing)|dismantl(?:e|ed|ing)|deactivat(?:e|ed|ing)|"
    r"controlled (?:explosion|detonation)|bomb (?:squad|disposal)|safely detonated|"
    r"(?:seiz|confiscat|recover|uncover|discover|intercept|impound)(?:e|ed|es|ing)? (?:\w+ ){0,4}"
    r"(?:weapons|arms|rifles|guns|ammunition|explosives|munitions|rockets|missiles|mortars|grenades|caches?|depots?|"
    r"arsenals?|stockpiles?)|(?:weapons|arms|ammunition|explosives) (?:cache|depot|dump|haul|stockpile)s?|"
    r"(?:intercept|shot down|shoot down|down)(?:ed|ing)? (?:\w+ ){0,3}(?:drones?|missiles?|rockets?|uavs?)|"
    # an explosive that failed to go off: the attack it was planted for did not happen ("a nail bomb ... did not go
    # off", "explosives which failed to detonate")
    r"(?:fail(?:ed|s)? to|did not|didn['’]t|does not|never) (?:detonate|explode|go off|blow up))\b", re.I)

# A strike, a bombing or shelling that hit the weapons ("one strike destroyed two ISIL weapons caches", "seven
# strikes ... destroyed four VBIEDs, two weapons caches"): the weapons were attacked, not seized or defused (the
# guide's Disrupted weapons use is without an attack; the strike is an Explosions/Remote violence event).
STRUCK = re.compile(r"\b(?:(?:air|drone|missile|rocket)[- ]?strikes?|strikes?|air ?raids?|bombed|shelled|"
                    r"struck)\b", re.I)

# Harm done means the weapon was used, not prevented.
HARM = re.compile(r"\b(?:killed|killing|dead|died|wounded|injured|injuring|casualties|exploded|went off|blast)\b", re.I)
