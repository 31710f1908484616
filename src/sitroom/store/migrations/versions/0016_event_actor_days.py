"""event_actor_days: event_actor_weeks's counts per exact start and end date; and both actor roll-ups
hold each actor's name in lower case, so PostgreSQL matches the actor filter with a plain LIKE.

A total from a week roll-up counts the events of the weeks its dates cut from the events themselves.
For the actor filter those were up to fourteen days of events, each read from its own heap page (the
events' rows are ~1.5 kB): at 10M events in PostgreSQL an actor's total within one month took 143 ms of
CPU and ~300 ms wall at load 6-7, growing linearly with the events per day. Read from event_actor_days
the cut days are a few hundred narrow rows through its two date indexes, whatever the number of events.
It also answers an actor filter's timeline by day, which was counted over the events.

The actor filter is case-insensitive (ILIKE). On a UTF-8 database PostgreSQL's ILIKE lower-cases the
value and the pattern with lower() and then compares them as LIKE does, for every row: that was most of
an actor total's time at 2M events (~140 of ~155 ms over event_actor_weeks's 41,000 rows). With
``actor1_key = lower(actor1)`` stored, the same match is ``actor1_key LIKE lower(pattern)``: the same
answer, lower() once per query. SQLite's LIKE ignores ASCII case by itself and keeps its columns.

event_actor_weeks is rebuilt with the keys (its unique key gains them: they follow from the names);
both roll-ups are filled from one scan of the events' counted columns. Kept like the other roll-ups
(0012's SQL): statement-level triggers with transition tables on PostgreSQL, row triggers on SQLite.

Revision ID: 0016
Revises: 0015
"""
from alembic import op
import sqlalchemy as sa

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

WEEKS, DAYS = "event_actor_weeks", "event_actor_days"


def _text(c):
    return lambda r, d: f"coalesce({r}.{c}, '')"


def _lower(c):
    return lambda r, d: f"lower(coalesce({r}.{c}, ''))"


ACTORS = {"country": _text("country"), "actor1": _text("actor1"), "actor2": _text("actor2"),
          "actor1_key": _lower("actor1"), "actor2_key": _lower("actor2")}


def upgrade() -> None:
    m = _previous()
    dialect = op.get_bind().dialect.name
    _drop(WEEKS, dialect)
    m.ROLLUPS[WEEKS] = {**{c: m.ROLLUPS[WEEKS][c] for c in ("week_start", "week_end", "event_type")}, **ACTORS}
    m.ROLLUPS[DAYS] = {"date_start": _text("date_start"), "date_end": _text("date_end"),
                       "event_type": lambda r, d: f"{r}.event_type", **ACTORS}
    m.COUNTED[DAYS] = m.COUNTED[WEEKS]
    for table in (WEEKS, DAYS):
        _create(m, table, dialect)
    op.create_index("ix_event_actor_days_date_end", DAYS, ["date_end"])
    counted = ", ".join(m.COUNTED[WEEKS])
    source = "events"
    if dialect == "postgresql":  # one scan of the events (their rows are large), not one per roll-up
        op.execute(f"CREATE TEMPORARY TABLE sitroom_counted ON COMMIT DROP AS SELECT {counted} FROM events")
        source = "sitroom_counted"
    for table in (WEEKS, DAYS):
        groups = ", ".join(str(i + 1) for i in range(len(m.ROLLUPS[table])))
        op.execute(f"INSERT INTO {table} ({m._key(table)}, n) SELECT {m._values(table, source, dialect)}, count(*) "
                   f"FROM {source} GROUP BY {groups}")
    if dialect == "postgresql":
        op.execute("DROP TABLE sitroom_counted")
        for table in (WEEKS, DAYS):
            op.execute(f"ANALYZE {table}")


def _previous():
    """0012's module (its SQL for a roll-up's triggers), loaded from its file: its name starts with a digit."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).with_name("0012_more_event_rollups.py")
    spec = importlib.util.spec_from_file_location("sitroom_migration_0012_for_0016", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _drop(table: str, dialect: str) -> None:
    postgres = dialect == "postgresql"
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS {table}_{trigger}" + (" ON events" if postgres else ""))
        if postgres:
            op.execute(f"DROP FUNCTION IF EXISTS sitroom_{table}_{trigger}()")
    op.drop_table(table)


def _create(m, table: str, dialect: str) -> None:
    op.create_table(table, *[sa.Column(c, _type(c), nullable=False) for c in m.ROLLUPS[table]],
                    sa.Column('n', sa.Integer(), nullable=False),
                    sa.UniqueConstraint(*m.ROLLUPS[table], name=f"uq_{table}_key"))
    _triggers(m, table, dialect)


def _triggers(m, table: str, dialect: str) -> None:
    """The triggers keeping ``table`` (as 0012 keeps its roll-ups), from ``m.ROLLUPS[table]``."""
    columns = ", ".join(m.COUNTED[table])
    if dialect == "postgresql":
        op.execute(m._pg_counter(table, "new_rows", ""))
        op.execute(m._pg_counter(table, "old_rows", "-"))
        op.execute(f"""CREATE OR REPLACE FUNCTION sitroom_{table}_update() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              {m._row_upsert(table, 'OLD', '-', dialect)}
              {m._row_upsert(table, 'NEW', '', dialect)}
              RETURN NULL;
            END $$""")
        op.execute(f"CREATE TRIGGER {table}_insert AFTER INSERT ON events REFERENCING NEW TABLE AS new_rows "
                   f"FOR EACH STATEMENT EXECUTE FUNCTION sitroom_{table}_insert()")
        op.execute(f"CREATE TRIGGER {table}_delete AFTER DELETE ON events REFERENCING OLD TABLE AS old_rows "
                   f"FOR EACH STATEMENT EXECUTE FUNCTION sitroom_{table}_delete()")
        op.execute(f"CREATE TRIGGER {table}_update AFTER UPDATE OF {columns} ON events FOR EACH ROW "
                   f"WHEN ({m._changed(table)}) EXECUTE FUNCTION sitroom_{table}_update()")
    else:
        op.execute(f"CREATE TRIGGER {table}_insert AFTER INSERT ON events BEGIN "
                   f"{m._row_upsert(table, 'NEW', '', dialect)} END")
        op.execute(f"CREATE TRIGGER {table}_delete AFTER DELETE ON events BEGIN "
                   f"{m._row_upsert(table, 'OLD', '-', dialect)} END")
        op.execute(f"CREATE TRIGGER {table}_update AFTER UPDATE OF {columns} ON events WHEN {m._changed(table)} "
                   f"BEGIN {m._row_upsert(table, 'OLD', '-', dialect)} {m._row_upsert(table, 'NEW', '', dialect)} END")


def _type(column: str):
    return sa.String({"week_start": 10, "week_end": 10, "date_start": 10, "date_end": 10, "event_type": 100,
                      "country": 2}.get(column, 300))


def downgrade() -> None:
    m = _previous()  # a fresh copy: event_actor_weeks as 0012 made it
    dialect = op.get_bind().dialect.name
    for table in (DAYS, WEEKS):
        _drop(table, dialect)
    m._create(WEEKS)
    _triggers(m, WEEKS, dialect)
    groups = ", ".join(str(i + 1) for i in range(len(m.ROLLUPS[WEEKS])))
    op.execute(f"INSERT INTO {WEEKS} ({m._key(WEEKS)}, n) SELECT {m._values(WEEKS, 'events', dialect)}, count(*) "
               f"FROM events GROUP BY {groups}")
