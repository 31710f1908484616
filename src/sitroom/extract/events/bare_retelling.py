"""Reports that name neither a place nor a day of their own, told just after an incident of their type that the
text places or dates ("Manzoor Pashteen was arrested from Shaheen town in Peshawar on Monday", then "He was
required in a case by the police, so we arrested him"): the follow-up retells that incident (ACLED's one event per
type, place and day; nothing in its sentence tells it apart), whatever place or day the context lent it. merge_events
joins it to the nearest earlier event of its type, without lending it that place or day (as also_told.py's "also")."""

from __future__ import annotations

from ...lang.en.events.separate import another_incident
from ...records import Event
from .merged_slots import own_date, own_place
from .same_event import further_count
from .taxonomy import label_of

# Sentences back within which the told incident stands (a follow-up is told next to it).
FOLLOW_UP = 3
# Dates that are no day of the report's own: the publication's week, or none.
_NO_DAY = ("publication", None)


def follow_ups(reports: list[Event]) -> frozenset[int]:
    """``id()`` of the reports that name no place nor day of their own nor another incident, told within FOLLOW_UP
    sentences after a report of their type that names its place or day, or after such a follow-up (module doc)."""
    anchors: list[Event] = []  # the reports a follow-up may retell, in document order
    out = set()
    for ev in sorted(reports, key=lambda e: (e.evidence.sentence, e.evidence.start)):
        if own_date(ev) or own_place(ev):
            anchors.append(ev)
            continue
        text = ev.evidence.text
        if ev.date.precision not in _NO_DAY or another_incident(text) or further_count(text):
            continue
        if any(label_of(r) == label_of(ev) and 0 < ev.evidence.sentence - r.evidence.sentence <= FOLLOW_UP
               and _same_doer(r, ev) and not _moved_on(r, ev) for r in anchors):
            out.add(id(ev))
            anchors.append(ev)
    return frozenset(out)


def _same_doer(told: Event, ev: Event) -> bool:
    """The follow-up's doer is the told incident's (or it names none): another doer is another act."""
    return ev.actor1 is None or (told.actor1 is not None and told.actor1.name == ev.actor1.name)


def _moved_on(told: Event, ev: Event) -> bool:
    """Whether the story moved to another place between the told incident and the follow-up: the place the context
    lent the follow-up is named in a sentence after the incident's ("Police arrested six students in Lahore on
    Monday. In Multan, the students' union called a strike. Police arrested two union leaders"), so the follow-up
    is told there (a dateline's city, named before the incident, is no such move)."""
    lent, at = ev.location, told.location
    if lent is None or (at is not None and (lent.name or lent.text) == (at.name or at.text)):
        return False
    return told.evidence.sentence < lent.sentence <= ev.evidence.sentence
