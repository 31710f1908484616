"""What the words around a name say it is: an appositive naming a body or a kind of place, a style of dress named after
a place, a site's name that ends with its town, a district of a small territory abroad. The texts are
written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_an_appositive_naming_a_body_makes_no_place(places_of):
    """"Acas, the conciliation service" is a body (Acas is also a village in Peru): no place."""
    places = places_of("The strike was called off after talks at Acas, the conciliation service, on Tuesday. "
                       "Unions in Britain had planned to walk out.")
    assert not [p for p in places if p.text == "Acas"]
    assert [p for p in places if p.text == "Britain" and p.country == "GB"]


def test_a_body_noun_before_a_name_the_gazetteer_lacks_makes_it_the_bodys(places_of):
    """"the rights group Karapatan said" (GPE to spaCy) names a body, no place; so does the name standing alone later."""
    places = places_of("Gunmen killed a farmer in Negros Oriental on Monday, the rights group Karapatan said. "
                       "Karapatan urged the government to investigate.")
    assert not [p for p in places if p.text == "Karapatan"]
    assert [p for p in places if p.text == "Negros Oriental" and p.country == "PH"]


def test_an_indefinite_body_noun_before_a_place_is_a_relative_clause(places_of):
    """"a group Beijing says threatens it": Beijing speaks, it is no group's name."""
    places = places_of("The flag of East Turkestan, a group Beijing says threatens the country, was shown.")
    assert [p for p in places if p.text == "Beijing" and p.country == "CN"]


def test_an_appositive_naming_a_kind_of_place_makes_a_place(places_of, location):
    """"Rubaya, a mining town in North Kivu": a town the gazetteer lacks, placed in the province the text names."""
    places = places_of("M23 rebels seized Rubaya, a mining town in North Kivu, on Thursday.")
    p = location(places, "Rubaya")
    assert p.country == "CD" and p.gazetteer_id is None


def test_a_head_noun_that_modifies_another_is_no_appositive(places_of):
    """"Kano, a town councillor said": "town" modifies "councillor", and the name stays what it was."""
    from sitroom.extract.places.cues import APPOSED

    assert APPOSED.match("Kano, a town councillor said", 4) is None
    assert APPOSED.match("Kano, the group's spokesman said", 4) is None
    assert APPOSED.match("Rubaya, a small mining town in the east", 6).group(1) == "town"
    assert APPOSED.match("Acas, the state conciliation service.", 4).group(1) == "service"


def test_a_style_of_dress_is_no_place(places_of):
    """"an all-black Zhongshan suit", "a Panama hat": styles named after places, in a story set elsewhere."""
    places = places_of("The speaker arrived at the rally in Taipei in an all-black Zhongshan suit and a Panama hat.")
    assert {p.country for p in places if p.role == "location"} == {"TW"}


def test_a_town_that_closes_a_sites_name_is_where_an_act_at_it_happened(places_of, location):
    """"attacked the Federal University Gusau": Gusau is the town of the site attacked; "Federal" is no place
    (Washington, the Federal District)."""
    places = places_of("Gunmen attacked the Federal University Gusau in Zamfara State on Friday.")
    assert location(places, "Gusau").country == "NG"
    assert not [p for p in places if p.text == "Federal"]


def test_a_district_of_a_small_territory_abroad_is_a_tiny_namesake(places_of):
    """"the East End" of a London story is no East End district of the Cayman Islands."""
    places = places_of("Police in London said two men were stabbed in the East End on Saturday night. The attack "
                       "happened near a market in Whitechapel, officers in Britain said.")
    east = [p for p in places if p.text == "East End"]
    assert east and all(p.country == "GB" for p in east)


def test_a_country_owning_an_embassy_is_no_place_of_the_sentence(places_of):
    """"outside Iran's embassy in Knightsbridge" (a country's embassy abroad): the country does not place the district
    beside it inside that country."""
    places = places_of("Supporters of the jailed journalist gathered in London on Sunday. They will protest outside "
                       "Iran's embassy in Knightsbridge on Monday.")
    assert all(p.country != "IR" for p in places if p.text == "Knightsbridge")


def test_a_town_refused_for_want_of_a_country_is_read_again_once_the_story_names_it(places_of, location):
    """"in Djibo" (an organisation to spaCy) before the story names Burkina Faso: read again with the country the
    places kept name, it is the town."""
    places = places_of("Jihadists killed soldiers in Djibo. Burkina Faso's army said it had repelled the attack.")
    assert location(places, "Djibo").country == "BF"


def test_what_a_number_counts_is_no_place(places_of):
    """"about 7,000 Ruritanians and Croats", "thousands of Ruritanians": a people the gazetteer lacks, counted."""
    places = places_of("In the camps near Prijedor about 7,000 Bosniaks and Croats were held. Tens of thousands of "
                       "Bosniaks and Croats were persecuted in Bosnia.")
    assert not [p for p in places if p.text == "Bosniaks"]


def test_a_town_the_gazetteer_lacks_after_a_nationality_and_a_kind_word(places_of, location):
    """"the Syrian town of Dabiq": a town the gazetteer lacks (its skeleton is Dubuque's, Iowa), placed in the country
    the nationality word names, not in the country of another name in the sentence."""
    places = places_of("Rebels liberated the Syrian town of Dabiq from the militants, aided by our ally Turkey.")
    p = location(places, "Dabiq")
    assert p.country == "SY" and p.gazetteer_id is None
