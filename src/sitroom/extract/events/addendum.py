"""Sentences that add a detail to the event told just before ("Police dispersed the rally in Harare on Saturday.
Many were held for hours and face fines."; "Two soldiers were killed in the ambush. Dozens more were wounded."):
their subject stands for part or the rest of the group that act took, or for those it left ("the detainees", "the
victims"), and they state no place or day of their own nor another incident. ACLED codes one event per type, place
and day, the wounded and the held of an incident being that incident's: such a report is no event of its own, of
whatever type the typer read its words as; merge_events folds it into the event before (``adds_detail``)."""

from __future__ import annotations

from ...lang.en.events.discourse import LARGE_COUNT_WORDS, QUANTIFIER_PRONOUNS
from ...lang.en.events.arrests import CUSTODY_STATE_LEMMAS
from ...lang.en.events.rules import GROUP_REST, KEEPING_LEMMAS, LEFT_BY_ACT, NIGHT_LONG
from ...lang.en.events.separate import another_incident
from ...records import Event
from .discourse import evidence_span
from .merged_slots import own_date, own_place

# The families of a crowd's own act: a protest or riot told after an act of another family ("Police arrested 15
# supporters. Hundreds later gathered outside the station") is a new act by a crowd, no detail of that act.
_CROWD_FAMILIES = ("Protests", "Riots")

_SUBJECTS = ("nsubj", "nsubjpass")
# How many sentences back the event added to may be told ("Three were killed ... Hundreds had blocked the road.
# Dozens more were wounded."): the next sentence or the one after.
NEAR_BEFORE = 2


def adds_detail(ev: Event, doc) -> bool:
    """Whether the report's sentence has for subject of its main verb part or the rest of a group told before, or
    those an act left, and names no place nor day of its own nor another incident ("Another 12 were arrested in
    Grodno on Sunday" is news)."""
    text = ev.evidence.text
    if own_place(ev) or another_incident(text):
        return False
    span = evidence_span(doc, ev)
    if span is None or (own_date(ev) and not _night_kept(ev, span)):
        return False
    root = span.root
    return any(_back_subject(c) for c in root.children if c.dep_ in _SUBJECTS)


def _back_subject(tok) -> bool:
    word = tok.lower_
    if any(c.dep_ == "det" and c.lower_ in ("another", "other", "a", "an") for c in tok.children):
        return False
    if word in QUANTIFIER_PRONOUNS or word in LARGE_COUNT_WORDS or word in GROUP_REST:
        # (a bare quantifier, "many", "dozens more", "the rest", "some of them": no noun of its own; "dozens of
        # demonstrators", "most of the staff" count a group named anew)
        return not any(c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "PROPN") for c in tok.children) and all(
            g.pos_ == "PRON" for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
            if g.dep_ == "pobj")
    # "the detainees", "the victims"; "the five (who were arrested)": a definite count with no noun, the group
    # counted before
    return (tok.lemma_.lower() in LEFT_BY_ACT or tok.pos_ == "NUM") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _night_kept(ev: Event, span) -> bool:
    """Whether the report's day is read off a night's length of a custody ("were held overnight"): how long it
    lasted, no day of its own."""
    words = [t for t in span if t.lower_ == (ev.date.text or "").lower()]
    return bool(words) and all(t.lower_ in NIGHT_LONG and (t.head.lemma_ in KEEPING_LEMMAS
                                                          or t.head.lemma_ in CUSTODY_STATE_LEMMAS) for t in words)


def added_to(ev: Event, out: list[Event]) -> int | None:
    """The index in ``out`` (the events kept so far, in document order) of the event ``ev`` adds to: the latest
    one told in its sentence's NEAR_BEFORE sentences before; None when none is."""
    near = [i for i, kept in enumerate(out)
            if 0 < ev.evidence.sentence - kept.evidence.sentence <= NEAR_BEFORE]
    if not near:
        return None
    i = max(near, key=lambda i: out[i].evidence.sentence)
    if ev.event_type in _CROWD_FAMILIES and out[i].event_type not in _CROWD_FAMILIES:
        return None  # a crowd's act after another family's: its own event
    return i
