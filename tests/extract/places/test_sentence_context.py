"""Names read inside the country of the sentence they stand in, names that begin with a common noun of their
language ("Wadi", "Kafr", "Dogon"), and three-letter town names after a word of place ("the outskirts of Jos").
The texts are written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("sentence,name,country,admin1", [
    ("Bandits killed 12 people in Dogon Noma, Kaduna State, on Sunday.", "Dogon Noma", "NG", "Kaduna"),
    ("Gunmen killed 7 farmers in Dogon Dawa, Kaduna State.", "Dogon Dawa", "NG", "Kaduna"),
    ("Police dispersed protesters in Unguwan Rimi, Kaduna, on Friday.", "Unguwan Rimi", "NG", "Kaduna"),
    ("Gunmen abducted 20 villagers from Gidan Bakuso in Zamfara State.", "Gidan Bakuso", "NG", "Zamfara"),
    ("Clashes erupted in Wadi Barada, west of Damascus.", "Wadi Barada", "SY", None),
    ("Houthi forces shelled Wadi Abidah in Marib governorate.", "Wadi Abidah", "YE", None),
    ("Rebels shelled Jabal al-Zawiya in southern Idlib.", "Jabal al-Zawiya", "SY", "Idlib"),
])
def test_a_name_beginning_with_a_common_noun_is_the_whole_name(places_of, sentence, name, country, admin1, location):
    """"Wadi" (valley) alone is El Oued in Algeria and "Noma" of "Dogon Noma" is NoMa in Washington: the whole
    name is the place, and one the gazetteer lacks is placed in the unit the sentence names."""
    places = places_of(sentence)
    p = location(places, name)
    assert p.country == country
    if admin1:
        assert p.admin1 == admin1
    assert not [q for q in places if q.country in ("US", "DZ", "AZ")]


@pytest.mark.parametrize("sentence,name,gazetteer_name", [
    ("Regime aircraft bombed Kafr Nabl in Idlib province on Monday.", "Kafr Nabl", "Kafranbel"),
    ("Turkish-backed fighters shelled Tal Rifaat in Aleppo province.", "Tal Rifaat", "Tall Rif‘at"),
    ("Airstrikes hit Jisr al-Shughur in Idlib province.", "Jisr al-Shughur", "Jisr al-Shughur District"),
])
def test_a_known_name_beginning_with_a_common_noun_is_a_place(places_of, sentence, name, gazetteer_name, location):
    """spaCy calls these names persons; their first word says they are places."""
    p = location(places_of(sentence), name)
    assert p.name == gazetteer_name and p.country == "SY"


@pytest.mark.parametrize("sentence,name,country", [
    ("Gunmen stormed a school in Kuriga near Kaduna on Thursday.", "Kuriga", "NG"),
    ("Gunmen killed three people in Kuriga, Kaduna State, on Saturday.", "Kuriga", "NG"),
    ("Jihadists attacked an army post in Boni near Douentza in Mopti region, Mali.", "Boni", "ML"),
])
def test_a_name_is_read_in_the_country_of_its_sentence(places_of, sentence, name, country, location):
    """A village the gazetteer lacks, or knows only as a namesake abroad (Bonn for "Boni"), is placed in the
    country that the sentence's other places all lie in, unresolved."""
    p = location(places_of(sentence), name)
    assert p.country == country
    assert p.gazetteer_id is None


@pytest.mark.parametrize("sentence,name,country", [
    ("Gunmen killed five people on the outskirts of Jos on Monday.", "Jos", "NG"),
    ("Unidentified gunmen killed two traders on the outskirts of Gao on Sunday.", "Gao", "ML"),
    ("Rebels attacked an army camp near Bol in the Lake Chad region.", "Bol", "TD"),
    ("Militants killed four people on the outskirts of Kut, Iraq.", "Kut", "IQ"),
])
def test_a_three_letter_town_after_a_word_of_place(places_of, sentence, name, country, location):
    """"Jos", "Gao", "Bol": three letters written as a name after "in", "near", "the outskirts of"."""
    p = location(places_of(sentence), name)
    assert p.country == country
    assert p.level == "populated place"


def test_outskirts_is_near_the_town(places_of, location):
    p = location(places_of("Gunmen killed five people on the outskirts of Jos on Monday."), "Jos")
    assert p.geo_precision == 2


def test_a_three_letter_word_that_starts_a_longer_name_is_no_town(places_of):
    """"in Abu Shok" is no Abu, India; "in Mid-Jutland" no Mérida."""
    places = places_of("Thousands of displaced people live in Abu Shok camp near El Fasher, Sudan.")
    assert not [p for p in places if p.text == "Abu"]


def test_a_person_whose_name_begins_like_a_place_is_no_place(places_of):
    places = places_of("Ras Baraka, the mayor of Newark, spoke in New Jersey on Monday.")
    assert not [p for p in places if p.text.startswith("Ras")]


@pytest.mark.parametrize("text,name", [
    ("Gunmen stormed the village of Kuriga on Thursday, abducting 287 pupils. Police in Kaduna State confirmed "
     "the attack.", "Kuriga"),
    ("Bandits killed 12 villagers in Dogon Noma on Sunday. Governor Uba Sani of Kaduna State condemned the "
     "attack.", "Dogon Noma"),
])
def test_a_name_is_read_in_the_country_of_its_story(places_of, text, name, location):
    """A sentence with no other place: the story's places, all in Nigeria, say where the village is; "Kuriga"
    read by its skeleton as Khouribga (Morocco) does not leave the country, even after "the village of"."""
    p = location(places_of(text), name)
    assert p.country == "NG" and p.admin1 == "Kaduna"
    assert p.gazetteer_id is None


