"""Processes opening one new PostgreSQL store at the same moment (`sitroom serve` and two ingests started
together, or a cluster's workers): each finds or makes the schema, none fails on the others' half-made
tables."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import text

from sitroom.api import open_store
from sitroom.store.schema import metadata
from tests.store.backends import pg_store  # noqa: F401

pytestmark = pytest.mark.postgres


def test_four_processes_open_one_new_store_at_once(pg_store):  # noqa: F811
    url = pg_store.engine.url.render_as_string(hide_password=False)
    with pg_store.engine.begin() as conn:  # a database with no schema yet
        metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    opener = f"from sitroom.api import open_store\nwith open_store({url!r}) as s: print(s.summary().events)"
    procs = [subprocess.Popen([sys.executable, "-c", opener], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for _ in range(4)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], [err.strip().splitlines()[-1:] for _, err in outs]
    assert [out.strip() for out, _ in outs] == ["0"] * 4
    with open_store(url) as s:
        assert s.summary().events == 0
