"""The Store: atomic, idempotent writes and the queries the CLI and web app rely on."""

from __future__ import annotations

import pytest

from sitroom.errors import StoreError
from sitroom.records import Published
from sitroom.store import ClaimFilter, EventFilter, open_store
from sitroom.store import testing as T

GARMSIR = ("The Taliban took control over Garmsir district on Sunday. "
           "Five soldiers were killed in Garmsir, officials said. "
           "Taliban spokesman Zabihullah Mujahid said they would not attack provincial capitals until September 11.")
KUNDUZ = "Government forces regained Kunduz after heavy fighting. An airstrike hit Lashkar Gah on Monday."


def _garmsir_extraction():
    return T.extraction(
        published="2021-07-12",
        events=[
            T.event(GARMSIR, "took control over Garmsir district", "Battles", "Non-state actor overtakes territory",
                    actor1="Taliban", actor2="Military Forces of Afghanistan", where="Garmsir", date="2021-07-11",
                    fatalities=5, confidence=0.9),
        ],
        places=[T.place(GARMSIR, "Garmsir")],
        actors=[T.actor(GARMSIR, "Taliban")],
        claims=[T.claim(GARMSIR, "would not attack provincial capitals until September 11", "commitment",
                        speaker="Zabihullah Mujahid", organisation="Taliban", deadline="2021-09-11")],
    )


def _kunduz_extraction():
    return T.extraction(
        published="2021-08-03",
        events=[
            T.event(KUNDUZ, "Government forces regained Kunduz", "Battles", "Government regains territory",
                    actor1="Military Forces of Afghanistan", actor2="Taliban", where="Kunduz", date="2021-08-01",
                    confidence=0.7),
            T.event(KUNDUZ, "An airstrike hit Lashkar Gah", "Explosions/Remote violence", "Air/drone strike",
                    actor1="Military Forces of Afghanistan", where="Lashkar Gah", date="2021-08-02", confidence=0.4),
        ],
    )


@pytest.fixture
def filled(store):
    store.add_document(T.source(GARMSIR, uri="garmsir.txt", title="Garmsir falls", source="Wire A"),
                       T.published("2021-07-12"), "en", _garmsir_extraction())
    store.add_document(T.source(KUNDUZ, uri="kunduz.txt", title="Kunduz retaken", source="Wire B"),
                       T.published("2021-08-03"), "en", _kunduz_extraction())
    return store


def test_document_and_its_records_are_stored_with_provenance(filled):
    doc_id = filled.documents(q="Garmsir falls")[0].id
    view = filled.document(doc_id)
    assert view.document.title == "Garmsir falls" and view.document.events == 1
    assert view.published == Published(value="2021-07-12", source="metadata")
    # Every span points at the words it came from.
    for mention in [*view.places, *view.actors]:
        assert view.text[mention.start:mention.end] == mention.text
    ev = view.events[0]
    assert view.text[ev.evidence_start:ev.evidence_end] == ev.evidence_text == "took control over Garmsir district"
    claim = view.claims[0]
    assert view.text[claim.start:claim.end] == claim.quote
    assert (claim.speaker, claim.speaker_organisation, claim.deadline_start) == ("Zabihullah Mujahid", "Taliban", "2021-09-11")
    assert ev.extractor == T.TEST_EXTRACTOR


def test_same_text_is_stored_once(filled):
    before = filled.summary()
    again = filled.add_document(T.source(GARMSIR, uri="garmsir.txt"), T.published("2021-07-12"), "en",
                                _garmsir_extraction())
    copy = filled.add_document(T.source(GARMSIR, uri="mirror/garmsir.html"), T.published("2021-07-12"), "en",
                               _garmsir_extraction())
    after = filled.summary()
    assert again == copy == filled.find_by_hash(T.source(GARMSIR).content_hash)
    assert (after.documents, after.events, after.claims) == (before.documents, before.events, before.claims)
    # The re-run of the same input is not a duplicate; the mirror is, once however often it is seen.
    filled.add_document(T.source(GARMSIR, uri="mirror/garmsir.html"), T.published(None), "en", None)
    assert after.duplicates == filled.summary().duplicates == 1


def test_a_failed_write_leaves_nothing_behind(store, monkeypatch):
    from sitroom.store import _rows

    def broken(_claim, *_how):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(_rows, "claim_values", broken)
    with pytest.raises(RuntimeError):
        store.add_document(T.source(GARMSIR), T.published("2021-07-12"), "en", _garmsir_extraction())
    summary = store.summary()
    assert (summary.documents, summary.events, summary.places, summary.actors) == (0, 0, 0, 0)
    assert store.find_by_hash(T.source(GARMSIR).content_hash) is None


