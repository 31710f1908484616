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
    # No figure in the report is not "no one died": the cell is empty and the note says why.
    assert attack["fatalities"] == "" and attack["sitroom_fatalities_note"] == "no figure in the report"
    assert capture["sitroom_fatalities_note"] == ""
    assert attack["tags"] == "alleged"
    # "early July": its first day, a range of days (precision 2), and the range's end beside it.
    assert (attack["event_date"], attack["sitroom_date_end"]) == ("2021-07-01", "2021-07-10")
    assert capture["sitroom_date_end"] == ""
    # Every row leads back to its sentence.
    doc = store.document(int(capture["sitroom_document_id"]))
    assert doc.text[int(capture["sitroom_evidence_start"]):int(capture["sitroom_evidence_end"])] == capture["notes"]


def test_acled_csv_can_keep_other_types(store):
    rows = list(csv.DictReader(io.StringIO(_export(store, "acled-csv", all_types=True).decode())))
    visit = [r for r in rows if r["event_type"] == "Diplomacy"][0]
    assert visit["disorder_type"] == "" and visit["event_date"] == "2021-07-12"
    assert visit["time_precision"] == "3" and "date from publication" in visit["tags"]


def test_geojson_holds_every_event_and_says_which_cannot_be_mapped(store):
    fc = json.loads(_export(store, "geojson"))
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 3
    garmsir = [f for f in fc["features"] if f["properties"]["location_name"] == "Garmsir"][0]
    assert garmsir["geometry"] == {"type": "Point", "coordinates": [64.1995, 31.1168]}
    assert garmsir["properties"]["evidence_text"].startswith("Taliban fighters took control")
    assert garmsir["properties"]["incomplete"] == []
    [visit] = [f for f in fc["features"] if f["properties"]["event_type"] == "Diplomacy"]
    assert visit["geometry"] is None  # RFC 7946: an unlocated feature
    assert visit["properties"]["incomplete"] == ["no country", "no location", "no coordinates"]


def test_jsonl_and_parquet_hold_every_event_with_filters(store, tmp_path):
    lines = [json.loads(x) for x in _export(store, "jsonl").decode().splitlines()]
    assert [x["event_type"] for x in lines] == ["Violence against civilians", "Battles", "Diplomacy"]
    assert [x["incomplete"] for x in lines] == [[], [], ["no country", "no location", "no coordinates"]]
    path = tmp_path / "events.parquet"
    export_events(store, "parquet", EventFilter(event_type=["Battles"]), out=str(path))
    table = pq.read_table(path)
    assert table.num_rows == 1 and table.column("fatalities").to_pylist() == [5]
    assert table.column("incomplete").to_pylist() == [[]]
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


# Issue 14: reports of kidnappings in Nigeria (HRDsAttack), a protest and a riot, as the extractor
# stores them: perpetrators unnamed, victims named or not, an outlet and a quoted police spokesman.
NIGERIA = ("Gunmen abducted 23 passengers on the Kaduna-Abuja highway, the police spokesman Mohammed Jalige said. "
           "Hundreds of students protested in Lagos. A mob burned a police station in Kano. "
           "Soldiers opened fire on protesters at the Lekki toll gate, killing 12.")


@pytest.fixture
def nigeria(tmp_path, monkeypatch):
    for name, facts in {"Kaduna": dict(name="Kaduna", level="admin1", country="NG", admin1="Kaduna", lat=10.33,
                                       lon=7.75, geo_precision=3),
                        "Lagos": dict(name="Lagos", level="populated place", country="NG", admin1="Lagos",
                                      lat=6.45, lon=3.39, geo_precision=1),
                        "Kano": dict(name="Kano", level="populated place", country="NG", admin1="Kano",
                                     lat=12.0, lon=8.52, geo_precision=1)}.items():
        monkeypatch.setitem(T.PLACES, name, facts)
    s = open_store(str(tmp_path / "ng.db"))
    events = [
        T.event(NIGERIA, "Gunmen abducted 23 passengers on the Kaduna-Abuja highway", "Violence against civilians",
                "Abduction/forced disappearance", where="Kaduna", date="2021-07-10",
                source_name="the police spokesman Mohammed Jalige"),
        T.event(NIGERIA, "Hundreds of students protested in Lagos", "Protests", "Peaceful protest", where="Lagos"),
        T.event(NIGERIA, "A mob burned a police station in Kano", "Riots", "Mob violence", where="Kano",
                date="2021-07-09"),
        T.event(NIGERIA, "Soldiers opened fire on protesters at the Lekki toll gate, killing 12", "Protests",
                "Excessive force against protesters", where="Lagos", date="2021-07-08", fatalities=12),
    ]
    s.add_document(T.source(NIGERIA, uri="https://www.premiumtimesng.com/news/kaduna.html",
                            url="https://www.premiumtimesng.com/news/kaduna.html"),
                   T.published(None), "en", T.extraction(published=None, events=events))
    yield s
    s.close()


