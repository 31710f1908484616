"""A country that names a side is not where the event happened: before an official's title or a word for a
government and its forces ("the US Secretary of State", "Central Africa director at Human Rights Watch",
"Turkey's army"), or after "ally" ("aided by strong support from our ally Turkey"). A country named as the
place ("in Turkey", "Turkey's capital") still is."""

import pytest

from sitroom.extract.events.arguments import names_a_side, pick_location
from sitroom.records import DocumentIn, PlaceMention


def _country(text: str, name: str, nth: int = 0) -> PlaceMention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return PlaceMention(text=name, start=start, end=start + len(name), name=name, level="country", country="XX")


@pytest.mark.parametrize("text, name", [
    ("The Foreign Secretary joined the US Secretary of State for talks.", "US"),
    ("said Lewis Mudge, Central Africa director at Human Rights Watch.", "Central Africa"),
    ("Turkey's army shelled the town.", "Turkey"),
    ("The Nigeria government said it would act.", "Nigeria"),
    ("aided by strong support from our ally Turkey and our coalition.", "Turkey"),
    ("Washington and its allies of Turkey", "Turkey"),
    ("A US general said the raid had ended.", "US"),  # a rank as a noun
])
def test_a_country_that_names_a_side(text, name):
    assert names_a_side(text, _country(text, name))


@pytest.mark.parametrize("text, name", [
    ("Gunmen attacked a bus in Turkey on Monday.", "Turkey"),
    ("Protesters marched in Turkey's capital.", "Turkey"),
    ("Ten people were killed in Nigeria, President Buhari said.", "Nigeria"),
    ("Talks with partners in Syria began.", "Syria"),
    ("Cleaners walked out at Canada's major ports on Friday.", "Canada"),  # a rank word as an adjective
    ("Shelling hit Lebanon's general hospital.", "Lebanon"),
])
def test_a_country_that_is_a_place(text, name):
    assert not names_a_side(text, _country(text, name))


def test_a_side_is_not_picked_over_nothing():
    text = "Syrian rebels took the town, aided by strong support from our ally Turkey."
    assert pick_location([_country(text, "Turkey")], text, 0) is None
    # a finer place is not a country: the words after it do not matter
    town = PlaceMention(text="Dabiq", start=0, end=5, name="Dabiq", level="populated place", country="SY")
    assert pick_location([town], "Dabiq army base", 0) is town


@pytest.mark.slow
@pytest.mark.parametrize("text, side", [
    ("Syrian opposition forces liberated the Syrian town of Dabiq from ISIL control on Sunday, aided by strong "
     "support from our ally Turkey.", "TR"),
    ("The Foreign Secretary met the US Secretary of State on Saturday for talks.", "US"),
])
def test_the_place_of_an_event_is_not_a_sides_country(pipeline, text, side):
    evs = pipeline.extract(DocumentIn(id="t", text=text, published="2016-10-17")).events
    assert evs and all(e.location is None or e.location.country != side for e in evs)


@pytest.mark.parametrize("text, name", [
    ("The case drew notice after the US Vice President Kamala Harris wrote about it.", "US"),
    ("The UK Prime Minister condemned the arrests.", "UK"),
    ("said the Pakistan Interior Minister Rehman Malik on Friday.", "Pakistan"),
])
def test_a_country_before_a_title_of_several_words_names_a_side(text, name):
    # the words before the title's head qualify it ("Vice President", "Prime Minister", "Interior Minister")
    assert names_a_side(text, _country(text, name))


@pytest.mark.parametrize("text, name", [
    ("Riots broke out across Chile Last Night, residents said.", "Chile"),
    ("Fighting spread across Syria Monday Evening, monitors said.", "Syria"),
])
def test_a_country_before_capitalised_words_that_are_no_title_is_a_place(text, name):
    assert not names_a_side(text, _country(text, name))
