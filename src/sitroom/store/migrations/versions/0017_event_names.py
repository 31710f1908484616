"""event_actor_names and event_place_names: every distinct actor pair and place (by search keys) an event
carries, with its count; and indexes on the events' location and district search keys.

The actor and place filters match a substring. Over the events a page of them, newest first, reads the
events through the date index until it has a page: for a name few events carry, or none, every event
(in PostgreSQL 0.8 s at 1M events for an actor no event has, 0.6 s for such a place; ~10x at 10M). With
these tables the names matching the filter are looked up among a few thousand rows, and the events are
matched by equality on them (store/names.py), which the events' indexes answer: actor1, actor2 and
admin1_key had theirs; location_key and admin2_key get one here. The week roll-ups hold the same names,
but once per week each is used, which grows with the archive's years.

Kept like the other roll-ups (0012's SQL): statement-level triggers with transition tables on
PostgreSQL, row triggers on SQLite.

Revision ID: 0017
Revises: 0016
"""
from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None

ACTORS, PLACES = "event_actor_names", "event_place_names"


COUNTED = {ACTORS: ("actor1", "actor2"), PLACES: ("location_key", "admin1_key", "admin2_key")}


def _tables(m16) -> dict:
    """Each table's key columns and how each is computed from an events row (0016's column SQL)."""
    return {ACTORS: {"actor1": m16._text("actor1"), "actor2": m16._text("actor2"),
                     "actor1_key": m16._lower("actor1"), "actor2_key": m16._lower("actor2")},
            PLACES: {c: m16._text(c) for c in COUNTED[PLACES]}}


def upgrade() -> None:
    m, m16 = _modules()
    dialect = op.get_bind().dialect.name
    for table, key in _tables(m16).items():
        m.ROLLUPS[table], m.COUNTED[table] = key, COUNTED[table]
        m16._create(m, table, dialect)
    op.create_index('ix_events_location_key', 'events', ['location_key'], unique=False)
    op.create_index('ix_events_admin2_key', 'events', ['admin2_key'], unique=False)
    counted = ", ".join(sorted({c for cs in COUNTED.values() for c in cs}))
    source = "events"
    if dialect == "postgresql":  # one scan of the events (their rows are large), not one per table
        op.execute(f"CREATE TEMPORARY TABLE sitroom_counted ON COMMIT DROP AS SELECT {counted} FROM events")
        source = "sitroom_counted"
    for table in COUNTED:
        groups = ", ".join(str(i + 1) for i in range(len(m.ROLLUPS[table])))
        op.execute(f"INSERT INTO {table} ({m._key(table)}, n) SELECT {m._values(table, source, dialect)}, count(*) "
                   f"FROM {source} GROUP BY {groups}")
    if dialect == "postgresql":
        op.execute("DROP TABLE sitroom_counted")
        for table in (*COUNTED, "events"):
            op.execute(f"ANALYZE {table}")


def _modules():
    """0012's module (the roll-ups' SQL) and 0016's (creating one with its triggers), loaded from their
    files: their names start with a digit."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).with_name("0016_event_actor_days.py")
    spec = importlib.util.spec_from_file_location("sitroom_migration_0016_for_0017", path)
    m16 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m16)
    return m16._previous(), m16


def downgrade() -> None:
    _m, m16 = _modules()
    dialect = op.get_bind().dialect.name
    op.drop_index('ix_events_admin2_key', table_name='events')
    op.drop_index('ix_events_location_key', table_name='events')
    for table in COUNTED:
        m16._drop(table, dialect)
