""""the island of X" says X is a place as "the town of X" does ("in the island of Mykonos", which spaCy calls a
person): the name is read as the place the gazetteer has of it. Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, name, country", [
    ("The suspect was spotted by policemen on the island of Mykonos and detained on Thursday.", "Mykonos", "GR"),
    ("Coast guards rescued 40 migrants off the Greek island of Lesbos on Monday.", "Lesbos", "GR"),
    ("Protesters blocked the port on the island of Zanzibar on Friday.", "Zanzibar", "TZ"),
])
def test_the_island_of_a_name(places_of, text, name, country):
    got = [(p.text, p.country, p.role) for p in places_of(text)]
    assert (name, country, "location") in got, got


@pytest.mark.parametrize("text, not_a_place", [
    ("A film about the island of Doctor Moreau was shown in Nairobi on Sunday.", "Moreau"),
    ("The island of happiness he promised never came, Ruto told supporters in Eldoret.", "Ruto"),
])
def test_no_place_where_no_name_follows(places_of, text, not_a_place):
    assert not any(not_a_place in p.text for p in places_of(text)), [(p.text, p.name) for p in places_of(text)]
