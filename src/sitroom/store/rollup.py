"""Counting events from the ``event_weeks`` roll-up: the timeline, the summary, facet counts and
filtered totals, exact, without scanning every event.

``event_weeks`` holds how many events there are per (week of date_start, week of date_end, type,
country, admin1), kept by triggers (migration 0010). A filter that uses only those dimensions (dates,
types, country, admin1) is answered in two disjoint parts:

* the roll-up rows whose whole week lies inside the dates asked for (every event in them matches);
* the events of the weeks cut by ``since`` or ``until`` (the week holding ``since``, unless it starts
  on it; the week holding ``until``, unless it ends on it), counted from ``events`` with the full
  filter through the date indexes: at most two weeks of events.

Any other filter (free text, actor, place, confidence, bbox...) is not a roll-up dimension: those
counts come from ``events`` as before (:func:`answers` says which).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Optional

from sqlalchemy import Connection, func, select

from .models import EventFilter
from .placekeys import query_keys
from .queries import country_code, event_conditions
from .schema import event_weeks, events

# The EventFilter fields the roll-up has dimensions for.
DIMENSIONS = frozenset({"since", "until", "event_type", "country", "admin1"})
# What a count can be grouped by: the roll-up's column and the events' column it counts.
GROUPS = {"week": (event_weeks.c.week_start, events.c.date_start), "event_type": (event_weeks.c.event_type, events.c.event_type),
          "admin1": (event_weeks.c.admin1, events.c.admin1)}


def _used(f: Optional[EventFilter]) -> set[str]:
    if f is None:
        return set()
    # Empty strings and lists do not filter (queries.event_conditions tests them for truth).
    return {k for k, v in f if v is not None and not (isinstance(v, (str, list, tuple)) and not v)}


def _date(value: Optional[str]) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def answers(f: Optional[EventFilter]) -> bool:
    """Whether counts of events matching ``f`` can be read from the roll-up."""
    used = _used(f)
    if not used <= DIMENSIONS:
        return False
    # Only full ISO dates split into weeks; anything else is compared as the events table does.
    return all(_date(getattr(f, k)) is not None for k in ("since", "until") if k in used)


def monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _shift(day: dt.date, days: int) -> str:
    """``day`` moved by ``days``; past the calendar's ends (the API accepts 0001-01-01 and 9999-12-31),
    a bound beyond every date: after the last, or before the first ('' sorts before every date)."""
    try:
        return (day + dt.timedelta(days=days)).isoformat()
    except OverflowError:
        return "9999-12-32" if days > 0 else ""


def counts(conn: Connection, f: Optional[EventFilter], by: tuple[str, ...], dialect: str) -> Counter:
    """Events matching ``f`` (which :func:`answers`) counted per value of the ``by`` groups (``week``,
    ``event_type``, ``admin1``); ``week`` is the Monday of the week of date_start, None when undated.
    With no groups, the one key is ``()``."""
    f = f or EventFilter()
    used = _used(f)
    since, until = (_date(f.since) if "since" in used else None), (_date(f.until) if "until" in used else None)
    w = event_weeks.c
    conds = []
    if f.event_type:
        conds.append(w.event_type.in_(f.event_type))
    if f.country:
        conds.append(w.country == country_code(f.country))
    if f.admin1:
        keys = query_keys(f.admin1)
        conds.append(w.admin1_key.in_(keys) if keys else w.admin1 == f.admin1)
    # Whole weeks only: every event of the row ends on or after `since`, starts on or before `until`.
    if since:
        conds.append(w.week_end >= since.isoformat())
    if until:
        conds.append(w.week_start != "")
        conds.append(w.week_start <= _shift(until, -6))
    if "week" in by:
        conds.append(w.week_start != "")  # the timeline leaves undated events out
    cols = [GROUPS[g][0] for g in by]
    total: Counter = Counter()
    for row in conn.execute(select(*cols, func.sum(w.n)).where(*conds).group_by(*cols)):
        if row[-1]:
            total[tuple(v if v != "" else None for v in row[:-1])] += row[-1]
    # The weeks cut by the dates, from the events themselves.
    cut = []
    if since and since.weekday() != 0:
        first = monday(since)
        cut.append((events.c.date_end >= first.isoformat())
                   & (events.c.date_end <= _shift(first, 6)))
    if until and until.weekday() != 6:
        last = monday(until)
        cut.append((events.c.date_start >= last.isoformat())
                   & (events.c.date_start <= _shift(last, 6)))
    if cut:
        from sqlalchemy import or_

        ecols = [GROUPS[g][1] for g in by]
        extra = [events.c.date_start.is_not(None)] if "week" in by else []
        stmt = (select(*ecols, func.count()).select_from(events)
                .where(*event_conditions(f, dialect), or_(*cut), *extra).group_by(*ecols))
        for row in conn.execute(stmt):
            key = list(row[:-1])
            if "week" in by:
                i = by.index("week")
                key[i] = monday(dt.date.fromisoformat(key[i][:10])).isoformat()
            total[tuple(v if v != "" else None for v in key)] += row[-1]
    return total
