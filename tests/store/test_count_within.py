"""Totals the dashboard and the API ask for, within a time budget: exact from a roll-up or from a count
that ends in time; past the budget (PostgreSQL), an estimate that says it is one, and stays within
what is known for sure (the page shown below, the exact count of the filter's roll-up part above)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from sitroom.store.models import EventFilter
from sitroom.store.synthetic import fill_synthetic
from sitroom.web.app import create_app
from tests.web.conftest import BASE_URL

# No roll-up holds an actor with a province, nor a sub-event type, nor a minimum confidence off the grid.
OUTSIDE = [EventFilter(actor="islamic", admin1="Helmand"),
           EventFilter(sub_event_type="Air/drone strike", since="2019-01-01"),
           EventFilter(place="helmand", min_confidence=0.52)]


@pytest.fixture
def pg_filled(pg_store):
    fill_synthetic(pg_store, 30_000)
    return pg_store


@pytest.mark.postgres
def test_totals_are_exact_within_the_budget_and_marked_estimates_past_it(pg_filled):
    store = pg_filled
    for f in OUTSIDE:
        true = store.count_events(f)
        assert 1000 < true < 30_000
        assert tuple(store.count_events_within(f, budget_ms=60_000)) == (true, True)
        n, exact = store.count_events_within(f, budget_ms=1, at_least=100)  # 30,000 rows take longer
        assert exact is False
        base = store.count_events(store_rollup_base(f))
        assert 100 <= n <= base  # never below the page shown, never above its roll-up part
        assert abs(n - true) <= 0.25 * true, (f, n, true)
    # a filter a roll-up holds: exact, whatever the budget
    helmand = EventFilter(place="helmand", min_confidence=0.5)
    assert tuple(store.count_events_within(helmand, budget_ms=1)) == (store.count_events(helmand), True)


def store_rollup_base(f: EventFilter) -> EventFilter:
    from sitroom.store.rollup import answers, widest_answered

    base = widest_answered(f)
    assert answers(base) and not answers(f)
    return base


@pytest.mark.postgres
def test_an_estimate_never_exceeds_the_exact_part_nor_falls_below_the_page(pg_filled):
    # sub-event type "Armed clash" within Battles: the base (Battles) is exact, the estimate inside it
    f = EventFilter(event_type=["Battles"], sub_event_type="Armed clash")
    n, exact = pg_filled.estimate_events(f, at_least=50)
    assert exact is False
    assert 50 <= n <= pg_filled.count_events(EventFilter(event_type=["Battles"]))
    # nothing matches the base: the estimate is an exact 0
    assert tuple(pg_filled.estimate_events(EventFilter(country="NZ", sub_event_type="Armed clash"))) == (0, True)


def test_sqlite_counts_exactly_whatever_the_budget(sqlite_store):
    fill_synthetic(sqlite_store, 2000)
    f = OUTSIDE[0]
    assert tuple(sqlite_store.count_events_within(f, budget_ms=1)) == (sqlite_store.count_events(f), True)


@pytest.mark.postgres
def test_the_api_says_when_its_total_is_an_estimate(pg_filled, monkeypatch):
    from sitroom.store import counts

    url = pg_filled.engine.url.render_as_string(hide_password=False)
    params = {"actor": "islamic", "admin1": "Helmand", "limit": 10}
    true = pg_filled.count_events(OUTSIDE[0])
    monkeypatch.setattr(counts, "COUNT_BUDGET_MS", 60_000)
    with TestClient(create_app(url), base_url=BASE_URL) as client:
        page = client.get("/api/events", params=params).json()
        assert (page["total"], page["total_exact"]) == (true, True)
        monkeypatch.setattr(counts, "COUNT_BUDGET_MS", 1)
        for path in ("/api/events", "/api/events/points", "/api/events/facets"):
            r = client.get(path, params=params if path == "/api/events" else {"actor": "islamic", "admin1": "Helmand"})
            assert r.status_code == 200
            body = r.json()
            assert body["total_exact"] is False, path
            assert body["total"] >= (10 if path == "/api/events" else 0)
        # a total a roll-up answers stays exact
        body = client.get("/api/events", params={"place": "helmand", "limit": 10}).json()
        assert body["total_exact"] is True


@pytest.mark.postgres
def test_a_count_the_planner_costs_past_any_budget_is_not_tried(pg_filled, monkeypatch):
    from sitroom.store import counts

    f = OUTSIDE[0]
    assert tuple(pg_filled.count_events_within(f, budget_ms=60_000)) == (pg_filled.count_events(f), True)
    monkeypatch.setattr(counts, "COUNT_COST_CERTAINLY_OVER", 0)  # every count "costs too much"
    n, exact = pg_filled.count_events_within(f, budget_ms=60_000, at_least=100)
    assert exact is False and 100 <= n


@pytest.mark.postgres
def test_facets_are_exact_within_the_budget_and_marked_estimates_past_it(pg_filled):
    from sitroom.store.rollup import widest_answered

    store = pg_filled
    f = OUTSIDE[0]  # actor + province: no roll-up counts its facets
    assert store.facet_counts_within("source", f, budget_ms=1).values == []  # synthetic events have none
    for column in ("event_type", "actor", "admin1"):
        true = store.facet_counts(column, f, limit=100)
        assert true
        assert tuple(store.facet_counts_within(column, f, limit=100, budget_ms=60_000)) == (true, True)
        values, exact = store.facet_counts_within(column, f, limit=100, budget_ms=1)  # 30,000 rows take longer
        assert exact is False
        # each value at most its count under the filter's part a roll-up holds; none that part lacks
        base = dict(store.facet_counts(column, widest_answered(f, ("actor1", "actor2") if column == "actor"
                                                                else (column,)), limit=1000))
        assert values and all(0 < n <= base[v] for v, n in values), (column, values)
        top_value, top_n = true[0]
        estimated = dict(values)[top_value]
        assert abs(estimated - top_n) <= 0.3 * top_n, (column, top_value, estimated, top_n)
    # a filter a roll-up holds: exact, whatever the budget
    helmand = EventFilter(place="helmand", min_confidence=0.5)
    assert tuple(store.facet_counts_within("event_type", helmand, budget_ms=1)) == (
        store.facet_counts("event_type", helmand), True)


@pytest.mark.postgres
def test_the_api_says_when_its_facet_counts_are_estimates(pg_filled, monkeypatch):
    from sitroom.store import counts

    url = pg_filled.engine.url.render_as_string(hide_password=False)
    params = {"actor": "islamic", "admin1": "Helmand"}
    monkeypatch.setattr(counts, "COUNT_BUDGET_MS", 60_000)
    with TestClient(create_app(url), base_url=BASE_URL) as client:
        exact = client.get("/api/events/facets", params=params).json()
        assert exact["facets_exact"] is True
        monkeypatch.setattr(counts, "COUNT_BUDGET_MS", 1)
        estimated = client.get("/api/events/facets", params=params).json()
        assert estimated["facets_exact"] is False
        # the same values lead, counted about the same
        for name in ("event_type", "admin1"):
            assert estimated["facets"][name][0]["value"] == exact["facets"][name][0]["value"], name
        # a filter the roll-ups hold stays exact
        assert client.get("/api/events/facets", params={"country": "AF"}).json()["facets_exact"] is True
