"""The day of a burial or funeral of people an event killed ("Mourners on Tuesday buried 11 protesters shot dead by
security forces", "Five villagers killed by gunmen were buried on Sunday"): the killing happened by that day, not
on it, so the burial's time dates the event only as the week up to it (where_when's by_then); a time inside the
killing's own clause stays its own ("buried five villagers killed by gunmen on Friday")."""

from __future__ import annotations

from typing import Iterable

from ...lang.en.events.discourse import BURIAL_WORDS
from .clause_sides import mention_spans
from ..pos import VERBAL


def _killing_on(dead):
    """The clause on the noun ``dead`` that tells how they died: a participle or relative clause ("11 protesters shot
    dead", "villagers who were killed"), or None."""
    return next((c for c in dead.children if c.dep_ in ("acl", "relcl") and c.pos_ in VERBAL), None)


def _burial(anchor):
    """The word of burial (its verb, or the verb of the funeral noun's clause) governing the dead the act at
    ``anchor`` describes, and the clause of the killing; (None, None) when there is none."""
    if anchor.dep_ in ("acl", "relcl") and anchor.pos_ in VERBAL and anchor.head.pos_ in ("NOUN", "PROPN", "PRON"):
        dead, killing = anchor.head, anchor
    elif anchor.pos_ in ("NOUN", "PRON") and _killing_on(anchor) is not None:
        dead, killing = anchor, _killing_on(anchor)
    else:
        return _burial_clause(anchor)
    if dead.dep_ == "pobj" and dead.head.lower_ == "of":
        gov = dead.head.head  # "the funeral of three soldiers killed"
    elif dead.dep_ in ("dobj", "nsubjpass"):
        gov = dead.head  # "buried 11 protesters shot dead", "villagers killed ... were buried"
    else:
        return None, None
    if gov.lemma_.lower() not in BURIAL_WORDS:
        return None, None
    hops = 0
    while gov.pos_ not in VERBAL and gov.head.i != gov.i and hops < 4:  # the funeral noun: its clause's verb
        gov, hops = gov.head, hops + 1
    return gov, killing


def _burial_clause(anchor):
    """The burial verb of the clause ``anchor`` is in (its subject, its verb: "Residents on Sunday buried five
    villagers killed by gunmen") and the killing told on its dead; a burial is no event of its own, so the event
    is the killing."""
    verb, hops = anchor, 0
    while verb.pos_ not in VERBAL and verb.head.i != verb.i and hops < 3:
        verb, hops = verb.head, hops + 1
    if verb.pos_ not in VERBAL or verb.lemma_.lower() not in BURIAL_WORDS:
        return None, None
    for dead in verb.children:
        if dead.dep_ in ("dobj", "nsubjpass") and _killing_on(dead) is not None:
            return verb, _killing_on(dead)
    return None, None


def burial_times(doc, anchor, times: Iterable) -> tuple[set[int], set[int]]:
    """Of ``times``, the starts of those that date the burial of the dead the act at ``anchor`` killed (not the
    killing), and of those inside the killing's own clause (the killing's)."""
    if doc is None or anchor is None:
        return set(), set()
    gov, killing = _burial(anchor)
    if gov is None:
        return set(), set()
    own_tokens = {x.i for x in killing.subtree}
    burial, own = set(), set()
    for c, span in mention_spans(doc, [t.start for t in times]):
        if span[0].i in own_tokens:
            own.add(c)
            continue
        t, hops = span[0], 0
        while t.i != gov.i and t.head.i != t.i and hops < 20:
            t, hops = t.head, hops + 1
        if t.i == gov.i:
            burial.add(c)
    return burial, own
