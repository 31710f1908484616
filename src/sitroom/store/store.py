"""The Store: the one class through which sitroom reads and writes its database.

Writes are atomic per document: a document and everything extracted from it go
in one transaction, or nothing does, so a killed ingest leaves no half-written
document behind and a re-run picks up where it stopped (``add_document`` is
idempotent on the content hash). SQLite takes one writer at a time (WAL) and any
number of readers; PostgreSQL any number of readers and several writers, the bulk
path's loaders writing their rows side by side and their documents, events and
incidents one at a time (see :mod:`._load`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Iterator, NamedTuple, Optional

from sqlalchemy import Engine, and_, delete, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from ..errors import StoreError
from ..records import DocumentIn, Extraction, Published, SourceDocument
from . import _load, _rows
from ._write import (
    build_records, delete_extraction, event_keys, log_duplicate, outcomes, stored_and_new, write_extraction, write_records,
)
from .incidents import Fusion, IncidentTable
from .reads import STREAM_CHUNK, StoreReads
from ._db_errors import wrap_public
from ._stream import rows_by_id
from .schema import documents, events, failures, incidents

if TYPE_CHECKING:
    from .feeds import FeedTable


def _one_line(exc: Exception) -> str:
    """An error as one line: its type and first line (as ingest reports them)."""
    detail = str(exc).splitlines()[0] if str(exc) else "no detail"
    return f"{type(exc).__name__}: {detail}"


class _Prepared(NamedTuple):
    """A batch's rows built before its transaction: document values, and record rows keyed by position."""

    values: list[dict]
    records: list


class StoreOutcome(NamedTuple):
    """What storing one document of a batch did: its id (None when it could not be stored), whether this
    call stored it (False: stored before), and the one-line reason it failed."""

    id: Optional[int]
    created: bool
    error: Optional[str] = None


