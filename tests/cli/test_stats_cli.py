"""`sitroom stats`: the summary of the store."""

from __future__ import annotations

import json

from tests.cli._filled_db import run


def test_stats_table(db):
    result = run("stats", "--db", db)
    assert result.exit_code == 0, result.output
    for line in ("documents", "Battles", "claims", "failures"):
        assert line in result.output
    assert "failed empty.txt: empty file" in result.output


def test_stats_json(db):
    s = json.loads(run("stats", "--db", db, "--format", "json").output)
    assert (s["documents"], s["events"], s["claims"], s["failures"]) == (2, 2, 1, 1)
    assert s["events_by_type"] == {"Battles": 2}
    assert s["latest_failures"][0]["reason"] == "empty file"
