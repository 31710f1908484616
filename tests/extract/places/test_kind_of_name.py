"""A kind of place, "of" and a name ("the mining town of Rubaya in eastern Congo", "the mountainous area of Tora Bora in
eastern Afghanistan") names a place even where the gazetteer lacks it: the name as written, placed inside the place
named right after it (a direction word may come between), not left out for the coarser place. Without such a place
after it, or for an operation's name, nothing is made up. The texts are written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, name, country", [
    ("Rebels seized the mining town of Rubaya in eastern Congo on Tuesday.", "Rubaya", "CD"),
    ("The militants fled to the mountainous area of Tora Bora in eastern Afghanistan.", "Tora Bora", "AF"),
    ("Soldiers reached the remote village of Ngoboli, near Bunia, at dawn.", "Ngoboli", "CD"),
])
def test_a_kind_of_place_named_in_a_parent(places_of, location, text, name, country):
    place = location(places_of(text), name)
    assert place.name == name and place.country == country and place.level == "populated place", (
        place.name, place.country, place.level)


@pytest.mark.parametrize("text, name", [
    ("The militants fled to the mountainous area of Tora Bora.", "Tora Bora"),  # no place to put it in
    ("Troops were sent to the area of Operation Lafiya Dole in Borno.", "Operation"),
])
def test_no_place_is_made_up(places_of, text, name):
    assert not [p for p in places_of(text) if p.text.startswith(name)]
