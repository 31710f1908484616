"""A capital or a country as the subject of a verb of a state's rule over its people ("Beijing banned the vigil",
"Moscow has been shutting down independent media") stands for its government: a metonym, not where anything
happened (so not the place an article's other sentences fall back on). The place of an act stays a place. The
texts are written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, name", [
    ("Beijing banned the vigil for a second year.", "Beijing"),
    ("Tehran has jailed dozens of journalists since the protests began.", "Tehran"),
    ("Minsk restricted internet access during the rallies.", "Minsk"),
    ("For months Moscow has been shutting down independent newspapers and radio stations.", "Moscow"),
])
def test_a_capital_that_rules_is_its_government(places_of, text, name):
    found = [p for p in places_of(text) if p.text == name]
    assert found and all(p.role == "metonym" for p in found), [(p.text, p.role) for p in found]


@pytest.mark.parametrize("text, name", [
    ("Protesters in Moscow blocked a road on Sunday.", "Moscow"),
    ("Kabul was shut down by a general strike.", "Kabul"),
    ("Police shut the main road in Nairobi on Monday.", "Nairobi"),
])
def test_a_place_where_something_is_ruled_stays_a_place(places_of, location, text, name):
    location(places_of(text), name)
