"""PostgreSQL's COPY for the bulk path: rows encoded as COPY text lines, ids drawn ahead.

A batch's record rows are encoded before their ids are known (the bulk path does it in a second
thread while the database writes the batch before): each row is the line of its columns after the
id, the document and (events) the incident, which are put in front when the batch is written.
"""

from __future__ import annotations

import json
from operator import itemgetter
from typing import Any, Iterable

from sqlalchemy import JSON, Connection, text

from ._rows import JSONBytes, RawJSON

try:  # psycopg's own COPY row encoder, in C (psycopg[binary]): the same text as line(), ~2x faster
    from psycopg._copy_base import format_row_text as _format_row
    from psycopg.adapt import Transformer as _Transformer
except ImportError:  # psycopg without its C module, or another version's layout
    _format_row = None

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


def encode_rows(table, rows: list[dict]) -> tuple[list[str], list[bytes]]:
    """``rows`` (dicts with the same keys) as COPY text lines of bytes, each ending with a newline, and the
    columns they hold, in order: the record's JSON (``data`` as :class:`JSONBytes`) last, put in as it is
    (its backslashes doubled: JSON has no raw tab or newline), the rest by psycopg's encoder."""
    cols = list(rows[0])
    data = "data" in cols and isinstance(rows[0]["data"], JSONBytes)
    if data:
        cols.remove("data")
    as_json = [k for k, c in enumerate(cols) if isinstance(table.c[c].type, JSON)]
    get = itemgetter(*cols)
    out = []
    tx = _Transformer() if _format_row is not None else None
    for row in rows:
        values = get(row)
        if as_json:
            values = list(values)
            for k in as_json:
                v = values[k]
                if v is not None and not isinstance(v, RawJSON):
                    values[k] = json.dumps(v)
        if tx is not None:
            buf = bytearray()
            _format_row(values, tx, buf)
        else:
            buf = bytearray(line(values, [False] * len(values)).encode("utf-8") + b"\n")
        if data:
            j = row["data"]
            buf[-1:] = b"\t"
            buf += j.replace(b"\\", b"\\\\") if b"\\" in j else j
            buf += b"\n"
        out.append(bytes(buf))
    return cols + ["data"] if data else cols, out


def draw_ids(conn: Connection, counts: list[tuple[Any, int]]) -> list[list[int]]:
    """Ids for ``n`` new rows of each (table, n), drawn from the tables' sequences in one round trip (the
    rows are then sent with COPY, which returns nothing)."""
    # The sequence's name looked up once per table, not once per id: a subquery would be pulled up and
    # pg_get_serial_sequence run for every id (4 µs an id, against 0.3 µs materialised).
    parts = [f"ARRAY(WITH q AS MATERIALIZED (SELECT CAST(pg_get_serial_sequence('{table.name}', 'id') AS regclass) "
             f"AS s) SELECT nextval(q.s) FROM q, generate_series(1, {int(n)}))" for table, n in counts]
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


def copy_data(conn: Connection, table, cols: list[str], data: bytes) -> None:
    """COPY ``data`` (text lines, each ending with a newline) of ``cols`` into ``table``."""
    if not data:
        return
    quoted = ", ".join(f'"{c}"' for c in cols)
    with conn.connection.driver_connection.cursor() as cur:
        with cur.copy(f"COPY {table.name} ({quoted}) FROM STDIN") as copy:
            copy.write(data)


def copy_rows(conn: Connection, table, rows: list[dict]) -> None:
    """COPY ``rows`` (dicts with the same keys) into ``table``."""
    if rows:
        cols = list(rows[0])
        as_json = json_columns(table, cols)
        copy_lines(conn, table, cols, [line(row.values(), as_json) for row in rows])
