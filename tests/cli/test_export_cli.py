"""`sitroom export`: files in each format, with filters."""

from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq

from tests.cli._filled_db import run, run_process


def test_export_acled_csv_to_file(db, tmp_path):
    out = tmp_path / "events.csv"
    result = run("export", "--db", db, "--format", "acled-csv", "-o", str(out), "--country", "Afghanistan")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["location"] for r in rows] == ["Garmsir", "Kunduz"]
    size = out.stat().st_size
    assert result.stderr == f"wrote {out} (acled-csv): 2 events matched, 2 rows written; {size:,} bytes\n"
    assert rows[0]["notes"].startswith("The Taliban took control") and rows[0]["iso"] == "4"


def test_export_geojson_to_stdout_with_filter(db):
    result = run("export", "--db", db, "--format", "geojson", "--since", "2021-08-01")
    fc = json.loads(result.stdout)
    assert [f["properties"]["location_name"] for f in fc["features"]] == ["Kunduz"]


def test_export_parquet_and_jsonl(db, tmp_path):
    run("export", "--db", db, "--format", "parquet", "-o", str(tmp_path / "e.parquet"))
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 2
    run("export", "--db", db, "--format", "jsonl", "-o", str(tmp_path / "e.jsonl"))
    assert len((tmp_path / "e.jsonl").read_text().splitlines()) == 2


def test_export_unknown_format_fails_with_one_line(db):
    proc = run_process("export", "--db", db, "--format", "xlsx")
    assert proc.returncode == 2
    assert proc.stderr.strip() == "Error: --format: 'xlsx' is not one of acled-csv, geojson, jsonl, parquet"
