"""English data of ``sitroom/extract/events/conventions.py``: the words and patterns it reads."""

from __future__ import annotations

# Types whose unnamed perpetrator ACLED codes as "Unidentified Armed Group (Country)".
UNNAMED_DOER_TYPES = ("Violence against civilians /", "Explosions/Remote violence / Remote explosive",
                       "Explosions/Remote violence / Suicide bomb", "Explosions/Remote violence / Grenade")
