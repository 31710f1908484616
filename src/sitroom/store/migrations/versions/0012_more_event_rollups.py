"""More roll-ups beside event_weeks (0010), for the counts it cannot give: event_place_weeks adds the
event's place names, their search keys and its point (the place filter, a map box, located or not),
event_actor_weeks the pair of actors (the actor filter and facet), event_source_weeks the source (its
facet), and event_days counts per exact start and end date and modality (the timeline by day, totals
whose dates cut a week, and the modality filter). At 1M events in PostgreSQL these were counted over the events: the actor total took
2.1 s, the box total 0.3-2.3 s, growing linearly.

Kept like event_weeks: in the writer's transaction, by statement-level triggers with transition tables
on PostgreSQL (one grouped upsert per INSERT, COPY or DELETE statement) and a row trigger for updates
of the counted columns; by row triggers on SQLite.

Revision ID: 0012
Revises: 0011
"""
from alembic import op
import sqlalchemy as sa

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def _week(ref: str, column: str, dialect: str) -> str:
    # sitroom_week() is 0010's: the Monday of an ISO date, '' for none.
    if dialect == "postgresql":
        return f"sitroom_week({ref}.{column})"
    return f"coalesce(date({ref}.{column}, 'weekday 0', '-6 days'), '')"


def _located(ref: str) -> str:
    return f"{ref}.lat IS NOT NULL AND {ref}.lon IS NOT NULL"


# Each roll-up: its key columns and how each is computed from an events row ``r``.
ROLLUPS = {
    "event_place_weeks": {
        "week_start": lambda r, d: _week(r, "date_start", d),
        "week_end": lambda r, d: _week(r, "date_end", d),
        "event_type": lambda r, d: f"{r}.event_type",
        **{c: (lambda c: lambda r, d: f"coalesce({r}.{c}, '')")(c) for c in (
            "country", "admin1", "admin1_key", "admin2", "admin2_key", "location_name", "location_key")},
        "located": lambda r, d: f"CASE WHEN {_located(r)} THEN 1 ELSE 0 END",
        "lat": lambda r, d: f"CASE WHEN {_located(r)} THEN {r}.lat ELSE 0 END",
        "lon": lambda r, d: f"CASE WHEN {_located(r)} THEN {r}.lon ELSE 0 END",
    },
    "event_actor_weeks": {
        "week_start": lambda r, d: _week(r, "date_start", d),
        "week_end": lambda r, d: _week(r, "date_end", d),
        "event_type": lambda r, d: f"{r}.event_type",
        **{c: (lambda c: lambda r, d: f"coalesce({r}.{c}, '')")(c) for c in ("country", "actor1", "actor2")},
    },
    "event_source_weeks": {
        "week_start": lambda r, d: _week(r, "date_start", d),
        "week_end": lambda r, d: _week(r, "date_end", d),
        "event_type": lambda r, d: f"{r}.event_type",
        **{c: (lambda c: lambda r, d: f"coalesce({r}.{c}, '')")(c) for c in ("country", "source")},
    },
    "event_days": {
        "event_type": lambda r, d: f"{r}.event_type",
        **{c: (lambda c: lambda r, d: f"coalesce({r}.{c}, '')")(c) for c in (
            "date_start", "date_end", "country", "admin1", "admin1_key", "modality")},
    },
}
# The events' columns each roll-up's key is computed from (an update of another column changes no count).
COUNTED = {
    "event_place_weeks": ("date_start", "date_end", "event_type", "country", "admin1", "admin1_key", "admin2",
                          "admin2_key", "location_name", "location_key", "lat", "lon"),
    "event_actor_weeks": ("date_start", "date_end", "event_type", "country", "actor1", "actor2"),
    "event_source_weeks": ("date_start", "date_end", "event_type", "country", "source"),
    "event_days": ("date_start", "date_end", "event_type", "country", "admin1", "admin1_key", "modality"),
}


def _key(table: str) -> str:
    return ", ".join(ROLLUPS[table])


def _values(table: str, ref: str, dialect: str) -> str:
    return ", ".join(f(ref, dialect) for f in ROLLUPS[table].values())


def _row_upsert(table: str, ref: str, sign: str, dialect: str) -> str:
    return (f"INSERT INTO {table} ({_key(table)}, n) VALUES ({_values(table, ref, dialect)}, {sign}1) "
            f"ON CONFLICT ({_key(table)}) DO UPDATE SET n = {table}.n + excluded.n;")


