"""ACLED's three territory sub-event types, decided by its own criteria once the sentence is known to
report a change of control.

The words of "the army retook Kidal from JNIM" and "JNIM took Kidal from the army" are the same, so a
sentence classifier confuses the three types; ACLED defines them by who gains the place and whether it
was fought over:
- Battles / Government regains territory: state forces (or their affiliates) regain control by fighting;
- Battles / Non-state actor overtakes territory: a non-state group, or a foreign state's forces, take
  control by fighting;
- Strategic developments / Non-violent transfer of territory: control changes hands without a fight
  (a withdrawal, a handover, a town taken unopposed).
"""

from __future__ import annotations

import re
from typing import Optional

from ...records import ActorRef

GOV_REGAINS = "Battles / Government regains territory"
NSA_OVERTAKES = "Battles / Non-state actor overtakes territory"
NON_VIOLENT = "Strategic developments / Non-violent transfer of territory"
TERRITORY = frozenset({GOV_REGAINS, NSA_OVERTAKES, NON_VIOLENT})

CLASH = "Battles / Armed clash"
STATE_FORCES = 1  # ACLED inter code

# Words that state a change of control over a place.
_CONTROL = re.compile(
    r"\b(?:(?:re)?(?:took|take[sn]?|taking|captur\w*|seiz\w*|conquer\w*|gain\w*|occup\w*)|overr(?:a|u)n\w*|"
    r"retook|regain\w*|reclaim\w*|liberat\w*|freed|recaptur\w*|control\w*|fell|falls?|fallen|entered|"
    r"swept|hand(?:ed|ing|s)? (?:over|it over)|handover|withdr[ae]w\w*|pull(?:ed|s|ing)? out|"
    r"retreat\w*|vacat\w*|abandon\w*|cleared|secured|in the hands of|dr(?:o|i)ve\w* (?:\w+ )?(?:out|back)|"
    r"driving (?:\w+ )?out|expel\w*|push\w* (?:\w+ )?(?:out|back)|oust\w*|dislodg\w*|flush\w* (?:\w+ )?out|routed)\b",
    re.I)

# Words that say no fight took place for the place itself.
_UNOPPOSED = re.compile(
    r"\bwithout (?:a |any )?(?:fight|fighting|resistance|a shot|firing a shot|bloodshed|opposition|clashes)\b|"
    r"\bunopposed\b|\bno resistance\b|\bbloodless(?:ly)?\b|\bpeaceful(?:ly)? (?:handover|transfer|takeover)\b|"
    r"\bhand(?:ed|ing|s)? (?:over|it over)\b|\bhandover\b|\bvacat(?:ed|es|ing)\b|\babandon(?:ed|s|ing)\b|"
    r"\b(?:withdr[ae]w|withdrawn|withdrawal|pull(?:ed|s|ing)? out|retreat(?:ed|s|ing)?)\b|"
    r"\bleaving (?:the (?:town|city|village|area|district|base|post) )?to\b|\bnegotiated\b", re.I)
# Words that say it was fought over (they win over the words above: "withdrew after heavy fighting").
_FOUGHT = re.compile(
    r"\b(?:fight(?:ing|s)?|fought|battl(?:e|es|ed|ing)|clash(?:es|ed)?|firefight|gun ?(?:battle|fire)|"
    r"shell(?:ing|ed)|assault(?:ed)?|storm(?:ed|ing)|overr(?:a|u)n|counter-?(?:attack|offensive)|offensive|"
    r"combat|killing|killed|dead|casualties|air ?strikes?|routed|drove (?:out|back)|driving out|"
    r"expell(?:ed|ing)|push(?:ed|ing) (?:out|back))\b", re.I)


def territory_type(label: str, sentence: str, actor1: Optional[ActorRef], place_country: Optional[str]) -> str:
    """The territory sub-event type ACLED's criteria give; ``label`` unchanged unless it is one of them.

    The gaining side is actor1 (the arguments put the side that takes the place there); without an
    actor1 whose kind is known, the classifier's choice between the two Battles types stands.
    """
    if label not in TERRITORY:
        return label
    fought = bool(_FOUGHT.search(sentence))
    if not _CONTROL.search(sentence):
        # ACLED's territory types need a change of control the report states; fighting without one is a clash.
        return CLASH if fought else label
    if _UNOPPOSED.search(sentence) and not fought:
        return NON_VIOLENT
    if label == NON_VIOLENT and not fought:
        return label
    if actor1 is None or actor1.inter is None:
        return label
    home = actor1.country is None or place_country is None or actor1.country == place_country
    if actor1.inter == STATE_FORCES and home:
        return GOV_REGAINS
    return NSA_OVERTAKES
