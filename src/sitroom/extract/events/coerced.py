"""Forced movement is no demonstration: "the girls were marched into the forest at gunpoint", "the
gunmen marched them across the border". A protest march is done by the marchers (intransitive, active);
a verb of marching with an object, in the passive, or at gunpoint tells captives moved by others."""

from __future__ import annotations

from ...lang.en.events.coerced import MOVEMENT_LEMMAS, THREAT_POINTS
from ..pos import VERBAL

DEMONSTRATION_TYPES = ("Protests /", "Riots /")


def is_forced_movement(doc, start: int, end: int) -> bool:
    """Whether the word at doc characters [start, end) is a marching verb that moves captives."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    if tok.pos_ not in VERBAL or tok.lemma_.lower() not in MOVEMENT_LEMMAS:
        return False
    for child in tok.children:
        if child.dep_ in ("dobj", "nsubjpass", "auxpass"):
            return True
        if child.dep_ == "prep" and any(g.lemma_.lower() in THREAT_POINTS for g in child.children):
            return True
    return False