def _pg_counter(table: str, rows: str, sign: str) -> str:
    groups = ", ".join(str(i + 1) for i in range(len(ROLLUPS[table])))
    return f"""CREATE OR REPLACE FUNCTION sitroom_{table}_{'insert' if sign == '' else 'delete'}() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO {table} AS w ({_key(table)}, n)
      SELECT {_values(table, rows, 'postgresql')}, {sign}count(*) FROM {rows} GROUP BY {groups} ORDER BY {groups}
      ON CONFLICT ({_key(table)}) DO UPDATE SET n = w.n + EXCLUDED.n;
      RETURN NULL;
    END $$"""


def _changed(table: str, old: str = "OLD", new: str = "NEW") -> str:
    return " OR ".join(f"{old}.{c} IS DISTINCT FROM {new}.{c}" for c in COUNTED[table])


def _create(table: str) -> None:
    text, float_ = sa.String, sa.Float
    types = {"week_start": text(10), "week_end": text(10), "event_type": text(100), "country": text(2),
             "admin1": text(200), "admin1_key": text(200), "admin2": text(200), "admin2_key": text(200),
             "location_name": text(300), "location_key": text(300), "located": sa.Integer(), "lat": float_(),
             "lon": float_(), "actor1": text(300), "actor2": text(300), "source": text(300),
             "date_start": text(10), "date_end": text(10), "modality": text(20)}
    op.create_table(table, *[sa.Column(c, types[c], nullable=False) for c in ROLLUPS[table]],
                    sa.Column('n', sa.Integer(), nullable=False),
                    sa.UniqueConstraint(*ROLLUPS[table], name=f"uq_{table}_key"))


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in ROLLUPS:
        _create(table)
        columns = ", ".join(COUNTED[table])
        if dialect == "postgresql":
            op.execute(_pg_counter(table, "new_rows", ""))
            op.execute(_pg_counter(table, "old_rows", "-"))
            op.execute(f"""CREATE OR REPLACE FUNCTION sitroom_{table}_update() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  {_row_upsert(table, 'OLD', '-', dialect)}
                  {_row_upsert(table, 'NEW', '', dialect)}
                  RETURN NULL;
                END $$""")
            op.execute(f"CREATE TRIGGER {table}_insert AFTER INSERT ON events REFERENCING NEW TABLE AS new_rows "
                       f"FOR EACH STATEMENT EXECUTE FUNCTION sitroom_{table}_insert()")
            op.execute(f"CREATE TRIGGER {table}_delete AFTER DELETE ON events REFERENCING OLD TABLE AS old_rows "
                       f"FOR EACH STATEMENT EXECUTE FUNCTION sitroom_{table}_delete()")
            op.execute(f"CREATE TRIGGER {table}_update AFTER UPDATE OF {columns} ON events FOR EACH ROW "
                       f"WHEN ({_changed(table)}) EXECUTE FUNCTION sitroom_{table}_update()")
        else:
            op.execute(f"CREATE TRIGGER {table}_insert AFTER INSERT ON events BEGIN "
                       f"{_row_upsert(table, 'NEW', '', dialect)} END")
            op.execute(f"CREATE TRIGGER {table}_delete AFTER DELETE ON events BEGIN "
                       f"{_row_upsert(table, 'OLD', '-', dialect)} END")
            op.execute(f"CREATE TRIGGER {table}_update AFTER UPDATE OF {columns} ON events WHEN {_changed(table)} "
                       f"BEGIN {_row_upsert(table, 'OLD', '-', dialect)} {_row_upsert(table, 'NEW', '', dialect)} END")
    _backfill(dialect)


def _backfill(dialect: str) -> None:
    """The counts of the events stored before this revision; on PostgreSQL from one scan of the events
    (their counted columns kept aside), not one per roll-up: the events' rows are large (their JSON)."""
    counted = sorted({c for columns in COUNTED.values() for c in columns})
    if dialect == "postgresql":
        op.execute(f"CREATE TEMPORARY TABLE sitroom_counted ON COMMIT DROP AS SELECT {', '.join(counted)} FROM events")
    source = "sitroom_counted" if dialect == "postgresql" else "events"
    for table in ROLLUPS:
        groups = ", ".join(str(i + 1) for i in range(len(ROLLUPS[table])))
        op.execute(f"INSERT INTO {table} ({_key(table)}, n) SELECT {_values(table, source, dialect)}, count(*) "
                   f"FROM {source} GROUP BY {groups}")
    if dialect == "postgresql":
        op.execute("DROP TABLE sitroom_counted")
        for table in ROLLUPS:  # the planner's statistics of the new tables, before autovacuum comes by
            op.execute(f"ANALYZE {table}")


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in ROLLUPS:
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_{trigger}" + (" ON events" if postgres else ""))
        op.drop_table(table)
