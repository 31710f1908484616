"""English data of ``sitroom/extract/actors/people.py``: the words and patterns it reads."""

from __future__ import annotations

import re

ROLES = (
    "president", "vice president", "prime minister", "deputy prime minister", "foreign minister", "defence minister",
    "defense minister", "interior minister", "minister", "secretary of state", "secretary of defense",
    "secretary-general", "secretary general", "secretary", "spokesman", "spokesperson", "spokeswoman",
    "press secretary", "chief of staff", "chief of general staff", "chief of the general staff", "army chief",
    "police chief", "chief", "commander", "commander-in-chief", "general", "lieutenant general", "major general",
    "brigadier general", "colonel", "captain", "major", "leader", "deputy leader", "supreme leader", "head", "deputy",
    "ambassador", "envoy", "special envoy", "special representative", "representative", "governor", "deputy governor",
    "mayor", "official", "negotiator", "chief negotiator", "emir", "king", "chairman", "chairwoman", "director",
    "director-general", "adviser", "advisor", "national security adviser", "senator", "lawmaker", "founder",
    "co-founder", "member", "delegate", "diplomat", "officer", "analyst", "expert", "researcher", "journalist", "photojournalist",
    "correspondent", "activist", "witness", "resident", "district governor", "provincial governor", "police spokesman",
    "army spokesman", "military spokesman", "ministry spokesman", "government spokesman",
)

MODIFIERS = r"(?:(?:deputy|vice|acting|former|senior|top|chief|special|interim|self-proclaimed|then|local|provincial|district|military|political|foreign|defence|defense|interior)\s+)*"

HONORIFIC = (r"(?:Sheikh|Shaikh|Mullah|Mawlawi|Maulvi|Maulana|Mufti|Qari|Haji|Hajji|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Gen\.?|"
              r"Lt\.?|Col\.?|Maj\.?|Capt\.?|Sgt\.?|Brig\.?|Adm\.?|Sir|Prof\.?|Imam|Ayatollah|Sayyed|Sayyid|Lt\. Gen\.)")

ANAPHOR = re.compile(r"\b(?:the|this|that|its|their)\s+(?:movement|group|organi[sz]ation|militants|insurgents|rebels|militia)\b", re.IGNORECASE)

PLACE_BEFORE = re.compile(r"\b(?:city|town|village|province|district|capital|region|area|county|state|camp)\s+(?:of\s+)?$",
                           re.IGNORECASE)

# Roles whose bearer speaks for the armed forces rather than the government ("Afghan General X").
MILITARY_ROLE = re.compile(r"\b(?:army|military|commander|general|colonel|captain|major|officer|brigadier|lieutenant)\b", re.I)

# Roles of a state's leaders and ministers: "President Cyril Ramaphosa of South Africa" speaks for the government
# of the country named after "of" (a mayor or governor "of" a place does not).
STATE_ROLE = re.compile(r"\b(?:president|prime minister|premier|chancellor|king|emir|minister|secretary)\b", re.I)
# Words that open a clause after its verb ("said that the spokesman ..."), no part of the noun phrase after them.
CLAUSE_OPENER = re.compile(r"(?:(?:that|as|when|while|after|before|because|since|if|whether)\s+)+", re.IGNORECASE)
