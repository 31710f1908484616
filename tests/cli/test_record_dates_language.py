"""A record's own publication date and a short text's language, as a user sees them (review findings 7, 9):
a date no reader can read refuses its record with one line and exit 1, the rest of the batch is stored;
a short text mostly in another script than the Latin is "und", counted as non-English and not extracted."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

BENI = "Troops clashed with rebels near Beni on Sunday, killing six, the army said."
HARARE = "Police arrested 40 protesters in Harare on Saturday after a march against price rises."


def sitroom(*args: str, cwd=None):
    return subprocess.run([sys.executable, "-m", "sitroom", *args], capture_output=True, text=True,
                          timeout=600, cwd=cwd)


def _jsonl(path, *records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.mark.slow
def test_ingest_refuses_a_record_whose_date_is_not_real_and_stores_the_rest(tmp_path):
    _jsonl(tmp_path / "dates.jsonl", {"text": BENI, "published": "2024-13-45", "title": "bad date"},
           {"text": HARARE, "published": "2024-03-02", "title": "good date"})
    proc = sitroom("ingest", "-q", "dates.jsonl", "--db", "s.db", cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        "Error: dates.jsonl:1: field 'published': '2024-13-45' is not a real date: month must be in 1..12"]
    assert proc.stdout.strip() == ("ingested 1, already stored 0, duplicates skipped 0, near-duplicates linked 0, "
                                   "non-English stored 0, failed 1")
    rows = sqlite3.connect(tmp_path / "s.db").execute("select title, published, published_source from documents").fetchall()
    assert rows == [("good date", "2024-03-02", "metadata")]


# Review 3, item 1: a record dated after today (2031) was stored as published then, and headed the Documents tab.
@pytest.mark.slow
def test_ingest_refuses_a_record_published_in_the_future(tmp_path):
    import datetime as dt

    _jsonl(tmp_path / "dates.jsonl", {"text": BENI, "published": "2031-01-01", "title": "future"},
           {"text": HARARE, "published": "2024-03-02", "title": "good date"})
    proc = sitroom("ingest", "-q", "dates.jsonl", "--db", "s.db", cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        f"Error: dates.jsonl:1: field 'published': '2031-01-01' is after today ({dt.date.today().isoformat()}): "
        "a report cannot be published in the future"]
    rows = sqlite3.connect(tmp_path / "s.db").execute("select title, published from documents").fetchall()
    assert rows == [("good date", "2024-03-02")]


@pytest.mark.slow
def test_extract_refuses_a_record_whose_date_is_a_word(tmp_path):
    _jsonl(tmp_path / "in.jsonl", {"id": "a", "text": BENI, "published": "yesterday"},
           {"id": "b", "text": HARARE, "published": "2024-03-02"})
    proc = sitroom("extract", "-i", "in.jsonl", "-o", "out.jsonl", cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        "Error: in.jsonl:1: field 'published': 'yesterday' is not a date (write it as YYYY-MM-DD, e.g. 2024-03-14)",
        "extracted 1 document, 1 failed"]
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [(o["id"], o["published"]["value"]) for o in out] == [("b", "2024-03-02")]


@pytest.mark.slow
def test_a_short_cyrillic_text_is_stored_undetermined_and_counted_non_english(tmp_path):
    _jsonl(tmp_path / "ru.jsonl", {"id": "0", "text": "Военные заняли город."})
    proc = sitroom("ingest", "-q", "ru.jsonl", "--db", "s.db", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "ingested 1, " in proc.stdout and "non-English stored 1, failed 0" in proc.stdout
    con = sqlite3.connect(tmp_path / "s.db")
    assert con.execute("select language from documents").fetchall() == [("und",)]
    assert con.execute("select count(*) from events").fetchone() == (0,)
