"""The store's queries: documents, events, places, actors, claims, incidents and the summary, as typed
rows (:mod:`.models`). :class:`~.store.Store` inherits them."""

from __future__ import annotations

from typing import Iterator, Optional

from sqlalchemy import distinct, func, select

from ..records import Published
from . import _rows
from .fused_models import IncidentRow
from .models import (
    ActorSummary, ClaimFilter, ClaimRow, DocumentRow, DocumentView, EventFilter, EventRow,
    FailureRow, PlaceSummary, Summary,
)
from .queries import claim_conditions, event_conditions, event_order, needs_documents, reporting_documents
from .counts import EventCounts
from .incidents import count_incidents, load_incidents
from .names import name_sets
from ._db_errors import wrap_public
from ._stream import snapshot_rows
from .schema import (
    actors, claims, document_counts, documents, duplicates, events, failures, flags, incidents, places,
)

# Documents read per round trip when streaming (signatures, re-extraction).
STREAM_CHUNK = 500
# The columns an EventRow is read from: not the JSON copy, not the search keys.
_EVENT_ROW_COLUMNS = [c for c in events.c if c.name != "data" and not c.name.endswith("_key")] + [
    # Kept only in the record (no column to filter on): how a figure was read (Event.fatalities_note).
    events.c.data["fatalities_note"].as_string().label("fatalities_note")]


