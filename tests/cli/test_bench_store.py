"""`sitroom bench store`: it fills a store with synthetic events and times every query."""

from __future__ import annotations

import json

from sitroom.api import open_store
from tests.cli._filled_db import run


def test_bench_store_reports_every_query(tmp_path):
    db = str(tmp_path / "bench.db")
    result = run("bench", "store", "--events", "500", "--repeats", "1", "--json", "--db", db)
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["events"] == 500 and figures["target_ms"] == 200.0
    assert {"newest 100 events", "weekly counts by type (timeline)", "summary"} <= set(figures["queries"])
    with open_store(db) as store:
        summary = store.summary()
        assert summary.events == 500 and summary.documents == 100
        # The rows say what they are.
        assert store.documents(limit=1)[0].title == "synthetic benchmark document"
