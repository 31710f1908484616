"""A province's chief town is found without context (review 3 #42): "a mortar shell hit a market in Lashkar
Gah on Wednesday" names no country or province, and spaCy calls the name a person; the town is still the
capital of Helmand, as it is in "Lashkar Gah, the capital of Helmand province"."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow  # the gazetteer and spaCy


def test_chief_towns_are_the_seats_that_lead_their_province(gaz):
    from sitroom.extract.places.seats import chief_towns

    chief = chief_towns(gaz)
    names = {(gaz.country[e], gaz.names[gaz.admin1[e]], gaz.names[e]) for e in chief}
    assert ("AF", "Helmand", "Lashkar Gāh") in names
    assert ("NG", "Borno", "Maiduguri") in names
    # one per province at most, and a town of it
    units = [int(gaz.admin1[e]) for e in chief]
    assert len(units) == len(set(units))


@pytest.mark.parametrize("text,name,admin1", [
    # the reviewer's in/dump.csv row 9
    ("Several people were killed when a mortar shell hit a market in Lashkar Gah on Wednesday, residents said.",
     "Lashkar Gāh", "Helmand"),
    ("Gunmen attacked a checkpoint in Maiduguri on Monday, killing two soldiers.", "Maiduguri", "Borno"),
])
def test_a_provincial_capital_alone_is_the_events_place(pipeline, text, name, admin1):
    from sitroom.records import DocumentIn

    out = pipeline.extract(DocumentIn(id="x", text=text, published="2021-07-07"))
    assert out.events
    loc = out.events[0].location
    assert loc is not None and (loc.name, loc.admin1, loc.country, loc.geo_precision) == (name, admin1, "AF" if
                                                                                       admin1 == "Helmand" else "NG", 1)



@pytest.mark.parametrize("text,name,country", [
    ("A farmer was shot dead in Negros Oriental on Saturday, his family said.", "Negros Oriental", "PH"),
])
def test_a_second_level_province_named_whole_is_the_events_place(pipeline, text, name, country):
    # spaCy calls the two-word name an organisation; the gazetteer has it whole as a province of the second level
    from sitroom.records import DocumentIn

    out = pipeline.extract(DocumentIn(id="x", text=text, published="2021-07-07"))
    assert out.events
    loc = out.events[0].location
    assert loc is not None and (loc.name, loc.country) == (name, country)
