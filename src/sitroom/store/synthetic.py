"""Synthetic events for `sitroom bench store`: a realistic size and spread of values, made fast.

The events are synthetic and say so (documents ``synthetic://bench/N`` titled "synthetic benchmark
document"): eight event types, actors and places of Afghanistan (and one of Texas), four years of
dates, varied fatalities and confidence, and the full JSON copy each stored event carries, so the
tables and indexes have the size real ones would. No fusion: this feeds query timing, not ingest.

On PostgreSQL the rows are made by the server (``INSERT ... SELECT`` over ``generate_series`` from a
few thousand template rows built here with the real row builder), with the events' secondary indexes
dropped during the load and rebuilt after it, all in one transaction: ten million events take minutes
instead of the hours row-by-row inserts from Python would. SQLite inserts from Python in chunks.
"""

from __future__ import annotations

import random

from sqlalchemy import Connection, insert, text

from . import _rows
from .schema import documents, events

EVENTS_PER_DOCUMENT = 5
TYPES = [
    ("Battles", "Armed clash"), ("Battles", "Non-state actor overtakes territory"),
    ("Battles", "Government regains territory"), ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"), ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"), ("Strategic developments", "Arrests"),
]
_TEXT = "Synthetic benchmark sentence: no event described here happened."
_TEMPLATES = 4096
_FIRST_DAY, _DAYS = "2018-01-01", 4 * 365 + 1  # 2018-01-01 .. 2021-12-31
_STATEMENT = 500_000
_CONFIDENCE = 0.123456789  # the templates' placeholder for each row's own


def _event_row(rng: random.Random, day: str) -> dict:
    from .testing import ACTORS, PLACES, event

    event_type, sub = rng.choice(TYPES)
    actors = list(ACTORS)
    e = event(_TEXT, _TEXT, event_type, sub, actor1=rng.choice(actors), actor2=rng.choice(actors + [None]),
              where=rng.choice(list(PLACES)), date=day, fatalities=rng.choice([None, 0, 1, 3, 12]),
              confidence=round(rng.random(), 3))
    return _rows.event_values(e)


def _document_rows(start: int, stop: int, seed: int) -> list[dict]:
    return [dict(uri=f"synthetic://bench/{i}", title="synthetic benchmark document",
                 content_hash=f"synthetic-{seed}-{i}", text=_TEXT, format="text", published_source="given",
                 published_inferred=False, extractor_version="synthetic", ingested_at=_rows.now_iso(), language="en")
            for i in range(start, stop)]


def fill_synthetic(store, n_events: int, seed: int = 0, chunk: int = 10_000) -> int:
    """Store ``n_events`` synthetic events (and their documents); return how many."""
    with store._writer.begin() as conn:
        if conn.dialect.name == "postgresql":
            _fill_postgresql(conn, n_events, seed)
        else:
            _fill_python(conn, n_events, seed, chunk)
    # Planner statistics (and PostgreSQL's visibility map), as a long-lived store has them
    # from PRAGMA optimize or autovacuum.
    if store.engine.dialect.name == "postgresql":
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            # The roll-ups, compacted: the fill's statements run in one transaction, and each one's upsert
            # leaves a dead version of every roll-up row that no vacuum can reclaim before it commits, so
            # a fill of N statements left them ~N times their size (event_confidence_weeks: 293 MB for
            # 23 MB of rows, 16 statements in); a store filled by ingest (a transaction per document or
            # batch, autovacuum between) does not carry that. The roll-ups are small: seconds.
            for table in rollup_tables():
                conn.exec_driver_sql(f"VACUUM FULL {table}")
            conn.exec_driver_sql("VACUUM ANALYZE")
    else:
        with store._writer.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    return n_events


def rollup_tables() -> list[str]:
    """The tables kept by triggers on events and documents (rollup.py, names.py, document_counts)."""
    from .rollup import ROLLUPS
    from .schema import document_source_names, event_actor_names, event_place_names, event_source_names

    return [table.name for table, _dims, _groups in ROLLUPS] + [
        t.name for t in (event_actor_names, event_place_names, event_source_names, document_source_names)] + [
        "document_counts"]


def synthetic_events(store) -> int:
    """How many synthetic events the store holds already (a filled benchmark store is reused)."""
    with store.engine.connect() as conn:
        return conn.scalar(text("SELECT count(*) FROM events e JOIN documents d ON d.id = e.document_id "
                                "WHERE d.extractor_version = 'synthetic'")) or 0


