"""Places of short incident reports: armed groups' codes ("M23") are no places, the seat of a province that a verb
of attack takes is that town however spaCy labels it, "Lower Shabelle"-like names of regions, Hausa hamlet names
("Tungan ..."), and the parent stated after a comma ("Sabon Gari, Kano") restricts the name before it. The texts
are written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _locations(places):
    return [p for p in places if p.role == "location"]


@pytest.mark.parametrize("sentence,code", [
    ("M23 rebels shelled Goma on Sunday.", "M23"),
    ("Fighting between M23 and the army was reported in Rutshuru, North Kivu.", "M23"),
    ("The G5 force deployed troops to Menaka in northern Mali.", "G5"),
])
def test_a_code_of_capitals_and_digits_is_no_place(places_of, sentence, code):
    assert code not in [p.text for p in places_of(sentence)]


@pytest.mark.parametrize("sentence,name,country", [
    ("M23 rebels shelled Goma on Sunday.", "Goma", "CD"),
    ("Rebels shelled Goma overnight, residents said.", "Goma", "CD"),
])
def test_the_seat_a_verb_of_attack_takes_is_that_town(places_of, sentence, name, country, location):
    assert location(places_of(sentence), name).country == country


@pytest.mark.parametrize("sentence,admin1", [
    ("Al-Shabaab fighters attacked a base in Lower Shabelle, Somalia, on Friday.", "Shabeellaha Hoose"),
    ("Al-Shabaab fighters attacked an army base in the Lower Shabelle region of Somalia.", "Shabeellaha Hoose"),
])
def test_a_region_named_with_a_qualifier(places_of, sentence, admin1, location):
    p = location(places_of(sentence), "Lower Shabelle")
    assert (p.country, p.admin1) == ("SO", admin1)


@pytest.mark.parametrize("sentence", [
    "Bandits abducted 20 villagers from Tungan Kawo in Niger State, Nigeria.",
    "Bandits attacked Tungan Kawo village in Wushishi, Niger State, killing four.",
])
def test_a_hausa_hamlet_name_is_whole(places_of, sentence, location):
    """"Tungan" (hamlet) alone is read by its skeleton as Yunfu in China."""
    p = location(places_of(sentence), "Tungan Kawo")
    assert (p.country, p.admin1) == ("NG", "Niger")


@pytest.mark.parametrize("sentence,name,country,admin1", [
    ("Police dispersed protesters in Sabon Gari, Kano, on Tuesday.", "Sabon Gari", "NG", "Kano"),
    ("Rioters burned shops in Sabon Gari, Kano State, Nigeria.", "Sabon Gari", "NG", "Kano"),
    ("Gunmen killed five people in Kouri, Burkina Faso, on Monday.", "Kouri", "BF", None),
    ("Armed men ambushed a convoy near Moura in Mali's Mopti region, killing 12.", "Moura", "ML", None),
])
def test_the_stated_parent_wins_over_a_namesake_elsewhere(places_of, sentence, name, country, admin1, location):
    p = location(places_of(sentence), name)
    assert p.country == country
    if admin1:
        assert p.admin1 == admin1


@pytest.mark.parametrize("sentence,name,admin1", [
    ("CODECO militiamen killed 12 people in Djugu, Ituri province, Democratic Republic of Congo.", "Djugu", "Ituri"),
    ("ADF rebels attacked Walikale in North Kivu province of Congo on Saturday.", "Walikale", "Nord-Kivu"),
    ("Fighting between M23 and the army was reported in Rutshuru, North Kivu, DR Congo.", "Rutshuru", "Nord-Kivu"),
    ("Boko Haram fighters overran a military base in Marte, Borno State, Nigeria.", "Marte", "Borno"),
])
def test_towns_of_conflict_zones_with_their_province(places_of, sentence, name, admin1, location):
    assert location(places_of(sentence), name).admin1 == admin1


def test_a_list_of_towns_with_a_comma_is_still_a_list(places_of):
    places = places_of("Protests were held in Kaduna, Kano and Zaria on Friday.")
    assert {p.text for p in _locations(places)} >= {"Kaduna", "Kano", "Zaria"}
    assert all(p.country == "NG" for p in _locations(places))


@pytest.mark.parametrize("sentence,name,country,admin1", [
    ("ISWAP fighters attacked Gajiram in Borno State, Nigeria, on Monday.", "Gajiram", "NG", "Borno"),
    ("Insurgents raided Gajiram, Borno State, burning houses.", "Gajiram", "NG", "Borno"),
    ("Islamist militants stormed Kouri, Burkina Faso, on Wednesday.", "Kouri", "BF", None),
    ("An explosion hit a market in Afgoye, Lower Shabelle, Somalia.", "Lower Shabelle", "SO", "Shabeellaha Hoose"),
])
def test_a_name_the_text_puts_inside_its_parent_is_a_place(places_of, sentence, name, country, admin1, location):
    """spaCy calls Gajiram an organisation and "Burkina Faso" after "Kouri," a person: the name the text puts
    inside a unit or country it names is a place there."""
    p = location(places_of(sentence), name)
    assert p.country == country
    if admin1:
        assert p.admin1 == admin1


def test_a_disease_named_after_a_place_is_no_place(places_of):
    places = places_of("Monkeys shipped to Reston, Virginia, carried the Ebola Reston virus.")
    assert [p.start for p in places if p.text == "Reston"] == [19]


@pytest.mark.parametrize("sentence,name,country,admin1", [
    ("Myanmar soldiers shelled Thantlang in Chin State, burning dozens of houses.", "Thantlang", "MM", "Chin"),
    ("Separatists attacked soldiers in Ekona, South West region, on Monday.", "Ekona", "CM", "South-West"),
])
def test_a_town_the_gazetteer_lacks_is_placed_in_the_unit_named_after_it(places_of, sentence, name, country, admin1, location):
    """spaCy calls these towns persons, and the gazetteer has no such name: "in X, Y region" places them in Y."""
    p = location(places_of(sentence), name)
    assert (p.country, p.admin1, p.gazetteer_id) == (country, admin1, None)


def test_a_person_arrested_in_a_state_stays_a_person(places_of):
    places = places_of("Police arrested Johnson in Lagos State on Friday.")
    assert "Johnson" not in [p.text for p in places]


def test_a_small_town_of_the_storys_named_country_is_kept_though_spacy_calls_it_otherwise(places_of, location):
    places = places_of("Nigeria's army said it repelled an attack. Fighters struck troops in Gajiram on Sunday, "
                       "killing two.")
    p = location(places, "Gajiram")
    assert (p.country, p.admin1) == ("NG", "Borno")


def test_a_story_naming_its_country_overrules_a_small_namesake_abroad(places_of, location):
    places = places_of("Burkina Faso's army said on Monday that jihadists had attacked a convoy. Eleven soldiers "
                       "were killed near Kouri, the army said.")
    assert location(places, "Kouri").country == "BF"


@pytest.mark.parametrize("sentence,name,country", [
    # a verb that takes only places makes a town spaCy calls a person that town (the gazetteer marks no seat)
    ("Russian artillery shelled Kherson on Monday, killing a man.", "Kherson", "UA"),
    ("Russian forces bombed Kharkiv on Saturday, killing three people.", "Kharkiv", "UA"),
    ("The army said its troops had retaken Rutshuru from the rebels after fighting on Saturday.", "Rutshuru", "CD"),
    # "an attack on X"
    ("The army repelled an RSF attack on El Fasher on Tuesday.", "El Fasher", "SD"),
])
def test_the_object_of_a_verb_that_takes_only_places_is_a_town(places_of, sentence, name, country, location):
    assert location(places_of(sentence), name).country == country


@pytest.mark.parametrize("sentence,name,admin1", [
    # a township: a level word; its parent after a comma or in brackets holds it, not a namesake abroad
    ("Junta troops set fire to more than 200 houses in Kani township, Sagaing region, on Sunday.", "Kani", "Sagaing"),
    ("The Arakan Army captured a battalion base in Kyaukphyu township (Rakhine) after weeks of fighting.",
     "Kyaukphyu", "Rakhine"),
])
def test_a_township_lies_in_the_region_named_after_it(places_of, sentence, name, admin1, location):
    p = location(places_of(sentence), name)
    assert (p.country, p.admin1) == ("MM", admin1)

