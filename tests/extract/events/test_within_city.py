"""A district or suburb of a large city and the city told in two reports of one incident are one event at the finer
place (events/within_city.py, place_day.places_compatible); another municipality beside the city, a town beside a
small one, or the places one sentence lists stay apart."""

import pytest

from sitroom.extract.events import rules
from sitroom.extract.events.within_city import in_city
from sitroom.records import DateValue, Event, Evidence, PlaceMention

ARREST = "Strategic developments / Arrests"
FIRE = "Disasters / Man-made disaster"

# (gazetteer id, name, lat, lon, country, admin1, admin2) as the places stage resolves them
LAGOS = ("geonames:2332459", "Lagos", 6.45407, 3.39467, "NG", "Lagos", None)
IKEJA = ("geonames:2338313", "Ikeja", 6.59651, 3.34205, "NG", "Lagos", "Ikeja")
NEW_YORK = ("geonames:5128581", "New York City", 40.71427, -74.00597, "US", "New York", None)
MANHATTAN = ("geonames:5125771", "Manhattan", 40.78343, -73.96625, "US", "New York", "New York County")
MANILA = ("geonames:1701668", "Manila", 14.6042, 120.9822, "PH", "National Capital Region", "Capital District")


def _place(p):
    gid, name, lat, lon, country, admin1, admin2 = p
    return PlaceMention(text=name, start=0, end=len(name), name=name, gazetteer_id=gid, lat=lat, lon=lon,
                        level="populated place", country=country, admin1=admin1, admin2=admin2)


def _report(label, sentence, place, text, day="2024-03-07"):
    return Event(**rules.typed_fields(label), confidence=0.8, location=_place(place),
                 date=DateValue(start=day, end=day, precision="day"),
                 evidence=Evidence(sentence=sentence, start=sentence * 100, end=sentence * 100 + 50, text=text))


def _gazetteer_ready():
    return in_city(_place(IKEJA), _place(LAGOS))


@pytest.mark.parametrize("wide,narrow,label,first,second", [
    (LAGOS, IKEJA, ARREST, "Police in Lagos arrested six union members on Thursday.",
     "The six were taken from the union's office in Ikeja, their lawyer said."),
    (NEW_YORK, MANHATTAN, FIRE, "New York firefighters fought a warehouse blaze for six hours.",
     "Flames rose from the warehouse in Manhattan's Harlem before dawn."),
    (MANHATTAN, NEW_YORK, FIRE, "Flames rose from a warehouse in Manhattan before dawn.",
     "New York officials said the fire was accidental."),
])
def test_a_city_and_a_district_of_it_told_in_two_sentences_are_one_event_at_the_district(wide, narrow, label,
                                                                                         first, second):
    if not _gazetteer_ready():
        pytest.skip("no gazetteer with populations")
    merged = rules.merge_events([_report(label, 0, wide, first), _report(label, 1, narrow, second)])
    assert len(merged) == 1
    finer = MANHATTAN if {wide, narrow} == {NEW_YORK, MANHATTAN} else IKEJA
    assert merged[0].location.name == finer[1]


def test_a_town_of_another_district_beside_a_city_or_beside_a_small_town_stays_apart():
    if not _gazetteer_ready():
        pytest.skip("no gazetteer with populations")
    beside = ("geonames:0000001", "Pasig", 14.5764, 121.0851, "PH", "National Capital Region", "Second District")
    assert len(rules.merge_events([
        _report(ARREST, 0, MANILA, "Police arrested two activists in Manila on Thursday."),
        _report(ARREST, 1, beside, "Three organisers were detained at their office in Pasig.")])) == 2
    near_small = ("geonames:0000002", "Ogba", 6.62, 3.34, "NG", "Lagos", "Ikeja")
    assert not in_city(_place(near_small), _place(IKEJA))  # Ikeja is no city of a million
    other_state = ("geonames:0000003", "Ota", 6.6804, 3.2356, "NG", "Ogun", "Ado Odo/Ota")
    assert not in_city(_place(other_state), _place(LAGOS))  # across the state line: another province


def test_the_places_one_sentence_lists_stay_their_own_events():
    if not _gazetteer_ready():
        pytest.skip("no gazetteer with populations")
    text = "Police arrested protesters in Lagos and in Ikeja on Thursday."
    assert len(rules.merge_events([_report(ARREST, 0, LAGOS, text), _report(ARREST, 0, IKEJA, text)])) == 2
