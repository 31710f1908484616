"""Writing a document's records: rows, provenance, and the fusion hook, inside the caller's transaction."""

from __future__ import annotations

from typing import Any, NamedTuple, Optional

from sqlalchemy import Connection, delete, func, insert, select

from ..records import Extraction
from . import _copy, _rows
from .incidents import Fusion, IncidentTable
from .schema import actors, claims, documents, duplicates, events, flags, places, provenance


def log_duplicate(conn: Connection, uri: str, document_id: int) -> None:
    seen = conn.scalar(select(duplicates.c.id).where(duplicates.c.uri == uri, duplicates.c.document_id == document_id))
    if seen is None:
        conn.execute(insert(duplicates).values(uri=uri, document_id=document_id, at=_rows.now_iso()))


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


def _reuse_event_ids(conn: Connection, new_keys: list[EventKey], new_ids: list[int],
                     old: dict[EventKey, list[int]]) -> dict[int, int]:
    """Give new events the ids of the old events they repeat (the old rows are deleted); new id -> final id.

    SQLite hands out max(id) + 1, so a new event may sit on a deleted event's id: one that repeats no
    old event is moved above every id, so that no link reaches another event than it named.
    """
    free = {k: list(v) for k, v in old.items()}
    moved: dict[int, int] = {}
    for new_id, key in zip(new_ids, new_keys):
        ids = free.get(key)
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


class KindRows(NamedTuple):
    """One kind of record of a batch's extractions, built before the documents have ids: per row, its
    document's key (the caller's: an id, or a position in the batch), its values (without id and
    document), and its provenance (extractor version, sentence, start, end, extractor). On PostgreSQL
    also the COPY text of each row (the columns ``cols``, put after the id, the document and for events
    the incident) and of its provenance row's span (``tails``: what follows the record's id)."""

    kind: str
    table: Any
    keys: list[Any]
    rows: list[dict]
    lines: Optional[list[bytes]]
    spans: list[tuple]
    cols: list[str] = []
    tails: Optional[list[bytes]] = None


_MENTION = lambda r: (r.sentence, r.start, r.end, r.extractor)  # noqa: E731
_EVIDENCE = lambda e: (e.evidence.sentence, e.evidence.start, e.evidence.end, e.extractor)  # noqa: E731
_KINDS = [("place", places, "place_values", "places", _MENTION),
          ("actor", actors, "actor_values", "actors", _MENTION),
          ("claim", claims, "claim_values", "claims", _MENTION),
          ("flag", flags, "flag_values", "flags", _MENTION),
          ("event", events, "event_values", "events", _EVIDENCE)]


def build_records(items: list[tuple[Any, Extraction]], pg: bool) -> list[KindRows]:
    """The rows of ``items`` ((document key, extraction)), touching no database: the bulk path builds a
    batch's rows while the database writes the batch before."""
    out = []
    for kind, table, builder, attr, span in _KINDS:
        to_values = getattr(_rows, builder)  # looked up each time: a test may replace it
        keys, rows, spans = [], [], []
        for key, x in items:
            for r in getattr(x, attr):
                keys.append(key)
                rows.append(to_values(r, pg))
                spans.append((x.extractor_version, *span(r)))
        lines, cols, tails = None, [], None
        if pg and rows:
            cols, lines = _copy.encode_rows(table, rows)
            tails = _provenance_tails(spans)
        out.append(KindRows(kind, table, keys, rows, lines, spans, cols, tails))
    return out


def _provenance_tails(spans: list[tuple]) -> list[bytes]:
    # A provenance row's columns after its record id as COPY text, the two names escaped once per
    # distinct value (a few per batch).
    names: dict[Any, str] = {}

    def name(v) -> str:
        out = names.get(v)
        if out is None:
            out = names[v] = _copy.field(v)
        return out

    null = _copy.NULL
    return [f"\t{null if sentence is None else sentence}\t{null if start is None else start}\t"
            f"{null if end is None else end}\t{name(extractor)}\t{name(version)}\n".encode("utf-8")
            for version, sentence, start, end, extractor in spans]


