"""`sitroom load DOCUMENTS EXTRACTIONS`: `extract`'s results stored without extracting again, by one loader
or several at once (PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from sitroom.api import open_store
from sitroom.store import testing as T
from tests.cli._filled_db import run
from tests.store.backends import pg_store  # noqa: F401
from tests.store.test_bulk_equivalence import _empty, _snapshot
from tests.store.test_store import GARMSIR


def _files(tmp_path, n: int):
    """n documents (the Garmsir report with a line of its own each) and their extractions, one event
    each; documents i and i + 6 report the same event (their events fuse into one incident)."""
    docs, xs = tmp_path / "docs.jsonl", tmp_path / "out.jsonl"
    with open(docs, "w", encoding="utf-8") as d, open(xs, "w", encoding="utf-8") as x:
        for i in range(n):
            text = f"{GARMSIR} Report number {i}."
            d.write(json.dumps({"id": f"r{i}", "text": text, "published": "2021-07-12"}) + "\n")
            extraction = T.extraction(published="2021-07-12", events=[
                T.event(text, "took control over Garmsir district", "Battles", "Non-state actor overtakes territory",
                        actor1="Taliban", where="Garmsir", date=(dt.date(2021, 7, 1) + dt.timedelta(days=5 * (i % 6))).isoformat(), fatalities=i)],
                places=[T.place(text, "Garmsir")], actors=[T.actor(text, "Taliban")])
            x.write(extraction.model_copy(update={"id": f"r{i}"}).model_dump_json() + "\n")
    return str(docs), str(xs)


def test_load_stores_extract_results_once(tmp_path):
    docs, xs = _files(tmp_path, 3)
    db = str(tmp_path / "s.db")
    result = run("load", docs, xs, "--db", db, "--batch", "2")
    assert result.exit_code == 0, result.output
    assert "stored 3 documents with 1 loader in" in result.output and "0 already stored, 0 failed" in result.output
    with open_store(db) as store:
        assert store.summary().documents == 3 and store.summary().events == 3
        assert sorted(d.uri for d in store.documents(limit=None)) == [f"{docs}#r{i}" for i in range(3)]
    again = run("load", docs, xs, "--db", db)
    assert again.exit_code == 0 and "stored 0 documents with 1 loader" in again.output
    assert "3 already stored, 0 failed" in again.output


def test_load_names_what_does_not_pair_up(tmp_path):
    docs, xs = _files(tmp_path, 2)
    with open(docs, "a", encoding="utf-8") as f:
        f.write(json.dumps({"id": "lonely", "text": GARMSIR + " Another one."}) + "\n")
    with open(xs, "a", encoding="utf-8") as f:
        f.write("{not json\n")
    db = str(tmp_path / "s.db")
    result = run("load", docs, xs, "--db", db)
    assert result.exit_code == 1
    assert f"Error: {docs}#lonely: no extraction of this id in {xs}; not stored" in result.output
    assert f"Error: {xs}:3: not an extraction" in result.output
    assert "stored 2 documents with 1 loader" in result.output and "2 failed" in result.output


def test_load_several_loaders_need_postgresql(tmp_path):
    docs, xs = _files(tmp_path, 1)
    result = run("load", docs, xs, "--db", str(tmp_path / "s.db"), "--loaders", "2")
    assert result.exit_code == 2
    assert "--loaders: several loaders need a PostgreSQL store" in result.output
    missing = run("load", str(tmp_path / "none.jsonl"), xs, "--db", str(tmp_path / "s.db"))
    assert missing.exit_code == 1 and "none.jsonl: No such file or directory" in missing.output


@pytest.mark.postgres
def test_two_loaders_store_what_one_stores(pg_store, tmp_path):  # noqa: F811
    """Two loader processes, a batch each in turn: every document once, the same rows in every table
    (incidents and roll-ups included) as one loader; loading again stores nothing."""
    docs, xs = _files(tmp_path, 12)
    url = pg_store.engine.url.render_as_string(hide_password=False)
    one = run("load", docs, xs, "--db", url, "--batch", "2")
    assert one.exit_code == 0, one.output
    one_loader = _snapshot(pg_store)
    assert len(one_loader["event"]) == 12 and len(one_loader["incidents"]) == 6
    _empty(pg_store)
    two = run("load", docs, xs, "--db", url, "--batch", "2", "--loaders", "2")
    assert two.exit_code == 0, two.output
    assert "stored 12 documents with 2 loaders" in two.output
    _same_rows(_snapshot(pg_store), one_loader)
    again = run("load", docs, xs, "--db", url, "--batch", "3", "--loaders", "2")
    assert again.exit_code == 0 and "stored 0 documents with 2 loaders" in again.output
    assert "12 already stored" in again.output
    _same_rows(_snapshot(pg_store), one_loader)


def _same_rows(loaded: dict, one_loader: dict) -> None:
    """Every row the same; the incidents the same groups of events. An incident's summary is its reports'
    in the order they were fused: when a loader's batch of later reports commits before the other's
    earlier ones (a loader slow to start), it is as one loader given the input in another order."""
    assert {k: v for k, v in loaded.items() if k != "incidents"} == \
        {k: v for k, v in one_loader.items() if k != "incidents"}
    assert sorted(members for _incident, members in loaded["incidents"]) == \
        sorted(members for _incident, members in one_loader["incidents"])
