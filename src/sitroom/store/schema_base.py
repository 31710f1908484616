"""The metadata every table of the store belongs to (schema.py, rollup_tables.py), and the column type of
their dates."""

from __future__ import annotations

from sqlalchemy import MetaData, String

# Naming convention so Alembic migrations (and SQLite batch mode) get stable constraint names.
metadata = MetaData(naming_convention={
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})

ISO_DATE = String(10)
