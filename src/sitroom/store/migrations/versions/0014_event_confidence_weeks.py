"""event_confidence_weeks: event_place_weeks's counts split by confidence band, for the totals of a
minimum confidence (the dashboard's slider, in steps of 0.05) with any of that roll-up's filters (dates,
type, country, province, place, map box). At 10M events in PostgreSQL such a total was counted over
the events: 4.2 s for place + minimum confidence, growing linearly.

An event's band is how many of 0.05, 0.10, ..., 1.0 its confidence reaches (-1 below 0), compared as
the events table compares it with the filter's value, so "band >= k" selects exactly the events with
confidence >= k/20. A minimum off that grid is still counted over the events (rollup.py).

Kept like the other roll-ups: statement-level triggers with transition tables on PostgreSQL, row
triggers on SQLite.

Revision ID: 0014
Revises: 0013
"""
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

TABLE = "event_confidence_weeks"
BANDS = 20  # steps of 1/20: the dashboard's slider moves by 0.05


def _band(ref: str, dialect: str) -> str:
    reached = " + ".join(f"CASE WHEN {ref}.confidence >= {k / BANDS!r} THEN 1 ELSE 0 END" for k in range(1, BANDS + 1))
    return f"CASE WHEN {ref}.confidence < 0 THEN -1 ELSE {reached} END"


def upgrade() -> None:
    m = _previous()
    m.ROLLUPS[TABLE] = {**m.ROLLUPS["event_place_weeks"], "confidence_band": _band}
    m.COUNTED[TABLE] = (*m.COUNTED["event_place_weeks"], "confidence")
    try:
        dialect = op.get_bind().dialect.name
        _create(m, dialect)
    finally:
        del m.ROLLUPS[TABLE], m.COUNTED[TABLE]


def _previous():
    """0012's module (its SQL for a roll-up's triggers), loaded from its file: its name starts with a digit."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).with_name("0012_more_event_rollups.py")
    spec = importlib.util.spec_from_file_location("sitroom_migration_0012", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _create(m, dialect: str) -> None:
    import sqlalchemy as sa

    op.create_table(TABLE, *[sa.Column(c, sa.Integer() if c == "confidence_band" else _type(c), nullable=False)
                             for c in m.ROLLUPS[TABLE]],
                    sa.Column('n', sa.Integer(), nullable=False),
                    sa.UniqueConstraint(*m.ROLLUPS[TABLE], name=f"uq_{TABLE}_key"))
    columns = ", ".join(m.COUNTED[TABLE])
    if dialect == "postgresql":
        op.execute(m._pg_counter(TABLE, "new_rows", ""))
        op.execute(m._pg_counter(TABLE, "old_rows", "-"))
        op.execute(f"""CREATE OR REPLACE FUNCTION sitroom_{TABLE}_update() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              {m._row_upsert(TABLE, 'OLD', '-', dialect)}
              {m._row_upsert(TABLE, 'NEW', '', dialect)}
              RETURN NULL;
            END $$""")
        op.execute(f"CREATE TRIGGER {TABLE}_insert AFTER INSERT ON events REFERENCING NEW TABLE AS new_rows "
                   f"FOR EACH STATEMENT EXECUTE FUNCTION sitroom_{TABLE}_insert()")
        op.execute(f"CREATE TRIGGER {TABLE}_delete AFTER DELETE ON events REFERENCING OLD TABLE AS old_rows "
                   f"FOR EACH STATEMENT EXECUTE FUNCTION sitroom_{TABLE}_delete()")
        op.execute(f"CREATE TRIGGER {TABLE}_update AFTER UPDATE OF {columns} ON events FOR EACH ROW "
                   f"WHEN ({m._changed(TABLE)}) EXECUTE FUNCTION sitroom_{TABLE}_update()")
    else:
        op.execute(f"CREATE TRIGGER {TABLE}_insert AFTER INSERT ON events BEGIN "
                   f"{m._row_upsert(TABLE, 'NEW', '', dialect)} END")
        op.execute(f"CREATE TRIGGER {TABLE}_delete AFTER DELETE ON events BEGIN "
                   f"{m._row_upsert(TABLE, 'OLD', '-', dialect)} END")
        op.execute(f"CREATE TRIGGER {TABLE}_update AFTER UPDATE OF {columns} ON events WHEN {m._changed(TABLE)} "
                   f"BEGIN {m._row_upsert(TABLE, 'OLD', '-', dialect)} {m._row_upsert(TABLE, 'NEW', '', dialect)} END")
    groups = ", ".join(str(i + 1) for i in range(len(m.ROLLUPS[TABLE])))
    op.execute(f"INSERT INTO {TABLE} ({m._key(TABLE)}, n) SELECT {m._values(TABLE, 'events', dialect)}, count(*) "
               f"FROM events GROUP BY {groups}")
    if dialect == "postgresql":
        op.execute(f"ANALYZE {TABLE}")


def _type(column: str):
    import sqlalchemy as sa

    if column in ("lat", "lon"):
        return sa.Float()
    if column == "located":
        return sa.Integer()
    return sa.String({"week_start": 10, "week_end": 10, "event_type": 100, "country": 2, "location_name": 300,
                      "location_key": 300}.get(column, 200))


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_{trigger}" + (" ON events" if postgres else ""))
    op.drop_table(TABLE)
