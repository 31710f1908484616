"""Large islands that news names as regions ("fighting in Mindanao") are places of their country: the packages have
no island features, and a name left to them found a namesake village abroad by its consonants (Mindanao read as
Mendon, Michigan, in a story that also named the U.S.). Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, name, country", [
    ("The U.S. embassy issued a travel warning. Soldiers clashed with rebels in Mindanao on Sunday.", "Mindanao", "PH"),
    ("Two farmers were shot dead in Mindanao, a rights group said.", "Mindanao", "PH"),
    ("Floods cut roads across Sumatra on Monday, Indonesian officials said.", "Sumatra", "ID"),
    ("Activists were arrested in Luzon and the Visayas, Philippine groups said.", "Luzon", "PH"),
    ("Police in Sulawesi arrested three suspects on Friday, Indonesian officials said.", "Sulawesi", "ID"),
])
def test_an_island_is_a_place_of_its_country(places_of, text, name, country):
    got = [(p.text, p.country, p.role) for p in places_of(text)]
    assert (name, country, "location") in got, got


@pytest.mark.parametrize("text, name, country", [
    # a town of that name inside the parent the text gives stays that town
    ("Rangers patrolled the village of Luzon in Davao, Philippines on Monday.", "Luzon", "PH"),
    ("Police arrested a man in Mendon, Michigan on Tuesday.", "Mendon", "US"),
])
def test_a_town_named_with_its_parent_is_not_the_island(places_of, text, name, country):
    found = [p for p in places_of(text) if p.text == name]
    assert found and found[0].country == country and found[0].level == "populated place", found
