"""English data of ``sitroom/extract/actors/stage.py``: the words and patterns it reads."""

from __future__ import annotations

import re

# spaCy ORG/NORP entities that are never actors of a conflict event.
NOT_ACTORS = frozenset({"covid-19", "covid", "coronavirus", "the covid-19 pandemic", "islam", "christianity", "muslim",
                        "muslims", "christian", "christians", "sunni", "shia", "twitter", "facebook", "telegram",
                        "youtube", "whatsapp", "instagram", "tiktok", "internet"})

# Kind nouns that, made definite ("the militants", "these insurgents"), point back to an armed group named before.
KIND_ANAPHOR_NOUNS = frozenset({"militants", "insurgents", "terrorists", "jihadists"})
KIND_ANAPHOR_BEFORE = re.compile(r"\b(?:the|these|those)\s+$")
# How far back (in sentences) the group such a noun points to may be named.
KIND_ANAPHOR_SENTENCES = 3
# Between a kind noun and the named group it belongs to: "militants of the Islamic State", "fighters loyal to Hamas".
KIND_OF_GROUP = re.compile(r"\s+(?:of|from|belonging to|loyal to)\s+")