@pytest.mark.parametrize("f, expected", [
    (EventFilter(), ["Air/drone strike", "Government regains territory", "Non-state actor overtakes territory"]),
    (EventFilter(since="2021-08-01"), ["Air/drone strike", "Government regains territory"]),
    (EventFilter(until="2021-07-31"), ["Non-state actor overtakes territory"]),
    (EventFilter(event_type=["Battles"]), ["Government regains territory", "Non-state actor overtakes territory"]),
    (EventFilter(actor="taliban"), ["Government regains territory", "Non-state actor overtakes territory"]),
    (EventFilter(place="helmand"), ["Air/drone strike", "Non-state actor overtakes territory"]),
    (EventFilter(country="Afghanistan"), ["Air/drone strike", "Government regains territory", "Non-state actor overtakes territory"]),
    (EventFilter(country="ir"), []),
    (EventFilter(min_confidence=0.75), ["Non-state actor overtakes territory"]),
    (EventFilter(source="wire b"), ["Air/drone strike", "Government regains territory"]),
    (EventFilter(bbox=(64.0, 31.0, 65.0, 32.0)), ["Air/drone strike", "Non-state actor overtakes territory"]),
])
def test_event_filters(filled, f, expected):
    assert [e.sub_event_type for e in filled.events(f)] == expected
    assert filled.count_events(f) == len(expected)


def test_events_sort_and_page(filled):
    newest_first = [e.date_start for e in filled.events()]
    assert newest_first == ["2021-08-02", "2021-08-01", "2021-07-11"]
    assert [e.date_start for e in filled.events(sort="date", limit=2)] == ["2021-07-11", "2021-08-01"]
    assert [e.confidence for e in filled.events(sort="-confidence", limit=1, offset=1)] == [0.7]
    assert filled.events()[0].document_title == "Kunduz retaken"
    with pytest.raises(StoreError, match="cannot sort events by 'colour'"):
        filled.events(sort="colour")


def test_map_points_are_the_located_events_newest_first(filled):
    unlocated = "Clashes were reported somewhere in the country."
    filled.add_document(T.source(unlocated, uri="vague.txt"), T.published("2021-08-05"), "en", T.extraction(
        published="2021-08-05", events=[T.event(unlocated, "Clashes were reported", "Battles", "Armed clash",
                                                date="2021-08-05")]))
    points = filled.event_points(EventFilter(), limit=10)
    rows = {e.id: e for e in filled.events()}
    assert [p[5] for p in points] == ["2021-08-02", "2021-08-01", "2021-07-11"]  # the unlocated one is left out
    for event_id, lat, lon, event_type, fatalities, date_start in points:
        e = rows[event_id]
        assert (lat, lon, event_type, fatalities, date_start) == (e.lat, e.lon, e.event_type, e.fatalities, e.date_start)
    assert [p[3] for p in filled.event_points(EventFilter(event_type=["Battles"], source="wire a"), limit=10)] == ["Battles"]
    assert len(filled.event_points(EventFilter(), limit=2)) == 2


def test_one_event_by_id(filled):
    newest = filled.events(limit=1)[0]
    assert filled.event(newest.id) == newest
    assert filled.event(newest.id).document_title == "Kunduz retaken"
    assert filled.event(10_000) is None


def test_unknown_country_is_a_clear_error(filled):
    with pytest.raises(StoreError, match="unknown country 'Atlantis'"):
        filled.events(EventFilter(country="Atlantis"))


def test_stats_per_day_and_week(filled):
    assert filled.stats("day") == [
        {"period": "2021-07-11", "event_type": "Battles", "count": 1},
        {"period": "2021-08-01", "event_type": "Battles", "count": 1},
        {"period": "2021-08-02", "event_type": "Explosions/Remote violence", "count": 1},
    ]
    # 2021-08-01 is a Sunday, 2021-08-02 a Monday: different ISO weeks.
    assert filled.stats("week", EventFilter(event_type=["Battles"])) == [
        {"period": "2021-07-05", "event_type": "Battles", "count": 1},
        {"period": "2021-07-26", "event_type": "Battles", "count": 1},
    ]


def test_summary_counts_what_was_stored(filled):
    filled.record_failure("empty.txt", "empty file")
    filled.record_failure("empty.txt", "empty file")  # a re-run does not count it twice
    s = filled.summary()
    assert (s.documents, s.events, s.claims, s.failures, s.places, s.actors) == (2, 3, 1, 1, 1, 1)
    assert s.events_by_type == {"Battles": 2, "Explosions/Remote violence": 1}
    assert s.date_range == ("2021-07-11", "2021-08-02")
    assert [f.source for f in filled.failures()] == ["empty.txt"]


