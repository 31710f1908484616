"""A run of name words the gazetteer lacks as a whole is one name, not the small namesakes abroad its words are on
their own; placed by the text's parent of it ("in eastern Ruritania" style: a region in a country, a place near a
town). The texts are written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_a_region_named_by_two_words_the_gazetteer_lacks_lies_in_its_stated_country(places_of):
    places = places_of("Militia fighters said they had taken several valleys in the remote Tora Bora region in "
                       "eastern Afghanistan after a week of fighting.")
    names = [(p.text, p.country, p.role) for p in places]
    assert ("Tora Bora", "AF", "location") in names, names
    assert not any(p.country in ("BR", "CI") for p in places), names


def test_a_place_the_gazetteer_lacks_near_a_town_is_placed_at_that_town(places_of):
    places = places_of("Officials in Paktika province said six people died when jets bombed a convoy in the Mosh "
                       "Khil area near Sharana on Sunday.")
    p = [p for p in places if p.text == "Mosh Khil"]
    assert p and p[0].country == "AF" and p[0].admin1 and p[0].admin1.startswith("Pakt"), [
        (q.text, q.country, q.admin1) for q in places]
    assert not any(q.country == "DE" for q in places)


def test_a_word_of_a_longer_name_in_the_storys_own_country_keeps_its_reading(places_of):
    # a town of the story's own country inside a longer name is not read away (no namesake abroad)
    places = places_of("Police in Kano said gunmen attacked a bus near Kano on Sunday, and the Kano Pillars "
                       "football club cancelled its match.")
    assert any(p.text == "Kano" and p.country == "NG" for p in places)


@pytest.mark.parametrize("sentence,name,country", [
    ("Hundreds of residents left their farms in the Southern Highlands of New South Wales as the fire spread.",
     "Southern Highlands", "AU"),
    ("Fighting went on in the Nuba Mountains of Sudan through the week.", "Nuba Mountains", "SD"),
])
def test_a_region_named_with_the_article_and_of_before_a_unit_lies_in_that_unit(places_of, sentence, name, country):
    p = [p for p in places_of(sentence) if p.text == name]
    assert p and p[0].country == country, [(q.text, q.country) for q in places_of(sentence)]


def test_of_after_an_institutions_name_is_no_parent(places_of):
    places = places_of("The governor of the Bank of England said rates would stay unchanged in London.")
    assert not any(p.text == "Bank" for p in places)
