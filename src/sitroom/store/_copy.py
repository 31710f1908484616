"""PostgreSQL's COPY for the bulk path: rows encoded as COPY text lines, ids drawn ahead.

A batch's record rows are encoded before their ids are known (the bulk path does it in a second
thread while the database writes the batch before): each row is the line of its columns after the
id, the document and (events) the incident, which are put in front when the batch is written.
"""

from __future__ import annotations

import json
from typing import Any, Iterable

from sqlalchemy import JSON, Connection, text

from ._rows import RawJSON

NULL = "\\N"


def _escaped(s: str) -> str:
    # COPY's text format: a backslash, tab, newline or carriage return inside a value is escaped.
    if "\\" in s:
        s = s.replace("\\", "\\\\")
    if "\t" in s:
        s = s.replace("\t", "\\t")
    if "\n" in s:
        s = s.replace("\n", "\\n")
    if "\r" in s:
        s = s.replace("\r", "\\r")
    return s


def field(value: Any, as_json: bool = False) -> str:
    """One value as COPY text; a JSON column's value as SQLAlchemy's JSON type writes it (``json.dumps``)
    unless it is :class:`RawJSON` text already."""
    if value is None:
        return NULL
    if as_json and not isinstance(value, RawJSON):
        value = json.dumps(value)
    if isinstance(value, str):
        return _escaped(value)
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, float):
        return repr(value)  # the shortest text that reads back as the same double (nan and inf included)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "\\\\x" + bytes(value).hex()  # bytea's hex form, its backslash escaped for COPY
    return str(value)


def json_columns(table, cols: Iterable[str]) -> list[bool]:
    return [isinstance(table.c[c].type, JSON) for c in cols]


def line(values: Iterable[Any], as_json: list[bool]) -> str:
    return "\t".join([field(v, j) for v, j in zip(values, as_json)])


def draw_ids(conn: Connection, counts: list[tuple[Any, int]]) -> list[list[int]]:
    """Ids for ``n`` new rows of each (table, n), drawn from the tables' sequences in one round trip (the
    rows are then sent with COPY, which returns nothing)."""
    # The sequence's name looked up once per table, not once per id.
    parts = [f"ARRAY(SELECT nextval(q.s) FROM (SELECT CAST(pg_get_serial_sequence('{table.name}', 'id') AS regclass) "
             f"AS s) q, generate_series(1, {int(n)}))" for table, n in counts]
    row = conn.execute(text(f"SELECT {', '.join(parts)}")).one() if parts else ()
    return [list(ids) for ids in row]


def copy_lines(conn: Connection, table, cols: list[str], lines: list[str]) -> None:
    """COPY text ``lines`` (no newline) of ``cols`` into ``table``, in the connection's transaction."""
    if not lines:
        return
    quoted = ", ".join(f'"{c}"' for c in cols)
    with conn.connection.driver_connection.cursor() as cur:
        with cur.copy(f"COPY {table.name} ({quoted}) FROM STDIN") as copy:
            copy.write("\n".join(lines).encode("utf-8") + b"\n")


def copy_rows(conn: Connection, table, rows: list[dict]) -> None:
    """COPY ``rows`` (dicts with the same keys) into ``table``."""
    if rows:
        cols = list(rows[0])
        as_json = json_columns(table, cols)
        copy_lines(conn, table, cols, [line(row.values(), as_json) for row in rows])
