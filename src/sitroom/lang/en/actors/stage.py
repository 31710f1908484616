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
# A sentence that opens another account ("Elsewhere, ...", "In a separate attack, ...") or on a place of its own
# ("In Mali, the jihadists attacked ..."): a kind noun in it, or after it, does not point back to a group named before.
ANOTHER_ACCOUNT = re.compile(r"\s*(?:elsewhere|meanwhile|separately|in the meantime|in an? (?:separate|another|"
                             r"unrelated|different)|in other (?:news|developments))\b", re.I)
ANOTHER_PLACE = re.compile(r"\s*(?:In|Across|Elsewhere in)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*,")
# How far back (in sentences) the group such a noun points to may be named.
KIND_ANAPHOR_SENTENCES = 3
# Between a kind noun and the named group it belongs to: "militants of the Islamic State", "fighters loyal to Hamas".
KIND_OF_GROUP = re.compile(r"\s+(?:of|from|belonging to|loyal to)\s+")

# A singular possessive before the armed members of a party ("its fighters", "his men", "her troops"): they are the
# forces of the party the pronoun points back to ("Osama bin Laden is on the run ... many of his fighters were
# injured": al-Qaeda's). "Their" is left out: a plural possessive may point to any of several parties or people.
POSSESSED_FORCES = re.compile(
    r"\b(?P<pron>its|his|her)\s+(?:own\s+)?(?P<noun>fighters|forces|troops|soldiers|militants|militiamen|gunmen|men|"
    r"insurgents|rebels)\b")
# How far back (in sentences) the possessor may be named: the pronoun's own sentence or the one before.
POSSESSOR_SENTENCES = 1
# A party named by a common noun only ("the rebel group said its fighters", "a local militia said its men", "the
# ministry said its forces"): no catalogue mention, yet the nearest referent of a following "its", so a named party
# before it is not the possessor (possessed.py leaves the phrase as it was).
UNNAMED_POSSESSOR = re.compile(
    r"\b(?:the|a|an|this|that)\s+(?:[\w'-]+\s+){0,3}?(?:group|militia|movement|organi[sz]ation|alliance|coalition|"
    r"faction|ministry|mission|agency|party|council|union|company)\b")
