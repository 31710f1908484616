"""English data of ``sitroom/extract/actors/stage.py``: the words and patterns it reads."""

from __future__ import annotations

# spaCy ORG/NORP entities that are never actors of a conflict event.
NOT_ACTORS = frozenset({"covid-19", "covid", "coronavirus", "the covid-19 pandemic", "islam", "christianity", "muslim",
                        "muslims", "christian", "christians", "sunni", "shia", "twitter", "facebook", "telegram",
                        "youtube", "whatsapp", "instagram", "tiktok", "internet"})
