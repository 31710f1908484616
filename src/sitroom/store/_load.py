"""PostgreSQL's bulk path, safe for several loaders at once.

A batch's transaction writes in two parts:

1. **In parallel with other loaders**: the ids of the batch's new documents and of every record row are
   drawn from the sequences, and the mention rows (places, actors, claims, flags) and every provenance
   row are sent with COPY. These tables have no foreign key and no trigger on PostgreSQL (0013), so
   nothing here waits for another transaction.
2. **One loader at a time** (:func:`serialise`, a transaction-level advisory lock held to commit): the
   documents are sent with COPY (a text another loader stored meanwhile is found first, and the rows
   written for it in part 1 are deleted), the events are fused against every
   incident committed before, and inserted. This is where the shared rows are written: the incidents,
   the roll-ups the triggers on ``documents`` and ``events`` upsert. Taking them one writer at a time
   means no deadlock (a loader holds no shared row when it waits) and fusion as one writer would do it:
   two loaders never both create an incident for the same event. Every other writer of documents or
   events (one document at a time, re-extraction, the incidents' rebuild) takes the same lock.
"""

from __future__ import annotations

from typing import Optional

from sqlalchemy import Connection, delete, select, text

from . import _copy
from ._write import PROVENANCE_COLS, KindRows, copy_kind, only, outcomes, provenance_data, stored_and_new
from .incidents import Fusion, IncidentTable
from .schema import actors, claims, documents, flags, places, provenance

# The advisory lock every writer of documents, events and incidents holds to its commit (any number
# that no other application on the database uses; advisory locks are per database).
WRITE_LOCK = 0x5174_0001


def serialise(conn: Connection) -> None:
    """Wait for, then hold to the end of the transaction, the store's write lock (PostgreSQL; SQLite
    takes its one write lock when the transaction begins)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})"))


def insert_batch(conn: Connection, values: list[dict], records: list[KindRows],
                 fusion: Optional[Fusion]) -> list[tuple[int, bool]]:
    """Store a batch's documents (``values``, in order) and their records (keyed by position), in the
    caller's transaction; (id, stored by this call) per document, in order."""
    known, new = stored_and_new(conn, values)
    kept = only(records, set(new))
    drawn = _copy.draw_ids(conn, [(documents, len(new))] + [(k.table, len(k.rows)) for k in kept if k.rows])
    doc_ids = dict(zip(new, drawn[0]))
    ids_of = dict(zip([k.kind for k in kept if k.rows], drawn[1:]))
    # Part 1, beside other loaders: the mention rows and every provenance row.
    prov: list[bytes] = []
    for k in kept:
        if k.rows:
            if k.kind != "event":
                copy_kind(conn, k, ids_of[k.kind], doc_ids)
            prov.append(provenance_data(k, ids_of[k.kind], doc_ids))
    _copy.copy_data(conn, provenance, PROVENANCE_COLS, b"".join(prov))
    doc_cols = list(values[new[0]]) if new else []
    as_json = _copy.json_columns(documents, doc_cols)
    doc_lines = {k: f"{doc_ids[k]}\t{_copy.line(values[k].values(), as_json)}" for k in new}
    # Part 2, one loader at a time: the documents, fusion, the events.
    serialise(conn)
    # Texts another loader stored since the look-up above (committed: it held the lock until then).
    taken = set(conn.execute(select(documents.c.content_hash).where(
        documents.c.content_hash.in_([values[k]["content_hash"] for k in new]))).scalars()) if new else set()
    lost = [k for k in new if values[k]["content_hash"] in taken]
    if len(lost) < len(new):
        # COPY: a writer that took no lock storing one of these texts meanwhile makes it fail on the
        # unique content hash, and the batch is stored one document at a time instead.
        _copy.copy_lines(conn, documents, ["id", *doc_cols], [doc_lines[k] for k in new if k not in lost])
    if lost:
        gone = [doc_ids[k] for k in lost]
        for table in (places, actors, claims, flags, provenance):
            conn.execute(delete(table).where(table.c.document_id.in_(gone)))
        again = [values[k]["content_hash"] for k in lost]
        known.update({h: (i, uri) for h, i, uri in conn.execute(
            select(documents.c.content_hash, documents.c.id, documents.c.uri)
            .where(documents.c.content_hash.in_(again)))})
        new = [k for k in new if k not in set(lost)]
        ev = only([kept[-1]], set(new))[0]
        event_ids = [i for i, key in zip(ids_of.get("event", []), kept[-1].keys) if key in set(new)]
    else:
        ev, event_ids = kept[-1], ids_of.get("event", [])
    if ev.rows:
        incident_of: list[Optional[int]] = [None] * len(ev.rows)
        if fusion is not None:
            fields = [{**row, "published": values[key]["published"]} for key, row in zip(ev.keys, ev.rows)]
            incident_of = fusion.place(IncidentTable(conn), fields)
        copy_kind(conn, ev, event_ids, doc_ids, incident_of)
    known.update({values[k]["content_hash"]: (doc_ids[k], values[k]["uri"]) for k in new})
    return outcomes(conn, values, known, {values[k]["content_hash"] for k in new})
