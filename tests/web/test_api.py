"""The JSON API over a store of hand-built records: what a client of /api/ would check."""

from __future__ import annotations

import re

import pytest

from .demo_data import GARMSIR_A, HOSTILE


def test_events_list_newest_first_with_total(client):
    r = client.get("/api/events")
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == 7
    dates = [e["date_start"] for e in body["items"]]
    assert dates == sorted(dates, reverse=True)
    first = body["items"][0]
    assert first["event_type"] == "Protests" and first["location_name"] == "Kunduz"


@pytest.mark.parametrize("params, expected", [
    ({"event_type": "Battles"}, 4),
    ({"event_type": ["Battles", "Protests"]}, 5),
    ({"actor": "taliban"}, 5),
    ({"country": "Afghanistan"}, 7),
    ({"country": "AF", "admin1": "Helmand"}, 4),
    ({"modality": "reported"}, 2),
    ({"min_confidence": 0.7}, 6),
    ({"source": "elder"}, 1),
    ({"since": "2021-07-07", "until": "2021-07-08"}, 2),
    ({"place": "lashkar"}, 1),
    ({"bbox": "63,30,65,32"}, 4),
])
def test_event_filters(client, params, expected):
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    assert r.json()["total"] == expected


def test_events_pagination_and_sorting(client):
    page1 = client.get("/api/events", params={"limit": 3, "sort": "-fatalities"}).json()
    page2 = client.get("/api/events", params={"limit": 3, "offset": 3, "sort": "-fatalities"}).json()
    assert page1["total"] == page2["total"] == 7
    assert [e["fatalities"] for e in page1["items"]] == [12, 5, 5]
    ids = {e["id"] for e in page1["items"]} | {e["id"] for e in page2["items"]}
    assert len(ids) == 6  # no overlap between pages


@pytest.mark.parametrize("params, status, words", [
    ({"sort": "colour"}, 422, "sort: 'colour' is not one of"),
    ({"since": "July 2021"}, 422, "since"),
    ({"country": "Atlantis"}, 422, "unknown country"),
    ({"bbox": "1,2,3"}, 422, "bbox"),
    ({"limit": 5000}, 422, "limit"),
])
def test_bad_event_queries_get_clear_errors(client, params, status, words):
    r = client.get("/api/events", params=params)
    assert r.status_code == status
    body = r.json()
    assert body["ok"] is False and body["status"] == status
    assert words in body["error"]


def test_event_points_for_the_map(client):
    body = client.get("/api/events/points", params={"event_type": "Battles"}).json()
    assert body["total"] == 4 and not body["truncated"]
    assert len(body["points"]) == 4
    event_id, lat, lon, event_type, fatalities, date = body["points"][0]
    assert event_type == "Battles" and -90 <= lat <= 90 and -180 <= lon <= 180


def test_event_detail_has_document_text_and_other_reports(client):
    events = client.get("/api/events", params={"source": "Officials"}).json()["items"]
    assert len(events) == 1
    r = client.get(f"/api/events/{events[0]['id']}")
    assert r.status_code == 200
    detail = r.json()
    e, doc = detail["event"], detail["document"]
    # The evidence span points at the sentence inside the document text.
    assert doc["text"][e["evidence_start"]:e["evidence_end"]] == e["evidence_text"]
    assert e["evidence_text"].startswith("Taliban fighters attacked")
    # The other report of the Garmsir clash (5 dead, another outlet) is listed beside it.
    others = {(o["document_title"], o["fatalities"]) for o in detail["same_incident"]}
    assert ("Fighting in Garmsir", 5) in others
    assert all(o["id"] != e["id"] for o in detail["same_incident"])


def test_unknown_event_is_404(client):
    r = client.get("/api/events/99999")
    assert r.status_code == 404 and r.json()["error"] == "no event 99999"


def test_documents_list_and_view(client, demo_ids):
    body = client.get("/api/documents").json()
    assert {d["title"] for d in body["items"]} >= {"Taliban attack Garmsir", "Protest in Kunduz"}
    assert body["has_more"] is False
    view = client.get(f"/api/documents/{demo_ids['garmsir_a']}").json()
    assert view["text"] == GARMSIR_A
    assert len(view["events"]) == 3 and len(view["claims"]) == 1
    for p in view["places"]:
        assert view["text"][p["start"]:p["end"]] == p["text"]
    assert client.get("/api/documents/424242").status_code == 404


def test_document_search_matches_the_text(client):
    # "Hundreds of residents" is only in the Kunduz report's text, not its title, source or URL.
    body = client.get("/api/documents", params={"q": "hundreds of RESIDENTS"}).json()
    assert [d["title"] for d in body["items"]] == ["Protest in Kunduz"]
    assert client.get("/api/documents", params={"q": "Diallassagou"}).json()["items"] == []


def test_places_actors_claims(client):
    places = client.get("/api/places", params={"country": "AF"}).json()["items"]
    assert places[0]["name"] == "Garmsir" and places[0]["mentions"] == 2
    actors = client.get("/api/actors").json()["items"]
    assert actors[0]["name"] == "Taliban"
    claims = client.get("/api/claims", params={"speaker": "mujahid"}).json()["items"]
    assert len(claims) == 1
    c = claims[0]
    assert c["kind"] == "territorial control" and c["quote"] == "the group now controls Garmsir"
    assert c["speaker_organisation"] == "Taliban"


