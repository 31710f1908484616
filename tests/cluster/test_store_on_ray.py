"""`sitroom ingest --engine ray` and `sitroom reextract --engine ray` into PostgreSQL, on the local
two-node cluster: the rows stored are those `--jobs 1` stores, row for row, also with a worker killed
mid-ingest (every document stored exactly once)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import text

from tests.cluster.conftest import cluster_env
from tests.cluster.stored_rows import first_difference, stored_rows
from tests.cluster.test_extract_on_ray import _actor_pids, sitroom

pytestmark = [pytest.mark.slow, pytest.mark.postgres]
N = 40


def _count(engine, sql: str) -> int:
    with engine.connect() as conn:
        return conn.execute(text(sql)).scalar() or 0


@pytest.fixture
def dump(tmp_path_factory, real_docs):
    """N real documents as a JSONL dump, at one path for every run (the stored uri names it)."""
    path = tmp_path_factory.getbasetemp() / "store-on-ray" / "dump.jsonl"
    if not path.exists():
        path.parent.mkdir(exist_ok=True)
        path.write_text("".join(json.dumps(d) + "\n" for d in real_docs[:N]), encoding="utf-8")
    return path


@pytest.fixture
def jobs1_rows(pg_store, dump, request):
    """The rows `sitroom ingest --jobs 1` stores from ``dump`` (taken once per test session), the
    database emptied again afterwards for the run under test."""
    rows = getattr(request.session, "_sitroom_jobs1_rows", None)
    if rows is None:
        url = os.environ["SITROOM_TEST_PG"]
        one = sitroom("ingest", str(dump), "--db", url, "--jobs", "1", "--quiet")
        assert one.returncode == 0, one.stderr
        assert f"ingested {N}, already stored 0" in one.stdout
        rows = stored_rows(pg_store.engine)
        request.session._sitroom_jobs1_rows = rows
        _empty(pg_store)
    return rows


def _empty(store) -> None:
    """The database made again as the pg_store fixture makes it: tables dropped, the migrations run."""
    from sitroom.api import open_store
    from sitroom.store.schema import metadata

    store.engine.dispose()
    with store.engine.begin() as conn:
        metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    open_store(os.environ["SITROOM_TEST_PG"]).close()


def test_ingest_on_the_cluster_stores_the_rows_one_process_stores(ray_cluster, dump, jobs1_rows, pg_store):
    url = os.environ["SITROOM_TEST_PG"]
    # not a comparison of empty tables: the documents' events, claims, places and actors are all there
    for table in ("documents", "events", "claims", "places", "actors", "provenance", "incidents", "event_weeks"):
        assert jobs1_rows[table], f"--jobs 1 stored no {table}"
    run = sitroom("ingest", str(dump), "--db", url, "--engine", "ray", "--address", ray_cluster, "--quiet")
    assert run.returncode == 0, run.stderr
    assert f"ingested {N}, already stored 0, duplicates skipped 0" in run.stdout
    assert first_difference(stored_rows(pg_store.engine), jobs1_rows) == ""


def test_ingest_with_a_killed_worker_then_reextract(ray_cluster, dump, jobs1_rows, pg_store):
    url = os.environ["SITROOM_TEST_PG"]
    engine = pg_store.engine
    cmd = [sys.executable, "-m", "sitroom", "ingest", str(dump), "--db", url, "--engine", "ray",
           "--address", ray_cluster, "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cluster_env())
    deadline = time.time() + 600
    while time.time() < deadline and proc.poll() is None:
        if _count(engine, "select count(*) from documents") >= 1 and _actor_pids():
            break
        time.sleep(0.2)
    assert proc.poll() is None, "the ingest ended before a worker could be killed"
    os.kill(_actor_pids()[0], signal.SIGKILL)
    stdout, stderr = proc.communicate(timeout=1200)
    assert proc.returncode == 0, stderr
    assert f"ingested {N}, already stored 0, duplicates skipped 0" in stdout
    assert _count(engine, "select count(*) from documents") == N
    assert _count(engine, "select count(distinct content_hash) from documents") == N
    assert _count(engine, "select count(*) from documents where extractor_version = ''") == 0
    # every document stored exactly once, with the records --jobs 1 stores for it
    assert first_difference(stored_rows(engine), jobs1_rows) == ""

    again = sitroom("ingest", str(dump), "--db", url, "--engine", "ray", "--address", ray_cluster, "--quiet")
    assert again.returncode == 0, again.stderr
    assert f"ingested 0, already stored {N}, duplicates skipped 0" in again.stdout

    events_before = _count(engine, "select count(*) from events")
    with engine.begin() as conn:
        conn.execute(text("update documents set extractor_version = 'an older version' where id in "
                          "(select id from documents order by id limit 5)"))
    redo = sitroom("reextract", "--db", url, "--engine", "ray", "--address", ray_cluster, "--quiet")
    assert redo.returncode == 0, redo.stderr
    assert redo.stdout.startswith("re-extracted 5 documents with sitroom-")
    assert _count(engine, "select count(*) from documents where extractor_version = 'an older version'") == 0
    assert _count(engine, "select count(*) from events") == events_before  # the same records, swapped in place
