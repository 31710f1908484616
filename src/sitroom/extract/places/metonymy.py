"""Tell places from metonymic uses: "Washington said", "Kabul forces", "the Kremlin".

Only capitals, countries and seats of government are read as metonyms, and only
where the parse says they act: the subject of a verb of saying or deciding, the
owner of an action or policy ("Washington's actions"), or the modifier of a force
or government ("Kabul forces"). These become actors, not places of events.
"""

from __future__ import annotations

import re

from ...lang.en.actors.vocabulary import FAMILY_NOUNS
from ...lang.en.events.demonstrations import NOUN_MODIFIER_DEPS
from ...lang.en.metonymy import FORCE_NOUNS, GOVERNMENT_NOUNS as ACTOR_NOUNS, RULING_LEMMAS
from ...lang.en.reporting import SAYING_OR_DECIDING_LEMMAS as SPEECH_VERBS
from ..pos import VERBAL


def is_metonym(doc, start: int, end: int, is_capital_or_country: bool) -> bool:
    """True when the place name between ``start`` and ``end`` stands for a government."""
    if not is_capital_or_country:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and head.pos_ in VERBAL and head.lemma_.lower() in SPEECH_VERBS:
        return True
    if root.dep_ == "nsubj" and head.pos_ in VERBAL and head.lemma_.lower() in RULING_LEMMAS:
        return True  # "Moscow has been shutting down independent media": the government ruling
    if root.dep_ == "poss" and head.lemma_.lower() in ACTOR_NOUNS:
        return True
    if root.dep_ in ("compound", "amod", "nmod") and head.lemma_.lower() in ACTOR_NOUNS and head.i > root.i:
        return True
    # "Kabul forces have ...": the small model sometimes makes the noun the head of a flat phrase.
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in ACTOR_NOUNS and nxt.pos_ in ("NOUN", "PROPN"):
        return True
    return False


def speaks_for_government(doc, start: int, end: int, is_capital_or_country: bool) -> bool:
    """A metonym (is_metonym) that stands for a government speaking or deciding ("U.S. officials said",
    "Washington's decision"), not for its armed forces ("Mali's army", "U.S. forces"): it says nothing of where the
    story's events happen."""
    if not is_metonym(doc, start, end, is_capital_or_country):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    nxt = doc[span.end] if span.end < len(doc) else None
    head = span.root.head
    return not ((nxt is not None and nxt.lower_ in FORCE_NOUNS) or head.lower_ in FORCE_NOUNS)


# The nouns of a state's armed forces and their arms ("the United States Air Force", "US B-52 bombers"), longest first.
_FORCE_PHRASES = tuple(sorted(FAMILY_NOUNS["military"], key=len, reverse=True))


def owns_forces(doc, start: int, end: int) -> bool:
    """Whether a country's name between ``start`` and ``end`` only says whose forces or arms a noun phrase names
    ("the United States Air Force dropped", "US B-52 bombers struck", "Mali's army"): the forces' home country, which
    says where they come from, not where they act."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    if root.dep_ not in NOUN_MODIFIER_DEPS or root.head.i < span.end - 1:
        return False
    head = root.head
    # the words from the name to the noun it modifies ("Air Force", "B-52 bombers", "'s army")
    # (the tokens' own text: doc.text would rebuild the whole document's text on every call)
    rest = re.sub(r"^['’]s\b", "", doc[span.end:head.i + 1].text.lower().strip()).strip()
    return any(rest == p or rest.endswith(" " + p) for p in _FORCE_PHRASES)
