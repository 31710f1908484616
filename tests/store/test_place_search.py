"""Place search as users type (issue 13): the store keys every place name it holds, and a search folds
what was typed the same way, so "Faryab" finds "Fāryāb" on SQLite and PostgreSQL alike."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from sitroom.api import open_store
from sitroom.lang.en.placenames import place_key
from sitroom.records import PlaceMention
from sitroom.store import EventFilter
from sitroom.store import testing as T
from sitroom.store.schema import events, places, store_meta

TEXT = "Taliban fighters attacked a checkpoint in Fāryāb. Clashes went on in Garmsīr."


def _at(name: str, admin1: str, admin2: str | None, level: str, gid: str) -> PlaceMention:
    start = TEXT.find(name)
    return PlaceMention(text=name, start=start, end=start + len(name), sentence=0, name=name, level=level,
                        country="AF", admin1=admin1, admin2=admin2, gazetteer_id=gid, lat=35.9, lon=64.8,
                        confidence=0.9, extractor=T.TEST_EXTRACTOR)


def _fill(store) -> tuple[int, int]:
    faryab = T.event(TEXT, "Taliban fighters attacked a checkpoint in Fāryāb.", "Battles", "Armed clash",
                     actor1="Taliban", date="2021-07-05")
    faryab = faryab.model_copy(update={"location": _at("Fāryāb", "Fāryāb", None, "admin1", "geonames:1142226")})
    garmsir = T.event(TEXT, "Clashes went on in Garmsīr.", "Battles", "Armed clash", actor1="Taliban",
                      date="2021-07-06")
    garmsir = garmsir.model_copy(update={"location": _at("Garmsīr", "Helmand", "Garmsīr", "admin2",
                                                         "geonames:7732352")})
    store.add_document(T.source(TEXT), T.published("2021-07-12"), "en", T.extraction(
        published="2021-07-12", events=[faryab, garmsir],
        places=[_at("Fāryāb", "Fāryāb", None, "admin1", "geonames:1142226"),
                _at("Garmsīr", "Helmand", "Garmsīr", "admin2", "geonames:7732352")]))
    ids = {e.location_name: e.id for e in store.events(EventFilter())}
    return ids["Fāryāb"], ids["Garmsīr"]


@pytest.mark.parametrize("typed, found", [
    ("Faryab", "Fāryāb"), ("faryab province", "Fāryāb"), ("Fāryāb", "Fāryāb"), ("FARYAB", "Fāryāb"),
    ("Garmsir", "Garmsīr"), ("Garmser", "Garmsīr"), ("garmsir district", "Garmsīr"), ("Helmand", "Garmsīr"),
    ("Hilmand", "Garmsīr"), ("Helmand province", "Garmsīr"), ("Garms", "Garmsīr"),
])
def test_place_filter_folds_accents_and_variants(store, typed, found):
    _fill(store)
    assert [e.location_name for e in store.events(EventFilter(place=typed))] == [found]
    assert store.count_events(EventFilter(place=typed)) == 1


def test_a_place_that_is_not_there_finds_nothing(store):
    _fill(store)
    assert store.events(EventFilter(place="Kandahar")) == []
    assert store.events(EventFilter(place="%")) == []  # no letters to fold: matched literally, not as a wildcard


def test_the_admin1_filter_takes_any_spelling_of_the_province(store):
    _fill(store)
    assert [e.location_name for e in store.events(EventFilter(admin1="Hilmand"))] == ["Garmsīr"]
    assert [e.location_name for e in store.events(EventFilter(admin1="faryab"))] == ["Fāryāb"]
    # The province filter is the whole name, not a part of it.
    assert store.events(EventFilter(admin1="Helm")) == []


def test_places_search_folds_names_and_provinces(store):
    _fill(store)
    assert [p.name for p in store.places(q="Faryab")] == ["Fāryāb"]
    assert [p.gazetteer_id for p in store.places(q="Garmser")] == ["geonames:7732352"]
    assert [p.name for p in store.places(q="hilmand")] == ["Garmsīr"]


def test_stored_rows_carry_their_keys(store):
    _fill(store)
    with store.engine.connect() as conn:
        rows = {r.location_name: r for r in conn.execute(select(events.c.location_name, events.c.location_key,
                                                                events.c.admin1_key, events.c.admin2_key))}
        names = set(conn.execute(select(places.c.name_key, places.c.admin1_key)).all())
    assert (rows["Garmsīr"].location_key, rows["Garmsīr"].admin1_key, rows["Garmsīr"].admin2_key) == (
        place_key("Garmsir"), place_key("Hilmand"), place_key("Garmser"))
    assert rows["Fāryāb"].admin2_key is None
    assert names == {(place_key("Faryab"), place_key("Faryab")), (place_key("Garmsir"), place_key("Helmand"))}


def test_keys_made_by_another_folding_are_rewritten_on_open(tmp_path):
    path = str(tmp_path / "old-keys.db")
    with open_store(path) as store:
        _fill(store)
        with store.engine.begin() as conn:  # as an older sitroom would have left them
            conn.execute(events.update().values(location_key="stale", admin1_key=None, admin2_key=None))
            conn.execute(places.update().values(name_key=None))
            conn.execute(store_meta.update().values(value="older-folding"))
        assert store.events(EventFilter(place="Faryab")) == []
    with open_store(path) as store:
        assert [e.location_name for e in store.events(EventFilter(place="Faryab"))] == ["Fāryāb"]
        assert [p.name for p in store.places(q="Garmser")] == ["Garmsīr"]


def test_only_the_keys_a_new_folding_changes_are_rewritten(store):
    from sitroom.store.placekeys import refresh_keys

    faryab, garmsir = _fill(store)
    with store._writer.begin() as conn:
        # one event's location key and one mention's province key as another folding made them
        conn.execute(events.update().where(events.c.id == garmsir).values(location_key="stale"))
        conn.execute(places.update().where(places.c.name == "Fāryāb").values(admin1_key="stale"))
        conn.execute(store_meta.update().values(value="older-folding"))
        assert refresh_keys(conn) == 2  # those two rows, no other
        assert refresh_keys(conn) == 0  # and the store is marked as keyed by this folding
    assert [e.id for e in store.events(EventFilter(place="Garmser"))] == [garmsir]
    assert store.count_events(EventFilter(place="stale")) == 0  # the roll-up followed the rewrite
    store.use_rollup = False
    assert store.count_events(EventFilter(place="stale")) == 0
    assert store.places(q="stale") == []


def test_a_database_from_before_the_keys_is_backfilled_on_open(tmp_path):
    from alembic import command
    from alembic.config import Config

    from sitroom.store.engine import MIGRATIONS, make_engine, resolve_url

    path = str(tmp_path / "0006.db")
    engine = make_engine(resolve_url(path))
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006")
        conn.exec_driver_sql(
            "INSERT INTO documents (uri, content_hash, text, format, published_source, published_inferred, "
            "extractor_version, ingested_at) VALUES ('a', 'h', 't', 'text', 'unknown', 0, '', 'now')")
        conn.execute(text(
            "INSERT INTO events (document_id, event_type, sub_event_type, confidence, date_start, date_end, "
            "date_precision, modality, hedges, evidence_sentence, evidence_start, evidence_end, evidence_text, "
            "extractor, data, location_name, admin1, country) VALUES (1, 'Battles', 'Armed clash', 0.5, "
            "'2021-07-11', '2021-07-11', 'day', 'asserted', '[]', 0, 0, 1, 't', '', '{}', :loc, :adm, 'AF')"),
            {"loc": "Tarīn Kōṯ", "adm": "Uruzgān"})
        conn.execute(text(
            "INSERT INTO places (document_id, text, sentence, start, \"end\", extractor, name, admin1, country, "
            "confidence, role, data) VALUES (1, 'Paktiyā', 0, 0, 7, '', 'Paktiyā', 'Paktiyā', 'AF', 0.9, "
            "'location', '{}')"))
    engine.dispose()
    with open_store(path) as store:
        for typed in ("Tarin Kowt", "Tarin Kot", "Tarinkot", "Urozgan", "Oruzgan"):
            assert [e.location_name for e in store.events(EventFilter(place=typed))] == ["Tarīn Kōṯ"], typed
        assert len(store.events(EventFilter(admin1="Uruzgan"))) == 1
        assert [p.name for p in store.places(q="Paktya")] == ["Paktiyā"]
