"""Writing a document's records: rows, provenance, and the fusion hook, inside the caller's transaction."""

from __future__ import annotations

from typing import Optional

import json

from sqlalchemy import JSON, Connection, delete, func, insert, select, text

from ..records import Extraction
from . import _rows
from .incidents import Fusion, IncidentTable
from .schema import actors, claims, duplicates, events, flags, places, provenance


def log_duplicate(conn: Connection, uri: str, document_id: int) -> None:
    seen = conn.scalar(select(duplicates.c.id).where(duplicates.c.uri == uri, duplicates.c.document_id == document_id))
    if seen is None:
        conn.execute(insert(duplicates).values(uri=uri, document_id=document_id, at=_rows.now_iso()))


def _insert_many(conn: Connection, table, rows: list[dict]) -> list[int]:
    """Insert rows and return their ids in order.

    On PostgreSQL the ids are drawn from the table's sequence first and the rows sent with COPY: the
    profile of a batched store spent half its time in the driver's per-row executemany (binding and
    pipelining ~100 rows a document), which COPY streams as text instead.
    """
    if not rows:
        return []
    if conn.dialect.name == "postgresql" and len(rows) > 1:
        ids = list(conn.execute(text(f"SELECT nextval(pg_get_serial_sequence('{table.name}', 'id')) "
                                     "FROM generate_series(1, :n)"), {"n": len(rows)}).scalars())
        for row, i in zip(rows, ids):
            row["id"] = i  # the rows are this call's own (built by write_extractions)
        copy_rows(conn, table, rows)
        return ids
    result = conn.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows)
    return list(result.scalars())


def copy_rows(conn: Connection, table, rows: list[dict]) -> None:
    """COPY ``rows`` (dicts with the same keys) into ``table`` on PostgreSQL, in the connection's
    transaction; JSON columns are serialised as SQLAlchemy's JSON type would (``json.dumps``), so the
    stored text is the same as an INSERT's."""
    if not rows:
        return
    cols = list(rows[0])
    as_json = [isinstance(table.c[c].type, JSON) for c in cols]
    driver = conn.connection.driver_connection
    with driver.cursor() as cur:
        with cur.copy(f"COPY {table.name} ({', '.join(f'{chr(34)}{c}{chr(34)}' for c in cols)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([json.dumps(row[c]) if j and row[c] is not None else row[c]
                                for c, j in zip(cols, as_json)])


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
    """Insert the records of several documents' extractions, with provenance, one multi-row insert per
    table for all of them (the bulk path: a few statements per batch instead of per document); then
    ``fusion`` fuses the documents' events in order, as one at a time would. ``keep_ids`` as for
    :func:`write_extraction` (one document only)."""
    prov: list[dict] = []

    def add(kind: str, table, to_values, records_of, span) -> list[list[int]]:
        rows, owners = [], []
        for doc_id, x in items:
            for r in records_of(x):
                rows.append({**to_values(r), "document_id": doc_id})
                owners.append((doc_id, x, r))
        ids = _insert_many(conn, table, rows)
        for rid, (doc_id, x, r) in zip(ids, owners):
            sentence, start, end, extractor = span(r)
            prov.append({"document_id": doc_id, "record_kind": kind, "record_id": rid, "sentence": sentence,
                         "start": start, "end": end, "extractor": extractor,
                         "extractor_version": x.extractor_version})
        return ids

    mention = lambda r: (r.sentence, r.start, r.end, r.extractor)
    evidence = lambda e: (e.evidence.sentence, e.evidence.start, e.evidence.end, e.extractor)
    add("place", places, _rows.place_values, lambda x: x.places, mention)
    add("actor", actors, _rows.actor_values, lambda x: x.actors, mention)
    add("claim", claims, _rows.claim_values, lambda x: x.claims, mention)
    add("flag", flags, _rows.flag_values, lambda x: x.flags, mention)
    event_ids = add("event", events, _rows.event_values, lambda x: x.events, evidence)
    if keep_ids and event_ids:
        assert len(items) == 1, "keep_ids is for one document's re-extraction"
        moved = _reuse_event_ids(conn, items[0][1], event_ids, keep_ids)
        event_ids = [moved.get(i, i) for i in event_ids]
        for row in prov:
            if row["record_kind"] == "event":
                row["record_id"] = moved.get(row["record_id"], row["record_id"])
    if prov and conn.dialect.name == "postgresql":
        copy_rows(conn, provenance, prov)
    elif prov:
        conn.execute(insert(provenance), prov)
    if fusion is not None:
        # One call for the batch's events, in document order: fusion compares each event with the stored
        # incidents and with those the batch made or changed before it, as one document at a time would.
        fusion.assign(IncidentTable(conn), event_ids)


def delete_extraction(conn: Connection, doc_id: int, fusion: Optional[Fusion]) -> None:
    touched = set(conn.scalars(select(events.c.incident_id).where(events.c.document_id == doc_id,
                                                                   events.c.incident_id.is_not(None))))
    for table in (provenance, events, places, actors, claims, flags):
        conn.execute(delete(table).where(table.c.document_id == doc_id))
    if fusion is not None:
        fusion.refresh(IncidentTable(conn), touched)
