"""A base, airfield or prison named after a town lies at that town: "the Qayyarah Airfield" is placed at Al
Qayyarah (the gazetteer's spelling), not at its country's point; "in Iraq's Anbar province" puts a site in the
province, not the country; and a province's chief town that opens a site's name ("the Kandahar Airfield") is where
an act at the site happened, not a government. Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, site, admin1", [
    ("Two rockets hit the Qayyarah Airfield on Wednesday, the Iraqi military said.", "Qayyarah Airfield", "Nīnawá"),
    ("Guards beat the inmates of Amol prison, Iran, a rights group said.", "Amol prison", "Māzandarān"),
    ("Drones struck the Al Asad air base in Iraq's Anbar province overnight.", "Asad air base", "Al Anbār"),
])
def test_a_site_is_placed_at_its_town(places_of, text, site, admin1):
    found = [p for p in places_of(text) if p.text == site]
    assert found and found[0].role == "location" and found[0].admin1 == admin1, \
        [(p.text, p.admin1, p.resolution) for p in places_of(text)]


@pytest.mark.parametrize("text", [
    "Militants attacked the Kandahar Airfield in southern Afghanistan on Monday.",
    "Rockets hit the Kandahar Airfield, Afghanistan, on Monday.",
])
def test_a_province_town_opening_a_site_name_is_the_place(places_of, text):
    got = [(p.text, p.role) for p in places_of(text)]
    assert ("Kandahar", "location") in got, got


@pytest.mark.parametrize("text, site", [
    # camps and barracks are often named for people: a namesake town says nothing of where they are
    ("Troops were deployed to Camp Lewis in the United States on Monday.", "Camp Lewis"),
    ("Detainees were held at Giwa Barracks, Nigeria, for months.", "Giwa Barracks"),
])
def test_a_site_named_for_a_person_is_not_placed_at_a_namesake_town(places_of, text, site):
    found = [p for p in places_of(text) if p.text == site]
    assert found and found[0].admin1 is None, [(p.text, p.admin1, p.resolution) for p in found]


def test_a_university_named_after_another_town_does_not_place_there(places_of):
    # Columbia University is in New York: the town its name spells is no place of an act near it
    text = "Smoke billowed from a church in Manhattan, near the Columbia University campus, on Sunday."
    assert not any(p.text == "Columbia" and p.role == "location" for p in places_of(text)), \
        [(p.text, p.role) for p in places_of(text)]
