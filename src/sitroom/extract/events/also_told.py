"""Reports that add to the act told before ("John Doe, a lawyer, was also arrested", "their driver too was
abducted"): the additive adverb on the act's verb tells more of whom the same act took. When the sentence states
neither a place nor a day of its own, nothing tells it apart from that act (ACLED's one event per type, place
and day), whatever place or day the context lent it: merge_events joins it to the nearest earlier event of its
type, without lending it that place or day."""

from __future__ import annotations

from ...lang.en.events.rules import ADDITIVE
from ...lang.en.events.separate import another_incident
from ...records import Event
from .discourse import evidence_span
from .merged_slots import own_date, own_place
from .same_event import further_count
from .trigger_word import trigger_token


def adds_to_act(ev: Event, doc) -> bool:
    """Whether the report's act is told with an additive adverb ("also", "too") and its sentence names no place
    nor day of its own, nor another incident ("another", "elsewhere", "four more")."""
    text = ev.evidence.text
    if own_date(ev) or own_place(ev) or another_incident(text) or further_count(text):
        return False
    span = evidence_span(doc, ev)
    tok = trigger_token(span, ev.trigger) if span is not None and ev.trigger else None
    if tok is None:
        return False
    verb = tok if tok.pos_ in ("VERB", "AUX") else None
    return verb is not None and any(c.dep_ == "advmod" and c.lower_ in ADDITIVE for c in verb.children)
