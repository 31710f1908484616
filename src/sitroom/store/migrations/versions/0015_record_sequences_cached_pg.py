"""PostgreSQL: the id sequences of the record tables hand each connection 1,000 ids at a time.

The bulk path draws an id for each record row (and provenance takes one per row by default): ~210
nextval() calls a document, each a buffer lock and, every 32 values, a WAL record on an uncached
sequence. Cached, a connection takes its ids from memory (nextval: ~6.5 -> ~3.5 µs measured on the
development machine), which is ~0.5 ms of server time a document. Ids stay unique and increasing per
connection; several loaders' ids interleave in blocks, and a connection that ends leaves the rest of
its block unused (gaps, which ids always had). SQLite has no sequences.

Revision ID: 0015
Revises: 0014
"""
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

TABLES = ("places", "actors", "claims", "flags", "events", "provenance")


def _cache(size: int) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DO $$ BEGIN EXECUTE format('ALTER SEQUENCE %s CACHE {size}', "
                   f"pg_get_serial_sequence('{table}', 'id')); END $$")


def upgrade() -> None:
    _cache(1000)


def downgrade() -> None:
    _cache(1)
