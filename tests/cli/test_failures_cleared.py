"""`sitroom stats` lists the failures that still stand: an input stored later is no longer one."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest


def sitroom(*args: str):
    return subprocess.run([sys.executable, "-m", "sitroom", *args], capture_output=True, text=True, timeout=600)


@pytest.mark.slow
def test_a_record_refused_for_its_date_is_no_failure_once_fixed_and_stored(tmp_path):
    dump = tmp_path / "dump.jsonl"
    good = {"text": "Police arrested 12 protesters in Herat on 2021-07-08.", "published": "2021-07-09"}
    bad = {"text": "Taliban fighters shelled Lashkar Gah on 2021-07-10, killing two civilians.", "published": "2021-13-45"}
    dump.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    db = tmp_path / "s.db"

    first = sitroom("ingest", "--quiet", str(dump), "--db", str(db))
    assert first.returncode == 1
    reason = "field 'published': '2021-13-45' is not a real date: month must be in 1..12"
    assert first.stderr.strip() == f"Error: {dump}:2: {reason}"
    assert f"failed {dump}:2: {reason}" in " ".join(sitroom("stats", "--db", str(db)).stdout.split())

    bad["published"] = "2021-07-11"
    dump.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    second = sitroom("ingest", "--quiet", str(dump), "--db", str(db))
    assert second.returncode == 0, second.stderr
    assert "ingested 1, already stored 1" in second.stdout
    stats = sitroom("stats", "--db", str(db), "--format", "json")
    assert stats.returncode == 0, stats.stderr
    shown = json.loads(stats.stdout)
    assert shown["latest_failures"] == []
    with sqlite3.connect(db) as con:
        assert con.execute("select count(*) from failures").fetchone()[0] == 0
        assert con.execute("select count(*) from documents").fetchone()[0] == 2


@pytest.mark.slow
def test_a_file_that_failed_is_cleared_when_stored_and_other_failures_stay(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "late.txt").write_text("", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    db = tmp_path / "s.db"
    assert sitroom("ingest", "--quiet", str(folder), "--db", str(db)).returncode == 1
    (folder / "late.txt").write_text("Gunmen attacked a bus in Quetta on 12 March 2022, killing 7 passengers, "
                                     "police said.\n", encoding="utf-8")
    again = sitroom("ingest", "--quiet", str(folder), "--db", str(db))
    assert again.returncode == 1  # empty.txt still fails
    with sqlite3.connect(db) as con:
        assert con.execute("select source, reason from failures").fetchall() == \
            [(str(folder / "empty.txt"), "empty file (0 bytes)")]
