"""Issue 14 items 4-5: every API parameter is checked before anything runs; errors have one shape, the
security headers, and no paths; the Host header must name this server."""

from __future__ import annotations

import logging

import pytest
from fastapi.testclient import TestClient

from sitroom.web import create_app
from sitroom.web.security import SECURITY_HEADERS, HostPolicy, host_name

from .conftest import BASE_URL, TOKEN

BIG = str(2**63)  # one past SQLite's largest integer
MAX = "9223372036854775807"


def _error(r, status: int) -> str:
    assert r.status_code == status, r.text
    body = r.json()
    assert body["ok"] is False and body["status"] == status and isinstance(body["errors"], list)
    for name, value in SECURITY_HEADERS.items():
        assert r.headers.get(name) == value, name
    return body["error"]


@pytest.mark.parametrize("url, message", [
    # impossible dates, on every route that takes one
    ("/api/events?since=2021-13-01", "invalid request: since: '2021-13-01' is not a real date: month must be in 1..12"),
    ("/api/events?until=2021-02-30", "invalid request: until: '2021-02-30' is not a real date: day is out of range for month"),
    ("/api/events?since=2021-7-1", "invalid request: since: '2021-7-1' is not a date (YYYY-MM-DD)"),
    ("/api/events?since=20210701", "invalid request: since: '20210701' is not a date (YYYY-MM-DD)"),
    ("/api/control?as_of=2021-02-30", "invalid request: as_of: '2021-02-30' is not a real date: day is out of range for month"),
    ("/api/claims?since=2021-02-29", "invalid request: since: '2021-02-29' is not a real date: day is out of range for month"),
    ("/api/stats?until=0000-01-01", "invalid request: until: '0000-01-01' is not a real date: year 0 is out of range"),
    ("/api/export/jsonl?since=2021-13-01", "invalid request: since: '2021-13-01' is not a real date: month must be in 1..12"),
    # integers beyond the database's range, on every endpoint that takes one
    (f"/api/events?offset={BIG}", f"invalid request: offset: Input should be less than or equal to {MAX}"),
    (f"/api/events?document_id={BIG}", f"invalid request: document_id: Input should be less than or equal to {MAX}"),
    (f"/api/events?incident_id={BIG}", f"invalid request: incident_id: Input should be less than or equal to {MAX}"),
    (f"/api/events/points?document_id={BIG}", f"invalid request: document_id: Input should be less than or equal to {MAX}"),
    (f"/api/events/{BIG}", f"invalid request: event_id: Input should be less than or equal to {MAX}"),
    ("/api/events/0", "invalid request: event_id: Input should be greater than or equal to 1"),
    (f"/api/documents?offset={BIG}", f"invalid request: offset: Input should be less than or equal to {MAX}"),
    (f"/api/documents/{BIG}", f"invalid request: document_id: Input should be less than or equal to {MAX}"),
    (f"/api/claims?document_id={BIG}", f"invalid request: document_id: Input should be less than or equal to {MAX}"),
    (f"/api/claims?offset={BIG}", f"invalid request: offset: Input should be less than or equal to {MAX}"),
    (f"/api/places?offset={BIG}", f"invalid request: offset: Input should be less than or equal to {MAX}"),
    (f"/api/actors?offset={BIG}", f"invalid request: offset: Input should be less than or equal to {MAX}"),
    (f"/api/stats?document_id={BIG}", f"invalid request: document_id: Input should be less than or equal to {MAX}"),
    (f"/api/export/geojson?incident_id={BIG}", f"invalid request: incident_id: Input should be less than or equal to {MAX}"),
    ("/api/events?offset=-1", "invalid request: offset: Input should be greater than or equal to 0"),
    # names that are not names
    ("/api/events?event_type=Battel", "invalid request: event_type: 'Battel' is not one of Battles, Explosions/Remote violence, "
     "Violence against civilians, Protests, Riots, Strategic developments, Diplomacy, Statements, Disasters, Crime"),
    ("/api/events?modality=rumoured", "invalid request: modality: 'rumoured' is not one of asserted, reported, alleged, claimed, "
     "denied, planned, threatened, predicted, hypothetical, negated"),
    ("/api/events?sort=colour", "invalid request: sort: 'colour' is not one of confidence, country, date, evidence, fatalities, id, "
     "type (prefix - for descending)"),
    ("/api/stats?interval=month", "invalid request: interval: Input should be 'day' or 'week'"),
    ("/api/actors?kind=army", "invalid request: kind: Input should be 'group' or 'person'"),
    # filters that cannot be answered: checked before an export starts streaming
    ("/api/export/jsonl?country=notadate", "invalid request: country: unknown country 'notadate'; give an ISO code (AF) "
     "or a name (Afghanistan)"),
    ("/api/export/acled-csv?country=notadate", "invalid request: country: unknown country 'notadate'; give an ISO code (AF) "
     "or a name (Afghanistan)"),
    ("/api/export/parquet?min_confidence=2", "invalid request: min_confidence: 2 must be at least 0 and at most 1"),
    ("/api/events?min_confidence=nan", "invalid request: min_confidence: nan is not a number"),
    ("/api/events?min_confidence=inf", "invalid request: min_confidence: inf is not a finite number"),
    # a range that ends before it starts, wherever since and until are taken
    ("/api/events?since=2021-01-01&until=2020-01-01", "invalid request: since: 2021-01-01 is after until 2020-01-01; "
     "nothing can match"),
    ("/api/stats?since=2021-01-01&until=2020-01-01", "invalid request: since: 2021-01-01 is after until 2020-01-01; "
     "nothing can match"),
    ("/api/claims?since=2021-01-01&until=2020-01-01", "invalid request: since: 2021-01-01 is after until 2020-01-01; "
     "nothing can match"),
    ("/api/export/geojson?since=2021-01-01&until=2020-01-01", "invalid request: since: 2021-01-01 is after until "
     "2020-01-01; nothing can match"),
    ("/api/places?country=Atlantis", "invalid request: country: unknown country 'Atlantis'; give an ISO code (AF) or a name (Afghanistan)"),
    ("/api/events?bbox=nan,1,2,3", "invalid request: bbox: nan is not a number"),
    ("/api/events?bbox=1,2,400,3", "invalid request: bbox: longitudes must lie in -180..180 and latitudes in -90..90 "
     "(min_lon,min_lat,max_lon,max_lat)"),
    ("/api/events?bbox=5,2,1,3", "invalid request: bbox: the minimum longitude and latitude must not exceed the maximums "
     "(min_lon,min_lat,max_lon,max_lat)"),
    # searches too long for the database to answer (SQLite: "LIKE or GLOB pattern too complex")
    ("/api/events?actor=" + "a" * 60000, "invalid request: actor: 60000 characters is too long a search (at most 500)"),
    ("/api/documents?q=" + "a" * 501, "invalid request: q: 501 characters is too long a search (at most 500)"),
    ("/api/claims?speaker=%00", "invalid request: speaker: contains a NUL character"),
    # a claim kind no claim can have would answer an empty page, read as "no such claims"
    ("/api/claims?kind=bogus", "invalid request: kind: 'bogus' is not a claim kind (or part of one): territorial control, "
     "commitment, prediction, accusation, request, denial, policy decision, statement, quantity, demand"),
    # a two-letter code that names no country
    ("/api/events?country=ZZ", "invalid request: country: unknown country code 'ZZ'; give an ISO 3166 code (AF) or a name "
     "(Afghanistan)"),
    ("/api/control?country=QQ", "invalid request: country: unknown country code 'QQ'; give an ISO 3166 code (AF) or a name "
     "(Afghanistan)"),
    # a misspelt parameter is not silently ignored (it would answer every event)
    ("/api/events?plcae=Kabul", "invalid request: plcae: unknown parameter; this endpoint takes actor, admin1, bbox, country, "
     "document_id, event_type, incident_id, limit, min_confidence, modality, offset, place, since, sort, source, "
     "sub_event_type, until"),
    ("/api/summary?country=AF", "invalid request: country: unknown parameter; this endpoint takes no query parameters"),
    ("/api/export/acled-csv?limit=5", "invalid request: limit: unknown parameter; this endpoint takes actor, admin1, all_types, "
     "bbox, country, document_id, event_type, incident_id, min_confidence, modality, place, since, source, sub_event_type, "
     "until"),
    # a single-valued parameter given twice: which value wins would be the framework's choice
    ("/api/events?limit=10&limit=500", "invalid request: limit: given more than once; it takes one value"),
    ("/api/events?place=Kabul&place=Herat", "invalid request: place: given more than once; it takes one value"),
])
def test_bad_parameters_are_422_naming_the_parameter(client, url, message):
    assert _error(client.get(url), 422) == message


