"""ACLED's Disrupted weapons use, decided by its criteria: remote violence that was prevented (a bomb
defused, a drone or missile intercepted) or a significant cache of weapons seized.

Such a report carries the words of the attack it prevented ("a roadside bomb", "explosives", "missiles"),
so a sentence classifier reads it as the attack; what tells them apart is the disruption and the absence
of harm.
"""

from __future__ import annotations

import re

DISRUPTED = "Strategic developments / Disrupted weapons use"
# Types a prevented attack or a seized cache is mistaken for.
_CONFUSED = {
    "Explosions/Remote violence / Remote explosive/landmine/IED",
    "Explosions/Remote violence / Shelling/artillery/missile attack",
    "Explosions/Remote violence / Air/drone strike",
    "Explosions/Remote violence / Grenade",
    "Explosions/Remote violence / Suicide bomb",
    "Crime / Organised crime",
}
_DISRUPTION = re.compile(
    r"\b(?:defus(?:e|ed|ing)|render(?:ed|ing)? (?:it |them )?safe|disarm(?:ed|ing)|dismantl(?:e|ed|ing)|deactivat(?:e|ed|ing)|"
    r"controlled (?:explosion|detonation)|bomb (?:squad|disposal)|safely detonated|"
    r"(?:seiz|confiscat|recover|uncover|discover|intercept|impound)(?:e|ed|es|ing)? (?:\w+ ){0,4}"
    r"(?:weapons|arms|rifles|guns|ammunition|explosives|munitions|rockets|missiles|mortars|grenades|caches?|depots?|"
    r"arsenals?|stockpiles?)|(?:weapons|arms|ammunition|explosives) (?:cache|depot|dump|haul|stockpile)s?|"
    r"(?:intercept|shot down|shoot down|down)(?:ed|ing)? (?:\w+ ){0,3}(?:drones?|missiles?|rockets?|uavs?))\b", re.I)
# Harm done means the weapon was used, not prevented.
_HARM = re.compile(r"\b(?:killed|killing|dead|died|wounded|injured|injuring|casualties|exploded|went off|blast)\b", re.I)
# An arrest report stays an arrest even when weapons were found on the suspects.
_ARREST = re.compile(r"\b(?:arrest(?:ed|s|ing)?|detain(?:ed|ing)?|apprehend(?:ed)?|in custody)\b", re.I)


def disruption_type(label: str, sentence: str) -> str:
    """Disrupted weapons use when a sentence typed as an attack (or as crime) reports one prevented or a
    cache seized, and no harm; else ``label``."""
    if label not in _CONFUSED or not _DISRUPTION.search(sentence):
        return label
    if _HARM.search(sentence) or _ARREST.search(sentence):
        return label
    return DISRUPTED
