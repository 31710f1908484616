"""Keeping the incidents table current: the store's side of :mod:`sitroom.fuse.incidents`.

Each new event is fused as its document is stored, inside the same transaction,
so an incident never refers to a half-written document.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING, Iterable, Optional

from sqlalchemy import Connection, bindparam, delete, distinct, func, insert, select, update

from ..fuse.incidents import DATE_GAP_DAYS, Report, best_match, merge_into, report_of
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


def assign_incidents(conn: Connection, event_ids: list[int]) -> None:
    """Attach each event to the incident it reports, creating incidents as needed.

    Candidates are read with one cached statement per event and matched in memory;
    writes go out as three executemany statements.
    """
    if not event_ids:
        return
    i = incidents.c
    reports = _event_reports(conn, event_ids)
    known: dict[int, Report] = {}  # stored incidents near this batch's events: id -> summary
    window = select(incidents).where(i.family == bindparam("fam"), i.date_start <= bindparam("hi"),
                                     i.date_end >= bindparam("lo"))
    for _e, _t, _s, rep in reports:
        if rep.dated:
            params = {"fam": rep.family, "lo": _shift(rep.date_start, -DATE_GAP_DAYS),
                      "hi": _shift(rep.date_end or rep.date_start, DATE_GAP_DAYS)}
            for r in conn.execute(window, params).mappings():
                known.setdefault(r["id"], _incident_report(r))
    new: list[tuple[str, str, Report]] = []  # incidents this batch creates, by position
    changed: set[int] = set()
    assignment: list[tuple[int, tuple[str, int]]] = []  # event id -> ("old", id) or ("new", position)
    for event_id, event_type, sub_event_type, rep in reports:
        candidates = [(("old", k), v) for k, v in known.items()] + [(("new", n), v[2]) for n, v in enumerate(new)]
        match = best_match(rep, ((n, c) for n, (_key, c) in enumerate(candidates))) if rep.dated else None
        if match is None:
            new.append((event_type, sub_event_type, rep))
            assignment.append((event_id, ("new", len(new) - 1)))
            continue
        key = candidates[match][0]
        if key[0] == "old":
            known[key[1]] = merge_into(known[key[1]], rep)
            changed.add(key[1])
        else:
            t, st, summary = new[key[1]]
            new[key[1]] = (t, st, merge_into(summary, rep))
        assignment.append((event_id, key))
    new_ids: list[int] = []
    if new:
        rows = [{"event_type": t, "sub_event_type": st, **{f: getattr(rep, f) for f in _INCIDENT_FIELDS}}
                for t, st, rep in new]
        new_ids = list(conn.execute(insert(incidents).returning(i.id, sort_by_parameter_order=True), rows).scalars())
    if changed:
        conn.execute(update(incidents).where(i.id == bindparam("_id")).values({f: bindparam("v_" + f) for f in _INCIDENT_FIELDS}),
                     [{"_id": k, **{"v_" + f: getattr(known[k], f) for f in _INCIDENT_FIELDS}} for k in changed])
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
        conn.execute(update(incidents).where(incidents.c.id == incident_id)
                     .values({f: getattr(summary, f) for f in _INCIDENT_FIELDS}))


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