class Store(StoreReads):
    """sitroom's database. Build it with :func:`sitroom.api.open_store` (with fusion into incidents) or
    :func:`sitroom.store.open_store` (``fusion`` given or not).

    The store persists and queries; it decides nothing. ``fusion``, when given, is called inside each
    write transaction to keep the incidents table current (see :mod:`sitroom.store.incidents`).
    """

    def __init__(self, engine: Engine, fusion: Optional[Fusion] = None):
        self.engine = engine
        self.fusion = fusion
        # Writes take the SQLite write lock up front (see engine._sqlite_engine).
        self._writer = engine.execution_options(sitroom_write=True)

    @property
    def feeds(self) -> "FeedTable":
        """What `sitroom watch` remembers: the feeds polled and the items handled."""
        from .feeds import FeedTable

        return FeedTable(self.engine, self._writer)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        if self.engine.dialect.name == "sqlite":
            # Let SQLite refresh its planner statistics (cheap; what its docs advise on close).
            try:
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA optimize")
            except Exception:  # a read-only or busy database must still close
                pass
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- writing -------------------------------------------------------------------------

    def find_by_hash(self, content_hash: str) -> Optional[int]:
        """The id of the stored document with this content hash, if any."""
        with self.engine.connect() as conn:
            return conn.scalar(select(documents.c.id).where(documents.c.content_hash == content_hash))

    def find_stored(self, content_hash: str) -> Optional[tuple[int, str]]:
        """(id, input name) of the stored document with this content hash, if any."""
        with self.engine.connect() as conn:
            row = conn.execute(select(documents.c.id, documents.c.uri)
                               .where(documents.c.content_hash == content_hash)).first()
        return (row.id, row.uri) if row is not None else None

    def add_document(self, src: SourceDocument, published: Published, language: Optional[str],
                     extraction: Optional[Extraction], *, signature: Optional[bytes] = None,
                     duplicate_of: Optional[int] = None) -> int:
        """Store a document and everything extracted from it in one transaction; return its id.

        If a document with the same content hash is stored already, return its id and store
        nothing (an input other than the stored one is logged as an exact duplicate).
        """
        return self.insert_document(src, published, language, extraction, signature=signature,
                                    duplicate_of=duplicate_of)[0]

    def insert_document(self, src: SourceDocument, published: Published, language: Optional[str],
                        extraction: Optional[Extraction], *, signature: Optional[bytes] = None,
                        duplicate_of: Optional[int] = None) -> tuple[int, bool]:
        """Like :meth:`add_document`; return (id, whether this call stored it), so that two runs storing
        the same documents at once do not both count them."""
        values = _rows.document_values(src, published, language, extraction, signature, duplicate_of)
        try:
            with self._writer.begin() as conn:
                _load.serialise(conn)  # one writer of documents and incidents at a time (see _load)
                existing = conn.execute(select(documents.c.id, documents.c.uri)
                                        .where(documents.c.content_hash == values["content_hash"])).first()
                if existing is not None:
                    if existing.uri != src.uri:
                        log_duplicate(conn, src.uri, existing.id)
                    return existing.id, False
                doc_id = conn.execute(insert(documents).values(values)).inserted_primary_key[0]
                if extraction is not None:
                    write_extraction(conn, doc_id, extraction, self.fusion)
                return doc_id, True
        except IntegrityError:
            # Another writer stored the same text between our check and our insert.
            found = self.find_by_hash(values["content_hash"])
            if found is None:
                raise
            return found, False

    def add_documents(self, batch: list[tuple]) -> list[int]:
        """Store several documents with their extractions in one transaction (all or none): the bulk path
        for loading extraction results (COPY on PostgreSQL, one fusion pass for the batch). Items are
        ``(src, published, language, extraction)``, optionally followed by ``signature, duplicate_of``.
        Return the ids in order. A document whose content hash is stored already (or earlier in the
        batch) is not stored again: its id is the stored one, as with :meth:`add_document`.
        """
        return [i for i, _created in self._insert_batch(batch)]

    def store_documents(self, batch: list[tuple], prepared: Optional[_Prepared] = None) -> list[StoreOutcome]:
        """Store a batch as :meth:`add_documents` does; if the batch fails (one document the database
        refuses, a concurrent writer), store its documents one transaction each instead, so the bad
        one is named by its error and the others are stored. One outcome per item, in order.
        ``prepared``: the batch's rows built beforehand (:meth:`store_batches`)."""
        try:
            return [StoreOutcome(i, created) for i, created in self._insert_batch(batch, prepared)]
        except Exception:  # noqa: BLE001  each document again on its own, to find the one at fault
            pass
        out = []
        for item in batch:
            src, published, language, extraction, *more = item
            signature, duplicate_of = (more + [None, None])[:2]
            try:
                out.append(StoreOutcome(*self.insert_document(src, published, language, extraction,
                                                              signature=signature, duplicate_of=duplicate_of)))
            except Exception as exc:  # noqa: BLE001  this document is not stored; the others go on
                out.append(StoreOutcome(None, False, _one_line(exc)))
        return out

    def store_batches(self, batches: Iterable[list[tuple]]) -> Iterator[list[StoreOutcome]]:
        """:meth:`store_documents` for each batch in turn, yielding its outcomes; each batch's rows are
        built in a second thread while the database writes the batch before (when loading extraction
        results, the client's Python and the database server then work at the same time, on two cores)."""
        from concurrent.futures import ThreadPoolExecutor

        pending = iter(batches)
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sitroom-prepare") as pool:
            batch = next(pending, None)
            ready = pool.submit(self._prepare, batch) if batch is not None else None
            while batch is not None:
                following = next(pending, None)
                try:
                    prepared = ready.result()
                except Exception:  # noqa: BLE001  store_documents builds the rows again and names the document at fault
                    prepared = None
                ready = pool.submit(self._prepare, following) if following is not None else None
                yield self.store_documents(batch, prepared)
                batch = following

    def _prepare(self, batch: list[tuple]) -> _Prepared:
        """A batch's document rows and record rows (keyed by position in the batch), touching no database."""
        values = [_rows.document_values(src, pub, lang, x, *(list(more) + [None, None])[:2])
                  for src, pub, lang, x, *more in batch]
        records = build_records([(k, item[3]) for k, item in enumerate(batch) if item[3] is not None],
                                self.engine.dialect.name == "postgresql")
        return _Prepared(values, records)

    def _insert_batch(self, batch: list[tuple], prepared: Optional[_Prepared] = None) -> list[tuple[int, bool]]:
        values, records = prepared or self._prepare(batch)
        with self._writer.begin() as conn:
            if conn.dialect.name == "postgresql":  # safe for several loaders at once
                return _load.insert_batch(conn, values, records, self.fusion)
            known, positions = stored_and_new(conn, values)
            new = [(k, values[k]) for k in positions]
            ids = list(conn.execute(insert(documents).returning(documents.c.id, documents.c.content_hash,
                                                                sort_by_parameter_order=True),
                                    [v for _k, v in new]).all()) if new else []
            known.update({h: (i, v["uri"]) for (i, h), (_k, v) in zip(ids, new)})
            write_records(conn, records, {k: i for (i, _h), (k, _v) in zip(ids, new)}, self.fusion)
            return outcomes(conn, values, known, {h for _i, h in ids})

    def replace_extractions(self, batch: list[tuple[int, Extraction]]) -> list[Optional[str]]:
        """:meth:`replace_extraction` for several documents in one transaction (the bulk path); if the batch
        fails, one transaction per document instead. For each item: None when replaced, else the reason."""
        try:
            self._replace_batch(batch)
            return [None] * len(batch)
        except Exception:  # noqa: BLE001  each document again on its own, to find the one at fault
            pass
        out: list[Optional[str]] = []
        for doc_id, extraction in batch:
            try:
                self.replace_extraction(doc_id, extraction)
                out.append(None)
            except Exception as exc:  # noqa: BLE001  this document keeps its old records; the others go on
                out.append(_one_line(exc))
        return out

    def _replace_batch(self, batch: list[tuple[int, Extraction]]) -> None:
        # Document after document as replace_extraction does (an old event leaves its incident before the
        # next document's new ones are fused), in one transaction.
        with self._writer.begin() as conn:
            _load.serialise(conn)
            for doc_id, extraction in batch:
                self._replace(conn, doc_id, extraction)

    def record_duplicate(self, uri: str, document_id: int) -> None:
        """Log that input ``uri`` was skipped as an exact duplicate of a stored document."""
        with self._writer.begin() as conn:
            log_duplicate(conn, uri, document_id)

    def replace_extraction(self, doc_id: int, extraction: Extraction) -> None:
        """Swap a document's extracted records for ``extraction``'s, in one transaction."""
        with self._writer.begin() as conn:
            _load.serialise(conn)
            self._replace(conn, doc_id, extraction)

    def _replace(self, conn, doc_id: int, extraction: Extraction) -> None:
        keep_ids = event_keys(conn, doc_id)
        delete_extraction(conn, doc_id, self.fusion)
        conn.execute(update(documents).where(documents.c.id == doc_id).values(
            extractor_version=extraction.extractor_version, extraction_error=extraction.error,
            language=extraction.language, **_rows.published_values(extraction.published)))
        write_extraction(conn, doc_id, extraction, self.fusion, keep_ids)

    def record_failure(self, source: str, reason: str) -> None:
        """Remember an input that could not be read (shown by `sitroom stats`); once per source and reason."""
        with self._writer.begin() as conn:
            seen = conn.scalar(select(failures.c.id).where(failures.c.source == source, failures.c.reason == reason))
            if seen is None:
                conn.execute(insert(failures).values(source=source, reason=reason, at=_rows.now_iso()))

    def clear_failures(self, sources: list[str]) -> int:
        """Forget the failures recorded for ``sources``, inputs now stored: `sitroom stats` lists the
        failures that still stand. Returns how many were cleared."""
        if not sources:
            return 0
        with self._writer.begin() as conn:
            n = 0
            for i in range(0, len(sources), 500):  # within every back end's limit on bound parameters
                n += conn.execute(delete(failures).where(failures.c.source.in_(sources[i:i + 500]))).rowcount or 0
            return n

    def rebuild_incidents(self) -> int:
        """Re-fuse every event into incidents from scratch (after re-extraction); return the count."""
        if self.fusion is None:
            raise StoreError(f"{self.url}: this store was opened without fusion; open it with sitroom.api.open_store")
        with self._writer.begin() as conn:
            _load.serialise(conn)
            conn.execute(update(events).values(incident_id=None))
            conn.execute(delete(incidents))
            ids = list(conn.scalars(select(events.c.id).order_by(events.c.date_start.asc().nulls_last(), events.c.id)))
            self.fusion.rebuild(IncidentTable(conn), ids)
            return conn.scalar(select(func.count()).select_from(incidents)) or 0

    # --- reading documents -----------------------------------------------------------------

    def signatures(self) -> Iterator[tuple[int, bytes]]:
        """(document id, MinHash signature) of every stored document that has one, each once, as stored
        when the scan began (see :func:`._stream.rows_by_id`)."""
        stmt = select(documents.c.id, documents.c.signature).where(documents.c.signature.is_not(None))
        for row in rows_by_id(self.engine, stmt, documents.c.id, STREAM_CHUNK):
            yield row.id, bytes(row.signature)

    def documents_needing_extraction(self, version: str) -> Iterator[tuple[int, DocumentIn]]:
        """English documents whose stored extraction was made by another pipeline version, and documents
        whose extraction failed (whatever the version: the failure may have been passing, and a document
        that failed before its language was read has none stored). Each document due when the scan began
        is yielded once, however other loaders store meanwhile (see :func:`._stream.rows_by_id`)."""
        d = documents.c
        due = or_(and_(d.extractor_version != version, d.language == "en"), d.extraction_error.is_not(None))
        stmt = select(d.id, d.text, d.title, d.url, d.source, d.published, d.published_source).where(due)
        for r in rows_by_id(self.engine, stmt, d.id, STREAM_CHUNK):
            # Only a date the metadata gave is passed on; inferred ones are inferred afresh.
            given = r.published if r.published_source in ("metadata", "given") else None
            yield r.id, DocumentIn(id=str(r.id), text=r.text, title=r.title, url=r.url, source=r.source,
                                   published=given)


wrap_public(Store)  # every public method reports database failures as StoreError
