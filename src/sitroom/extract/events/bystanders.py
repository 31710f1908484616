"""State forces that only stand beside an event an unnamed hand carried out (issue 11): ``police probed the
deadly bomb blast``, ``security forces abandoned the area shortly before the attack``, ``after weeks of police
intimidation, X was assassinated``. The grammar gave them the slot of the doer; ACLED codes an unnamed
perpetrator of these types as the unidentified armed group of the event's country.

Run on the events kept, after the filter and the merging (as conventions.series_targets): it renames actor1
only, so no event kept and no other slot changes."""

from __future__ import annotations

from typing import Optional

from ...lang.en.events.arguments import DEVICE_MET_PREPS, DEVICE_MET_VERBS, NON_PARTY_VERBS, SEQUENCE_PREPS
from ...lang.en.events.civilians import ATTACK_NOUNS
from ...lang.en.events.conventions import UNNAMED_DOER_TYPES
from .actor_roles import country_name
from .conventions import unidentified_group
from .parse_roles import token_at, verb_of
from .taxonomy import IED, STATE_FORCES_INTER
from ..pos import VERBAL


def bystander_doers(events: list, doc) -> list:
    """Each kept event of a type whose unnamed doer is an unidentified armed group (UNNAMED_DOER_TYPES) whose
    actor1 is state forces whose words, in the event's own sentence, stand apart from its trigger
    (``stands_apart``) takes the unidentified armed group of its country instead."""
    if doc is None:
        return events
    return [_renamed(e, doc) or _device_met(e, doc) or e for e in events]


def _device_met(e, doc) -> Optional[object]:
    """An explosive event whose actor1 is the subject of a verb that meets the device ("a convoy of soldiers struck
    an IED", "a police patrol ran over a roadside bomb": DEVICE_MET_VERBS) is that device's target, not its
    layer: it becomes actor2 (when actor2 is free) and the unidentified armed group of the country actor1."""
    a1, loc = e.actor1, e.location
    if a1 is None or not a1.text or loc is None or f"{e.event_type} / {e.sub_event_type}" != IED:
        return None
    if e.actor2 is not None and e.actor2.name != a1.name:
        return None
    start, cname = getattr(e, "_trigger_start", None), country_name(loc.country)
    trig = token_at(doc, start) if start is not None and cname else None
    if trig is None:
        return None
    verb, t, hops = None, trig, 0
    while t.head.i != t.i and hops < 4:  # the device is the verb's object, or under its preposition
        if t.dep_ == "dobj" and t.head.lemma_.lower() in ("strike", "hit"):
            verb = t.head
            break
        if t.dep_ == "pobj" and t.head.lower_ in DEVICE_MET_PREPS and t.head.head.lemma_.lower() in DEVICE_MET_VERBS:
            verb = t.head.head
            break
        t, hops = t.head, hops + 1
    if verb is None:
        return None
    last = a1.text.lower().split()[-1]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not any(tok.lower_ == last for s in subjects for tok in s.subtree):
        return None
    return e.model_copy(update={"actor1": unidentified_group(cname, loc.country), "actor2": a1})


def _renamed(e, doc) -> Optional[object]:
    a1, loc = e.actor1, e.location
    label = f"{e.event_type} / {e.sub_event_type}"
    if a1 is None or a1.inter != STATE_FORCES_INTER or not a1.text or loc is None or not label.startswith(UNNAMED_DOER_TYPES):
        return None
    start = getattr(e, "_trigger_start", None)
    cname = country_name(loc.country)
    if cname is None:
        return None
    trig = token_at(doc, start) if start is not None else _attack_noun(doc, e)
    if trig is None:
        return None
    sent = trig.sent
    words = a1.text.lower().split()
    toks = [t for t in sent if t.lower_ == words[-1]]
    if len(toks) != 1 or not stands_apart(toks[0], trig):
        return None  # the words not in the event's sentence (a merged report's), or named twice: left as they are
    return e.model_copy(update={"actor1": unidentified_group(cname, loc.country)})


def _attack_noun(doc, e):
    """For an event no cue word marks (typed from its sentence as a whole), the one noun of an attack its sentence
    names ("Iraqi security forces abandoned the area shortly before the attack"): what stands for the event."""
    span = doc.char_span(e.evidence.start, e.evidence.end, alignment_mode="expand")
    nouns = [t for t in span if t.pos_ == "NOUN" and t.lemma_.lower() in ATTACK_NOUNS] if span is not None else []
    return nouns[0] if len(nouns) == 1 else None


def stands_apart(tok, trig) -> bool:
    """Whether the actor's token ``tok`` does something other than the event carried by ``trig``: it is the
    subject of a verb that handles the event without taking part ("police probed the blast": NON_PARTY_VERBS),
    its verb is set before or after the event ("forces abandoned the area before the attack"), or it lies in a
    phrase of an earlier or later time the trigger is not in ("after weeks of police intimidation")."""
    if tok.i == trig.i:
        return False
    verb = verb_of(tok)
    if verb.i != trig.i and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == verb.i:
        if verb.lemma_.lower() in NON_PARTY_VERBS and trig in verb.subtree:
            return True
        t, hops = trig, 0
        while t.head.i != t.i and hops < 10:
            if t.dep_ == "pobj" and t.head.lower_ in SEQUENCE_PREPS and t.head.head.i == verb.i:
                return True
            if t.head.i == verb.i:
                break
            t, hops = t.head, hops + 1
    t, hops = tok, 0
    while t.head.i != t.i and hops < 10:
        if t.dep_ == "pobj" and t.head.lower_ in SEQUENCE_PREPS:
            return trig not in t.subtree
        if t.pos_ in VERBAL:
            break
        t, hops = t.head, hops + 1
    return False