def test_stats_per_day_and_week(client):
    days = client.get("/api/stats").json()
    assert days["interval"] == "day"
    assert {"period": "2021-07-06", "start": "2021-07-06", "end": "2021-07-06", "event_type": "Battles", "count": 2} in days["items"]
    weeks = client.get("/api/stats", params={"interval": "week", "event_type": "Battles"}).json()
    # 5 July 2021 is the Monday of the week holding 6-10 July.
    assert weeks["items"] == [{"period": "2021-07-05", "start": "2021-07-05", "end": "2021-07-11", "event_type": "Battles", "count": 4}]
    assert client.get("/api/stats", params={"interval": "month"}).status_code == 422


def test_summary(client):
    s = client.get("/api/summary").json()
    assert s["documents"] == 4 and s["events"] == 7
    assert s["date_range"] == ["2021-07-06", "2021-07-15"]


def test_openapi_lists_the_api(client):
    spec = client.get("/openapi.json").json()
    for path in ["/api/events", "/api/events/{event_id}", "/api/documents", "/api/places", "/api/actors",
                 "/api/claims", "/api/stats", "/api/control", "/api/export/{fmt}"]:
        assert path in spec["paths"], path
    assert "post" in spec["paths"]["/api/documents"]


def test_dashboard_is_served_with_vendored_libraries_only(client):
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    html = page.text
    # Every script and stylesheet is a local file under static/: nothing from a CDN.
    refs = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert refs and all(not re.match(r"^(https?:)?//", ref) for ref in refs), refs
    for asset in ["static/vendor/leaflet/leaflet.js", "static/vendor/markercluster/leaflet.markercluster.js",
                  "static/vendor/topojson-client/topojson-client.min.js", "static/js/main.js", "static/css/app.css"]:
        assert asset in html
        assert client.get("/" + asset).status_code == 200, asset
    world = client.get("/static/vendor/world-atlas/countries-50m.json").json()
    assert world["type"] == "Topology" and "countries" in world["objects"]


def test_security_headers_on_page_and_api(client):
    for path in ["/", "/api/events", "/static/js/main.js"]:
        csp = client.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in csp and "default-src 'none'" in csp and "unsafe-inline" not in csp
    assert client.get("/").headers["x-content-type-options"] == "nosniff"


def test_hostile_text_is_returned_as_data_not_markup(client, demo_ids):
    # The API returns the text as it was stored (JSON-escaped); rendering it inert is the page's job.
    view = client.get(f"/api/documents/{demo_ids['hostile']}")
    assert view.headers["content-type"].startswith("application/json")
    assert view.json()["text"] == HOSTILE


def test_export_acled_csv_with_filters(client):
    import csv
    import io

    r = client.get("/api/export/acled-csv", params={"event_type": "Battles", "admin1": "Helmand"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 3
    assert (r.headers["x-sitroom-events-matched"], r.headers["x-sitroom-rows-written"]) == ("3", "3")
    every = client.get("/api/export/acled-csv")
    written = len(list(csv.DictReader(io.StringIO(every.text))))
    assert every.headers["x-sitroom-rows-written"] == str(written)
    assert int(every.headers["x-sitroom-events-matched"]) >= written
    assert {row["event_type"] for row in rows} == {"Battles"}
    assert {row["location"] for row in rows} == {"Garmsir"}
    assert {row["event_date"] for row in rows} == {"2021-07-06", "2021-07-08"}


def test_export_geojson(client):
    r = client.get("/api/export/geojson", params={"event_type": "Protests"})
    assert r.status_code == 200
    fc = r.json()
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 1
    assert (r.headers["x-sitroom-events-matched"], r.headers["x-sitroom-rows-written"]) == ("1", "1")
    lon, lat = fc["features"][0]["geometry"]["coordinates"]
    assert (round(lat, 2), round(lon, 2)) == (36.73, 68.87)


def test_unknown_export_format_is_404(client):
    r = client.get("/api/export/xlsx")
    assert r.status_code == 404 and "acled-csv" in r.json()["error"]


def test_control_as_of_a_date_with_evidence(client):
    before = client.get("/api/control", params={"as_of": "2021-07-05"}).json()
    assert before == {"as_of": "2021-07-05", "items": []}
    after = client.get("/api/control", params={"as_of": "2021-07-20"}).json()["items"]
    garmsir = next(row for row in after if row["place"] == "Garmsir")
    assert garmsir["controller"] == "Taliban" and garmsir["since"] == "2021-07-08"
    assert any(ev["text"] == "the group now controls Garmsir" for ev in garmsir["evidence"])
    assert client.get("/api/control", params={"as_of": "20 July"}).status_code == 422


def test_claims_carry_the_ledger_status_of_commitments(client):
    items = client.get("/api/claims", params={"kind": "commitment"}).json()["items"]
    assert len(items) == 1
    c = items[0]
    assert c["speaker"] == "the governor" and c["deadline_start"] == "2021-07-31"
    assert c["status"] == "open" and "deadline" in c["status_reason"]
