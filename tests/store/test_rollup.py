"""The roll-ups (event_weeks, event_place_weeks, event_actor_weeks, event_actor_days...): totals, the timeline, facet counts
and the summary read from them equal the same counts made over the events themselves, for every
filter they answer, and stay equal as events are stored, re-extracted, renamed and deleted."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import random

from sqlalchemy import delete, select

from sitroom.store import EventFilter
from sitroom.store import testing as T
from sitroom.store.rollup import answers
from sitroom.store.schema import (
    documents, event_actor_days, event_actor_weeks, event_confidence_weeks, event_days, event_place_weeks, event_weeks,
)

TEXT = "Fighting was reported. Militants attacked a checkpoint. Protesters gathered. Police arrested men."
PHRASES = ["Fighting was reported", "Militants attacked a checkpoint", "Protesters gathered", "Police arrested men"]
KINDS = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Protests", "Peaceful protest"), ("Strategic developments", "Arrests")]
WHERE = ["Garmsir", "Lashkar Gah", "Kandahar", "Kunduz", "Faryab", "Dallas", "Afghanistan", None]
ACTORS = list(T.ACTORS) + [None]
SOURCES = ["Taliban spokesman", "the Ministry of Defence", None, None]
# Confidences on the 0.05 grid of event_confidence_weeks and one step of a double either side of it.
CONFIDENCES = [0.0, 0.05, 0.35, math.nextafter(0.35, 0), math.nextafter(0.35, 1), 0.5, math.nextafter(0.5, 0),
               0.8, math.nextafter(0.8, 1), 1.0, 0.2093]


def _extraction(rng: random.Random, k: int):
    events = []
    for n, phrase in enumerate(PHRASES[:rng.randint(1, 4)]):
        kind = rng.choice(KINDS)
        if rng.random() < 0.1:
            start = end = None  # undated
        else:
            start = dt.date(2021, 6, 1) + dt.timedelta(days=rng.randint(0, 60))
            # some events last days, across a week's end
            end = start + dt.timedelta(days=rng.choice([0, 0, 0, 1, 3, 9]))
            start, end = start.isoformat(), end.isoformat()
        events.append(T.event(TEXT, phrase, *kind, where=rng.choice(WHERE), date=start, date_end=end,
                              actor1=rng.choice(ACTORS), actor2=rng.choice(ACTORS), source_name=rng.choice(SOURCES),
                              modality=rng.choice(["asserted", "asserted", "claimed", "denied"]),
                              confidence=CONFIDENCES[(4 * k + n) % len(CONFIDENCES)]))
    return T.extraction(str(k), "2021-08-01", events=events)


def _fill(store, n_docs: int = 40, seed: int = 1) -> None:
    rng = random.Random(seed)
    for k in range(n_docs):
        store.add_document(T.source(f"{TEXT} {k}", uri=f"doc{k}.txt"), T.published("2021-08-01"),
                           [None, "en", "en", "de"][k % 4], _extraction(rng, k) if k % 7 else None)


# Dates on every weekday, a Monday, a Sunday, bounds outside the data; types, countries, provinces
# in other spellings.
DAYS = [None, "2021-05-01", "2021-06-07", "2021-06-09", "2021-06-13", "2021-06-20", "2021-07-01",
        "2021-07-04", "2021-07-05", "2021-07-30", "2021-09-30"]
FILTERS = [EventFilter(since=s, until=u) for s, u in itertools.product(DAYS, DAYS)] + [
    EventFilter(event_type=["Battles"]), EventFilter(event_type=["Battles", "Protests"], country="AF"),
    EventFilter(country="Afghanistan", since="2021-06-16"), EventFilter(country="US"),
    EventFilter(admin1="Helmand"), EventFilter(admin1="helmand", since="2021-06-10", until="2021-07-08"),
    EventFilter(admin1="Kunduz", event_type=["Protests"], until="2021-07-14"), EventFilter(admin1="Nowhere"),
    EventFilter(event_type=[], actor=""),  # empty values filter nothing
    # the calendar's ends, which the API accepts
    EventFilter(since="0001-01-01", until="9999-12-31"), EventFilter(until="0001-01-03"),
    EventFilter(since="9999-12-31"), EventFilter(since="2021-06-09", until="9999-12-31"),
    # event_place_weeks: place names in other spellings, map boxes (one holding (0, 0), where the
    # roll-up puts unlocated events), located or not
    EventFilter(place="garmsir"), EventFilter(place="Helmand", since="2021-06-09"), EventFilter(place="Lashkargah"),
    EventFilter(place="kandahar", admin1="Kandahar", event_type=["Battles"], until="2021-07-04"),
    EventFilter(place="&&"), EventFilter(place="Dallas", country="US"),
    EventFilter(bbox=(63.5, 30.5, 65.0, 32.0)), EventFilter(bbox=(-180.0, -90.0, 180.0, 90.0), since="2021-06-13"),
    EventFilter(bbox=(64.1995, 31.1168, 64.1995, 31.1168)), EventFilter(bbox=(-1.0, -1.0, 1.0, 1.0)),
    EventFilter(located=True), EventFilter(located=False, since="2021-07-01"),
    EventFilter(located=True, admin1="Helmand", place="Garmsir", until="2021-06-30"),
    EventFilter(located=False, bbox=(-180.0, -90.0, 180.0, 90.0)),
    # event_actor_weeks: a substring of either actor (an event both of whose actors match, once)
    EventFilter(actor="islamic"), EventFilter(actor="TALIBAN", since="2021-06-09", until="2021-07-05"),
    EventFilter(actor="a", event_type=["Battles", "Protests"], country="AF"), EventFilter(actor="nobody"),
    EventFilter(actor="%"),
    # event_actor_days: the weeks an actor filter's dates cut (a Sunday, a Wednesday), its timeline by day
    EventFilter(actor="taliban", since="2021-06-13", until="2021-06-30"), EventFilter(actor="islamic", since="2021-07-01"),
    EventFilter(actor="Taliban", event_type=["Battles"], until="2021-07-14"),
    EventFilter(actor="état"), EventFilter(actor="É", since="2021-06-09"),
    # event_days: the modality filter
    EventFilter(modality=["claimed"]), EventFilter(modality=["asserted", "denied"], admin1="Helmand", since="2021-06-09"),
    # event_confidence_weeks: a minimum confidence on the 0.05 grid, alone or with the place roll-up's filters
    EventFilter(min_confidence=0.35), EventFilter(min_confidence=0.0), EventFilter(min_confidence=1.0),
    EventFilter(place="Garmsir", min_confidence=0.5), EventFilter(min_confidence=0.8, bbox=(63.5, 30.5, 65.0, 32.0)),
    EventFilter(min_confidence=0.05, admin1="Helmand", since="2021-06-09", until="2021-07-05"),
    EventFilter(min_confidence=0.5, event_type=["Battles"], located=False),
]
# Filters no roll-up answers, counted over the events.
UNANSWERED = [EventFilter(actor="Taliban", admin1="Helmand"), EventFilter(actor="Taliban", place="Garmsir"),
              EventFilter(place="Garmsir", min_confidence=0.52), EventFilter(min_confidence=math.nextafter(0.35, 1)),
              EventFilter(actor="taliban", min_confidence=0.5), EventFilter(sub_event_type="Armed clash"), EventFilter(modality=["asserted"], actor="taliban"),
              EventFilter(modality=["claimed"], place="Garmsir"),
              EventFilter(since="2021-06")]


def _all_counts(store, f):
    return (store.count_events(f), store.stats("week", f), store.facet_counts("event_type", f),
            store.facet_counts("admin1", f), store.facet_counts("actor", f, limit=100),
            store.facet_counts("source", f, limit=100), store.stats("day", f))


def test_which_filters_the_rollups_answer():
    assert all(answers(f) for f in FILTERS)
    assert not any(answers(f) for f in UNANSWERED)
    # event_actor_weeks has no province: an actor filter's province facet counts the events
    assert answers(EventFilter(actor="Taliban"), ("event_type",)) and not answers(EventFilter(actor="Taliban"), ("admin1",))
    # the actor facet (actor1 and actor2 counted apart) from event_actor_weeks, unless the province filters
    assert answers(EventFilter(since="2021-06-09"), ("actor1",)) and not answers(EventFilter(admin1="Helmand"), ("actor2",))
    # the source facet from event_source_weeks; the timeline by day from event_days
    assert answers(EventFilter(country="AF"), ("source",)) and not answers(EventFilter(actor="x"), ("source",))
    assert answers(EventFilter(admin1="Helmand", since="2021-06-09"), ("day", "event_type"))
    assert not answers(EventFilter(place="Garmsir"), ("day", "event_type"))
    assert answers(EventFilter(actor="Taliban", since="2021-06-09"), ("day", "event_type"))


def _assert_rollup_matches_events(store):
    for f in FILTERS + UNANSWERED:
        store.use_rollup = True
        rolled = _all_counts(store, f)
        store.use_rollup = False
        direct = _all_counts(store, f)
        store.use_rollup = True
        assert rolled[0] == direct[0], f
        assert rolled[1] == direct[1], f
        assert sorted(rolled[2]) == sorted(direct[2]) and sorted(rolled[3]) == sorted(direct[3]), f
        assert sorted(rolled[4]) == sorted(direct[4]) and sorted(rolled[5]) == sorted(direct[5]), f
        assert rolled[6] == direct[6], f
    store.use_rollup = False
    direct = store.summary()
    store.use_rollup = True
    rolled = store.summary()
    assert rolled.events_by_type == direct.events_by_type
    assert (rolled.documents, rolled.languages, rolled.extractor_versions) == (
        direct.documents, direct.languages, direct.extractor_versions)


def test_rollup_counts_equal_counts_of_the_events(store):
    _fill(store)
    assert store.count_events() > 60
    _assert_rollup_matches_events(store)


def test_rollup_follows_reextraction_and_deletion(store):
    _fill(store, 30)
    rng = random.Random(7)
    for doc in store.documents(limit=10):
        x = _extraction(rng, doc.id)
        store.replace_extraction(doc.id, x.model_copy(update={"extractor_version": "sitroom-new", "language": "fr"}))
    with store._writer.begin() as conn:
        conn.execute(delete(documents).where(documents.c.id.in_([d.id for d in store.documents(limit=5)])))
        # a province renamed in place (as a new place-name folding rewrites the keys)
        conn.exec_driver_sql("UPDATE events SET admin1 = 'Kunduz', admin1_key = 'kunduz' WHERE admin1 = 'Faryab'")
        # a place moved and an actor renamed
        conn.exec_driver_sql("UPDATE events SET lat = 31.6, lon = 64.37, location_key = 'lashkargah' "
                             "WHERE location_name = 'Garmsir'")
        conn.exec_driver_sql("UPDATE events SET actor2 = 'Islamic State', source = 'a spokesman' WHERE actor2 = 'Taliban'")
        # a name whose case only Unicode folds (PostgreSQL's ILIKE matches 'état' in it; SQLite's LIKE does not)
        conn.exec_driver_sql("UPDATE events SET actor1 = 'ÉTAT ISLAMIQUE' WHERE actor1 = 'Taliban' AND event_type = 'Battles'")
        conn.exec_driver_sql("UPDATE events SET date_start = '2021-06-08', date_end = '2021-06-10' WHERE event_type = 'Protests'")
    if store.engine.dialect.name == "postgresql":  # the roll-ups' lower-case keys fold 'É' as ILIKE does
        assert store.count_events(EventFilter(actor="état")) > 0
    _assert_rollup_matches_events(store)


def test_counts_come_from_the_rollup_when_the_filter_allows(store):
    _fill(store, 10)
    battles = EventFilter(event_type=["Battles"], since="2021-06-07")
    before = store.count_events(battles)
    assert before > 0
    garmsir, taliban = EventFilter(place="Helmand", since="2021-06-07"), EventFilter(actor="Taliban")
    assert store.count_events(garmsir) > 0 and store.count_events(taliban) > 0
    with store._writer.begin() as conn:
        assert conn.execute(select(event_weeks.c.n)).first() is not None
        conn.execute(delete(event_weeks))
    # the whole weeks are read from the (now empty) roll-up; the others still have theirs
    assert store.count_events(battles) == 0
    assert store.count_events(garmsir) > 0 and store.count_events(taliban) > 0
    with store._writer.begin() as conn:
        conn.execute(delete(event_place_weeks))
        conn.execute(delete(event_actor_weeks))
    assert store.count_events(garmsir) == store.count_events(taliban) == 0
    # dates that cut a week are counted from event_days, the timeline by day too
    cut = EventFilter(since="2021-06-09")
    assert store.count_events(cut) > 0 and store.stats("day", cut)
    with store._writer.begin() as conn:
        conn.execute(delete(event_days))
    assert store.count_events(cut) == 0 and store.stats("day", cut) == []
    # an actor's dates that cut a week: the whole weeks from event_actor_weeks (emptied above), the cut
    # days from event_actor_days
    actor_cut = EventFilter(actor="Taliban", since="2021-06-09")
    assert store.count_events(actor_cut) > 0 and store.stats("day", actor_cut)
    with store._writer.begin() as conn:
        conn.execute(delete(event_actor_days))
    assert store.count_events(actor_cut) == 0 and store.stats("day", actor_cut) == []
    # a minimum confidence on the 0.05 grid is read from event_confidence_weeks; off it, from the events
    confident, between = EventFilter(place="Helmand", min_confidence=0.05), EventFilter(place="Helmand", min_confidence=0.04)
    assert store.count_events(confident) == store.count_events(between) > 0
    with store._writer.begin() as conn:
        conn.execute(delete(event_confidence_weeks))
    assert store.count_events(confident) == 0
    # filters no roll-up answers still count the events
    assert store.count_events(between) > 0


def test_more_events_than_reads_no_further_than_it_must(store):
    _fill(store, 10)
    n = store.count_events()
    located = EventFilter(located=True)
    assert store.more_events_than(None, n - 1) and not store.more_events_than(None, n)
    k = store.count_events(located)
    assert 0 < k < n
    assert store.more_events_than(located, k - 1) and not store.more_events_than(located, k)
