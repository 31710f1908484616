"""Misfires of the geoparser on sentences of our own: England's regions, a village told by its distance from a town,
camps and air bases named with their kind word after the name, and a lake's name read as a city abroad. The texts are
written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_west_midlands_is_englands_region_not_zimbabwes_midlands(places_of):
    places = places_of("Police in the West Midlands arrested three men after a stabbing in Birmingham on Saturday.")
    wm = [p for p in places if p.text == "West Midlands"]
    assert wm and wm[0].country == "GB"
    assert not [p for p in places if p.country == "ZW"]


def test_a_village_told_by_its_distance_from_a_town_lies_near_that_town(places_of, location):
    """Dora, Alabama is the gazetteer's Dora; the text puts this one 40 km south of Srinagar."""
    p = location(places_of("Gunmen killed two soldiers in Dora village, 40 km south of Srinagar, on Tuesday, "
                           "police said."), "Dora")
    assert p.country == "IN" and p.admin1 == "Jammu and Kashmīr"


def test_a_town_the_gazetteer_has_far_from_the_named_town_keeps_its_place(places_of, location):
    """A distance says how far: Basra, 330 miles from Baghdad, is Basra itself, not placed at Baghdad."""
    p = location(places_of("Troops entered Basra, 330 miles south of Baghdad, on Monday."), "Basra")
    assert p.country == "IQ" and "Baghd" not in (p.admin1 or "")


def test_a_camp_named_before_its_kind_word_is_a_site(places_of):
    places = places_of("Militiamen attacked the Kalma camp in South Darfur on Sunday, killing five displaced people.")
    camp = [p for p in places if p.text == "Kalma camp" and p.role == "location"]
    assert camp and camp[0].country == "SD" and camp[0].admin1 == "South Darfur"


def test_an_air_base_in_a_directed_country_is_placed_in_it(places_of):
    places = places_of("Rockets struck Al Asad Air Base in western Iraq on Wednesday, the coalition said.")
    base = [p for p in places if p.resolution.startswith("site:")]
    assert base and base[0].country == "IQ" and "Air Base" in base[0].text


def test_a_lake_named_for_a_citys_old_name_is_no_city_abroad(places_of):
    """Hong Kong was once Victoria; Lake Victoria in a story about Uganda is not there."""
    places = places_of("Uganda's police said fishermen clashed with officers on Lake Victoria on Sunday. Uganda has "
                       "banned night fishing, and Ugandan fishermen say the ban ruins them. Protests spread across "
                       "Uganda.")
    assert not [p for p in places if p.country == "HK"]


def test_an_attacked_national_parliament_is_in_the_capital(places_of):
    places = places_of("Tensions have escalated since a suicide attack on the Indian Parliament two weeks ago.")
    seat = [p for p in places if p.role == "location" and p.resolution.startswith("site:")]
    assert seat and seat[0].country == "IN" and seat[0].admin1 == "Delhi"


def test_a_parliament_that_acts_is_the_body_not_a_place(places_of):
    places = places_of("The Indian Parliament passed the farm laws in September.")
    assert not [p for p in places if p.role == "location"]


def test_a_nations_own_parliament_is_not_the_states_capital(places_of):
    """The Scottish Parliament sits in Edinburgh: not placed at London, the United Kingdom's capital."""
    places = places_of("Police arrested 12 people outside the Scottish Parliament on Tuesday during a protest.")
    assert not [p for p in places if p.resolution.startswith("site:") and p.admin1 == "England"]


def test_a_distance_from_a_country_does_not_put_the_town_in_it(places_of, location):
    """Ramtha, 5 km from Syria, is Jordan's Ramtha: a distance from a country is from its border."""
    p = location(places_of("Rebels shelled the town of Ramtha, 5 km from Syria, on Monday, wounding three "
                           "civilians, Jordanian officials said."), "Ramtha")
    assert p.country == "JO" and p.level == "populated place"
