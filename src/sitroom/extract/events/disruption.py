"""ACLED's Disrupted weapons use, decided by its criteria: remote violence that was prevented (a bomb
defused, a drone or missile intercepted) or a significant cache of weapons seized.

Such a report carries the words of the attack it prevented ("a roadside bomb", "explosives", "missiles"),
so a sentence classifier reads it as the attack; what tells them apart is the disruption and the absence
of harm.
"""

from __future__ import annotations

import re

from ...lang.en.events.disruption import (
    CONFUSED,
    DISRUPTION,
    HARM,
    STRUCK,
)
from .taxonomy import DISRUPTED

# An arrest report stays an arrest even when weapons were found on the suspects.
_ARREST = re.compile(r"\b(?:arrest(?:ed|s|ing)?|detain(?:ed|ing)?|apprehend(?:ed)?|in custody)\b", re.I)


def disruption_type(label: str, sentence: str) -> str:
    """Disrupted weapons use when a sentence typed as an attack (or as crime) reports one prevented or a
    cache seized, and no harm and no strike on them ("one strike destroyed two weapons caches" is the strike);
    else ``label``."""
    if label not in CONFUSED or not DISRUPTION.search(sentence):
        return label
    if HARM.search(sentence) or _ARREST.search(sentence) or STRUCK.search(sentence):
        return label
    return DISRUPTED
