"""Names read against their story: a province written with other vowels, a village abroad, a person's name inside a
body's name, a people's name before its fighters. The texts are written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_a_province_spelt_otherwise_is_the_story_country_unit(places_of, location):
    """"Misan" is Maysan (Iraq) by its consonants, not Messina by its skeleton, though the story names Italy once."""
    places = places_of(
        "BAGHDAD - Protesters blocked roads in Basra and Nasiriyah on Sunday, Iraqi police said. In Misan province, "
        "hundreds marched to the governor's office. Iraq's prime minister flew back from Italy on Monday. "
        "Security forces in Baghdad fired tear gas at crowds in Tahrir Square.")
    p = location(places, "Misan")
    assert p.country == "IQ" and p.level == "admin1"


def test_a_village_abroad_is_not_the_story_town(places_of):
    """Bagà (Spain, two thousand people) is no reading of "Baga" in a story the Nigerian army tells."""
    places = places_of("Insurgents attacked a military base in Baga, Nigerian officials said on Sunday. The army "
                       "said troops repelled the attack in Baga and killed 12 fighters.")
    assert {p.country for p in places if p.text == "Baga"} == {"NG"}


def test_a_person_named_in_a_university_name_is_no_town(places_of):
    """"Ahmadu Bello University" is named for a man: Bello (Colombia) is no place of the story."""
    places = places_of("Gunmen kidnapped two lecturers of Ahmadu Bello University on Monday, the police in "
                       "Kaduna said.")
    assert not [p for p in places if p.country == "CO"]


def test_a_word_of_a_paper_name_is_no_province(places_of):
    """"Free" of "the Winnipeg Free Press" is no Free State (South Africa), though Winnipeg stays a metonym."""
    places = places_of("The mayor told the Winnipeg Free Press on Tuesday that the plan would go ahead.")
    assert not [p for p in places if p.country == "ZA"]
    assert [p for p in places if p.text == "Winnipeg"]


def test_a_people_before_its_fighters_is_no_place(places_of, location):
    """A name the gazetteer lacks before a group's members is a people's name, not an unresolved place."""
    places = places_of("The Tuareg rebels said they had seized an army post in northern Mali.")
    assert not [p for p in places if p.text == "Tuareg"]
    assert location(places, "Mali").country == "ML"


def test_the_town_of_a_club_where_people_protest_is_where(places_of, location):
    """"protesting outside the Karachi Press Club": the town opening the building's name is where the act was; a
    paper's town where someone works stays a metonym."""
    places = places_of("Nurses have been protesting outside the Karachi Press Club since May 12. A reporter at the "
                       "Winnipeg Free Press said the plan would go ahead.")
    assert location(places, "Karachi").country == "PK"
    assert [p.role for p in places if p.text == "Winnipeg"] == ["metonym"]


def test_a_street_named_after_a_town_is_no_town(places_of, location):
    """"in Roman Road" (London) is no Roman (Romania), nor is "from Damascus Street" where the march was."""
    places = places_of("Pickets gathered in Roman Road in Bethnal Green. Protesters marched from Damascus Street "
                       "to a square in Baghdad.")
    assert not [p for p in places if p.country == "RO"]
    assert not [p for p in places if p.country == "SY" and p.role == "location"]
    assert location(places, "Baghdad").country == "IQ"


def test_a_country_short_name_and_a_war_named_by_a_place(places_of, location):
    """"Bosnia" is Bosnia and Herzegovina; "the Balkans war" names a war, no place where the arrest was."""
    places = places_of("Police detained a former guard in northwestern Bosnia on Tuesday, accused of killings "
                       "early in the Balkans war of the 1990s.")
    assert location(places, "Bosnia").country == "BA"
    assert [p.role for p in places if p.text == "Balkans"] == ["metonym"]


def test_a_firm_named_like_a_town_is_no_town(places_of, location):
    """A carmaker named "Toyota Kirloskar Motor (TKM)" in a story about India: "TKM" is its initials, not Tulkarm's
    code (Palestine), and "Motor" is no Motor City (Detroit)."""
    places = places_of(
        "The month-long strike by 3,000 Toyota workers at two plants in Bidadi in the southern Indian state of "
        "Karnataka goes on. The Japanese carmaker's unit, Toyota Kirloskar Motor (TKM), said the strike was illegal. "
        "The TKM Employees Union said talks had failed. Toyota workers marched in Bengaluru on Monday.")
    assert not [p for p in places if p.country in ("JP", "PS", "US") and p.role == "location"]
    assert not [p for p in places if p.text == "Motor"]
    assert location(places, "Bengaluru").country == "IN"


def test_a_name_that_opens_a_firm_name_elsewhere_is_the_firm(gaz):
    """"Toyota workers" (spaCy: an organisation) where the story names "Toyota Kirloskar Motor" is the firm's short
    name; "in Toyota" (a preposition of place) stays a town."""
    from sitroom.extract.places.firms import firm_names
    from sitroom.extract.places.recognise import Span

    entries = gaz.lookup("Toyota")
    long = Span(0, 6, "Toyota", "toyota", entries, label="ORG", extra={"ent": (0, 22)})
    bare = Span(60, 66, "Toyota", "toyota", entries, label="ORG", extra={"ent": (60, 66)})
    placed = Span(90, 96, "Toyota", "toyota", entries, label="ORG", extra={"ent": (90, 96), "locative": True})
    assert firm_names(gaz, [bare, placed], [long]) == [bare]
    assert firm_names(gaz, [bare], []) == []


def test_a_surname_modifying_a_noun_after_in_is_no_place(places_of):
    """"charged in Whitmer kidnap plot": "in" governs the plot; Whitmer is the governor the story names in full."""
    places = places_of("An Ohio man was charged in Whitmer kidnap plot. Gov. Gretchen Whitmer said on Monday that "
                       "she was safe. The men had trained in Dayton.")
    assert not [p for p in places if p.text == "Whitmer"]
    assert [p for p in places if p.text == "Dayton" and p.role == "location"]


def test_the_tail_of_an_island_chain_name_is_no_district(places_of):
    """"the Ryukyu Islands", which the gazetteer lacks, is no Islands district of Hong Kong."""
    places = places_of("He called on Washington to respect the rights of the people of the Ryukyu Islands.")
    assert not [p for p in places if p.country == "HK"]