def test_acled_columns_follow_acleds_rules(nigeria):
    rows = {r["sub_event_type"]: r for r in csv.DictReader(io.StringIO(_export(nigeria, "acled-csv").decode()))}
    kidnap = rows["Abduction/forced disappearance"]
    assert (kidnap["actor1"], kidnap["inter1"]) == ("Unidentified Armed Group (Nigeria)", "3")
    assert (kidnap["actor2"], kidnap["inter2"], kidnap["interaction"]) == ("Civilians (Nigeria)", "7", "37")
    assert kidnap["civilian_targeting"] == "Civilian targeting"
    assert kidnap["sitroom_by_rule"] == "actor1 unidentified armed group; actor2 civilians"
    # The outlet is the source; the police spokesman it quotes is not.
    assert kidnap["source"] == "premiumtimesng.com"
    assert kidnap["sitroom_cited"] == "the police spokesman Mohammed Jalige"
    assert (kidnap["geo_precision"], kidnap["time_precision"]) == ("3", "1")
    protest = rows["Peaceful protest"]
    assert (protest["actor1"], protest["inter1"], protest["interaction"]) == ("Protesters (Nigeria)", "6", "60")
    assert protest["civilian_targeting"] == ""
    mob = rows["Mob violence"]
    assert (mob["actor1"], mob["inter1"], mob["disorder_type"]) == ("Rioters (Nigeria)", "5", "Political violence")
    shot = rows["Excessive force against protesters"]
    assert (shot["actor1"], shot["actor2"], shot["inter2"]) == ("", "Protesters (Nigeria)", "6")
    assert shot["disorder_type"] == "Political violence; Demonstrations"


def test_an_undated_event_in_an_undated_report_is_exported_with_its_reason_and_counted(nigeria):
    buf = io.BytesIO()
    report = export_events(nigeria, "acled-csv", out=buf, timestamp=0)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue().decode())))
    undated = [r for r in rows if not r["event_date"]]
    assert [r["sub_event_type"] for r in undated] == ["Peaceful protest"]
    assert undated[0]["sitroom_incomplete"] == "no date (neither the report nor its publication dates it)"
    assert undated[0]["time_precision"] == "" and undated[0]["tags"] == ""
    assert all(r["country"] == "Nigeria" for r in rows)
    assert (report.matched, report.written, report.incomplete_rows) == (4, 4, 1)
    assert report.message("ng.csv") == (f"wrote ng.csv (acled-csv): 4 events matched, 4 rows written; 1 row written "
                                        f"with a reason in sitroom_incomplete (1 no date); {report.bytes:,} bytes")


def test_every_format_counts_what_it_wrote_and_why_it_left_any_out(store):
    counts = {}
    for fmt in FORMATS:
        buf = io.BytesIO()
        r = export_events(store, fmt, out=buf, timestamp=0)
        counts[fmt] = (r.matched, r.written, r.left_out_total, r.incomplete_rows, r.bytes == len(buf.getvalue()))
    assert counts == {"acled-csv": (3, 2, 1, 0, True), "geojson": (3, 3, 0, 1, True), "jsonl": (3, 3, 0, 1, True),
                      "parquet": (3, 3, 0, 1, True)}
    buf = io.BytesIO()
    r = export_events(store, "acled-csv", out=buf, timestamp=0)
    assert r.message("x.csv") == (f"wrote x.csv (acled-csv): 3 events matched, 2 rows written; 1 left out as not of "
                                  f"ACLED's event types (1 Diplomacy); --all-types keeps them; {r.bytes:,} bytes")


