"""The API behind shareable dashboard views: facets, every list honouring the event filters,
/api/ledger, HEAD on pages and API routes (issue 15 items 2 and 5)."""

from __future__ import annotations


def test_facets_count_types_actors_provinces_and_sources_under_the_filters(client):
    r = client.get("/api/events/facets", params={"country": "AF"})
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == 7
    types = {f["value"]: f["count"] for f in body["facets"]["event_type"]}
    assert types["Battles"] == 4 and types["Explosions/Remote violence"] == 1
    actors = {f["value"]: f["count"] for f in body["facets"]["actor"]}
    assert actors["Taliban"] >= 4  # actor 1 or actor 2
    assert set(body["facets"]) == {"event_type", "actor", "admin1", "source"}
    # The counts follow the other filters: with Battles ticked the total is the battles, and each other
    # type still shows what ticking it would add (a facet is not filtered by itself).
    only = client.get("/api/events/facets", params=[("country", "AF"), ("event_type", "Battles")]).json()
    assert only["total"] == 4
    assert {f["value"]: f["count"] for f in only["facets"]["event_type"]} == types
    battle_actors = {f["value"]: f["count"] for f in only["facets"]["actor"]}
    assert battle_actors["Taliban"] <= actors["Taliban"] and sum(battle_actors.values()) < sum(actors.values())


def test_each_facet_is_counted_under_the_other_filters_but_not_its_own(client):
    """?country=AF&event_type=Riots: the types AF has are still counted; the actor, province and source
    facets follow the type filter; a facet's own value does not collapse the others."""
    every = {f["value"]: f["count"] for f in client.get("/api/events/facets", params={"country": "AF"}).json()["facets"]["admin1"]}
    riots = client.get("/api/events/facets", params=[("country", "AF"), ("event_type", "Riots")]).json()
    assert riots["total"] == 0
    types = {f["value"]: f["count"] for f in riots["facets"]["event_type"]}
    assert types["Battles"] == 4 and types["Explosions/Remote violence"] == 1
    assert riots["facets"]["actor"] == [] and riots["facets"]["admin1"] == []
    helmand = client.get("/api/events/facets", params={"country": "AF", "admin1": "Helmand"}).json()
    assert {f["value"]: f["count"] for f in helmand["facets"]["admin1"]} == every
    assert helmand["total"] == every["Helmand"]


def test_facets_refuse_a_bad_size(client):
    assert client.get("/api/events/facets", params={"size": 0}).status_code == 422


def test_claims_and_documents_honour_the_event_filters(client, demo_ids):
    every = client.get("/api/documents").json()["items"]
    assert len(every) == 4
    protests = client.get("/api/documents", params={"event_type": "Protests"}).json()["items"]
    assert [d["id"] for d in protests] == [demo_ids["kunduz"]]
    # Claims: the Garmsir control claim sits in a document reporting events in Garmsir; the Kunduz commitment does not.
    quotes = [c["quote"] for c in client.get("/api/claims", params={"place": "Garmsir"}).json()["items"]]
    assert quotes == ["the group now controls Garmsir"]
    quotes = [c["quote"] for c in client.get("/api/claims", params={"event_type": "Battles"}).json()["items"]]
    assert "the group now controls Garmsir" in quotes and not any("Kunduz" in q for q in quotes)
    quotes = [c["quote"] for c in client.get("/api/claims", params={"event_type": "Protests"}).json()["items"]]
    assert quotes == ["the Taliban would be driven out of Kunduz by 31 July 2021"]
    # A country with no events: nothing, not everything.
    assert client.get("/api/claims", params={"country": "SY"}).json()["items"] == []
    assert client.get("/api/documents", params={"country": "SY"}).json()["items"] == []


