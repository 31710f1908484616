"""A force told as being somewhere is no deployment (the guide's decisions v1.4, troop deployments: "Not coded: a
standing presence ('already patrolling', 'stationed'), troop totals ...").

English tells where a force stands by the passive of "deploy" in the present ("over 1,000 US Marines are deployed near
Kandahar") or in the present perfect with a place it is at, not one it was sent to ("Heavy police force has been
deployed in the area"): a state of affairs, not a force reaching a place on a day. A Strategic developments / Other
event all of whose reports tell its deployment so, with no day named in their sentence, is dropped; a deployment
told as a move ("troops were deployed to the town on Monday", "have been deployed to Jos") stays. Like rule 10 it
runs on the events the filter kept.
"""

from __future__ import annotations

from typing import Optional

from ...lang.en.events.discourse import SPECIFIC_DAY
from ...lang.en.events.strategic import PASSIVE_FORCE_MOVES, PRESENT_BE, SENT_TO_PREPS
from ...records import Event
from . import discourse
from .taxonomy import OTHER, label_of


def presence_only(ev: Optional[Event], doc, reports=()) -> Optional[Event]:
    """``ev`` unless it is an Other event each of whose reports tells a force's standing presence (told_as_presence)."""
    if ev is None or label_of(ev) != OTHER:
        return ev
    for r in (ev, *reports):
        span = discourse.evidence_span(doc, r)
        if span is None or not told_as_presence(span):
            return ev
    return None


def told_as_presence(span) -> bool:
    """Whether the sentence ``span`` tells a deployment only as where a force is: a passive of "deploy" in the present
    ("are deployed") or the present perfect ("has been deployed in the area"), with no "to" of where it was sent and
    not in progress ("are being deployed"), and no day named."""
    if SPECIFIC_DAY.search(span.text):
        return False
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in PASSIVE_FORCE_MOVES]
    return bool(verbs) and all(_present_passive(v) for v in verbs)


def _present_passive(verb) -> bool:
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    sent_to = any(c.dep_ == "prep" and c.lower_ in SENT_TO_PREPS for c in verb.children)
    if sent_to or "being" in aux:
        return False  # a move: "are deployed to the city", "are being deployed to the border town"
    if aux & PRESENT_BE:
        return True  # "are deployed near Kandahar": where they are
    return "been" in aux and bool(aux & {"has", "have"})
