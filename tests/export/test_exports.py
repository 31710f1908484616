"""Exports: ACLED's columns and codes, GeoJSON a map can read, JSONL and Parquet round trips."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from sitroom.errors import SitroomError
from sitroom.export import FORMATS, export_events
from sitroom.export.acled_csv import ACLED_COLUMNS, interaction, time_precision
from sitroom.api import open_store
from sitroom.store import EventFilter
from sitroom.store import testing as T

TEXT = ("Taliban fighters took control over Garmsir district, killing 5 soldiers. "
        "Taliban fighters reportedly shot civilians in Faryab in early July. "
        "The foreign minister visited Kabul.")


@pytest.fixture
def store(tmp_path):
    s = open_store(str(tmp_path / "export.db"))
    x = T.extraction(published="2021-07-12", events=[
        T.event(TEXT, "Taliban fighters took control over Garmsir district, killing 5 soldiers.", "Battles",
                "Non-state actor overtakes territory", actor1="Taliban", actor2="Military Forces of Afghanistan",
                where="Garmsir", date="2021-07-11", fatalities=5),
        T.event(TEXT, "Taliban fighters reportedly shot civilians in Faryab in early July.",
                "Violence against civilians", "Attack", actor1="Taliban", actor2="Civilians (Afghanistan)",
                where="Faryab", date="2021-07-01", date_end="2021-07-10", precision="part of month",
                modality="alleged"),
        T.event(TEXT, "The foreign minister visited Kabul.", "Diplomacy", "Visit"),  # not an ACLED type, unlocated
    ])
    s.add_document(T.source(TEXT, uri="seed.txt", source="Example Wire", url="https://example.org/a"),
                   T.published("2021-07-12"), "en", x)
    yield s
    s.close()


def _export(store, fmt, **kw) -> bytes:
    buf = io.BytesIO()
    export_events(store, fmt, out=buf, timestamp=1626048000, **kw)
    return buf.getvalue()


def test_acled_csv_has_acled_columns_and_codes(store):
    rows = list(csv.DictReader(io.StringIO(_export(store, "acled-csv").decode())))
    assert list(rows[0])[:len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert len(rows) == 2  # the visit is not an ACLED event type
    attack, capture = rows  # oldest first
    assert capture["event_id_cnty"].startswith("AFG")
    assert (capture["event_date"], capture["year"], capture["time_precision"]) == ("2021-07-11", "2021", "1")
    assert (capture["disorder_type"], capture["inter1"], capture["inter2"], capture["interaction"]) == (
        "Political violence", "2", "1", "12")
    assert (capture["iso"], capture["country"], capture["region"]) == ("4", "Afghanistan", "South Asia")
    assert (capture["admin1"], capture["admin2"], capture["location"]) == ("Helmand", "Garmsir", "Garmsir")
    assert (capture["latitude"], capture["longitude"], capture["geo_precision"]) == ("31.1168", "64.1995", "2")
    assert capture["notes"] == "Taliban fighters took control over Garmsir district, killing 5 soldiers."
    assert capture["fatalities"] == "5" and capture["timestamp"] == "1626048000"
    assert capture["source"] == "Example Wire"
    assert attack["time_precision"] == "2" and attack["civilian_targeting"] == "Civilian targeting"
    assert attack["fatalities"] == "0" and attack["tags"] == "alleged"
    # Every row leads back to its sentence.
    doc = store.document(int(capture["sitroom_document_id"]))
    assert doc.text[int(capture["sitroom_evidence_start"]):int(capture["sitroom_evidence_end"])] == capture["notes"]


def test_acled_csv_can_keep_other_types(store):
    rows = list(csv.DictReader(io.StringIO(_export(store, "acled-csv", all_types=True).decode())))
    visit = [r for r in rows if r["event_type"] == "Diplomacy"][0]
    assert visit["disorder_type"] == "" and visit["event_date"] == "2021-07-12"
    assert visit["time_precision"] == "3" and "date from publication" in visit["tags"]


def test_geojson_holds_the_located_events(store):
    fc = json.loads(_export(store, "geojson"))
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 2
    garmsir = [f for f in fc["features"] if f["properties"]["location_name"] == "Garmsir"][0]
    assert garmsir["geometry"] == {"type": "Point", "coordinates": [64.1995, 31.1168]}
    assert garmsir["properties"]["evidence_text"].startswith("Taliban fighters took control")


def test_jsonl_and_parquet_hold_every_event_with_filters(store, tmp_path):
    lines = [json.loads(x) for x in _export(store, "jsonl").decode().splitlines()]
    assert [x["event_type"] for x in lines] == ["Violence against civilians", "Battles", "Diplomacy"]
    path = tmp_path / "events.parquet"
    export_events(store, "parquet", EventFilter(event_type=["Battles"]), out=str(path))
    table = pq.read_table(path)
    assert table.num_rows == 1 and table.column("fatalities").to_pylist() == [5]
    assert table.schema.field("lat").type == "double"


def test_empty_exports_are_still_valid(store):
    none = EventFilter(country="IR")
    assert json.loads(_export(store, "geojson", filters=none))["features"] == []
    header = _export(store, "acled-csv", filters=none).decode().splitlines()
    assert header[0].startswith("event_id_cnty,event_date,year")
    buf = io.BytesIO()
    export_events(store, "parquet", none, out=buf)
    assert pq.read_table(io.BytesIO(buf.getvalue())).num_rows == 0


def test_unknown_format_is_refused(store):
    with pytest.raises(SitroomError, match="unknown export format 'xlsx'"):
        _export(store, "xlsx")
    assert "xlsx" not in FORMATS


@pytest.mark.parametrize("a, b, code", [(2, 1, "12"), (1, 2, "12"), (2, None, "20"), (None, None, ""), (3, 7, "37")])
def test_interaction_codes(a, b, code):
    assert interaction(a, b) == code


@pytest.mark.parametrize("precision, start, end, code", [
    ("day", "2021-07-11", "2021-07-11", 1), ("part of month", "2021-07-01", "2021-07-10", 2),
    ("month", "2021-07-01", "2021-07-31", 3), ("range", "2021-07-01", "2021-07-05", 2),
    ("range", "2021-06-01", "2021-07-31", 3), ("unknown", None, None, 3),
])
def test_time_precision_codes(precision, start, end, code):
    assert time_precision(precision, start, end) == code
