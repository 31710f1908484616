"""Alembic environment for sitroom: always run online, on the connection the store passes in.

The store opens the database and hands its connection over in
``config.attributes["connection"]``; no alembic.ini is needed, so the migrations
travel inside the installed package.
"""

from alembic import context

from sitroom.store.schema import BACKEND_ONLY_INDEXES, SQLITE_ONLY_FOREIGN_KEYS, metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("sitroom migrations run through sitroom.store.open_store, which passes a connection")

# render_as_batch: SQLite cannot ALTER most things; batch mode copies the table instead.


def include_object(obj, name, type_, reflected, compare_to):
    """Autogenerate ignores the indexes and keys that migrations make for one back end only."""
    return not ((type_ == "index" and name in BACKEND_ONLY_INDEXES)
                or (type_ == "foreign_key_constraint" and name in SQLITE_ONLY_FOREIGN_KEYS))


context.configure(connection=connection, target_metadata=metadata, include_object=include_object,
                  render_as_batch=connection.dialect.name == "sqlite", compare_type=True)
with context.begin_transaction():
    context.run_migrations()
