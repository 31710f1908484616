"""The database schema: one SQLAlchemy 2.x metadata for SQLite and PostgreSQL.

Each extracted record is stored twice over: flattened into indexed columns that
queries filter on, and whole in a ``data`` JSON column so that the record can be
rebuilt exactly (records gain fields over time; the JSON keeps them without a
migration). Dates are ISO strings (``YYYY-MM-DD``): they sort and compare the same
way on both back ends and match the records' own representation.

Every extracted row carries its provenance (document, sentence, character span,
extractor); the ``provenance`` table indexes all of them by span, so "what came
from this sentence" is one query whatever the record kind.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON, Boolean, Column, Float, ForeignKey, Index, Integer, LargeBinary, String, Table, Text,
    UniqueConstraint, false,
)

from .schema_base import ISO_DATE, metadata


def _doc_fk() -> Column:
    # Deleting a document (or replacing its extraction) takes its records with it (on PostgreSQL by a
    # trigger for the mention tables: SQLITE_ONLY_FOREIGN_KEYS).
    return Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True)


def _span_columns() -> list[Column]:
    return [
        Column("sentence", Integer, nullable=False, default=0),
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
        Column("extractor", String(200), nullable=False, default=""),
    ]


documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True),
    Column("uri", Text, nullable=False),
    Column("url", Text),
    Column("title", Text),
    Column("source", String(300), index=True),  # names.py: the source filter by equality (0018)
    Column("format", String(20), nullable=False, default="text"),
    Column("encoding", String(40)),
    Column("content_hash", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("published", ISO_DATE, index=True),
    Column("published_source", String(20), nullable=False, default="unknown"),
    Column("published_inferred", Boolean, nullable=False, default=False),
    Column("published_note", Text),
    Column("language", String(12), index=True),
    Column("extractor_version", Text, nullable=False, default="", index=True),
    Column("extraction_error", Text),
    Column("signature", LargeBinary),
    # The first copy of a syndicated text; such documents are not independent sources.
    Column("duplicate_of", Integer, ForeignKey("documents.id", ondelete="SET NULL"), index=True),
    Column("ingested_at", String(32), nullable=False),
    UniqueConstraint("content_hash"),
)

places = Table(
    "places", metadata,
    Column("id", Integer, primary_key=True),
    _doc_fk(),
    Column("text", Text, nullable=False),
    *_span_columns(),
    Column("name", String(300), index=True),
    Column("gazetteer_id", String(60)),
    Column("lat", Float),
    Column("lon", Float),
    Column("level", String(20)),
    Column("country", String(2), index=True),
    Column("admin1", String(200)),
    Column("admin2", String(200)),
    Column("confidence", Float, nullable=False, default=0.0),
    Column("role", String(20), nullable=False, default="location"),
    Column("geo_precision", Integer),
    Column("data", JSON, nullable=False),
    # Search keys of the name and the province (lang.en.placenames.place_key): Faryab finds Fāryāb.
    Column("name_key", String(300), index=True),
    Column("admin1_key", String(200)),
)

actors = Table(
    "actors", metadata,
    Column("id", Integer, primary_key=True),
    _doc_fk(),
    Column("text", Text, nullable=False),
    *_span_columns(),
    Column("name", String(300), nullable=False, index=True),
    Column("kind", String(10), nullable=False, default="group"),
    Column("actor_type", String(100)),
    Column("inter", Integer),
    Column("country", String(2)),
    Column("role", String(200)),
    Column("organisation", String(300)),
    Column("known", Boolean, nullable=False, default=True),
    Column("data", JSON, nullable=False),
)

incidents = Table(
    "incidents", metadata,
    Column("id", Integer, primary_key=True),
    Column("family", String(120), nullable=False, index=True),
    Column("event_type", String(100), nullable=False),
    Column("sub_event_type", String(100), nullable=False),
    Column("date_start", ISO_DATE, index=True),
    Column("date_end", ISO_DATE, index=True),
    Column("location_name", String(300)),
    Column("level", String(20)),
    Column("country", String(2)),
    Column("admin1", String(200)),
    Column("admin2", String(200)),
    Column("lat", Float),
    Column("lon", Float),
    Column("actor1", String(300)),
    Column("actors", JSON, nullable=False),
    # The figures its reports give ("killed:5") and fingerprints of their sentences: evidence that ties
    # reports whose place is only a province or a country.
    Column("clues", JSON),
    # Whether the date window spans more than a week (a report dated only to a month, not yet
    # narrowed): fusion finds the others by an indexed range on date_start, these by date_end.
    Column("wide", Boolean, nullable=False, default=False, server_default=false()),
    Index("ix_incidents_family_wide_start", "family", "wide", "date_start"),
    Index("ix_incidents_family_wide_end", "family", "wide", "date_end"),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True),
    _doc_fk(),
    Column("incident_id", Integer, ForeignKey("incidents.id", ondelete="SET NULL"), index=True),
    Column("event_type", String(100), nullable=False, index=True),
    Column("sub_event_type", String(100), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("actor1", String(300), index=True),
    Column("actor1_text", Text),
    Column("actor1_type", String(100)),
    Column("actor1_inter", Integer),
    Column("actor2", String(300), index=True),
    Column("actor2_text", Text),
    Column("actor2_type", String(100)),
    Column("actor2_inter", Integer),
    Column("location_name", String(300)),
    Column("location_text", Text),
    Column("gazetteer_id", String(60)),
    Column("lat", Float),
    Column("lon", Float),
    Column("level", String(20)),
    Column("country", String(2), index=True),
    Column("admin1", String(200)),
    Column("admin2", String(200)),
    Column("geo_precision", Integer),
    Column("date_start", ISO_DATE, index=True),
    # Always set when date_start is (a one-day event ends the day it starts), so "since" filters use an index.
    Column("date_end", ISO_DATE, index=True),
    Column("date_precision", String(20), nullable=False, default="unknown"),
    Column("date_text", Text),
    Column("fatalities", Integer),
    Column("injured", Integer),
    Column("arrested", Integer),
    Column("modality", String(20), nullable=False, default="asserted"),
    Column("hedges", JSON, nullable=False),
    Column("source", String(300), index=True),
    Column("evidence_sentence", Integer, nullable=False),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("evidence_text", Text, nullable=False),
    Column("trigger", Text),
    Column("plover_type", String(60)),
    Column("plover_mode", String(60)),
    Column("cameo_root", String(10)),
    Column("extractor", String(200), nullable=False, default=""),
    Column("data", JSON, nullable=False),
    # Search keys of the place names (lang.en.placenames.place_key), written with the row: a search
    # folds what the user typed the same way, so Faryab, Kandahar, Paktya find Fāryāb, Kandahār, Paktiyā.
    # Indexed: the place filter matches the keys the roll-ups hold by equality (names.py, 0017).
    Column("location_key", String(300), index=True),
    Column("admin1_key", String(200), index=True),
    Column("admin2_key", String(200), index=True),
    # (type, start) covers the timeline's GROUP BY; (type, end) serves "type X since D" filters.
    Index("ix_events_type_date", "event_type", "date_start"),
    Index("ix_events_type_date_end", "event_type", "date_end"),
    # Filtered totals (type, country, since) answer from this index alone.
    Index("ix_events_type_country_date_end", "event_type", "country", "date_end"),
)

# Indexes made by migrations for one back end only, outside this metadata (autogenerate skips them);
# ix_events_map_points (0011) covers the map's newest located points on PostgreSQL.
# PostgreSQL sorts NULLs first in a descending scan of an ascending index, so "newest first,
# undated last" needs ix_events_date_desc there; SQLite's ascending index already serves it.
BACKEND_ONLY_INDEXES = frozenset({"ix_events_date_desc", "ix_events_map_points"})

claims = Table(
    "claims", metadata,
    Column("id", Integer, primary_key=True),
    _doc_fk(),
    Column("kind", String(100), nullable=False, index=True),
    Column("speaker", String(300)),
    Column("speaker_role", String(200)),
    Column("speaker_organisation", String(300)),
    Column("quote", Text, nullable=False),
    Column("quote_start", Integer, nullable=False),
    Column("quote_end", Integer, nullable=False),
    Column("modality", String(20), nullable=False, default="asserted"),
    Column("stance", String(60)),
    Column("deadline_start", ISO_DATE),
    Column("deadline_end", ISO_DATE),
    Column("deadline_precision", String(20)),
    Column("controller", String(300)),
    *_span_columns(),
    Column("data", JSON, nullable=False),
)

flags = Table(
    "flags", metadata,
    Column("id", Integer, primary_key=True),
    _doc_fk(),
    Column("flag", String(60), nullable=False, index=True),
    Column("cue", Text, nullable=False),
    *_span_columns(),
)

# One row per extracted record: where in which document it came from, and what made it.
provenance = Table(
    "provenance", metadata,
    Column("id", Integer, primary_key=True),
    _doc_fk(),
    Column("record_kind", String(10), nullable=False),  # place, actor, event, claim, flag
    Column("record_id", Integer, nullable=False),
    *_span_columns(),
    Column("extractor_version", Text, nullable=False, default=""),
    Index("ix_provenance_record", "record_kind", "record_id"),
)

failures = Table(
    "failures", metadata,
    Column("id", Integer, primary_key=True),
    Column("source", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", String(32), nullable=False),
)

# Exact-duplicate inputs that were skipped: another input (uri) carrying a stored text.
duplicates = Table(
    "duplicates", metadata,
    Column("id", Integer, primary_key=True),
    Column("uri", Text, nullable=False),
    _doc_fk(),
    Column("at", String(32), nullable=False),
    UniqueConstraint("uri", "document_id"),
)

# Feeds and pages that `sitroom watch` polls: what was asked of the server last time (ETag,
# Last-Modified) and when, so a restarted watch asks only for what changed.
feeds = Table(
    "feeds", metadata,
    Column("id", Integer, primary_key=True),
    Column("url", Text, nullable=False),
    Column("title", Text),
    Column("etag", Text),
    Column("last_modified", String(64)),
    Column("added_at", String(32), nullable=False),
    Column("last_polled", String(32)),
    Column("last_status", String(20)),  # new, unchanged, not modified, failed
    Column("last_error", Text),
    Column("polls", Integer, nullable=False, default=0),
    UniqueConstraint("url"),
)

# Items of a feed already handled (stored, or found stored already), by a digest of the entry's id,
# and items that failed, with how often: a failed item is tried again on the next polls.
feed_items = Table(
    "feed_items", metadata,
    Column("id", Integer, primary_key=True),
    Column("feed_id", Integer, ForeignKey("feeds.id", ondelete="CASCADE"), nullable=False),
    Column("item_key", String(64), nullable=False),
    Column("item_id", Text, nullable=False),
    Column("link", Text),
    Column("title", Text),
    Column("first_seen", String(32), nullable=False),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="SET NULL")),
    Column("done", Boolean, nullable=False, default=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("error", Text),
    UniqueConstraint("feed_id", "item_key"),
)

# What the store itself needs to remember about its rows, by name: "place_keys" is the version of
# the place-name folding that wrote the search keys (see placekeys.py).
store_meta = Table(
    "store_meta", metadata,
    Column("name", String(60), primary_key=True),
    Column("value", Text, nullable=False),
)

# The roll-up tables (rollup_tables.py), registered here, after the tables above, as they always were;
# imported by name from this module too.
from .rollup_tables import (  # noqa: E402
    ACTOR_ROLLUP_KEY,
    CONFIDENCE_BANDS,
    document_counts,
    document_source_names,
    event_actor_days,
    event_actor_names,
    event_actor_weeks,
    event_confidence_weeks,
    event_days,
    event_place_names,
    event_place_weeks,
    event_source_names,
    event_source_weeks,
    event_weeks,
)

# Keys to documents that only SQLite has: on PostgreSQL (migration 0013) a trigger on documents deletes
# a deleted document's records instead, and the bulk path does not pay a key check per inserted row.
SQLITE_ONLY_FOREIGN_KEYS = frozenset(f"fk_{t.name}_document_id_documents" for t in (places, actors, claims, flags, provenance))
