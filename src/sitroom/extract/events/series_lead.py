"""The doer a strike summary names in its lead ("Coalition military forces conducted 21 strikes consisting of 34
engagements against ISIS targets on June 1. ... Near Raqqah, Syria, 12 strikes engaged ISIS tactical units ...").

Such a lead sums up the series and is often no event of its own (a count, not one act), so
conventions.series_doers finds no lead event to copy the doer from: this module reads the doer from the lead's
own clause (its subject, with a tally verb and a counted strike noun), for the items after it that name none.
"""

from __future__ import annotations

from typing import Optional

from ...lang.en.events.civilians import ATTACK_NOUNS
from ...lang.en.events.conventions import TALLY_VERBS
from ...lang.en.events.discourse import SORTIES
from ...records import ActorRef
from .actor_roles import to_ref
from .where_when import in_unit

_STRIKE_NOUNS = ATTACK_NOUNS | SORTIES


def _counted_strikes(verb) -> bool:
    """Whether ``verb``'s object is a counted strike noun ("21 strikes", "dozens of raids")."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        head = obj
        if obj.lemma_.lower() not in _STRIKE_NOUNS:  # "dozens of raids": the noun under "of"
            head = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"), obj)
        if head.lemma_.lower() in _STRIKE_NOUNS and head.tag_ in ("NNS", "NNPS") and \
                (any(c.dep_ == "nummod" for c in head.children) or head is not obj):
            return True
    return False


def tally_doer(doc, unit, actors) -> Optional[ActorRef]:
    """The subject of a tally clause in ``unit`` ("X conducted N strikes"), as the actor the stage found there."""
    span = doc.char_span(unit.start, unit.end, alignment_mode="expand") if doc is not None else None
    if span is None:
        return None
    mentions = in_unit(actors, unit)
    for verb in span:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in TALLY_VERBS or not _counted_strikes(verb):
            continue
        if verb.lemma_.lower() == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
            continue  # "carried out", not "carried 20 missiles"
        # the subject nearest the verb: a dateline ("SOUTHWEST ASIA, June 2 —") is often parsed as one too
        for subj in sorted((c for c in verb.children if c.dep_ == "nsubj"), key=lambda c: -c.i):
            lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
            m = next((m for m in mentions if lo <= m.start and m.end <= hi), None)  # "Coalition" of "Coalition forces"
            ref = to_ref(m) if m is not None else None
            if ref is not None:
                return ref
    return None


def tally_leads(doc, units, actors) -> list[tuple[int, ActorRef]]:
    """(sentence, doer) of each unit that sums up strikes with its doer as subject, in document order."""
    out = []
    for u in units:
        ref = tally_doer(doc, u, actors)
        if ref is not None:
            out.append((u.sentence, ref))
    return out
