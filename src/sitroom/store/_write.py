"""Writing a document's records: rows, provenance, and the fusion hook, inside the caller's transaction."""

from __future__ import annotations

from typing import Any, Optional

import json

from sqlalchemy import JSON, Connection, delete, func, insert, select, text

from ..records import Extraction
from . import _rows
from .incidents import Fusion, IncidentTable
from .schema import actors, claims, documents, duplicates, events, flags, places, provenance


def log_duplicate(conn: Connection, uri: str, document_id: int) -> None:
    seen = conn.scalar(select(duplicates.c.id).where(duplicates.c.uri == uri, duplicates.c.document_id == document_id))
    if seen is None:
        conn.execute(insert(duplicates).values(uri=uri, document_id=document_id, at=_rows.now_iso()))


def _draw_ids(conn: Connection, counts: list[tuple[Any, int]]) -> list[list[int]]:
    """Ids for ``n`` new rows of each (table, n), drawn from the tables' sequences in one round trip (the
    rows are then sent with COPY, which returns nothing)."""
    parts = [f"ARRAY(SELECT nextval(pg_get_serial_sequence('{table.name}', 'id')) FROM generate_series(1, {int(n)}))"
             for table, n in counts]
    row = conn.execute(text(f"SELECT {', '.join(parts)}")).one() if parts else ()
    return [list(ids) for ids in row]


def copy_rows(conn: Connection, table, rows: list[dict]) -> None:
    """COPY ``rows`` (dicts with the same keys) into ``table`` on PostgreSQL, in the connection's
    transaction; JSON columns are serialised as SQLAlchemy's JSON type would (``json.dumps``) unless
    given as :class:`_rows.RawJSON` text already."""
    if not rows:
        return
    cols = list(rows[0])
    as_json = [isinstance(table.c[c].type, JSON) for c in cols]
    driver = conn.connection.driver_connection
    with driver.cursor() as cur:
        with cur.copy(f"COPY {table.name} ({', '.join(f'{chr(34)}{c}{chr(34)}' for c in cols)}) FROM STDIN") as copy:
            if not any(as_json):
                for row in rows:
                    copy.write_row(list(row.values()))
                return
            for row in rows:
                copy.write_row([json.dumps(v) if j and v is not None and not isinstance(v, _rows.RawJSON) else v
                                for v, j in zip(row.values(), as_json)])


# An event of a re-extracted document keeps its id when the new extraction has an event of the same type
# on the same evidence span: links to it (the dashboard's #/event/N, an analyst's notes) stay valid.
EventKey = tuple[Optional[int], Optional[int], Optional[int], str]


def event_keys(conn: Connection, doc_id: int) -> dict[EventKey, list[int]]:
    """The stored events of a document by (sentence, start, end, event type) of their evidence, ids ascending."""
    p = provenance.c
    rows = conn.execute(select(events.c.id, events.c.event_type, p.sentence, p.start, p.end)
                        .join(provenance, (p.record_id == events.c.id) & (p.record_kind == "event")
                              & (p.document_id == events.c.document_id))
                        .where(events.c.document_id == doc_id).order_by(events.c.id)).all()
    out: dict[EventKey, list[int]] = {}
    for r in rows:
        out.setdefault((r.sentence, r.start, r.end, r.event_type), []).append(r.id)
    return out


def _reuse_event_ids(conn: Connection, x: Extraction, new_ids: list[int], old: dict[EventKey, list[int]]) -> dict[int, int]:
    """Give new events the ids of the old events they repeat (the old rows are deleted); new id -> final id.

    SQLite hands out max(id) + 1, so a new event may sit on a deleted event's id: one that repeats no
    old event is moved above every id, so that no link reaches another event than it named.
    """
    free = {k: list(v) for k, v in old.items()}
    moved: dict[int, int] = {}
    for new_id, e in zip(new_ids, x.events):
        ids = free.get((e.evidence.sentence, e.evidence.start, e.evidence.end, e.event_type))
        if ids:
            moved[new_id] = ids.pop(0)
    old_ids = {i for ids in old.values() for i in ids}
    clashing = [n for n in new_ids if n not in moved and n in old_ids]
    if not moved and not clashing:
        return moved
    c = events.c
    for n in [*moved, *clashing]:  # out of the way first: a target id may still be held by another new row
        conn.execute(events.update().where(c.id == n).values(id=-n))
    top = max(conn.scalar(select(func.max(c.id))) or 0, *old_ids, *new_ids)
    for k, n in enumerate(clashing, start=1):
        moved[n] = top + k
    for n, final in moved.items():
        conn.execute(events.update().where(c.id == -n).values(id=final))
    return moved


