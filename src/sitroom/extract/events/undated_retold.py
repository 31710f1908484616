"""Reports of an incident told once with its day and again with no day of their own (dated by the publication week
alone): "was kidnapped on August 21 by a gang", then "the victim was taken to an abandoned house in Kyiv". The
week says only when the text was published; the day the text stated for the incident of that type at that place,
within the news window, is the day of both (ACLED's one event per type, place and day). Which dated report an
undated one retells: the nearest one of its type told before it (the story's incident at that point), or, for a
lead told without its day, the one its next sentences date ("A pastor has been arrested" then "was arrested on
April 2"). Not when that nearest incident is at another place or names other parties: the undated report then tells
its own; nor for demonstrations, which go on for days ("protests continued"), so a day told for one does not date
another report of protest at that place."""

from __future__ import annotations

import datetime as dt

from ...lang.en.events.arguments import PICTURE_DAY_AFTER, PICTURE_DAY_BEFORE
from ...lang.en.events.rules import DEMO_SEVERITY
from ...records import Event
from .merged_slots import own_date
from .arguments import STALE_DAYS
from .place_day import NEAR, place_key
from .taxonomy import label_of

# Not shared with undated_retelling.py / place_day.by_then_retold, which join an undated report to a dated one by
# other windows, places and candidates (see the comment in undated_retelling.py).
# The lead of a report (a headline and the sentence opening the body).
LEAD = 2


def retold_days(events: list[Event]) -> dict[int, set[int]]:
    """``id()`` of each undated report and of each dated report it retells -> ``id()`` of the other (module doc):
    the reports each may join (within the news window: STALE_DAYS)."""
    order = sorted(events, key=lambda e: (e.evidence.sentence, e.evidence.start))
    dated = [e for e in order if _own_day(e)]
    out = {}
    for e in order:
        if (e.date.precision != "publication" or not e.date.start or place_key(e) is None
                or label_of(e) in DEMO_SEVERITY):
            continue
        same = [d for d in dated if label_of(d) == label_of(e)]
        before = [d for d in same if d.evidence.sentence <= e.evidence.sentence]
        after = [d for d in same if 0 < d.evidence.sentence - e.evidence.sentence <= NEAR]
        told = before[-1] if before else (after[0] if after and e.evidence.sentence < LEAD else None)
        if (told is not None and place_key(told) == place_key(e) and 0 < _gap(e, told) <= STALE_DAYS
                and _same_parties(e, told)):
            out.setdefault(id(e), set()).add(id(told))
            out.setdefault(id(told), set()).add(id(e))
    return out


def _same_parties(a: Event, b: Event) -> bool:
    """Neither side named differently in the two reports (another target is another incident)."""
    return all(x is None or y is None or x.name == y.name for x, y in ((a.actor1, b.actor1), (a.actor2, b.actor2)))


def _own_day(e: Event) -> bool:
    """A day the report's sentence states, not a picture's ("In this March 23, 2021 photo")."""
    if e.date.precision != "day" or not own_date(e):
        return False
    text, at = e.evidence.text, e.evidence.text.find(e.date.text)
    return not (PICTURE_DAY_AFTER.match(text, at + len(e.date.text)) or PICTURE_DAY_BEFORE.search(text[:at]))


def _gap(week: Event, day: Event) -> int:
    return (_day(week.date.start) - _day(day.date.start)).days


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso[:10])