def test_acled_csv_writes_place_names_as_acled_does(store):
    # Issue 13: ASCII names, ACLED's admin1 naming, the GeoNames id kept beside them.
    from sitroom.records import PlaceMention

    text = "Clashes were reported in Mūsá Qal‘ah. Fighting went on in Paktiyā."
    musa = T.event(text, "Clashes were reported in Mūsá Qal‘ah.", "Battles", "Armed clash", actor1="Taliban",
                   date="2021-07-05")
    musa = musa.model_copy(update={"location": PlaceMention(
        text="Mūsá Qal‘ah", start=25, end=36, name="Mūsá Qal‘ah", level="populated place", country="AF",
        admin1="Helmand", admin2="Mūsá Qal‘ah", gazetteer_id="geonames:1132604", lat=32.4, lon=64.8,
        confidence=0.9, extractor=T.TEST_EXTRACTOR)})
    paktia = T.event(text, "Fighting went on in Paktiyā.", "Battles", "Armed clash", actor1="Taliban",
                     date="2021-07-06")
    paktia = paktia.model_copy(update={"location": PlaceMention(
        text="Paktiyā", start=58, end=65, name="Paktiyā", level="admin1", country="AF", admin1="Paktiyā",
        gazetteer_id="geonames:1131257", lat=33.6, lon=69.4, confidence=0.9, extractor=T.TEST_EXTRACTOR)})
    store.add_document(T.source(text, uri="names.txt"), T.published("2021-07-12"), "en",
                       T.extraction(published="2021-07-12", events=[musa, paktia]))
    rows = {r["sitroom_gazetteer_id"]: r for r in csv.DictReader(io.StringIO(_export(store, "acled-csv").decode()))}
    assert (rows["geonames:1132604"]["location"], rows["geonames:1132604"]["admin1"],
            rows["geonames:1132604"]["admin2"]) == ("Musa Qal'ah", "Helmand", "Musa Qal'ah")
    assert (rows["geonames:1131257"]["location"], rows["geonames:1131257"]["admin1"]) == ("Paktya", "Paktya")
    assert all(value.isascii() for r in rows.values() for value in (r["location"], r["admin1"], r["admin2"]))


def _store_with(tmp_path, event, published="2021-07-12", inferred=False):
    s = open_store(str(tmp_path / "one.db"))
    x = T.extraction(published=published, events=[event])
    pub = T.published(published).model_copy(update={"source": "inferred", "inferred": True}) if inferred \
        else T.published(published)
    s.add_document(T.source(CAR, uri="car.txt"), pub, "en", x)
    return s


CAR = "Rebels seized the town of Bambari on Monday. Police reportedly shot civilians in Bambari."


def test_acled_csv_marks_an_actor_the_report_does_not_name(tmp_path):
    # What the extractor stores for "Rebels seized the town of Bambari": the state's forces as the loser of
    # the territory, by ACLED's convention, with no words of the report naming them.
    e = T.event(CAR, "Rebels seized the town of Bambari on Monday.", "Battles", "Non-state actor overtakes territory",
                actor1="Taliban", actor2="Military Forces of Afghanistan", where="Garmsir", date="2021-07-11")
    e = e.model_copy(update={"actor2": e.actor2.model_copy(update={"text": None})})
    s = _store_with(tmp_path, e)
    try:
        [row] = list(csv.DictReader(io.StringIO(_export(s, "acled-csv").decode())))
        assert row["actor2"] == "Military Forces of Afghanistan"
        assert row["sitroom_by_rule"] == "actor2 Military Forces of Afghanistan (not named in the report)"
        [line] = [json.loads(x) for x in _export(s, "jsonl").decode().splitlines()]
        assert (line["actor1_by_rule"], line["actor2_by_rule"]) == (False, True)
        feature = json.loads(_export(s, "geojson"))["features"][0]
        assert feature["properties"]["actor2_by_rule"] is True
        buf = io.BytesIO()
        export_events(s, "parquet", out=buf)
        assert pq.read_table(io.BytesIO(buf.getvalue())).column("actor2_by_rule").to_pylist() == [True]
    finally:
        s.close()


def test_acled_csv_named_actor_is_not_marked(store):
    rows = list(csv.DictReader(io.StringIO(_export(store, "acled-csv").decode())))
    assert [r["sitroom_by_rule"] for r in rows] == ["", ""]