def test_ledger_lists_commitments_with_their_status(client):
    r = client.get("/api/ledger")
    assert r.status_code == 200
    body = r.json()
    assert [row["quote"] for row in body["items"]] == ["the Taliban would be driven out of Kunduz by 31 July 2021"]
    assert body["items"][0]["status"] in {"kept", "broken", "open", "undetermined"}
    assert sum(body["counts"].values()) == 1
    status = body["items"][0]["status"]
    assert client.get("/api/ledger", params={"status": status}).json()["items"][0]["status"] == status
    assert client.get("/api/ledger", params={"status": "maybe"}).status_code == 422
    assert client.get("/api/ledger", params={"as_of": "July"}).status_code == 422


def test_head_answers_like_get_without_a_body(client):
    for path in ("/", "/api/summary", "/api/events?country=AF", "/static/js/main.js", "/api/ledger"):
        get, head = client.get(path), client.head(path)
        assert head.status_code == 200 == get.status_code, path
        assert head.content == b""
        assert head.headers["content-type"] == get.headers["content-type"]
    assert client.head("/api/events/999999").status_code == 404


def test_the_basemap_ships_admin1_boundaries_and_labels(client):
    topo = client.get("/static/basemap/admin1.json")
    assert topo.status_code == 200
    data = topo.json()
    helmand = [g["properties"] for g in data["objects"]["admin1"]["geometries"] if g["properties"]["name"] == "Helmand"]
    assert helmand and helmand[0]["country"] == "AF"
    assert len(data["objects"]["admin1"]["geometries"]) > 4000  # the whole world, not one country
    labels = client.get("/static/basemap/labels/AF.json").json()
    assert any(p[0].startswith("Lashkar G") and p[3] > 10_000 for p in labels["places"])  # GeoNames spelling: Lashkar Gāh
    assert any(name.startswith("Nahr-e Sar") for name, _lat, _lon in labels["admin2"])


def test_control_honours_the_country_and_province_filters(client):
    every = client.get("/api/control", params={"as_of": "2021-07-31"}).json()["items"]
    assert any(r["place"] == "Garmsir" for r in every)
    assert client.get("/api/control", params={"as_of": "2021-07-31", "country": "AF"}).json()["items"] == every
    assert client.get("/api/control", params={"as_of": "2021-07-31", "country": "SY"}).json()["items"] == []
    assert client.get("/api/control", params={"as_of": "2021-07-31", "admin1": "Kunduz"}).json()["items"] == []
    helmand = client.get("/api/control", params={"as_of": "2021-07-31", "admin1": "Helmand"}).json()["items"]
    assert helmand and client.get("/api/control", params={"as_of": "2021-07-31", "admin1": "Hilmand"}).json()[
        "items"] == helmand  # any spelling of the province (issue 13)
    assert client.get("/api/control", params={"as_of": "2021-07-31", "place": "Garmser"}).json()["items"] == [
        r for r in every if r["place"] == "Garmsir"]
    assert client.get("/api/control", params={"country": "Atlantis"}).status_code == 422  # as on /api/events


def test_a_name_that_matches_nothing_says_so_apart_from_no_events(client):
    """Review-3 #18: ?place=Atlantis is not silently "total 0": the answer notes that no place matches;
    a real province with no event of the asked type has no such note."""
    body = client.get("/api/events", params={"place": "Atlantis", "admin1": "Nowhere", "actor": "Nobody"}).json()
    assert body["total"] == 0 and body["notes"] == [
        "no place matches 'Atlantis'", "no province (admin1) matches 'Nowhere'", "no actor matches 'Nobody'"]
    # Helmand exists, Taliban too: the empty answer is "no Protests there", not a typo.
    real = client.get("/api/events", params=[("admin1", "Helmand"), ("actor", "Taliban"), ("event_type", "Protests")]).json()
    assert real["total"] == 0 and real["notes"] == []
    assert client.get("/api/events", params={"place": "Garmsir"}).json()["notes"] == []
    assert client.get("/api/incidents", params={"source": "Nobody Times"}).json()["notes"] == ["no source matches 'Nobody Times'"]