def test_streaming_exports_fail_before_the_first_byte(client):
    for fmt in ("acled-csv", "geojson", "jsonl", "parquet"):
        r = client.get(f"/api/export/{fmt}", params={"country": "notadate"})
        assert r.status_code == 422 and r.headers["content-type"] == "application/json", fmt
    assert _error(client.get("/api/export/xlsx"), 404) == "unknown export format 'xlsx'; use one of acled-csv, geojson, jsonl, parquet"


@pytest.mark.parametrize("params, expected", [
    ({"event_type": "battles"}, 4),
    ({"event_type": ["BATTLES", "protests"]}, 5),
    ({"modality": ["reported", "asserted"]}, 6),
    ({"modality": "asserted"}, 4),
    ({"event_type": " Battles "}, 4),
    ({"sub_event_type": "armed CLASH"}, 3),
    ({"sub_event_type": "Armed clash"}, 3),
    ({"modality": "REPORTED"}, 2),
    ({"sort": "-Fatalities"}, 7),
    ({"country": "afghanistan"}, 7),
    ({"country": "af"}, 7),
])
def test_names_are_taken_in_any_case(client, params, expected):
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    assert r.json()["total"] == expected


@pytest.mark.parametrize("kind", ["territorial control", "CONTROL", "Commitment", "demand"])
def test_claim_kinds_are_taken_whole_or_in_part_in_any_case(client, kind):
    r = client.get("/api/claims", params={"kind": kind})
    assert r.status_code == 200, r.text


