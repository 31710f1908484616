"""Writes need the token; bodies have a size limit; every refusal says why."""

from __future__ import annotations

import pytest

from .conftest import TOKEN

REPORT = ("KABUL, 14 July 2021 - Taliban fighters attacked a police checkpoint in Kunduz city on Tuesday, "
          "killing four policemen, provincial officials said.")


def test_read_only_app_refuses_writes_with_401(client):
    r = client.post("/api/documents", json={"text": REPORT})
    assert r.status_code == 401
    assert "read-only" in r.json()["error"] and "SITROOM_TOKEN" in r.json()["error"]
    assert r.headers["www-authenticate"] == "Bearer"
    # Reads still work.
    assert client.get("/api/events").status_code == 200


@pytest.mark.parametrize("headers, message", [
    ({}, "missing token"),
    ({"Authorization": "Bearer nope"}, "wrong token"),
    ({"Authorization": f"Basic {TOKEN}"}, "missing token"),
])
def test_write_without_the_right_token_is_401(writable_client, headers, message):
    r = writable_client.post("/api/documents", json={"text": REPORT}, headers=headers)
    assert r.status_code == 401
    assert message in r.json()["error"]
    assert writable_client.get("/api/summary").json()["documents"] == 4  # nothing stored


AUTH = {"Authorization": f"Bearer {TOKEN}"}


def test_oversized_text_is_refused_with_413(writable_client):
    r = writable_client.post("/api/documents", json={"text": "x" * (200 * 1024)}, headers=AUTH)
    assert r.status_code == 413
    assert "upload limit of 64 KiB" in r.json()["error"]


def test_oversized_file_is_refused_with_413(writable_client):
    r = writable_client.post("/api/documents", files={"file": ("big.txt", b"y" * (200 * 1024), "text/plain")}, headers=AUTH)
    assert r.status_code == 413


@pytest.mark.parametrize("body, message", [
    ({}, "nothing to ingest"),
    ({"text": "   "}, "nothing to ingest"),
    ({"url": "file:///etc/passwd"}, "must start with http"),
    ({"text": REPORT, "published": "yesterday"}, "published"),
])
def test_bad_ingest_bodies_get_422(writable_client, body, message):
    r = writable_client.post("/api/documents", json=body, headers=AUTH)
    assert r.status_code == 422
    assert message in r.json()["error"]


def test_non_json_body_gets_422(writable_client):
    r = writable_client.post("/api/documents", content=b"not json", headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == 422 and "invalid JSON body" in r.json()["error"]


def test_url_on_a_private_address_is_refused(writable_client):
    r = writable_client.post("/api/documents", json={"url": "http://127.0.0.1:9/secret"}, headers=AUTH)
    assert r.status_code == 400
    body = r.json()
    assert body["ok"] is False and body["failed"] and "127.0.0.1" in body["failed"][0]["source"]


@pytest.mark.slow
def test_pasted_text_is_ingested_with_the_token(writable_client):
    r = writable_client.post("/api/documents", json={"text": REPORT, "title": "Kunduz checkpoint", "source": "Test wire",
                                                     "published": "2021-07-14"}, headers=AUTH)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["ok"] and body["ingested"] == 1 and len(body["document_ids"]) == 1
    doc = writable_client.get(f"/api/documents/{body['document_ids'][0]}").json()
    assert doc["document"]["title"] == "Kunduz checkpoint" and doc["text"].startswith("KABUL")
    # The same text again is already stored, not a second document; under another name, a duplicate.
    again = writable_client.post("/api/documents", json={"text": REPORT}, headers=AUTH)
    assert again.status_code == 200 and again.json()["already_stored"] == 1 and again.json()["duplicates"] == 0
    copy = writable_client.post("/api/documents", json={"text": REPORT, "url": "https://example.org/copy"},
                                headers=AUTH)
    assert copy.status_code == 200 and copy.json()["duplicates"] == 1 and copy.json()["already_stored"] == 0
    # Both say which stored document holds the text, so the caller can open it.
    assert again.json()["duplicate_of"] == copy.json()["duplicate_of"] == body["document_ids"]
    assert again.json()["document_ids"] == [] and body["duplicate_of"] == []


@pytest.mark.slow
def test_uploaded_file_is_ingested(writable_client):
    html = f"<html><head><title>Checkpoint attack</title></head><body><article><p>{REPORT}</p></article></body></html>"
    r = writable_client.post("/api/documents", files={"file": ("report.html", html.encode(), "text/html")},
                             data={"published": "2021-07-14"}, headers=AUTH)
    assert r.status_code == 201, r.text
    assert r.json()["ingested"] == 1


def test_an_upload_with_some_rows_failing_is_a_207_naming_them(writable_client):
    """Review-3 #17: two good rows stored, two refused: not a plain 200 with "ok": false but 207
    Multi-Status, as the CLI exits 1 for the same file; the good rows are stored all the same."""
    dump = ("title,published,text\n"
            f"Good,2021-07-14,\"{REPORT}\"\n"
            "Bad date,2021-02-30,\"Gunmen abducted four aid workers in Ghazni province on Friday, officials said.\"\n"
            "Empty,2021-07-06,\n"
            "Good too,2021-07-15,\"A roadside bomb exploded in Kabul on Thursday morning, wounding two civilians, police said.\"\n")
    r = writable_client.post("/api/documents", files={"file": ("dump.csv", dump.encode(), "text/csv")}, headers=AUTH)
    assert r.status_code == 207, r.text
    body = r.json()
    assert body["ok"] is False and body["status"] == 207 and body["ingested"] == 2 and len(body["document_ids"]) == 2
    assert [f["source"] for f in body["failed"]] == ["dump.csv:3", "dump.csv:4"]
    assert "2021-02-30" in body["failed"][0]["reason"]
    for doc_id in body["document_ids"]:
        assert writable_client.get(f"/api/documents/{doc_id}").status_code == 200
    # Every row refused: nothing stored, a 400 (the whole request failed).
    only_bad = "title,published,text\nBad date,2021-02-30,\"Gunmen abducted four aid workers in Ghazni.\"\n"
    r = writable_client.post("/api/documents", files={"file": ("bad.csv", only_bad.encode(), "text/csv")}, headers=AUTH)
    assert r.status_code == 400 and r.json()["ok"] is False and r.json()["ingested"] == 0
