"""Keeping the incidents table current: the store's side of :mod:`sitroom.fuse.incidents`.

Each new event is fused as its document is stored, inside the same transaction,
so an incident never refers to a half-written document.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING, Iterable, Optional

from sqlalchemy import Connection, and_, delete, distinct, func, insert, or_, select, update

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
    """Attach each event to the incident it reports, creating incidents as needed."""
    if not event_ids:
        return
    i = incidents.c
    for event_id, event_type, sub_event_type, rep in _event_reports(conn, event_ids):
        match = None
        if rep.dated:
            window = and_(i.family == rep.family, i.date_start <= _shift(rep.date_end, DATE_GAP_DAYS),
                          i.date_end >= _shift(rep.date_start, -DATE_GAP_DAYS))
            candidates = [(r["id"], _incident_report(r)) for r in conn.execute(select(incidents).where(window)).mappings()]
            match = best_match(rep, candidates)
        if match is None:
            values = {f: getattr(rep, f) for f in _INCIDENT_FIELDS}
            match = conn.execute(insert(incidents).values(event_type=event_type, sub_event_type=sub_event_type,
                                                          **values)).inserted_primary_key[0]
        else:
            current = _incident_report(conn.execute(select(incidents).where(i.id == match)).mappings().one())
            merged = merge_into(current, rep)
            conn.execute(update(incidents).where(i.id == match).values({f: getattr(merged, f) for f in _INCIDENT_FIELDS}))
        conn.execute(update(events).where(events.c.id == event_id).values(incident_id=match))


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
    ids_stmt = (select(i.id).select_from(joined).where(*event_conditions(f)).group_by(i.id, i.date_start)
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