def test_enum_parameters_in_any_case(client):
    assert client.get("/api/stats", params={"interval": "WEEK"}).json()["interval"] == "week"
    assert client.get("/api/actors", params={"kind": "Person"}).status_code == 200
    r = client.get("/api/export/JSONL", params={"event_type": "battles"})
    assert r.status_code == 200 and len(r.text.splitlines()) == 4


def test_largest_ids_are_answered_not_failed(client):
    assert _error(client.get(f"/api/documents/{MAX}"), 404) == f"no document {MAX}"
    assert _error(client.get(f"/api/events/{MAX}"), 404) == f"no event {MAX}"
    assert client.get("/api/events", params={"offset": MAX}).json()["items"] == []
    assert client.get("/api/events", params={"document_id": MAX}).json()["total"] == 0


def test_every_bad_filter_is_named_in_one_answer(client):
    r = client.get("/api/events?since=2021-13-01&event_type=Nonsense&country=ZZ&min_confidence=nan")
    assert _error(r, 422).startswith("invalid request: since: '2021-13-01' is not a real date")
    assert [e.split(":")[0] for e in r.json()["errors"]] == ["since", "event_type", "country", "min_confidence"]
    assert r.json()["errors"][1].startswith("event_type: 'Nonsense' is not one of Battles")
    assert r.json()["errors"][2] == ("country: unknown country code 'ZZ'; give an ISO 3166 code (AF) or a name "
                                     "(Afghanistan)")


