"""The incidents table: what fusion reads and writes, and the incidents query.

The store keeps this table but does not decide what an incident is: a *fusion* object
(:class:`sitroom.fuse.assign.IncidentFusion`, given to the store by :func:`sitroom.api.open_store`)
is called with an :class:`IncidentTable` inside each document's transaction, so an
incident never refers to a half-written document.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Optional, Protocol

from sqlalchemy import (
    Connection, String, bindparam, cast, delete, distinct, false, func, insert, literal, or_, select, text, true,
    union_all, update,
)

from . import _copy
from .fused_models import IncidentRow, ReportDetail
from .models import EventFilter
from .queries import event_conditions
from .schema import documents, events, incidents

if TYPE_CHECKING:
    from .store import Store

# What fusion reads of an event, and what it keeps of an incident (the summary it compares with).
EVENT_FIELDS = ("event_type", "sub_event_type", "date_start", "date_end", "location_name", "level", "country",
                "admin1", "admin2", "lat", "lon", "actor1", "actor2", "fatalities", "injured", "arrested",
                "evidence_text")
INCIDENT_FIELDS = ("family", "date_start", "date_end", "location_name", "level", "country", "admin1", "admin2",
                   "lat", "lon", "actor1", "actors", "clues")


class Fusion(Protocol):
    """What the store calls, inside a write transaction, to keep incidents current."""

    def assign(self, table: "IncidentTable", event_ids: list[int]) -> None:
        """Attach newly stored events to incidents."""

    def place(self, table: "IncidentTable", fields: list[Mapping[str, Any]]) -> list[int]:
        """The incident each of events not stored yet joins (given by their event_type, sub_event_type,
        :data:`EVENT_FIELDS` and document's ``published``), creating or updating incidents as needed."""

    def refresh(self, table: "IncidentTable", incident_ids: Iterable[int]) -> None:
        """Re-summarise incidents that lost events; drop the empty ones."""

    def rebuild(self, table: "IncidentTable", event_ids: list[int]) -> None:
        """Fuse every event again, the incidents table being empty."""


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


class IncidentTable:
    """The incidents table and the events' incident links, on one open transaction."""

    def __init__(self, conn: Connection):
        self._conn = conn

    def event_fields(self, event_ids: list[int]) -> list[Mapping[str, Any]]:
        """For each event, in the order of ``event_ids``: its id, :data:`EVENT_FIELDS` and its document's
        ``published`` date."""
        e = events.c
        rows = self._conn.execute(select(e.id, *[getattr(e, f) for f in EVENT_FIELDS], documents.c.published)
                                  .select_from(events.join(documents, e.document_id == documents.c.id))
                                  .where(e.id.in_(event_ids))).mappings().all()
        order = {eid: i for i, eid in enumerate(event_ids)}
        return sorted(rows, key=lambda r: order[r["id"]])

    def candidates(self, family: str, country: Optional[str], lo: str, lo_start: str, hi: str) -> list[Mapping]:
        """Stored incidents of ``family`` (and ``country`` or none) whose window reaches [lo, hi]; the narrow
        ones (``wide`` false) start on or after ``lo_start``."""
        params = {"fam": family, "lo": lo, "lo_start": lo_start, "hi": hi}
        if country:
            params["country"] = country
        return self._conn.execute(_CANDIDATES[bool(country)], params).mappings().all()

    def candidates_many(self, windows: list[tuple[str, Optional[str], str, str, str]]) -> list[list[Mapping]]:
        """:meth:`candidates` for several (family, country, lo, lo_start, hi) windows at once: one round trip
        on PostgreSQL (a batch of documents has hundreds of events), one look-up each on SQLite."""
        if self._conn.dialect.name != "postgresql" or len(windows) < 2:
            return [self.candidates(*w) for w in windows]
        # The windows go as five arrays (a statement of constant size: binding thousands of scalar
        # parameters cost more client time than the look-up); the same two indexed look-ups as
        # _CANDIDATES, joined to them.
        fams, countries, los, lo_starts, his = (list(col) for col in zip(*windows))
        params = {"fam": fams, "country": [c or None for c in countries], "lo": los, "ls": lo_starts, "hi": his}
        same = ("i.family = w.fam AND i.date_end >= w.lo AND i.date_start <= w.hi "
                "AND (w.country IS NULL OR i.country = w.country OR i.country IS NULL)")
        stmt = text("WITH w AS (SELECT k - 1 AS k, fam, country, lo, lo_start, hi FROM unnest("
                    "CAST(:fam AS text[]), CAST(:country AS text[]), CAST(:lo AS text[]), CAST(:ls AS text[]), "
                    "CAST(:hi AS text[])) WITH ORDINALITY AS u (fam, country, lo, lo_start, hi, k)) "
                    f"SELECT w.k AS _window, i.* FROM w JOIN incidents i ON {same} "
                    "AND NOT i.wide AND i.date_start >= w.lo_start "
                    f"UNION ALL SELECT w.k AS _window, i.* FROM w JOIN incidents i ON {same} AND i.wide")
        out: list[list[Mapping]] = [[] for _ in windows]
        result = self._conn.execute(stmt, params)
        keys = list(result.keys())[1:]  # after _window
        for r in result:
            out[r[0]].append(dict(zip(keys, r[1:])))
        return out

    def insert(self, rows: list[dict]) -> list[int]:
        """Insert incidents (event_type, sub_event_type, :data:`INCIDENT_FIELDS`, wide); their ids in order."""
        if self._conn.dialect.name == "postgresql" and rows:
            # Ids drawn, rows sent with COPY: an INSERT of a batch's ~200 incidents is a statement of
            # thousands of parameters, which the driver parses again for every batch.
            ids = _copy.draw_ids(self._conn, [(incidents, len(rows))])[0]
            cols, lines = _copy.encode_rows(incidents, [{"id": k, **r} for k, r in zip(ids, rows)])
            _copy.copy_data(self._conn, incidents, cols, b"".join(lines))
            return ids
        i = incidents.c
        return list(self._conn.execute(insert(incidents).returning(i.id, sort_by_parameter_order=True), rows).scalars())

    def update(self, values: dict[int, dict]) -> None:
        """Overwrite the summaries of the incidents keyed by id."""
        if not values:
            return
        fields = (*INCIDENT_FIELDS, "wide")
        stmt = update(incidents).where(incidents.c.id == bindparam("_id")).values({f: bindparam("v_" + f) for f in fields})
        self._conn.execute(stmt, [{"_id": k, **{"v_" + f: v[f] for f in fields}} for k, v in values.items()])

    def link(self, assignment: list[tuple[int, int]]) -> None:
        """Set each (event id, incident id)."""
        stmt = update(events).where(events.c.id == bindparam("_id")).values(incident_id=bindparam("_incident"))
        self._conn.execute(stmt, [{"_id": eid, "_incident": iid} for eid, iid in assignment])

    def events_of(self, incident_id: int) -> list[int]:
        """The ids of an incident's events, in order."""
        return list(self._conn.scalars(select(events.c.id).where(events.c.incident_id == incident_id)
                                       .order_by(events.c.id)))

    def delete(self, incident_id: int) -> None:
        self._conn.execute(delete(incidents).where(incidents.c.id == incident_id))

    def set_summary(self, incident_id: int, values: dict) -> None:
        self._conn.execute(update(incidents).where(incidents.c.id == incident_id).values(values))


def source_key(root):
    """An independent source, in SQL: the outlet of the original text (a copy counts with its original, and
    two stories from one outlet or agency are one source), or the original document when its outlet is
    unknown. ``root`` is the documents table aliased as the original (``duplicate_of`` or the document)."""
    return func.coalesce(func.lower(func.trim(root.c.source)), literal("document ") + cast(root.c.id, String))


def _matching_ids(store: "Store", f: Optional[EventFilter], min_sources: int):
    """SELECT of the ids of incidents with an event matching ``f`` and ``min_sources``+ independent sources."""
    e, d, i = events.c, documents.c, incidents.c
    original = documents.alias("original")
    joined = (incidents.join(events, e.incident_id == i.id).join(documents, e.document_id == d.id)
              .join(original, original.c.id == func.coalesce(d.duplicate_of, d.id)))
    return (select(i.id).select_from(joined).where(*event_conditions(f, store.engine.dialect.name)).group_by(i.id, i.date_start)
            .having(func.count(distinct(source_key(original))) >= min_sources))


def count_incidents(store: "Store", f: Optional[EventFilter], min_sources: int) -> int:
    """How many incidents load_incidents would list without a limit."""
    with store.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(_matching_ids(store, f, min_sources).subquery())) or 0


