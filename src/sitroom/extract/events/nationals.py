"""Civilians of a stated nationality (ACLED codes civilians by their nationality: "Civilians (Kenya)" for a Kenyan
blogger held in Qatar, "Civilians (Vietnam)" for two Vietnamese women abducted in the Philippines).

The conventions name the civilians an event harms after the country of its place. When the event's sentence
names those it is done to with one nationality of another country ("A Kenyan blogger who has been held by
authorities in Qatar", "two Vietnamese women were rescued after being abducted by Chinese nationals"), they are
that country's civilians. Who does it is never the victim ("abducted by Chinese nationals"; "Chinese nationals
abducted two women": the victims the sentence names with no nationality are the place's), nor is the victim of the
offence an arrest is told with ("arrested a Chilean man in the killing of a French aid worker"); two nationalities
named leave the place's.

Run on the events kept, after the filter and the merging (as members.py): it renames actor2 only, so no event
kept and no other slot changes."""

from __future__ import annotations

from typing import Optional

from ...lang.en.events.conventions import NATIONAL_CIVILIANS
from ...records import ActorRef
from ..actors.catalogue import catalogue_of
from .actor_roles import bracketed, country_name
from .discourse import evidence_span
from .not_parties import in_offence
from .taxonomy import CIVILIANS_INTER, REMOTE_VIOLENCE

# Types whose other side may be civilians; of the strategic ones those that are done to people.
_TYPES = ("Violence against civilians", REMOTE_VIOLENCE)
_STRATEGIC = ("Arrests", "Other", "Looting/property destruction")
_MODIFIER_DEPS = ("amod", "compound", "nmod")
_DOER_DEPS = ("nsubj", "agent")


def civilian_nationals(events: list, ctx) -> list:
    """Each kept event whose actor2 is civilians of its place's country, none, or its own actor1 (one party is
    never both sides), whose sentence names those it is done to with one other nationality, takes that
    nationality's civilians as actor2."""
    if ctx is None or ctx.doc is None:
        return events
    return [_renamed(e, ctx.doc) or e for e in events]


def _renamed(e, doc) -> Optional[object]:
    if not (e.event_type in _TYPES or (e.event_type == "Strategic developments" and e.sub_event_type in _STRATEGIC)):
        return None
    a1, a2 = e.actor1, e.actor2
    if a2 is not None and a2.inter != CIVILIANS_INTER and not (a1 is not None and a1.name == a2.name):
        return None
    span = evidence_span(doc, e)
    if span is None:
        return None
    cat = catalogue_of(doc)
    told = {}
    for tok in span:
        if tok.pos_ not in ("NOUN", "PROPN") or not NATIONAL_CIVILIANS.fullmatch(tok.lower_) or _doer(tok) \
                or (e.sub_event_type == "Arrests" and in_offence(tok)):
            continue  # (the victim of the offence an arrest is told with is not who is arrested)
        for mod in tok.children:
            iso = cat.demonyms.get(mod.lower_) if mod.dep_ in _MODIFIER_DEPS and mod.i < tok.i else None
            if iso:
                told.setdefault(iso, doc[mod.i:tok.i + 1].text)
    if not told and e.location is not None and _doers_words(a2, span):
        # "Chinese nationals kidnapped two women in Manila": civilians named only as the doer (ACLED's civilians
        # are never actor1) are not the victims, who are the place's civilians
        told = {e.location.country: None}
    if len(told) != 1:
        return None
    iso, words = next(iter(told.items()))
    cname = country_name(iso)
    if cname is None or (a2 is not None and a2.inter == CIVILIANS_INTER and country_name(a2.country) == cname):
        return None
    name = f"Civilians ({bracketed(cname)})"
    if a1 is not None and a1.name == name:
        return None
    return e.model_copy(update={"actor2": ActorRef(name=name, text=words, actor_type="civilians", inter=CIVILIANS_INTER,
                                                   country=iso)})


def _doers_words(a2, span) -> bool:
    """Whether actor2 is civilians whose words the sentence names only as who acts."""
    if a2 is None or a2.inter != CIVILIANS_INTER or not a2.text:
        return False
    last = a2.text.split()[-1].lower()
    toks = [t for t in span if t.lower_ == last]
    return bool(toks) and all(_doer(t) for t in toks)


def _doer(tok) -> bool:
    """Whether the noun names who acts: the subject of an active verb, or inside a by-phrase ("abducted by Chinese
    nationals"), its conjuncts too."""
    t, hops = tok, 0
    while t.dep_ == "conj" and t.head.i != t.i and hops < 6:
        t, hops = t.head, hops + 1
    if t.dep_ in _DOER_DEPS:
        return True
    return t.dep_ == "pobj" and (t.head.dep_ == "agent" or t.head.lower_ == "by")
