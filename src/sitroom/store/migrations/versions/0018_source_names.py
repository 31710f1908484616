"""event_source_names and document_source_names: every distinct source an event names and outlet a document
comes from, with its count; indexes on events.source and documents.source.

The source filter matches a substring of the event's source or of its document's outlet. Over the events a
page of a source few events have, or none, read every event (1.0-1.5 s at 1M events in PostgreSQL), as the
actor and place filters did before 0017. With these tables the sources matching the filter are looked up
among a few rows and the events matched by equality on them, or on their documents' ids (store/names.py).

Kept like the other roll-ups: statement-level triggers with transition tables on PostgreSQL (0012's SQL for
the events; document_counts' way, 0011, for the documents), row triggers on SQLite.

Revision ID: 0018
Revises: 0017
"""
from alembic import op
import sqlalchemy as sa

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None

EVENTS, DOCUMENTS = "event_source_names", "document_source_names"
VALUE = "coalesce({ref}.source, '')"


def _doc_upsert(ref: str, sign: str) -> str:
    return (f"INSERT INTO {DOCUMENTS} (source, n) VALUES ({VALUE.format(ref=ref)}, {sign}1) "
            f"ON CONFLICT (source) DO UPDATE SET n = {DOCUMENTS}.n + excluded.n;")


def _doc_counter(name: str, rows: str, sign: str) -> str:
    return f"""CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO {DOCUMENTS} AS c (source, n)
      SELECT {VALUE.format(ref=rows)}, {sign}count(*) FROM {rows} GROUP BY 1 ORDER BY 1
      ON CONFLICT (source) DO UPDATE SET n = c.n + EXCLUDED.n;
      RETURN NULL;
    END $$"""


def upgrade() -> None:
    m, m16 = _modules()
    dialect = op.get_bind().dialect.name
    m.ROLLUPS[EVENTS] = {"source": lambda r, d: VALUE.format(ref=r)}
    m.COUNTED[EVENTS] = ("source",)
    m16._create(m, EVENTS, dialect)
    op.create_table(DOCUMENTS, sa.Column('source', sa.String(300), nullable=False),
                    sa.Column('n', sa.Integer(), nullable=False),
                    sa.UniqueConstraint('source', name=f"uq_{DOCUMENTS}_key"))
    changed = "OLD.source IS DISTINCT FROM NEW.source"
    if dialect == "postgresql":
        op.execute(_doc_counter(f"sitroom_{DOCUMENTS}_insert", "new_rows", ""))
        op.execute(_doc_counter(f"sitroom_{DOCUMENTS}_delete", "old_rows", "-"))
        op.execute(f"""CREATE OR REPLACE FUNCTION sitroom_{DOCUMENTS}_update() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              {_doc_upsert('OLD', '-')}
              {_doc_upsert('NEW', '')}
              RETURN NULL;
            END $$""")
        op.execute(f"CREATE TRIGGER {DOCUMENTS}_insert AFTER INSERT ON documents REFERENCING NEW TABLE AS new_rows "
                   f"FOR EACH STATEMENT EXECUTE FUNCTION sitroom_{DOCUMENTS}_insert()")
        op.execute(f"CREATE TRIGGER {DOCUMENTS}_delete AFTER DELETE ON documents REFERENCING OLD TABLE AS old_rows "
                   f"FOR EACH STATEMENT EXECUTE FUNCTION sitroom_{DOCUMENTS}_delete()")
        op.execute(f"CREATE TRIGGER {DOCUMENTS}_update AFTER UPDATE OF source ON documents FOR EACH ROW "
                   f"WHEN ({changed}) EXECUTE FUNCTION sitroom_{DOCUMENTS}_update()")
    else:
        op.execute(f"CREATE TRIGGER {DOCUMENTS}_insert AFTER INSERT ON documents BEGIN {_doc_upsert('NEW', '')} END")
        op.execute(f"CREATE TRIGGER {DOCUMENTS}_delete AFTER DELETE ON documents BEGIN {_doc_upsert('OLD', '-')} END")
        op.execute(f"CREATE TRIGGER {DOCUMENTS}_update AFTER UPDATE OF source ON documents WHEN {changed} "
                   f"BEGIN {_doc_upsert('OLD', '-')} {_doc_upsert('NEW', '')} END")
    op.create_index('ix_events_source', 'events', ['source'], unique=False)
    op.create_index('ix_documents_source', 'documents', ['source'], unique=False)
    op.execute(f"INSERT INTO {EVENTS} (source, n) SELECT {VALUE.format(ref='events')}, count(*) FROM events GROUP BY 1")
    op.execute(f"INSERT INTO {DOCUMENTS} (source, n) SELECT {VALUE.format(ref='documents')}, count(*) FROM documents "
               "GROUP BY 1")
    if dialect == "postgresql":
        for table in (EVENTS, DOCUMENTS, "events", "documents"):
            op.execute(f"ANALYZE {table}")


def _modules():
    """0012's module (the roll-ups' SQL) and 0016's (creating one with its triggers), loaded from their files."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).with_name("0016_event_actor_days.py")
    spec = importlib.util.spec_from_file_location("sitroom_migration_0016_for_0018", path)
    m16 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m16)
    return m16._previous(), m16


def downgrade() -> None:
    _m, m16 = _modules()
    dialect = op.get_bind().dialect.name
    postgres = dialect == "postgresql"
    op.drop_index('ix_documents_source', table_name='documents')
    op.drop_index('ix_events_source', table_name='events')
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS {DOCUMENTS}_{trigger}" + (" ON documents" if postgres else ""))
        if postgres:
            op.execute(f"DROP FUNCTION IF EXISTS sitroom_{DOCUMENTS}_{trigger}()")
    op.drop_table(DOCUMENTS)
    m16._drop(EVENTS, dialect)
