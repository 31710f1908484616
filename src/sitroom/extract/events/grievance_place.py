"""Places in a protest's grievance: "Protesters demonstrate against the death in Minneapolis police custody of
George Floyd ... outside Parliament in Cape Town". What a crowd protests against is not where it stood; ACLED codes
a demonstration at its venue. Read by where_when.py beside the topic of a talk (clause_sides.topic_side)."""

from __future__ import annotations

from typing import Iterable, Optional

from ...lang.en.events.arguments import GRIEVANCE_LEMMAS, GRIEVANCE_PREPS, MOVING_GRIEVANCE_PREPS
from ...lang.en.events.coerced import MOVEMENT_LEMMAS
from .clause_sides import mention_spans

# How far up the parse a mention may hang below the protest's word ("against the death in [...] custody of X").
MAX_HOPS = 12


def grievance_side(doc, starts: Iterable[int], trig: Optional[int] = None) -> set[int]:
    """Of the mentions starting at ``starts``, those inside the object of "against"/"over"/"about" hung on a word
    of protest ("rallied against the war in Syria"; after "march" only "against": "marched over the bridge in
    Kyiv" is its route). Only when some mention of ``starts`` is left outside it: a sentence that names no other
    place may have hung the venue on the grievance ("a protest against the new tax in Nairobi"). Not when the
    grievance holds the event's own word at ``trig`` (a character offset): the act protested is then the event,
    and its place is the event's ("protested in Baghdad over the bombing in Karrada", the bombing's event)."""
    starts = list(starts)
    if doc is None or len(starts) < 2:
        return set()
    out = set()
    for c, span in mention_spans(doc, starts):
        t, hops = span[0], 0
        while t.head.i != t.i and hops < MAX_HOPS:
            below, t, hops = t, t.head, hops + 1
            lemma = t.lemma_.lower()
            if below.dep_ == "prep" and lemma in GRIEVANCE_LEMMAS and below.lower_ in (
                    MOVING_GRIEVANCE_PREPS if lemma in MOVEMENT_LEMMAS else GRIEVANCE_PREPS):
                # (a heading run into the next sentence is no grievance of its protest: "... in protest over
                # wages\n\nOver 200 workers in Port Elizabeth stopped work")
                if "\n" not in doc.text[below.idx:c] and not _holds(below, trig):
                    out.add(c)
                break
    return out if len(out) < len(set(starts)) else set()


def _holds(phrase, trig: Optional[int]) -> bool:
    """Whether the phrase headed by the token ``phrase`` spans the character offset ``trig``."""
    if trig is None:
        return False
    words = list(phrase.subtree)
    return words[0].idx <= trig < words[-1].idx + len(words[-1])
