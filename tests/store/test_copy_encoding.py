"""The bulk path's COPY text: psycopg's C encoder and the records' JSON bytes give the same line as the
plain Python encoder, and PostgreSQL reads back every value as it was written."""

from __future__ import annotations

import json
import math

import pytest
from sqlalchemy import select

from sitroom.records import ActorMention
from sitroom.store import _copy, _rows
from sitroom.store import testing as T
from sitroom.store.schema import actors

# Values COPY's text format must escape or spell out: backslash, tab, newline, carriage return, NULL,
# booleans, the shortest float text, non-ASCII.
TRICKY = "a\\b\tc\nd\re \\N ü – “q”"


def _actor(**update) -> ActorMention:
    base = ActorMention(text=TRICKY, sentence=3, start=10, end=20, extractor="x\\y", name=TRICKY, kind="group",
                        actor_type="Rebel group", inter=2, country="AF", role="actor1", organisation=None,
                        known=True)
    return base.model_copy(update=update)


def _python_line(row: dict) -> bytes:
    """The same columns as encode_rows puts them (the JSON last), by the plain Python encoder."""
    values = [v for c, v in row.items() if c != "data"] + [row["data"].decode("utf-8")]
    return (_copy.line(values, [False] * len(values)) + "\n").encode("utf-8")


@pytest.mark.parametrize("c_encoder", [True, False])
def test_encoded_rows_are_the_plain_encoders_lines(monkeypatch, c_encoder):
    if not c_encoder:
        monkeypatch.setattr(_copy, "_format_row", None)
    elif _copy._format_row is None:
        pytest.skip("psycopg's C encoder is not installed")
    rows = [_rows.actor_values(_actor(), True), _rows.actor_values(_actor(inter=None, known=False, country=None), True)]
    cols, lines = _copy.encode_rows(actors, rows)
    assert cols[-1] == "data" and sorted(cols) == sorted(rows[0])
    assert lines == [_python_line(r) for r in rows]
    # The record's JSON goes in as pydantic writes it, its backslashes doubled for COPY.
    assert lines[0].endswith(b"\t" + _actor().model_dump_json().encode().replace(b"\\", b"\\\\") + b"\n")


def test_json_bytes_are_pydantic_json():
    text = "Taliban fighters attacked Lashkar Gah, the capital of Helmand, on \"Monday\".\tOfficials said so."
    records = [T.event(text, "Taliban fighters attacked Lashkar Gah", "Battles", "Armed clash", actor1="Taliban"),
               T.place(text, "Lashkar Gah"), T.actor(text, "Taliban"), _actor(),
               T.claim(text, "Officials said so", "statement")]
    for r in records:
        assert bytes(_rows._data(r, True)) == r.model_dump_json().encode("utf-8")


def test_floats_and_nulls_read_back_exactly(pg_store):
    """Through COPY into PostgreSQL and back: the escapes undone, the floats the same doubles."""
    from sitroom.store.schema import incidents

    rows = [{"family": TRICKY, "event_type": "t", "sub_event_type": "s", "date_start": None, "date_end": None,
             "location_name": None, "level": None, "country": None, "admin1": None, "admin2": None,
             "lat": 0.1 + 0.2, "lon": -1e-300, "actor1": None, "actors": [TRICKY, "b"], "clues": [], "wide": True},
            {"family": "f", "event_type": "t", "sub_event_type": "s", "date_start": "2021-01-01",
             "date_end": "2021-01-02", "location_name": "ü", "level": "city", "country": "AF", "admin1": "a\tb",
             "admin2": None, "lat": math.pi, "lon": 1e300, "actor1": "x", "actors": [], "clues": ["killed:5"],
             "wide": False}]
    from sitroom.store.incidents import IncidentTable

    with pg_store.engine.begin() as conn:
        ids = IncidentTable(conn).insert(rows)
    with pg_store.engine.connect() as conn:
        got = {r["id"]: dict(r) for r in conn.execute(select(incidents)).mappings()}
    assert [{k: v for k, v in got[i].items() if k != "id"} for i in ids] == rows