def load_incidents(store: "Store", f: Optional[EventFilter], limit: Optional[int], offset: int,
                   min_sources: int) -> list[IncidentRow]:
    """Incidents with an event matching ``f`` and at least ``min_sources`` independent sources."""
    e, d, i = events.c, documents.c, incidents.c
    original = documents.alias("original")
    ids_stmt = (_matching_ids(store, f, min_sources)
                .order_by(i.date_start.desc().nulls_last(), i.id.desc()).offset(offset).limit(limit))
    with store.engine.connect() as conn:
        ids = list(conn.scalars(ids_stmt))
        if not ids:
            return []
        heads = {r["id"]: r for r in conn.execute(select(incidents).where(i.id.in_(ids))).mappings()}
        reports = conn.execute(
            select(e.id, e.incident_id, e.document_id, e.sub_event_type, e.date_start, e.fatalities, e.modality,
                   e.evidence_text, e.source, d.title, d.source.label("outlet"), d.duplicate_of,
                   source_key(original).label("source_key"))
            .select_from(events.join(documents, e.document_id == d.id)
                         .join(original, original.c.id == func.coalesce(d.duplicate_of, d.id)))
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
        # Near-duplicate copies are one source with their original, and one outlet's stories are one source.
        sources=len({r["source_key"] for r in reports}),
        fatalities=figures, fatalities_conflict=len(figures) > 1, details=details,
    )
