"""The actor and place filters by the names they match (store/names.py): the same events as the
substring over the events, on both back ends, as events are stored, renamed and deleted; and the
names tables hold every name an event carries."""

from __future__ import annotations

import random

from sqlalchemy import delete, func, select

from sitroom.store import EventFilter
from sitroom.store import names as N
from sitroom.store.schema import (
    document_source_names, documents, event_actor_names, event_place_names, event_source_names, events,
)
from tests.store.test_rollup import FILTERS, UNANSWERED, _extraction, _fill

NAMED = [f for f in FILTERS + UNANSWERED if f.actor or f.place] + [
    EventFilter(actor="qzxj"), EventFilter(place="qzxj"), EventFilter(actor="qzxj", place="Garmsir"),
    EventFilter(actor="Taliban", place="Kandahar", since="2021-06-09"), EventFilter(place="Helmand"),
    # the source: the event's own, or its document's outlet
    EventFilter(source="spokesman"), EventFilter(source="MINISTRY", since="2021-06-09"), EventFilter(source="qzxj"),
    EventFilter(source="example"), EventFilter(source="wire"), EventFilter(source="spokesman", actor="taliban"),
]


def _pages(store, f):
    """Every matching event's id in each order a user can ask for, and the API's page of 3."""
    return ([e.id for e in store.events(f, limit=None)], [e.id for e in store.events(f, limit=None, sort="confidence")],
            [e.id for e in store.events(f, limit=3, offset=1)], store.count_events(f),
            sorted(p[0] for p in store.event_points(f)))


def _assert_same_events(store):
    for f in NAMED:
        store.use_rollup = True
        by_name = _pages(store, f)
        store.use_rollup = False
        by_substring = _pages(store, f)
        store.use_rollup = True
        assert by_name == by_substring, f


def _assert_tables_hold_the_events_names(store):
    e = events.c
    with store.engine.connect() as conn:
        pairs = {(a or "", b or ""): n for a, b, n in conn.execute(
            select(e.actor1, e.actor2, func.count()).group_by(e.actor1, e.actor2))}
        places = {tuple(k or "" for k in r[:3]): r[3] for r in conn.execute(
            select(e.location_key, e.admin1_key, e.admin2_key, func.count())
            .group_by(e.location_key, e.admin1_key, e.admin2_key))}
        held_pairs = {(r.actor1, r.actor2): r.n for r in conn.execute(select(event_actor_names)) if r.n}
        held_places = {(r.location_key, r.admin1_key, r.admin2_key): r.n
                       for r in conn.execute(select(event_place_names)) if r.n}
        sources = {(r[0] or ""): r[1] for r in conn.execute(select(e.source, func.count()).group_by(e.source))}
        outlets = {(r[0] or ""): r[1] for r in conn.execute(
            select(documents.c.source, func.count()).group_by(documents.c.source))}
        held_sources = {r.source: r.n for r in conn.execute(select(event_source_names)) if r.n}
        held_outlets = {r.source: r.n for r in conn.execute(select(document_source_names)) if r.n}
    assert held_pairs == {k: n for k, n in pairs.items()}
    assert held_places == places
    assert held_sources == sources and held_outlets == outlets


def _outlets(store):
    """Some documents from an outlet (the filler's have none): the source filter matches it too."""
    with store._writer.begin() as conn:
        conn.exec_driver_sql("UPDATE documents SET source = 'Example Wire' WHERE mod(id, 3) = 0")
        conn.exec_driver_sql("UPDATE documents SET source = 'The Spokesman-Review' WHERE mod(id, 7) = 1")


def test_filters_by_name_match_the_same_events(store):
    _fill(store)
    _outlets(store)
    assert store.count_events(EventFilter(source="wire")) > 3
    assert store.count_events(EventFilter(actor="taliban")) > 5
    _assert_tables_hold_the_events_names(store)
    _assert_same_events(store)
    # a name no event carries: nothing, found without reading the events
    assert store.events(EventFilter(actor="qzxj")) == [] and store.count_events(EventFilter(place="qzxj")) == 0


def test_names_follow_reextraction_renames_and_deletion(store):
    _fill(store, 30)
    _outlets(store)
    rng = random.Random(3)
    for doc in store.documents(limit=8):
        store.replace_extraction(doc.id, _extraction(rng, doc.id + 100))
    with store._writer.begin() as conn:
        conn.execute(delete(documents).where(documents.c.id.in_([d.id for d in store.documents(limit=4)])))
        conn.exec_driver_sql("UPDATE events SET actor2 = 'Islamic State' WHERE actor2 = 'Taliban'")
        conn.exec_driver_sql("UPDATE events SET source = 'a wire report' WHERE source = 'Taliban spokesman'")
        conn.exec_driver_sql("UPDATE documents SET source = NULL WHERE source = 'Example Wire' AND mod(id, 2) = 0")
        conn.exec_driver_sql("UPDATE events SET location_key = 'lashkargah', admin2_key = 'nadal' "
                             "WHERE location_name = 'Garmsir'")
    _assert_tables_hold_the_events_names(store)
    _assert_same_events(store)
    assert store.count_events(EventFilter(place="nad ali")) > 0


def test_a_filter_matching_many_names_keeps_its_substring(store, monkeypatch):
    _fill(store, 20)
    _outlets(store)
    with store.engine.connect() as conn:
        dialect = store.engine.dialect.name
        found = N.name_sets(conn, EventFilter(actor="a"), dialect)
        assert found is not None and len(found.actor["actor1"]) > 1
        monkeypatch.setattr(N, "MAX_NAMES", 1)
        assert N.name_sets(conn, EventFilter(actor="a"), dialect) is None
        monkeypatch.setattr(N, "MAX_DOCUMENTS", 1)  # an outlet of many documents: the substring stays
        assert N.name_sets(conn, EventFilter(source="example"), dialect) is None
        # one name each: looked up still
        assert N.name_sets(conn, EventFilter(actor="qzxj"), dialect).actor == {"actor1": frozenset(), "actor2": frozenset()}
    _assert_same_events(store)
