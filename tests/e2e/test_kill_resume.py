"""An ingest killed with SIGKILL mid-way and run again stores every document exactly once."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

N_DOCS = 240


def _corpus(folder, seed_text: str) -> None:
    """Hundreds of short real-text documents: paragraphs of the seed, each numbered to be unique."""
    paragraphs = [p.strip() for p in seed_text.split("\n\n") if len(p.strip()) > 80]
    for i in range(N_DOCS):
        para = paragraphs[i % len(paragraphs)]
        (folder / f"report-{i:04d}.txt").write_text(f"Report {i} of {N_DOCS}.\n\n{para}\n", encoding="utf-8")


def _count(db) -> int:
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("select count(*) from documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.OperationalError:
        return 0  # schema not created yet


@pytest.mark.slow
def test_sigkill_mid_ingest_then_resume(tmp_path, seed_text):
    folder = tmp_path / "reports"
    folder.mkdir()
    _corpus(folder, seed_text)
    db = tmp_path / "kill.db"
    cmd = [sys.executable, "-m", "sitroom", "ingest", str(folder), "--db", str(db), "--quiet", "--published", "2021-07-12"]

    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 300
    while _count(db) < 20 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
    assert proc.poll() is None, "ingest finished before it could be killed: make the corpus larger"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _count(db)
    assert 20 <= partial < N_DOCS

    done = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    assert f"already stored {partial}, duplicates skipped 0" in done.stdout

    con = sqlite3.connect(db)
    try:
        assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
        assert con.execute("select count(*) from documents").fetchone()[0] == N_DOCS
        assert con.execute("select count(distinct content_hash) from documents").fetchone()[0] == N_DOCS
        # every stored document has its extraction: nothing half-written
        missing = con.execute(
            "select count(*) from documents where extractor_version is null or extractor_version = ''"
        ).fetchone()[0]
        assert missing == 0
    finally:
        con.close()
