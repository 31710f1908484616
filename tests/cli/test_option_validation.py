"""Issue 14 items 4-5 on the command line: every option checked before any work, with one line naming the
option and the reason; names in any case; read commands refuse a database that does not exist."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from sitroom.errors import StoreError
from tests.cli._filled_db import run, run_process  # noqa: F401  (db is a fixture)

MAX = 2**63 - 1
TYPES = ("Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments, "
         "Diplomacy, Statements, Disasters, Crime")


@pytest.mark.parametrize("args, message", [
    (["events", "--since", "2021-13-01"], "Error: --since: '2021-13-01' is not a real date: month must be in 1..12"),
    (["events", "--until", "2021-02-30"], "Error: --until: '2021-02-30' is not a real date: day is out of range for month"),
    (["events", "--since", "20210701"], "Error: --since: '20210701' is not a date (YYYY-MM-DD)"),
    (["events", "--type", "Battel"], f"Error: --type: 'Battel' is not one of {TYPES}"),
    (["events", "--limit", "0"], f"Error: --limit: 0 is out of range (1 to {MAX})"),
    (["events", "--limit", str(2**63)], f"Error: --limit: {2**63} is out of range (1 to {MAX})"),
    (["events", "--sort", "colour"], "Error: --sort: 'colour' is not one of confidence, country, date, evidence, "
                                     "fatalities, id, type"),
    (["events", "--format", "xml"], "Error: --format: 'xml' is not one of table, csv, json"),
    (["events", "--min-confidence", "nan"], "Error: --min-confidence: nan is not a number"),
    (["events", "--min-confidence", "1.5"], "Error: --min-confidence: 1.5 must be at least 0 and at most 1"),
    (["events", "--actor", "a" * 501], "Error: --actor: 501 characters is too long a search (at most 500)"),
    (["events", "--country", "Atlantis"], "Error: --country: unknown country 'Atlantis'; give an ISO code (AF) or a name "
                                          "(Afghanistan)"),
    (["export", "--format", "xlsx"], "Error: --format: 'xlsx' is not one of acled-csv, geojson, jsonl, parquet"),
    (["export", "--format", "jsonl", "--since", "2021-02-29"],
     "Error: --since: '2021-02-29' is not a real date: day is out of range for month"),
    (["control", "--as-of", "2021-02-30"], "Error: --as-of: '2021-02-30' is not a real date: day is out of range for month"),
    (["control", "--place", "x\x00y"], "Error: --place: contains a NUL character"),
    (["ledger", "--as-of", "2021-13-01"], "Error: --as-of: '2021-13-01' is not a real date: month must be in 1..12"),
    (["ledger", "--status", "done"], "Error: --status: 'done' is not one of kept, broken, open, undetermined"),
    (["incidents", "--min-sources", "0"], f"Error: --min-sources: 0 is out of range (1 to {MAX})"),
    (["incidents", "--limit", str(2**64)], f"Error: --limit: {2**64} is out of range (1 to {MAX})"),
    (["stats", "--failures", "-1"], f"Error: --failures: -1 is out of range (0 to {MAX})"),
    (["show", str(2**64)], f"Error: no document '{2**64}': ids run from 1 to {MAX}"),
    (["show", "0"], f"Error: no document '0': ids run from 1 to {MAX}"),
])
def test_bad_options_fail_with_one_line(db, args, message):
    result = run(*args, "--db", db)
    # a bad option value is a usage error (2), as click's own checks; a document not there is a lookup that failed (1)
    assert result.exit_code == (1 if args[0] == "show" else 2), result.output
    assert result.stderr.strip() == message


@pytest.mark.parametrize("command", ["events", "export"])
def test_a_range_ending_before_it_starts_is_a_usage_error(db, command):
    extra = ["--format", "jsonl"] if command == "export" else []
    result = run(command, "--since", "2022-01-01", "--until", "2021-01-01", *extra, "--db", db)
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == "Error: --since: 2022-01-01 is after --until 2021-01-01; nothing can match"


@pytest.mark.parametrize("args, message", [
    (["extract", "--published", "2021-13-01"], "Error: --published: '2021-13-01' is not a real date: month must be in 1..12"),
    (["ingest", "x.txt", "--published", "2021-02-30", "--db", "{db}"],
     "Error: --published: '2021-02-30' is not a real date: day is out of range for month"),
    (["serve", "--max-upload-mb", "nan", "--db", "{db}"], "Error: --max-upload-mb: nan is not a number"),
    (["serve", "--max-upload-mb", "0", "--db", "{db}"], "Error: --max-upload-mb: 0 must be at least 0.01 and at most 1024"),
    (["gazetteer", "lookup", "Kabul", "--level", "City"],
     "Error: --level: 'City' is not one of country, admin1, admin2, populated place, border area, other"),
    (["serve", "--allow-host", "http://x.org/", "--db", "{db}"],
     "Error: --allow-host: 'http://x.org/' is not a host name (give a name such as sitroom.example.org, no port)"),
])
def test_bad_options_of_other_commands(tmp_path, args, message):
    result = run(*(a.format(db=tmp_path / "none.db") for a in args))
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == message
    assert not (tmp_path / "none.db").exists()


@pytest.mark.parametrize("args, expected", [
    (["events", "--type", "battles"], 2),
    (["events", "--type", "BATTLES", "--type", "protests"], 2),
    (["events", "--country", "afghanistan"], 2),
    (["events", "--sort", "-Date"], 2),
])
def test_names_are_taken_in_any_case(db, args, expected):
    result = run(*args, "--db", db, "--format", "JSON")
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.output)) == expected


def test_enum_options_in_any_case(db):
    assert run("ledger", "--db", db, "--status", "OPEN", "--format", "Json").exit_code == 0
    result = run("export", "--db", db, "--format", "JSONL", "--type", "battles")
    assert result.exit_code == 0 and len(result.output.splitlines()) == 2


READ_COMMANDS = [["events"], ["show", "1"], ["stats"], ["control"], ["ledger"], ["incidents"],
                 ["export", "--format", "jsonl"], ["reextract"]]


@pytest.mark.parametrize("args", READ_COMMANDS, ids=lambda a: a[0])
def test_read_commands_refuse_a_database_that_does_not_exist(tmp_path, args):
    path = tmp_path / "typo.db"
    result = run(*args, "--db", str(path))
    assert result.exit_code == 1
    assert isinstance(result.exception, StoreError)
    assert str(result.exception) == (f"{path}: no such database; check --db (or $SITROOM_DB), "
                                     "or store documents there first with `sitroom ingest FILES --db PATH`")
    assert not path.exists()  # not created empty


def test_a_missing_database_is_one_line_from_the_real_command(tmp_path):
    path = tmp_path / "typo.db"
    proc = run_process("events", "--db", str(path))
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr == (f"Error: {path}: no such database; check --db (or $SITROOM_DB), "
                           "or store documents there first with `sitroom ingest FILES --db PATH`\n")
    assert not path.exists()


def test_ingest_still_creates_a_new_database(tmp_path):
    path = tmp_path / "new.db"
    doc = tmp_path / "a.txt"
    doc.write_text("Taliban fighters attacked a checkpoint in Kunduz on Monday, killing three soldiers.")
    proc = run_process("ingest", str(doc), "--db", str(path), "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert sqlite3.connect(path).execute("select count(*) from documents").fetchone() == (1,)


def test_usage_errors_are_one_line_with_exit_2(db):
    proc = run_process("events", "--db", db, "--limit", "many")
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.count("\n") == 1
    assert proc.stderr.startswith("Error: Invalid value for '--limit' / '-n': ")
    assert proc.stderr.endswith(" (see `sitroom events --help`)\n")
    proc = run_process("events", "--colour", "red")
    assert proc.returncode == 2 and proc.stderr == ("Error: No such option: --colour (Possible options: --actor, --country) "
                                                   "(see `sitroom events --help`)\n")


def test_undecodable_bytes_in_a_search_are_refused(db):
    proc = subprocess.run([sys.executable, "-m", "sitroom", "events", "--db", db, "--actor", b"Tal\xffiban"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr == "Error: --actor: holds bytes that are not UTF-8 text\n"
