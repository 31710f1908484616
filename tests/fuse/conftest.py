"""Fusion tests run on SQLite and PostgreSQL."""

from tests.store.backends import pg_store, sqlite_store, store  # noqa: F401
