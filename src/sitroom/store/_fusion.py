"""Keeping the incidents table current: the store's side of :mod:`sitroom.fuse.incidents`.

Each new event is fused as its document is stored, inside the same transaction,
so an incident never refers to a half-written document.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING, Iterable, Optional

from sqlalchemy import (
    Connection, bindparam, delete, distinct, false, func, insert, or_, select, true, union_all, update,
)

from ..fuse.incidents import DATE_GAP_DAYS, VAGUE_SPAN_DAYS, Report, best_match, merge_into, report_of, span_days
from .models import EventFilter, IncidentRow, ReportDetail
from .queries import event_conditions
from .schema import documents, events, incidents

if TYPE_CHECKING:
    from .store import Store

_EVENT_FIELDS = ("event_type", "sub_event_type", "date_start", "date_end", "location_name", "level", "country",
                 "admin1", "admin2", "lat", "lon", "actor1", "actor2")
_INCIDENT_FIELDS = ("family", "date_start", "date_end", "location_name", "level", "country", "admin1", "admin2",
                    "lat", "lon", "actor1", "actors")


def _event_reports(conn: Connection, event_ids: list[int]) -> list[tuple[int, str, str, Report]]:
    e = events.c
    rows = conn.execute(select(e.id, *[getattr(e, f) for f in _EVENT_FIELDS], documents.c.published)
                        .select_from(events.join(documents, e.document_id == documents.c.id))
                        .where(e.id.in_(event_ids))).mappings().all()
    order = {eid: i for i, eid in enumerate(event_ids)}
    out = []
    for r in sorted(rows, key=lambda r: order[r["id"]]):
        fields = {f: r[f] for f in _EVENT_FIELDS if f not in ("event_type", "sub_event_type")}
        out.append((r["id"], r["event_type"], r["sub_event_type"],
                    report_of(r["event_type"], r["sub_event_type"], published=r["published"], **fields)))
    return out


def _incident_report(r) -> Report:
    return Report(**{f: r[f] for f in _INCIDENT_FIELDS})


def _shift(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day[:10]) + dt.timedelta(days=days)).isoformat()


# Incidents whose date window spans more than this are "wide" (a report dated to a month, not yet
# narrowed by a precise one). The others start at most this many days before they end, so the
# candidates for a new event lie in a bounded, indexed range of start dates.
NARROW_SPAN_DAYS = VAGUE_SPAN_DAYS
# Events fused per batch when re-fusing the whole store: each batch also compares its events with
# the incidents it made itself, in memory, so the batch size bounds that work.
REBUILD_BATCH = 200


def is_wide(rep: Report) -> bool:
    """Whether an incident's window spans more than :data:`NARROW_SPAN_DAYS` (see the ``wide`` column)."""
    return bool(rep.dated and (span_days(rep) or 0) > NARROW_SPAN_DAYS)


def _incident_values(rep: Report) -> dict:
    return {**{f: getattr(rep, f) for f in _INCIDENT_FIELDS}, "wide": is_wide(rep)}


def _candidate_statements():
    """The two indexed look-ups of stored incidents near a date window, with and without a country."""
    i = incidents.c
    same_window = (i.family == bindparam("fam"), i.date_end >= bindparam("lo"), i.date_start <= bindparam("hi"))
    # Ordinary incidents: (family, wide, date_start) bounds the scan on both sides.
    narrow = (i.wide == false(), i.date_start >= bindparam("lo_start"))
    # Wide ones: (family, wide, date_end); few, since a precise report narrows an incident's window.
    wide = (i.wide == true(),)
    country = or_(i.country == bindparam("country"), i.country.is_(None))
    out = {}
    for with_country in (False, True):
        extra = (country,) if with_country else ()
        out[with_country] = union_all(select(incidents).where(*same_window, *narrow, *extra),
                                      select(incidents).where(*same_window, *wide, *extra))
    return out


_CANDIDATES = _candidate_statements()


def _stored_candidates(conn: Connection, rep: Report) -> list:
    """Stored incidents of ``rep``'s family and (if known) country whose window is within the date gap."""
    lo = _shift(rep.date_start, -DATE_GAP_DAYS)
    params = {"fam": rep.family, "lo": lo, "lo_start": _shift(lo, -NARROW_SPAN_DAYS),
              "hi": _shift(rep.date_end or rep.date_start, DATE_GAP_DAYS)}
    if rep.country:
        params["country"] = rep.country
    return conn.execute(_CANDIDATES[bool(rep.country)], params).mappings().all()