PROVENANCE_COLS = ["document_id", "record_kind", "record_id", "sentence", "start", "end", "extractor",
                   "extractor_version"]


def provenance_data(k: KindRows, ids: list[int], doc_ids: dict[Any, int]) -> bytes:
    """The COPY text of the provenance rows of ``k``'s rows (PostgreSQL), given their ids and documents."""
    kind = k.kind
    return b"".join([f"{doc_ids[key]}\t{kind}\t{rid}".encode() + tail
                     for rid, key, tail in zip(ids, k.keys, k.tails)])


def only(built: list[KindRows], keys) -> list[KindRows]:
    """The rows of ``built`` whose document key is in ``keys`` (the documents a batch really stores)."""
    out = []
    for k in built:
        if all(key in keys for key in k.keys):
            out.append(k)
            continue
        rows = [i for i, key in enumerate(k.keys) if key in keys]

        def pick(values):
            return None if values is None else [values[i] for i in rows]

        out.append(KindRows(k.kind, k.table, pick(k.keys), pick(k.rows), pick(k.lines), pick(k.spans), k.cols,
                            pick(k.tails)))
    return out


def copy_kind(conn: Connection, k: KindRows, ids: list[int], doc_ids: dict[Any, int],
              incident_of: Optional[list[Optional[int]]] = None) -> None:
    """COPY one kind's rows (PostgreSQL) with their ids, documents and, for events, incidents."""
    if k.kind == "event":
        cols = ["id", "document_id", "incident_id", *k.cols]
        data = b"".join([f"{i}\t{doc_ids[key]}\t{_copy.NULL if inc is None else inc}\t".encode() + rest
                         for i, key, inc, rest in zip(ids, k.keys, incident_of or [None] * len(ids), k.lines)])
    else:
        cols = ["id", "document_id", *k.cols]
        data = b"".join([f"{i}\t{doc_ids[key]}\t".encode() + rest for i, key, rest in zip(ids, k.keys, k.lines)])
    _copy.copy_data(conn, k.table, cols, data)


def stored_and_new(conn: Connection, values: list[dict]) -> tuple[dict[str, tuple[int, str]], list[int]]:
    """For a batch's document rows: (content hash -> (id, input name) of the stored documents among them,
    positions of the documents to store: the first of each text not stored yet)."""
    hashes = list({v["content_hash"] for v in values})
    known = {h: (i, uri) for h, i, uri in conn.execute(
        select(documents.c.content_hash, documents.c.id, documents.c.uri)
        .where(documents.c.content_hash.in_(hashes)))} if hashes else {}
    new, seen = [], set(known)
    for k, v in enumerate(values):
        if v["content_hash"] not in seen:
            seen.add(v["content_hash"])
            new.append(k)
    return known, new


def outcomes(conn: Connection, values: list[dict], known: dict[str, tuple[int, str]],
             stored: set[str]) -> list[tuple[int, bool]]:
    """(id, stored by this call) for each document of a batch, in order: ``known`` maps every content hash
    to (id, input name) of its stored document, ``stored`` holds the hashes this batch stored. An input
    repeating a stored text under another name is logged as a duplicate, as one at a time does."""
    out, fresh = [], set(stored)
    for v in values:
        h = v["content_hash"]
        doc_id, uri = known[h]
        if h in fresh:
            fresh.discard(h)
            out.append((doc_id, True))
            continue
        if uri != v["uri"]:
            log_duplicate(conn, v["uri"], doc_id)
        out.append((doc_id, False))
    return out


