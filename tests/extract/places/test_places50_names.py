"""Stop 50's places fixes: a famous city's bare name, the plural of an abbreviation, a small town listed with towns of
its country, and alternate names that are letter-by-letter transliterations (own sentences, not the corpus's)."""

from __future__ import annotations

import pytest

from sitroom.extract.places.build import machine_spelling

pytestmark = pytest.mark.slow


def _places(places_of, text):
    return {p.text: p for p in places_of(text)}


@pytest.mark.parametrize("text,name,country", [
    ("Police in Toronto broke up a rally in Victoria Park on Sunday.", "Toronto", "CA"),
    ("Officers in Toronto dispersed a sit-in at Victoria Park.", "Toronto", "CA"),
    ("Thousands marched through Toronto to Victoria Park.", "Toronto", "CA"),
])
def test_a_famous_city_is_its_best_known_place(places_of, text, name, country):
    assert _places(places_of, text)[name].country == country


@pytest.mark.parametrize("text", [
    "Police in Toronto, New South Wales, broke up a rally.",
    "Floods hit Toronto and Newcastle in New South Wales.",
])
def test_context_still_places_the_namesake(places_of, text):
    assert _places(places_of, text)["Toronto"].country == "AU"


@pytest.mark.parametrize("text,word", [
    ("At least 80 JWs remain in jail in Russia.", "JWs"),
    ("Dozens of NGOs in Goma condemned the raid.", "NGOs"),
    ("Several MPs in Kampala walked out of parliament.", "MPs"),
])
def test_plural_abbreviations_are_no_places(places_of, text, word):
    assert word not in _places(places_of, text)


@pytest.mark.parametrize("text,word", [
    ("Hail damaged homes in Australia's north, around Gunnedah and Quirindi.", "Quirindi"),
    ("Bushfires burnt out farms in Australia near Gunnedah and Quirindi.", "Quirindi"),
    ("Rain flooded Australia's inland towns of Gunnedah, Quirindi and Tamworth.", "Quirindi"),
])
def test_a_small_town_listed_with_towns_of_its_country(places_of, text, word):
    assert _places(places_of, text)[word].country == "AU"


@pytest.mark.parametrize("text,word", [
    ("Mr Smith and Ms Jones spoke in Sydney.", "Smith"),
    ("Ministers from Australia and Gunnedah's mayor Jamie Chaffey met.", "Jamie Chaffey"),
])
def test_names_a_list_does_not_make_places(places_of, text, word):
    assert word not in _places(places_of, text)


@pytest.mark.parametrize("name,machine", [
    ("jws", True), ("qiao si", True), ("dby", True), ("dżos", True),
    ("Jos", False), ("JOS", False), ("les Escaldes", False), ("al-Hillah", False), ("جوس", False),
])
def test_machine_spellings(name, machine):
    assert machine_spelling(name) is machine


def test_a_prison_named_again_is_placed_at_the_town_named_first(places_of):
    """"Ibara" is no Ibarra, Ecuador, by a transliterated alternate name: both mentions of the prison are Abeokuta's."""
    places = places_of("Nigeria's police said the reporter was freed from the Ibara prison, Abeokuta after meeting his "
                       "bail. In Nigeria he had been held at the Ibara Maximum Prison in Zuwarkopi since his arrest.")
    sites = [p for p in places if p.text.startswith("Ibara")]
    assert [p.text for p in sites] == ["Ibara prison", "Ibara Maximum Prison"]
    assert all(p.country == "NG" and p.admin1 == "Ogun" for p in sites)
