"""Places read in the context of their story: building names, names the data spell otherwise, namesakes abroad,
capitals of the countries a story names, seats of government as sites. The texts are written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_city_hall_is_no_town_named_hall(places_of, location):
    """"City Hall" is a building of the city the story is about, not Schwäbisch Hall (Germany)."""
    places = places_of("CINCINNATI, Ohio - A protest outside City Hall Wednesday took a scary turn when a car "
                       "drove into the crowd. Later, the Town Hall meeting was cancelled.")
    assert not [p for p in places if "Hall" in p.text and p.role == "location"]
    assert not [p for p in places if p.country == "DE"]
    assert location(places, "CINCINNATI").country == "US"


STRIKES = (
    "U.S. and coalition forces continued to attack ISIL terrorists in Syria and Iraq yesterday.\n"
    "Near Dayr Az Zayr, five strikes destroyed three oil well heads.\n"
    "Near Al Huwayjah, one strike destroyed a storage facility.\n"
    "Near Bayji, one strike engaged an ISIL tactical unit.\n"
    "Near Ayn Isa, three strikes engaged two ISIL tactical units.\n"
)


@pytest.mark.parametrize("text,country,admin1", [("Dayr Az Zayr", "SY", None), ("Al Huwayjah", "IQ", "Kirkūk")])
def test_the_town_after_near_in_another_spelling(places_of, text, country, admin1, location):
    """GeoNames writes "Dayr az Zawr" and "Al Ḩawījah"; the release writes them otherwise, and "Near Dayr" alone
    is Dyer, Indiana."""
    places = places_of(STRIKES)
    p = location(places, text)
    assert p.country == country and p.level != "country"
    if admin1:
        assert p.admin1 == admin1
    assert not [p for p in places if p.country == "US" and p.role == "location" and p.text != "U.S."]


def test_the_first_word_of_a_longer_name_is_no_town(places_of):
    """"Dayr" of a name the gazetteer lacks is no Dyer, Indiana."""
    places = places_of("Near Dayr Az Zuryah, five strikes destroyed three oil well heads in Syria.")
    assert not [p for p in places if p.country == "US"]


def test_paris_is_the_capital_of_the_country_named(places_of, location):
    """A Kentucky station's story of a doctor in France: Paris is in France, not Paris, Kentucky."""
    places = places_of(
        "GEORGETOWN, Ky. (WKYT) - A local doctor is currently in France on a family trip. A gunman opened fire "
        "on police in Paris on Thursday night. Her family had plans to leave Paris on Saturday. They will "
        "return to Kentucky next week.")
    assert {p.country for p in places if p.text == "Paris"} == {"FR"}
    assert location(places, "GEORGETOWN").country == "US"


def test_a_namesake_abroad_found_by_another_name_stays_home(places_of):
    """"Gateway" is an alternate name of La Crosse, Wisconsin: a Nigerian story about the Gateway Polytechnic
    that never names the United States does not go there."""
    places = places_of(
        "Babalola recently graduated from the Gateway Polytechnic located in Sapaade, Ogun State, where he read "
        "Mass Communication. A lecturer of Gateway Polytechnic was dismissed over the campus newspaper. He was "
        "arrested on Thursday in Abeokuta by the State Security Service and taken before a court in Ogun State. "
        "Babalola said Gateway Polytechnic may take action against him. Nigeria's police said the matter was "
        "before a court in Kano State.")
    assert not [p for p in places if p.country == "US"]


def test_a_seat_of_government_as_the_site_of_a_meeting(places_of):
    """"in Downing Street" is where the meeting is (London); "Downing Street said" is the government."""
    places = places_of("The prime minister met the leader of Hungary in Downing Street on Friday. "
                       "Downing Street said the talks were frank.")
    site, speaker = [p for p in places if p.text == "Downing Street"]
    assert site.role == "location" and site.country == "GB"
    assert speaker.role == "metonym"


def test_a_namesake_abroad_of_a_place_in_a_datelined_story(places_of, location):
    """A Toronto story's Scarborough (a district of Toronto the gazetteer lacks) is not Scarborough, England:
    the dateline says the story is about Canada, which never names Britain."""
    places = places_of("TORONTO -- Three people have been charged in connection with an armed robbery and "
                       "kidnapping in Scarborough on Tuesday, police said.")
    assert location(places, "Scarborough").country == "CA"


@pytest.mark.parametrize("text,country", [("Bayji", "IQ"), ("Ayn Isa", "SY")])
def test_the_town_after_near_at_the_start_of_a_line(places_of, text, country, location):
    """spaCy reads "Near Bayji" as one person; Ayn Isa has no population in the data: after "Near", in a story
    about Syria and Iraq, each is its town."""
    p = location(places_of(STRIKES), text)
    assert p.country == country and p.level == "populated place"


