"""PostgreSQL: the mention tables (places, actors, claims, flags, provenance) lose their foreign key to
documents, and a trigger on documents deletes a deleted document's records instead (what ON DELETE
CASCADE did). Only the store writes these rows, in the transaction that writes their document, so the
key's check of every inserted row (a look-up of the document per row: ~200 rows a document, 10 µs
each) bought nothing but a third of the bulk path's server time. SQLite keeps its keys (dropping one
there rewrites the table; SQLite is the one-machine store).

Revision ID: 0013
Revises: 0012
"""
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

TABLES = ("places", "actors", "claims", "flags", "provenance")


def _fk(table: str) -> str:
    return f"fk_{table}_document_id_documents"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    deletes = "\n".join(f"DELETE FROM {t} WHERE document_id IN (SELECT id FROM old_rows);" for t in TABLES)
    op.execute(f"""CREATE OR REPLACE FUNCTION sitroom_document_records_delete() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          {deletes}
          RETURN NULL;
        END $$""")
    op.execute("CREATE TRIGGER document_records_delete AFTER DELETE ON documents REFERENCING OLD TABLE AS old_rows "
               "FOR EACH STATEMENT EXECUTE FUNCTION sitroom_document_records_delete()")
    for table in TABLES:
        op.drop_constraint(_fk(table), table, type_="foreignkey")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS document_records_delete ON documents")
    op.execute("DROP FUNCTION IF EXISTS sitroom_document_records_delete()")
    for table in TABLES:
        op.create_foreign_key(_fk(table), table, "documents", ["document_id"], ["id"], ondelete="CASCADE")
