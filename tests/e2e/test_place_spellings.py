"""Places as the news spells them (issue 13): a table of spellings of places in ../shared (the seed
article, TR-News, GeoVirus and HRDsAttack texts) and the issue's own examples. Each must resolve to its
GeoNames id through the gazetteer, and find that place through `sitroom events --place`,
`/api/events?place=` and `/api/places?q=` in a store holding the places as the gazetteer names them
(Fāryāb, Garmsīr, Kandahār, Ḩaḑramawt...).
"""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from sitroom.api import open_store
from sitroom.records import PlaceMention
from sitroom.store import testing as T
from sitroom.web import create_app
from tests.cli._filled_db import run

# (spelling, GeoNames ids it may rightly resolve to: the first is the place the store holds).
SPELLINGS: list[tuple[str, tuple[str, ...]]] = [
    # the seed article
    ("Faryab", ("1142226",)), ("Faryab province", ("1142226",)), ("Fāryāb", ("1142226",)),
    ("Helmand", ("1140043",)), ("Helmand Province", ("1140043",)), ("Hilmand", ("1140043",)),
    ("Garmsir", ("7732352",)), ("Garmser", ("7732352",)), ("Garmsir district", ("7732352",)),
    ("Lashkar Gah", ("1134720",)), ("Lashkargah", ("1134720",)), ("Lashkar-Gah", ("1134720",)),
    ("Kunduz", ("1135689",)), ("Kondoz", ("1135689",)), ("Qunduz", ("1135689",)),
    ("Sar-e Pul", ("1127110",)), ("Sar-i-Pul", ("1127110",)), ("Sari Pul", ("1127110",)),
    ("Sar-e Pol", ("1127110",)), ("Saripul", ("1127110",)),
    ("Takhar", ("1123230",)), ("Ghazni", ("1141269",)), ("Ghaznī", ("1141269",)),
    ("Kandahar", ("1138336",)), ("Qandahar", ("1138336",)), ("Kandahār", ("1138336",)),
    ("Kabul", ("1138958",)), ("Kābul", ("1138958",)), ("Doha", ("290030",)), ("Ad Dawhah", ("290030",)),
    # TR-News
    ("Aleppo", ("170063",)), ("Halab", ("170063",)), ("Idlib", ("169389",)), ("Idleb", ("169389",)),
    ("Edlib", ("169389",)), ("Tehran", ("112931",)), ("Teheran", ("112931",)), ("Tehrān", ("112931",)),
    ("Tabriz", ("113646",)), ("Tabrīz", ("113646",)), ("Shiraz", ("115019",)), ("Shīrāz", ("115019",)),
    ("Irbid", ("248946",)), ("Irbed", ("248946",)), ("El Kef", ("2473634",)), ("Izmir", ("311046",)),
    ("İzmir", ("311046",)), ("Beirut", ("276781",)), ("Beyrouth", ("276781",)), ("Pyongyang", ("1871859",)),
    ("P'yŏngyang", ("1871859",)), ("Zurich", ("2657896",)), ("Zürich", ("2657896",)),
    ("Montreal", ("6077243",)), ("Montréal", ("6077243",)),
    # GeoVirus
    ("Torun", ("3083271",)), ("Toruń", ("3083271",)), ("Braila", ("683902",)), ("Brăila", ("683902",)),
    ("Khartoum", ("379252",)), ("Khartum", ("379252",)), ("Al-Fashir", ("379555",)), ("El Fasher", ("379555",)),
    ("Al Fashir", ("379555",)), ("Giza", ("360995",)), ("Gizeh", ("360995",)), ("Baghdad", ("98182",)),
    ("Baghdād", ("98182",)), ("Dogubayazit", ("316411",)), ("Doğubayazıt", ("316411",)),
    ("Uige", ("2236568",)), ("Uíge", ("2236568",)),
    # HRDsAttack and re3d texts
    ("Mosul", ("99072",)), ("Al Mawsil", ("99072",)), ("Mawsil", ("99072",)), ("Kirkuk", ("94787",)),
    ("Kerkuk", ("94787",)), ("Fallujah", ("99454",)), ("Falluja", ("99454",)), ("Al Fallujah", ("99454",)),
    ("Raqqa", ("172955",)), ("Ar-Raqqah", ("172955",)), ("Al-Raqqa", ("172955",)), ("Rakka", ("172955",)),
    ("Hama", ("170017",)), ("Hamah", ("170017",)), ("Hadramout", ("75411",)), ("Hadramawt", ("75411",)),
    ("Hadhramaut", ("75411",)), ("Sanaa", ("71137",)), ("Sana'a", ("71137",)), ("Marib", ("72968", "72966")),
    ("Ma'rib", ("72968", "72966")), ("Borno", ("2346794",)), ("Bornu", ("2346794",)),
    ("Nangarhar", ("1132366",)), ("Ningarhar", ("1132366",)), ("Herat", ("1140026", "1140025")),
    ("Herāt", ("1140026", "1140025")), ("Hirat", ("1140026", "1140025")), ("Kyiv", ("703448",)),
    ("Kiev", ("703448",)), ("Rafah", ("281102",)), ("Rafa", ("281102",)),
    # the issue's own examples
    ("Paktia", ("1131257",)), ("Paktiya", ("1131257",)), ("Paktya", ("1131257",)),
    ("Urozgan", ("1131461",)), ("Uruzgan", ("1131461", "1131462")), ("Oruzgan", ("1131461",)),
    ("Tarin Kowt", ("1122747", "7054035")), ("Tarin Kot", ("1122747", "7054035")), ("Tarinkot", ("1122747", "7054035")),
    ("Maimana", ("1133453",)), ("Maymana", ("1133453",)), ("Meymaneh", ("1133453",)),
    ("Spin Boldak", ("1123906",)), ("Spin Buldak", ("1123906",)),
]

