"""`sitroom events`: filters, and table, CSV and JSON output."""

from __future__ import annotations

import csv
import io
import json

from tests.cli._filled_db import run, run_process  # noqa: F401  (db is a fixture)


def test_events_table_lists_newest_first_with_evidence(db):
    result = run("events", "--db", db)
    assert result.exit_code == 0, result.output
    assert "2 of 2 events" in result.output
    assert result.output.index("Government regains") < result.output.index("Non-state actor")
    assert "5 killed" in result.output
    assert "Garmsir" in result.output and "Taliban" in result.output


def test_events_json_with_filters(db):
    result = run("events", "--db", db, "--format", "json", "--actor", "taliban", "--since", "2021-07-01",
                 "--until", "2021-07-31", "--country", "AF", "--type", "Battles", "--min-confidence", "0.8")
    rows = json.loads(result.output)
    assert [(r["sub_event_type"], r["location_name"], r["fatalities"]) for r in rows] == [
        ("Non-state actor overtakes territory", "Garmsir", 5)]
    assert rows[0]["evidence_text"] == "The Taliban took control over Garmsir district, killing 5 soldiers."


def test_events_csv_and_place_filter(db):
    result = run("events", "--db", db, "--format", "csv", "--place", "kunduz")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [r["location_name"] for r in rows] == ["Kunduz"]
    assert rows[0]["document_title"] == "Kunduz retaken"


def test_events_limit(db):
    rows = json.loads(run("events", "--db", db, "--format", "json", "--limit", "1").output)
    assert len(rows) == 1 and rows[0]["location_name"] == "Kunduz"


def test_bad_options_fail_with_one_line(db):
    proc = run_process("events", "--db", db, "--since", "yesterday")
    assert proc.returncode == 2
    assert proc.stderr.strip() == "Error: --since: 'yesterday' is not a date (YYYY-MM-DD)"
    proc = run_process("events", "--db", db, "--country", "Atlantis")
    assert proc.returncode == 2
    assert proc.stderr.strip() == "Error: --country: unknown country 'Atlantis'; give an ISO code (AF) or a name (Afghanistan)"


def test_a_name_that_matches_nothing_is_named_not_just_an_empty_table(db):
    """Review-3 #18: `--place Atlantis` says no place matches, on stderr (stdout stays the data), exit 0;
    a real place with no event of the asked type says nothing of the kind."""
    typo = run_process("events", "--db", db, "--place", "Atlantis", "--actor", "Nobody", "-f", "json")
    assert typo.returncode == 0, typo.stderr
    assert json.loads(typo.stdout) == []
    assert typo.stderr.splitlines() == ["note: no place matches 'Atlantis'", "note: no actor matches 'Nobody'"]
    none = run_process("events", "--db", db, "--place", "Garmsir", "--type", "Protests", "-f", "json")
    assert none.returncode == 0 and json.loads(none.stdout) == [] and none.stderr == ""