def test_acled_csv_undated_event_says_its_publication_date_is_inferred(tmp_path):
    e = T.event(CAR, "Police reportedly shot civilians in Bambari.", "Violence against civilians", "Attack",
                actor1="Taliban", actor2="Civilians (Afghanistan)", where="Faryab", precision="unknown")
    s = _store_with(tmp_path, e, inferred=True)
    try:
        [row] = list(csv.DictReader(io.StringIO(_export(s, "acled-csv").decode())))
        assert (row["event_date"], row["time_precision"]) == ("2021-07-12", "3")
        assert row["tags"] == "date from publication (itself inferred from the text)"
        [line] = [json.loads(x) for x in _export(s, "jsonl").decode().splitlines()]
        assert (line["document_published"], line["document_published_inferred"]) == ("2021-07-12", True)
    finally:
        s.close()


@pytest.mark.parametrize("precision, start, end, code", [
    ("day", "2021-07-11", "2021-07-11", 1),
    ("day", "2021-07-11", "2021-07-12", 2),  # "in the past 24 hours": a range of days reported
    ("range", "2021-07-06", "2021-07-12", 2),
    ("part of month", "2021-07-01", "2021-07-10", 2),
    ("month", "2021-07-01", "2021-07-31", 3),
])
def test_time_precision_follows_the_codebook(precision, start, end, code):
    assert time_precision(precision, start, end) == code


def test_event_dated_by_its_publication_is_tagged_in_every_output(tmp_path):
    # What the extractor stores for a sentence without a date: the week up to publication, precision
    # "publication". The CSV gives the publication date at precision 3 with the tag; JSONL, GeoJSON and
    # Parquet carry the same words in date_from_publication.
    e = T.event(CAR, "Police reportedly shot civilians in Bambari.", "Violence against civilians", "Attack",
                actor1="Taliban", actor2="Civilians (Afghanistan)", where="Faryab", date="2021-07-06",
                date_end="2021-07-12", precision="publication")
    s = _store_with(tmp_path, e)
    try:
        [row] = list(csv.DictReader(io.StringIO(_export(s, "acled-csv").decode())))
        assert (row["event_date"], row["time_precision"], row["tags"]) == ("2021-07-12", "3", "date from publication")
        [line] = [json.loads(x) for x in _export(s, "jsonl").decode().splitlines()]
        assert (line["date_start"], line["date_end"], line["date_precision"]) == ("2021-07-06", "2021-07-12", "publication")
        assert line["date_from_publication"] == "date from publication"
        feature = json.loads(_export(s, "geojson"))["features"][0]
        assert feature["properties"]["date_from_publication"] == "date from publication"
        buf = io.BytesIO()
        export_events(s, "parquet", out=buf)
        assert pq.read_table(io.BytesIO(buf.getvalue())).column("date_from_publication").to_pylist() == [
            "date from publication"]
    finally:
        s.close()


def test_event_dated_by_a_month_only_publication_says_the_month_comes_from_the_url(tmp_path):
    from sitroom.read.published import find_published
    e = T.event(CAR, "Police reportedly shot civilians in Bambari.", "Violence against civilians", "Attack",
                actor1="Taliban", actor2="Civilians (Afghanistan)", where="Faryab", date="2015-10-01",
                date_end="2015-10-31", precision="publication")
    s = open_store(str(tmp_path / "month.db"))
    try:
        pub = find_published(CAR, url="https://www.state.gov/secretary/remarks/2015/10/248970.htm")
        assert (pub.value, pub.month_only) == ("2015-10-01", True)
        s.add_document(T.source(CAR, uri="car.txt"), pub, "en", T.extraction(published=pub.value, events=[e]))
        [row] = list(csv.DictReader(io.StringIO(_export(s, "acled-csv").decode())))
        assert (row["event_date"], row["time_precision"], row["sitroom_date_end"]) == ("2015-10-01", "3", "2015-10-31")
        assert row["tags"] == "date from publication (only its month is known, from the URL)"
    finally:
        s.close()


def test_a_store_extracted_before_the_publication_precision_is_tagged_too(tmp_path):
    # Older stores hold such a date as a range no words of the text gave.
    e = T.event(CAR, "Police reportedly shot civilians in Bambari.", "Violence against civilians", "Attack",
                actor1="Taliban", actor2="Civilians (Afghanistan)", where="Faryab", date="2021-07-06",
                date_end="2021-07-12", precision="range")
    s = _store_with(tmp_path, e)
    try:
        [row] = list(csv.DictReader(io.StringIO(_export(s, "acled-csv").decode())))
        assert (row["event_date"], row["time_precision"], row["tags"]) == ("2021-07-12", "3", "date from publication")
    finally:
        s.close()


