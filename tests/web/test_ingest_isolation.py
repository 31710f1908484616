"""POST /api/documents: whatever one document raises is reported with its name, the rest is stored, and
archives inflate within bounds (issue 14)."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from sitroom.api import open_store
from sitroom.web import create_app
from tests.acquire.bad_corpus import _gz_warc, gzip_bomb_record, page, report, warc_record

from .conftest import BASE_URL, TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def big_client(tmp_path):
    """A writable app over an empty store, taking uploads up to 1 MB."""
    path = tmp_path / "w.db"
    open_store(str(path)).close()
    with TestClient(create_app(str(path), token=TOKEN, max_upload_bytes=1024 * 1024), base_url=BASE_URL) as c:
        yield c


@pytest.mark.slow
def test_a_pasted_text_over_spacys_limit_is_stored(big_client, nlp, seed_text, monkeypatch):
    # spaCy's limit lowered to 20,000 characters so that a text over it stays quick to parse (the
    # real limit is 1,000,000; the 1.2 MB text answered 500).
    monkeypatch.setattr(nlp, "max_length", 20_000)
    text = "\n\n".join(seed_text.replace("Kandahar", f"Kandahar ({i})") for i in range(5))
    r = big_client.post("/api/documents", json={"text": text, "published": "2021-07-12"}, headers=AUTH)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["ok"] and body["ingested"] == 1 and body["failed"] == []
    doc = big_client.get(f"/api/documents/{body['document_ids'][0]}").json()
    assert len(doc["text"]) == len(text) and doc["events"]


@pytest.mark.slow
def test_an_uploaded_archive_with_a_bomb_stores_its_other_pages(big_client):
    # The middle record inflates to 6 MB (over the 5 MB a page may inflate to) from a few kilobytes.
    data = (_gz_warc(warc_record("http://example.org/a", page("Raid on Kagara", 301)))
            + gzip_bomb_record("http://example.org/bomb", 6 * 1024 * 1024)
            + _gz_warc(warc_record("http://example.org/c", page("Raid on Zaria", 302), number=3)))
    assert len(data) < 64 * 1024
    r = big_client.post("/api/documents", files={"file": ("crawl.warc.gz", data, "application/gzip")}, headers=AUTH)
    assert r.status_code == 207, r.text  # some stored, one failed: Multi-Status (review-3 #17)
    body = r.json()
    assert body["ingested"] == 2 and body["ok"] is False
    assert body["failed"] == [{"source": "crawl.warc.gz#http://example.org/bomb",
                               "reason": "page too large once inflated: over the limit of 5.0 MB; skipped"}]


@pytest.mark.slow
def test_an_uploaded_dump_with_bad_lines_stores_the_good_ones(big_client):
    lines = [json.dumps({"id": "a", "text": report(303)}),
             "[" * 100_000 + "]" * 100_000,
             json.dumps({"id": "b", "text": report(304), "title": {"en": "x"}}),
             '{"id": "c", "text": "x", "n": ' + "9" * 5000 + "}",
             json.dumps({"id": "d", "text": report(305)})]
    r = big_client.post("/api/documents", files={"file": ("dump.jsonl", "\n".join(lines).encode(), "application/jsonl")},
                        headers=AUTH)
    assert r.status_code == 207, r.text
    body = r.json()
    assert body["ingested"] == 2
    assert body["failed"] == [
        {"source": "dump.jsonl:2", "reason": "line is not JSON (nested more than 200 levels deep)"},
        {"source": "dump.jsonl:3", "reason": "field 'title' is an object, not a string"},
        {"source": "dump.jsonl:4", "reason": "line is not JSON (a number with more than 4,300 digits)"},
    ]


def test_an_upload_that_is_all_bad_is_a_400_naming_it(big_client):
    r = big_client.post("/api/documents", files={"file": ("notes.csv", b"id,text\n", "text/csv")}, headers=AUTH)
    assert r.status_code == 400
    assert r.json()["failed"] == [{"source": "notes.csv", "reason": "CSV has a header row but no articles"}]


# Review 3, item 2: an upload's failures were stored under the server's temporary path
# ("/tmp/sitroom-upload-…/upload.jsonl:2"): a server path, and one the fixed file could never clear.
@pytest.mark.slow
def test_an_uploads_failures_are_stored_under_its_name_and_cleared_by_the_fixed_file(big_client, tmp_path):
    bad = [json.dumps({"id": "a", "text": report(306)}), json.dumps({"id": "b", "text": 5})]
    r = big_client.post("/api/documents", files={"file": ("dump.jsonl", "\n".join(bad).encode(), "application/jsonl")},
                        headers=AUTH)
    assert r.status_code == 207, r.text
    store = open_store(str(tmp_path / "w.db"))
    try:
        assert [(f.source, f.reason) for f in store.failures()] == [
            ("dump.jsonl:2", "text field 'text' is empty or not a string")]
        assert [d.uri for d in store.documents()] == ["dump.jsonl#a"]
        fixed = [bad[0], json.dumps({"id": "b", "text": report(307)})]
        r = big_client.post("/api/documents", files={"file": ("dump.jsonl", "\n".join(fixed).encode(),
                                                              "application/jsonl")}, headers=AUTH)
        assert (r.status_code, r.json()["ingested"], r.json()["already_stored"]) == (201, 1, 1)
        assert store.failures() == []
    finally:
        store.close()
