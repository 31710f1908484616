"""The synthetic events `sitroom bench store` fills a store with: each row's JSON copy says what its
columns say (PostgreSQL makes the rows from templates on the server), and the roll-ups count them."""

from __future__ import annotations

from sqlalchemy import select

from sitroom.store import EventFilter
from sitroom.store.bench import QUERIES
from sitroom.store.schema import events
from sitroom.store.synthetic import fill_synthetic, synthetic_events


def test_synthetic_rows_are_consistent_and_counted_by_the_rollups(store):
    fill_synthetic(store, 3000)
    fill_synthetic(store, 1000, seed=3000)  # a second fill adds to the first
    assert synthetic_events(store) == 4000 and store.summary().documents == 800
    with store.engine.connect() as conn:
        rows = conn.execute(select(events.c.date_start, events.c.date_end, events.c.confidence, events.c.data)).all()
    assert len({r.date_start for r in rows}) > 1000 and len({r.confidence for r in rows}) > 500
    for r in rows:
        assert (r.data["date"]["start"], r.data["date"]["end"], r.data["confidence"]) == (
            r.date_start, r.date_end, r.confidence)
    answers = {}
    for use_rollup in (True, False):
        store.use_rollup = use_rollup
        answers[use_rollup] = [run(store) for label, run in QUERIES]
        answers[use_rollup].append(store.facet_counts("actor", EventFilter(since="2020-02-05"), limit=50))
    store.use_rollup = True
    assert answers[True] == answers[False]


def test_a_fill_leaves_the_rollups_compact(store, monkeypatch):
    """A fill in many statements (one transaction) leaves no dead roll-up rows behind it on PostgreSQL:
    the query timings are of roll-ups the size of their rows, as ingest leaves them."""
    import pytest

    from sitroom.store import synthetic

    if store.engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's dead row versions")
    monkeypatch.setattr(synthetic, "_STATEMENT", 5000)  # 8 statements, each updating most roll-up rows
    fill_synthetic(store, 40_000)
    with store.engine.begin() as conn:
        for table in ("event_weeks", "event_source_weeks", "event_actor_weeks", "event_actor_names"):
            conn.exec_driver_sql(f"CREATE TEMPORARY TABLE copied AS SELECT * FROM {table}")
            size, fresh = conn.exec_driver_sql(f"SELECT pg_relation_size('{table}'), pg_relation_size('copied')").one()
            assert size <= 1.2 * fresh, table  # not the ~8 versions of each row the statements wrote
            conn.exec_driver_sql("DROP TABLE copied")
