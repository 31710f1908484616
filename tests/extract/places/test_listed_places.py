"""An entity whose text is a list of place names ("Enugu, Owerri and Aba", one organisation to spaCy's small model) is
a list of places, each item read on its own; an organisation with a place in its name stays one."""

from __future__ import annotations


def test_a_list_of_towns_tagged_as_one_organisation_is_three_places(places_of, location):
    places = places_of("Traders closed markets across Enugu, Owerri and Aba on Tuesday after the killings. Police in "
                       "Nigeria said.")
    for town in ("Enugu", "Owerri", "Aba"):
        assert location(places, town).country == "NG"


def test_the_items_are_read_again_once_the_story_names_its_country(places_of, location):
    """No place label before the list gives the story a country; the country named later does."""
    places = places_of("Nigeria: Workers paralysed parts of Enugu, Owerri and Aba for two days.")
    for town in ("Enugu", "Owerri", "Aba"):
        assert location(places, town).country == "NG"


def test_an_organisation_named_after_a_place_is_no_list(nlp, gaz, places_of):
    from sitroom.extract.places.listed import listed_places

    text = ("The Enugu State Government said Lagos State University and the Abuja Electricity Distribution Company "
            "would cut costs in Nigeria.")
    doc = nlp(text)
    assert not [e.text for e in doc.ents if listed_places(e, gaz)]
    places = places_of(text)
    assert [p.role for p in places if p.text == "Abuja"] == ["metonym"]


def test_one_name_with_and_in_it_and_a_firm_of_founders_are_no_lists(nlp, gaz):
    from sitroom.extract.places.listed import listed_places

    doc = nlp("Trinidad and Tobago signed a deal with Marks & Spencer.")
    for ent in doc.ents:
        assert listed_places(ent, gaz) == [], ent.text
    # whatever spaCy tags, the two readings are read off the text alone
    tobago = doc.char_span(0, len("Trinidad and Tobago"), label="ORG")
    assert listed_places(tobago, gaz) == []
    firm = doc.char_span(text_start := doc.text.index("Marks"), text_start + len("Marks & Spencer"), label="ORG")
    assert listed_places(firm, gaz) == []


def test_a_list_ending_in_a_comma_and_a_list_word(nlp, gaz):
    from sitroom.extract.places.listed import listed_places

    doc = nlp("Shops were shut in Enugu, Owerri, and Aba.")
    start = doc.text.index("Enugu")
    ent = doc.char_span(start, doc.text.index("Aba") + 3, label="ORG")
    assert [doc[a:b].text for a, b in listed_places(ent, gaz)] == ["Enugu", "Owerri", "Aba"]