def test_a_wire_service_is_no_place(places_of, location):
    """"Xinhua reported" and "according to Xinhua" name the agency, not Xinhua county (Hunan) or its Yunnan
    namesake; after a preposition of place or with a level word the name is read as a place again."""
    places = places_of("A landslide buried the village of Xinmo in Sichuan on Saturday, Xinhua reported. "
                       "Rescuers found 15 bodies, according to Xinhua.")
    assert not [p for p in places if p.text == "Xinhua"]
    places = places_of("Floods cut the roads of Xinhua county in Hunan province on Monday.")
    assert location(places, "Xinhua").country == "CN"


def test_a_name_after_a_lower_case_arabic_article(places_of, location):
    """"in al-Hilla" is Al Hillah (Babil), the name starting at its article, as "Al-Hilla" is; a lower-case "al"
    standing alone starts no name."""
    places = places_of("A suicide bomber attacked a petrol station and a restaurant in al-Hilla in Iraq on Sunday.")
    p = location(places, "al-Hilla")
    assert (p.country, p.name) == ("IQ", "Al Hillah")
    places = places_of("Officials said al Qaeda was blamed in Iraq on Sunday.")
    assert not [p for p in places if p.text.lower().startswith("al ")]


def test_a_basin_is_no_town_of_its_own(places_of, location):
    """"the Lake Chad Basin" is the region around the lake, not Basin, Wyoming; with its state named the town is
    read as a place again."""
    places = places_of("Troops clashed with Boko Haram fighters in the Lake Chad Basin on Tuesday.")
    assert not [p for p in places if p.country == "US"]
    places = places_of("A flood cut the roads of Basin, Wyoming, on Monday.")
    assert location(places, "Basin").country == "US"



def test_a_name_read_by_an_alternate_spelling_only_stays_in_the_storys_country(places_of, location):
    """"Nina" (here a person) is only an alternate spelling of Neenah, Wisconsin: in a story about Belarus that
    names the United States in passing, a match by an alternate spelling alone does not carry it abroad."""
    places = places_of("Police in Minsk detained Ales Bialiatski and Uladzimir Labkovich and his spouse, Nina, on "
                       "Tuesday. Police in Belarus said the group's members were held in Minsk, Brest, Polotsk, Orsha and "
                       "Hrodna, and in Homel and Mahilyow. "
                       "The United States condemned it. Belarusian officials said more arrests would follow "
                       "across Belarus.")
    assert not [p for p in places if p.country == "US" and p.role == "location"]
    assert location(places, "Minsk").country == "BY"


def test_a_name_by_an_alternate_spelling_resolves_where_the_story_is(places_of, location):
    """The negative case: the same alternate spelling in a story about Wisconsin keeps its Wisconsin town."""
    places = places_of("Police in Wisconsin said they arrested two men in Nina on Sunday. Wisconsin officials "
                       "said the men were held in Green Bay, Wisconsin.")
    p = location(places, "Nina")
    assert (p.country, p.admin1) == ("US", "Wisconsin")


def test_a_park_named_in_a_story_about_another_country_is_no_town_abroad(places_of, location):
    """"the rally in Victoria Park" of a Canadian story is a park of a Canadian town, not the suburb of Perth,
    Western Australia: the cue says it is a place, not which namesake."""
    places = places_of("More than 200 people attended the rally in Victoria Park on Saturday, chanting for Syria. "
                       "Protests were held across Canada. Canadian officials said Canada would take more "
                       "refugees; crowds also gathered in Toronto and Ottawa.")
    assert location(places, "Victoria Park").country == "CA"
    assert not [p for p in places if p.country == "AU"]


def test_a_park_in_a_story_mostly_about_one_country_that_names_another(places_of, location):
    """A Canadian rally for Syria names Syria too: the story is not solely about Canada, but Australia is never
    named, so a park's namesake there is still not what it means."""
    places = places_of("More than 200 people attended the rally in Victoria Park on Saturday, chanting for Syria "
                       "and Aleppo. Protesters asked Canada to act. Canadian officials said Canada would take "
                       "more refugees; crowds also gathered in Toronto, Ottawa and Montreal.")
    assert location(places, "Victoria Park").country == "CA"


def test_a_park_named_in_a_story_about_its_own_country_keeps_its_place(places_of, location):
    """The negative case: in a story about Western Australia the same cue and name are the Perth suburb."""
    places = places_of("More than 200 people attended the rally in Victoria Park on Saturday. Police in Perth, "
                       "Western Australia said Australia would review the march.")
    assert (location(places, "Victoria Park").country, location(places, "Victoria Park").admin1) == (
        "AU", "Western Australia")


def test_a_seat_named_by_its_common_noun_is_no_namesake_region(places_of):
    """"the Capital" written with a capital letter describes the seat the story is about, not Denmark's Capital
    Region (Hovedstaden), which the gazetteer lists under that English name."""
    places = places_of("WASHINGTON - After the assault by a mob on the Capital on Wednesday, senators met again. "
                       "Troops were sent to the federal capital overnight.")
    assert not [p for p in places if p.country == "DK"]
    assert not [p for p in places if p.text.lower().endswith("capital") and p.role == "location"]