def test_a_namesake_in_a_country_the_story_names_stays(places_of, location):
    """The rule reads only countries the story names nowhere else: a Syrian town in a story about Syria and
    Turkey keeps its reading."""
    places = places_of("Refugees fled from Aleppo to Gaziantep in Turkey.")
    assert [p.country for p in places if p.text == "Aleppo"] == ["SY"]
    assert location(places, "Gaziantep").country == "TR"


@pytest.mark.parametrize("sentence,name", [
    ("Herdsmen attacked farmers in Tudun Wada, Kaduna State, killing four.", "Tudun Wada"),
    ("Bandits killed 12 people in Dogon Noma, Kaduna State, on Sunday.", "Dogon Noma"),
])
def test_a_comma_after_the_parent_that_goes_on_with_the_sentence_is_no_list(places_of, sentence, name, location):
    """"X, Kaduna State, killing four": the state is X's parent (Tudun Wada of Kano is another), not one item of
    a list "X, Y, Z"."""
    p = location(places_of(sentence), name)
    assert p.admin1 == "Kaduna"
    assert "in Kaduna in the gazetteer" in p.resolution


def test_a_list_of_provinces_is_still_a_list(places_of):
    places = places_of("The Taliban attacked checkpoints in Kunduz, Helmand, and Kandahar provinces.")
    assert {p.text for p in places if p.level == "admin1"} >= {"Kunduz", "Helmand", "Kandahar"}


def test_a_place_on_the_outskirts_of_its_parent(places_of, location):
    """"Bunagana on the outskirts of Rutshuru territory": a village the gazetteer lacks, placed in the territory
    the text puts it at, and the event is at the village, not the territory."""
    p = location(places_of("M23 rebels seized Bunagana on the outskirts of Rutshuru territory."), "Bunagana")
    assert p.country == "CD" and p.admin2 == "Rutshuru Territory"


@pytest.mark.parametrize("sentence,name,country", [
    # spaCy's small model calls these an organisation or a person: after a word of place, a city of that name
    ("Separatists attacked a checkpoint in Bamenda on Friday.", "Bamenda", "CM"),
    ("Soldiers repelled an attack on a base near Maiduguri on Sunday.", "Maiduguri", "NG"),
])
def test_a_city_after_a_word_of_place_is_a_place_whatever_the_entity_label(places_of, sentence, name, country, location):
    assert location(places_of(sentence), name).country == country


def test_the_same_name_as_a_speaker_is_no_place(places_of):
    assert not [p for p in places_of("Hamilton said on Monday that talks would resume.") if p.text == "Hamilton"]


@pytest.mark.parametrize("sentence,name,country", [
    # spaCy calls the sentence-opening country a person; owner of an army it is the country, and it tells the
    # story's country to the town after it (Boni is also a spelling of Bonn)
    ("Mali's army clashed with jihadists near Boni on Sunday.", "Boni", "ML"),
    ("Jordan's forces intercepted a drone near Mafraq on Tuesday.", "Mafraq", "JO"),
])
def test_a_country_owning_its_forces_is_the_country(places_of, sentence, name, country, location):
    assert location(places_of(sentence), name).country == country


def test_a_first_name_that_is_a_country_speaking_is_no_place(places_of):
    assert not [p for p in places_of("Chad said on Monday that talks would resume.") if p.text == "Chad"]


def test_a_government_speaking_tells_nothing_of_where_the_story_is(places_of):
    """"U.S. officials said ..." names the United States as a speaker: Kidal in the next sentence stays in Mali."""
    places = places_of("U.S. officials said talks would resume next week. Gunmen killed three soldiers near Kidal "
                       "on Monday.")
    assert [p.country for p in places if p.text == "Kidal"] == ["ML"]


def test_a_name_the_gazetteer_lacks_is_not_placed_in_the_home_country_of_the_forces_beside_it(places_of):
    """"The United States Air Force bombed ... the Tora Bora region": the forces' home country says where they come
    from; the story's other place (Afghanistan) says where the unknown name lies. With no other place, the forces'
    country still places it ("Mali's army ... near X")."""
    text = ("Fighting went on in eastern Afghanistan on Monday. The United States Air Force dropped heavy bombs into "
            "the hills of the Tora Bora region overnight.")
    assert [p.country for p in places_of(text) if p.text == "Tora Bora"] == ["AF"]
    alone = "The United States Air Force dropped heavy bombs into the hills of the Tora Bora region overnight."
    assert [p.country for p in places_of(alone) if p.text == "Tora Bora"] == ["US"]


def test_a_run_of_names_the_gazetteer_lacks_after_a_word_of_place_only_or_before_a_landform_is_a_place(places_of):
    """A run of names spaCy calls a person, which the gazetteer lacks as a whole: "near" takes only places, and a
    landform's noun after it ("mountains") says it is one, as a level word does."""
    near = "Special forces were seen near Tora Bora late on Friday, in eastern Afghanistan."
    assert [p.country for p in places_of(near) if p.text == "Tora Bora" and p.role == "location"] == ["AF"]
    landform = "Jets circled over the Tora Bora mountains of eastern Afghanistan all night."
    assert [p.role for p in places_of(landform) if p.text == "Tora Bora"] == ["location"]
    caves = "Jets bombed the Tora Bora caves again on Sunday."
    assert [p.role for p in places_of(caves) if p.text == "Tora Bora"] == ["location"]
    person = "Officials said Tora Bora would speak to reporters on Friday in Kabul."
    assert not [p for p in places_of(person) if p.text == "Tora Bora"]
