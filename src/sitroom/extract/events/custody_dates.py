"""The date of an attack on someone held, told without a day of its own but at their arrest or in their custody
("authorities had severely beaten his brother at the time of his arrest", "claimed that she was tortured in police
custody"): the custody began at the arrest the report dates, so the attack happened on that day (at the arrest) or
from it on (in custody), not in the week before the report or before the statement that tells it. Settled on the
events kept, like kept_dates.py."""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from ...lang.en.time.patterns import MONTH_NAME, WEEKDAY
from ...lang.en.events.arrests import AT_ARREST, CUSTODY_SINCE, IN_CUSTODY, TAKEN
from ...records import DateValue, Event
from .arguments import STALE_DAYS

# The types of act done to the held that the arrest dates (the guide's Attack: "beating, torture of civilians").
HELD_HARMED = "Violence against civilians"
# The types of the report that tells the taking (an arrest at a protest may be coded as its intervention).
TAKING_TYPES = frozenset({"Arrests", "Abduction/forced disappearance"})
# (a capitalised word after a lower-case word or a comma: not one that opens a sentence or a quote)
_NAME = re.compile(r"(?<=[a-z,] )[A-Z][a-z]{2,}\b")
_CALENDAR = re.compile(MONTH_NAME + "|" + WEEKDAY)


def custody_dates(kept: list[Event], pub: Optional[dt.date]) -> list[Event]:
    """``kept`` with each attack told at an arrest or in custody, and undated of its own (its report's week, or a
    range up to the statement that tells it), dated by the nearest arrest told before it that has a day in the news
    window (STALE_DAYS): that day at the arrest, from that day to its old date's end in custody."""
    out = []
    for e in kept:
        out.append(_dated(e, kept, pub) if e.event_type == HELD_HARMED else e)
    return out


def _dated(e: Event, kept: list[Event], pub: Optional[dt.date]) -> Event:
    if e.date.precision not in ("publication", "range") or not e.date.start or pub is None:
        return e
    text = e.evidence.text
    at_arrest = AT_ARREST.search(text)
    if not at_arrest and not IN_CUSTODY.search(text):
        return e
    if not at_arrest and CUSTODY_SINCE.search(text):
        return e  # "held since March ... tortured in police custody": the custody's start is told, not an arrest's
    day = _arrest_day(e, kept, pub)
    if day is None or day.isoformat() > e.date.start[:10]:
        return e  # (an arrest after the date the attack has is not the custody it happened in)
    if at_arrest:
        return e.model_copy(update={"date": DateValue(start=day.isoformat(), end=day.isoformat(), precision="day",
                                                      text=at_arrest.group(0))})
    end = (e.date.end or e.date.start)[:10]
    return e.model_copy(update={"date": DateValue(start=day.isoformat(), end=end, precision="range",
                                                  text=e.date.text)})


def _names(text: str) -> set[str]:
    """The capitalised words inside the sentences of ``text`` that are no month or weekday: the names it tells."""
    return {w for w in _NAME.findall(text) if not _CALENDAR.fullmatch(w)}


def _arrest_day(e: Event, kept: list[Event], pub: dt.date) -> Optional[dt.date]:
    """The day of the nearest arrest told before ``e`` among ``kept`` (a report of a taking dated to a day in the
    news window), else None. An arrest that names someone ``e`` names ("Nodeep Kaur was arrested on January 12" ...
    "Nodeep's case ... she was tortured in police custody") is the custody's before any nearer one of someone else."""
    names = _names(e.evidence.text)
    named = [r for r in kept if names & _names(r.evidence.text)]
    return _nearest(e, named, pub) or _nearest(e, kept, pub)


def _nearest(e: Event, kept: list[Event], pub: dt.date) -> Optional[dt.date]:
    best = None
    for r in kept:
        if r is e or r.evidence.start >= e.evidence.start or r.date.precision != "day" or not r.date.start:
            continue
        if r.sub_event_type not in TAKING_TYPES and not TAKEN.search(r.evidence.text):
            continue
        try:
            day = dt.date.fromisoformat(r.date.start[:10])
        except ValueError:
            continue
        if 0 <= (pub - day).days <= STALE_DAYS and (best is None or r.evidence.start > best[0]):
            best = (r.evidence.start, day)
    return best[1] if best else None
