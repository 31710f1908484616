"""`sitroom ingest -` reads standard input, as `sitroom extract` does (review 3, item 3)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

KANDAHAR = "Gunmen shot dead two policemen at a checkpoint in Kandahar city on Tuesday, officials said."
HARARE = "Police arrested 40 protesters in Harare on Saturday after a march against price rises."


def ingest_stdin(data: str, tmp_path, *args: str):
    return subprocess.run([sys.executable, "-m", "sitroom", "ingest", "-q", "-", "--db", "s.db", *args], input=data,
                          capture_output=True, text=True, timeout=600, cwd=tmp_path)


@pytest.mark.slow
def test_a_piped_report_and_a_piped_dump_are_stored_as_stdin(tmp_path):
    proc = ingest_stdin(KANDAHAR + "\n", tmp_path, "--published", "2021-07-14")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("ingested 1, ")
    dump = json.dumps({"id": "x", "text": HARARE}) + "\n" + json.dumps({"id": "y", "text": 5}) + "\n"
    proc = ingest_stdin(dump, tmp_path)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == ["Error: stdin:2: text field 'text' is empty or not a string"]
    db = sqlite3.connect(tmp_path / "s.db")
    assert db.execute("select uri, published from documents order by id").fetchall() == [
        ("stdin", "2021-07-14"), ("stdin#x", None)]
    assert db.execute("select source from failures").fetchall() == [("stdin:2",)]
    assert db.execute("select count(*) from events where document_id = 2").fetchone()[0] >= 1  # the arrests


def test_empty_standard_input_is_a_one_line_error(tmp_path):
    proc = ingest_stdin("", tmp_path)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        "Error: -: standard input is empty: pipe a report into it, e.g. `cat report.txt | sitroom ingest -`"]
