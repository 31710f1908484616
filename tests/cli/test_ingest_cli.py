"""`sitroom ingest`: the final report, duplicates, near-duplicates and bad inputs, as a user sees them."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "data"


def ingest(*args: str):
    return subprocess.run([sys.executable, "-m", "sitroom", "ingest", "--quiet", *args],
                          capture_output=True, text=True, timeout=600)


@pytest.mark.slow
def test_ingest_reports_duplicates_near_duplicates_and_failures(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(DATA / "dedup", folder)
    shutil.copy(folder / "haiti-gang-a.txt", folder / "haiti-gang-a-copy.txt")  # exact duplicate
    (folder / "empty.txt").write_text("")
    db = tmp_path / "s.db"

    proc = ingest(str(folder), "--db", str(db))
    assert proc.returncode == 1
    assert "ingested 4, already stored 0, duplicates skipped 1, near-duplicates linked 1" in proc.stdout
    assert "failed 1" in proc.stdout
    assert f"Error: {folder / 'empty.txt'}: empty file" in proc.stderr

    con = sqlite3.connect(db)
    linked = con.execute("select count(*) from documents where duplicate_of is not null").fetchone()[0]
    assert linked == 1

    # Running again stores nothing new: every document is found by its content hash.
    again = ingest(str(folder), "--db", str(db))
    assert "ingested 0, already stored 4, duplicates skipped 1" in again.stdout
    assert con.execute("select count(*) from documents").fetchone()[0] == 4


def test_ingest_missing_path_fails_with_one_line(tmp_path):
    proc = ingest(str(tmp_path / "nope.txt"), "--db", str(tmp_path / "s.db"))
    assert proc.returncode == 1
    assert "nope.txt" in proc.stderr