def _fill_python(conn: Connection, n_events: int, seed: int, chunk: int) -> None:
    rng = random.Random(seed)
    n_docs = -(-n_events // EVENTS_PER_DOCUMENT)
    first = conn.execute(insert(documents).returning(documents.c.id, sort_by_parameter_order=True),
                         _document_rows(0, n_docs, seed)).scalars().all()
    rows = []
    for i in range(n_events):
        day = f"{rng.randint(2018, 2021)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        rows.append({**_event_row(rng, day), "document_id": first[i // EVENTS_PER_DOCUMENT]})
        if len(rows) >= chunk:
            conn.execute(insert(events), rows)
            rows = []
    if rows:
        conn.execute(insert(events), rows)


def _fill_postgresql(conn: Connection, n_events: int, seed: int) -> None:
    rng = random.Random(seed)
    conn.exec_driver_sql("SET LOCAL maintenance_work_mem = '512MB'")  # the index rebuilds at the end
    conn.exec_driver_sql(f"SELECT setseed({(seed % 1000) / 1000.0})")
    n_docs = -(-n_events // EVENTS_PER_DOCUMENT)
    first_doc = conn.scalar(text("SELECT coalesce(max(id), 0) + 1 FROM documents"))
    conn.execute(text(
        "INSERT INTO documents (id, uri, title, content_hash, text, format, published_source, published_inferred,"
        " extractor_version, ingested_at, language) "
        "SELECT :first + g, 'synthetic://bench/' || g, 'synthetic benchmark document', "
        " 'synthetic-' || :seed || '-' || g, :text, 'text', 'given', false, 'synthetic', :now, 'en' "
        "FROM generate_series(0, :n - 1) g"), {"first": first_doc, "seed": seed, "text": _TEXT,
                                             "now": _rows.now_iso(), "n": n_docs})
    conn.exec_driver_sql("SELECT setval(pg_get_serial_sequence('documents', 'id'), (SELECT max(id) FROM documents))")
    # Template rows: every column as the row builder makes it; the load varies date, confidence and document.
    conn.exec_driver_sql("CREATE TEMP TABLE bench_templates ON COMMIT DROP AS SELECT * FROM events WITH NO DATA")
    conn.exec_driver_sql("ALTER TABLE bench_templates ADD COLUMN k integer")
    templates = [{**_event_row(rng, _FIRST_DAY), "document_id": 0, "id": k, "k": k} for k in range(_TEMPLATES)]
    for t in templates:
        t["data"]["confidence"] = _CONFIDENCE
    cols = [c for c in templates[0] if c != "k"]
    conn.execute(text(f"INSERT INTO bench_templates ({', '.join(_q(c) for c in cols)}, k) "
                      f"VALUES ({', '.join(':' + c for c in cols)}, :k)"), [
        {**t, "hedges": _json(t["hedges"]), "data": _json(t["data"])} for t in templates])
    indexes = conn.execute(text("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'events' "
                                "AND indexname NOT IN (SELECT conname FROM pg_constraint)")).all()
    for name, _definition in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    first_event = conn.scalar(text("SELECT coalesce(max(id), 0) + 1 FROM events"))
    varied = {"id": ":first_event + d.g", "document_id": f":first_doc + d.g / {EVENTS_PER_DOCUMENT}", "date_start": "d.day",
              "date_end": "d.day", "confidence": "d.confidence",
              # The JSON copy's date and confidence as text (a JSON parse and print per row took most of the
              # server's CPU): the templates hold them as placeholders, which occur nowhere else.
              "data": f"replace(replace(t.data::text, '\"{_FIRST_DAY}\"', '\"' || d.day || '\"'), "
                      f"'{_CONFIDENCE}', d.confidence::text)::json"}
    select_list = ", ".join(varied.get(c, f"t.{_q(c)}") for c in cols)
    # In statements of at most _STATEMENT events: the roll-up triggers read each statement's new rows
    # from a transition table, which PostgreSQL keeps (and spills to disk) until the statement ends.
    for start in range(0, n_events, _STATEMENT):
        conn.execute(text(
            f"INSERT INTO events ({', '.join(_q(c) for c in cols)}) SELECT {select_list} "
            "FROM (SELECT g, to_char(CAST(:first_day AS date) + floor(random() * :days)::int, 'YYYY-MM-DD') AS day,"
            " floor(random() * :templates)::int AS k, round(random()::numeric, 3)::float AS confidence"
            " FROM generate_series(:start, :stop - 1) g) d "
            "JOIN bench_templates t ON t.k = d.k"),
            {"start": start, "stop": min(n_events, start + _STATEMENT), "first_event": first_event,
             "first_doc": first_doc, "first_day": _FIRST_DAY, "days": _DAYS, "templates": _TEMPLATES})
    conn.exec_driver_sql("SELECT setval(pg_get_serial_sequence('events', 'id'), (SELECT max(id) FROM events))")
    for _name, definition in indexes:
        conn.exec_driver_sql(definition)


def _q(column: str) -> str:
    return f'"{column}"'


def _json(value) -> str:
    import json

    return json.dumps(value)