# Spellings the gazetteer does not resolve yet (recognition of variants is issue 13 item 2, the places
# stage's); search finds them all the same. Strict: when one starts to resolve, take it out of here.
_ITEM_2 = "the gazetteer does not recognise this spelling yet (issue 13 item 2)"
NOT_RESOLVED_YET: dict[str, str] = {s: _ITEM_2 for s in (
    # The town Uruzgān (a district seat) outranks the province by the gazetteer's figures, which give the
    # province only its towns' 23,000 people; the skeleton finds both.
    "Urozgan",
)}


def _resolution_params():
    for spelling, ids in SPELLINGS:
        marks = [pytest.mark.xfail(strict=True, reason=NOT_RESOLVED_YET[spelling])] if spelling in NOT_RESOLVED_YET else []
        yield pytest.param(spelling, ids, id=spelling, marks=marks)


def test_the_table_is_large_enough():
    assert len(SPELLINGS) >= 40
    assert len({s for s, _ in SPELLINGS}) == len(SPELLINGS)


@pytest.mark.parametrize("spelling, ids", list(_resolution_params()))
def test_each_spelling_resolves_to_its_geonames_id(spelling, ids):
    from sitroom.extract.places import resolve_name

    place = resolve_name(spelling)
    assert place is not None and place.gazetteer_id in {f"geonames:{i}" for i in ids}, (
        spelling, place and (place.gazetteer_id, place.name, place.country))


# --- search against a store holding these places --------------------------------------------

def _mention(gaz, gid: str) -> PlaceMention:
    """The place the gazetteer holds under ``gid``, as the places stage would store it."""
    i = gaz.gids.index(f"geonames:{gid}")
    name, level = gaz.names[i], gaz.level_name(i)
    # A province is its own admin1, a district its own admin2, as the places stage writes them.
    admin1 = name if level == "admin1" else gaz.admin_name(int(gaz.admin1[i]))
    admin2 = name if level == "admin2" else gaz.admin_name(int(gaz.admin2[i]))
    return PlaceMention(text=name, start=0, end=len(name), sentence=0, name=name, gazetteer_id=gaz.gids[i],
                        level=level, country=gaz.country[i], admin1=admin1, admin2=admin2,
                        lat=float(gaz.lat[i]), lon=float(gaz.lon[i]), confidence=0.9, extractor=T.TEST_EXTRACTOR)


@pytest.fixture(scope="module")
def spelled_db(tmp_path_factory):
    """A SQLite store with one report of fighting at each place of the table, named as GeoNames names it."""
    from sitroom.extract.places.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    path = str(tmp_path_factory.mktemp("spellings") / "places.db")
    with open_store(path) as store:
        for gid in dict.fromkeys(ids[0] for _, ids in SPELLINGS):
            where = _mention(gaz, gid)
            text = f"{where.name}. Fighting was reported there on Monday."
            event = T.event(text, "Fighting was reported there on Monday.", "Battles", "Armed clash",
                            actor1="Taliban", date="2021-07-05")
            event = event.model_copy(update={"location": where})
            store.add_document(T.source(text, uri=f"place-{gid}.txt"), T.published("2021-07-12"), "en",
                               T.extraction(published="2021-07-12", events=[event], places=[where]))
    return path


@pytest.mark.parametrize("spelling, ids", SPELLINGS, ids=[s for s, _ in SPELLINGS])
def test_the_cli_finds_each_spelling(spelled_db, spelling, ids):
    result = run("events", "--place", spelling, "--db", spelled_db, "--format", "json", "--limit", "500")
    assert result.exit_code == 0, result.output
    found = {e["gazetteer_id"] for e in json.loads(result.output)}
    assert f"geonames:{ids[0]}" in found


@pytest.fixture(scope="module")
def client(spelled_db):
    with TestClient(create_app(spelled_db), base_url="http://127.0.0.1") as c:  # a Host the app serves
        yield c


@pytest.mark.parametrize("spelling, ids", SPELLINGS, ids=[s for s, _ in SPELLINGS])
def test_the_api_finds_each_spelling(client, spelling, ids):
    events = client.get("/api/events", params={"place": spelling, "limit": 1000})
    assert events.status_code == 200
    assert f"geonames:{ids[0]}" in {e["gazetteer_id"] for e in events.json()["items"]}
    places = client.get("/api/places", params={"q": spelling, "limit": 1000})
    assert places.status_code == 200
    assert f"geonames:{ids[0]}" in {p["gazetteer_id"] for p in places.json()["items"]}


@pytest.mark.parametrize("typed, province", [("Paktya", "Paktiyā"), ("Urozgan", "Uruzgān"), ("Hilmand", "Helmand"),
                                             ("Faryab", "Fāryāb"), ("Kandahar", "Kandahār"), ("Hadramout", "Ḩaḑramawt")])
def test_the_province_filter_takes_the_news_spelling(client, typed, province):
    items = client.get("/api/events", params={"admin1": typed, "limit": 1000}).json()["items"]
    assert items and {e["admin1"] for e in items} == {province}
