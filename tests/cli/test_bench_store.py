"""`sitroom bench store`: it fills a store with synthetic events and times every query."""

from __future__ import annotations

import json

import pytest

from sitroom.api import open_store
from tests.cli._filled_db import run
from tests.store.backends import pg_store  # noqa: F401


def test_bench_store_reports_every_query(tmp_path):
    db = str(tmp_path / "bench.db")
    result = run("bench", "store", "--events", "500", "--repeats", "1", "--json", "--db", db)
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["events"] == 500 and figures["target_ms"] == 200.0
    assert {"newest 100 events", "weekly counts by type (timeline)", "summary"} <= set(figures["queries"])
    # SQLite runs in this process: its CPU time is the client's
    assert figures["cpu_ms"].keys() == figures["queries"].keys() and all(v >= 0 for v in figures["cpu_ms"].values())
    # the verdict is the dashboard's and the API's slowest query; the CLI's exact total is given apart
    cli = "min confidence 0.52, exact (the CLI's total)"
    assert figures["cli_exact_count_ms"] == figures["queries"][cli]
    assert figures["slowest_ms"] == max(ms for label, ms in figures["queries"].items() if label != cli)
    with open_store(db) as store:
        summary = store.summary()
        assert summary.events == 500 and summary.documents == 100
        # The rows say what they are.
        assert store.documents(limit=1)[0].title == "synthetic benchmark document"
    # a filled store is reused: another run with as many events adds none, a bigger one adds the rest
    again = json.loads(run("bench", "store", "--events", "500", "--repeats", "1", "--json", "--db", db).output)
    assert again["synthetic_events"] == 500 and len(again["queries"]) == len(figures["queries"])
    run("bench", "store", "--events", "700", "--repeats", "1", "--json", "--db", db)
    with open_store(db) as store:
        assert store.summary().events == 700


def test_bench_store_times_storing_extraction_results(tmp_path):
    """--bulk-docs/--bulk-extractions: the extraction is done before; storing is timed one document per
    transaction and in batches, each copy stored (not skipped as a duplicate)."""
    from tests.store.test_store import GARMSIR, _garmsir_extraction

    docs, xs = tmp_path / "docs.jsonl", tmp_path / "x.jsonl"
    docs.write_text(json.dumps({"id": "1", "text": GARMSIR, "published": "2021-07-12"}) + "\n", encoding="utf-8")
    xs.write_text(_garmsir_extraction().model_dump_json() + "\n", encoding="utf-8")
    db = str(tmp_path / "bulk.db")
    result = run("bench", "store", "--events", "0", "--bulk-docs", str(docs), "--bulk-extractions", str(xs),
                 "--bulk", "6", "--batch", "3", "--json", "--db", db)
    assert result.exit_code == 0, result.output
    bulk = json.loads(result.output)["bulk"]
    assert [(b["batch"], b["documents"], b["events"]) for b in bulk] == [(1, 6, 6), (3, 6, 6)]
    with open_store(db) as store:
        assert store.summary().documents == 12 and store.summary().events == 12


def test_bench_store_bulk_needs_both_files(tmp_path):
    result = run("bench", "store", "--events", "0", "--bulk-docs", str(tmp_path / "d.jsonl"))
    assert result.exit_code == 2
    assert "--bulk-docs and --bulk-extractions go together" in result.output


def _bulk_files(tmp_path):
    from tests.store.test_store import GARMSIR, _garmsir_extraction

    docs, xs = tmp_path / "docs.jsonl", tmp_path / "x.jsonl"
    docs.write_text(json.dumps({"id": "1", "text": GARMSIR, "published": "2021-07-12"}) + "\n", encoding="utf-8")
    xs.write_text(_garmsir_extraction().model_dump_json() + "\n", encoding="utf-8")
    return ["--bulk-docs", str(docs), "--bulk-extractions", str(xs)]


def test_bench_store_loaders_need_postgresql_and_counts(tmp_path):
    files = _bulk_files(tmp_path)
    result = run("bench", "store", "--events", "0", *files, "--loaders", "1,2", "--db", str(tmp_path / "b.db"))
    assert result.exit_code == 2
    assert "--loaders: several loaders need a PostgreSQL store" in result.output
    for bad in ("0", "two", "1,,2"):
        result = run("bench", "store", "--events", "0", *files, "--loaders", bad)
        assert result.exit_code == 2, bad
        assert f"--loaders {bad!r}: give loader counts from 1 to 64" in result.output
    result = run("bench", "store", "--events", "0", "--loaders", "2")
    assert result.exit_code == 2 and "--loaders times storing --bulk-docs with --bulk-extractions" in result.output


@pytest.mark.postgres
def test_bench_store_times_one_and_two_loaders(pg_store, tmp_path):  # noqa: F811
    """--loaders 1,2: the same documents stored by one loader process, then by two, each copy stored;
    the CPU of the loaders and of the server counted."""
    url = pg_store.engine.url.render_as_string(hide_password=False)
    result = run("bench", "store", "--events", "0", *_bulk_files(tmp_path), "--bulk", "6", "--batch", "2",
                 "--loaders", "1,2", "--json", "--db", url)
    assert result.exit_code == 0, result.output
    bulk = json.loads(result.output)["bulk"]
    assert [(b["loaders"], b["documents"], b["events"]) for b in bulk] == [(1, 6, 6), (2, 6, 6)]
    assert all(b["client_cpu_ms_per_doc"] > 0 and b["server_cpu_ms_per_doc"] > 0 and b["docs_per_cpu_s"] > 0
               for b in bulk)
    assert pg_store.summary().documents == 12 and pg_store.summary().events == 12