def assign_incidents(conn: Connection, event_ids: list[int]) -> None:
    """Attach each event to the incident it reports, creating incidents as needed.

    Each event's candidates are the stored incidents an indexed look-up finds near its date
    (same family and country), plus the incidents this batch created or changed; the cost per
    event stays flat as the store grows. Writes go out as three executemany statements.
    """
    if not event_ids:
        return
    i = incidents.c
    reports = _event_reports(conn, event_ids)
    pool: dict[tuple[str, int], Report] = {}  # incidents seen by this batch: ("old", id) / ("new", n) -> summary
    kinds: dict[int, tuple[str, str]] = {}  # new incident position -> (event type, sub-event type)
    touched: dict[str, list[tuple[str, int]]] = defaultdict(list)  # family -> incidents this batch made or changed
    pool_touched: set[tuple[str, int]] = set()
    changed: set[int] = set()
    assignment: list[tuple[int, tuple[str, int]]] = []  # event id -> ("old", id) or ("new", position)
    for event_id, event_type, sub_event_type, rep in reports:
        match = None
        if rep.dated:
            keys = set()
            for r in _stored_candidates(conn, rep):
                key = ("old", r["id"])
                pool.setdefault(key, _incident_report(r))
                keys.add(key)
            # An incident this batch made or widened may reach this event though no stored window does.
            lo, hi = _shift(rep.date_start, -DATE_GAP_DAYS), _shift(rep.date_end or rep.date_start, DATE_GAP_DAYS)
            keys.update(k for k in touched[rep.family] if pool[k].dated
                        and pool[k].date_start <= hi and (pool[k].date_end or pool[k].date_start) >= lo)
            keys = sorted(keys, key=lambda k: (k[0] == "new", k[1]))
            found = best_match(rep, ((n, pool[k]) for n, k in enumerate(keys)))
            match = keys[found] if found is not None else None
        if match is None:
            match = ("new", len(kinds))
            kinds[match[1]] = (event_type, sub_event_type)
            pool[match] = rep
        else:
            pool[match] = merge_into(pool[match], rep)
            if match[0] == "old":
                changed.add(match[1])
        if match not in pool_touched:
            pool_touched.add(match)
            touched[rep.family].append(match)
        assignment.append((event_id, match))
    new_ids: list[int] = []
    if kinds:
        rows = [{"event_type": t, "sub_event_type": st, **_incident_values(pool[("new", n)])}
                for n, (t, st) in sorted(kinds.items())]
        new_ids = list(conn.execute(insert(incidents).returning(i.id, sort_by_parameter_order=True), rows).scalars())
    if changed:
        fields = (*_INCIDENT_FIELDS, "wide")
        conn.execute(update(incidents).where(i.id == bindparam("_id")).values({f: bindparam("v_" + f) for f in fields}),
                     [{"_id": k, **{"v_" + f: v for f, v in _incident_values(pool[("old", k)]).items()}}
                      for k in sorted(changed)])
    conn.execute(update(events).where(events.c.id == bindparam("_id")).values(incident_id=bindparam("_incident")),
                 [{"_id": eid, "_incident": key[1] if key[0] == "old" else new_ids[key[1]]} for eid, key in assignment])


def drop_empty_incidents(conn: Connection, incident_ids: Iterable[int]) -> None:
    """After events were removed: delete incidents left empty, re-summarise the others."""
    for incident_id in incident_ids:
        remaining = list(conn.scalars(select(events.c.id).where(events.c.incident_id == incident_id)
                                      .order_by(events.c.id)))
        if not remaining:
            conn.execute(delete(incidents).where(incidents.c.id == incident_id))
            continue
        reports = [rep for _id, _t, _s, rep in _event_reports(conn, remaining)]
        summary = reports[0]
        for rep in reports[1:]:
            summary = merge_into(summary, rep)
        conn.execute(update(incidents).where(incidents.c.id == incident_id).values(_incident_values(summary)))


def load_incidents(store: "Store", f: Optional[EventFilter], limit: Optional[int], offset: int,
                   min_sources: int) -> list[IncidentRow]:
    """Incidents with an event matching ``f`` and at least ``min_sources`` independent sources."""
    e, d, i = events.c, documents.c, incidents.c
    root = func.coalesce(d.duplicate_of, d.id)
    joined = incidents.join(events, e.incident_id == i.id).join(documents, e.document_id == d.id)
    ids_stmt = (select(i.id).select_from(joined).where(*event_conditions(f, store.engine.dialect.name)).group_by(i.id, i.date_start)
                .having(func.count(distinct(root)) >= min_sources)
                .order_by(i.date_start.desc().nulls_last(), i.id.desc()).offset(offset).limit(limit))
    with store.engine.connect() as conn:
        ids = list(conn.scalars(ids_stmt))
        if not ids:
            return []
        heads = {r["id"]: r for r in conn.execute(select(incidents).where(i.id.in_(ids))).mappings()}
        reports = conn.execute(
            select(e.id, e.incident_id, e.document_id, e.sub_event_type, e.date_start, e.fatalities, e.modality,
                   e.evidence_text, e.source, d.title, d.source.label("outlet"), d.duplicate_of)
            .select_from(events.join(documents, e.document_id == d.id))
            .where(e.incident_id.in_(ids)).order_by(e.id)).mappings().all()
    by_incident = defaultdict(list)
    for r in reports:
        by_incident[r["incident_id"]].append(r)
    return [_incident_row(heads[iid], by_incident[iid]) for iid in ids]


def _incident_row(head, reports) -> IncidentRow:
    details = [ReportDetail(event_id=r["id"], document_id=r["document_id"], document_title=r["title"],
                            source=r["source"] or r["outlet"], independent_of=r["duplicate_of"],
                            date_start=r["date_start"], fatalities=r["fatalities"], modality=r["modality"],
                            evidence_text=r["evidence_text"]) for r in reports]
    figures = sorted({r["fatalities"] for r in reports if r["fatalities"] is not None})
    return IncidentRow(
        id=head["id"], event_type=head["event_type"], sub_event_type=head["sub_event_type"],
        sub_event_types=list(dict.fromkeys(r["sub_event_type"] for r in reports)),
        date_start=head["date_start"], date_end=head["date_end"], location_name=head["location_name"],
        country=head["country"], admin1=head["admin1"], admin2=head["admin2"], lat=head["lat"], lon=head["lon"],
        actors=list(head["actors"] or []), reports=len(reports),
        # Near-duplicate copies are one source with their original.
        sources=len({r["duplicate_of"] or r["document_id"] for r in reports}),
        fatalities=figures, fatalities_conflict=len(figures) > 1, details=details,
    )
