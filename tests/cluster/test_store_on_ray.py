"""`sitroom ingest --engine ray` and `sitroom reextract --engine ray` into PostgreSQL, on the local
two-node cluster: a worker killed mid-ingest, and still every document stored exactly once."""

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
from tests.cluster.test_extract_on_ray import _actor_pids, sitroom

pytestmark = [pytest.mark.slow, pytest.mark.postgres]
N = 40


def _count(engine, sql: str) -> int:
    with engine.connect() as conn:
        return conn.execute(text(sql)).scalar() or 0


def test_ingest_with_a_killed_worker_then_reextract(ray_cluster, real_docs, pg_store, tmp_path):
    url = os.environ["SITROOM_TEST_PG"]
    engine = pg_store.engine
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(json.dumps(d) + "\n" for d in real_docs[:N]), encoding="utf-8")
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
    assert _count(engine, "select count(*) from events") > 0

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
