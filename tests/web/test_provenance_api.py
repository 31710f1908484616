"""What the API says about where a record comes from states only what the store holds: an inferred
publication date is marked as inferred wherever the date is shown, an actor the report does not name is
marked as supplied by rule, and a document read from a file is shown by its file name, not a server path."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from sitroom.api import open_store
from sitroom.records import Published
from sitroom.store.testing import claim, event, extraction, source
from sitroom.web import create_app
from sitroom.web.public import public_uri

from .conftest import BASE_URL

TEXT = ("Taliban fighters seized Garmsir district on 11 July 2021. "
        "A Taliban spokesman said the group would take Lashkar Gah by 31 July 2021.")
SERVER_PATH = "/srv/sitroom/feeds/2021/news.jsonl#hrdsattack-train-249"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("provenance") / "p.db"
    store = open_store(str(path))
    # "Seized the district": the state's forces who lost it are supplied by ACLED's convention, named nowhere.
    ev = event(TEXT, "Taliban fighters seized Garmsir district on 11 July 2021.", "Battles",
               "Non-state actor overtakes territory", actor1="Taliban", actor2="Military Forces of Afghanistan",
               where="Garmsir", date="2021-07-11")
    ev = ev.model_copy(update={"actor2": ev.actor2.model_copy(update={"text": None})})
    x = extraction(published="2021-07-12", events=[ev], claims=[
        claim(TEXT, "the group would take Lashkar Gah by 31 July 2021", "commitment", speaker="A Taliban spokesman",
              deadline="2021-07-31")])
    # The record carries no date: 2021-07-12 is the latest date its text mentions, a guess.
    guessed = Published(value="2021-07-12", source="inferred", inferred=True, note="latest date in the text")
    store.add_document(source(TEXT, uri=SERVER_PATH, title="Garmsir falls"), guessed, "en", x)
    store.close()
    with TestClient(create_app(str(path)), base_url=BASE_URL) as c:
        yield c


def test_an_inferred_publication_date_is_marked_on_events_claims_and_documents(client):
    [e] = client.get("/api/events").json()["items"]
    assert (e["document_published"], e["document_published_source"], e["document_published_inferred"]) == (
        "2021-07-12", "inferred", True)
    detail = client.get(f"/api/events/{e['id']}").json()
    assert (detail["document"]["published"], detail["document"]["published_inferred"]) == ("2021-07-12", True)
    [c] = client.get("/api/claims").json()["items"]
    assert (c["document_published"], c["document_published_inferred"]) == ("2021-07-12", True)
    [d] = client.get("/api/documents").json()["items"]
    assert (d["published"], d["published_source"], d["published_inferred"]) == ("2021-07-12", "inferred", True)
    [row] = client.get("/api/ledger").json()["items"]
    assert (row["made_on"], row["made_on_inferred"]) == ("2021-07-12", True)


def test_the_brief_marks_an_inferred_date_and_an_actor_supplied_by_rule(client):
    brief = client.get("/api/brief", params={"since": "2021-07-10", "until": "2021-07-14"}).json()
    [group] = brief["places"]
    [e] = group["events"]
    assert (e["actor2"], e["actor1_by_rule"], e["actor2_by_rule"]) == ("Military Forces of Afghanistan", False, True)
    assert (e["evidence"]["published"], e["evidence"]["published_inferred"]) == ("2021-07-12", True)
    md = client.get("/api/brief.md", params={"since": "2021-07-10", "until": "2021-07-14"}).text
    assert "Taliban vs Military Forces of Afghanistan (by rule)" in md
    assert "published 2021-07-12 (inferred))" in md
    html = client.get("/api/brief.html", params={"since": "2021-07-10", "until": "2021-07-14"}).text
    assert "published 2021-07-12 (inferred))" in html


def test_an_actor_the_report_does_not_name_is_marked_by_rule(client):
    [e] = client.get("/api/events").json()["items"]
    assert (e["actor1"], e["actor1_text"], e["actor1_by_rule"]) == ("Taliban", "Taliban", False)
    assert (e["actor2"], e["actor2_text"], e["actor2_by_rule"]) == ("Military Forces of Afghanistan", None, True)
    csv = client.get("/api/export/acled-csv").text
    assert "actor2 Military Forces of Afghanistan (not named in the report)" in csv


def test_documents_are_named_by_file_and_record_never_by_server_path(client):
    [d] = client.get("/api/documents").json()["items"]
    assert d["uri"] == "news.jsonl#hrdsattack-train-249"
    view = client.get(f"/api/documents/{d['id']}").json()
    assert view["document"]["uri"] == "news.jsonl#hrdsattack-train-249"
    for url in ("/api/documents", f"/api/documents/{d['id']}", "/api/events", f"/api/events/{view['events'][0]['id']}",
                "/api/claims", "/api/export/jsonl", "/api/export/acled-csv"):
        assert "/srv/" not in client.get(url).text, url


@pytest.mark.parametrize("uri, shown", [
    ("/work/src/sitroom/data/samples/news.jsonl#id-249", "news.jsonl#id-249"),
    ("/home/ana/reports/kabul.html", "kabul.html"),
    ("file:///home/ana/reports/kabul.html", "kabul.html"),
    ("C:\\Users\\ana\\dump.csv#4", "dump.csv#4"),
    ("../../etc/feeds/a.txt", "a.txt"),
    ("reports/kabul.html", "reports/kabul.html"),  # relative, as the user named it
    ("warc/t.warc.gz#https://example.org/a0.html", "warc/t.warc.gz#https://example.org/a0.html"),
    ("https://example.org/news/a.html", "https://example.org/news/a.html"),
    ("pasted text", "pasted text"),
])
def test_public_uri(uri, shown):
    assert public_uri(uri) == shown
