"""English data of ``sitroom/extract/events/conventions.py``: the words and patterns it reads."""

from __future__ import annotations

import re

# Types whose unnamed perpetrator ACLED codes as "Unidentified Armed Group (Country)".
UNNAMED_DOER_TYPES = ("Violence against civilians /", "Explosions/Remote violence / Remote explosive",
                       "Explosions/Remote violence / Suicide bomb", "Explosions/Remote violence / Grenade")

# Victims on duty who are police (the others named by rules.ARMED_VICTIMS are the military's).
POLICE_VICTIMS = re.compile(r"\b(?:police\w*|officers?|gendarmes?|constables?)\b", re.I)

# A name written as an acronym ("PTM", "EFF", "AICC"): how reports name a party or movement, a group then.
ACRONYM = re.compile(r"(?:the\s+)?[A-Z][A-Z&-]{1,7}")
