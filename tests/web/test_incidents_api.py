"""/api/incidents (the `sitroom incidents` view) and the totals of /api/claims (review-3 #19, #20)."""

from __future__ import annotations

import pytest


def test_incidents_list_fused_reports_with_sources_figures_and_a_total(client):
    r = client.get("/api/incidents")
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == 5 and body["min_sources"] == 1 and len(body["items"]) == 5
    garmsir = next(i for i in body["items"] if i["sources"] == 2)
    # Two outlets' reports of one clash, their conflicting tolls side by side, as the CLI shows them.
    assert garmsir["sub_event_type"] == "Armed clash" and garmsir["fatalities"] == [5, 12]
    assert garmsir["fatalities_conflict"] is True and garmsir["reports"] >= 2 and len(garmsir["details"]) == garmsir["reports"]
    # --min-sources
    two = client.get("/api/incidents", params={"min_sources": 2}).json()
    assert two["total"] == 1 and [i["id"] for i in two["items"]] == [garmsir["id"]]


def test_incidents_take_the_event_filters_and_page_with_a_total(client):
    battles = client.get("/api/incidents", params={"event_type": "battles"}).json()
    assert battles["total"] == 2 and {i["event_type"] for i in battles["items"]} == {"Battles"}
    assert client.get("/api/incidents", params={"since": "2021-07-12"}).json()["total"] == 1
    first = client.get("/api/incidents", params={"limit": 2}).json()
    second = client.get("/api/incidents", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] == 5
    assert not {i["id"] for i in first["items"]} & {i["id"] for i in second["items"]}
    assert client.get("/api/incidents", params={"offset": 10}).json() == {
        "total": 5, "limit": 50, "offset": 10, "min_sources": 1, "items": [], "notes": []}


@pytest.mark.parametrize("query, named", [
    ({"min_sources": 0}, "min_sources"), ({"min_sources": "two"}, "min_sources"), ({"limit": 0}, "limit"),
    ({"event_type": "Battlez"}, "event_type"), ({"since": "2021-02-30"}, "since"), ({"offset": -1}, "offset"),
    ({"sort": "date"}, "sort"),
])
def test_incidents_refuse_a_bad_parameter_with_422(client, query, named):
    r = client.get("/api/incidents", params=query)
    assert r.status_code == 422, r.text
    assert r.json()["error"].startswith(f"invalid request: {named}")


def test_claims_have_a_total_across_pages(client):
    every = client.get("/api/claims").json()
    assert every["total"] == len(every["items"]) == 3
    page = client.get("/api/claims", params={"limit": 1, "offset": 1}).json()
    assert page["total"] == 3 and page["has_more"] is True and len(page["items"]) == 1
    assert client.get("/api/claims", params={"limit": 1, "offset": 2}).json()["total"] == 3
    # The total follows the filters: the claims in documents reporting a protest.
    protests = client.get("/api/claims", params={"event_type": "Protests"}).json()
    assert protests["total"] == len(protests["items"])
    assert client.get("/api/claims", params={"kind": "control", "limit": 1}).json()["total"] == len(
        client.get("/api/claims", params={"kind": "control"}).json()["items"])


def test_failures_list_each_failed_input_by_name_with_reason_and_time(tmp_path):
    """Review-3 #26: what the header's "N failed inputs" counts, without the server's paths."""
    from fastapi.testclient import TestClient

    from sitroom.api import open_store
    from sitroom.web import create_app

    from .conftest import BASE_URL

    path = tmp_path / "f.db"
    with open_store(str(path)) as store:
        store.record_failure("/srv/in/dump.csv:5", "/srv/in/dump.csv:5: field 'published': '2021-02-30' is not a real date")
        store.record_failure("https://news.example/gone", "HTTP 404")
    with TestClient(create_app(str(path)), base_url=BASE_URL) as c:
        body = c.get("/api/failures").json()
        assert body["total"] == 2
        assert [(f["source"], f["reason"]) for f in body["items"]] == [
            ("https://news.example/gone", "HTTP 404"),
            ("dump.csv:5", "dump.csv:5: field 'published': '2021-02-30' is not a real date")]
        assert all(f["at"] for f in body["items"])
        assert c.get("/api/failures", params={"limit": 1}).json()["total"] == 2
        assert c.get("/api/failures", params={"limit": 0}).status_code == 422
