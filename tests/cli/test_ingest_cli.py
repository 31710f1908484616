"""`sitroom ingest`: the final report, duplicates, near-duplicates and bad inputs, as a user sees them."""

from __future__ import annotations

import json
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


def _reports(n: int, folder: Path) -> None:
    from tests.acquire.bad_corpus import report

    folder.mkdir()
    for i in range(n):
        (folder / f"r{i}.txt").write_text(f"Report {i}\n\n{report(400 + i)}", encoding="utf-8")


@pytest.mark.slow
def test_a_run_counts_only_what_it_stored_when_another_stored_the_same_meanwhile(tmp_path, monkeypatch):
    # Issue 14: two concurrent ingests of the same 60 documents both reported "ingested 60". Here the
    # other run stores every document after this one looked for it and before this one stores it.
    from sitroom.api import ingest as run_ingest
    from sitroom.api import open_store
    from sitroom.store.store import Store

    folder = tmp_path / "in"
    _reports(4, folder)
    db = str(tmp_path / "s.db")
    with open_store(db) as store:
        first = run_ingest([str(folder)], store)
    assert first.ingested == 4
    monkeypatch.setattr(Store, "find_stored", lambda self, content_hash: None)  # "not stored yet"
    with open_store(db) as store:
        second = run_ingest([str(folder)], store)
        assert (second.ingested, second.already_stored, second.duplicates, second.document_ids) == (0, 4, 0, [])
        assert store.summary().documents == 4
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from duplicates").fetchone()[0] == 0


@pytest.mark.slow
def test_two_concurrent_ingests_count_each_document_once_between_them(tmp_path):
    folder = tmp_path / "in"
    _reports(6, folder)
    db = tmp_path / "s.db"
    cmd = [sys.executable, "-m", "sitroom", "ingest", "--quiet", str(folder), "--db", str(db)]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=900) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    counts = [dict(part.rsplit(" ", 1) for part in out.strip().split(", ")) for out, _err in outs]
    assert sum(int(c["ingested"]) for c in counts) == 6
    assert sum(int(c["already stored"]) for c in counts) == 6
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from documents").fetchone()[0] == 6
    assert con.execute("select count(*) from duplicates").fetchone()[0] == 0


@pytest.mark.parametrize("value", ["nan", "-1", "0", "inf", "1e9"])
def test_max_mb_that_is_not_a_size_is_refused_with_one_line(tmp_path, value):
    proc = ingest(f"--max-mb={value}", str(tmp_path / "nope.txt"), "--db", str(tmp_path / "s.db"))
    assert proc.returncode == 2
    shown = {"1e9": "1e+09"}.get(value, value)
    assert proc.stderr.splitlines() == [f"Error: --max-mb {shown} is not a size: give a number of megabytes "
                                        "above 0 and at most 4096, e.g. --max-mb 50"]
    assert not (tmp_path / "s.db").exists()


_CLASH = ("Rival militias clashed in southern Tripoli on Friday night, residents said, with heavy gunfire heard for "
          "hours. {} civilians were killed, according to the health ministry.")


@pytest.mark.slow
@pytest.mark.parametrize("one_run", [False, True])
def test_an_updated_page_joins_its_first_versions_incidents(tmp_path, one_run):
    # Review 3 #32: the same URL read again without the feed that dated it, one figure changed: a
    # near-duplicate that takes its first copy's publication date, so its events join the first copy's
    # incidents with both figures.
    first = {"id": "a2", "url": "http://news.example/a2.html", "published": "2022-02-12", "text": _CLASH.format("Two")}
    again = {"id": "a2-again", "url": "http://news.example/a2.html", "text": _CLASH.format("Three")}
    db = tmp_path / "s.db"
    runs = [[first, again]] if one_run else [[first], [again]]
    for n, docs in enumerate(runs):
        path = tmp_path / f"run{n}.jsonl"
        path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        proc = ingest(str(path), "--db", str(db))
        assert proc.returncode == 0, proc.stderr
    con = sqlite3.connect(db)
    assert con.execute("select id, published, duplicate_of from documents order by id").fetchall() == [
        (1, "2022-02-12", None), (2, "2022-02-12", 1)]
    incidents = con.execute("select document_id, incident_id, fatalities from events where fatalities is not null "
                            "order by document_id").fetchall()
    assert [(d, f) for d, _, f in incidents] == [(1, 2), (2, 3)]
    assert incidents[0][1] == incidents[1][1] is not None
