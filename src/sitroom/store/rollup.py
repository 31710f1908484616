"""Counting events from the roll-ups: the timeline, the summary, facet counts and filtered totals,
exact, without scanning every event.

Roll-ups kept by triggers on ``events`` (migrations 0010 and 0012) count events per week of
date_start, week of date_end, type and country, and:

* ``event_weeks``: the province (admin1);
* ``event_place_weeks``: the place (province, district, location, their search keys, the point);
* ``event_actor_weeks``: the pair of actors;
* ``event_source_weeks``: the source (for its facet);
* ``event_confidence_weeks`` (0014): event_place_weeks's dimensions and the confidence band (a minimum
  confidence on the 0.05 grid of the dashboard's slider);

and ``event_days`` counts per exact start and end date, type, country, province and modality;
``event_actor_days`` (0016) per exact start and end date, type, country and pair of actors.

A count is read from the smallest roll-up having every dimension the filter uses (and the groups it
is split by); from event_days whenever it can and the dates cut a week, by its exact dates. From a
week roll-up it comes in two disjoint parts:

* the roll-up rows whose whole week lies inside the dates asked for (every event in them matches);
* the events of the weeks cut by ``since`` or ``until`` (the week holding ``since``, unless it starts
  on it; the week holding ``until``, unless it ends on it), counted with the full filter through the
  date indexes from a day roll-up having the filter's dimensions (event_actor_days for an actor
  filter), else from ``events``: at most two weeks of events.

A filter no roll-up has the dimensions for (a minimum confidence off the 0.05 grid or with an actor, a
source, a sub-event type, an actor with a province or place...) is counted over ``events`` as before
(:func:`answers` says which).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Optional

from sqlalchemy import Connection, func, select

from .models import EventFilter
from .queries import event_conditions
from .schema import (
    CONFIDENCE_BANDS, event_actor_days, event_actor_weeks, event_confidence_weeks, event_days, event_place_weeks, event_source_weeks,
    event_weeks, events,
)

_BASE = frozenset({"since", "until", "event_type", "country"})
# Each roll-up with the EventFilter fields it has dimensions for and the groups it can count by,
# smallest first: a count reads the first that answers it (event_days first when the dates cut a week).
ROLLUPS = [
    (event_weeks, _BASE | {"admin1"}, {"week", "event_type", "admin1"}),
    (event_place_weeks, _BASE | {"admin1", "place", "bbox", "located"}, {"week", "event_type", "admin1"}),
    (event_actor_weeks, _BASE | {"actor"}, {"week", "event_type", "actor1", "actor2"}),
    (event_source_weeks, _BASE, {"week", "event_type", "source"}),
    (event_confidence_weeks, _BASE | {"admin1", "place", "bbox", "located", "min_confidence"},
     {"week", "event_type", "admin1"}),
    (event_days, _BASE | {"admin1", "modality"}, {"day", "week", "event_type", "admin1"}),
    (event_actor_days, _BASE | {"actor"}, {"day", "week", "event_type", "actor1", "actor2"}),
]
# The roll-ups per exact date: they answer dates that cut a week without counting events at the edges.
DAY_ROLLUPS = (event_days, event_actor_days)
DIMENSIONS = frozenset().union(*(dims for _t, dims, _g in ROLLUPS))
# The events' column a group counts (the roll-ups hold the same names; the week is week_start, the day
# date_start).
GROUPS = {"week": events.c.date_start, "day": events.c.date_start, "event_type": events.c.event_type,
          "admin1": events.c.admin1, "actor1": events.c.actor1, "actor2": events.c.actor2, "source": events.c.source}


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


def band(min_confidence: float) -> Optional[int]:
    """The confidence band k with "band >= k" the same as "confidence >= min_confidence", or None when
    the minimum is off the grid of 1/20 (see event_confidence_weeks)."""
    k = round(min_confidence * CONFIDENCE_BANDS)
    return k if 0 <= k <= CONFIDENCE_BANDS and k / CONFIDENCE_BANDS == min_confidence else None


def _rollup(f: Optional[EventFilter], by: tuple[str, ...] = ()):
    """The roll-up that answers counts of events matching ``f`` grouped by ``by``, or None."""
    used = _used(f)
    if "min_confidence" in used and band(f.min_confidence) is None:
        return None
    # Only full ISO dates split into weeks; anything else is compared as the events table does.
    if not all(_date(getattr(f, k)) is not None for k in ("since", "until") if k in used):
        return None
    fits = [table for table, dims, groups in ROLLUPS if used <= dims and set(by) <= groups]
    if event_days in fits and f is not None and _cut(f):
        return event_days
    return fits[0] if fits else None


def _cut(f: EventFilter) -> bool:
    """Whether the dates of ``f`` cut a week (the week roll-ups then count the cut weeks' events)."""
    since, until = _date(f.since), _date(f.until)
    return bool(since and since.weekday() != 0) or bool(until and until.weekday() != 6)


def answers(f: Optional[EventFilter], by: tuple[str, ...] = ()) -> bool:
    """Whether counts of events matching ``f`` (grouped by ``by``) can be read from a roll-up."""
    return _rollup(f, by) is not None


def widest_answered(f: Optional[EventFilter], by: tuple[str, ...] = ()) -> EventFilter:
    """The part of ``f`` a roll-up answers (counted by the groups ``by``) that keeps the most of its fields:
    a filter every event matching ``f`` matches (the base of an estimate, EventCounts.estimate_events and
    facets.estimate)."""
    used = _used(f)
    if f is None or answers(f, by):
        return f or EventFilter()
    best: Optional[EventFilter] = None
    for _table, dims, groups in ROLLUPS:
        if not set(by) <= groups:
            continue
        kept = used & dims
        relaxed = EventFilter(**{k: getattr(f, k) for k in kept})
        # What a roll-up cannot take either: a minimum confidence off the grid, dates not whole days.
        for dropped in ({"min_confidence": None}, {"since": None, "until": None}):
            if not answers(relaxed, by):
                relaxed = relaxed.model_copy(update=dropped)
        if best is None or len(_used(relaxed)) > len(_used(best)):
            best = relaxed
    return best if best is not None else EventFilter()


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
    ``day``, ``event_type``, ``admin1``, ``actor1``, ``actor2``, ``source``); ``week`` is the Monday of
    the week of date_start, ``day`` date_start, None when undated. With no groups, the one key is ``()``."""
    f = f or EventFilter()
    table = _rollup(f, by)
    if table is None:
        raise ValueError(f"no roll-up counts {f} by {by}")
    used = _used(f)
    since, until = (_date(f.since) if "since" in used else None), (_date(f.until) if "until" in used else None)
    w = table.c
    if table in DAY_ROLLUPS:
        return _day_counts(conn, f, by, dialect, table)
    # The filters other than dates and `located` compare the roll-up's columns as they would the events'.
    conds = event_conditions(f.model_copy(update={"since": None, "until": None, "located": None,
                                                  "min_confidence": None}), dialect, w)
    if "min_confidence" in used:
        conds.append(w.confidence_band >= band(f.min_confidence))
    if f.bbox:  # unlocated events sit at (0, 0) in the roll-up
        conds.append(w.located == 1)
    if f.located is not None:
        conds.append(w.located == int(f.located))
    # Whole weeks only: every event of the row ends on or after `since`, starts on or before `until`.
    if since:
        conds.append(w.week_end >= since.isoformat())
    if until:
        conds.append(w.week_start != "")
        conds.append(w.week_start <= _shift(until, -6))
    if "week" in by:
        conds.append(w.week_start != "")  # the timeline leaves undated events out
    cols = [w.week_start if g == "week" else w[g] for g in by]
    total: Counter = Counter()
    for row in conn.execute(select(*cols, func.sum(w.n)).where(*conds).group_by(*cols)):
        if row[-1]:
            total[tuple(v if v != "" else None for v in row[:-1])] += row[-1]
    # The weeks cut by the dates: from a day roll-up with the filter's dimensions (the events' own dates,
    # as many narrow rows as the cut days have distinct keys), else from the events themselves.
    days = next((t for t, dims, groups in ROLLUPS if t in DAY_ROLLUPS and used <= dims and set(by) <= groups), None)
    cut = _cut_weeks(since, until, (days if days is not None else events).c)
    if cut is None:
        return total
    if days is not None:
        total.update(_day_counts(conn, f, by, dialect, days, cut))
        return total
    ecols = [GROUPS[g] for g in by]
    extra = [events.c.date_start.is_not(None)] if "week" in by else []
    stmt = (select(*ecols, func.count()).select_from(events)
            .where(*event_conditions(f, dialect), cut, *extra).group_by(*ecols))
    for row in conn.execute(stmt):
        key = list(row[:-1])
        if "week" in by:
            i = by.index("week")
            key[i] = monday(dt.date.fromisoformat(key[i][:10])).isoformat()
        total[tuple(v if v != "" else None for v in key)] += row[-1]
    return total


def _cut_weeks(since: Optional[dt.date], until: Optional[dt.date], c):
    """The condition on the dates columns ``c`` (of the events or a day roll-up) selecting the weeks cut by
    ``since`` and ``until`` (see :func:`counts`), or None when they cut none."""
    from sqlalchemy import or_

    cut = []
    if since and since.weekday() != 0:
        first = monday(since)
        cut.append((c.date_end >= first.isoformat()) & (c.date_end <= _shift(first, 6)))
    if until and until.weekday() != 6:
        last = monday(until)
        cut.append((c.date_start >= last.isoformat()) & (c.date_start <= _shift(last, 6)))
    return or_(*cut) if cut else None


def _day_counts(conn: Connection, f: EventFilter, by: tuple[str, ...], dialect: str, table=event_days,
                within=None) -> Counter:
    """:func:`counts` from a day roll-up (``table``, one of DAY_ROLLUPS), whose dates are the events' own:
    the filter's conditions apply to it as they do to the events ('' stands for no date: an undated event
    starts before no date); ``within``, a further condition on its rows (the weeks cut, :func:`_cut_weeks`)."""
    w = table.c
    conds = event_conditions(f, dialect, w)
    if within is not None:
        conds.append(within)
    if f.until or "week" in by or "day" in by:  # undated events match no `until` and have no period
        conds.append(w.date_start != "")
    cols = [w.date_start if g in ("week", "day") else w[g] for g in by]
    total: Counter = Counter()
    for row in conn.execute(select(*cols, func.sum(w.n)).where(*conds).group_by(*cols)):
        if not row[-1]:
            continue
        key = [v if v != "" else None for v in row[:-1]]
        if "week" in by:
            i = by.index("week")
            key[i] = monday(dt.date.fromisoformat(key[i][:10])).isoformat()
        total[tuple(key)] += row[-1]
    return +total  # without the groups whose events were all deleted