def write_extraction(conn: Connection, doc_id: int, x: Extraction, fusion: Optional[Fusion],
                     keep_ids: Optional[dict[EventKey, list[int]]] = None) -> None:
    """Insert every record of ``x`` for document ``doc_id``, with provenance; ``fusion`` fuses its events.

    keep_ids: the document's events before a re-extraction (:func:`event_keys`, their rows deleted since);
    a new event repeating one of them takes its id.
    """
    write_extractions(conn, [(doc_id, x)], fusion, keep_ids)


def write_extractions(conn: Connection, items: list[tuple[int, Extraction]], fusion: Optional[Fusion],
                      keep_ids: Optional[dict[EventKey, list[int]]] = None) -> None:
    """Insert the records of several documents' extractions, with provenance, a few statements for all
    of them (the bulk path): on PostgreSQL the ids are drawn in one round trip and every table's rows
    sent with COPY. ``fusion`` fuses the documents' events in order, as one at a time would, before
    they are inserted, so each goes in with its incident (no second write of every new event).
    ``keep_ids`` as for :func:`write_extraction` (one document only)."""
    pg = conn.dialect.name == "postgresql"
    mention = lambda r: (r.sentence, r.start, r.end, r.extractor)
    evidence = lambda e: (e.evidence.sentence, e.evidence.start, e.evidence.end, e.extractor)
    kinds = [("place", places, _rows.place_values, "places", mention),
             ("actor", actors, _rows.actor_values, "actors", mention),
             ("claim", claims, _rows.claim_values, "claims", mention),
             ("flag", flags, _rows.flag_values, "flags", mention),
             ("event", events, _rows.event_values, "events", evidence)]
    built = []  # (kind, table, rows, owners: (document id, extractor version, span) per row)
    for kind, table, to_values, attr, span in kinds:
        rows, owners = [], []
        for doc_id, x in items:
            for r in getattr(x, attr):
                row = to_values(r, pg)
                row["document_id"] = doc_id
                rows.append(row)
                owners.append((doc_id, x.extractor_version, span(r)))
        built.append((kind, table, rows, owners))
    event_rows = built[-1][2]
    if fusion is not None and event_rows:
        published = dict(conn.execute(select(documents.c.id, documents.c.published)
                                      .where(documents.c.id.in_({doc_id for doc_id, _x in items}))).all())
        fields = [{**r, "published": published.get(r["document_id"])} for r in event_rows]
        for row, incident_id in zip(event_rows, fusion.place(IncidentTable(conn), fields)):
            row["incident_id"] = incident_id
    drawn = iter(_draw_ids(conn, [(table, len(rows)) for _k, table, rows, _o in built if rows]) if pg else ())
    prov: list[dict] = []
    event_ids: list[int] = []
    for kind, table, rows, owners in built:
        if not rows:
            continue
        if pg:
            ids = next(drawn)
            for row, i in zip(rows, ids):
                row["id"] = i
            copy_rows(conn, table, rows)
        else:
            ids = list(conn.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows).scalars())
        if kind == "event":
            event_ids = ids
        for rid, (doc_id, version, (sentence, start, end, extractor)) in zip(ids, owners):
            prov.append({"document_id": doc_id, "record_kind": kind, "record_id": rid, "sentence": sentence,
                         "start": start, "end": end, "extractor": extractor, "extractor_version": version})
    if keep_ids and event_ids:
        assert len(items) == 1, "keep_ids is for one document's re-extraction"
        moved = _reuse_event_ids(conn, items[0][1], event_ids, keep_ids)
        for row in prov:
            if row["record_kind"] == "event":
                row["record_id"] = moved.get(row["record_id"], row["record_id"])
    if prov and pg:
        copy_rows(conn, provenance, prov)
    elif prov:
        conn.execute(insert(provenance), prov)


def delete_extraction(conn: Connection, doc_id: int, fusion: Optional[Fusion]) -> None:
    touched = set(conn.scalars(select(events.c.incident_id).where(events.c.document_id == doc_id,
                                                                   events.c.incident_id.is_not(None))))
    for table in (provenance, events, places, actors, claims, flags):
        conn.execute(delete(table).where(table.c.document_id == doc_id))
    if fusion is not None:
        fusion.refresh(IncidentTable(conn), touched)