def test_ingest_refuses_unknown_fields_and_bodies_that_are_not_json(writable_client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = writable_client.post("/api/documents", json={"text": "Clashes in Kabul.", "bogus": 1, "titel": "x"}, headers=auth)
    assert _error(r, 422) == ("invalid JSON body: unknown fields 'bogus', 'titel'; it takes text, url, title, source, "
                              "published")
    r = writable_client.post("/api/documents", content=b"Clashes in Kabul killed 3.",
                             headers={**auth, "Content-Type": "text/plain; charset=utf-8"})
    assert _error(r, 415) == ("unsupported content type 'text/plain': send application/json ({\"text\": \"...\"} "
                              "or {\"url\": \"https://...\"}) or a multipart/form-data upload with a `file` field")
    assert writable_client.get("/api/documents", params={"q": "Clashes in Kabul"}).json()["items"] == []


@pytest.mark.parametrize("body, message", [
    ("[" * 30_000 + "]" * 30_000, "invalid JSON body: nested too deeply"),
    ('{"text": ' + "[" * 30_000 + "]" * 30_000 + "}", "invalid JSON body: nested too deeply"),
    ('{"text": "Shelling in Kabul \\ud800 killed 3."}',
     "invalid JSON body: a string holds a lone surrogate (\\ud800-\\udfff), which is not text; send UTF-8"),
    ('{"text": "Shelling in Kabul killed 3.", "title": {"\\udfff": 1}}',
     "invalid JSON body: a string holds a lone surrogate (\\ud800-\\udfff), which is not text; send UTF-8"),
    ('{"text": "Shelling in Kabul killed 3.", "published": "2021-13-45"}',
     "invalid JSON body: field published: '2021-13-45' is not a real date: month must be in 1..12; "
     'send {"text": "..."} or {"url": "https://..."}'),
    ('{"text": "x", "published": "2021-02-29"}',
     "invalid JSON body: field published: '2021-02-29' is not a real date: day is out of range for month; "
     'send {"text": "..."} or {"url": "https://..."}'),
    ('{"text": ' + "1" * 5000 + "}",
     "invalid JSON body: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; "
     "use sys.set_int_max_str_digits() to increase the limit"),
    ("{not json", "invalid JSON body: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"),
])
def test_bad_json_bodies_are_422(writable_client, body, message):
    r = writable_client.post("/api/documents", content=body.encode("utf-8"),
                             headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert _error(r, 422) == message


def test_uploaded_file_with_an_impossible_date_is_422(writable_client):
    r = writable_client.post("/api/documents", files={"file": ("a.txt", b"Clashes in Kabul killed 3.")},
                             data={"published": "2021-02-30"}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert _error(r, 422) == "invalid request: published: '2021-02-30' is not a real date: day is out of range for month"


# --- the Host header (DNS rebinding) ---------------------------------------------------------------------

@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "localhost.evil.example", "127.0.0.1.nip.io",
                                  "[::1", "localhost:http", "testserver"])
def test_other_host_names_are_refused_with_421(client, host):
    r = client.get("/api/events", headers={"host": host})
    message = _error(r, 421)
    assert message.startswith(f"host {host!r} is not served here (a guard against DNS rebinding)")
    assert "--allow-host NAME" in message


@pytest.mark.parametrize("host", ["localhost", "localhost:8000", "LOCALHOST.", "127.0.0.1:8000", "[::1]:8000", "[::1]"])
def test_loopback_names_are_served(client, host):
    assert client.get("/api/summary", headers={"host": host}).status_code == 200


def test_the_bound_address_and_allowed_names_are_served(demo_db):
    app = create_app(str(demo_db[0]), host="10.1.2.3", allow_hosts=["sitroom.example.org"])
    with TestClient(app, base_url="http://10.1.2.3:8000") as c:
        assert c.get("/api/summary").status_code == 200
        assert c.get("/api/summary", headers={"host": "Sitroom.Example.Org:8000"}).status_code == 200
        assert c.get("/api/summary", headers={"host": "localhost"}).status_code == 200
        assert c.get("/api/summary", headers={"host": "10.9.9.9"}).status_code == 421
        assert c.get("/api/summary", headers={"host": "other.example.org"}).status_code == 421


def test_a_wildcard_bind_serves_ip_literals_but_not_names():
    policy = HostPolicy("0.0.0.0")
    assert policy.allows("192.168.1.20:8000") and policy.allows("[fe80::1]:8000") and policy.allows("localhost")
    assert not policy.allows("rebind.evil.example:8000")
    assert not HostPolicy("127.0.0.1").allows("192.168.1.20")
    assert HostPolicy("::").allows("[2001:db8::1]")


def test_host_names_are_parsed_strictly():
    assert host_name("[::1]:8000") == "::1"
    assert host_name("LocalHost.:80") == "localhost"
    assert host_name("[::1]x") is None and host_name("a:b") is None and host_name("") is None


# --- 500s: the error shape, the headers, nothing of the server's inside ----------------------------------

def test_an_unexpected_failure_is_a_500_in_the_error_shape_with_headers(demo_db, caplog):
    class Broken:
        url = f"sqlite:///{demo_db[0]}"

        def summary(self):
            raise RuntimeError(f"boom in {demo_db[0]}")

        def close(self):
            pass

    with TestClient(create_app(store=Broken()), base_url=BASE_URL) as c, caplog.at_level(logging.ERROR, "sitroom.web"):
        r = c.get("/api/summary")
    message = _error(r, 500)
    assert message == "internal error: the server could not answer this request; its log has the details"
    assert str(demo_db[0]) not in r.text and "Traceback" not in r.text
    assert "boom in" in caplog.text  # the details go to the log


@pytest.mark.parametrize("reason, status, message", [
    ("LIKE or GLOB pattern too complex", 400, "query too complex for the database; use fewer or shorter filter values"),
    ("Expression tree is too large (maximum depth 1000)", 400,
     "query too complex for the database; use fewer or shorter filter values"),
    ("database is locked", 503, "the database is busy (another process is writing); try again in a moment"),
    ("unable to open database file", 500, "the database failed on this request; the server's log has the details"),
])
def test_database_errors_never_show_the_database_path(demo_db, reason, status, message):
    from sitroom.errors import DatabaseError
    from sitroom.store.engine import db_error_kind

    path = str(demo_db[0])

    class Failing:
        url = f"sqlite:///{path}"

        def summary(self):
            raise DatabaseError(f"{self.url}: summary failed: {reason}", reason, db_error_kind(reason))

        def close(self):
            pass

    with TestClient(create_app(store=Failing()), base_url=BASE_URL) as c:
        r = c.get("/api/summary")
    assert _error(r, status) == message
    assert path not in r.text


def test_a_real_too_complex_query_is_refused_without_the_path(demo_db):
    """Below the API's own limits, a query the database itself refuses still answers safely."""
    from sitroom.api import open_store
    from sitroom.errors import DatabaseError
    from sitroom.store import EventFilter

    with open_store(str(demo_db[0])) as store:
        with pytest.raises(DatabaseError) as caught:
            store.count_events(EventFilter(actor="%" * 60_000))
    assert caught.value.kind == "too complex"


@pytest.mark.parametrize("method, url, status", [
    ("GET", "/api/nothing", 404), ("DELETE", "/api/events", 405), ("GET", "/static/nothing.js", 404),
    ("POST", "/api/documents", 401),
])
def test_every_error_has_the_shape_and_headers(client, method, url, status):
    _error(client.request(method, url), status)


@pytest.mark.parametrize("url, message", [
    ("http://[::1", "invalid request: url: 'http://[::1' is not a valid URL: Invalid IPv6 URL"),
    ("http://example.org:port/", "invalid request: url: 'http://example.org:port/' is not a valid URL: "
                                 "Port could not be cast to integer value as 'port'"),
    ("https:///path", "invalid request: url: 'https:///path' is not a valid URL: no host name"),
])
def test_malformed_urls_to_fetch_are_422(writable_client, url, message):
    r = writable_client.post("/api/documents", json={"url": url}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert _error(r, 422) == message


def test_ledger_parameters_are_checked(client):
    assert _error(client.get("/api/ledger", params={"as_of": "2021-02-30"}), 422) == (
        "invalid request: as_of: '2021-02-30' is not a real date: day is out of range for month")
    assert _error(client.get("/api/ledger", params={"status": "done"}), 422).startswith("invalid request: status.0: Input should be")
    assert client.get("/api/ledger", params={"status": "OPEN"}).status_code == 200


@pytest.mark.parametrize("url", [
    "/api/events?since=0001-01-01&until=9999-12-31", "/api/stats?since=0001-01-01&interval=week",
    "/api/stats?until=9999-12-31&interval=week", "/api/control?as_of=0001-01-01", "/api/control?as_of=9999-12-31",
    "/api/ledger?as_of=0001-01-01", "/api/ledger?as_of=9999-12-31", "/api/claims?since=0001-01-01&until=9999-12-31",
    "/api/brief?since=0001-01-01", "/api/brief?since=0001-01-01&until=9999-12-31", "/api/brief.md?since=0001-01-01",
    "/api/export/jsonl?since=0001-01-01", "/api/events/facets?since=0001-01-01&until=9999-12-31",
])
def test_the_first_and_last_calendar_days_are_answered(client, url):
    r = client.get(url)
    assert r.status_code == 200, r.text
