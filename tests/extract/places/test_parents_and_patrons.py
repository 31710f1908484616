"""A place named with a site or landform before its parent ("Hamilton prison, Bermuda", "the Tora Bora caves in eastern
Afghanistan"), a region of several countries named with one ("Amazonia, Brazil"), and a country named only as a
patron ("Iran-backed militias"). The texts are written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_a_town_named_by_its_prison_lies_in_the_country_after_it(places_of, location):
    p = location(places_of("Two inmates were killed at Hamilton prison, Bermuda, on Sunday."), "Hamilton")
    assert p.country == "BM"


def test_a_place_the_gazetteer_lacks_named_by_its_caves_lies_in_the_country_after_them(places_of, location):
    p = location(places_of("Bombers struck the Tora Bora caves in eastern Afghanistan on Monday."), "Tora Bora")
    assert p.country == "AF"


@pytest.mark.parametrize("sentence,name,country", [
    ("The sailor was shot dead by pirates in Amazonia, Brazil, on Wednesday.", "Amazonia", "BR"),
    ("Police in Borneo, Malaysia, arrested two smugglers on Monday.", "Borneo", "MY"),
])
def test_a_region_of_several_countries_named_with_one_lies_in_it(places_of, location, sentence, name, country):
    p = location(places_of(sentence), name)
    assert (p.country, p.level) == (country, "admin1")


def test_a_patron_named_as_an_adjective_is_not_where(places_of):
    places = places_of("Rockets struck a base in Anbar province on Monday, officials said, blaming Iran-backed militias.")
    iran = [p for p in places if p.text == "Iran"]
    assert iran and all(p.role != "location" for p in iran)


def test_a_patron_does_not_place_a_town_the_gazetteer_lacks(places_of):
    places = places_of("Rwanda-backed rebels seized Bunagana on Monday.")
    assert all(p.country != "RW" for p in places if p.text == "Bunagana")
