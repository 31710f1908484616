"""A road named by the towns at its ends ("the Kaduna-Abuja highway") names two places, the towns it runs between,
not a body whose name holds them. A street named after a town ("Abuja Road in Kaduna") and a war between two
sides ("the Israel-Gaza war") name none. The texts are written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, towns", [
    ("Gunmen ambushed travellers along the Maiduguri-Monguno road on Tuesday, killing six.", ("Maiduguri", "Monguno")),
    ("Bandits attacked a bus on the Kaduna-Abuja highway on Sunday, police said.", ("Kaduna", "Abuja")),
    ("Kidnappers seized 20 passengers along Zaria-Funtua road in Nigeria.", ("Zaria", "Funtua")),
])
def test_the_towns_at_a_roads_ends_are_places(places_of, location, text, towns):
    places = places_of(text)
    for town in towns:
        location(places, town)


@pytest.mark.parametrize("text, name", [
    ("Protesters blocked Abuja Road in Kaduna on Monday, police said.", "Abuja"),
    ("Police arrested two men on Kano Road in Jos on Friday.", "Kano"),
    ("The Israel-Gaza war entered its second month, officials in Cairo said.", "Gaza"),
])
def test_a_street_or_a_war_named_after_a_place_is_none(places_of, text, name):
    places = places_of(text)
    assert not [p for p in places if p.text == name and p.role == "location"]


@pytest.mark.parametrize("text, town, country", [
    ("Gunmen killed two travellers on the Benin-Ore road on Monday.", "Benin", "NG"),
    ("Trucks queued for hours on the Lagos-Benin expressway.", "Benin", "NG"),
    ("Bandits set up a roadblock along the Ore-Benin highway at night.", "Benin", "NG"),
])
def test_a_roads_end_is_a_town_not_a_country_of_its_name(places_of, location, text, town, country):
    place = location(places_of(text), town)
    assert place.level == "populated place" and place.country == country, (place.name, place.country)


@pytest.mark.parametrize("text, names", [
    ("Traffic resumed on the Kenya-Uganda railway on Monday.", ("Kenya", "Uganda")),
    ("Fighting closed the Syria-Turkey road for a week.", ("Syria", "Turkey")),
])
def test_a_road_between_countries_names_the_countries(places_of, location, text, names):
    places = places_of(text)
    for name in names:
        assert location(places, name).level == "country"