class StoreReads(EventCounts):
    """Read queries over ``self.engine`` (set by :class:`~.store.Store`); the counts in counts.py."""

    def document(self, doc_id: int) -> Optional[DocumentView]:
        """A document with all its records, or None."""
        with self.engine.connect() as conn:
            r = conn.execute(select(documents).where(documents.c.id == doc_id)).mappings().first()
            if r is None:
                return None
            doc = _rows.document_row({**r, "events": conn.scalar(
                select(func.count()).select_from(events).where(events.c.document_id == doc_id))})
            by_doc = lambda t: conn.execute(select(t).where(t.c.document_id == doc_id).order_by(t.c.id)).mappings()
            view = DocumentView(
                document=doc, text=r["text"],
                published=Published(value=r["published"], source=r["published_source"],
                                    inferred=r["published_inferred"], note=r["published_note"]),
                places=[_rows.place_row(p) for p in by_doc(places)],
                actors=[_rows.actor_row(a) for a in by_doc(actors)],
                flags=[_rows.flag_row(f) for f in by_doc(flags)],
            )
        view.events = self.events(EventFilter(document_id=doc_id), limit=None, sort="evidence")
        view.claims = self.claims(ClaimFilter(document_id=doc_id), limit=None)
        return view

    def documents(self, limit: Optional[int] = 50, offset: int = 0, q: Optional[str] = None,
                  events_filter: Optional[EventFilter] = None) -> list[DocumentRow]:
        """Stored documents, newest publication first; ``q`` is a substring of the title, URL, source,
        path or text, in any case; ``events_filter`` keeps the documents that report an event matching it."""
        d = documents.c
        n_events = select(func.count()).where(events.c.document_id == d.id).scalar_subquery().label("events")
        stmt = select(*[c for c in documents.c if c.name not in ("text", "signature")], n_events)
        if q:
            stmt = stmt.where(d.title.icontains(q, autoescape=True) | d.url.icontains(q, autoescape=True)
                              | d.source.icontains(q, autoescape=True) | d.uri.icontains(q, autoescape=True)
                              | d.text.icontains(q, autoescape=True))
        stmt = stmt.where(*reporting_documents(d.id, events_filter, self.engine.dialect.name))
        stmt = stmt.order_by(d.published.desc().nulls_last(), d.id.desc()).offset(offset).limit(limit)
        with self.engine.connect() as conn:
            return [_rows.document_row(r) for r in conn.execute(stmt).mappings()]

    def documents_published(self, since: Optional[str], until: Optional[str]) -> list[DocumentRow]:
        """Documents published from ``since`` to ``until`` (ISO dates, inclusive; None: open), oldest first,
        without their text (for the morning brief)."""
        d = documents.c
        stmt = select(*[c for c in documents.c if c.name not in ("text", "signature")]).where(d.published.is_not(None))
        if since:
            stmt = stmt.where(d.published >= since)
        if until:
            stmt = stmt.where(d.published <= until)
        with self.engine.connect() as conn:
            return [_rows.document_row(r) for r in conn.execute(stmt.order_by(d.published, d.id)).mappings()]

    # --- reading events --------------------------------------------------------------------

    def _event_select(self, *cols, join: bool = True):
        if not join:
            return select(*cols).select_from(events)
        return select(*cols).select_from(events.join(documents, events.c.document_id == documents.c.id))

    def _conditions(self, f: Optional[EventFilter]) -> list:
        dialect = self.engine.dialect.name
        names = None
        if self.use_rollup and f is not None and (f.actor or f.place or f.source):  # by the names they match (names.py)
            with self.engine.connect() as conn:
                names = name_sets(conn, f, dialect)
        return event_conditions(f, dialect, names=names)

    def events(self, f: Optional[EventFilter] = None, limit: Optional[int] = 100, offset: int = 0,
               sort: str = "-date") -> list[EventRow]:
        """Events matching ``f``, sorted (``-date``, ``confidence``, ``-fatalities``...), one page."""
        stmt = self._event_rows_select(f).order_by(*event_order(sort)).offset(offset).limit(limit)
        with self.engine.connect() as conn:
            return _rows.event_rows(conn.execute(stmt))

    def _event_rows_select(self, f: Optional[EventFilter]):
        return (self._event_select(*_EVENT_ROW_COLUMNS, documents.c.title.label("document_title"),
                                   documents.c.url.label("document_url"),
                                   documents.c.published.label("document_published"),
                                   documents.c.published_source.label("document_published_source"),
                                   documents.c.published_inferred.label("document_published_inferred"),
                                   documents.c.published_note.label("document_published_note"),
                                   documents.c.source.label("document_source"))
                .where(*self._conditions(f)))

    def event_points(self, f: Optional[EventFilter] = None, limit: Optional[int] = 50_000) -> list[tuple]:
        """Located events matching ``f`` as ``(id, lat, lon, event_type, fatalities, date_start)``, newest first.

        One six-column query and plain tuples, no row models: the map asks for tens of
        thousands of points at once, and building an EventRow for each costs 10x the query.
        """
        located = (f or EventFilter()).model_copy(update={"located": True})
        e = events.c
        stmt = (self._event_select(e.id, e.lat, e.lon, e.event_type, e.fatalities, e.date_start,
                                   join=needs_documents(located))
                .where(*self._conditions(located)).order_by(*event_order("-date")).limit(limit))
        with self.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(stmt)]

    def event(self, event_id: int) -> Optional[EventRow]:
        """One event by id (with its document's title and URL), or None."""
        stmt = self._event_rows_select(None).where(events.c.id == event_id)
        with self.engine.connect() as conn:
            rows = _rows.event_rows(conn.execute(stmt))
        return rows[0] if rows else None

    def iter_events(self, f: Optional[EventFilter] = None, sort: str = "date") -> Iterator[EventRow]:
        """Every event matching ``f``, in ``sort`` order, streamed (for exports of any size).

        Guarantee: the events are read from **one snapshot** of the database, taken when the first one is
        read: every event committed before then is yielded exactly once, and nothing committed, changed or
        deleted while the caller iterates is seen. Paging instead (by OFFSET, or by "id greater than the last
        page's") repeats or skips events that other writers store meanwhile: PostgreSQL's loaders draw ids
        from sequences cached per connection (0015) and commit them out of order, so a page by id can pass
        ids that a loader commits a moment later. The read holds a connection, and on PostgreSQL a snapshot
        that vacuum waits for, until the iteration ends or the iterator is dropped.
        """
        stmt = self._event_rows_select(f).order_by(*event_order(sort))
        for keys, rows in snapshot_rows(self.engine, stmt, STREAM_CHUNK * 4):
            yield from _rows.event_rows(rows, keys)

    # --- reading places, actors, claims ------------------------------------------------------

    def places(self, q: Optional[str] = None, country: Optional[str] = None, limit: Optional[int] = 100,
               offset: int = 0) -> list[PlaceSummary]:
        """Distinct resolved places, most mentioned first; ``q`` matches the name or the province however
        it is spelled (accents, transliteration variants: "Faryab" finds "Fāryāb")."""
        from .queries import country_code, place_match

        p = places.c
        keys = (p.name, p.gazetteer_id, p.level, p.country, p.admin1, p.admin2, p.lat, p.lon)
        stmt = select(*keys, func.count().label("mentions"), func.count(distinct(p.document_id)).label("documents")
                      ).where(p.name.is_not(None), p.role == "location")
        if q:
            stmt = stmt.where(place_match((p.name_key, p.admin1_key), (p.name, p.admin1), q, self.engine.dialect.name))
        if country:
            stmt = stmt.where(p.country == country_code(country))
        stmt = stmt.group_by(*keys).order_by(func.count().desc(), p.name).offset(offset).limit(limit)
        with self.engine.connect() as conn:
            return [PlaceSummary(**r) for r in conn.execute(stmt).mappings()]

    def actors(self, q: Optional[str] = None, kind: Optional[str] = None, limit: Optional[int] = 100,
               offset: int = 0) -> list[ActorSummary]:
        """Distinct actors and people, most mentioned first."""
        a = actors.c
        keys = (a.name, a.kind, a.actor_type, a.inter, a.country)
        stmt = select(*keys, func.count().label("mentions"), func.count(distinct(a.document_id)).label("documents"))
        if q:
            stmt = stmt.where(a.name.icontains(q, autoescape=True))
        if kind:
            stmt = stmt.where(a.kind == kind)
        stmt = stmt.group_by(*keys).order_by(func.count().desc(), a.name).offset(offset).limit(limit)
        with self.engine.connect() as conn:
            return [ActorSummary(**r) for r in conn.execute(stmt).mappings()]

    def claims(self, f: Optional[ClaimFilter] = None, limit: Optional[int] = 100, offset: int = 0) -> list[ClaimRow]:
        """Claims matching ``f``, newest document first, in text order within a document."""
        stmt = (select(claims, documents.c.title.label("document_title"),
                       documents.c.published.label("document_published"),
                       documents.c.published_inferred.label("document_published_inferred"),
                       documents.c.source.label("document_source"), documents.c.url.label("document_url"))
                .select_from(claims.join(documents, claims.c.document_id == documents.c.id))
                .where(*claim_conditions(f))
                .order_by(documents.c.published.desc().nulls_last(), claims.c.document_id.desc(), claims.c.start)
                .offset(offset).limit(limit))
        with self.engine.connect() as conn:
            return [_rows.claim_row(r) for r in conn.execute(stmt).mappings()]

    def count_claims(self, f: Optional[ClaimFilter] = None) -> int:
        """How many claims ``claims(f)`` would list without a limit."""
        stmt = (select(func.count()).select_from(claims.join(documents, claims.c.document_id == documents.c.id))
                .where(*claim_conditions(f)))
        with self.engine.connect() as conn:
            return conn.scalar(stmt) or 0

    def failures(self, limit: Optional[int] = 100) -> list[FailureRow]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(failures).order_by(failures.c.id.desc()).limit(limit)).mappings()
            return [FailureRow(**r) for r in rows]

    # --- incidents -----------------------------------------------------------------------------

    def incidents(self, f: Optional[EventFilter] = None, limit: Optional[int] = 100, offset: int = 0,
                  min_sources: int = 1) -> list[IncidentRow]:
        """Incidents having an event that matches ``f``, newest first, each with all its reports."""
        return load_incidents(self, f, limit, offset, min_sources)

    def count_incidents(self, f: Optional[EventFilter] = None, min_sources: int = 1) -> int:
        return count_incidents(self, f, min_sources)

    # --- summary -------------------------------------------------------------------------------

    def summary(self) -> Summary:
        """Counts for `sitroom stats` and the end of an ingest."""
        with self.engine.connect() as conn:
            count = lambda stmt: conn.scalar(stmt) or 0
            if self.use_rollup:
                from . import rollup

                typed = rollup.counts(conn, None, ("event_type",), self.engine.dialect.name)
                by_type = {k[0]: n for k, n in sorted(typed.items(), key=lambda kv: -kv[1]) if n}
            else:
                by_type = dict(conn.execute(select(events.c.event_type, func.count())
                                            .group_by(events.c.event_type).order_by(func.count().desc())).all())
            if self.use_rollup:  # document_counts, kept by triggers (migration 0011)
                dc = document_counts.c
                languages = {k or "unknown": n for k, n in conn.execute(
                    select(dc.language, func.sum(dc.n)).group_by(dc.language).having(func.sum(dc.n) != 0))}
                versions = dict(conn.execute(select(dc.extractor_version, func.sum(dc.n)).where(dc.extractor_version != "")
                                             .group_by(dc.extractor_version).having(func.sum(dc.n) != 0)).all())
                n_documents = sum(languages.values())
            else:
                languages = dict(conn.execute(select(func.coalesce(documents.c.language, "unknown"), func.count())
                                              .group_by(documents.c.language)).all())
                versions = dict(conn.execute(select(documents.c.extractor_version, func.count())
                                             .where(documents.c.extractor_version != "")
                                             .group_by(documents.c.extractor_version)).all())
                n_documents = count(select(func.count()).select_from(documents))
            # Two queries: SQLite answers a lone min() or max() from an index, a pair by a full scan.
            first = conn.scalar(select(func.min(events.c.date_start)))
            last = conn.scalar(select(func.max(events.c.date_end)))
            distinct_places = select(places.c.name, places.c.country, places.c.admin1).where(
                places.c.name.is_not(None), places.c.role == "location").distinct().subquery()
            return Summary(
                documents=n_documents,
                duplicates=count(select(func.count()).select_from(duplicates)),
                near_duplicates=count(select(func.count()).select_from(documents).where(documents.c.duplicate_of.is_not(None))),
                events_by_type=by_type, events=sum(by_type.values()),
                incidents=count(select(func.count()).select_from(incidents)),
                places=count(select(func.count()).select_from(distinct_places)),
                actors=count(select(func.count(distinct(actors.c.name)))),
                claims=count(select(func.count()).select_from(claims)),
                failures=count(select(func.count()).select_from(failures)),
                languages=languages, extractor_versions=versions,
                date_range=(first, last) if first else None,
            )


wrap_public(StoreReads)  # every public query reports database failures as StoreError
