"""Reading a large result from one snapshot of the database, a chunk at a time.

Pages (OFFSET, or "id greater than the last page's") each see the database as it is when they run, so a
scan paged while others write repeats or skips rows: PostgreSQL's loaders draw ids from sequences cached
per connection (migration 0015) and commit them out of order, so ids lower than a page already read keep
appearing. One statement streamed through a server-side cursor (PostgreSQL) or stepped row by row (SQLite)
reads the snapshot its statement began with, whatever is committed meanwhile.
"""

from __future__ import annotations

from typing import Iterator, Sequence

from sqlalchemy import Engine, Row
from sqlalchemy.pool import StaticPool


def snapshot_rows(engine: Engine, stmt, chunk: int) -> Iterator[tuple[list[str], Sequence[Row]]]:
    """``(column names, rows)`` chunks of ``stmt``'s result, all read from the one snapshot the statement
    starts with: each row committed before it once, nothing committed, changed or deleted after it.

    The connection stays open until the iteration ends or the iterator is dropped (on PostgreSQL its
    snapshot holds back vacuum that long). A store on one shared connection (an in-memory SQLite database,
    where the caller may write while it iterates) is read whole first instead.
    """
    if isinstance(engine.pool, StaticPool):
        with engine.connect() as conn:
            result = conn.execute(stmt)
            keys, rows = list(result.keys()), result.all()
        for k in range(0, len(rows), chunk):
            yield keys, rows[k:k + chunk]
        return
    with engine.connect() as conn:
        # yield_per: a server-side cursor on PostgreSQL (psycopg), fetchmany on SQLite.
        result = conn.execution_options(yield_per=chunk).execute(stmt)
        keys = list(result.keys())
        for rows in result.partitions():
            yield keys, rows


def rows_by_id(engine: Engine, stmt, id_col, chunk: int) -> Iterator[Row]:
    """``stmt``'s rows in order of ``id_col``, each row committed before the scan began once.

    PostgreSQL: one snapshot (:func:`snapshot_rows`). SQLite: pages by id, each a short read, so that a
    caller writing while it iterates (re-extraction) lets the WAL be checkpointed; SQLite has one writer
    at a time and gives each new row the next id under its lock, so ids follow commits there and a page
    by id skips nothing committed before it.
    """
    if engine.dialect.name == "postgresql":
        for _keys, rows in snapshot_rows(engine, stmt.order_by(id_col), chunk):
            yield from rows
        return
    last = None
    while True:
        page = stmt if last is None else stmt.where(id_col > last)
        with engine.connect() as conn:
            rows = conn.execute(page.order_by(id_col).limit(chunk)).all()
        yield from rows
        if len(rows) < chunk:
            return
        last = rows[-1]._mapping[id_col]
