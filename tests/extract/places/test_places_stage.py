"""The places stage on short texts: cues, metonyms, demonyms, words that are not places."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _by_text(places, text):
    found = [p for p in places if p.text == text]
    assert found, f"{text!r} not found in {[p.text for p in places]}"
    return found[0]


def test_distance_cue_makes_precision_two(places_of):
    places = places_of("A roadside bomb exploded 12 km north of Lashkar Gah on Sunday, Helmand officials said.")
    lashkar = _by_text(places, "Lashkar Gah")
    assert (lashkar.country, lashkar.level, lashkar.geo_precision) == ("AF", "populated place", 2)
    assert "12 km north of" in lashkar.resolution


def test_district_and_province_cues_set_the_level(places_of):
    places = places_of("Fighting was reported in Sangin district of Helmand province and in Kunduz province.")
    assert _by_text(places, "Sangin").level == "admin2"
    assert _by_text(places, "Kunduz province").level == "admin1"
    assert _by_text(places, "Sangin").admin1 == "Helmand"


def test_bare_city_name_is_the_city(places_of):
    kunduz = _by_text(places_of("Taliban fighters entered Kunduz on Monday, residents said."), "Kunduz")
    assert kunduz.level == "populated place" and kunduz.geo_precision == 1


def test_capital_as_speaker_is_a_metonym_and_as_scene_a_location(places_of):
    places = places_of("Moscow said on Monday it would respond. A bomb exploded in Moscow on Tuesday.")
    moscow = [p for p in places if p.text == "Moscow"]
    assert [p.role for p in moscow] == ["metonym", "location"]
    assert all(p.country == "RU" for p in moscow)


def test_names_inside_other_names_are_not_places(places_of):
    places = places_of("The Washington Post reported that George Washington University closed.")
    assert not any(p.text == "Washington" and p.role == "location" for p in places)


def test_demonyms_are_origins_not_locations(places_of):
    places = places_of("Afghan forces retreated from the town as Pakistani officials watched.")
    afghan = _by_text(places, "Afghan")
    assert afghan.role == "origin" and afghan.country == "AF" and afghan.level == "country"
    assert _by_text(places, "Pakistani").country == "PK"


def test_common_words_are_not_places(places_of):
    places = places_of("Police said many people were hurt. Reading the report, officials disagreed. Hope remains.")
    assert [p.text for p in places] == []


def test_spelling_variants_in_text(places_of):
    places = places_of("The Taliban captured Garmser and advanced on Lashkargah, the capital of Helmand province.")
    assert _by_text(places, "Garmser").level == "admin2"
    assert _by_text(places, "Lashkargah").country == "AF"


def test_stage_is_registered_with_its_contract():
    import sitroom.pipeline  # noqa: F401  (imports every built-in stage)
    from sitroom.registry import get_stage

    info = get_stage("sitroom.places.gazetteer.v1")
    assert info.requires == ("doc",) and info.assigns == ("places",)


@pytest.mark.parametrize("text,name,country", [
    ("A teenage bomber blew himself up at a mosque in Dori yesterday.", "Dori", "BF"),  # no entity at all
    ("Syrian government forces retook control of Palmyra on Sunday.", "Palmyra", "SY"),  # tagged PERSON
    ("A suicide bomber struck an army post in Sokoto on June 13.", "Sokoto", "NG"),  # inside a DATE entity
])
def test_a_town_after_a_preposition_of_place_is_a_place(places_of, text, name, country):
    assert _by_text(places_of(text), name).country == country


@pytest.mark.parametrize("text", [
    "In Smith's view, the talks were a success.",
    "Thousands gathered at Kennedy's funeral on Saturday.",
    "Supporters cheered at Khan's rally on Sunday.",
    "The mercenaries moved into Wagner positions overnight.",
])
def test_a_person_or_a_group_after_a_preposition_is_not_a_place(places_of, text):
    assert [p.text for p in places_of(text) if p.role == "location"] == []


def test_nationality_words_inside_names_and_compounds_are_origins(places_of):
    places = places_of("Officials asked to strengthen protection of the Turkish Embassy in Moscow, "
                       "a blow to Turkish-Russian relations.")
    origins = [(p.text, p.country, p.role) for p in places if p.role == "origin"]
    assert origins == [("Turkish", "TR", "origin"), ("Turkish", "TR", "origin"), ("Russian", "RU", "origin")]


def test_a_nationality_word_that_begins_a_country_name_is_the_country(places_of):
    places = places_of("Saudi Arabia and South Africa sent envoys.")
    assert [(p.text, p.role) for p in places] == [("Saudi Arabia", "location"), ("South Africa", "location")]


def test_a_dateline_names_a_town(places_of):
    places = places_of("Council to offer plan to combat drugs.\n\nTORRINGTON — Mayor Ryan Bingham is scheduled to "
                       "announce a program for Torrington businesses, the mayor said.")
    towns = [p for p in places if p.text.lower() == "torrington"]
    assert len(towns) == 2 and {p.country for p in towns} == {"US"}
    assert not any(p.text in ("Ryan", "Bingham", "Mayor") for p in places)


def test_a_single_capital_after_a_name_does_not_hide_it(places_of):
    texas = _by_text(places_of("AUSTIN, Texas A white nationalist leader spoke on Tuesday."), "Texas")
    assert (texas.level, texas.country) == ("admin1", "US")


def test_a_place_inside_an_organisation_name_is_a_metonym(places_of):
    places = places_of("Pallister had told the Winnipeg Free Press that he had not been consulted.")
    winnipeg = _by_text(places, "Winnipeg")
    assert (winnipeg.country, winnipeg.role) == ("CA", "metonym")


def test_a_country_in_a_list_of_countries_is_a_place(places_of):
    places = places_of("Cases were reported in Zambia, Malawi, and Mozambique last week.")
    assert [(p.text, p.country) for p in places] == [("Zambia", "ZM"), ("Malawi", "MW"), ("Mozambique", "MZ")]
