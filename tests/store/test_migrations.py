"""Alembic migrations: they build exactly the schema the code declares, and upgrade old databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from sitroom.api import open_store
from sitroom.store import testing as T
from sitroom.store.schema import BACKEND_ONLY_INDEXES, SQLITE_ONLY_FOREIGN_KEYS, metadata


def test_migrations_build_the_declared_schema(store):
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": lambda o, name, type_, *a: not (
            (type_ == "index" and name in BACKEND_ONLY_INDEXES)
            or (type_ == "foreign_key_constraint" and name in SQLITE_ONLY_FOREIGN_KEYS))})
        assert compare_metadata(ctx, metadata) == []
        assert MigrationContext.configure(conn).get_current_revision() == "0018"
        if store.engine.dialect.name == "postgresql":
            indexes = {r[0] for r in conn.exec_driver_sql("SELECT indexname FROM pg_indexes WHERE tablename = 'events'")}
            assert "ix_events_date_desc" in indexes
            # 0015: the record tables' ids come 1,000 at a time to each connection
            caches = dict(conn.exec_driver_sql(
                "SELECT c.relname, s.seqcache FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid").all())
            assert {caches[f"{t}_id_seq"] for t in ("places", "actors", "claims", "flags", "events", "provenance")} == {1000}
            assert caches["documents_id_seq"] == 1


def test_an_initial_revision_database_is_upgraded_on_open(tmp_path):
    from alembic import command
    from alembic.config import Config

    from sitroom.store.engine import MIGRATIONS, make_engine, resolve_url

    path = str(tmp_path / "old.db")
    engine = make_engine(resolve_url(path))
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        # A one-day event as revision 0001 stored it: no end date.
        conn.exec_driver_sql(
            "INSERT INTO documents (uri, content_hash, text, format, published_source, published_inferred, "
            "extractor_version, ingested_at) VALUES ('a', 'h', 't', 'text', 'unknown', 0, '', 'now')")
        conn.exec_driver_sql(
            "INSERT INTO events (document_id, event_type, sub_event_type, confidence, date_start, date_precision, "
            "modality, hedges, evidence_sentence, evidence_start, evidence_end, evidence_text, extractor, data) "
            "VALUES (1, 'Battles', 'Armed clash', 0.5, '2021-07-11', 'day', 'asserted', '[]', 0, 0, 1, 't', '', '{}')")
    engine.dispose()
    with open_store(path) as store:
        from sitroom.store import EventFilter

        assert [e.date_end for e in store.events(EventFilter(since="2021-07-11"))] == ["2021-07-11"]
        store.add_document(T.source("new text"), T.published(None), "en", None)
        assert store.summary().documents == 2
