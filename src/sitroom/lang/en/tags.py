"""Penn Treebank part-of-speech tags (spaCy's ``token.tag_``) that English grammar rules read."""

from __future__ import annotations

# Finite verbs: past, present (3rd person and other), modal. A clause has one; a noun phrase has none.
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# The words of a verb group after its finite verb: "would not have been able to protect", "reached out".
VERB_GROUP_TAGS = FINITE_VERB_TAGS | {"VB", "VBN", "VBG", "TO", "RB", "RP"}
