"""Writing a document's records: rows, provenance, and the fusion hook, inside the caller's transaction."""

from __future__ import annotations

from typing import Optional

from sqlalchemy import Connection, delete, insert, select

from ..records import Extraction
from . import _rows
from .incidents import Fusion, IncidentTable
from .schema import actors, claims, duplicates, events, flags, places, provenance


def log_duplicate(conn: Connection, uri: str, document_id: int) -> None:
    seen = conn.scalar(select(duplicates.c.id).where(duplicates.c.uri == uri, duplicates.c.document_id == document_id))
    if seen is None:
        conn.execute(insert(duplicates).values(uri=uri, document_id=document_id, at=_rows.now_iso()))


def _insert_many(conn: Connection, table, rows: list[dict]) -> list[int]:
    """Insert rows and return their ids in order."""
    if not rows:
        return []
    result = conn.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows)
    return list(result.scalars())


def write_extraction(conn: Connection, doc_id: int, x: Extraction, fusion: Optional[Fusion]) -> None:
    """Insert every record of ``x`` for document ``doc_id``, with provenance; ``fusion`` fuses its events."""
    prov: list[dict] = []

    def add(kind: str, table, records, to_values, span):
        rows = [{**to_values(r), "document_id": doc_id} for r in records]
        for rid, r in zip(_insert_many(conn, table, rows), records):
            sentence, start, end, extractor = span(r)
            prov.append({"document_id": doc_id, "record_kind": kind, "record_id": rid, "sentence": sentence,
                         "start": start, "end": end, "extractor": extractor,
                         "extractor_version": x.extractor_version})
        return rows

    mention = lambda r: (r.sentence, r.start, r.end, r.extractor)
    add("place", places, x.places, _rows.place_values, mention)
    add("actor", actors, x.actors, _rows.actor_values, mention)
    add("claim", claims, x.claims, _rows.claim_values, mention)
    add("flag", flags, x.flags, _rows.flag_values, mention)
    event_rows = [{**_rows.event_values(e), "document_id": doc_id} for e in x.events]
    event_ids = _insert_many(conn, events, event_rows)
    for rid, e in zip(event_ids, x.events):
        prov.append({"document_id": doc_id, "record_kind": "event", "record_id": rid,
                     "sentence": e.evidence.sentence, "start": e.evidence.start, "end": e.evidence.end,
                     "extractor": e.extractor, "extractor_version": x.extractor_version})
    if prov:
        conn.execute(insert(provenance), prov)
    if fusion is not None:
        fusion.assign(IncidentTable(conn), event_ids)


def delete_extraction(conn: Connection, doc_id: int, fusion: Optional[Fusion]) -> None:
    touched = set(conn.scalars(select(events.c.incident_id).where(events.c.document_id == doc_id,
                                                                   events.c.incident_id.is_not(None))))
    for table in (provenance, events, places, actors, claims, flags):
        conn.execute(delete(table).where(table.c.document_id == doc_id))
    if fusion is not None:
        fusion.refresh(IncidentTable(conn), touched)