def test_places_actors_and_claims_listings(filled):
    assert [(p.name, p.admin1, p.mentions) for p in filled.places()] == [("Garmsir", "Helmand", 1)]
    assert [a.name for a in filled.actors(q="tali")] == ["Taliban"]
    assert [c.kind for c in filled.claims(ClaimFilter(has_deadline=True))] == ["commitment"]
    assert filled.claims(ClaimFilter(speaker="mujahid"))[0].quote.startswith("would not attack")
    assert filled.claims(ClaimFilter(kind="territorial control")) == []


def test_document_search_finds_words_of_the_text_in_any_case(filled):
    # The words are in neither title, URL, source nor path: only in the text.
    assert [d.title for d in filled.documents(q="zabihullah mujahid")] == ["Garmsir falls"]
    assert [d.title for d in filled.documents(q="AIRSTRIKE HIT")] == ["Kunduz retaken"]
    assert {d.title for d in filled.documents(q="soldiers")} == {"Garmsir falls"}
    assert filled.documents(q="Diallassagou") == []
    # % and _ are the characters they are, not LIKE wildcards.
    assert filled.documents(q="Garmsir%Kunduz") == []


def test_reextraction_replaces_records_in_place(filled):
    doc_id = filled.documents(q="garmsir.txt")[0].id
    pending = dict(filled.documents_needing_extraction("sitroom-0.2+new"))
    assert set(pending) == {d.id for d in filled.documents()}
    assert pending[doc_id].published == "2021-07-12" and pending[doc_id].text == GARMSIR
    newer = _garmsir_extraction().model_copy(update={"extractor_version": "sitroom-0.2+new", "claims": []})
    filled.replace_extraction(doc_id, newer)
    view = filled.document(doc_id)
    assert view.claims == [] and len(view.events) == 1
    assert view.document.extractor_version == "sitroom-0.2+new"
    assert doc_id not in dict(filled.documents_needing_extraction("sitroom-0.2+new"))
    assert filled.summary().incidents == 3


def test_reextraction_keeps_the_ids_of_events_it_finds_again(filled):
    # A shared link to an event (#/event/N) must survive a re-extraction that finds the same event again.
    doc_id = filled.documents(q="kunduz.txt")[0].id
    before = sorted(filled.document(doc_id).events, key=lambda e: e.id)
    regained, strike = before
    again = T.event(KUNDUZ, "Government forces regained Kunduz", "Battles", "Government regains territory",
                    actor1="Military Forces of Afghanistan", actor2="Taliban", where="Kunduz", date="2021-08-01",
                    confidence=0.9)
    retyped = T.event(KUNDUZ, "An airstrike hit Lashkar Gah", "Battles", "Armed clash", where="Lashkar Gah",
                      date="2021-08-02", confidence=0.4)
    newer = _kunduz_extraction().model_copy(update={"extractor_version": "sitroom-0.2+new",
                                                    "events": [retyped, again]})
    filled.replace_extraction(doc_id, newer)
    after = {e.event_type: e for e in filled.document(doc_id).events}
    assert after["Battles"].id != strike.id  # typed afresh: another event, another id
    kept = filled.event(regained.id)
    assert kept is not None and kept.sub_event_type == "Government regains territory" and kept.confidence == 0.9
    assert kept.evidence_text == "Government forces regained Kunduz"
    assert filled.event(strike.id) is None
    assert filled.summary().incidents == 3


def test_signatures_stream_every_signed_document(store):
    ids = [store.add_document(T.source(f"text number {i}", uri=f"{i}.txt"), T.published(None), "en", None,
                              signature=bytes([i]) * 8) for i in range(3)]
    store.add_document(T.source("unsigned", uri="u.txt"), T.published(None), "en", None)
    assert list(store.signatures()) == [(i, bytes([n]) * 8) for n, i in enumerate(ids)]


def test_near_duplicates_are_linked(store):
    first = store.add_document(T.source("A report.", uri="a"), T.published(None), "en", None)
    copy = store.add_document(T.source("A report!", uri="b"), T.published(None), "en", None, duplicate_of=first)
    assert store.document(copy).document.duplicate_of == first
    assert store.summary().near_duplicates == 1


def test_open_store_resolves_paths_and_env(tmp_path, monkeypatch):
    monkeypatch.setenv("SITROOM_DB", str(tmp_path / "from-env.db"))
    with open_store() as s:
        assert s.url.endswith("from-env.db")
    assert (tmp_path / "from-env.db").exists()
    with open_store(str(tmp_path / "from-env.db")) as s:  # reopening finds the schema at head
        assert s.summary().documents == 0


def test_open_store_in_a_missing_directory_fails_clearly(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "nowhere" / "x.db"))


def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_store):
    from sqlalchemy import text

    with sqlite_store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_a_file_that_is_not_a_database_fails_clearly(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="cannot open database: file is not a database"):
        open_store(str(bad))


def test_an_unsupported_database_fails_clearly():
    with pytest.raises(StoreError, match="SQLite .* or PostgreSQL"):
        open_store("mysql://user@host/db")