def test_a_figures_note_reaches_the_csv_the_api_rows_and_jsonl(tmp_path):
    """Review-3 items 15-16: a convention figure and a stated zero say how they were read."""
    text = "Several people were killed in a market in Garmsir. A rocket hit a school in Faryab; no one was hurt."
    s = open_store(str(tmp_path / "notes.db"))
    several = T.event(text, "Several people were killed in a market in Garmsir.", "Explosions/Remote violence",
                      "Shelling/artillery/missile attack", where="Garmsir", date="2021-07-11", fatalities=3)
    zero = T.event(text, "A rocket hit a school in Faryab; no one was hurt.", "Explosions/Remote violence",
                   "Shelling/artillery/missile attack", where="Faryab", date="2021-07-10", fatalities=0)
    x = T.extraction(published="2021-07-12", events=[
        several.model_copy(update={"fatalities_note": "'several' coded as 3 (ACLED convention)"}),
        zero.model_copy(update={"injured": 0, "fatalities_note": "the report says none: 'no one was hurt'"})])
    s.add_document(T.source(text, uri="n.txt"), T.published("2021-07-12"), "en", x)
    try:
        rows = list(csv.DictReader(io.StringIO(_export(s, "acled-csv").decode())))
        by_place = {r["location"]: r for r in rows}
        assert (by_place["Faryab"]["fatalities"], by_place["Faryab"]["sitroom_fatalities_note"]) == (
            "0", "the report says none: 'no one was hurt'")
        assert (by_place["Garmsir"]["fatalities"], by_place["Garmsir"]["sitroom_fatalities_note"]) == (
            "3", "'several' coded as 3 (ACLED convention)")
        assert {e.fatalities_note for e in s.events(EventFilter())} == {
            "'several' coded as 3 (ACLED convention)", "the report says none: 'no one was hurt'"}
        lines = [json.loads(line) for line in _export(s, "jsonl").decode().splitlines()]
        assert sorted(d["fatalities_note"] for d in lines) == sorted(
            ["'several' coded as 3 (ACLED convention)", "the report says none: 'no one was hurt'"])
    finally:
        s.close()


def test_a_location_with_no_coordinates_gives_the_same_reason_in_every_format(tmp_path):
    """Review-3 #29: an event whose location is an actor's name ("Daesh"), in a country but not on the map:
    GeoJSON said "no coordinates", the CSV and JSONL rows (empty latitude) said nothing. Now all say why."""
    text = "A Daesh suicide bomber killed 12 people in Kunduz on 8 July 2021."
    ev = T.event(text, text, "Explosions/Remote violence", "Suicide bomb", actor1="Islamic State", where="Kunduz",
                 date="2021-07-08", fatalities=12)
    start = text.index("Daesh")
    ev = ev.model_copy(update={"location": ev.location.model_copy(update={
        "text": "Daesh", "name": "Daesh", "start": start, "end": start + 5, "admin1": None, "admin2": None,
        "lat": None, "lon": None, "gazetteer_id": None})})
    with open_store(str(tmp_path / "daesh.db")) as s:
        s.add_document(T.source(text, uri="daesh.txt", source="Wire"), T.published("2021-07-09"), "en",
                       T.extraction(published="2021-07-09", events=[ev]))
        reason = "no coordinates ('Daesh' is not a place on the map)"
        row = next(csv.DictReader(io.StringIO(_export(s, "acled-csv").decode())))
        assert (row["location"], row["latitude"], row["sitroom_incomplete"]) == ("Daesh", "", reason)
        assert json.loads(_export(s, "jsonl").decode().splitlines()[0])["incomplete"] == [reason]
        feature = json.loads(_export(s, "geojson"))["features"][0]
        assert feature["geometry"] is None and feature["properties"]["incomplete"] == [reason]
        path = tmp_path / "daesh.parquet"
        path.write_bytes(_export(s, "parquet"))
        assert pq.read_table(path).column("incomplete").to_pylist() == [[reason]]