def write_extractions(conn: Connection, items: list[tuple[int, Extraction]], fusion: Optional[Fusion],
                      keep_ids: Optional[dict[EventKey, list[int]]] = None) -> None:
    """Insert the records of several documents' extractions, with provenance, a few statements for all
    of them (the bulk path). ``keep_ids`` as for :func:`write_extraction` (one document only)."""
    pg = conn.dialect.name == "postgresql"
    write_records(conn, build_records(items, pg), {doc_id: doc_id for doc_id, _x in items}, fusion, keep_ids)


def write_records(conn: Connection, built: list[KindRows], doc_ids: dict[Any, int], fusion: Optional[Fusion],
                  keep_ids: Optional[dict[EventKey, list[int]]] = None) -> None:
    """Insert rows made by :func:`build_records` for the documents ``doc_ids`` (document key -> id; rows
    of other keys are left out), with provenance. On PostgreSQL the ids are drawn in one round trip and
    every table's rows sent with COPY. ``fusion`` fuses the documents' events in order, as one at a time
    would, before they are inserted, so each goes in with its incident (no second write of each event)."""
    pg = conn.dialect.name == "postgresql"
    kept = only(built, doc_ids)
    ev = kept[-1]
    incident_of: list[Optional[int]] = [None] * len(ev.rows)
    if fusion is not None and ev.rows:
        published = dict(conn.execute(select(documents.c.id, documents.c.published)
                                      .where(documents.c.id.in_({doc_ids[key] for key in ev.keys}))).all())
        fields = [{**row, "published": published.get(doc_ids[key])} for key, row in zip(ev.keys, ev.rows)]
        incident_of = fusion.place(IncidentTable(conn), fields)
    drawn = iter(_copy.draw_ids(conn, [(k.table, len(k.rows)) for k in kept if k.rows]) if pg else ())
    prov: list[dict] = []
    prov_data: list[bytes] = []
    event_ids: list[int] = []
    for k in kept:
        if not k.rows:
            continue
        if pg:
            ids = next(drawn)
            copy_kind(conn, k, ids, doc_ids, incident_of)
        else:
            rows = [{**row, "document_id": doc_ids[key]} for key, row in zip(k.keys, k.rows)]
            if k.kind == "event":
                for row, inc in zip(rows, incident_of):
                    row["incident_id"] = inc
            ids = list(conn.execute(insert(k.table).returning(k.table.c.id, sort_by_parameter_order=True), rows).scalars())
        if k.kind == "event":
            event_ids = ids
        if pg and not keep_ids:
            prov_data.append(provenance_data(k, ids, doc_ids))
            continue
        for rid, key, (version, sentence, start, end, extractor) in zip(ids, k.keys, k.spans):
            prov.append({"document_id": doc_ids[key], "record_kind": k.kind, "record_id": rid, "sentence": sentence,
                         "start": start, "end": end, "extractor": extractor, "extractor_version": version})
    if keep_ids and event_ids:
        assert len(doc_ids) == 1, "keep_ids is for one document's re-extraction"
        new_keys = [(sentence, start, end, row["event_type"]) for (_v, sentence, start, end, _x), row in zip(ev.spans, ev.rows)]
        moved = _reuse_event_ids(conn, new_keys, event_ids, keep_ids)
        for row in prov:
            if row["record_kind"] == "event":
                row["record_id"] = moved.get(row["record_id"], row["record_id"])
    if prov_data:
        _copy.copy_data(conn, provenance, PROVENANCE_COLS, b"".join(prov_data))
    if prov and pg:
        _copy.copy_rows(conn, provenance, prov)
    elif prov:
        conn.execute(insert(provenance), prov)


def delete_extraction(conn: Connection, doc_id: int, fusion: Optional[Fusion]) -> None:
    touched = set(conn.scalars(select(events.c.incident_id).where(events.c.document_id == doc_id,
                                                                   events.c.incident_id.is_not(None))))
    for table in (provenance, events, places, actors, claims, flags):
        conn.execute(delete(table).where(table.c.document_id == doc_id))
    if fusion is not None:
        fusion.refresh(IncidentTable(conn), touched)
